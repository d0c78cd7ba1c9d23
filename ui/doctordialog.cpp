// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "doctordialog.h"

#include "diagnosispanel.h"
#include "http/headernames.h"
#include "tones.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    return label;
}

Diagnosis::Severity verdictTone(DoctorVerdict verdict)
{
    switch (verdict) {
    case DoctorVerdict::KeyInvalid:
    case DoctorVerdict::NoSharedNetwork:
    case DoctorVerdict::MissingScope:
        return Diagnosis::Severity::Error;
    case DoctorVerdict::WorksWithHomeGroup:
        return Diagnosis::Severity::Info;
    case DoctorVerdict::Inconclusive:
        break;
    }
    return Diagnosis::Severity::Warning;
}

QList<NextStep> verdictSteps(DoctorVerdict verdict)
{
    switch (verdict) {
    case DoctorVerdict::KeyInvalid:
        return {{NextStep::OpenKeyManager, DoctorDialog::tr("Open the key manager")}};
    case DoctorVerdict::NoSharedNetwork:
    case DoctorVerdict::WorksWithHomeGroup:
        return {
            {NextStep::SwitchToHomeGroup, DoctorDialog::tr("Switch to the home practice group")}};
    case DoctorVerdict::MissingScope:
        return {{NextStep::OpenKeyManager, DoctorDialog::tr("Choose a key with the scope")}};
    case DoctorVerdict::Inconclusive:
        break;
    }
    return {};
}

} // namespace

