// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorer/explorerparts.h"
#include "keys/memorysecretstore.h"
#include "loopbackonlyproxyfactory.h"
#include "sandboxserver.h"
#include "session/collectionrun.h"
#include "session/runreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace {

const QByteArray FullKey = "hero_sbx_full_7Q2mX9";

// A collection as a partner writes one: checks with assertions, a value chained from one
// answer into the next request, and a script the runner does not run.
const QByteArray Checks = "@elm = 2001\n"
                          "\n"
                          "### me\n"
                          "GET /v1/me\n"
                          "\n"
                          "?? status == 200\n"
                          "?? header content-type includes json\n"
                          "?? body network.id == 10\n"
                          "\n"
                          "### groups\n"
                          "GET /v1/practice-groups\n"
                          "\n"
                          "> {% client.global.set(\"n\", response.body.count) %}\n"
                          "?? body count >= 3\n"
                          "?? js response.parsedBody.count == 3\n"
                          "\n"
                          "### hub, chained from the listing\n"
                          "GET /v1/me\n"
                          "x-practice-group-id: {{groups.data[2].id}}\n"
                          "\n"
                          "?? status == 200\n"
                          "?? body id == {{groups.data[2].id}}\n"
                          "\n"
                          "### elm is not in our network\n"
                          "GET /v1/me\n"
                          "x-practice-group-id: {{elm}}\n"
                          "\n"
                          "?? status == 200\n";

} // namespace

// A collection run through the explorer's own request path, against the in-process sandbox
// (issue 17): assertions, chained values, skipped scripts, --bail and the reports.
class TestCollectionRun : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void eachRequestIsCheckedAndChainedValuesFlowIntoTheNext();
    void aMissingChainedValueFailsThatRequestAndTheRunGoesOn();
    void anUnreadableAssertionNamesItsFileAndLine();
    void bailStopsAtTheFirstFailure();
    void theDurationStopsWhenTheRunEnds();
    void theJUnitReportReadsBackWithEveryFailure();
    void aFolderRunsItsFilesInNameOrderAndTheFilterSelects();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QList<RunItemResult> run(const QList<RunItem> &items, bool bail = false,
                             RunSummary *summary = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_keychain;
    std::unique_ptr<ExplorerParts> m_parts;
    std::unique_ptr<SandboxServer> m_sandbox;
    RunTarget m_target;
};

void TestCollectionRun::init()
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    ExplorerParts::Options options;
    options.rememberProxySignIn = false;
    m_parts = std::make_unique<ExplorerParts>(m_settings.get(), &m_keychain,
                                              new LoopbackOnlyProxyFactory, options);
    m_sandbox = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_sandbox->start({}, &error), qPrintable(error));
    m_target.environment = sandboxEnvironment(m_sandbox->baseUrl());
    m_target.secret = FullKey;
    m_target.practiceGroup = QStringLiteral("1001");
}

void TestCollectionRun::cleanup()
{
    m_parts.reset();
    m_sandbox.reset();
}

QString TestCollectionRun::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

QList<RunItemResult> TestCollectionRun::run(const QList<RunItem> &items, bool bail,
                                            RunSummary *summary)
{
    CollectionRun::Options options;
    options.target = m_target;
    options.bail = bail;
    CollectionRun run(&m_parts->runner, items, options);
    QSignalSpy finished(&run, &CollectionRun::finished);
    run.start();
    if (!finished.wait(30000))
        return {};
    if (summary)
        *summary = finished.first().first().value<RunSummary>();
    return run.results();
}

