// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "session/collectionrun.h"

#include "collections/collectionvariables.h"
#include "collections/httpfilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The texts of this file, in the context "CollectionRun" for lupdate and the translators.
struct CollectionRunTexts
{
    Q_DECLARE_TR_FUNCTIONS(CollectionRun)
};

bool isRequestFile(const QFileInfo &info)
{
    return info.isFile() && (info.suffix() == u"http" || info.suffix() == u"rest");
}

// The files of a folder in run order: its own in name order, then each subfolder's.
QStringList filesOf(const QString &folder)
{
    QStringList files;
    QDir dir(folder);
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase)) {
        if (isRequestFile(info))
            files.append(info.absoluteFilePath());
    }
    for (const QFileInfo &info :
         dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::IgnoreCase))
        files += filesOf(info.absoluteFilePath());
    return files;
}

// The 1-based lines of a request's "??" lines, in order.
QList<int> assertionLines(const HttpFile &file, const HttpFileRequest &request)
{
    QList<int> lines;
    const QByteArray bytes = file.bytes();
    int line = int(bytes.left(request.begin).count('\n')) + 1;
    qsizetype at = request.begin;
    while (at < request.end) {
        qsizetype end = bytes.indexOf('\n', at);
        if (end < 0 || end > request.end)
            end = request.end;
        if (bytes.mid(at, end - at).trimmed().startsWith("??"))
            lines.append(line);
        at = end + 1;
        ++line;
    }
    return lines;
}

// httpyac's "?? js …" and "?? xpath …" run JavaScript or XPath, which the explorer does not.
bool isScriptAssertion(const QString &line)
{
    const QString field = line.trimmed().mid(2).trimmed().section(u' ', 0, 0);
    return field == u"js" || field == u"xpath";
}

} // namespace

QString RunItem::title() const
{
    if (!request.name.isEmpty())
        return request.name;
    return request.method + u' ' + request.url;
}

QList<RunItem> collectRunItems(const QStringList &paths, const QString &filter, QStringList *errors)
{
    QList<RunItem> items;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QStringList files;
        if (info.isDir())
            files = filesOf(info.absoluteFilePath());
        else if (info.exists())
            files.append(info.absoluteFilePath());
        else
            errors->append(CollectionRunTexts::tr("%1: no such file or folder")
                               .arg(QDir::toNativeSeparators(path)));
        for (const QString &filePath : std::as_const(files)) {
            HttpFile file;
            QString error;
            if (!readHttpFile(filePath, &file, &error)) {
                errors->append(error);
                continue;
            }
            for (const HttpFileNotice &problem : file.problems())
                errors->append(QStringLiteral("%1:%2: %3")
                                   .arg(QDir::toNativeSeparators(filePath))
                                   .arg(problem.line)
                                   .arg(problem.text));
            QMap<QString, QString> variables;
            for (const auto &[name, value] : file.fileVariables())
                variables.insert(name, value);
            for (int i = 0; i < file.requests().size(); ++i) {
                const HttpFileRequest &request = file.requests().at(i);
                RunItem item;
                item.filePath = filePath;
                item.index = i;
                item.line = request.requestLine;
                item.request = request.request;
                item.fileVariables = variables;
                const int end = i + 1 < file.requests().size() ? file.requests().at(i + 1).firstLine
                                                               : std::numeric_limits<int>::max();
                for (const HttpFileNotice &ignored : file.ignored()) {
                    if (ignored.line >= request.firstLine && ignored.line < end)
                        item.ignored.append(CollectionRunTexts::tr("line %1: %2")
                                                .arg(ignored.line)
                                                .arg(ignored.text));
                }
                if (!filter.isEmpty() && !item.title().contains(filter, Qt::CaseInsensitive))
                    continue;
                items.append(item);
            }
        }
    }
    return items;
}

CollectionRun::CollectionRun(RequestRunner *runner, const QList<RunItem> &items,
                             const Options &options, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_items(items)
    , m_options(options)
{
}

CollectionRun::~CollectionRun()
{
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->cancel();
    }
}

void CollectionRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_elapsedMs = -1;
    m_clock.start();
    next();
}

void CollectionRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_current)
        m_current->cancel(); // reports through onFinished, which ends the run
    else
        finishRun();
}

RunSummary CollectionRun::summary() const
{
    RunSummary summary;
    summary.planned = int(m_items.size());
    summary.requests = int(m_results.size());
    for (const RunItemResult &result : m_results) {
        switch (result.outcome) {
        case RunItemResult::Outcome::Passed:
            ++summary.passed;
            break;
        case RunItemResult::Outcome::Failed:
            ++summary.failed;
            break;
        case RunItemResult::Outcome::Error:
            ++summary.errors;
            break;
        }
        for (const AssertionResult &assertion : result.assertions)
            ++(assertion.passed ? summary.assertionsPassed : summary.assertionsFailed);
        summary.skipped += int(result.skipped.size());
    }
    summary.cancelled = m_cancelled;
    summary.bailed = m_bailed;
    if (m_elapsedMs >= 0)
        summary.elapsedMs = m_elapsedMs;
    else
        summary.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return summary;
}

QMap<QString, QString> CollectionRun::chainedValues(const HttpRequestText &request,
                                                    QString *problem) const
{
    QStringList texts = {request.url, request.body};
    for (const HttpHeaderLine &header : request.headers)
        texts.append(header.value);
    QMap<QString, QString> values;
    for (const QString &text : std::as_const(texts)) {
        for (const VariableUse &use : variableUses(text)) {
            const qsizetype dot = use.name.indexOf(u'.');
            if (dot <= 0 || use.name.startsWith(u'$') || values.contains(use.name))
                continue;
            const QString head = use.name.left(dot);
            const auto response = m_responses.constFind(head);
            if (response == m_responses.cend()) {
                if (problem->isEmpty() && !m_options.environmentVariables.contains(use.name))
                    *problem = CollectionRunTexts::tr(
                                   "{{%1}} has no value: no request named “%2” answered before "
                                   "this one.")
                                   .arg(use.name, head);
                continue;
            }
            QJsonValue value;
            if (!jsonValueAt(*response, use.name.mid(dot + 1), &value)) {
                if (problem->isEmpty())
                    *problem = CollectionRunTexts::tr(
                                   "{{%1}} has no value: the response of “%2” has no “%3”.")
                                   .arg(use.name, head, use.name.mid(dot + 1));
                continue;
            }
            values.insert(use.name, jsonValueText(value));
        }
    }
    return values;
}

void CollectionRun::next()
{
    if (m_cancelled || m_next >= m_items.size()) {
        finishRun();
        return;
    }
    const int index = m_next++;
    const RunItem &item = m_items.at(index);
    emit itemStarted(index);
    m_itemClock.start();

    RunItemResult result;
    result.skipped = item.ignored;
    // Every assertion is read before anything is sent: one that cannot be read is the file's
    // mistake, named by file and line, not a failure of the API.
    HttpFile file;
    QString error;
    QList<int> lines;
    if (readHttpFile(item.filePath, &file, &error) && item.index < file.requests().size())
        lines = assertionLines(file, file.requests().at(item.index));
    for (int i = 0; i < item.request.assertions.size(); ++i) {
        const QString &line = item.request.assertions.at(i);
        if (isScriptAssertion(line)) {
            result.skipped.append(CollectionRunTexts::tr("line %1: %2 (a script: not run)")
                                      .arg(lines.value(i, item.line))
                                      .arg(line.trimmed()));
            continue;
        }
        Assertion assertion;
        if (!parseAssertion(line, &assertion, &error)) {
            result.problem = QStringLiteral("%1:%2: %3")
                                 .arg(QDir::toNativeSeparators(item.filePath))
                                 .arg(lines.value(i, item.line))
                                 .arg(error);
            finishItem(result);
            return;
        }
    }

    QString chainProblem;
    VariableScope scope;
    scope.fileVariables = item.fileVariables;
    scope.environment = m_options.environmentVariables;
    const QMap<QString, QString> chained = chainedValues(item.request, &chainProblem);
    for (auto it = chained.cbegin(); it != chained.cend(); ++it)
        scope.fileVariables.insert(it.key(), it.value());
    if (!chainProblem.isEmpty()) {
        result.problem = chainProblem;
        finishItem(result);
        return;
    }
    m_scope = scope;
    m_skipped = result.skipped;
    ResolvedHttpRequest resolved =
        resolveHttpRequest(item.request, scope, m_options.target.environment);
    if (!resolved.unresolved.isEmpty()) {
        QStringList names;
        for (const QString &name : std::as_const(resolved.unresolved))
            names.append(QStringLiteral("{{%1}}").arg(name));
        result.problem = CollectionRunTexts::tr(
                             "%1 has no value: define it in the file or in http-client.env.json.")
                             .arg(names.join(QStringLiteral(", ")));
        finishItem(result);
        return;
    }
    if (!resolved.problem.isEmpty()) {
        result.problem = resolved.problem;
        finishItem(result);
        return;
    }
    RunTarget target = m_options.target;
    if (!resolved.practiceGroup.isEmpty())
        target.practiceGroup = resolved.practiceGroup;
    // The caller asked for production with --confirm-production or a dialog; the option says so.
    resolved.request.confirmedForProduction =
        m_options.target.environment.isProduction() && m_options.confirmedForProduction;
    m_current = m_runner->start(target, resolved.request);
    connect(m_current, &RequestRun::stageChanged, this, &CollectionRun::stageChanged);
    connect(m_current, &RequestRun::finished, this, &CollectionRun::onFinished);
}