DoctorDialog::DoctorDialog(Doctor::Sender sender, const DoctorRequest &request,
                           const SupportReportInput &refused, QWidget *parent)
    : QDialog(parent)
    , m_doctor(new Doctor(std::move(sender), this))
    , m_request(request)
    , m_refused(refused)
    , m_heading(plainLabel(this, QStringLiteral("doctorHeading")))
    , m_context(new QWidget(this))
    , m_note(plainLabel(this, QStringLiteral("doctorRateNote")))
    , m_stepsBox(new QGroupBox(tr("Probes"), this))
    , m_stepsLayout(new QGridLayout(m_stepsBox))
    , m_verdictFrame(new QFrame(this))
    , m_verdictTitle(plainLabel(m_verdictFrame, QStringLiteral("doctorVerdictTitle")))
    , m_explanation(plainLabel(m_verdictFrame, QStringLiteral("doctorExplanation")))
    , m_verdictSteps(new QWidget(m_verdictFrame))
    , m_probeCount(plainLabel(this, QStringLiteral("doctorProbeCount"), false))
    , m_reportStatus(plainLabel(this, QStringLiteral("reportStatus"), false))
    , m_includeBodies(createIncludeBodiesCheck(this))
    , m_copyReport(new QPushButton(tr("&Copy report"), this))
    , m_previewReport(new QPushButton(tr("&Report…"), this))
    , m_runButton(new QPushButton(this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("doctorDialog"));
    const QMap<QString, QString> &names = m_refused.context.practiceGroupNames;
    m_doctor->setPracticeGroupNames(names);
    m_probes = Doctor::plannedProbes(m_request, names);

    const QString path =
        m_request.path.isEmpty() ? m_refused.exchange.request.url.path() : m_request.path;
    const QString call = QString::fromLatin1(m_request.method) + QLatin1Char(' ') + path;
    setWindowTitle(tr("403 doctor: %1").arg(call));

    m_heading->setFont(Tones::headingFont(m_heading->font(), 1.2));
    m_heading->setText(tr("Why was %1 refused?").arg(call));

    const QString target =
        m_request.targetGroup.isEmpty() ? m_request.homeGroup : m_request.targetGroup;
    const ReportContext &context = m_refused.context;
    QString key = context.keyLabel;
    if (!context.keyFingerprint.isEmpty())
        key = key.isEmpty()
            ? context.keyFingerprint
            : key + QStringLiteral(" (") + context.keyFingerprint + QLatin1Char(')');
    QList<QPair<QString, QString>> facts;
    facts.append({tr("Acted for"), practiceGroupLabel(target, names)});
    facts.append({tr("Key's home group"),
                  m_request.homeGroup.isEmpty() ? tr("unknown")
                                                : practiceGroupLabel(m_request.homeGroup, names)});
    if (!key.isEmpty())
        //: The API key (a credential), by its label; not a key of the keyboard
        facts.append({tr("Key"), key});
    if (!m_request.environment.name.isEmpty())
        facts.append({tr("Environment"), m_request.environment.name});
    const Exchange &exchange = m_refused.exchange;
    if (exchange.status > 0)
        facts.append(
            {tr("Answer"),
             QString::number(exchange.status) + QLatin1Char(' ')
                 + (m_refused.diagnosis.errorCode.isEmpty() ? QString::fromLatin1(exchange.reason)
                                                            : m_refused.diagnosis.errorCode)});
    if (!m_refused.diagnosis.title.isEmpty())
        facts.append({tr("Diagnosis"), m_refused.diagnosis.title});
    auto *contextLayout = new QGridLayout(m_context);
    contextLayout->setContentsMargins(0, 0, 0, 0);
    contextLayout->setVerticalSpacing(0);
    contextLayout->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    contextLayout->setColumnStretch(1, 1);
    for (int row = 0; row < facts.size(); ++row) {
        auto *label = plainLabel(m_context, QString(), false);
        label->setText(facts.at(row).first);
        Tones::setTextTone(label, Tones::Tone::Muted);
        auto *value = plainLabel(m_context, QStringLiteral("doctorFact_%1").arg(row));
        value->setText(facts.at(row).second);
        value->setProperty("heroData", true); // names, ids and statuses: never translated
        value->setAccessibleName(facts.at(row).first);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        contextLayout->addWidget(label, row, 0, Qt::AlignTop);
        contextLayout->addWidget(value, row, 1, Qt::AlignTop);
    }

    const bool isGet = m_request.method.compare("GET", Qt::CaseInsensitive) == 0;
    QString note = tr("Each probe below is a GET request with the same key, sent one after the "
                      "other. Probes count against the key's rate limit.");
    note += QLatin1Char(' ')
        + (isGet ? tr("Nothing is changed on the server.")
                 : tr("The refused %1 is never sent again.")
                       .arg(QString::fromLatin1(m_request.method)));
    m_note->setText(note);

    m_context->setObjectName(QStringLiteral("doctorContext"));
    m_stepsBox->setObjectName(QStringLiteral("doctorSteps"));
    m_stepsLayout->setColumnStretch(2, 1);
    m_stepsLayout->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    m_stepsLayout->setVerticalSpacing(fontMetrics().height() / 2);
    buildSteps();

    m_verdictFrame->setObjectName(QStringLiteral("doctorVerdict"));
    m_verdictFrame->setFrameShape(QFrame::StyledPanel);
    m_verdictFrame->setAutoFillBackground(true);
    m_verdictTitle->setFont(Tones::headingFont(m_verdictTitle->font(), 1.3));
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse
                                           | Qt::TextSelectableByKeyboard);
    auto *verdictStepsLayout = new QHBoxLayout(m_verdictSteps);
    verdictStepsLayout->setContentsMargins(0, 0, 0, 0);
    auto *verdictLayout = new QVBoxLayout(m_verdictFrame);
    const int margin = fontMetrics().height() * 2 / 3;
    verdictLayout->setContentsMargins(margin, margin, margin, margin);
    verdictLayout->addWidget(m_verdictTitle);
    verdictLayout->addWidget(m_explanation);
    verdictLayout->addWidget(m_verdictSteps);

    m_copyReport->setObjectName(QStringLiteral("copyReport"));
    m_copyReport->setToolTip(tr("Copy a redacted report with the probes and the verdict: no API "
                                "key, and no bodies unless included"));
    m_previewReport->setObjectName(QStringLiteral("previewReport"));
    m_runButton->setObjectName(QStringLiteral("doctorRun"));
    m_runButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("doctorClose"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_runButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto *reportRow = new QHBoxLayout;
    reportRow->addWidget(m_probeCount);
    reportRow->addWidget(m_reportStatus, 1);
    reportRow->addWidget(m_includeBodies);
    reportRow->addWidget(m_copyReport);
    reportRow->addWidget(m_previewReport);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_context);
    layout->addWidget(m_note);
    layout->addWidget(m_stepsBox);
    layout->addWidget(m_verdictFrame);
    layout->addStretch(1);
    layout->addLayout(reportRow);
    layout->addWidget(buttons);

    connect(m_doctor, &Doctor::probeStarted, this,
            [this](int index, const DoctorProbe &) { onProbeStarted(index); });
    connect(m_doctor, &Doctor::stepFinished, this, &DoctorDialog::onStepFinished);
    connect(m_doctor, &Doctor::finished, this, &DoctorDialog::onFinished);
    connect(m_runButton, &QPushButton::clicked, this, &DoctorDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &DoctorDialog::reject);
    connect(m_copyReport, &QPushButton::clicked, this, &DoctorDialog::copyReport);
    connect(m_previewReport, &QPushButton::clicked, this, &DoctorDialog::previewReport);

    showVerdict();
    updateProbeCount();
    m_runButton->setFocus();
    const QFontMetrics metrics = fontMetrics();
    const int width = metrics.averageCharWidth() * 130;
    const int height = heightForWidth(width);
    resize(width, height > 0 ? height : sizeHint().height());
}

