// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/diagnosis.h"
#include "supportreportdialog.h"
#include "tones.h"

#include <QDeadlineTimer>
#include <QFrame>
#include <QList>

class FlowLayout;
class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

// The stable name of an action, used in object names: "OpenKeyManager", "RetryAfterWait", …
QString nextStepActionName(NextStep::Action action);

// "Error", "Warning", "Information", "OK": the severity in words, beside its colour and icon.
QString severityText(Diagnosis::Severity severity);

// A severity's tone in the look module. Always shown with the severity in words, never alone.
Tones::Tone severityTone(Diagnosis::Severity severity);

// The inline explanation of a failed call, shown above the response: title, severity, cause,
// evidence, field problems and one button per next step. The same diagnosis code again counts
// up ("3×") rather than stacking; an OK exchange hides the panel. Buttons only ask: the owner
// acts on actionRequested(), except "Copy report", which the panel does itself.
class DiagnosisPanel : public QFrame
{
    Q_OBJECT
public:
    explicit DiagnosisPanel(QWidget *parent = nullptr);

    // Shows why the exchange failed, or hides the panel when the diagnosis is OK.
    void showDiagnosis(const Exchange &exchange, const Diagnosis &diagnosis,
                       const ReportContext &context = {});
    // What a next step asks of the user beyond the app ("check the proxy settings…"), shown in
    // the panel under its buttons until the next diagnosis.
    void showActionNote(const QString &text);
    // Adds the 403 doctor's probes and verdict to the report of the diagnosis shown.
    void setDoctorResult(const QList<DoctorStep> &steps, const QString &verdict);

    const Diagnosis &diagnosis() const { return m_report.diagnosis; }
    // How many times in a row this diagnosis code was shown; 0 when hidden.
    int repeatCount() const { return m_repeats; }
    // Whole seconds until "Retry" is allowed; 0 when it is, -1 without a wait.
    int retrySecondsLeft() const;
    // When on, the retry is requested by itself once the server's wait is over. Off by default.
    void setAutoRetry(bool on);
    bool autoRetry() const;

    // The report "Copy report" copies, with or without bodies as the check box says.
    QString reportText() const;
    bool includesBodies() const;

public slots:
    void copyReport();
    void previewReport();
    void dismiss();

signals:
    void actionRequested(NextStep::Action action);
    void reportCopied();
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildEvidence();
    void rebuildSteps();
    void orderTabs();
    void updateSeverity();
    void updateRepeat();
    void startCountdown(int seconds);
    void tick();
    void onStepClicked(NextStep::Action action);

    SupportReportInput m_report;
    int m_repeats = 0;

    QLabel *const m_icon;
    QLabel *const m_title;
    QLabel *const m_repeat;
    QToolButton *const m_close;
    QLabel *const m_severity;
    QLabel *const m_cause;
    QLabel *const m_judgement;
    QLabel *const m_fieldProblems;
    QWidget *const m_evidence;
    QGridLayout *const m_evidenceLayout;
    FlowLayout *const m_stepsLayout;
    QLabel *const m_actionNote;
    QCheckBox *const m_autoRetry;
    QLabel *const m_reportStatus;
    QCheckBox *const m_includeBodies;
    QPushButton *const m_copyReport;
    QPushButton *const m_previewReport;
    QTimer *const m_ticker;
    QList<QPushButton *> m_stepButtons;
    QPushButton *m_retryButton = nullptr;
    QDeadlineTimer m_retryDeadline;
    bool m_countingDown = false;
};