void TestCollectionRun::eachRequestIsCheckedAndChainedValuesFlowIntoTheNext()
{
    QStringList errors;
    const QList<RunItem> items =
        collectRunItems({write(QStringLiteral("checks.http"), Checks)}, {}, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(items.size(), 4);
    RunSummary summary;
    const QList<RunItemResult> results = run(items, false, &summary);
    QCOMPARE(results.size(), 4);

    QCOMPARE(results.at(0).outcome, RunItemResult::Outcome::Passed);
    QCOMPARE(results.at(0).assertions.size(), 3);
    QCOMPARE(results.at(1).outcome, RunItemResult::Outcome::Passed);
    // The handler script is reported as skipped, never counted as passed.
    QCOMPARE(results.at(1).skipped.size(), 2);
    QVERIFY(results.at(1).skipped.first().startsWith(QStringLiteral("line 13")));
    QVERIFY2(results.at(1).skipped.last().startsWith(QStringLiteral("line 15: ?? js ")),
             qPrintable(results.at(1).skipped.last()));
    QCOMPARE(results.at(1).assertions.size(), 1);

    // The third acted for the group the second listed third: the hub, across the network.
    QVERIFY2(results.at(2).outcome == RunItemResult::Outcome::Passed,
             qPrintable(runItemText(items.at(2), results.at(2))));
    QCOMPARE(results.at(2).exchange.requestHeader("x-practice-group-id"), QByteArray("1003"));
    QCOMPARE(results.at(2).assertions.at(1).actual, QStringLiteral("1003"));

    // Elm Tree shares no network with the key's group: the API refuses, the assertion fails.
    QCOMPARE(results.at(3).outcome, RunItemResult::Outcome::Failed);
    QCOMPARE(results.at(3).exchange.status, 403);
    QCOMPARE(results.at(3).assertions.first().actual, QStringLiteral("403"));

    QCOMPARE(summary.requests, 4);
    QCOMPARE(summary.passed, 3);
    QCOMPARE(summary.failed, 1);
    QCOMPARE(summary.assertionsPassed, 6);
    QCOMPARE(summary.assertionsFailed, 1);
    QCOMPARE(summary.skipped, 2);
    const QString line = runItemText(items.at(3), results.at(3));
    QVERIFY2(line.startsWith(QStringLiteral("✗ elm is not in our network  GET /v1/me  403")),
             qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("✗ status == 200 (got 403)")), qPrintable(line));
}

void TestCollectionRun::aMissingChainedValueFailsThatRequestAndTheRunGoesOn()
{
    const QByteArray bytes = "### first\n"
                             "GET /v1/me\n"
                             "x-practice-group-id: {{created.id}}\n"
                             "\n"
                             "### me\n"
                             "GET /v1/me\n"
                             "\n"
                             "### second\n"
                             "GET /v1/me\n"
                             "x-practice-group-id: {{me.nowhere}}\n"
                             "\n"
                             "### third\n"
                             "GET /v1/me\n";
    QStringList errors;
    const QList<RunItem> items =
        collectRunItems({write(QStringLiteral("chain.http"), bytes)}, {}, &errors);
    const QList<RunItemResult> results = run(items);
    QCOMPARE(results.size(), 4);
    QCOMPARE(results.at(0).outcome, RunItemResult::Outcome::Failed);
    QVERIFY(!results.at(0).attempted);
    QVERIFY2(results.at(0).problem.contains(QStringLiteral("{{created.id}}"))
                 && results.at(0).problem.contains(QStringLiteral("“created”")),
             qPrintable(results.at(0).problem));
    QCOMPARE(results.at(1).outcome, RunItemResult::Outcome::Passed);
    QVERIFY2(results.at(2).problem.contains(QStringLiteral("no “nowhere”")),
             qPrintable(results.at(2).problem));
    QCOMPARE(results.at(3).outcome, RunItemResult::Outcome::Passed);
}

void TestCollectionRun::anUnreadableAssertionNamesItsFileAndLine()
{
    const QString path = write(QStringLiteral("typo.http"),
                               "### me\n"
                               "GET /v1/me\n"
                               "\n"
                               "?? status == 200\n"
                               "?? staus == 200\n");
    QStringList errors;
    const QList<RunItemResult> results = run(collectRunItems({path}, {}, &errors));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().outcome, RunItemResult::Outcome::Failed);
    QVERIFY(!results.first().attempted); // nothing sent for a request whose checks are wrong
    QVERIFY2(results.first().problem.startsWith(QDir::toNativeSeparators(path) + u":5: "),
             qPrintable(results.first().problem));
    QVERIFY(results.first().problem.contains(QStringLiteral("staus")));
}

void TestCollectionRun::bailStopsAtTheFirstFailure()
{
    QStringList errors;
    QByteArray bytes = Checks;
    bytes.replace("?? body count >= 3", "?? body count >= 30");
    const QList<RunItem> items =
        collectRunItems({write(QStringLiteral("bail.http"), bytes)}, {}, &errors);
    RunSummary summary;
    const QList<RunItemResult> results = run(items, true, &summary);
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(1).outcome, RunItemResult::Outcome::Failed);
    QVERIFY(summary.bailed);
    QCOMPARE(summary.planned, 4);
    // In words both the runner view and hero-cli can say: no command-line flag in the view.
    QVERIFY(runSummaryText(summary).contains(
        QStringLiteral("stopped at the first failure, 2 not run")));
}

