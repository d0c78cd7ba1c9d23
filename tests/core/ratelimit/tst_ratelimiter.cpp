// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimit/ratelimiter.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {

const QString Key = QStringLiteral("fp:1a2b");
const QString OtherKey = QStringLiteral("fp:9z8y");

Exchange answer(int status, const HeaderList &headers = {})
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.status = status;
    exchange.headers = headers;
    return exchange;
}

RatePolicy smallPolicy()
{
    return RatePolicy::forLimit(5, std::chrono::seconds(3)); // the sandbox test setting
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void targetLeavesFivePercentHeadroom_data();
    void targetLeavesFivePercentHeadroom();
    void sendsAtOnceWhileUnderTheTarget();
    void queuesBeyondTheTargetAndSendsWhenTheOldestLeaves();
    void slotIsHeldUntilTheAnswerShowsTheServerHadIt();
    void queueIsFirstInFirstOut();
    void estimatedWaitTellsWhenAQueuedRequestGoes();
    void cancellingAQueuedRequestFreesItsSlot();
    void destroyedContextDropsItsQueuedRequest();
    void cancelAllEmptiesTheKeysQueue();
    void keysAreThrottledIndependently();
    void tooManyRequestsPausesUntilRetryAfter();
    void tooManyRequestsWithHttpDatePausesUntilThatTime();
    void tooManyRequestsWithoutRetryAfterBacksOff();
    void serverQuotaExhaustedPausesUntilReset();
    void serverHeadersReplaceTheEstimate();
    void smallerServerLimitNarrowsTheTarget();
    void stateGoesFromOkToNearLimitToThrottling();
    void stateChangedIsEmittedForEachChange();
    void recordSentCountsSendsMadeOutsideTheQueue();
    void onlyRequestsThatMayHaveReachedTheServerCount_data();
    void onlyRequestsThatMayHaveReachedTheServerCount();
    void aTooManyRequestsPauseIsTheServersRefusalNotOurQueue();
    void realClockDrivesTheQueueWithATimer();

private:
    std::unique_ptr<VirtualClock> m_clock;
    std::unique_ptr<RateLimiter> m_limiter;
    QList<int> m_sent; // the order in which sends ran
};

void TestRateLimiter::init()
{
    m_clock = std::make_unique<VirtualClock>();
    m_limiter = std::make_unique<RateLimiter>(m_clock.get());
    m_limiter->setRetryPolicy(RetryPolicy(RetryPolicy::seededRandom(1)));
    m_sent.clear();
}

void TestRateLimiter::targetLeavesFivePercentHeadroom_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("target");
    QTest::newRow("Hero default") << 300 << 285;
    QTest::newRow("partner 1000") << 1000 << 950;
    QTest::newRow("sandbox 5") << 5 << 4;
    QTest::newRow("one") << 1 << 1;
}

void TestRateLimiter::targetLeavesFivePercentHeadroom()
{
    QFETCH(int, limit);
    QFETCH(int, target);
    QCOMPARE(RatePolicy::forLimit(limit, std::chrono::seconds(60)).target, target);
    QCOMPARE(RateLimiter(m_clock.get()).policy(Key).target, 285);
}

void TestRateLimiter::sendsAtOnceWhileUnderTheTarget()
{
    m_limiter->setPolicy(Key, smallPolicy());
    for (int i = 0; i < 4; ++i) {
        const auto ticket = m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
        QVERIFY(ticket != 0);
        QVERIFY(!m_limiter->isQueued(ticket));
    }
    QCOMPARE(m_sent, (QList<int>{0, 1, 2, 3}));
    QCOMPARE(m_limiter->gaugeState(Key).used, 4);
    QCOMPARE(m_limiter->queuedCount(Key), 0);
}

