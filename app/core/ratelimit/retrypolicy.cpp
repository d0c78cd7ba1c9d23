// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "retrypolicy.h"

#include "http/headernames.h"
#include "ratelimitheaders.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <memory>

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(RandomSource random)
    : m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

RetryPolicy::RandomSource RetryPolicy::seededRandom(quint32 seed)
{
    auto generator = std::make_shared<QRandomGenerator>(seed);
    return [generator] { return generator->generateDouble(); };
}

bool RetryPolicy::isSafeMethod(const QByteArray &method)
{
    const QByteArray upper = method.trimmed().toUpper();
    return upper == "GET" || upper == "HEAD" || upper == "OPTIONS";
}

milliseconds RetryPolicy::backoffCeiling(milliseconds base, milliseconds cap, int attempt)
{
    const int doublings = std::clamp(attempt - 1, 0, 30);
    const qint64 ceiling = base.count() * (qint64(1) << doublings);
    return std::min(cap, milliseconds(ceiling));
}

milliseconds RetryPolicy::jitter(milliseconds base, milliseconds cap, int attempt) const
{
    const double unit = std::clamp(m_random(), 0.0, 1.0);
    const milliseconds ceiling = backoffCeiling(base, cap, attempt);
    return std::min(ceiling, milliseconds(std::llround(unit * double(ceiling.count()))));
}

RetryDecision RetryPolicy::decide(const Exchange &exchange, const QByteArray &method, int attempt,
                                  const QDateTime &wallNow) const
{
    RetryDecision decision;
    // Nothing reached the wire, or the user stopped it: never ours to repeat.
    if (!exchange.wasSent() || exchange.transportError == TransportError::Canceled)
        return decision;
    // Writes are never repeated automatically: the first one may have taken effect.
    if (!isSafeMethod(method))
        return decision;

    const auto retryAfter = exchange.hasHttpResponse()
        ? parseRetryAfter(exchange.header(HeaderName::RetryAfter), wallNow)
        : std::nullopt;

    if (exchange.hasHttpResponse() && exchange.status == 429) {
        decision.reason = RetryReason::RateLimited;
        decision.maxAttempts = MaxRateLimitedAttempts;
        if (retryAfter) {
            decision.wait = *retryAfter;
            decision.serverAskedWait = true;
        } else {
            decision.wait = jitter(RateLimitedBase, RateLimitedCap, attempt);
        }
    } else if ((exchange.hasHttpResponse() && exchange.status >= 500 && exchange.status <= 599)
               || exchange.transportError == TransportError::ConnectionReset
               || exchange.transportError == TransportError::TimedOut) {
        decision.reason =
            exchange.hasHttpResponse() ? RetryReason::ServerError : RetryReason::Transport;
        decision.maxAttempts = MaxSafeMethodAttempts;
        if (retryAfter) { // a 503 may say when to come back
            decision.wait = *retryAfter;
            decision.serverAskedWait = true;
        } else {
            decision.wait = jitter(SafeMethodBase, SafeMethodCap, attempt);
        }
    } else {
        return decision;
    }
    decision.retry = attempt < decision.maxAttempts && decision.wait <= MaxAutomaticWait;
    if (!decision.retry)
        decision.wait = milliseconds(0);
    return decision;
}
