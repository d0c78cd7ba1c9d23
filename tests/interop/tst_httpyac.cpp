// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Sandbox = QStringLiteral(HERO_SANDBOX_EXECUTABLE);
const QString Runner = QStringLiteral(HERO_HTTPYAC_RUNNER);
const QString NodeDir = QStringLiteral(HERO_HTTPYAC_DIR);
const QString Fixture = QStringLiteral(HERO_INTEROP_FIXTURES "/hero.http");

// One request as run-httpyac.sh reports it.
struct HttpyacResult
{
    QString name;
    int status = 0;
    QStringList passed; // assertion texts that succeeded
    QStringList failed; // the others, with their result: "status == 200: FAILED"
    QList<bool> outcomes; // each assertion in file order: true when it held
};

// Runs a .http file with httpyac against baseUrl, with key in HERO_API_KEY.
QList<HttpyacResult> runHttpyac(const QString &baseUrl, const QString &key, QString *error,
                                const QString &file = Fixture)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HERO_API_KEY"), key);
    for (const char *proxy : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"})
        environment.remove(QString::fromLatin1(proxy));
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral("/bin/sh"),
        {Runner, NodeDir, file, QStringLiteral("sandbox"), QStringLiteral("baseUrl=") + baseUrl});
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    if (!document.isArray()) {
        *error = parseError.errorString();
        return {};
    }
    QList<HttpyacResult> results;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        HttpyacResult result{object.value(QStringLiteral("name")).toString(),
                             object.value(QStringLiteral("status")).toInt(),
                             {},
                             {},
                             {}};
        for (const QJsonValue &assertion : object.value(QStringLiteral("assertions")).toArray()) {
            const QString text = assertion[QStringLiteral("text")].toString();
            const QString outcome = assertion[QStringLiteral("result")].toString();
            if (outcome == u"SUCCESS")
                result.passed.append(text);
            else
                result.failed.append(text + QStringLiteral(": ") + outcome);
            result.outcomes.append(outcome == u"SUCCESS");
        }
        results.append(result);
    }
    return results;
}

} // namespace

// The .http format we read and write is the one httpyac runs: a checked-in collection of Hero
// requests ({{$processEnv HERO_API_KEY}}, variables from http-client.env.json, # @name, ??
// assertions) run by httpyac against hero-sandbox gives the statuses the sandbox contract says.
class TestHttpyac : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void httpyacRunsTheCollectionAgainstTheSandbox();
    void aWrongKeyFailsTheAssertionsItShould();
    void heroCliRunAgreesWithHttpyac();

private:
    QProcess m_sandbox;
    QString m_baseUrl;
};

void TestHttpyac::initTestCase()
{
    m_sandbox.start(Sandbox, {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 10000);
    const QString line = QString::fromUtf8(m_sandbox.readLine()).trimmed();
    const QRegularExpressionMatch ready =
        QRegularExpression(
            QStringLiteral("^hero-sandbox listening on (http://127\\.0\\.0\\.1:[0-9]+)$"))
            .match(line);
    QVERIFY2(ready.hasMatch(), qPrintable(line));
    m_baseUrl = ready.captured(1);
}

void TestHttpyac::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(10000);
}

void TestHttpyac::httpyacRunsTheCollectionAgainstTheSandbox()
{
    QString error;
    const QList<HttpyacResult> results =
        runHttpyac(m_baseUrl, QStringLiteral("hero_sbx_full_7Q2mX9"), &error);
    QVERIFY2(!results.isEmpty(), qPrintable(error));

    const QList<std::pair<QString, int>> expected{{QStringLiteral("me"), 200},
                                                  {QStringLiteral("practiceGroups"), 200},
                                                  {QStringLiteral("actForANetworkPartner"), 200},
                                                  {QStringLiteral("outsideTheNetwork"), 403},
                                                  {QStringLiteral("noKey"), 401}};
    QCOMPARE(results.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const HttpyacResult &result = results.at(i);
        QCOMPARE(result.name, expected.at(i).first);
        QCOMPARE(result.status, expected.at(i).second);
        QVERIFY2(result.failed.isEmpty(), qPrintable(result.failed.join(u'\n')));
        QVERIFY(!result.passed.isEmpty());
    }
    QCOMPARE(results.first().passed,
             (QStringList{QStringLiteral("status == 200"),
                          QStringLiteral("content-type contains application/json")}));
    QCOMPARE(results.at(2).passed.last(), QStringLiteral("response.parsedBody.id == 1002"));
}

