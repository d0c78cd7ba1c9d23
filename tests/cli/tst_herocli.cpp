// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "authproxy.h"
#include "filemodes.h"
#include "hostilespecs.h"
#include "recordingserver.h"
#include "sandboxserver.h"
#include "testcertificates.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Never a real key: planted to prove the CLI never prints what it is given.
const QByteArray Canary = QByteArrayLiteral("hero_canary_CLI_9f3Kx7Qw2Lp");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// hero-cli as a user runs it: exit codes, the --json shape, and no key in any output.
class TestHeroCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void jsonHasTheContractedShape();
    void aCanaryKeyAppearsInNoOutput();
    void endpointsListsTheCatalogue();
    void endpointsReportsWhereASpecIsBroken();
    void diagnoseExplainsANetworkRefusalWithGetProbesOnly();
    void aMissingScopeIsNamedFromTheCatalogue();
    void aCustomEnvironmentSavedByTheExplorerIsFoundById();
    void settingsAreOwnerOnlyWhateverTheUmask_data();
    void settingsAreOwnerOnlyWhateverTheUmask();
    void proxyCredentialsInTheUrlGetThroughAndAreNeverPrinted_data();
    void proxyCredentialsInTheUrlGetThroughAndAreNeverPrinted();
    void aProxyThatAsksForAPasswordIsNamed_data();
    void aProxyThatAsksForAPasswordIsNamed();
    void hintsNameTheCliOptionsNotTheExplorersButtons_data();
    void hintsNameTheCliOptionsNotTheExplorersButtons();
    void aHugeRetryAfterIsALongWaitNotNow_data();
    void aHugeRetryAfterIsALongWaitNotNow();
    void aSpecTooBigToImportIsRefusedWithTheReason_data();
    void aSpecTooBigToImportIsRefusedWithTheReason();
    void requestFromAnHttpFile_data();
    void requestFromAnHttpFile();
    void runChecksACollectionAndWritesJUnit();
    void runBailsFiltersAndSaysWhenNothingAnswers();
    void importWritesTheCollectionAndPrintsWhatWasDropped();
    void importPrintsJson();
    void runRunsACollectionImportedFromPostman();
    void importThatWritesNothingExitsOne_data();
    void importThatWritesNothingExitsOne();
    void messagesAreTranslatedInThePseudoLocale();

private:
    QStringList args(std::initializer_list<const char *> items) const;
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            const QStringList &extraEnvironment = {});

    QTemporaryDir m_home;
    SandboxServer m_sandbox;
    QString m_base;
};

void TestHeroCli::initTestCase()
{
    QVERIFY(m_home.isValid());
    QString error;
    SandboxOptions options;
    options.faults = true;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_base = m_sandbox.baseUrl().toString();
}

QStringList TestHeroCli::args(std::initializer_list<const char *> items) const
{
    QStringList list;
    for (const char *item : items)
        list.append(qstrcmp(item, "@base") == 0 ? m_base : QString::fromUtf8(item));
    return list;
}

Run TestHeroCli::cli(const QStringList &arguments, const QByteArray &input,
                     const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the user's keyring
    for (const QString &item : extraEnvironment)
        environment.insert(item.section(u'=', 0, 0), item.section(u'=', 1));
    process.setProcessEnvironment(environment);
    // The sandbox lives in this process: keep the event loop turning while the CLI runs.
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(HERO_CLI_EXE), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestHeroCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expected");
    const QStringList sandbox = args({"--env", "sandbox", "--base-url", "@base"});
    const QStringList dead = args({"--env", "custom", "--base-url", "http://127.0.0.1:9",
                                   "--key-env", "HERO_TEST_KEY", "--practice-group", "1001"});
    QTest::newRow("2xx") << sandbox + args({"request", "GET", "/v1/me"}) << 0;
    QTest::newRow("usage: no command") << QStringList() << 1;
    QTest::newRow("usage: unknown command") << args({"frobnicate"}) << 1;
    QTest::newRow("usage: bad json body")
        << sandbox + args({"request", "POST", "/v1/messages/send", "--data", "{oops"}) << 1;
    QTest::newRow("http error 403")
        << sandbox + args({"--practice-group", "2001", "request", "GET", "/v1/me"}) << 2;
    QTest::newRow("http error 404") << sandbox + args({"request", "GET", "/v1/nope"}) << 2;
    QTest::newRow("transport: connection refused")
        << dead + args({"request", "GET", "/v1/me"}) << 3;
    QTest::newRow("refused: header injection") << sandbox
            + args({"--practice-group", "1001\r\nx-injected: yes", "request", "GET", "/v1/me"})
                                               << 4;
    QTest::newRow("refused: plain http to a remote host")
        << args({"--env", "custom", "--base-url", "http://example.invalid", "--key-env",
                 "HERO_TEST_KEY", "--practice-group", "1", "request", "GET", "/v1/me"})
        << 4;
    QTest::newRow("refused: production write unconfirmed")
        << args({"--env", "production", "--key-env", "HERO_TEST_KEY", "--practice-group", "1",
                 "request", "POST", "/v1/messages/send", "--data", "{}"})
        << 4;
    QTest::newRow("keychain: nothing saved")
        << args({"--env", "staging", "--practice-group", "1", "request", "GET", "/v1/me"}) << 5;
}

void TestHeroCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expected);
    const Run run =
        cli(arguments, {}, {QStringLiteral("HERO_TEST_KEY=") + QString::fromLatin1(Canary)});
    QVERIFY2(run.exitCode == expected,
             qPrintable(QStringLiteral("exit %1, stderr: %2")
                            .arg(run.exitCode)
                            .arg(QString::fromUtf8(run.err))));
}

void TestHeroCli::jsonHasTheContractedShape()
{
    const Run run =
        cli({QStringLiteral("--json"), QStringLiteral("--base-url"), m_base,
             QStringLiteral("--practice-group"), QStringLiteral("2001"), QStringLiteral("request"),
             QStringLiteral("GET"), QStringLiteral("/v1/me")});
    QCOMPARE(run.exitCode, 2);
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value(u"status").toInt(), 403);
    QVERIFY(object.value(u"headers").isObject());
    QCOMPARE(object.value(u"body").toObject().value(u"error").toString(),
             QStringLiteral("forbidden"));
    QVERIFY(object.value(u"elapsed_ms").isDouble());
    const QJsonObject diagnosis = object.value(u"diagnosis").toObject();
    QCOMPARE(diagnosis.value(u"code").toString(), QStringLiteral("cross_org_forbidden"));
    for (const char *field : {"title", "cause", "next_step"})
        QVERIFY2(!diagnosis.value(QLatin1String(field)).toString().isEmpty(), field);
    const QJsonObject rate = object.value(u"rate").toObject();
    QCOMPARE(rate.value(u"used").toInt(), 1);
    QCOMPARE(rate.value(u"limit").toInt(), 300);
    QCOMPARE(rate.value(u"window_s").toInt(), 60);
    QVERIFY(rate.contains(u"retry_after_s"));
}

void TestHeroCli::aCanaryKeyAppearsInNoOutput()
{
    // "@base" stands for the sandbox's base URL.
    const QList<QStringList> commands = {
        args({"--json", "--env", "custom", "--base-url", "@base", "--key-env", "HERO_TEST_KEY",
              "--practice-group", "1001", "request", "GET", "/v1/me"}),
        args({"--env", "custom", "--base-url", "@base", "--key-env", "HERO_TEST_KEY",
              "--practice-group", "1001", "request", "GET", "/v1/me", "--header",
              "x-sandbox-fault:status=500", "--no-retry"}),
        args({"--env", "custom", "--base-url", "@base", "--key-stdin", "--practice-group", "2001",
              "diagnose", "GET", "/v1/me"}),
        args({"--json", "--env", "custom", "--base-url", "http://127.0.0.1:9", "--key-env",
              "HERO_TEST_KEY", "--practice-group", "1", "request", "GET", "/v1/me"}),
    };
    const QList<QByteArray> forms = {
        Canary, Canary.toBase64(), QUrl::toPercentEncoding(QString::fromLatin1(Canary)),
        QByteArray(reinterpret_cast<const char *>(QString::fromLatin1(Canary).utf16()),
                   Canary.size() * 2)};
    for (const QStringList &arguments : commands) {
        const Run run = cli(arguments, Canary + '\n',
                            {QStringLiteral("HERO_TEST_KEY=") + QString::fromLatin1(Canary)});
        QVERIFY(run.exitCode >= 0);
        for (const QByteArray &form : forms) {
            QVERIFY2(!run.out.contains(form), qPrintable(arguments.join(u' ')));
            QVERIFY2(!run.err.contains(form), qPrintable(arguments.join(u' ')));
        }
        // The key that was used is still identifiable by its redacted form, "…" and its last
        // four characters.
        if (arguments.contains(QStringLiteral("--json")) && run.exitCode == 2)
            QVERIFY(run.out.contains(QByteArray(QStringLiteral("…").toUtf8() + Canary.right(4))));
    }
}

