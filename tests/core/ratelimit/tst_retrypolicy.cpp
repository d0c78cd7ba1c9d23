// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimit/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

Exchange answer(int status, const HeaderList &headers = {})
{
    Exchange exchange;
    exchange.status = status;
    exchange.headers = headers;
    return exchange;
}

Exchange transportFailure(TransportError error)
{
    Exchange exchange;
    exchange.transportError = error;
    return exchange;
}

// Always the same fraction of the ceiling, so a test can name the exact wait.
RetryPolicy::RandomSource fixed(double unit)
{
    return [unit] { return unit; };
}

} // namespace

Q_DECLARE_METATYPE(RetryReason)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void retryAfterIsWaitedExactly_data();
    void retryAfterIsWaitedExactly();
    void aServerAskingForLongerIsNotRetried_data();
    void aServerAskingForLongerIsNotRetried();
    void fullJitterStaysWithinTheGrowingCeiling_data();
    void fullJitterStaysWithinTheGrowingCeiling();
    void jitterSpreadsAcrossTheWholeRange();
    void seededRandomIsReproducible();
    void attemptsAreCapped_data();
    void attemptsAreCapped();
};

void TestRetryPolicy::decides_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<RetryReason>("reason");

    QTest::newRow("200 GET") << answer(200) << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("429 GET") << answer(429) << QByteArray("GET") << true
                             << RetryReason::RateLimited;
    QTest::newRow("429 HEAD") << answer(429) << QByteArray("HEAD") << true
                              << RetryReason::RateLimited;
    QTest::newRow("429 POST never")
        << answer(429, {{"Retry-After", "1"}}) << QByteArray("POST") << false << RetryReason::None;
    QTest::newRow("503 GET") << answer(503) << QByteArray("GET") << true
                             << RetryReason::ServerError;
    QTest::newRow("500 get, lower case")
        << answer(500) << QByteArray("get") << true << RetryReason::ServerError;
    QTest::newRow("502 POST never")
        << answer(502) << QByteArray("POST") << false << RetryReason::None;
    QTest::newRow("500 PUT never")
        << answer(500) << QByteArray("PUT") << false << RetryReason::None;
    QTest::newRow("500 PATCH never")
        << answer(500) << QByteArray("PATCH") << false << RetryReason::None;
    QTest::newRow("500 DELETE never")
        << answer(500) << QByteArray("DELETE") << false << RetryReason::None;
    QTest::newRow("reset GET") << transportFailure(TransportError::ConnectionReset)
                               << QByteArray("GET") << true << RetryReason::Transport;
    QTest::newRow("timeout GET") << transportFailure(TransportError::TimedOut) << QByteArray("GET")
                                 << true << RetryReason::Transport;
    QTest::newRow("timeout POST never") << transportFailure(TransportError::TimedOut)
                                        << QByteArray("POST") << false << RetryReason::None;
    QTest::newRow("401 never") << answer(401) << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("403 never") << answer(403, {{"Retry-After", "1"}}) << QByteArray("GET") << false
                               << RetryReason::None;
    QTest::newRow("404 never") << answer(404) << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("400 never") << answer(400) << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("302 never") << answer(302) << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("TLS failure never") << transportFailure(TransportError::TlsFailure)
                                       << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("connection refused never") << transportFailure(TransportError::ConnectionRefused)
                                              << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("host not found never") << transportFailure(TransportError::HostNotFound)
                                          << QByteArray("GET") << false << RetryReason::None;
    QTest::newRow("user cancel never") << transportFailure(TransportError::Canceled)
                                       << QByteArray("GET") << false << RetryReason::None;
    Exchange refused;
    refused.refusal = Refusal::RateLimited;
    QTest::newRow("refused before sending never")
        << refused << QByteArray("GET") << false << RetryReason::None;
    Exchange truncated500 = answer(500);
    truncated500.transportError = TransportError::BodyTruncated;
    QTest::newRow("truncated body never")
        << truncated500 << QByteArray("GET") << false << RetryReason::None;
}

void TestRetryPolicy::decides()
{
    QFETCH(Exchange, exchange);
    QFETCH(QByteArray, method);
    QFETCH(bool, retry);
    QFETCH(RetryReason, reason);
    const RetryPolicy policy(fixed(0.5));
    const RetryDecision decision = policy.decide(exchange, method, 1, Now);
    QCOMPARE(decision.retry, retry);
    QCOMPARE(decision.reason, reason);
    if (!retry)
        QCOMPARE(decision.wait, 0ms);
}

void TestRetryPolicy::retryAfterIsWaitedExactly_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("seconds") << 429 << QByteArray("7") << 1 << qint64(7000);
    QTest::newRow("seconds, later attempt") << 429 << QByteArray("7") << 4 << qint64(7000);
    QTest::newRow("zero") << 429 << QByteArray("0") << 1 << qint64(0);
    QTest::newRow("http-date") << 429 << QByteArray("Tue, 14 Nov 2023 22:13:50 GMT") << 2
                               << qint64(30'000);
    QTest::newRow("longer than the backoff cap")
        << 429 << QByteArray("120") << 1 << qint64(120'000);
    QTest::newRow("503 with Retry-After") << 503 << QByteArray("2") << 1 << qint64(2000);
}

void TestRetryPolicy::retryAfterIsWaitedExactly()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, attempt);
    QFETCH(qint64, expectedMs);
    const RetryPolicy policy(fixed(0.9));
    const RetryDecision decision =
        policy.decide(answer(status, {{"Retry-After", retryAfter}}), "GET", attempt, Now);
    QVERIFY(decision.retry);
    QVERIFY(decision.serverAskedWait);
    QCOMPARE(decision.wait.count(), expectedMs);
}