// Every report of a finished run (the summary line, the copied report, JUnit) gives one duration.
void TestCollectionRun::theDurationStopsWhenTheRunEnds()
{
    QStringList errors;
    const QList<RunItem> items =
        collectRunItems({write(QStringLiteral("duration.http"), Checks)}, {}, &errors);
    CollectionRun::Options options;
    options.target = m_target;
    CollectionRun run(&m_parts->runner, items, options);
    QSignalSpy finished(&run, &CollectionRun::finished);
    run.start();
    QVERIFY(finished.wait(30000));
    const qint64 reported = finished.first().first().value<RunSummary>().elapsedMs;
    QTest::qWait(30);
    QCOMPARE(run.summary().elapsedMs, reported);
}

void TestCollectionRun::theJUnitReportReadsBackWithEveryFailure()
{
    QStringList errors;
    const QList<RunItem> items =
        collectRunItems({write(QStringLiteral("suite/checks.http"), Checks)}, {}, &errors);
    RunSummary summary;
    const QList<RunItemResult> results = run(items, false, &summary);
    // Read back as a CI system would: the elements and their attributes, in order.
    QXmlStreamReader xml(junitReport(items, results, summary));
    QList<QXmlStreamAttributes> suites;
    QList<QXmlStreamAttributes> cases;
    QStringList failures; // "case name: message"
    QString currentCase;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"testsuites" || xml.name() == u"testsuite") {
            suites.append(xml.attributes());
        } else if (xml.name() == u"testcase") {
            cases.append(xml.attributes());
            currentCase = xml.attributes().value(QStringLiteral("name")).toString();
        } else if (xml.name() == u"failure") {
            failures.append(currentCase + QStringLiteral(": ")
                            + xml.attributes().value(QStringLiteral("message")).toString());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suites.size(), 2);
    QCOMPARE(suites.at(0).value(QStringLiteral("tests")), QStringLiteral("4"));
    QCOMPARE(suites.at(0).value(QStringLiteral("failures")), QStringLiteral("1"));
    QCOMPARE(suites.at(1).value(QStringLiteral("name")), QStringLiteral("checks.http"));
    QCOMPARE(cases.size(), 4);
    QCOMPARE(cases.at(3).value(QStringLiteral("name")),
             QStringLiteral("elm is not in our network"));
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.first().startsWith(QStringLiteral("elm is not in our network: ")),
             qPrintable(failures.first()));
    QVERIFY(failures.first().contains(QStringLiteral("got 403")));
    // No key in any report.
    QVERIFY(!junitReport(items, results, summary).contains(FullKey));
    QVERIFY(!QJsonDocument(jsonReport(items, results, summary)).toJson().contains(FullKey));
    const QJsonArray requests =
        jsonReport(items, results, summary).value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.at(3).toObject().value(QStringLiteral("status")).toInt(), 403);
    QCOMPARE(requests.at(3).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("failed"));
}

void TestCollectionRun::aFolderRunsItsFilesInNameOrderAndTheFilterSelects()
{
    write(QStringLiteral("folder/b.http"), "### b one\nGET /v1/me\n");
    write(QStringLiteral("folder/a.http"), "### a one\nGET /v1/me\n\n### a two\nGET /v1/me\n");
    write(QStringLiteral("folder/sub/c.http"), "### c one\nGET /v1/me\n");
    write(QStringLiteral("folder/notes.txt"), "GET /v1/not-a-request\n");
    QStringList errors;
    QList<RunItem> items = collectRunItems({m_dir.filePath(QStringLiteral("folder"))}, {}, &errors);
    QStringList titles;
    for (const RunItem &item : items)
        titles.append(item.title());
    QCOMPARE(titles,
             (QStringList{QStringLiteral("a one"), QStringLiteral("a two"), QStringLiteral("b one"),
                          QStringLiteral("c one")}));
    items =
        collectRunItems({m_dir.filePath(QStringLiteral("folder"))}, QStringLiteral("ONE"), &errors);
    QCOMPARE(items.size(), 3);
    QVERIFY(errors.isEmpty());
    collectRunItems({m_dir.filePath(QStringLiteral("missing"))}, {}, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(QStringLiteral("missing")));
}

QTEST_GUILESS_MAIN(TestCollectionRun)
#include "tst_collectionrun.moc"
