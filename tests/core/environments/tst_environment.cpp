// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "environments/environment.h"

#include <QTest>

Q_DECLARE_METATYPE(EnvironmentKind)

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void baseUrlIsHttpsUnlessLoopback_data();
    void baseUrlIsHttpsUnlessLoopback();
    void originHasSchemeHostAndExplicitPort_data();
    void originHasSchemeHostAndExplicitPort();
    void loopbackHostsAreRecognised_data();
    void loopbackHostsAreRecognised();
    void builtInEnvironmentsPointAtTheHeroDeployments();
    void kindIdRoundTrips_data();
    void kindIdRoundTrips();
    void unknownKindIdIsRejected();
    void sandboxEnvironmentUsesTheGivenUrl();
    void equalityComparesEverySetting();
};

void TestEnvironment::baseUrlIsHttpsUnlessLoopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("https host") << QStringLiteral("https://api.herohealth.net") << true;
    QTest::newRow("https with port and prefix")
        << QStringLiteral("https://mock.example:8443/prefix/") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::newRow("http 127.0.0.2") << QStringLiteral("http://127.0.0.2:8080") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8080") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8080") << true;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://api.herohealth.net") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("relative") << QStringLiteral("/v1") << false;
    QTest::newRow("no scheme") << QStringLiteral("api.herohealth.net") << false;
    QTest::newRow("host:port without scheme") << QStringLiteral("localhost:8080") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("http remote") << QStringLiteral("http://api.herohealth.net") << false;
    QTest::newRow("http private address") << QStringLiteral("http://192.168.1.10") << false;
    QTest::newRow("http any address") << QStringLiteral("http://0.0.0.0:8080") << false;
    QTest::newRow("http localhost look-alike")
        << QStringLiteral("http://localhost.evil.example") << false;
    QTest::newRow("http loopback look-alike") << QStringLiteral("http://127.0.0.1.nip.io") << false;
    QTest::newRow("user") << QStringLiteral("https://user@api.herohealth.net") << false;
    QTest::newRow("user and password") << QStringLiteral("https://u:p@api.herohealth.net") << false;
    QTest::newRow("query") << QStringLiteral("https://api.herohealth.net/?k=1") << false;
    QTest::newRow("empty query") << QStringLiteral("https://api.herohealth.net/?") << false;
    QTest::newRow("fragment") << QStringLiteral("https://api.herohealth.net/#x") << false;
}

void TestEnvironment::baseUrlIsHttpsUnlessLoopback()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    const QString problem = baseUrlProblem(QUrl(url));
    QVERIFY2(problem.isEmpty() == acceptable, qPrintable(problem));
}

void TestEnvironment::originHasSchemeHostAndExplicitPort_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("origin");

    QTest::newRow("https default port") << QStringLiteral("https://api.herohealth.net/v1/me")
                                        << QStringLiteral("https://api.herohealth.net:443");
    QTest::newRow("http default port")
        << QStringLiteral("http://localhost/x") << QStringLiteral("http://localhost:80");
    QTest::newRow("explicit port")
        << QStringLiteral("http://127.0.0.1:8080/v1") << QStringLiteral("http://127.0.0.1:8080");
    QTest::newRow("explicit default port") << QStringLiteral("https://api.herohealth.net:443")
                                           << QStringLiteral("https://api.herohealth.net:443");
    QTest::newRow("case folded") << QStringLiteral("HTTPS://API.HeroHealth.NET/")
                                 << QStringLiteral("https://api.herohealth.net:443");
    QTest::newRow("path, query and user ignored")
        << QStringLiteral("https://u@api.herohealth.net/a?b#c")
        << QStringLiteral("https://api.herohealth.net:443");
    QTest::newRow("IPv6 keeps its brackets")
        << QStringLiteral("http://[::1]:8080/v1") << QStringLiteral("http://[::1]:8080");
    QTest::newRow("no host") << QStringLiteral("/v1/me") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEnvironment::originHasSchemeHostAndExplicitPort()
{
    QFETCH(QString, url);
    QFETCH(QString, origin);
    QCOMPARE(originOf(QUrl(url)), origin);
}

void TestEnvironment::loopbackHostsAreRecognised_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.0.9") << QStringLiteral("127.255.0.9") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("10.0.0.1") << QStringLiteral("10.0.0.1") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("localhost.evil.example") << QStringLiteral("localhost.evil.example") << false;
    QTest::newRow("evil-localhost") << QStringLiteral("evillocalhost") << false;
    QTest::newRow("127.0.0.1.nip.io") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("api.herohealth.net") << QStringLiteral("api.herohealth.net") << false;
}

void TestEnvironment::loopbackHostsAreRecognised()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(isLoopbackHost(host), loopback);
}

