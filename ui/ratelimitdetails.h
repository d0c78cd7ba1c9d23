// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "environments/environment.h"

#include <QFrame>
#include <QPointer>

class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;
class RateLimiter;

// The gauge's detail popup: the key's rate-limit state in full, the requests still in its
// window with when each leaves, and an editor for the environment's limit. It only reads the
// limiter; a new limit goes out through limitChanged() for the owner to store and apply.
class RateLimitDetails : public QFrame
{
    Q_OBJECT
public:
    explicit RateLimitDetails(QWidget *parent = nullptr);

    // Opens a popup for the anchor (normally the gauge), below it or above it when the screen
    // has no room below; it deletes itself when closed.
    static RateLimitDetails *showFor(QWidget *anchor, RateLimiter *limiter, const QString &rateKey,
                                     const Environment &environment);

    // rateKey is the limiter's key for the active API key (empty when there is none); the
    // editor starts from the environment's rateLimit and rateWindowSeconds.
    void setSource(RateLimiter *limiter, const QString &rateKey, const Environment &environment);
    // Places the popup beside anchor and shows it.
    void popUp(QWidget *anchor);
    // Reads the limiter again; runs every second while visible and after each state change.
    void refresh();

    Environment environment() const { return m_environment; }

signals:
    void limitChanged(const QString &environmentId, int limit, int windowSeconds);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshRecent();
    void refreshEditor();
    void apply();
    void resetToDefault();
    void scheduleRefresh();

    QPointer<RateLimiter> m_limiter;
    QString m_rateKey;
    Environment m_environment;
    QPointer<QWidget> m_anchor;
    QMetaObject::Connection m_limiterConnection;
    bool m_refreshScheduled = false;

    QLabel *const m_title;
    QFormLayout *const m_form;
    QLabel *const m_state;
    QLabel *const m_used;
    QLabel *const m_target;
    QLabel *const m_source;
    QLabel *const m_paused;
    QLabel *const m_queued;
    QLabel *const m_recentCaption;
    QTreeWidget *const m_recent;
    QLabel *const m_editorCaption;
    QSpinBox *const m_limitSpin;
    QLabel *const m_per;
    QSpinBox *const m_windowSpin;
    QLabel *const m_note;
    QPushButton *const m_reset;
    QPushButton *const m_apply;
    QTimer *const m_ticker;
};