void TestHttpyac::aWrongKeyFailsTheAssertionsItShould()
{
    // The key comes from HERO_API_KEY and nowhere else, and the harness reports failures.
    QString error;
    const QList<HttpyacResult> results =
        runHttpyac(m_baseUrl, QStringLiteral("hero_sbx_unknown_0000"), &error);
    QVERIFY2(!results.isEmpty(), qPrintable(error));
    for (const HttpyacResult &result : results)
        QCOMPARE(result.status, 401);
    QVERIFY(results.first().failed.contains(QStringLiteral("status == 200: FAILED")));
    QVERIFY(results.last().failed.isEmpty()); // noKey expects the 401
}

void TestHttpyac::heroCliRunAgreesWithHttpyac()
{
    // One collection, both tools, one sandbox: the same statuses and the same assertion
    // results, assertion for assertion. httpyac runs "?? js" lines; hero-cli reports them as
    // skipped, so those are left out of the comparison (and counted, so they are not lost).
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(HERO_INTEROP_FIXTURES "/run/checks.http"),
                        dir.filePath(QStringLiteral("checks.http"))));
    QFile env(dir.filePath(QStringLiteral("http-client.env.json")));
    QVERIFY(env.open(QIODevice::WriteOnly));
    env.write(
        QJsonDocument(
            QJsonObject{{QStringLiteral("sandbox"),
                         QJsonObject{{QStringLiteral("baseUrl"), m_baseUrl},
                                     {QStringLiteral("practiceGroup"), QStringLiteral("1001")},
                                     {QStringLiteral("partnerGroup"), QStringLiteral("1002")},
                                     {QStringLiteral("outsideGroup"), QStringLiteral("2001")}}}})
            .toJson());
    env.close();
    const QString file = dir.filePath(QStringLiteral("checks.http"));

    QString error;
    const QList<HttpyacResult> httpyac =
        runHttpyac(m_baseUrl, QStringLiteral("hero_sbx_full_7Q2mX9"), &error, file);
    QVERIFY2(!httpyac.isEmpty(), qPrintable(error));

    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(HERO_CLI_EXECUTABLE),
              {QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
               m_baseUrl, QStringLiteral("--json"), QStringLiteral("run"), file});
    QVERIFY(cli.waitForFinished(120000));
    QCOMPARE(cli.exitCode(), 2); // "outside" and "appointments" fail in both
    const QJsonArray requests = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                    .object()
                                    .value(QStringLiteral("requests"))
                                    .toArray();
    QCOMPARE(requests.size(), httpyac.size());
    int compared = 0;
    int failedInBoth = 0;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject ours = requests.at(i).toObject();
        const HttpyacResult &theirs = httpyac.at(i);
        QCOMPARE(ours.value(QStringLiteral("name")).toString(), theirs.name);
        QCOMPARE(ours.value(QStringLiteral("status")).toInt(), theirs.status);
        const QJsonArray assertions = ours.value(QStringLiteral("assertions")).toArray();
        const QJsonArray skipped = ours.value(QStringLiteral("skipped")).toArray();
        // Without the js lines httpyac ran (the last of their request in this collection), the
        // rest line up one for one.
        QCOMPARE(qsizetype(assertions.size() + skipped.size()), theirs.outcomes.size());
        qsizetype theirIndex = 0;
        for (const QJsonValue &assertion : assertions) {
            const bool held = assertion[QStringLiteral("passed")].toBool();
            QVERIFY2(held == theirs.outcomes.at(theirIndex),
                     qPrintable(QStringLiteral("%1: %2 here, %3 in httpyac")
                                    .arg(assertion[QStringLiteral("assertion")].toString())
                                    .arg(held)
                                    .arg(theirs.outcomes.at(theirIndex))));
            failedInBoth += held ? 0 : 1;
            ++theirIndex;
            ++compared;
        }
    }
    QCOMPARE(compared, 13);
    QCOMPARE(failedInBoth, 3); // the comparison covers failures, not only passes
}

QTEST_GUILESS_MAIN(TestHttpyac)
#include "tst_httpyac.moc"
