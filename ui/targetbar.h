// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "environments/environment.h"
#include "session/requestsession.h"

#include <QPointer>
#include <QToolBar>

class KeyProfileStore;
class QComboBox;
class QFontMetrics;
class QLabel;
class QPushButton;

// A key's text ("label  …2mX9  (session only)") for `width` pixels: as it is when it fits,
// else with the label cut at its end (at worst to "…"), so the key's last characters and what
// follows them stay whole.
QString elidedKeyText(const QString &text, const QString &label, const QFontMetrics &metrics,
                      int width);

// Where the current request goes: environment, key and practice group, shown for one
// RequestSession and edited straight into it. The production banner and the practice group's
// problem, if any, show in productionBanner() and problemLabel(), which the window lays out
// under the toolbar where they are always in view.
class TargetBar : public QToolBar
{
    Q_OBJECT
public:
    explicit TargetBar(KeyProfileStore *profiles, QWidget *parent = nullptr);

    void setEnvironments(const QList<Environment> &environments);
    void setSession(RequestSession *session);
    // Shows the session's target again (keys or environments changed).
    void showTarget();
    void showPracticeGroupProblem(const QString &problem);
    // A send was refused: points at what to fix, the mistyped group or else the keys.
    void showSendProblem(RequestSession::SendProblem problem);
    QLabel *productionBanner() const { return m_productionBanner; }
    QLabel *problemLabel() const { return m_groupProblem; }
    QPushButton *keysButton() const { return m_keysButton; }
    QComboBox *practiceGroupCombo() const { return m_groupCombo; }

signals:
    void environmentPicked(const QString &id);
    void keysRequested();

private:
    // A row of the list reads "1001 · Riverside Medical Practice (home)"; anything else is the
    // group exactly as typed.
    QString typedPracticeGroup() const;
    void showGroupText(bool force);
    // Production's marking (always with the word PRODUCTION) and the problem's colour, from the
    // palette: again whenever it changes.
    void paintTones();
    void updateCrossOrgHint();

    KeyProfileStore *const m_profiles;
    QPointer<RequestSession> m_session;
    QComboBox *const m_environmentCombo;
    QComboBox *const m_keyCombo;
    QComboBox *const m_groupCombo;
    QLabel *const m_crossOrgHint;
    QLabel *const m_productionBanner;
    QLabel *const m_groupProblem;
    QAction *m_groupProblemMark = nullptr; // the warning sign inside the practice group field
    QPushButton *const m_keysButton;
};
