// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "crossorg/crossorgflow.h"

#include <QWidget>

class CrossOrgDiagram;
class QLabel;
class QPushButton;

// The cross-organisational flow of the last call as a sequence diagram: lanes for the app,
// the Hero API and the network check, one arrow or note per FlowStep, the failing edge
// highlighted. A step picked with the mouse or keyboard shows its evidence below the diagram.
// Renders what deriveFlow() says and claims nothing more.
class CrossOrgPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CrossOrgPanel(QWidget *parent = nullptr);

    void setFlow(const CrossOrgFlow &flow);
    // Derives the flow of one finished exchange; names maps practice group ids to names.
    void setExchange(const Exchange &exchange, const Diagnosis &diagnosis, const QString &homeGroup,
                     const QMap<QString, QString> &names,
                     const QString &keyFingerprint = QString());
    void clear();

    bool hasFlow() const { return m_hasFlow; }
    const CrossOrgFlow &flow() const { return m_flow; }
    // The words drawn for step index, and under each lane's title; empty without a flow.
    QString stepText(int index) const;
    QStringList laneTexts() const;
    // A step as a screen reader's list item: "Step 3 of 4: Network check, failed".
    static QString stepAccessibleName(const CrossOrgFlow &flow, int index);
    // The step drawn as the failing edge (CrossOrgFlow::failingStep()), or -1.
    int highlightedStep() const;
    // The step whose evidence is shown, or -1.
    int selectedStep() const;
    void selectStep(int index);
    // The step with the keyboard focus ring, or -1.
    int focusedStep() const;
    // Where step `index` is drawn, in diagram() coordinates; empty when there is no such step.
    QRect stepRect(int index) const;
    QWidget *diagram() const;

    // The user's setting; starts as !Tones::prefersReducedMotion().
    void setAnimationsEnabled(bool enabled);
    bool animationsEnabled() const;
    bool isAnimating() const;

signals:
    // The user asked to send the call again as the key's home group.
    void switchToHomeGroupRequested(const QString &homeGroup);
    void runDoctorRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showEvidence(int index);
    QString summaryText() const;

    CrossOrgFlow m_flow;
    bool m_hasFlow = false;
    QLabel *const m_summary;
    CrossOrgDiagram *const m_diagram;
    QLabel *const m_evidence;
    QPushButton *const m_switchHome;
    QPushButton *const m_runDoctor;
};
