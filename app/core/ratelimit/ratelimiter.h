// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "clock.h"
#include "rategaugestate.h"
#include "ratelimitheaders.h"
#include "ratewindow.h"
#include "retrypolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTimer;

// How many requests one key may make per window, and how many of them the throttle lets
// through: the rest is headroom for other clients of the same key.
struct RatePolicy
{
    int limit = RateWindow::DefaultLimit;
    std::chrono::milliseconds window = RateWindow::DefaultWindow;
    int target = 285;

    // The limit less 5 % headroom, rounded up, and at least one request: 300 → 285, 5 → 4.
    static RatePolicy forLimit(int limit, std::chrono::seconds window);

    friend bool operator==(const RatePolicy &a, const RatePolicy &b)
    {
        return a.limit == b.limit && a.window == b.window && a.target == b.target;
    }
};

// The client-side throttle. Per key fingerprint (never the key) it keeps a sliding window of
// sends and a FIFO queue: a send goes at once while the window holds fewer than the target,
// else it waits until the oldest send leaves. A 429 pauses the key until Retry-After (or a
// backoff) has passed; a server that reports no quota left pauses it until its reset.
//
// An ApiClient wrapper calls enqueue() with a function that really sends, then
// recordAnswer() with the exchange; a send made outside the queue is reported by recordSent().
class RateLimiter : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;

    // Without a clock the limiter makes its own SystemClock. With a manual clock (a
    // VirtualClock) it starts no timers: the caller moves the clock and calls process().
    explicit RateLimiter(Clock *clock = nullptr, QObject *parent = nullptr);
    ~RateLimiter() override;

    Clock *clock() const { return m_clock; }

    void setDefaultPolicy(const RatePolicy &policy);
    RatePolicy defaultPolicy() const { return m_defaultPolicy; }
    // Per key, for example from its environment's rateLimit and rateWindowSeconds.
    void setPolicy(const QString &fingerprint, const RatePolicy &policy);
    // The configured policy, narrowed by what the server said its limit and window are.
    RatePolicy policy(const QString &fingerprint) const;

    // Runs send before returning when the key may send now, else queues it behind the key's
    // earlier requests. A queued send is dropped when context is destroyed first. The ticket
    // (never 0) can be cancelled while the send waits.
    Ticket enqueue(const QString &fingerprint, std::function<void()> send, QObject *context);
    bool cancel(Ticket ticket);
    // Drops every queued send of the key (for example after a 401); returns how many.
    int cancelAll(const QString &fingerprint);
    bool isQueued(Ticket ticket) const;
    // When a queued ticket is expected to go, from now; nullopt when it is not queued.
    std::optional<std::chrono::milliseconds> estimatedWait(Ticket ticket) const;
    int queuedCount(const QString &fingerprint) const;

    // How long until one more request for the key would be let through; zero for now.
    std::chrono::milliseconds untilAdmitted(const QString &fingerprint) const;

    // A request for the key that went out without enqueue() (the throttle off, or a CLI run).
    void recordSent(const QString &fingerprint);
    // The answer to a request of the key. A 429 pauses the key: exactly Retry-After when
    // given, else a full-jitter backoff that grows with consecutive 429s. A request that never
    // reached the server (refused before sending, no DNS, no connection, no TLS) no longer
    // counts: the server did not count it either.
    void recordAnswer(const QString &fingerprint, const Exchange &exchange);
    // True when the server may have counted the exchange's request.
    static bool reachedServer(const Exchange &exchange);
    // Stops sending for the key for at least wait from now.
    void pause(const QString &fingerprint, std::chrono::milliseconds wait);
    bool isPaused(const QString &fingerprint) const;
    // The backoff used for 429s without Retry-After; a seeded one makes tests repeatable.
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }

    RateGaugeState gaugeState(const QString &fingerprint) const;
    // Wall times of the key's sends over the last 60 s (or the window, if longer), oldest first.
    QList<QDateTime> recentSends(const QString &fingerprint) const;

    // Sends what is due at the clock's now, and announces pauses that ended.
    void process();
    // The monotonic time at which process() next has something to do, or nullopt.
    std::optional<std::chrono::milliseconds> nextWakeUp() const;

signals:
    void stateChanged(const QString &fingerprint, const RateGaugeState &state);

private:
    struct Pending
    {
        Ticket ticket = 0;
        std::function<void()> send;
        QPointer<QObject> context;
        bool hadContext = false;
        QMetaObject::Connection watch;
    };
    struct ServerView
    {
        std::optional<int> limit;
        std::optional<std::chrono::seconds> window;
        std::optional<int> used; // limit - remaining, as of seenAt
        quint64 sendCountAtSeen = 0;
        std::chrono::milliseconds usedValidUntil{0};
        std::chrono::milliseconds seenAt{0};
    };
    struct KeyState
    {
        std::optional<RatePolicy> policy;
        RateWindow window;
        quint64 sendCount = 0; // every send ever recorded for the key
        std::deque<Pending> queue;
        std::optional<std::chrono::milliseconds> pausedUntil;
        QDateTime pausedUntilWall;
        int consecutive429 = 0;
        std::optional<ServerView> server;
    };

    KeyState &keyState(const QString &fingerprint);
    const KeyState *findKey(const QString &fingerprint) const;
    RatePolicy effectivePolicy(const KeyState &key) const;
    void applyPolicy(KeyState &key);
    bool isPaused(const KeyState &key, std::chrono::milliseconds now) const;
    bool admits(const KeyState &key, std::chrono::milliseconds now) const;
    void sendNow(KeyState &key, Pending pending);
    void recordSend(KeyState &key);
    void forgetSend(KeyState &key);
    void drain(const QString &fingerprint);
    RateGaugeState gaugeStateOf(const KeyState &key, std::chrono::milliseconds now) const;
    void settle(const QString &fingerprint);
    void announce(const QString &fingerprint);
    void reschedule();

    std::unique_ptr<Clock> m_ownClock;
    Clock *const m_clock;
    QTimer *const m_timer;
    RatePolicy m_defaultPolicy;
    RetryPolicy m_retryPolicy;
    std::map<QString, KeyState> m_keys; // node-based: references survive inserts during sends
    QHash<Ticket, QString> m_ticketKeys; // queued tickets only
    Ticket m_nextTicket = 1;
    bool m_processing = false;
};
