// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosispanel.h"

#include "accessibility.h"
#include "flowlayout.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The panel's box: a faint wash of the severity's tone over the window, behind all its text.
QColor boxColour(Diagnosis::Severity severity, const QPalette &palette)
{
    return Tones::tint(severityTone(severity), palette, QPalette::Window, 0.07);
}

// Labels show text from the server and the core: never let it be read as rich text.
QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// The validation cause lists its problems as "• …" lines, which the panel shows on their own.
QString causeWithoutFieldProblems(const Diagnosis &diagnosis)
{
    if (diagnosis.fieldProblems.isEmpty())
        return diagnosis.cause;
    QStringList kept;
    const QStringList lines = diagnosis.cause.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.startsWith(QStringLiteral("• ")))
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

} // namespace

QString nextStepActionName(NextStep::Action action)
{
    switch (action) {
    case NextStep::OpenKeyManager:
        return QStringLiteral("OpenKeyManager");
    case NextStep::SwitchToHomeGroup:
        return QStringLiteral("SwitchToHomeGroup");
    case NextStep::ShowRateLimit:
        return QStringLiteral("ShowRateLimit");
    case NextStep::RetryAfterWait:
        return QStringLiteral("RetryAfterWait");
    case NextStep::RunDoctor:
        return QStringLiteral("RunDoctor");
    case NextStep::CopyReport:
        return QStringLiteral("CopyReport");
    case NextStep::CheckNetwork:
        return QStringLiteral("CheckNetwork");
    case NextStep::EditRequest:
        return QStringLiteral("EditRequest");
    case NextStep::ReadKeyAgain:
        return QStringLiteral("ReadKeyAgain");
    case NextStep::None:
        break;
    }
    return QStringLiteral("None");
}

QString severityText(Diagnosis::Severity severity)
{
    switch (severity) {
    case Diagnosis::Severity::Ok:
        return DiagnosisPanel::tr("OK");
    case Diagnosis::Severity::Info:
        return DiagnosisPanel::tr("Information");
    case Diagnosis::Severity::Warning:
        return DiagnosisPanel::tr("Warning");
    case Diagnosis::Severity::Error:
        return DiagnosisPanel::tr("Error");
    }
    return QString();
}

Tones::Tone severityTone(Diagnosis::Severity severity)
{
    switch (severity) {
    case Diagnosis::Severity::Error:
        return Tones::Tone::Error;
    case Diagnosis::Severity::Warning:
        return Tones::Tone::Warning;
    case Diagnosis::Severity::Info:
        return Tones::Tone::Info;
    case Diagnosis::Severity::Ok:
        break;
    }
    return Tones::Tone::Ok;
}

