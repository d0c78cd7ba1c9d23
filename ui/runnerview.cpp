// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "runnerview.h"

#include "accessibility.h"
#include "collections/httpfilestore.h"
#include "http/reasonphrase.h"
#include "requesttab.h"
#include "session/runreport.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { ResultColumn, RequestColumn, CallColumn, StatusColumn, TimeColumn, AssertionsColumn };

bool changesData(const RunItem &item)
{
    const QString method = item.request.method.toUpper();
    return method != u"GET" && method != u"HEAD";
}

// "GET /v1/locations?limit=5": as sent when it was, else as written.
QString callText(const RunItem &item, const RunItemResult *result)
{
    if (!result || !result->attempted)
        return item.request.method + u' ' + item.request.url;
    const QUrl &url = result->exchange.request.url;
    return QString::fromLatin1(result->exchange.request.method) + u' ' + url.path()
        + (url.hasQuery() ? u'?' + url.query() : QString());
}

QString outcomeText(RunItemResult::Outcome outcome)
{
    switch (outcome) {
    case RunItemResult::Outcome::Passed:
        return RunnerView::tr("✓ Passed");
    case RunItemResult::Outcome::Failed:
        return RunnerView::tr("✗ Failed");
    case RunItemResult::Outcome::Error:
        return RunnerView::tr("✗ No answer");
    }
    return {};
}

// What an assertion found, in words: "expected 200, got 403".
QString findingText(const AssertionResult &assertion)
{
    if (assertion.expected.isEmpty())
        return RunnerView::tr("got %1").arg(assertion.actual);
    return RunnerView::tr("expected %1, got %2").arg(assertion.expected, assertion.actual);
}

QTreeWidgetItem *addDetail(QTreeWidgetItem *row, const QString &mark, const QString &text,
                           const QString &detail = {})
{
    auto *child = new QTreeWidgetItem(row);
    child->setText(ResultColumn, mark);
    child->setText(RequestColumn, text);
    child->setToolTip(RequestColumn, text);
    child->setText(AssertionsColumn, detail);
    child->setToolTip(AssertionsColumn, detail);
    return child;
}

} // namespace