void DoctorDialog::growToFit()
{
    // Answers and the verdict add lines after the dialog was sized: grow, never shrink.
    const int needed = heightForWidth(width());
    const int height = needed > 0 ? needed : sizeHint().height();
    if (height > this->height())
        resize(width(), height);
}

DoctorRequest DoctorDialog::requestFor(const ApiRequest &refusedRequest, const Exchange &refused,
                                       const Diagnosis &diagnosis, const Environment &environment,
                                       const QString &homeGroup)
{
    DoctorRequest request;
    request.method = refusedRequest.method;
    request.path = refusedRequest.path;
    request.query = refusedRequest.query;
    request.environment = environment;
    request.homeGroup = homeGroup;
    request.targetGroup = QString::fromLatin1(refused.requestHeader(HeaderName::PracticeGroupId));
    request.originalCode = diagnosis.code;
    return request;
}

QString DoctorDialog::verdictTitle(DoctorVerdict verdict)
{
    switch (verdict) {
    case DoctorVerdict::KeyInvalid:
        return tr("The key is not accepted");
    case DoctorVerdict::NoSharedNetwork:
        return tr("No shared network");
    case DoctorVerdict::MissingScope:
        return tr("The key lacks the scope");
    case DoctorVerdict::WorksWithHomeGroup:
        return tr("Works for the home group");
    case DoctorVerdict::Inconclusive:
        break;
    }
    return tr("Inconclusive");
}

QList<DoctorStep> DoctorDialog::steps() const
{
    return m_doctor->steps();
}

bool DoctorDialog::isRunning() const
{
    return m_doctor->isRunning();
}

DoctorVerdict DoctorDialog::verdict() const
{
    return m_doctor->verdict();
}

QString DoctorDialog::explanation() const
{
    return m_doctor->explanation();
}

int DoctorDialog::probesSent() const
{
    return m_doctor->probesSent();
}

void DoctorDialog::buildSteps()
{
    for (int index = 0; index < m_probes.size(); ++index) {
        const QString suffix = QString::number(index);
        auto *number = plainLabel(m_stepsBox, QString(), false);
        number->setText(QStringLiteral("%1.").arg(index + 1));
        StepRow row;
        row.status = plainLabel(m_stepsBox, QStringLiteral("probeStatus_") + suffix, false);
        const QFont bold = Tones::boldFont(row.status->font());
        row.status->setFont(bold);
        row.description = plainLabel(m_stepsBox, QStringLiteral("probeDescription_") + suffix);
        row.description->setText(m_probes.at(index).description);
        row.answer = plainLabel(m_stepsBox, QStringLiteral("probeAnswer_") + suffix);
        row.meaning = plainLabel(m_stepsBox, QStringLiteral("probeMeaning_") + suffix);
        row.answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
        Tones::setTextTone(row.answer, Tones::Tone::Muted);
        row.meaning->setTextInteractionFlags(Qt::TextSelectableByMouse);

        // The widest status word sets the column, so rows do not jump while probes run.
        const QFontMetrics metrics(bold);
        int width = 0;
        for (const QString &word : {tr("Waiting"), tr("Running…"), tr("Passed"), tr("Failed"),
                                    tr("Inconclusive"), tr("Not needed")})
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("✔ ") + word));
        row.status->setMinimumWidth(width);

        auto *texts = new QVBoxLayout;
        texts->setSpacing(0);
        texts->addWidget(row.description);
        texts->addWidget(row.answer);
        texts->addWidget(row.meaning);
        m_stepsLayout->addWidget(number, index, 0, Qt::AlignTop);
        m_stepsLayout->addWidget(row.status, index, 1, Qt::AlignTop);
        m_stepsLayout->addLayout(texts, index, 2);
        m_rows.append(row);
        setStepState(index, StepState::Waiting);
    }
    if (m_probes.isEmpty()) {
        auto *none = plainLabel(m_stepsBox, QStringLiteral("doctorNoProbes"));
        none->setText(tr("There is nothing to probe: the refused call names no path."));
        m_stepsLayout->addWidget(none, 0, 0);
    }
}

