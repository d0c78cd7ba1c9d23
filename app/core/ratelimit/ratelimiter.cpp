// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratelimiter.h"

#include <QMetaMethod>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// NearLimit from 4/5 of the target onwards.
constexpr int NearLimitNumerator = 4;
constexpr int NearLimitDenominator = 5;

} // namespace

RatePolicy RatePolicy::forLimit(int limit, seconds window)
{
    RatePolicy policy;
    policy.limit = std::max(1, limit);
    policy.window = std::max(milliseconds(1000), milliseconds(window));
    const int headroom = int(std::ceil(policy.limit * 0.05));
    policy.target = std::max(1, policy.limit - headroom);
    return policy;
}

RateLimiter::RateLimiter(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RateLimiter::process);
}

RateLimiter::~RateLimiter()
{
    for (auto &entry : m_keys) {
        for (const Pending &pending : entry.second.queue)
            disconnect(pending.watch);
    }
}

void RateLimiter::setDefaultPolicy(const RatePolicy &policy)
{
    m_defaultPolicy = policy;
    QStringList fingerprints;
    for (auto &entry : m_keys) {
        applyPolicy(entry.second);
        fingerprints.append(entry.first);
    }
    for (const QString &fingerprint : std::as_const(fingerprints))
        settle(fingerprint);
}

void RateLimiter::setPolicy(const QString &fingerprint, const RatePolicy &policy)
{
    KeyState &key = keyState(fingerprint);
    key.policy = policy;
    applyPolicy(key);
    settle(fingerprint);
}

RatePolicy RateLimiter::policy(const QString &fingerprint) const
{
    const KeyState *key = findKey(fingerprint);
    return key ? effectivePolicy(*key) : m_defaultPolicy;
}

RateLimiter::KeyState &RateLimiter::keyState(const QString &fingerprint)
{
    auto it = m_keys.find(fingerprint);
    if (it == m_keys.end()) {
        it = m_keys.emplace(fingerprint, KeyState()).first;
        applyPolicy(it->second);
    }
    return it->second;
}

const RateLimiter::KeyState *RateLimiter::findKey(const QString &fingerprint) const
{
    const auto it = m_keys.find(fingerprint);
    return it == m_keys.end() ? nullptr : &it->second;
}

RatePolicy RateLimiter::effectivePolicy(const KeyState &key) const
{
    RatePolicy policy = key.policy.value_or(m_defaultPolicy);
    if (!key.server)
        return policy;
    // The server's word narrows ours, never widens it: a partner's agreed limit is
    // configured, and a header alone should not make us send faster.
    if (key.server->window && milliseconds(*key.server->window) > policy.window)
        policy.window = *key.server->window;
    if (key.server->limit && *key.server->limit < policy.limit) {
        const RatePolicy narrowed = RatePolicy::forLimit(
            *key.server->limit, std::chrono::duration_cast<seconds>(policy.window));
        policy.limit = narrowed.limit;
        policy.target = std::min(policy.target, narrowed.target);
    }
    return policy;
}

void RateLimiter::applyPolicy(KeyState &key)
{
    const RatePolicy policy = effectivePolicy(key);
    key.window.setLimit(policy.limit);
    key.window.setWindow(policy.window);
}

bool RateLimiter::isPaused(const KeyState &key, milliseconds now) const
{
    return key.pausedUntil && now < *key.pausedUntil;
}

bool RateLimiter::admits(const KeyState &key, milliseconds now) const
{
    return !isPaused(key, now)
        && key.window.untilAdmits(now, effectivePolicy(key).target) == milliseconds(0);
}

RateLimiter::Ticket RateLimiter::enqueue(const QString &fingerprint, std::function<void()> send,
                                         QObject *context)
{
    const Ticket ticket = m_nextTicket++;
    KeyState &key = keyState(fingerprint);
    Pending pending;
    pending.ticket = ticket;
    pending.send = std::move(send);
    pending.context = context;
    pending.hadContext = context != nullptr;
    if (key.queue.empty() && admits(key, m_clock->now())) {
        sendNow(key, std::move(pending));
        settle(fingerprint);
        return ticket;
    }
    if (context) {
        pending.watch =
            connect(context, &QObject::destroyed, this, [this, ticket] { cancel(ticket); });
    }
    key.queue.push_back(std::move(pending));
    m_ticketKeys.insert(ticket, fingerprint);
    settle(fingerprint);
    return ticket;
}