void TestHeroCli::endpointsListsTheCatalogue()
{
    const Run run = cli({QStringLiteral("endpoints")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 47);
    QVERIFY(run.out.contains("GET /v1/me  "));
    QVERIFY(run.out.contains("POST /v1/messages/send  "));
    const Run tagged =
        cli({QStringLiteral("endpoints"), QStringLiteral("--tag"), QStringLiteral("Webhooks")});
    QCOMPARE(tagged.exitCode, 0);
    QCOMPARE(tagged.out.trimmed().split('\n').size(), 2);
}

void TestHeroCli::endpointsReportsWhereASpecIsBroken()
{
    const QString file = m_home.filePath(QStringLiteral("broken.json"));
    QFile spec(file);
    QVERIFY(spec.open(QIODevice::WriteOnly));
    spec.write(
        "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\n    \"/v1/x\": {\"get\": }\n  }\n}\n");
    spec.close();
    const Run run = cli({QStringLiteral("endpoints"), QStringLiteral("--spec"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 4"), run.err.constData());
}

void TestHeroCli::diagnoseExplainsANetworkRefusalWithGetProbesOnly()
{
    const Run run =
        cli({QStringLiteral("--json"), QStringLiteral("--base-url"), m_base,
             QStringLiteral("--practice-group"), QStringLiteral("2001"), QStringLiteral("diagnose"),
             QStringLiteral("POST"), QStringLiteral("/v1/messages/send"), QStringLiteral("--data"),
             QStringLiteral("{}")});
    QCOMPARE(run.exitCode, 2);
    const QJsonObject object = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(object.value(u"verdict").toString(), QStringLiteral("no_shared_network"));
    const QJsonArray probes = object.value(u"probes").toArray();
    QVERIFY(!probes.isEmpty());
    for (const QJsonValue &probe : probes)
        QCOMPARE(probe.toObject().value(u"method").toString(), QStringLiteral("GET"));
}

void TestHeroCli::aMissingScopeIsNamedFromTheCatalogue()
{
    // hero-cli reads its catalogue only when a diagnosis needs it. The sandbox says "booking";
    // "Booking" can only come from the catalogue's scope for /v1/appointment_types.
    const QString key = QStringLiteral("HERO_TEST_KEY=hero_sbx_msg_K4pL8v"); // messaging only
    for (const char *command : {"request", "diagnose"}) {
        const Run run = cli(
            args({"--json", "--env", "custom", "--base-url", "@base", "--key-env", "HERO_TEST_KEY",
                  "--practice-group", "1001", command, "GET", "/v1/appointment_types"}),
            {}, {key});
        QVERIFY2(run.exitCode == 2, command);
        const QJsonObject diagnosis =
            QJsonDocument::fromJson(run.out).object().value(u"diagnosis").toObject();
        QCOMPARE(diagnosis.value(u"code").toString(), QStringLiteral("missing_scope"));
        QVERIFY2(diagnosis.value(u"cause").toString().contains(u"\"Booking\" scope"),
                 run.out.constData());
    }
}

void TestHeroCli::aCustomEnvironmentSavedByTheExplorerIsFoundById()
{
    {
        // Where the explorer keeps its settings under this HOME (QSettings' native format).
        QSettings settings(
            m_home.filePath(QStringLiteral("config/HeroApiExplorer/Hero API Explorer.conf")),
            QSettings::IniFormat);
        settings.beginWriteArray(QStringLiteral("customEnvironments"));
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("id"), QStringLiteral("custom-1"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("Partner gateway"));
        settings.setValue(QStringLiteral("baseUrl"), m_base);
        settings.endArray();
    }
    const QStringList request = args({"--key-env", "HERO_TEST_KEY", "--practice-group", "1001",
                                      "--json", "request", "GET", "/v1/me"});
    const QString key = QStringLiteral("HERO_TEST_KEY=hero_sbx_full_7Q2mX9");
    const Run known = cli(args({"--env", "custom-1"}) + request, {}, {key});
    QCOMPARE(known.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(known.out).object().value(u"status").toInt(), 200);

    const Run unknown = cli(args({"--env", "custom-9"}) + request, {}, {key});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains("custom-1"), unknown.err.constData()); // names what exists
}

void TestHeroCli::settingsAreOwnerOnlyWhateverTheUmask_data()
{
    QTest::addColumn<int>("mask");
    QTest::addColumn<bool>("loose"); // the folder and file already there, readable by all
    QTest::newRow("umask 022, new") << 022 << false;
    QTest::newRow("umask 000, new") << 0 << false;
    QTest::newRow("umask 000, loose") << 0 << true;
}

void TestHeroCli::settingsAreOwnerOnlyWhateverTheUmask()
{
#ifdef Q_OS_UNIX
    QFETCH(int, mask);
    QFETCH(bool, loose);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("config"));
    const QString folder = config + QStringLiteral("/HeroApiExplorer");
    const QString file = folder + QStringLiteral("/Hero API Explorer.conf");
    const FileModes::ScopedUmask underMask{mode_t(mask)}; // hero-cli inherits it
    if (loose) {
        QVERIFY(QDir().mkpath(folder));
        QSettings settings(file, QSettings::IniFormat);
        settings.setValue(QStringLiteral("environment/last"), QStringLiteral("sandbox"));
    }
    const Run run = cli(args({"--env", "sandbox", "--base-url", "@base", "--key-env",
                              "HERO_TEST_KEY", "request", "GET", "/v1/me"}),
                        {},
                        {QStringLiteral("HERO_TEST_KEY=hero_sbx_full_7Q2mX9"),
                         u"HOME=" + home.path(), u"XDG_CONFIG_HOME=" + config});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(FileModes::modeOf(folder), 0700);
    QCOMPARE(FileModes::modeOf(file), 0600);
    QCOMPARE(FileModes::modeOf(config), 0777 & ~mask); // the user's, not ours
    if (loose)
        QCOMPARE(QSettings(file, QSettings::IniFormat)
                     .value(QStringLiteral("environment/last"))
                     .toString(),
                 QStringLiteral("sandbox"));
#else
    QSKIP("POSIX modes");
#endif
}

namespace {

const QByteArray ProxyPassword = QByteArrayLiteral("cli_proxy_canary_Rt5:p@ss");
const QByteArray SandboxKey = QByteArrayLiteral("hero_sbx_full_7Q2mX9");

// The sandbox over HTTPS as api.proxied.test, reachable only through a proxy demanding Basic
// authentication that tunnels CONNECTs to it.
struct ProxiedSandbox
{
    QTemporaryDir dir;
    std::optional<TestCertificates> certificates;
    SandboxServer sandbox;
    AuthProxy proxy{"alice", ProxyPassword};

    bool start(QString *error)
    {
        certificates = TestCertificates::create(dir.path(), error);
        if (!certificates)
            return false;
        SandboxOptions options;
        options.tlsCertFile = certificates->certFile;
        options.tlsKeyFile = certificates->keyFile;
        if (!sandbox.start(options, error) || !proxy.listen())
            return false;
        proxy.setTunnelPort(quint16(sandbox.baseUrl().port()));
        return true;
    }

    QStringList arguments(bool json) const
    {
        QStringList list{QStringLiteral("--env"),
                         QStringLiteral("custom"),
                         QStringLiteral("--base-url"),
                         QStringLiteral("https://api.proxied.test"),
                         QStringLiteral("--ca-file"),
                         certificates->caFile,
                         QStringLiteral("--key-env"),
                         QStringLiteral("HERO_TEST_KEY"),
                         QStringLiteral("--practice-group"),
                         QStringLiteral("1001")};
        if (json)
            list << QStringLiteral("--json");
        return list << QStringLiteral("request") << QStringLiteral("GET")
                    << QStringLiteral("/v1/me");
    }
};

void addProxyVariables()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<bool>("json");
    QTest::newRow("https_proxy") << QStringLiteral("https_proxy") << false;
    QTest::newRow("https_proxy --json") << QStringLiteral("https_proxy") << true;
    QTest::newRow("http_proxy (the fallback)") << QStringLiteral("http_proxy") << false;
}

} // namespace

void TestHeroCli::proxyCredentialsInTheUrlGetThroughAndAreNeverPrinted_data()
{
    addProxyVariables();
}

void TestHeroCli::proxyCredentialsInTheUrlGetThroughAndAreNeverPrinted()
{
    QFETCH(QString, variable);
    QFETCH(bool, json);
    ProxiedSandbox world;
    QString error;
    if (!world.start(&error))
        QSKIP(qPrintable(error));
    const QString proxyUrl = QString::fromLatin1(world.proxy.url("alice", ProxyPassword));
    const Run run = cli(world.arguments(json), {},
                        {variable + u'=' + proxyUrl, QStringLiteral("no_proxy="),
                         QStringLiteral("HERO_TEST_KEY=") + QString::fromLatin1(SandboxKey)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(world.proxy.authorizedCount() >= 1);
    const QByteArray output = QByteArray(run.out + run.err);
    for (const QByteArray &form : {ProxyPassword, ProxyPassword.toPercentEncoding(),
                                   ProxyPassword.toBase64(), QByteArray("alice:")})
        QVERIFY2(!output.contains(form), form.constData());
}

void TestHeroCli::aProxyThatAsksForAPasswordIsNamed_data()
{
    addProxyVariables();
}

void TestHeroCli::aProxyThatAsksForAPasswordIsNamed()
{
    QFETCH(QString, variable);
    QFETCH(bool, json);
    ProxiedSandbox world;
    QString error;
    if (!world.start(&error))
        QSKIP(qPrintable(error));
    const QString bare = QString::fromLatin1(world.proxy.url());
    Run run = cli(world.arguments(json), {},
                  {variable + u'=' + bare, QStringLiteral("no_proxy="),
                   QStringLiteral("HERO_TEST_KEY=") + QString::fromLatin1(SandboxKey)});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(world.proxy.name().toLatin1()), run.err.constData());
    QVERIFY2(run.err.contains(QByteArray(variable.toLatin1() + "=http://USER:PASSWORD@")),
             run.err.constData());
    QCOMPARE(world.proxy.authorizedCount(), 0);

    // Wrong ones: refused once, named, never printed, never retried in a loop.
    const int before = int(world.proxy.requests().size());
    const QString wrong = QString::fromLatin1(world.proxy.url("alice", "not-it-Zx9"));
    run = cli(world.arguments(json), {},
              {variable + u'=' + wrong, QStringLiteral("no_proxy="),
               QStringLiteral("HERO_TEST_KEY=") + QString::fromLatin1(SandboxKey)});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("refused"), run.err.constData());
    QVERIFY(!QByteArray(run.out + run.err).contains("not-it-Zx9"));
    QVERIFY(world.proxy.requests().size() - before <= 4); // the key check's retries included
}

void TestHeroCli::hintsNameTheCliOptionsNotTheExplorersButtons_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("hints");
    const QStringList sandbox = args({"--env", "sandbox", "--base-url", "@base", "--no-retry"});
    QTest::newRow("production write unconfirmed")
        << args({"--env", "production", "--key-env", "HERO_TEST_KEY", "--practice-group", "1",
                 "request", "POST", "/v1/messages/send", "--data", "{}"})
        << QStringList{QStringLiteral("--confirm-production"), QStringLiteral("hero-cli refused")};
    QTest::newRow("cross-organisational 403")
        << sandbox + args({"--practice-group", "2001", "request", "GET", "/v1/me"})
        << QStringList{QStringLiteral("--practice-group 1001"),
                       QStringLiteral("hero-cli diagnose GET /v1/me")};
    QTest::newRow("invalid key 401") << sandbox
            + args({"--key-env", "HERO_TEST_KEY", "--practice-group", "1001", "request", "GET",
                    "/v1/me"}) << QStringList{QStringLiteral("keys list")};
    QTest::newRow("rate limited 429")
        << sandbox + args({"request", "GET", "/v1/me", "--header", "x-sandbox-fault: status=429"})
        << QStringList{QStringLiteral("Run the command again"), QStringLiteral("per 60 s")};
    QTest::newRow("connection refused") << args(
        {"--env", "custom", "--base-url", "http://127.0.0.1:9", "--key-env", "HERO_TEST_KEY",
         "--practice-group", "1001", "--no-retry", "request", "GET", "/v1/me"})
                                        << QStringList{QStringLiteral("https_proxy")};
}