void CollectionRun::onFinished(const Exchange &exchange)
{
    m_current = nullptr;
    const RunItem &item = m_items.at(m_next - 1);
    RunItemResult result;
    result.skipped = m_skipped;
    result.exchange = exchange;
    result.attempted = true;
    if (!exchange.hasHttpResponse()) {
        result.problem = exchange.refusal != Refusal::None ? exchange.refusalText
            : exchange.errorText.isEmpty() ? transportErrorId(exchange.transportError)
                                           : exchange.errorText;
    }
    // An expected value may hold variables too: "?? body id == {{groups.data[2].id}}".
    for (const QString &line : item.request.assertions) {
        Assertion assertion;
        QString error;
        if (isScriptAssertion(line) || !parseAssertion(line, &assertion, &error))
            continue;
        assertion.expected = substituteVariables(assertion.expected, m_scope);
        result.assertions.append(evaluateAssertion(assertion, exchange));
    }
    if (!item.request.name.isEmpty() && exchange.hasHttpResponse()) {
        const QJsonDocument document = QJsonDocument::fromJson(exchange.body);
        if (!document.isNull())
            m_responses.insert(item.request.name,
                               document.isArray() ? QJsonValue(document.array())
                                                  : QJsonValue(document.object()));
    }
    finishItem(result);
}

void CollectionRun::finishItem(RunItemResult result)
{
    result.elapsedMs = m_itemClock.elapsed();
    const bool anyFailed = std::any_of(result.assertions.cbegin(), result.assertions.cend(),
                                       [](const AssertionResult &a) { return !a.passed; });
    // A problem found before sending (a value missing, an assertion unreadable) fails that
    // request; an answer that never came is an error of the connection.
    if (!result.attempted)
        result.outcome = RunItemResult::Outcome::Failed;
    else if (!result.exchange.hasHttpResponse())
        result.outcome = RunItemResult::Outcome::Error;
    else if (anyFailed)
        result.outcome = RunItemResult::Outcome::Failed;
    else
        result.outcome = RunItemResult::Outcome::Passed;
    m_results.append(result);
    const int index = int(m_results.size()) - 1;
    emit itemFinished(index, m_results.constLast());
    if (m_options.bail && result.outcome != RunItemResult::Outcome::Passed) {
        m_bailed = m_next < m_items.size();
        finishRun();
        return;
    }
    // Queued: a long collection must not grow the stack, and a caller may cancel in between.
    QMetaObject::invokeMethod(this, &CollectionRun::next, Qt::QueuedConnection);
}

void CollectionRun::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_elapsedMs = m_clock.elapsed();
    emit finished(summary());
}
