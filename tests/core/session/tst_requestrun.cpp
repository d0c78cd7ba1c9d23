// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorer/explorerparts.h"
#include "keys/keyprofile.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "loopbackonlyproxyfactory.h"
#include "ratelimit/clock.h"
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

// The whole request path against the real sandbox over loopback HTTP: throttle, retries. The
// runner, its limiter and the sandbox's rate window share one VirtualClock, so every wait is
// a step the test takes, and the counts are exact.
class TestRequestRun : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void burstUnderASmallLimitNeverShowsA429();
    void withoutTheThrottleA429IsRetriedAfterRetryAfter();
    void aRetryWaitsForTheClockNotForATimer();
    void aPostIsNeverRetried();
    void aQueuedRequestCanBeCancelled();
    void aKeyIsReadFromTheKeyRingByProfile();
    void anUnknownProfileIsRefusedBeforeSending();
    void onlyRequestsThatReachedTheServerAreCounted_data();
    void onlyRequestsThatReachedTheServerAreCounted();

private:
    void startSandbox(int limit, int windowSeconds);
    QList<Exchange> runAll(const QList<RequestRun *> &runs);
    // Lets the network answer what was sent, without moving the clock: true once no run is
    // reading its key or waiting for an answer.
    static bool settle(const QList<QPointer<RequestRun>> &runs);
    static QList<QPointer<RequestRun>> watch(const QList<RequestRun *> &runs);
    // Moves the clock to the runner's next wake-up and processes it.
    void step();
    RunTarget target(bool throttle = true) const;

    VirtualClock m_clock;
    std::unique_ptr<SandboxServer> m_sandbox;
    // The core as the explorer and hero-cli wire it, on the virtual clock, keeping no history.
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_keychain;
    std::unique_ptr<ExplorerParts> m_parts;
    RateLimiter *m_limiter = nullptr;
    RequestRunner *m_runner = nullptr;
    ApiClient *m_client = nullptr;
    Environment m_environment;
};

void TestRequestRun::init()
{
    m_clock = VirtualClock();
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    ExplorerParts::Options options;
    options.rememberProxySignIn = false;
    options.clock = &m_clock;
    m_parts = std::make_unique<ExplorerParts>(m_settings.get(), &m_keychain,
                                              new LoopbackOnlyProxyFactory, options);
    m_limiter = &m_parts->limiter;
    m_runner = &m_parts->runner;
    m_client = &m_parts->client;
}

void TestRequestRun::cleanup()
{
    m_parts.reset();
    m_settings.reset();
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
    m_sandbox->setClock([this] { return m_clock.wallNow().toMSecsSinceEpoch(); });
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
    // An event loop answers what was sent; the clock moves only when every run waits on it.
    QList<Exchange> results;
    for (RequestRun *run : runs)
        connect(run, &RequestRun::finished, this,
                [&results](const Exchange &exchange) { results.append(exchange); });
    const QList<QPointer<RequestRun>> live = watch(runs);
    for (int steps = 0; results.size() < runs.size() && steps < 100; ++steps) {
        if (!QTest::qWaitFor([&] { return results.size() == runs.size() || settle(live); }, 10000))
            break;
        if (results.size() < runs.size())
            step();
    }
    return results;
}

QList<QPointer<RequestRun>> TestRequestRun::watch(const QList<RequestRun *> &runs)
{
    return QList<QPointer<RequestRun>>(runs.cbegin(), runs.cend());
}

bool TestRequestRun::settle(const QList<QPointer<RequestRun>> &runs)
{
    for (const QPointer<RequestRun> &run : runs) {
        if (run
            && (run->stage() == RequestRun::Stage::ReadingKey
                || run->stage() == RequestRun::Stage::Sending))
            return false;
    }
    return true;
}

void TestRequestRun::step()
{
    const std::optional<std::chrono::milliseconds> next = m_runner->nextWakeUp();
    if (next)
        m_clock.advanceTo(*next);
    m_runner->process();
}

void TestRequestRun::burstUnderASmallLimitNeverShowsA429()
{
    startSandbox(5, 2); // the throttle aims at 4 a window, one under the limit
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    QList<RequestRun *> runs;
    for (int i = 0; i < 20; ++i)
        runs.append(m_runner->start(target(), request));
    QList<int> statuses;
    for (RequestRun *run : runs) {
        connect(run, &RequestRun::attemptFinished, this,
                [&statuses](const Exchange &exchange) { statuses.append(exchange.status); });
    }
    const QList<QPointer<RequestRun>> live = watch(runs);
    // Four at once, then four more each time the window has moved on by two seconds.
    for (int window = 0; window < 5; ++window) {
        if (window > 0)
            step();
        QVERIFY(QTest::qWaitFor([&] { return settle(live); }, 10000));
        QCOMPARE(m_clock.now(), std::chrono::milliseconds(2000 * window));
        QCOMPARE(statuses.size(), 4 * (window + 1));
    }
    // Every request answered, each on its first attempt, none of them a 429.
    QCOMPARE(statuses, QList<int>(20, 200));
    QVERIFY(!m_runner->nextWakeUp());
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
    // All four went at once: two over the limit, each told to wait one second, and retried
    // exactly then.
    QCOMPARE(rateLimited.size(), 2);
    for (const Exchange &exchange : rateLimited)
        QCOMPARE(exchange.header("Retry-After"), QByteArrayLiteral("1"));
    QCOMPARE(m_clock.now(), std::chrono::milliseconds(1000));
    int retried = 0;
    for (const Exchange &exchange : results) {
        QCOMPARE(exchange.status, 200);
        retried += exchange.attempt == 2 ? 1 : 0;
    }
    QCOMPARE(retried, 2);
}

void TestRequestRun::aRetryWaitsForTheClockNotForATimer()
{
    startSandbox(1, 1);
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    runAll({m_runner->start(target(false), request)});
    RequestRun *run = m_runner->start(target(false), request);
    QSignalSpy finished(run, &RequestRun::finished);
    QTRY_COMPARE(run->stage(), RequestRun::Stage::WaitingToRetry);
    QCOMPARE(m_runner->nextWakeUp(), std::chrono::milliseconds(1000));
    // More than the second it waits, in real time: on the virtual clock nothing moves.
    QTest::qWait(1200);
    QCOMPARE(run->stage(), RequestRun::Stage::WaitingToRetry);
    QCOMPARE(run->attempt(), 1);
    step();
    QVERIFY(finished.wait(10000));
    const auto exchange = finished.first().first().value<Exchange>();
    QCOMPARE(exchange.status, 200);
    QCOMPARE(exchange.attempt, 2);
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

    RequestRunner runner(m_client, &ring, m_limiter);
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
    RequestRunner runner(m_client, &ring, m_limiter);
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