// Issue 13: hero-cli pointed at the explorer's buttons ("→ Show the rate limit") and its
// production refusal did not name --confirm-production.
void TestHeroCli::hintsNameTheCliOptionsNotTheExplorersButtons()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, hints);
    const Run run =
        cli(arguments, {}, {QStringLiteral("HERO_TEST_KEY=") + QString::fromLatin1(Canary)});
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(u"→ "), qPrintable(err));
    for (const QString &hint : hints)
        QVERIFY2(err.contains(hint), qPrintable(hint + u" missing in:\n" + err));
    for (const char *button :
         {"Open the key manager", "Show the rate limit", "Switch to the home practice group",
          "Run the 403 doctor", "Copy a support report", "Review the request and confirm it",
          "the explorer"})
        QVERIFY2(!err.contains(QLatin1String(button)), qPrintable(err));
}

void TestHeroCli::aHugeRetryAfterIsALongWaitNotNow_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("json");
    QTest::newRow("10^30 seconds") << QByteArray("1" + QByteArray(30, '0')) << false;
    QTest::newRow("10^30 seconds, --json") << QByteArray("1" + QByteArray(30, '0')) << true;
    QTest::newRow("2^64 seconds") << QByteArray("18446744073709551616") << false;
    QTest::newRow("400 digits") << QByteArray(400, '9') << false;
}

