// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "session/runreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QXmlStreamWriter>

namespace {

// The texts of this file, in the context "RunReport" for lupdate and the translators.
struct RunReportTexts
{
    Q_DECLARE_TR_FUNCTIONS(RunReport)
};

QString outcomeId(RunItemResult::Outcome outcome)
{
    switch (outcome) {
    case RunItemResult::Outcome::Passed:
        return QStringLiteral("passed");
    case RunItemResult::Outcome::Failed:
        return QStringLiteral("failed");
    case RunItemResult::Outcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

// The URL as sent (no key is ever in a URL), or as written when nothing was sent.
QString sentUrl(const RunItem &item, const RunItemResult &result)
{
    return result.attempted ? result.exchange.request.url.toString() : item.request.url;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

// The folder the files have in common, so each suite is named by its path inside it.
QString commonFolder(const QList<RunItem> &items)
{
    QString common;
    for (const RunItem &item : items) {
        const QString folder = QFileInfo(item.filePath).absolutePath();
        if (common.isEmpty()) {
            common = folder;
            continue;
        }
        while (!QString(folder + u'/').startsWith(QString(common + u'/')) && common.contains(u'/'))
            common = common.left(common.lastIndexOf(u'/'));
    }
    return common;
}

} // namespace

QString runItemText(const RunItem &item, const RunItemResult &result)
{
    const QString mark = result.outcome == RunItemResult::Outcome::Passed ? QStringLiteral("✓")
                                                                          : QStringLiteral("✗");
    QString status = result.exchange.hasHttpResponse() ? QString::number(result.exchange.status)
                                                       : QStringLiteral("—");
    QString text =
        QStringLiteral("%1 %2  %3 %4  %5  %6 ms")
            .arg(mark, item.title(), item.request.method,
                 result.attempted ? result.exchange.request.url.path() : item.request.url, status)
            .arg(result.elapsedMs);
    for (const AssertionResult &assertion : result.assertions) {
        text += u'\n'
            + (assertion.passed
                   ? RunReportTexts::tr("    ✓ %1").arg(assertion.text)
                   : RunReportTexts::tr("    ✗ %1 (got %2)").arg(assertion.text, assertion.actual));
    }
    if (!result.problem.isEmpty())
        text += u'\n' + RunReportTexts::tr("    ✗ %1").arg(result.problem);
    for (const QString &skipped : result.skipped)
        text += u'\n' + RunReportTexts::tr("    – skipped, not run: %1").arg(skipped);
    return text;
}

QString runSummaryText(const RunSummary &summary)
{
    QString text =
        RunReportTexts::tr("%1 of %2 requests passed, %3 failed, %4 without an answer; assertions: "
                           "%5 held, %6 failed")
            .arg(summary.passed)
            .arg(summary.requests)
            .arg(summary.failed)
            .arg(summary.errors)
            .arg(summary.assertionsPassed)
            .arg(summary.assertionsFailed);
    if (summary.skipped > 0)
        text += RunReportTexts::tr("; %n line(s) skipped (scripts are not run)", nullptr,
                                   summary.skipped);
    if (summary.bailed)
        text += RunReportTexts::tr("; stopped at the first failure, %1 not run")
                    .arg(summary.planned - summary.requests);
    if (summary.cancelled)
        text +=
            RunReportTexts::tr("; cancelled, %1 not run").arg(summary.planned - summary.requests);
    return text + RunReportTexts::tr(" (%1 s)").arg(seconds(summary.elapsedMs));
}

QByteArray junitReport(const QList<RunItem> &items, const QList<RunItemResult> &results,
                       const RunSummary &summary)
{
    QByteArray xml;
    QXmlStreamWriter out(&xml);
    out.setAutoFormatting(true);
    out.writeStartDocument();
    out.writeStartElement(QStringLiteral("testsuites"));
    out.writeAttribute(QStringLiteral("name"), QStringLiteral("hero-cli run"));
    out.writeAttribute(QStringLiteral("tests"), QString::number(summary.requests));
    out.writeAttribute(QStringLiteral("failures"), QString::number(summary.failed));
    out.writeAttribute(QStringLiteral("errors"), QString::number(summary.errors));
    out.writeAttribute(QStringLiteral("time"), seconds(summary.elapsedMs));
    const QDir root(commonFolder(items));
    for (qsizetype first = 0; first < results.size();) {
        // One suite a file, its requests in run order.
        const QString filePath = items.at(first).filePath;
        qsizetype last = first;
        while (last < results.size() && items.at(last).filePath == filePath)
            ++last;
        int failures = 0;
        int errors = 0;
        qint64 time = 0;
        for (qsizetype i = first; i < last; ++i) {
            failures += results.at(i).outcome == RunItemResult::Outcome::Failed ? 1 : 0;
            errors += results.at(i).outcome == RunItemResult::Outcome::Error ? 1 : 0;
            time += results.at(i).elapsedMs;
        }
        const QString suite = root.relativeFilePath(filePath);
        out.writeStartElement(QStringLiteral("testsuite"));
        out.writeAttribute(QStringLiteral("name"), suite);
        out.writeAttribute(QStringLiteral("tests"), QString::number(last - first));
        out.writeAttribute(QStringLiteral("failures"), QString::number(failures));
        out.writeAttribute(QStringLiteral("errors"), QString::number(errors));
        out.writeAttribute(QStringLiteral("time"), seconds(time));
        for (qsizetype i = first; i < last; ++i) {
            const RunItem &item = items.at(i);
            const RunItemResult &result = results.at(i);
            out.writeStartElement(QStringLiteral("testcase"));
            out.writeAttribute(QStringLiteral("name"), item.title());
            out.writeAttribute(QStringLiteral("classname"), suite);
            out.writeAttribute(QStringLiteral("time"), seconds(result.elapsedMs));
            for (const AssertionResult &assertion : result.assertions) {
                if (assertion.passed)
                    continue;
                out.writeStartElement(QStringLiteral("failure"));
                out.writeAttribute(QStringLiteral("type"), QStringLiteral("assertion"));
                out.writeAttribute(
                    QStringLiteral("message"),
                    RunReportTexts::tr("%1: got %2").arg(assertion.text, assertion.actual));
                out.writeCharacters(RunReportTexts::tr("expected: %1\nactual: %2")
                                        .arg(assertion.expected, assertion.actual));
                out.writeEndElement();
            }
            if (!result.problem.isEmpty()) {
                out.writeStartElement(result.outcome == RunItemResult::Outcome::Error
                                          ? QStringLiteral("error")
                                          : QStringLiteral("failure"));
                out.writeAttribute(QStringLiteral("message"), result.problem);
                out.writeEndElement();
            }
            if (!result.skipped.isEmpty()) {
                out.writeStartElement(QStringLiteral("properties"));
                for (const QString &skipped : result.skipped) {
                    out.writeStartElement(QStringLiteral("property"));
                    out.writeAttribute(QStringLiteral("name"), QStringLiteral("skipped"));
                    out.writeAttribute(QStringLiteral("value"), skipped);
                    out.writeEndElement();
                }
                out.writeEndElement();
            }
            out.writeTextElement(QStringLiteral("system-out"),
                                 QStringLiteral("%1 %2 → %3")
                                     .arg(item.request.method, sentUrl(item, result),
                                          result.exchange.hasHttpResponse()
                                              ? QString::number(result.exchange.status)
                                              : RunReportTexts::tr("no answer")));
            out.writeEndElement();
        }
        out.writeEndElement();
        first = last;
    }
    out.writeEndElement();
    out.writeEndDocument();
    return xml;
}

QJsonObject jsonReport(const QList<RunItem> &items, const QList<RunItemResult> &results,
                       const RunSummary &summary)
{
    QJsonArray requests;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const RunItem &item = items.at(i);
        const RunItemResult &result = results.at(i);
        QJsonArray assertions;
        for (const AssertionResult &assertion : result.assertions)
            assertions.append(QJsonObject{{QStringLiteral("assertion"), assertion.text},
                                          {QStringLiteral("passed"), assertion.passed},
                                          {QStringLiteral("expected"), assertion.expected},
                                          {QStringLiteral("actual"), assertion.actual}});
        QJsonObject request{
            {QStringLiteral("name"), item.title()},
            {QStringLiteral("file"), item.filePath},
            {QStringLiteral("line"), item.line},
            {QStringLiteral("method"), item.request.method},
            {QStringLiteral("url"), sentUrl(item, result)},
            {QStringLiteral("outcome"), outcomeId(result.outcome)},
            {QStringLiteral("timeMs"), result.elapsedMs},
            {QStringLiteral("assertions"), assertions},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(result.skipped)}};
        if (result.exchange.hasHttpResponse())
            request.insert(QStringLiteral("status"), result.exchange.status);
        if (!result.problem.isEmpty())
            request.insert(QStringLiteral("problem"), result.problem);
        requests.append(request);
    }
    const QJsonObject totals{{QStringLiteral("requests"), summary.requests},
                             {QStringLiteral("planned"), summary.planned},
                             {QStringLiteral("passed"), summary.passed},
                             {QStringLiteral("failed"), summary.failed},
                             {QStringLiteral("errors"), summary.errors},
                             {QStringLiteral("assertionsPassed"), summary.assertionsPassed},
                             {QStringLiteral("assertionsFailed"), summary.assertionsFailed},
                             {QStringLiteral("skipped"), summary.skipped},
                             {QStringLiteral("bailed"), summary.bailed},
                             {QStringLiteral("cancelled"), summary.cancelled},
                             {QStringLiteral("timeMs"), summary.elapsedMs}};
    return {{QStringLiteral("summary"), totals}, {QStringLiteral("requests"), requests}};
}