void TestRateLimiter::queuesBeyondTheTargetAndSendsWhenTheOldestLeaves()
{
    m_limiter->setPolicy(Key, smallPolicy()); // 4 per 3 s
    for (int i = 0; i < 4; ++i) {
        m_clock->advanceTo(milliseconds(i * 100));
        m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
    }
    const auto fifth = m_limiter->enqueue(
        Key, [this] { m_sent.append(4); }, this);
    QVERIFY(m_limiter->isQueued(fifth));
    QCOMPARE(m_sent.size(), 4);
    QCOMPARE(m_limiter->untilAdmitted(Key), 2700ms); // the send at 0 leaves at 3 s
    QCOMPARE(m_limiter->nextWakeUp(), std::optional<milliseconds>(3000ms));

    m_clock->advanceTo(2999ms);
    m_limiter->process();
    QCOMPARE(m_sent.size(), 4);
    m_clock->advanceTo(3000ms);
    m_limiter->process();
    QCOMPARE(m_sent, (QList<int>{0, 1, 2, 3, 4}));
    QVERIFY(!m_limiter->isQueued(fifth));
    QCOMPARE(m_limiter->nextWakeUp(), std::nullopt);
}

void TestRateLimiter::slotIsHeldUntilTheAnswerShowsTheServerHadIt()
{
    // The server counts a request when it arrives: calls that wait 25 ms for a connection hold
    // the server's slots until 3.025 s, so ours must not free them at 3 s.
    m_limiter->setPolicy(Key, smallPolicy()); // 4 per 3 s
    for (int i = 0; i < 4; ++i)
        m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
    const auto fifth = m_limiter->enqueue(
        Key, [this] { m_sent.append(4); }, this);
    QVERIFY(m_limiter->isQueued(fifth));

    // All four answered at 30 ms; their first bytes came at 25 ms.
    m_clock->advanceTo(30ms);
    Exchange answered = answer(200);
    answered.timings.firstByteMs = 25;
    answered.timings.totalMs = 30;
    for (int i = 0; i < 4; ++i)
        m_limiter->recordAnswer(Key, answered);

    m_clock->advanceTo(3000ms);
    m_limiter->process();
    QCOMPARE(m_sent.size(), 4); // the server may still count the first call
    QCOMPARE(m_limiter->nextWakeUp(), std::optional<milliseconds>(3025ms));
    m_clock->advanceTo(3025ms);
    m_limiter->process();
    QCOMPARE(m_sent.size(), 5);
}

void TestRateLimiter::queueIsFirstInFirstOut()
{
    m_limiter->setPolicy(Key, smallPolicy());
    for (int i = 0; i < 12; ++i)
        m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
    QCOMPARE(m_sent.size(), 4);
    while (const auto next = m_limiter->nextWakeUp()) {
        m_clock->advanceTo(*next);
        m_limiter->process();
    }
    QCOMPARE(m_sent, (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
    QCOMPARE(m_clock->now(), 6000ms); // three batches of four, 3 s apart
}

void TestRateLimiter::estimatedWaitTellsWhenAQueuedRequestGoes()
{
    m_limiter->setPolicy(Key, smallPolicy());
    QList<RateLimiter::Ticket> tickets;
    for (int i = 0; i < 9; ++i)
        tickets.append(m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this));
    QCOMPARE(m_limiter->estimatedWait(tickets.at(0)), std::nullopt); // already sent
    QCOMPARE(m_limiter->estimatedWait(tickets.at(4)), std::optional<milliseconds>(3000ms));
    QCOMPARE(m_limiter->estimatedWait(tickets.at(7)), std::optional<milliseconds>(3000ms));
    QCOMPARE(m_limiter->estimatedWait(tickets.at(8)), std::optional<milliseconds>(6000ms));
    m_clock->advanceTo(3000ms);
    m_limiter->process();
    QCOMPARE(m_sent.size(), 8);
    QCOMPARE(m_limiter->estimatedWait(tickets.at(8)), std::optional<milliseconds>(3000ms));
}

void TestRateLimiter::cancellingAQueuedRequestFreesItsSlot()
{
    m_limiter->setPolicy(Key, smallPolicy());
    QList<RateLimiter::Ticket> tickets;
    for (int i = 0; i < 9; ++i)
        tickets.append(m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this));
    QCOMPARE(m_limiter->queuedCount(Key), 5);
    QVERIFY(m_limiter->cancel(tickets.at(5)));
    QVERIFY(!m_limiter->cancel(tickets.at(5)));
    QVERIFY(!m_limiter->cancel(tickets.at(0))); // already sent: nothing to cancel
    QCOMPARE(m_limiter->queuedCount(Key), 4);
    // Request 8 moved up into the freed slot of the second batch.
    QCOMPARE(m_limiter->estimatedWait(tickets.at(8)), std::optional<milliseconds>(3000ms));
    m_clock->advanceTo(3000ms);
    m_limiter->process();
    QCOMPARE(m_sent, (QList<int>{0, 1, 2, 3, 4, 6, 7, 8}));
    QCOMPARE(m_limiter->queuedCount(Key), 0);
}