// Issue 14: after a 429 whose Retry-After was larger than 2^64 seconds, the number overflowed
// into "now" and hero-cli sent five requests in six seconds. It sends one, and says how long.
void TestHeroCli::aHugeRetryAfterIsALongWaitNotNow()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, json);
    RecordingServer server;
    QVERIFY(server.listen());
    server.setDefaultScript(RecordingServer::respond(
        429, R"({"error":"rate_limit_exceeded"})",
        {{"Content-Type", "application/json"}, {"Retry-After", retryAfter}}));
    QStringList arguments{QStringLiteral("--env"),
                          QStringLiteral("custom"),
                          QStringLiteral("--base-url"),
                          server.url().toString(),
                          QStringLiteral("--key-env"),
                          QStringLiteral("HERO_TEST_KEY"),
                          QStringLiteral("--practice-group"),
                          QStringLiteral("1001")};
    if (json)
        arguments << QStringLiteral("--json");
    arguments << QStringLiteral("request") << QStringLiteral("GET") << QStringLiteral("/v1/me");
    const Run run =
        cli(arguments, {}, {QStringLiteral("HERO_TEST_KEY=") + QString::fromLatin1(Canary)});
    QCOMPARE(server.requestCount(), 1);
    QVERIFY2(run.exitCode == 2, run.err.constData());
    QVERIFY2(!run.err.contains("retrying"), run.err.constData());
    if (json) {
        const QJsonObject object = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(object.value(QStringLiteral("attempts")).toInt(), 1);
        QCOMPARE(object.value(QStringLiteral("rate"))
                     .toObject()
                     .value(QStringLiteral("retry_after_s"))
                     .toInt(),
                 24 * 60 * 60);
    } else {
        QVERIFY2(run.err.contains("The server asks to wait a day or more."), run.err.constData());
        QVERIFY2(run.err.contains("Run the command again in a day or more"), run.err.constData());
    }
}

