// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/doctor.h"
#include "http/apiclient.h"
#include "supportreportdialog.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QFrame;
class QGridLayout;
class QLabel;
class QPushButton;

// The 403 doctor's window: lists the safe GET probes it would send, sends them only when
// asked, shows each answer and its meaning as a step, then the verdict. Everything goes
// through the Doctor, which sends nothing but GET.
class DoctorDialog : public QDialog
{
    Q_OBJECT
public:
    // sender sends one probe with the refused call's key (see Doctor::Sender); refused is the
    // refused call itself, for the heading and the support report.
    DoctorDialog(Doctor::Sender sender, const DoctorRequest &request,
                 const SupportReportInput &refused, QWidget *parent = nullptr);

    // What the doctor needs to know about a refused call; the practice group it acted for is
    // read from the exchange's x-practice-group-id header.
    static DoctorRequest requestFor(const ApiRequest &refusedRequest, const Exchange &refused,
                                    const Diagnosis &diagnosis, const Environment &environment,
                                    const QString &homeGroup);

    // A verdict in a few words: "No shared network", "Inconclusive", …
    static QString verdictTitle(DoctorVerdict verdict);

    QList<DoctorProbe> plannedProbes() const { return m_probes; }
    QList<DoctorStep> steps() const;
    bool isRunning() const;
    bool hasVerdict() const { return m_hasVerdict; }
    DoctorVerdict verdict() const;
    QString explanation() const;
    int probesSent() const;

    // The support report of the refused call, with the probes and the verdict once known.
    QString reportText() const;
    bool includesBodies() const;

public slots:
    // Sends the probes; the "Run probes" button.
    void start();
    void copyReport();
    void previewReport();
    void reject() override;

signals:
    void verdictReached(DoctorVerdict verdict, const QString &explanation);
    // A next step offered with the verdict, e.g. switch to the home practice group.
    void actionRequested(NextStep::Action action);
    void reportCopied();

private:
    enum class StepState { Waiting, Running, Passed, Failed, Inconclusive, NotNeeded };
    struct StepRow
    {
        QLabel *status = nullptr;
        QLabel *description = nullptr;
        QLabel *answer = nullptr;
        QLabel *meaning = nullptr;
    };

    void buildSteps();
    void setStepState(int index, StepState state);
    void onProbeStarted(int index);
    void onStepFinished(const DoctorStep &step);
    void onFinished(DoctorVerdict verdict, const QString &explanation);
    void growToFit();
    void showVerdict();
    void rebuildVerdictSteps();
    void updateProbeCount(int sent = 0);
    SupportReportInput reportInput() const;

    Doctor *const m_doctor;
    DoctorRequest m_request;
    SupportReportInput m_refused;
    QList<DoctorProbe> m_probes;
    QList<StepRow> m_rows;
    bool m_hasVerdict = false;

    QLabel *const m_heading;
    QWidget *const m_context;
    QLabel *const m_note;
    QWidget *const m_stepsBox;
    QGridLayout *const m_stepsLayout;
    QFrame *const m_verdictFrame;
    QLabel *const m_verdictTitle;
    QLabel *const m_explanation;
    QWidget *const m_verdictSteps;
    QLabel *const m_probeCount;
    QLabel *const m_reportStatus;
    QCheckBox *const m_includeBodies;
    QPushButton *const m_copyReport;
    QPushButton *const m_previewReport;
    QPushButton *const m_runButton;
    QPushButton *const m_closeButton;
};