void TestRateLimiter::destroyedContextDropsItsQueuedRequest()
{
    m_limiter->setPolicy(Key, smallPolicy());
    for (int i = 0; i < 4; ++i)
        m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
    auto *context = new QObject;
    const auto dropped = m_limiter->enqueue(
        Key, [this] { m_sent.append(-1); }, context);
    m_limiter->enqueue(
        Key, [this] { m_sent.append(5); }, this);
    QCOMPARE(m_limiter->queuedCount(Key), 2);
    delete context;
    QVERIFY(!m_limiter->isQueued(dropped));
    QCOMPARE(m_limiter->queuedCount(Key), 1);
    m_clock->advanceTo(3000ms);
    m_limiter->process();
    QCOMPARE(m_sent, (QList<int>{0, 1, 2, 3, 5}));
}

void TestRateLimiter::cancelAllEmptiesTheKeysQueue()
{
    m_limiter->setPolicy(Key, smallPolicy());
    for (int i = 0; i < 10; ++i)
        m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
    QCOMPARE(m_limiter->cancelAll(Key), 6);
    QCOMPARE(m_limiter->queuedCount(Key), 0);
    QCOMPARE(m_limiter->nextWakeUp(), std::nullopt);
    m_clock->advanceTo(10s);
    m_limiter->process();
    QCOMPARE(m_sent.size(), 4);
}

void TestRateLimiter::keysAreThrottledIndependently()
{
    m_limiter->setPolicy(Key, smallPolicy());
    for (int i = 0; i < 5; ++i)
        m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
    m_limiter->enqueue(
        OtherKey, [this] { m_sent.append(100); }, this);
    QCOMPARE(m_sent, (QList<int>{0, 1, 2, 3, 100}));
    QCOMPARE(m_limiter->queuedCount(Key), 1);
    QCOMPARE(m_limiter->gaugeState(OtherKey).used, 1);
    QCOMPARE(m_limiter->gaugeState(OtherKey).limit, 300); // the default policy
}

void TestRateLimiter::tooManyRequestsPausesUntilRetryAfter()
{
    m_clock->advanceTo(1000ms);
    m_limiter->enqueue(
        Key, [this] { m_sent.append(0); }, this);
    m_limiter->recordAnswer(Key, answer(429, {{"Retry-After", "7"}}));
    QVERIFY(m_limiter->isPaused(Key));
    const RateGaugeState paused = m_limiter->gaugeState(Key);
    QCOMPARE(paused.state, RateState::Paused);
    QCOMPARE(paused.pauseRemaining, 7000ms);
    QCOMPARE(paused.pausedUntil, m_clock->wallNow().addSecs(7));

    const auto retry = m_limiter->enqueue(
        Key, [this] { m_sent.append(1); }, this);
    QVERIFY(m_limiter->isQueued(retry));
    QCOMPARE(m_limiter->estimatedWait(retry), std::optional<milliseconds>(7000ms));
    m_clock->advanceTo(7999ms);
    m_limiter->process();
    QCOMPARE(m_sent, QList<int>{0});
    m_clock->advanceTo(8000ms);
    m_limiter->process();
    QCOMPARE(m_sent, (QList<int>{0, 1}));
    QVERIFY(!m_limiter->isPaused(Key));
    QCOMPARE(m_limiter->gaugeState(Key).state, RateState::Ok);
}