void TestHeroCli::aSpecTooBigToImportIsRefusedWithTheReason_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("reason");
    QTest::newRow("$ref breadth") << QStringLiteral("breadth.json") << HostileSpecs::refBreadth()
                                  << QStringLiteral("refer to each other too much");
    QTest::newRow("YAML billion laughs")
        << QStringLiteral("laughs.yaml") << HostileSpecs::billionLaughs()
        << QStringLiteral("aliases");
}

void TestHeroCli::aSpecTooBigToImportIsRefusedWithTheReason()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, spec);
    QFETCH(QString, reason);
    const QString file = m_home.filePath(fileName);
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(spec);
    out.close();
    const Run run = cli({QStringLiteral("endpoints"), QStringLiteral("--spec"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(QString::fromUtf8(run.err).contains(reason), run.err.constData());
    QVERIFY2(run.err.contains("stopped after"), run.err.constData());
}

void TestHeroCli::requestFromAnHttpFile_data()
{
    QTest::addColumn<QString>("from"); // relative to the collection folder
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("message"); // in stderr

    // The file's own group (1001, from the environment file) wins over --practice-group 2001,
    // which the sandbox would answer with 403.
    QTest::newRow("variables from the file and the environment file")
        << QStringLiteral("calls.http#me") << 0 << QString();
    QTest::newRow("environment file of a parent folder")
        << QStringLiteral("sub/one.http") << 0 << QString();
    QTest::newRow("unresolved variable named")
        << QStringLiteral("calls.http#missing") << 1 << QStringLiteral("{{nowhere}}");
    QTest::newRow("another origin refused") << QStringLiteral("calls.http#elsewhere") << 4
                                            << QStringLiteral("https://api.hero.health:443");
    QTest::newRow("literal key refused, never sent")
        << QStringLiteral("calls.http#literal") << 4 << QStringLiteral("literal");
    QTest::newRow("no such name") << QStringLiteral("calls.http#nosuch") << 1
                                  << QStringLiteral("no request named \"nosuch\"");
    QTest::newRow("several requests need a name")
        << QStringLiteral("calls.http") << 1 << QStringLiteral("name one with");
}

void TestHeroCli::requestFromAnHttpFile()
{
    QFETCH(QString, from);
    QFETCH(int, expected);
    QFETCH(QString, message);

    QTemporaryDir collection;
    QVERIFY(collection.isValid());
    QVERIFY(QDir(collection.path()).mkdir(QStringLiteral("sub")));
    const auto write = [&collection](const char *name, const QByteArray &bytes) {
        QFile file(collection.filePath(QString::fromLatin1(name)));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write("http-client.env.json", R"({"sandbox": {"group": "1001"}})"));
    QVERIFY(write("calls.http",
                  "@me = /v1/me\n"
                  "### me\nGET {{me}}\nx-api-key: {{$processEnv HERO_API_KEY}}\n"
                  "x-practice-group-id: {{group}}\n\n"
                  "### missing\nGET /v1/practice-groups/{{nowhere}}\n\n"
                  "### elsewhere\nGET https://api.hero.health/v1/me\n\n"
                  "### literal\nGET /v1/me\nx-api-key: "
                      + Canary + "\n"));
    QVERIFY(write("sub/one.http", "GET /v1/me\nx-practice-group-id: {{group}}\n"));

    const Run run =
        cli({QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--base-url"),
             m_base, QStringLiteral("--practice-group"), QStringLiteral("2001"),
             QStringLiteral("request"), QStringLiteral("--from"), collection.filePath(from)});
    QVERIFY2(run.exitCode == expected,
             qPrintable(QStringLiteral("exit %1, stderr: %2")
                            .arg(run.exitCode)
                            .arg(QString::fromUtf8(run.err))));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(!run.out.contains(Canary) && !run.err.contains(Canary));
}

namespace {

// Checks a partner runs before each release: one value chained into the next request, and a
// call the API refuses.
const QByteArray RunChecks = "### me\n"
                             "GET /v1/me\n"
                             "x-api-key: {{$processEnv HERO_API_KEY}}\n"
                             "\n"
                             "?? status == 200\n"
                             "?? body network.id == 10\n"
                             "\n"
                             "### groups\n"
                             "GET /v1/practice-groups\n"
                             "\n"
                             "?? body count >= 3\n"
                             "\n"
                             "### hub\n"
                             "GET /v1/me\n"
                             "x-practice-group-id: {{groups.data[2].id}}\n"
                             "\n"
                             "?? body id == 1003\n"
                             "\n"
                             "### elm\n"
                             "GET /v1/me\n"
                             "x-practice-group-id: 2001\n"
                             "\n"
                             "?? status == 200\n";

} // namespace

void TestHeroCli::runChecksACollectionAndWritesJUnit()
{
    QTemporaryDir collection;
    QFile file(collection.filePath(QStringLiteral("checks.http")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(RunChecks);
    file.close();
    const QString junit = collection.filePath(QStringLiteral("report.xml"));
    const Run run = cli(args({"--env", "sandbox", "--base-url", "@base"})
                        + QStringList{QStringLiteral("run"), collection.path(),
                                      QStringLiteral("--reporter"), u"junit=" + junit});
    QCOMPARE(run.exitCode, 2); // an assertion failed
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("✓ me  GET /v1/me  200")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("✓ hub  GET /v1/me  200")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("✗ elm  GET /v1/me  403")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("✗ status == 200 (got 403)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("3 of 4 requests passed, 1 failed")), qPrintable(out));

    // The JUnit file, read back by another parser than ours (Python's), as a CI system would.
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, xml.etree.ElementTree as ET\n"
                                 "root = ET.parse(sys.argv[1]).getroot()\n"
                                 "print(root.tag, root.get('tests'), root.get('failures'))\n"
                                 "for case in root.iter('testcase'):\n"
                                 "    failure = case.find('failure')\n"
                                 "    print(case.get('name'), 'FAIL' if failure is not None "
                                 "else 'OK')\n"),
                  junit});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()),
             QStringLiteral("testsuites 4 1\nme OK\ngroups OK\nhub OK\nelm FAIL\n"));

    // --json: the same run for scripts.
    const Run json = cli(args({"--env", "sandbox", "--base-url", "@base", "--json"})
                         + QStringList{QStringLiteral("run"), file.fileName()});
    QCOMPARE(json.exitCode, 2);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(
        report.value(QStringLiteral("summary")).toObject().value(QStringLiteral("passed")).toInt(),
        3);
    QCOMPARE(report.value(QStringLiteral("requests")).toArray().size(), 4);
}