void TestEnvironment::builtInEnvironmentsPointAtTheHeroDeployments()
{
    const QList<Environment> environments = builtInEnvironments();
    QCOMPARE(environments.size(), 3);

    QCOMPARE(environments.at(0).id, QStringLiteral("staging"));
    QCOMPARE(environments.at(0).kind, EnvironmentKind::Staging);
    QCOMPARE(environments.at(0).baseUrl, QUrl(QStringLiteral("https://api.staging.htech.app")));
    QCOMPARE(environments.at(1).id, QStringLiteral("production"));
    QCOMPARE(environments.at(1).kind, EnvironmentKind::Production);
    QCOMPARE(environments.at(1).baseUrl, QUrl(QStringLiteral("https://api.herohealth.net")));
    QCOMPARE(environments.at(2).id, QStringLiteral("portal-mock"));
    QCOMPARE(environments.at(2).kind, EnvironmentKind::PortalMock);
    QCOMPARE(
        environments.at(2).baseUrl,
        QUrl(QStringLiteral("https://developer.herohealth.net/_mock/apis/public-api/openapi")));

    for (const Environment &env : environments) {
        QVERIFY2(baseUrlProblem(env.baseUrl).isEmpty(), qPrintable(env.id));
        QVERIFY(!env.name.isEmpty());
        QVERIFY(env.caFile.isEmpty()); // the system store, unless the user names a CA
        QCOMPARE(env.timeoutMs, 30000);
        QCOMPARE(env.rateLimit, 300);
        QCOMPARE(env.rateWindowSeconds, 60);
        QCOMPARE(env.isProduction(), env.kind == EnvironmentKind::Production);
        QCOMPARE(builtInEnvironment(env.kind), env);
    }
    QCOMPARE(environments.at(1).origin(), QStringLiteral("https://api.herohealth.net:443"));
}

void TestEnvironment::kindIdRoundTrips_data()
{
    QTest::addColumn<EnvironmentKind>("kind");
    QTest::addColumn<QString>("id");

    QTest::newRow("staging") << EnvironmentKind::Staging << QStringLiteral("staging");
    QTest::newRow("production") << EnvironmentKind::Production << QStringLiteral("production");
    QTest::newRow("portal mock") << EnvironmentKind::PortalMock << QStringLiteral("portal-mock");
    QTest::newRow("sandbox") << EnvironmentKind::Sandbox << QStringLiteral("sandbox");
    QTest::newRow("custom") << EnvironmentKind::Custom << QStringLiteral("custom");
}

void TestEnvironment::kindIdRoundTrips()
{
    QFETCH(EnvironmentKind, kind);
    QFETCH(QString, id);
    QCOMPARE(environmentKindId(kind), id);
    EnvironmentKind parsed = EnvironmentKind::Custom;
    QVERIFY(environmentKindFromId(id, &parsed));
    QCOMPARE(parsed, kind);
}

void TestEnvironment::unknownKindIdIsRejected()
{
    EnvironmentKind parsed = EnvironmentKind::Staging;
    QVERIFY(!environmentKindFromId(QStringLiteral("Production"), &parsed));
    QVERIFY(!environmentKindFromId(QStringLiteral("prod"), &parsed));
    QVERIFY(!environmentKindFromId(QString(), &parsed));
    QCOMPARE(parsed, EnvironmentKind::Staging); // untouched
}

void TestEnvironment::sandboxEnvironmentUsesTheGivenUrl()
{
    const QUrl url(QStringLiteral("http://127.0.0.1:45678"));
    const Environment env = sandboxEnvironment(url);
    QCOMPARE(env.kind, EnvironmentKind::Sandbox);
    QCOMPARE(env.id, QStringLiteral("sandbox"));
    QCOMPARE(env.baseUrl, url);
    QVERIFY(!env.isProduction());
    QVERIFY(baseUrlProblem(env.baseUrl).isEmpty());
    QCOMPARE(env.origin(), QStringLiteral("http://127.0.0.1:45678"));
}

void TestEnvironment::equalityComparesEverySetting()
{
    const Environment base = builtInEnvironment(EnvironmentKind::Staging);
    QVERIFY(base == builtInEnvironment(EnvironmentKind::Staging));
    Environment other = base;
    other.caFile = QStringLiteral("/tmp/ca.pem");
    QVERIFY(!(other == base));
    other = base;
    other.timeoutMs = 1;
    QVERIFY(!(other == base));
    other = base;
    other.rateWindowSeconds = 1;
    QVERIFY(!(other == base));
    other = base;
    other.baseUrl = QUrl(QStringLiteral("https://api.herohealth.net"));
    QVERIFY(!(other == base));
}

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