DiagnosisPanel::DiagnosisPanel(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(plainLabel(this, QStringLiteral("diagnosisTitle")))
    , m_repeat(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_severity(plainLabel(this, QStringLiteral("diagnosisSeverity")))
    , m_cause(plainLabel(this, QStringLiteral("diagnosisCause")))
    , m_judgement(plainLabel(this, QStringLiteral("diagnosisJudgement")))
    , m_fieldProblems(plainLabel(this, QStringLiteral("diagnosisFieldProblems")))
    , m_evidence(new QWidget(this))
    , m_evidenceLayout(new QGridLayout(m_evidence))
    , m_stepsLayout(new FlowLayout)
    , m_actionNote(plainLabel(this, QStringLiteral("diagnosisActionNote")))
    , m_autoRetry(new QCheckBox(tr("Retry &automatically"), this))
    , m_reportStatus(plainLabel(this, QStringLiteral("reportStatus")))
    , m_includeBodies(createIncludeBodiesCheck(this))
    , m_copyReport(new QPushButton(tr("&Copy report"), this))
    , m_previewReport(new QPushButton(tr("&Report…"), this))
    , m_ticker(new QTimer(this))
{
    setObjectName(QStringLiteral("diagnosisPanel"));
    installAccessibleInterfaces(); // a pane, not the window frame Qt makes of a QFrame
    setAccessibleName(tr("Diagnosis"));
    setFocusPolicy(Qt::NoFocus);

    m_icon->setObjectName(QStringLiteral("diagnosisIcon"));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_title->setFont(Tones::headingFont(m_title->font(), 1.15));

    m_repeat->setObjectName(QStringLiteral("diagnosisRepeat"));
    m_repeat->setFont(Tones::boldFont(m_repeat->font()));
    m_repeat->hide();

    m_close->setObjectName(QStringLiteral("diagnosisClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    m_close->setAutoRaise(true);
    m_close->setIconSize(QSize(fontMetrics().height(), fontMetrics().height()));
    m_close->setToolTip(tr("Dismiss (Esc)"));
    m_close->setAccessibleName(tr("Dismiss the diagnosis"));
    m_close->setFocusPolicy(Qt::StrongFocus);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    escape->setWhatsThis(tr("Dismiss the diagnosis"));

    QFont noteFont = m_judgement->font();
    noteFont.setItalic(true);
    m_judgement->setFont(noteFont);
    m_judgement->setText(tr("Inferred, not stated by the server: the 403 doctor can check it."));
    m_judgement->hide();
    m_fieldProblems->hide();

    m_evidence->setObjectName(QStringLiteral("diagnosisEvidence"));
    m_evidenceLayout->setContentsMargins(0, 0, 0, 0);
    m_evidenceLayout->setColumnStretch(1, 1);

    m_autoRetry->setObjectName(QStringLiteral("autoRetryCheck"));
    m_autoRetry->setToolTip(tr("Send the request again by itself once the wait is over"));
    m_autoRetry->hide();
    m_copyReport->setObjectName(QStringLiteral("nextStep_CopyReport"));
    m_copyReport->setToolTip(tr("Copy a redacted report for a support ticket: no API key, and "
                                "no bodies unless included"));
    m_previewReport->setObjectName(QStringLiteral("previewReport"));
    m_previewReport->setToolTip(tr("Show the support report before copying it"));
    m_reportStatus->setTextInteractionFlags(Qt::NoTextInteraction);
    m_reportStatus->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_reportStatus->setWordWrap(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_repeat, 0, Qt::AlignTop);
    header->addWidget(m_close, 0, Qt::AlignTop);

    // Buttons flow onto a second line rather than widen the panel past a narrow window.
    const int gap = fontMetrics().height() / 3;
    m_stepsLayout->setSpacing(gap);
    m_stepsLayout->addWidget(m_autoRetry);
    auto *reportRow = new FlowLayout;
    reportRow->setSpacing(gap);
    reportRow->addWidget(m_reportStatus);
    reportRow->addWidget(m_includeBodies);
    reportRow->addWidget(m_copyReport);
    reportRow->addWidget(m_previewReport);

    auto *content = new QVBoxLayout;
    content->setSpacing(gap);
    content->addLayout(header);
    content->addWidget(m_severity);
    content->addWidget(m_cause);
    content->addWidget(m_judgement);
    content->addWidget(m_fieldProblems);
    content->addSpacing(gap);
    content->addWidget(m_evidence);
    content->addSpacing(gap);
    content->addLayout(m_stepsLayout);
    content->addWidget(m_actionNote);
    content->addLayout(reportRow);

    auto *layout = new QHBoxLayout(this);
    const int margin = fontMetrics().height() / 2;
    const int strip = std::max(3, fontMetrics().height() / 4);
    layout->setContentsMargins(strip + margin, margin, margin, margin);
    layout->setSpacing(margin);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(content, 1);

    m_ticker->setInterval(200);
    connect(m_ticker, &QTimer::timeout, this, &DiagnosisPanel::tick);
    connect(m_close, &QToolButton::clicked, this, &DiagnosisPanel::dismiss);
    connect(escape, &QShortcut::activated, this, &DiagnosisPanel::dismiss);
    connect(m_copyReport, &QPushButton::clicked, this,
            [this] { onStepClicked(NextStep::CopyReport); });
    connect(m_previewReport, &QPushButton::clicked, this, &DiagnosisPanel::previewReport);

    hide();
}

void DiagnosisPanel::showDiagnosis(const Exchange &exchange, const Diagnosis &diagnosis,
                                   const ReportContext &context)
{
    if (diagnosis.isOk()) {
        m_ticker->stop();
        m_countingDown = false;
        m_repeats = 0;
        hide();
        return;
    }
    const bool repeated = m_repeats > 0 && m_report.diagnosis.code == diagnosis.code;
    m_repeats = repeated ? m_repeats + 1 : 1;
    m_report = SupportReportInput{exchange, diagnosis, context, {}};
    rebuild();
    show();
}

void DiagnosisPanel::showActionNote(const QString &text)
{
    m_actionNote->setText(text);
    m_actionNote->setVisible(!text.isEmpty());
    show();
}

void DiagnosisPanel::setDoctorResult(const QList<DoctorStep> &steps, const QString &verdict)
{
    m_report.doctorSteps = steps;
    m_report.context.doctorVerdict = verdict;
}

void DiagnosisPanel::rebuild()
{
    const Diagnosis &d = m_report.diagnosis;
    m_title->setText(d.title);
    m_cause->setText(causeWithoutFieldProblems(d));
    m_cause->setVisible(!m_cause->text().isEmpty());
    m_judgement->setVisible(d.isJudgement);
    QStringList problems;
    for (const QString &problem : d.fieldProblems)
        problems.append(QStringLiteral("• ") + problem);
    m_fieldProblems->setText(problems.join(QLatin1Char('\n')));
    m_fieldProblems->setVisible(!problems.isEmpty());
    m_actionNote->clear();
    m_actionNote->hide();
    m_reportStatus->setText(tr("For a support ticket:"));
    setAccessibleDescription(d.title + QLatin1Char('\n') + d.cause);
    updateSeverity();
    updateRepeat();
    rebuildEvidence();
    rebuildSteps();
    orderTabs();
}

void DiagnosisPanel::orderTabs()
{
    // Tab follows the reading order, the evidence and buttons made for this diagnosis included
    // (new widgets would otherwise join the window's chain at its end).
    QList<QWidget *> order{m_title, m_close, m_severity, m_cause, m_judgement, m_fieldProblems};
    for (QLabel *label : m_evidence->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        order.append(label);
    for (QPushButton *button : std::as_const(m_stepButtons))
        order.append(button);
    order += {m_autoRetry, m_actionNote, m_includeBodies, m_copyReport, m_previewReport};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void DiagnosisPanel::updateSeverity()
{
    const Diagnosis::Severity severity = m_report.diagnosis.severity;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (severity == Diagnosis::Severity::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (severity == Diagnosis::Severity::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    const int size = fontMetrics().height() * 2;
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_icon->setFixedWidth(size);

    QStringList parts{severityText(severity)};
    if (m_report.diagnosis.code != DiagnosisCode::None)
        parts.append(diagnosisCodeId(m_report.diagnosis.code));
    m_severity->setText(parts.join(QStringLiteral(" · ")));
    QPalette severityPalette = palette();
    severityPalette.setColor(
        QPalette::WindowText,
        Tones::text(severityTone(severity), palette(), boxColour(severity, palette())));
    m_severity->setPalette(severityPalette);
    update();
}

void DiagnosisPanel::updateRepeat()
{
    m_repeat->setVisible(m_repeats > 1);
    m_repeat->setText(tr("Seen %1×").arg(m_repeats));
    const QString sentence =
        tr("The same failure happened %n time(s) in a row", nullptr, m_repeats);
    m_repeat->setToolTip(sentence);
    m_repeat->setAccessibleName(sentence);
}

void DiagnosisPanel::rebuildEvidence()
{
    while (QLayoutItem *item = m_evidenceLayout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    // Field problems have their own list above; the evidence need not repeat them.
    QList<Evidence> evidence;
    for (const Evidence &item : m_report.diagnosis.evidence) {
        if (!m_report.diagnosis.fieldProblems.contains(item.value))
            evidence.append(item);
    }
    QPalette muted = palette();
    muted.setColor(QPalette::WindowText,
                   Tones::text(Tones::Tone::Muted, palette(),
                               boxColour(m_report.diagnosis.severity, palette())));
    // A little air between rows, so that a wrapped value still reads as one row.
    m_evidenceLayout->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
    m_evidenceLayout->setVerticalSpacing(std::max(2, fontMetrics().height() / 4));
    for (int row = 0; row < evidence.size(); ++row) {
        auto *label = plainLabel(m_evidence, QString());
        label->setText(evidence.at(row).label);
        label->setPalette(muted);
        label->setWordWrap(false);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
        auto *value = plainLabel(m_evidence, QStringLiteral("evidence_%1").arg(row));
        // Before its text: setting that asks for its accessible interface.
        markLabelledValue(value, evidence.at(row).label); // read as "Status", "403 Forbidden"
        value->setText(evidence.at(row).value);
        value->setProperty("heroData", true); // the server's words: never translated
        label->setBuddy(value);
        m_evidenceLayout->addWidget(label, row, 0, Qt::AlignTop | Qt::AlignLeft);
        m_evidenceLayout->addWidget(value, row, 1, Qt::AlignTop);
        label->show();
        value->show();
    }
    m_evidence->setVisible(!evidence.isEmpty());
}

void DiagnosisPanel::rebuildSteps()
{
    for (QPushButton *button : std::as_const(m_stepButtons)) {
        m_stepsLayout->removeWidget(button);
        button->setObjectName(QString());
        button->hide();
        button->deleteLater();
    }
    m_stepButtons.clear();
    m_retryButton = nullptr;
    m_ticker->stop();
    m_countingDown = false;

    int position = 0;
    for (const NextStep &step : m_report.diagnosis.nextSteps) {
        // "Copy report" is always offered in the report row; one button is enough.
        if (step.action == NextStep::CopyReport || step.action == NextStep::None)
            continue;
        auto *button = new QPushButton(step.text, this);
        button->setObjectName(QStringLiteral("nextStep_") + nextStepActionName(step.action));
        const NextStep::Action action = step.action;
        connect(button, &QPushButton::clicked, this, [this, action] { onStepClicked(action); });
        m_stepsLayout->insertWidget(position++, button);
        button->show(); // the layout would only show it later, after a posted event
        m_stepButtons.append(button);
        if (action == NextStep::RetryAfterWait)
            m_retryButton = button;
    }
    m_autoRetry->setVisible(m_retryButton != nullptr);
    if (m_retryButton)
        startCountdown(m_report.diagnosis.retryAfterSeconds);
}

void DiagnosisPanel::startCountdown(int seconds)
{
    if (seconds < 0) {
        m_retryButton->setText(tr("Retry"));
        return;
    }
    // Wide enough for every count, so the button neither clips nor jumps while counting.
    m_retryButton->setText(tr("Retry in %1 s").arg(std::max(seconds, 88)));
    m_retryButton->setMinimumWidth(m_retryButton->sizeHint().width());
    m_retryDeadline = QDeadlineTimer(qint64(seconds) * 1000);
    m_countingDown = true;
    m_ticker->start();
    tick();
}

int DiagnosisPanel::retrySecondsLeft() const
{
    if (!m_retryButton || m_report.diagnosis.retryAfterSeconds < 0)
        return -1;
    if (!m_countingDown)
        return 0;
    const qint64 ms = std::max<qint64>(0, m_retryDeadline.remainingTime());
    return int((ms + 999) / 1000); // "1 s" until the very end, never "0 s" while waiting
}

void DiagnosisPanel::tick()
{
    if (!m_retryButton || !m_countingDown) {
        m_ticker->stop();
        return;
    }
    const int left = retrySecondsLeft();
    if (left > 0) {
        m_retryButton->setEnabled(false);
        m_retryButton->setText(tr("Retry in %1 s").arg(left));
        return;
    }
    m_ticker->stop();
    m_countingDown = false;
    m_retryButton->setEnabled(true);
    m_retryButton->setText(tr("Retry now"));
    if (m_autoRetry->isChecked())
        onStepClicked(NextStep::RetryAfterWait);
}

void DiagnosisPanel::setAutoRetry(bool on)
{
    m_autoRetry->setChecked(on);
}

bool DiagnosisPanel::autoRetry() const
{
    return m_autoRetry->isChecked();
}

void DiagnosisPanel::onStepClicked(NextStep::Action action)
{
    if (action == NextStep::CopyReport)
        copyReport();
    if (action == NextStep::RetryAfterWait && m_retryButton) {
        if (retrySecondsLeft() > 0)
            return; // the server asked to wait; the button is disabled until then
        // One retry per wait: the next answer brings a new diagnosis and a new button.
        m_retryButton->setEnabled(false);
        m_retryButton->setText(tr("Retrying…"));
    }
    emit actionRequested(action);
}

QString DiagnosisPanel::reportText() const
{
    return m_report.report(includesBodies());
}

bool DiagnosisPanel::includesBodies() const
{
    return m_includeBodies->isChecked();
}

void DiagnosisPanel::copyReport()
{
    copyTextToClipboard(reportText());
    m_reportStatus->setText(includesBodies() ? tr("Report copied, with bodies; no API key.")
                                             : tr("Report copied: no API key, no bodies."));
    emit reportCopied();
}

void DiagnosisPanel::previewReport()
{
    auto *dialog = new SupportReportDialog(m_report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SupportReportDialog::reportCopied, this, &DiagnosisPanel::reportCopied);
    dialog->open();
}

void DiagnosisPanel::dismiss()
{
    m_ticker->stop();
    m_countingDown = false;
    m_repeats = 0;
    hide();
    emit dismissed();
}

void DiagnosisPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Diagnosis::Severity severity = m_report.diagnosis.severity;
    const QColor accent = Tones::mark(severityTone(severity), palette());
    const qreal radius = fontMetrics().height() / 4.0;
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(Tones::blend(palette().color(QPalette::Window), accent, 0.45), 1));
    painter.setBrush(boxColour(severity, palette()));
    painter.drawRoundedRect(box, radius, radius);
    const qreal strip = std::max(3, fontMetrics().height() / 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.setClipRect(QRectF(box.left(), box.top(), strip, box.height()));
    painter.drawRoundedRect(box, radius, radius);
}

void DiagnosisPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::StyleChange:
    case QEvent::FontChange:
        if (m_repeats > 0) {
            updateSeverity();
            rebuildEvidence();
        }
        break;
    default:
        break;
    }
}