void DoctorDialog::setStepState(int index, StepState state)
{
    if (index < 0 || index >= m_rows.size())
        return;
    const StepRow &row = m_rows.at(index);
    QString word;
    Tones::Tone tone = Tones::Tone::Muted;
    switch (state) {
    case StepState::Waiting:
        word = QStringLiteral("○ ") + tr("Waiting");
        break;
    case StepState::Running:
        word = QStringLiteral("◔ ") + tr("Running…");
        tone = Tones::Tone::Info;
        break;
    case StepState::Passed:
        word = QStringLiteral("✔ ") + tr("Passed");
        tone = Tones::Tone::Ok;
        break;
    case StepState::Failed:
        word = QStringLiteral("✘ ") + tr("Failed");
        tone = Tones::Tone::Error;
        break;
    case StepState::Inconclusive:
        word = QStringLiteral("? ") + tr("Inconclusive");
        tone = Tones::Tone::Warning;
        break;
    case StepState::NotNeeded:
        word = QStringLiteral("– ") + tr("Not needed");
        break;
    }
    row.status->setText(word);
    Tones::setTextTone(row.status, tone);
    const bool done = state == StepState::Passed || state == StepState::Failed
        || state == StepState::Inconclusive;
    row.answer->setVisible(done);
    row.meaning->setVisible(done);
    if (state == StepState::NotNeeded) {
        row.meaning->setText(tr("Not sent: an earlier probe already settled the question."));
        row.meaning->setVisible(true);
    }
    if (state == StepState::NotNeeded)
        Tones::setTextTone(row.description, Tones::Tone::Muted);
    else
        Tones::clearTextTone(row.description);
}

void DoctorDialog::start()
{
    if (m_doctor->isRunning())
        return;
    m_hasVerdict = false;
    for (int index = 0; index < m_rows.size(); ++index)
        setStepState(index, StepState::Waiting);
    m_runButton->setEnabled(false);
    m_runButton->setText(tr("Probing…"));
    m_doctor->start(m_request);
    showVerdict();
    updateProbeCount();
}

void DoctorDialog::onProbeStarted(int index)
{
    setStepState(index, StepState::Running);
    // The doctor counts a probe once it is handed to the sender, just after this signal.
    updateProbeCount(index + 1);
}

void DoctorDialog::onStepFinished(const DoctorStep &step)
{
    const int index = int(m_doctor->steps().size()) - 1;
    if (index < 0 || index >= m_rows.size())
        return;
    switch (step.outcome) {
    case DoctorStep::Outcome::Passed:
        setStepState(index, StepState::Passed);
        break;
    case DoctorStep::Outcome::Failed:
        setStepState(index, StepState::Failed);
        break;
    case DoctorStep::Outcome::Inconclusive:
        setStepState(index, StepState::Inconclusive);
        break;
    }
    const StepRow &row = m_rows.at(index);
    row.answer->setText(tr("Answer: %1").arg(step.summary));
    row.meaning->setText(step.interpretation);
    growToFit();
}