bool RateLimiter::cancel(Ticket ticket)
{
    const auto found = m_ticketKeys.constFind(ticket);
    if (found == m_ticketKeys.constEnd())
        return false;
    const QString fingerprint = found.value();
    m_ticketKeys.erase(found);
    KeyState &key = keyState(fingerprint);
    const auto it = std::find_if(key.queue.begin(), key.queue.end(),
                                 [ticket](const Pending &p) { return p.ticket == ticket; });
    if (it == key.queue.end())
        return false;
    disconnect(it->watch);
    key.queue.erase(it);
    // The cancelled request never took a slot; if it was first, the next may go now.
    settle(fingerprint);
    return true;
}

int RateLimiter::cancelAll(const QString &fingerprint)
{
    const auto it = m_keys.find(fingerprint);
    if (it == m_keys.end())
        return 0;
    std::deque<Pending> dropped;
    dropped.swap(it->second.queue);
    for (const Pending &pending : dropped) {
        disconnect(pending.watch);
        m_ticketKeys.remove(pending.ticket);
    }
    settle(fingerprint);
    return int(dropped.size());
}

bool RateLimiter::isQueued(Ticket ticket) const
{
    return m_ticketKeys.contains(ticket);
}

int RateLimiter::queuedCount(const QString &fingerprint) const
{
    const KeyState *key = findKey(fingerprint);
    return key ? int(key->queue.size()) : 0;
}

std::optional<milliseconds> RateLimiter::estimatedWait(Ticket ticket) const
{
    const auto found = m_ticketKeys.constFind(ticket);
    if (found == m_ticketKeys.constEnd())
        return std::nullopt;
    const KeyState *key = findKey(found.value());
    if (!key)
        return std::nullopt;
    const milliseconds now = m_clock->now();
    const int target = effectivePolicy(*key).target;
    // Replay the queue ahead of the ticket on a copy of the window.
    RateWindow window = key->window;
    milliseconds at = isPaused(*key, now) ? *key->pausedUntil : now;
    for (const Pending &pending : key->queue) {
        at += window.untilAdmits(at, target);
        if (pending.ticket == ticket)
            return at - now;
        window.record(at);
    }
    return std::nullopt;
}

milliseconds RateLimiter::untilAdmitted(const QString &fingerprint) const
{
    const KeyState *key = findKey(fingerprint);
    if (!key)
        return milliseconds(0);
    const milliseconds now = m_clock->now();
    const milliseconds start = isPaused(*key, now) ? *key->pausedUntil : now;
    return start - now + key->window.untilAdmits(start, effectivePolicy(*key).target);
}

void RateLimiter::recordSent(const QString &fingerprint)
{
    recordSend(keyState(fingerprint));
    settle(fingerprint);
}

bool RateLimiter::reachedServer(const Exchange &exchange)
{
    if (!exchange.wasSent())
        return false;
    switch (exchange.transportError) {
    case TransportError::HostNotFound:
    case TransportError::ConnectionRefused:
    case TransportError::TlsFailure:
    case TransportError::ProxyAuthenticationRequired: // the proxy kept it from the API
        return false;
    default: // an answer, or a request that may have arrived before the failure
        return true;
    }
}