void TestRateLimiter::tooManyRequestsWithHttpDatePausesUntilThatTime()
{
    const QByteArray in30s = m_clock->wallNow()
                                 .addSecs(30)
                                 .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                 .toLatin1();
    m_limiter->recordAnswer(Key, answer(429, {{"Retry-After", in30s}}));
    QCOMPARE(m_limiter->untilAdmitted(Key), 30'000ms);
}

void TestRateLimiter::tooManyRequestsWithoutRetryAfterBacksOff()
{
    milliseconds previousCeiling = 0ms;
    for (int attempt = 1; attempt <= 6; ++attempt) {
        m_limiter->recordAnswer(Key, answer(429));
        const milliseconds wait = m_limiter->untilAdmitted(Key);
        const milliseconds ceiling = RetryPolicy::backoffCeiling(
            RetryPolicy::RateLimitedBase, RetryPolicy::RateLimitedCap, attempt);
        if (attempt < RetryPolicy::MaxRateLimitedAttempts)
            QVERIFY2(wait >= 0ms && wait <= ceiling, qPrintable(QString::number(wait.count())));
        else // past the retries the key rests for the longest backoff
            QCOMPARE(wait, RetryPolicy::RateLimitedCap);
        QVERIFY(ceiling >= previousCeiling);
        previousCeiling = ceiling;
        m_clock->advanceBy(wait);
        m_limiter->process();
        QVERIFY(!m_limiter->isPaused(Key));
    }
    // A success resets the backoff; a pause is never shortened by a later, shorter one.
    m_limiter->recordAnswer(Key, answer(200));
    m_limiter->pause(Key, 10s);
    m_limiter->pause(Key, 1s);
    QCOMPARE(m_limiter->untilAdmitted(Key), 10s);
}

void TestRateLimiter::serverQuotaExhaustedPausesUntilReset()
{
    m_limiter->recordAnswer(Key,
                            answer(200,
                                   {{"X-RateLimit-Limit", "300"},
                                    {"X-RateLimit-Remaining", "0"},
                                    {"X-RateLimit-Reset", "1700000020"}}));
    QCOMPARE(m_limiter->gaugeState(Key).state, RateState::Paused);
    QCOMPARE(m_limiter->untilAdmitted(Key), 20s);
}

void TestRateLimiter::serverHeadersReplaceTheEstimate()
{
    m_limiter->enqueue(
        Key, [this] { m_sent.append(0); }, this);
    RateGaugeState state = m_limiter->gaugeState(Key);
    QVERIFY(!state.fromServer);
    QCOMPARE(state.used, 1);

    // Other clients of the same key have used more than this app knows of.
    m_limiter->recordAnswer(Key,
                            answer(200, {{"RateLimit", "limit=300, remaining=200, reset=40"}}));
    state = m_limiter->gaugeState(Key);
    QVERIFY(state.fromServer);
    QCOMPARE(state.used, 100);
    m_limiter->enqueue(
        Key, [this] { m_sent.append(1); }, this);
    QCOMPARE(m_limiter->gaugeState(Key).used, 101);
    // Past the server's reset only our own count is left; a window later it is an estimate again.
    m_clock->advanceBy(41s);
    QCOMPARE(m_limiter->gaugeState(Key).used, 2);
    m_clock->advanceBy(20s);
    QVERIFY(!m_limiter->gaugeState(Key).fromServer);
}

void TestRateLimiter::smallerServerLimitNarrowsTheTarget()
{
    m_limiter->recordAnswer(Key, answer(200, {{"RateLimit-Policy", "\"default\";q=100;w=60"}}));
    QCOMPARE(m_limiter->policy(Key).limit, 100);
    QCOMPARE(m_limiter->policy(Key).target, 95);
    // A larger server limit does not widen an agreed, configured one.
    m_limiter->recordAnswer(OtherKey, answer(200, {{"X-RateLimit-Limit", "5000"}}));
    QCOMPARE(m_limiter->policy(OtherKey).target, 285);
}

void TestRateLimiter::stateGoesFromOkToNearLimitToThrottling()
{
    m_limiter->setPolicy(Key, RatePolicy::forLimit(100, std::chrono::seconds(60))); // target 95
    QCOMPARE(m_limiter->gaugeState(Key).state, RateState::Ok);
    for (int i = 0; i < 75; ++i)
        m_limiter->enqueue(
            Key, [] {}, this);
    QCOMPARE(m_limiter->gaugeState(Key).state, RateState::Ok);
    m_limiter->enqueue(
        Key, [] {}, this); // 76 = 80 % of 95
    QCOMPARE(m_limiter->gaugeState(Key).state, RateState::NearLimit);
    for (int i = 0; i < 20; ++i)
        m_limiter->enqueue(
            Key, [] {}, this);
    const RateGaugeState throttling = m_limiter->gaugeState(Key);
    QCOMPARE(throttling.state, RateState::Throttling);
    QCOMPARE(throttling.used, 95);
    QCOMPARE(throttling.queued, 1);
    QCOMPARE(throttling.nextSendIn, 60s);
    QCOMPARE(throttling.untilOldestLeaves, 60s);
    QCOMPARE(throttling.sparkline.last(), 95);
}

void TestRateLimiter::stateChangedIsEmittedForEachChange()
{
    qRegisterMetaType<RateGaugeState>();
    QSignalSpy spy(m_limiter.get(), &RateLimiter::stateChanged);
    m_limiter->setPolicy(Key, smallPolicy());
    spy.clear();
    for (int i = 0; i < 5; ++i)
        m_limiter->enqueue(
            Key, [] {}, this);
    QCOMPARE(spy.size(), 5);
    const auto last = spy.last();
    QCOMPARE(last.at(0).toString(), Key);
    QCOMPARE(last.at(1).value<RateGaugeState>().state, RateState::Throttling);
    QCOMPARE(last.at(1).value<RateGaugeState>().queued, 1);
    spy.clear();
    m_limiter->recordAnswer(Key, answer(429, {{"Retry-After", "2"}}));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(1).value<RateGaugeState>().state, RateState::Paused);
    // The end of a pause is announced too, even with nothing left to send.
    spy.clear();
    m_limiter->cancelAll(Key);
    m_clock->advanceTo(*m_limiter->nextWakeUp());
    spy.clear();
    m_limiter->process();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().at(1).value<RateGaugeState>().state, RateState::NearLimit);
}