void DoctorDialog::onFinished(DoctorVerdict verdict, const QString &explanation)
{
    for (int index = int(m_doctor->steps().size()); index < m_rows.size(); ++index)
        setStepState(index, StepState::NotNeeded);
    m_hasVerdict = true;
    m_runButton->setEnabled(true);
    m_runButton->setText(tr("Run &again"));
    showVerdict();
    updateProbeCount();
    emit verdictReached(verdict, explanation);
    growToFit();
}

void DoctorDialog::showVerdict()
{
    const bool running = m_doctor->isRunning();
    Diagnosis::Severity tone = Diagnosis::Severity::Ok;
    if (m_hasVerdict) {
        tone = verdictTone(m_doctor->verdict());
        m_verdictTitle->setText(tr("Verdict: %1").arg(verdictTitle(m_doctor->verdict())));
        m_explanation->setText(m_doctor->explanation());
    } else if (running) {
        m_verdictTitle->setText(tr("Probing…"));
        m_explanation->setText(tr("The verdict appears here when the probes have answered."));
    } else {
        m_verdictTitle->setText(tr("No verdict yet"));
        m_explanation->setText(tr("Run the probes to find out which rule refused the call."));
    }
    m_runButton->setText(m_hasVerdict  ? tr("Run &again")
                             : running ? tr("Probing…")
                                       : tr("Run the &probes (%1)").arg(m_probes.size()));
    m_runButton->setEnabled(!running && !m_probes.isEmpty());

    Tones::setTint(m_verdictFrame, severityTone(tone), m_hasVerdict ? 0.12 : 0.04);
    if (m_hasVerdict)
        Tones::setTextTone(m_verdictTitle, severityTone(tone));
    else
        Tones::clearTextTone(m_verdictTitle);
    m_verdictFrame->setAccessibleName(m_verdictTitle->text());
    m_verdictFrame->setAccessibleDescription(m_explanation->text());
    rebuildVerdictSteps();
}

void DoctorDialog::rebuildVerdictSteps()
{
    QLayout *layout = m_verdictSteps->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *button = item->widget()) {
            button->setObjectName(QString());
            button->hide();
            button->deleteLater();
        }
        delete item;
    }
    const QList<NextStep> steps =
        m_hasVerdict ? verdictSteps(m_doctor->verdict()) : QList<NextStep>();
    for (const NextStep &step : steps) {
        auto *button = new QPushButton(step.text, m_verdictSteps);
        button->setObjectName(QStringLiteral("verdictStep_") + nextStepActionName(step.action));
        const NextStep::Action action = step.action;
        connect(button, &QPushButton::clicked, this, [this, action] {
            emit actionRequested(action);
            accept();
        });
        layout->addWidget(button);
    }
    if (auto *box = qobject_cast<QHBoxLayout *>(layout); box && !steps.isEmpty())
        box->addStretch(1);
    m_verdictSteps->setVisible(!steps.isEmpty());
}

void DoctorDialog::updateProbeCount(int sent)
{
    m_probeCount->setText(
        tr("Probes sent: %1 of %2").arg(std::max(sent, probesSent())).arg(m_probes.size()));
}

SupportReportInput DoctorDialog::reportInput() const
{
    SupportReportInput input = m_refused;
    input.doctorSteps = m_doctor->steps();
    if (m_hasVerdict)
        input.context.doctorVerdict =
            verdictTitle(m_doctor->verdict()) + QStringLiteral(": ") + m_doctor->explanation();
    return input;
}

QString DoctorDialog::reportText() const
{
    return reportInput().report(includesBodies());
}

bool DoctorDialog::includesBodies() const
{
    return m_includeBodies->isChecked();
}

void DoctorDialog::copyReport()
{
    copyTextToClipboard(reportText());
    m_reportStatus->setText(includesBodies() ? tr("Report copied, with bodies; no API key.")
                                             : tr("Report copied: no API key, no bodies."));
    emit reportCopied();
}

void DoctorDialog::previewReport()
{
    auto *dialog = new SupportReportDialog(reportInput(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupportReportDialog::reportCopied, this, &DoctorDialog::reportCopied);
    dialog->open();
}

void DoctorDialog::reject()
{
    m_doctor->cancel();
    QDialog::reject();
}