void RateLimiter::recordAnswer(const QString &fingerprint, const Exchange &exchange)
{
    KeyState &key = keyState(fingerprint);
    if (!reachedServer(exchange)) {
        forgetSend(key);
        settle(fingerprint);
        return;
    }
    const milliseconds now = m_clock->now();
    const QDateTime wallNow = m_clock->wallNow();
    const RateLimitHeaders headers = exchange.hasHttpResponse()
        ? parseRateLimitHeaders(exchange.headers, wallNow)
        : RateLimitHeaders();

    // The server counted the request when it arrived, somewhere between our send and its first
    // answer byte. Counting it from that byte on keeps our window from freeing the slot before
    // the server's does: a first call that waited for a connection would otherwise let the
    // next window open while the server still counted it.
    if (exchange.timings.totalMs >= 0) {
        const milliseconds sentAt = now - milliseconds(exchange.timings.totalMs);
        const qint64 reached = exchange.timings.firstByteMs >= 0 ? exchange.timings.firstByteMs
                                                                 : exchange.timings.totalMs;
        key.window.restamp(sentAt, sentAt + milliseconds(reached));
    }

    if (headers.hasQuota()) {
        ServerView view = key.server.value_or(ServerView());
        view.seenAt = now;
        view.sendCountAtSeen = key.sendCount;
        if (headers.limit)
            view.limit = headers.limit;
        if (headers.window)
            view.window = headers.window;
        const std::optional<int> limit = headers.limit ? headers.limit : view.limit;
        if (headers.remaining && limit) {
            view.used = std::max(0, *limit - *headers.remaining);
            view.usedValidUntil = now + headers.reset.value_or(key.window.window());
        }
        key.server = view;
        applyPolicy(key);
    }

    if (exchange.hasHttpResponse() && exchange.status == 429) {
        ++key.consecutive429;
        const RetryDecision decision =
            m_retryPolicy.decide(exchange, QByteArrayLiteral("GET"), key.consecutive429, wallNow);
        milliseconds wait = headers.retryAfter.value_or(decision.wait);
        if (!headers.retryAfter && !decision.retry) // beyond the retries: the longest wait
            wait = RetryPolicy::RateLimitedCap;
        pause(fingerprint, wait);
        return;
    }
    if (exchange.hasHttpResponse())
        key.consecutive429 = 0;
    if (headers.remaining == 0 && headers.reset) {
        pause(fingerprint, *headers.reset);
        return;
    }
    settle(fingerprint);
}

void RateLimiter::pause(const QString &fingerprint, milliseconds wait)
{
    KeyState &key = keyState(fingerprint);
    const milliseconds until = m_clock->now() + std::max(milliseconds(0), wait);
    if (!key.pausedUntil || until > *key.pausedUntil) {
        key.pausedUntil = until;
        key.pausedUntilWall = m_clock->wallNow().addMSecs(wait.count());
    }
    settle(fingerprint);
}

bool RateLimiter::isPaused(const QString &fingerprint) const
{
    const KeyState *key = findKey(fingerprint);
    return key && isPaused(*key, m_clock->now());
}

void RateLimiter::sendNow(KeyState &key, Pending pending)
{
    disconnect(pending.watch);
    m_ticketKeys.remove(pending.ticket);
    if (pending.hadContext && !pending.context) // nobody is left to want the answer
        return;
    recordSend(key);
    if (pending.send)
        pending.send();
}

void RateLimiter::recordSend(KeyState &key)
{
    key.window.record(m_clock->now());
    ++key.sendCount;
}

void RateLimiter::forgetSend(KeyState &key)
{
    key.window.forgetLatest();
    // A send the server's last count already included stays in sendCount, so the sends "since
    // the server counted" never go negative.
    if (key.sendCount > 0 && (!key.server || key.sendCount > key.server->sendCountAtSeen))
        --key.sendCount;
}

void RateLimiter::drain(const QString &fingerprint)
{
    KeyState &key = keyState(fingerprint);
    while (!key.queue.empty() && admits(key, m_clock->now())) {
        Pending pending = std::move(key.queue.front());
        key.queue.pop_front();
        sendNow(key, std::move(pending)); // may enqueue more; key stays valid (std::map)
    }
}

void RateLimiter::process()
{
    if (m_processing) // a send that calls back into process() finds the work in hand
        return;
    m_processing = true;
    const milliseconds now = m_clock->now();
    QStringList touched;
    for (auto &entry : m_keys) {
        KeyState &key = entry.second;
        const bool pauseEnded = key.pausedUntil && now >= *key.pausedUntil;
        if (pauseEnded) {
            key.pausedUntil.reset();
            key.pausedUntilWall = QDateTime();
        }
        if (pauseEnded || (!key.queue.empty() && admits(key, now)))
            touched.append(entry.first);
    }
    for (const QString &fingerprint : std::as_const(touched)) {
        drain(fingerprint);
        announce(fingerprint);
    }
    m_processing = false;
    reschedule();
}