void TestRateLimiter::recordSentCountsSendsMadeOutsideTheQueue()
{
    m_limiter->setPolicy(Key, smallPolicy());
    for (int i = 0; i < 4; ++i)
        m_limiter->recordSent(Key);
    QCOMPARE(m_limiter->gaugeState(Key).used, 4);
    const auto ticket = m_limiter->enqueue(
        Key, [this] { m_sent.append(0); }, this);
    QVERIFY(m_limiter->isQueued(ticket));
    const QList<QDateTime> sends = m_limiter->recentSends(Key);
    QCOMPARE(sends.size(), 4);
    QCOMPARE(sends.first(), m_clock->wallNow());
}

void TestRateLimiter::onlyRequestsThatMayHaveReachedTheServerCount_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<int>("used"); // after two sends, the second answered by this exchange

    Exchange refused = answer(0);
    refused.refusal = Refusal::InvalidPracticeGroup;
    QTest::newRow("refused before sending") << refused << 1;
    for (const TransportError error :
         {TransportError::HostNotFound, TransportError::ConnectionRefused,
          TransportError::TlsFailure}) {
        Exchange lost = answer(0);
        lost.transportError = error;
        QTest::newRow(qPrintable(u"never reached: " + transportErrorId(error))) << lost << 1;
    }
    // The server may have counted these: they stay.
    for (const TransportError error :
         {TransportError::TimedOut, TransportError::ConnectionReset, TransportError::Canceled}) {
        Exchange maybe = answer(0);
        maybe.transportError = error;
        QTest::newRow(qPrintable(u"may have arrived: " + transportErrorId(error))) << maybe << 2;
    }
    QTest::newRow("answered 500") << answer(500) << 2;
    QTest::newRow("answered 200") << answer(200) << 2;
}

