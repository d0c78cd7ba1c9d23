// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keys/keyprofile.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "sandboxserver.h"
#include "session/requestrun.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

const QByteArray FullKey = QByteArrayLiteral("hero_sbx_full_7Q2mX9");

} // namespace

// The whole request path against the real sandbox over loopback HTTP: throttle, retries.
class TestRequestRun : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void burstUnderASmallLimitNeverShowsA429();
    void withoutTheThrottleA429IsRetriedAfterRetryAfter();
    void aPostIsNeverRetried();
    void aQueuedRequestCanBeCancelled();
    void aKeyIsReadFromTheKeyRingByProfile();
    void anUnknownProfileIsRefusedBeforeSending();
    void onlyRequestsThatReachedTheServerAreCounted_data();
    void onlyRequestsThatReachedTheServerAreCounted();

private:
    void startSandbox(int limit, int windowSeconds);
    QList<Exchange> runAll(const QList<RequestRun *> &runs);
    RunTarget target(bool throttle = true) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<RequestRunner> m_runner;
    Environment m_environment;
};

void TestRequestRun::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_limiter = std::make_unique<RateLimiter>();
    m_runner = std::make_unique<RequestRunner>(m_client.get(), nullptr, m_limiter.get());
}

void TestRequestRun::cleanup()
{
    m_runner.reset();
    m_limiter.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

void TestRequestRun::startSandbox(int limit, int windowSeconds)
{
    m_sandbox = std::make_unique<SandboxServer>();
    SandboxOptions options;
    options.rateLimit = limit;
    options.rateWindowSeconds = windowSeconds;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_environment = sandboxEnvironment(m_sandbox->baseUrl());
    m_environment.rateLimit = limit;
    m_environment.rateWindowSeconds = windowSeconds;
}

RunTarget TestRequestRun::target(bool throttle) const
{
    RunTarget target;
    target.environment = m_environment;
    target.secret = FullKey;
    target.practiceGroup = QStringLiteral("1001");
    target.throttle = throttle;
    return target;
}

QList<Exchange> TestRequestRun::runAll(const QList<RequestRun *> &runs)
{
    // An event loop rather than QTest::qWait(), which sleeps between its passes: the sandbox
    // answers in this thread and QNetworkAccessManager in its own, so a sleeping wait would add
    // up to 20 ms of uneven latency and move the sandbox's window against the throttle's.
    QList<Exchange> results;
    QEventLoop loop;
    for (RequestRun *run : runs) {
        connect(run, &RequestRun::finished, &loop,
                [&results, &loop, total = runs.size()](const Exchange &exchange) {
                    results.append(exchange);
                    if (results.size() == total)
                        loop.quit();
                });
    }
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return results;
}

void TestRequestRun::burstUnderASmallLimitNeverShowsA429()
{
    startSandbox(5, 2);
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    QList<RequestRun *> runs;
    for (int i = 0; i < 20; ++i)
        runs.append(m_runner->start(target(), request));
    int attempts = 0;
    int rateLimited = 0;
    for (RequestRun *run : runs) {
        connect(run, &RequestRun::attemptFinished, this,
                [&attempts, &rateLimited](const Exchange &exchange) {
                    ++attempts;
                    rateLimited += exchange.status == 429 ? 1 : 0;
                });
    }
    const QList<Exchange> results = runAll(runs);
    QCOMPARE(results.size(), runs.size());
    // What reaches the user: every request answered, none of them a 429.
    for (const Exchange &exchange : results)
        QCOMPARE(exchange.status, 200);
    // The throttle, not the retries, did the work: the client's clock and the sandbox's differ
    // by the loopback latency, which on a loaded machine may cost the odd 429 at a window's
    // edge, never a storm of them.
    QVERIFY2(rateLimited <= 2, qPrintable(QString::number(rateLimited)));
    QCOMPARE(attempts, 20 + rateLimited);
}

void TestRequestRun::withoutTheThrottleA429IsRetriedAfterRetryAfter()
{
    startSandbox(2, 1);
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    QList<RequestRun *> runs;
    for (int i = 0; i < 4; ++i)
        runs.append(m_runner->start(target(false), request));
    QList<Exchange> rateLimited;
    for (RequestRun *run : runs) {
        connect(run, &RequestRun::attemptFinished, this, [&rateLimited](const Exchange &exchange) {
            if (exchange.status == 429)
                rateLimited.append(exchange);
        });
    }
    const QList<Exchange> results = runAll(runs);
    QCOMPARE(results.size(), runs.size());
    QVERIFY2(!rateLimited.isEmpty(), "the sandbox should have answered 429 at least once");
    QVERIFY(!rateLimited.first().header("Retry-After").isEmpty());
    int retried = 0;
    for (const Exchange &exchange : results) {
        QCOMPARE(exchange.status, 200);
        retried += exchange.attempt > 1 ? 1 : 0;
    }
    QVERIFY(retried >= 1);
}

void TestRequestRun::aPostIsNeverRetried()
{
    startSandbox(1, 30);
    ApiRequest get;
    get.path = QStringLiteral("/v1/me");
    runAll({m_runner->start(target(false), get)});
    ApiRequest post;
    post.method = "POST";
    post.path = QStringLiteral("/v1/messages/send");
    post.body = "{}";
    const QList<Exchange> results = runAll({m_runner->start(target(false), post)});
    QCOMPARE(results.first().status, 429);
    QCOMPARE(results.first().attempt, 1);
}

void TestRequestRun::aQueuedRequestCanBeCancelled()
{
    startSandbox(300, 60);
    m_environment.rateLimit = 2;
    m_environment.rateWindowSeconds = 60;
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    QList<RequestRun *> runs;
    for (int i = 0; i < 3; ++i)
        runs.append(m_runner->start(target(), request));
    RequestRun *last = runs.last();
    QTRY_COMPARE(last->stage(), RequestRun::Stage::Queued);
    QSignalSpy finished(last, &RequestRun::finished);
    last->cancel();
    QCOMPARE(finished.size(), 1);
    const auto exchange = finished.first().first().value<Exchange>();
    QCOMPARE(exchange.transportError, TransportError::Canceled);
    QCOMPARE(exchange.attempt, 0);
}

void TestRequestRun::aKeyIsReadFromTheKeyRingByProfile()
{
    startSandbox(300, 60);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
    MemorySecretStore keychain;
    KeyProfileStore profiles(&settings);
    KeyRing ring(&keychain, &profiles);
    KeyProfile profile;
    profile.label = QStringLiteral("Riverside");
    profile.environmentId = QStringLiteral("sandbox");
    KeyJob *add = ring.add(profile, FullKey);
    QSignalSpy added(add, &KeyJob::finished);
    QVERIFY(added.wait());
    QVERIFY(add->isOk());

    RequestRunner runner(m_client.get(), &ring, m_limiter.get());
    RunTarget fromRing = target();
    fromRing.secret.clear();
    fromRing.keyProfileId = add->profileId();
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    const QList<Exchange> results = runAll({runner.start(fromRing, request)});
    QCOMPARE(results.first().status, 200);
    QVERIFY(!results.first().requestHeader("x-api-key").contains(FullKey));
}

void TestRequestRun::anUnknownProfileIsRefusedBeforeSending()
{
    startSandbox(300, 60);
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
    MemorySecretStore keychain;
    KeyProfileStore profiles(&settings);
    KeyRing ring(&keychain, &profiles);
    RequestRunner runner(m_client.get(), &ring, m_limiter.get());
    RunTarget unknown = target();
    unknown.secret.clear();
    unknown.keyProfileId = QStringLiteral("no-such-profile");
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    const QList<Exchange> results = runAll({runner.start(unknown, request)});
    QCOMPARE(results.first().refusal, Refusal::KeyUnavailable);
    QVERIFY(!results.first().refusalText.isEmpty());
}

void TestRequestRun::onlyRequestsThatReachedTheServerAreCounted_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("closedPort");
    QTest::addColumn<int>("used");
    QTest::newRow("answered") << QStringLiteral("1001") << false << 1;
    QTest::newRow("refused before sending") << QStringLiteral("10o1") << false << 0;
    QTest::newRow("connection refused") << QStringLiteral("1001") << true << 0;
}

void TestRequestRun::onlyRequestsThatReachedTheServerAreCounted()
{
    QFETCH(QString, group);
    QFETCH(bool, closedPort);
    QFETCH(int, used);
    startSandbox(300, 60);
    RunTarget where = target();
    where.practiceGroup = group;
    where.retries = false;
    if (closedPort) {
        QTcpServer closed; // a port nobody listens on once this is closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        QUrl url = where.environment.baseUrl;
        url.setPort(closed.serverPort());
        closed.close();
        where.environment.baseUrl = url;
    }
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    RequestRun *run = m_runner->start(where, request);
    QSignalSpy finished(run, &RequestRun::finished);
    QVERIFY(finished.wait(10000));
    const QString rateKey =
        RequestRunner::rateKeyFor(where.environment.id, keyFingerprint(FullKey));
    QCOMPARE(m_limiter->gaugeState(rateKey).used, used);
}

QTEST_GUILESS_MAIN(TestRequestRun)
#include "tst_requestrun.moc"