std::optional<milliseconds> RateLimiter::nextWakeUp() const
{
    const milliseconds now = m_clock->now();
    std::optional<milliseconds> next;
    const auto consider = [&next](milliseconds at) {
        if (!next || at < *next)
            next = at;
    };
    for (const auto &entry : m_keys) {
        const KeyState &key = entry.second;
        if (key.pausedUntil) {
            consider(*key.pausedUntil);
            continue;
        }
        if (!key.queue.empty())
            consider(now + key.window.untilAdmits(now, effectivePolicy(key).target));
    }
    return next;
}

void RateLimiter::reschedule()
{
    if (m_clock->isManual() || m_processing)
        return;
    const auto next = nextWakeUp();
    if (!next) {
        m_timer->stop();
        return;
    }
    const qint64 in = std::max<qint64>(0, (*next - m_clock->now()).count());
    m_timer->start(int(std::min<qint64>(in, std::numeric_limits<int>::max())));
}

RateGaugeState RateLimiter::gaugeState(const QString &fingerprint) const
{
    const KeyState *key = findKey(fingerprint);
    if (key)
        return gaugeStateOf(*key, m_clock->now());
    const KeyState fresh;
    RateGaugeState state = gaugeStateOf(fresh, m_clock->now());
    state.limit = m_defaultPolicy.limit;
    state.target = m_defaultPolicy.target;
    state.window = std::chrono::duration_cast<seconds>(m_defaultPolicy.window);
    return state;
}

RateGaugeState RateLimiter::gaugeStateOf(const KeyState &key, milliseconds now) const
{
    const RatePolicy policy = effectivePolicy(key);
    RateGaugeState state;
    state.limit = policy.limit;
    state.target = policy.target;
    state.window = std::chrono::duration_cast<seconds>(policy.window);
    state.used = key.window.used(now);
    state.queued = int(key.queue.size());
    state.untilOldestLeaves = key.window.untilOldestLeaves(now);
    state.sparkline = key.window.sparkline(now);
    state.fromServer = key.server && now < key.server->seenAt + policy.window;
    if (key.server && key.server->used && now < key.server->usedValidUntil) {
        // The server counted at seenAt; our sends since then come on top.
        const auto ownSince = int(key.sendCount - key.server->sendCountAtSeen);
        state.used = std::max(state.used, *key.server->used + ownSince);
    }

    if (isPaused(key, now)) {
        state.state = RateState::Paused;
        state.serverRefused = key.consecutive429 > 0;
        state.pausedUntil = key.pausedUntilWall;
        state.pauseRemaining = *key.pausedUntil - now;
        state.nextSendIn = state.pauseRemaining;
    } else if (state.queued > 0) {
        state.state = RateState::Throttling;
        state.nextSendIn = key.window.untilAdmits(now, policy.target);
    } else if (state.used * NearLimitDenominator >= policy.target * NearLimitNumerator) {
        state.state = RateState::NearLimit;
    }
    if (state.state == RateState::Paused && state.queued > 0)
        state.nextSendIn += key.window.untilAdmits(*key.pausedUntil, policy.target);
    return state;
}

QList<QDateTime> RateLimiter::recentSends(const QString &fingerprint) const
{
    QList<QDateTime> times;
    const KeyState *key = findKey(fingerprint);
    if (!key)
        return times;
    const milliseconds now = m_clock->now();
    const QDateTime wallNow = m_clock->wallNow();
    for (const milliseconds at : key->window.recentSends(now))
        times.append(wallNow.addMSecs((at - now).count()));
    return times;
}

void RateLimiter::settle(const QString &fingerprint)
{
    // Whatever changed, requests that may go now go now: the window is never left idle
    // while requests wait (a late timer, a zero pause, a widened policy).
    drain(fingerprint);
    announce(fingerprint);
    reschedule();
}

void RateLimiter::announce(const QString &fingerprint)
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&RateLimiter::stateChanged);
    if (!isSignalConnected(signal))
        return;
    const KeyState *key = findKey(fingerprint);
    if (key)
        emit stateChanged(fingerprint, gaugeStateOf(*key, m_clock->now()));
}