void TestRateLimiter::onlyRequestsThatMayHaveReachedTheServerCount()
{
    QFETCH(Exchange, exchange);
    QFETCH(int, used);
    m_limiter->setPolicy(Key, smallPolicy());
    m_limiter->enqueue(
        Key, [this] { m_sent.append(0); }, this);
    m_limiter->recordAnswer(Key, answer(200));
    m_limiter->enqueue(
        Key, [this] { m_sent.append(1); }, this);
    QCOMPARE(m_limiter->gaugeState(Key).used, 2);
    m_limiter->recordAnswer(Key, exchange);
    QCOMPARE(m_limiter->gaugeState(Key).used, used);
    QCOMPARE(m_limiter->untilAdmitted(Key), 0ms);
}

void TestRateLimiter::aTooManyRequestsPauseIsTheServersRefusalNotOurQueue()
{
    // Another client shares the key: the server refuses while our own count is low.
    m_limiter->setPolicy(Key, smallPolicy());
    m_limiter->enqueue(
        Key, [this] { m_sent.append(0); }, this);
    m_limiter->recordAnswer(Key, answer(429, {{"Retry-After", "7"}}));
    RateGaugeState state = m_limiter->gaugeState(Key);
    QCOMPARE(state.state, RateState::Paused);
    QVERIFY(state.serverRefused);

    // Our own throttle queueing is not a refusal.
    m_clock->advanceTo(8000ms);
    m_limiter->process();
    m_limiter->recordAnswer(Key, answer(200));
    for (int i = 0; i < 5; ++i) {
        m_limiter->enqueue(
            Key, [this, i] { m_sent.append(i); }, this);
    }
    state = m_limiter->gaugeState(Key);
    QCOMPARE(state.state, RateState::Throttling);
    QVERIFY(!state.serverRefused);

    // Nor is a quota the server reported used up.
    RateLimiter other(m_clock.get());
    other.recordSent(OtherKey);
    other.recordAnswer(OtherKey,
                       answer(200,
                              {{"X-RateLimit-Limit", "300"},
                               {"X-RateLimit-Remaining", "0"},
                               {"X-RateLimit-Reset", "1700000020"}}));
    state = other.gaugeState(OtherKey);
    QCOMPARE(state.state, RateState::Paused);
    QVERIFY(!state.serverRefused);
}

void TestRateLimiter::realClockDrivesTheQueueWithATimer()
{
    RateLimiter limiter; // its own SystemClock: real timers, real (short) waits
    limiter.setPolicy(Key, RatePolicy::forLimit(2, std::chrono::seconds(1))); // target 1
    int sent = 0;
    limiter.enqueue(
        Key, [&sent] { ++sent; }, this);
    limiter.enqueue(
        Key, [&sent] { ++sent; }, this);
    QCOMPARE(sent, 1);
    QTRY_COMPARE_WITH_TIMEOUT(sent, 2, 5000);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