void TestHeroCli::runBailsFiltersAndSaysWhenNothingAnswers()
{
    QTemporaryDir collection;
    const QString path = collection.filePath(QStringLiteral("checks.http"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes = RunChecks;
    file.write(bytes.replace("?? body count >= 3", "?? body count >= 30"));
    file.close();

    Run run = cli(args({"--env", "sandbox", "--base-url", "@base"})
                  + QStringList{QStringLiteral("run"), path, QStringLiteral("--bail")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("2 not run"), run.out.constData());
    QVERIFY(!run.out.contains("hub"));

    // Only the requests named "me" and "hub": each holds, so the run passes.
    run = cli(args({"--env", "sandbox", "--base-url", "@base"})
              + QStringList{QStringLiteral("run"), path, QStringLiteral("--filter"),
                            QStringLiteral("me")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("1 of 1 requests passed"), run.out.constData());

    // Nothing listens there: no answer is exit 3, not an assertion failure.
    run = cli(args({"--env", "custom", "--base-url", "http://127.0.0.1:9", "--key-env", "HERO_KEY",
                    "--practice-group", "1001", "--no-retry"})
                  + QStringList{QStringLiteral("run"), path, QStringLiteral("--filter"),
                                QStringLiteral("me")},
              {}, {QStringLiteral("HERO_KEY=hero_sbx_full_7Q2mX9")});
    QCOMPARE(run.exitCode, 3);

    run = cli(args({"--env", "sandbox", "--base-url", "@base"})
              + QStringList{QStringLiteral("run"), path, QStringLiteral("--filter"),
                            QStringLiteral("nothing-by-this-name")});
    QCOMPARE(run.exitCode, 1);
}

namespace {

QString postmanFixture(const char *name)
{
    return QStringLiteral(HERO_COLLECTION_FIXTURES "/postman/") + QString::fromUtf8(name);
}

} // namespace

void TestHeroCli::importWritesTheCollectionAndPrintsWhatWasDropped()
{
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("partner calls"));
    const Run run =
        cli({QStringLiteral("import"), postmanFixture("hero-api.v2.1.postman_collection.json"),
             QStringLiteral("--to"), target, QStringLiteral("--env-file"),
             postmanFixture("hero-staging.postman_environment.json")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(QStringLiteral("Imported 12 requests from Postman Collection v2.1 "
                                           "into %1 (8 files).\nDropped or ignored:\n")
                                .arg(target)),
             qPrintable(out));
    QVERIFY(out.contains(
        QStringLiteral("\n  Appointments/Book an appointment: auth (apikey) dropped\n")));
    QVERIFY(out.contains(
        QStringLiteral("\n  Hero staging: variable heroKey dropped (secret value)\n")));
    QVERIFY(!run.out.contains("PLANTED") && !run.err.contains("PLANTED"));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/Appointments/Appointments.http")));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/http-client.env.json")));
}

void TestHeroCli::importPrintsJson()
{
    QTemporaryDir parent;
    const Run run = cli({QStringLiteral("--json"), QStringLiteral("import"),
                         postmanFixture("hero-api.v2.0.postman_collection.json"),
                         QStringLiteral("--to"), parent.filePath(QStringLiteral("v20"))});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(result.value(QStringLiteral("format")).toString(),
             QStringLiteral("Postman Collection v2.0"));
    QCOMPARE(result.value(QStringLiteral("requests")).toInt(), 3);
    QCOMPARE(result.value(QStringLiteral("files")).toArray().size(), 3);
    const QJsonArray dropped = result.value(QStringLiteral("dropped")).toArray();
    QCOMPARE(dropped.size(), 6);
    QCOMPARE(dropped.last().toObject(),
             (QJsonObject{{QStringLiteral("where"), QStringLiteral("Webhooks")},
                          {QStringLiteral("what"), QStringLiteral("auth (bearer) dropped")}}));
}

void TestHeroCli::importThatWritesNothingExitsOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString broken = postmanFixture("broken.postman_collection.json");
    const QString v21 = postmanFixture("hero-api.v2.1.postman_collection.json");
    const QString to = QStringLiteral("--to");
    QTest::newRow("broken") << QStringList{QStringLiteral("import"), broken, to,
                                           QStringLiteral("@out")}
                            << QStringLiteral("line 141, column 7");
    QTest::newRow("v1") << QStringList{QStringLiteral("import"),
                                       postmanFixture("hero-api.v1.postman_collection.json"), to,
                                       QStringLiteral("@out")}
                        << QStringLiteral("Postman Collection v1");
    QTest::newRow("no --to") << QStringList{QStringLiteral("import"), v21}
                             << QStringLiteral("Usage: hero-cli import FILE --to DIR");
    QTest::newRow("target not empty")
        << QStringList{QStringLiteral("import"), v21, to, QStringLiteral("@parent")}
        << QStringLiteral("is not an empty folder");
    QTest::newRow("missing file") << QStringList{
        QStringLiteral("import"), postmanFixture("none.json"), to,
        QStringLiteral("@out")} << QStringLiteral("could not be read");
}