RunnerView::RunnerView(RequestRunner *runner, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_heading(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_bail(new QCheckBox(tr("&Stop at the first failure"), this))
    , m_runButton(new QPushButton(tr("&Run again"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_wait(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy report"), this))
    , m_saveJUnit(new QPushButton(tr("Save &JUnit…"), this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("runnerView"));
    setWindowTitle(tr("Run collection"));
    m_confirmProduction = [this](const QString &question) {
        return confirmSendToProduction(this, question);
    };

    m_heading->setObjectName(QStringLiteral("runnerHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setObjectName(QStringLiteral("runnerFilter"));
    m_filter->setPlaceholderText(tr("Name contains…"));
    m_filter->setAccessibleName(tr("Filter requests by name"));
    enableClearButton(m_filter);
    m_bail->setObjectName(QStringLiteral("runnerBail"));
    m_bail->setAccessibleName(tr("Stop at the first failure"));
    m_runButton->setObjectName(QStringLiteral("runnerRunAgain"));
    m_runButton->setAccessibleName(tr("Run again"));
    m_cancel->setObjectName(QStringLiteral("runnerCancel"));
    m_cancel->setAccessibleName(tr("Cancel the run"));
    m_progress->setObjectName(QStringLiteral("runnerProgress"));
    m_progress->setAccessibleName(tr("Requests run"));
    m_progress->setFormat(tr("%v of %m requests"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_wait->setObjectName(QStringLiteral("runnerWait"));
    m_wait->setAccessibleName(tr("Rate limit countdown"));
    m_wait->hide();
    m_notice->setObjectName(QStringLiteral("runnerNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    m_summary->setObjectName(QStringLiteral("runnerSummary"));
    m_summary->setAccessibleName(tr("Run summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy->setObjectName(QStringLiteral("runnerCopyReport"));
    m_copy->setAccessibleName(tr("Copy report"));
    m_copy->setToolTip(tr("Copies one line a request and the summary, without the key"));
    m_saveJUnit->setObjectName(QStringLiteral("runnerSaveJUnit"));
    m_saveJUnit->setAccessibleName(tr("Save JUnit report"));
    auto *close = new QPushButton(tr("C&lose"), this);
    close->setObjectName(QStringLiteral("runnerClose"));
    close->setAccessibleName(tr("Close the runner"));
    close->setAutoDefault(false);

    m_table->setObjectName(QStringLiteral("runnerTable"));
    m_table->setAccessibleName(tr("Requests of the run"));
    m_table->setHeaderLabels({tr("Result"), tr("Request"), tr("Method and path"), tr("Status"),
                              tr("Time"), tr("Assertions")});
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->setAllColumnsShowFocus(true);
    const QFontMetrics metrics = fontMetrics();
    const int em = metrics.horizontalAdvance(u'M');
    m_table->setColumnWidth(ResultColumn, metrics.horizontalAdvance(tr("✗ No answer")) + 3 * em);
    m_table->setColumnWidth(RequestColumn, 16 * em);
    m_table->setColumnWidth(CallColumn, 20 * em);
    m_table->setColumnWidth(StatusColumn, metrics.horizontalAdvance(tr("403 Forbidden")) + 2 * em);
    m_table->setColumnWidth(TimeColumn, metrics.horizontalAdvance(tr("%1 ms").arg(99999)) + 2 * em);

    auto *filterLabel = new QLabel(tr("Fil&ter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *controls = new QHBoxLayout;
    controls->addWidget(filterLabel);
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_bail);
    controls->addWidget(m_runButton);
    controls->addWidget(m_cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_saveJUnit);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(controls);
    layout->addWidget(m_progress);
    layout->addWidget(m_wait);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    resize(86 * em, 28 * metrics.height());

    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, &RunnerView::showWait);
    connect(m_runButton, &QPushButton::clicked, this, [this] { runAgain(); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { runAgain(); });
    connect(m_cancel, &QPushButton::clicked, this, &RunnerView::cancel);
    connect(m_copy, &QPushButton::clicked, this, &RunnerView::copyReport);
    connect(m_saveJUnit, &QPushButton::clicked, this, &RunnerView::askSaveJUnit);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table, &QTreeWidget::itemActivated, this, &RunnerView::activate);
    updateButtons();
}

RunnerView::~RunnerView() = default; // the run is a child: destroyed, it cancels its request

bool RunnerView::start(const QStringList &paths, const QString &filter, const RunTarget &target)
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
        m_run->deleteLater();
        m_run = nullptr;
    }
    m_paths = paths;
    m_target = target;
    if (m_filter->text() != filter)
        m_filter->setText(filter);
    m_table->clear();
    m_summary->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_waitStage = RequestRun::Stage::Finished;
    showWait();

    QStringList names;
    for (const QString &path : paths)
        names.append(QFileInfo(QDir::cleanPath(path)).fileName());
    m_heading->setText(
        target.practiceGroup.isEmpty()
            ? tr("%1 on %2").arg(names.join(QStringLiteral(", ")), target.environment.name)
            : tr("%1 on %2, acting for practice group %3")
                  .arg(names.join(QStringLiteral(", ")), target.environment.name,
                       target.practiceGroup));

    QStringList notices;
    const QList<RunItem> items = collectRunItems(paths, filter, &notices);
    const auto refuse = [this, &notices](const QString &why) {
        notices.append(why);
        showNotice(notices.join(u'\n'));
        updateButtons();
        return false;
    };
    if (items.isEmpty()) {
        return refuse(filter.isEmpty()
                          ? tr("No requests to run in %1.").arg(names.join(QStringLiteral(", ")))
                          : tr("No request's name contains “%1”.").arg(filter));
    }
    CollectionRun::Options options;
    options.target = target;
    options.bail = m_bail->isChecked();
    QString error;
    options.environmentVariables =
        environmentVariablesFor(items.first().filePath, target.environment, &error);
    if (!error.isEmpty())
        return refuse(error);
    const QString question = productionQuestion(items, target);
    if (!question.isEmpty()) {
        if (!m_confirmProduction(question))
            return refuse(tr("Not run: the production run was cancelled."));
        options.confirmedForProduction = true;
    }
    showNotice(notices.join(u'\n'));

    for (const RunItem &item : items) {
        auto *row = new QTreeWidgetItem(m_table);
        row->setText(ResultColumn, tr("Waiting"));
        row->setText(RequestColumn, item.title());
        row->setToolTip(
            RequestColumn,
            QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(item.filePath)).arg(item.line));
        row->setText(CallColumn, callText(item, nullptr));
        row->setToolTip(CallColumn, callText(item, nullptr));
    }
    m_progress->setRange(0, int(items.size()));
    m_run = new CollectionRun(m_runner, items, options, this);
    connect(m_run, &CollectionRun::itemStarted, this, &RunnerView::onItemStarted);
    connect(m_run, &CollectionRun::itemFinished, this, &RunnerView::onItemFinished);
    connect(m_run, &CollectionRun::stageChanged, this, &RunnerView::onStageChanged);
    connect(m_run, &CollectionRun::finished, this, &RunnerView::onFinished);
    m_run->start();
    updateButtons();
    return true;
}

bool RunnerView::runAgain()
{
    if (m_paths.isEmpty())
        return false;
    return start(m_paths, m_filter->text().trimmed(), m_target);
}

void RunnerView::cancel()
{
    if (m_run)
        m_run->cancel();
}

void RunnerView::reject()
{
    cancel();
    QDialog::reject();
}

bool RunnerView::isRunning() const
{
    return m_run && m_run->isRunning();
}

void RunnerView::setProductionConfirmer(std::function<bool(const QString &)> confirmer)
{
    m_confirmProduction = std::move(confirmer);
}

QString RunnerView::productionQuestion(const QList<RunItem> &items, const RunTarget &target) const
{
    if (!target.environment.isProduction())
        return {};
    QStringList writes;
    for (const RunItem &item : items) {
        if (changesData(item))
            writes.append(QStringLiteral("  %1 %2").arg(item.request.method, item.request.url));
    }
    if (writes.isEmpty())
        return {};
    return tr("Run %n request(s) that change data on PRODUCTION, acting for practice group "
              "%1?\n\n%2\n\nThis may change real practice and patient data.",
              "", int(writes.size()))
        .arg(target.practiceGroup, writes.join(u'\n'));
}

void RunnerView::onItemStarted(int index)
{
    if (QTreeWidgetItem *row = m_table->topLevelItem(index)) {
        row->setText(ResultColumn, tr("Running…"));
        m_table->scrollToItem(row);
    }
}

void RunnerView::onItemFinished(int index, const RunItemResult &result)
{
    QTreeWidgetItem *row = m_table->topLevelItem(index);
    if (!row || !m_run)
        return;
    const RunItem &item = m_run->items().at(index);
    row->setText(ResultColumn, outcomeText(result.outcome));
    row->setText(CallColumn, callText(item, &result));
    row->setToolTip(CallColumn, callText(item, &result));
    const Exchange &exchange = result.exchange;
    row->setText(StatusColumn,
                 exchange.hasHttpResponse() ? statusLineText(exchange.status, exchange.reason)
                                            : tr("no answer"));
    row->setText(TimeColumn, tr("%1 ms").arg(result.elapsedMs));
    const auto failed = std::count_if(result.assertions.cbegin(), result.assertions.cend(),
                                      [](const AssertionResult &a) { return !a.passed; });
    const int total = int(result.assertions.size());
    row->setText(AssertionsColumn,
                 total == 0   ? tr("none")
                     : failed ? tr("✗ %1 of %n failed", "", total).arg(failed)
                              : tr("✓ %n held", "", total));
    for (const AssertionResult &assertion : result.assertions)
        addDetail(row, assertion.passed ? tr("✓ held") : tr("✗ failed"), assertion.text,
                  findingText(assertion));
    if (!result.problem.isEmpty())
        addDetail(row, tr("✗ problem"), result.problem);
    for (const QString &skipped : result.skipped)
        addDetail(row, tr("– skipped"), skipped, tr("not run"));
    row->setExpanded(result.outcome != RunItemResult::Outcome::Passed);
    m_progress->setValue(index + 1);
}

void RunnerView::onStageChanged(RequestRun::Stage stage, std::chrono::milliseconds wait)
{
    m_waitStage = stage;
    const bool waiting =
        stage == RequestRun::Stage::Queued || stage == RequestRun::Stage::WaitingToRetry;
    if (waiting) {
        m_waitUntil = QDateTime::currentDateTimeUtc().addMSecs(wait.count());
        m_waitTimer->start();
    } else {
        m_waitTimer->stop();
    }
    if (stage == RequestRun::Stage::Queued && m_run) {
        if (QTreeWidgetItem *row = m_table->topLevelItem(int(m_run->results().size())))
            row->setText(ResultColumn, tr("Queued"));
    } else if (stage == RequestRun::Stage::Sending && m_run) {
        if (QTreeWidgetItem *row = m_table->topLevelItem(int(m_run->results().size())))
            row->setText(ResultColumn, tr("Sending…"));
    }
    showWait();
}

void RunnerView::onFinished(const RunSummary &summary)
{
    m_waitStage = RequestRun::Stage::Finished;
    m_waitTimer->stop();
    showWait();
    for (int i = summary.requests; i < m_table->topLevelItemCount(); ++i)
        m_table->topLevelItem(i)->setText(ResultColumn, tr("Not run"));
    m_summary->setText(runSummaryText(summary));
    updateButtons();
}

QString RunnerView::waitText() const
{
    if (!isRunning())
        return {};
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_waitUntil);
    const int seconds = int(qMax<qint64>(0, (left + 999) / 1000));
    switch (m_waitStage) {
    case RequestRun::Stage::Queued:
        return tr("Queued to stay under the rate limit: next in %n s (Cancel stops the run).", "",
                  seconds);
    case RequestRun::Stage::WaitingToRetry:
        return tr("Sending again after the server's wait: next try in %n s (Cancel stops the "
                  "run).",
                  "", seconds);
    default:
        return {};
    }
}

void RunnerView::showWait()
{
    const QString text = waitText();
    m_wait->setText(text);
    m_wait->setVisible(!text.isEmpty());
}

void RunnerView::showNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void RunnerView::updateButtons()
{
    const bool running = isRunning();
    const bool finished = m_run && !running;
    m_cancel->setEnabled(running);
    m_runButton->setEnabled(!running && !m_paths.isEmpty());
    m_copy->setEnabled(finished);
    m_saveJUnit->setEnabled(finished);
}

QString RunnerView::reportText() const
{
    if (!m_run)
        return {};
    QStringList lines;
    const QList<RunItemResult> &results = m_run->results();
    for (int i = 0; i < results.size(); ++i)
        lines.append(runItemText(m_run->items().at(i), results.at(i)));
    lines.append(runSummaryText(m_run->summary()));
    return lines.join(u'\n') + u'\n';
}

void RunnerView::copyReport()
{
    QGuiApplication::clipboard()->setText(reportText());
    m_summary->setText(m_run ? runSummaryText(m_run->summary()) + u'\n'
                               + tr("The report is on the clipboard (no key in it).")
                             : QString());
}

bool RunnerView::saveJUnit(const QString &fileName, QString *error) const
{
    if (!m_run) {
        *error = tr("Nothing has run yet.");
        return false;
    }
    QSaveFile file(fileName);
    const QByteArray xml = junitReport(m_run->items(), m_run->results(), m_run->summary());
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void RunnerView::askSaveJUnit()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Save JUnit report"), QDir::home().filePath(QStringLiteral("report.xml")),
        tr("JUnit XML (*.xml)"));
    if (fileName.isEmpty())
        return;
    QString error;
    showNotice(saveJUnit(fileName, &error) ? tr("Saved %1.").arg(QDir::toNativeSeparators(fileName))
                                           : tr("Not saved: %1").arg(error));
}

void RunnerView::activate(QTreeWidgetItem *row)
{
    while (row && row->parent())
        row = row->parent();
    const int index = m_table->indexOfTopLevelItem(row);
    if (!m_run || index < 0 || index >= m_run->results().size())
        return;
    emit exchangeRequested(m_run->items().at(index), m_run->results().at(index), m_target);
}