void TestRetryPolicy::aServerAskingForLongerIsNotRetried_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");

    QTest::newRow("just past two minutes") << 429 << QByteArray("121");
    QTest::newRow("an hour") << 429 << QByteArray("3600");
    QTest::newRow("2^63 seconds") << 429 << QByteArray("9223372036854775808");
    QTest::newRow("2^64 seconds") << 429 << QByteArray("18446744073709551616");
    QTest::newRow("10^30 seconds") << 429 << QByteArray("1" + QByteArray(30, '0'));
    QTest::newRow("400 digits") << 429 << QByteArray(400, '9');
    QTest::newRow("a date in the year 9999") << 429 << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
    QTest::newRow("503, 10^30 seconds") << 503 << QByteArray("1" + QByteArray(30, '0'));
}

// Issue 14: Retry-After 10^30 overflowed to "now", and hero-cli sent five requests in six
// seconds. A wait that long is the server's "not now": the answer goes back to the person.
void TestRetryPolicy::aServerAskingForLongerIsNotRetried()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    const RetryPolicy policy(fixed(0.9));
    const RetryDecision decision =
        policy.decide(answer(status, {{"Retry-After", retryAfter}}), "GET", 1, Now);
    QVERIFY(!decision.retry);
    QVERIFY(decision.serverAskedWait);
    QVERIFY(decision.reason != RetryReason::None);
}

void TestRetryPolicy::fullJitterStaysWithinTheGrowingCeiling_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<qint64>("ceilingMs");

    QTest::newRow("429, first") << answer(429) << 1 << qint64(1000);
    QTest::newRow("429, second") << answer(429) << 2 << qint64(2000);
    QTest::newRow("429, fourth") << answer(429) << 4 << qint64(8000);
    QTest::newRow("429 garbage Retry-After, third")
        << answer(429, {{"Retry-After", "-1"}}) << 3 << qint64(4000);
    QTest::newRow("503, first") << answer(503) << 1 << qint64(500);
    QTest::newRow("503, second") << answer(503) << 2 << qint64(1000);
    QTest::newRow("reset, second")
        << transportFailure(TransportError::ConnectionReset) << 2 << qint64(1000);
}

void TestRetryPolicy::fullJitterStaysWithinTheGrowingCeiling()
{
    QFETCH(Exchange, exchange);
    QFETCH(int, attempt);
    QFETCH(qint64, ceilingMs);
    QCOMPARE(RetryPolicy(fixed(0.0)).decide(exchange, "GET", attempt, Now).wait, 0ms);
    QCOMPARE(RetryPolicy(fixed(0.25)).decide(exchange, "GET", attempt, Now).wait.count(),
             ceilingMs / 4);
    const RetryDecision top = RetryPolicy(fixed(0.999999)).decide(exchange, "GET", attempt, Now);
    QVERIFY(top.retry);
    QVERIFY(!top.serverAskedWait);
    QCOMPARE(top.wait.count(), ceilingMs);
}

void TestRetryPolicy::jitterSpreadsAcrossTheWholeRange()
{
    const RetryPolicy policy(RetryPolicy::seededRandom(42));
    milliseconds lowest = 1h;
    milliseconds highest = 0ms;
    for (int i = 0; i < 2000; ++i) {
        const milliseconds wait = policy.decide(answer(429), "GET", 3, Now).wait;
        QVERIFY(wait >= 0ms && wait <= 4000ms);
        lowest = std::min(lowest, wait);
        highest = std::max(highest, wait);
    }
    // Full jitter: waits reach both ends of [0, ceiling], not a fixed or "equal jitter" band.
    QVERIFY(lowest < 100ms);
    QVERIFY(highest > 3900ms);
}

void TestRetryPolicy::seededRandomIsReproducible()
{
    const RetryPolicy first(RetryPolicy::seededRandom(7));
    const RetryPolicy second(RetryPolicy::seededRandom(7));
    QList<qint64> a;
    QList<qint64> b;
    for (int attempt = 1; attempt <= 4; ++attempt) {
        a.append(first.decide(answer(429), "GET", attempt, Now).wait.count());
        b.append(second.decide(answer(429), "GET", attempt, Now).wait.count());
    }
    QCOMPARE(a, b);
}

void TestRetryPolicy::attemptsAreCapped_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<int>("maxAttempts");
    QTest::addColumn<qint64>("capMs");

    QTest::newRow("429: five attempts, 60 s cap") << answer(429) << 5 << qint64(60'000);
    QTest::newRow("500: three attempts, 8 s cap") << answer(500) << 3 << qint64(8000);
    QTest::newRow("timeout: three attempts, 8 s cap")
        << transportFailure(TransportError::TimedOut) << 3 << qint64(8000);
}

void TestRetryPolicy::attemptsAreCapped()
{
    QFETCH(Exchange, exchange);
    QFETCH(int, maxAttempts);
    QFETCH(qint64, capMs);
    const RetryPolicy policy(fixed(0.999999));
    int attempt = 1;
    while (policy.decide(exchange, "GET", attempt, Now).retry)
        ++attempt;
    QCOMPARE(attempt, maxAttempts); // the try numbered maxAttempts is the last
    QCOMPARE(policy.decide(exchange, "GET", attempt, Now).maxAttempts, maxAttempts);
    // The ceiling stops growing at the cap.
    QCOMPARE(
        RetryPolicy::backoffCeiling(
            exchange.status == 429 ? RetryPolicy::RateLimitedBase : RetryPolicy::SafeMethodBase,
            exchange.status == 429 ? RetryPolicy::RateLimitedCap : RetryPolicy::SafeMethodCap, 40)
            .count(),
        capMs);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