void TestHeroCli::importThatWritesNothingExitsOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir parent;
    QFile kept(parent.filePath(QStringLiteral("kept.http")));
    QVERIFY(kept.open(QIODevice::WriteOnly));
    kept.close();
    arguments.replaceInStrings(QStringLiteral("@out"), parent.filePath(QStringLiteral("out")));
    arguments.replaceInStrings(QStringLiteral("@parent"), parent.path());
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("kept.http")});
}

void TestHeroCli::runRunsACollectionImportedFromPostman()
{
    // A partner arriving from Postman: import, point the collection at the sandbox, run.
    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("from postman"));
    QCOMPARE(cli({QStringLiteral("import"), postmanFixture("hero-api.v2.1.postman_collection.json"),
                  QStringLiteral("--to"), target})
                 .exitCode,
             0);
    QFile env(target + QStringLiteral("/http-client.env.json"));
    QVERIFY(env.open(QIODevice::ReadOnly));
    QJsonObject environments = QJsonDocument::fromJson(env.readAll()).object();
    env.close();
    environments.insert(QStringLiteral("sandbox"),
                        QJsonObject{{QStringLiteral("baseUrl"), m_base}});
    QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
    env.write(QJsonDocument(environments).toJson());
    env.close();

    const Run run = cli(args({"--env", "sandbox", "--base-url", "@base", "--json"})
                        + QStringList{QStringLiteral("run"), target});
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const QJsonArray requests = report.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 12); // every imported request ran or said why not
    QHash<QString, int> statuses;
    for (const QJsonValue &request : requests)
        statuses.insert(request[QStringLiteral("name")].toString(),
                        request[QStringLiteral("status")].toInt());
    QCOMPARE(statuses.value(QStringLiteral("Who am I")), 200);
    QCOMPARE(statuses.value(QStringLiteral("Capabilities")), 200);
    // The planted secrets were dropped on import, so nothing sent or printed holds them.
    QVERIFY(!run.out.contains("PLANTED") && !run.err.contains("PLANTED"));
    QVERIFY2(run.exitCode == 0 || run.exitCode == 2, run.err.constData());
}

// hero-cli installs the translators as the explorer does: with the build's pseudo-locale forced,
// its help and its errors come out bracketed; without it, in the source language.
void TestHeroCli::messagesAreTranslatedInThePseudoLocale()
{
    const QString pseudo = QStringLiteral("HERO_TRANSLATION_FILE=" HERO_PSEUDO_QM);
    const Run help = cli(args({"--help"}), {}, {pseudo});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("[Ŝhöŵ ţhíš héľp. ~~~"), help.out.constData());
    QVERIFY2(help.out.contains("[Çömmáñðš:"), help.out.constData());

    const Run noCommand = cli({}, {}, {pseudo});
    QCOMPARE(noCommand.exitCode, 1);
    QVERIFY2(noCommand.err.startsWith("hero-cli: [Ñö çömmáñð ĝívéñ. ~~"),
             noCommand.err.constData());

    const Run english = cli({});
    QVERIFY2(english.err.startsWith("hero-cli: No command given."), english.err.constData());
}

QTEST_GUILESS_MAIN(TestHeroCli)
#include "tst_herocli.moc"
