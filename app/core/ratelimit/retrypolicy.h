// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QDateTime>

#include <chrono>
#include <functional>

// Why an answer may be retried automatically.
enum class RetryReason {
    None, // never retried: success, a write, 401/403, TLS, 3xx, other 4xx
    RateLimited, // 429
    ServerError, // 5xx on a safe method
    Transport, // connection reset or timeout on a safe method
};

// Whether to send the same request again, and after how long.
struct RetryDecision
{
    bool retry = false; // false also when reason is set but the attempts are used up
    std::chrono::milliseconds wait{0};
    RetryReason reason = RetryReason::None;
    bool serverAskedWait = false; // wait is the server's Retry-After, not our backoff
    int maxAttempts = 1; // for the reason's class of failure, counting the first try
};

// RELIABILITY.md §3.5: 429 at most 5 attempts, waiting exactly Retry-After or else full-jitter
// exponential backoff (1 s base, 60 s cap); a GET (or HEAD/OPTIONS) with 5xx, a reset or a
// timeout at most 3 attempts (0.5 s base, 8 s cap); never a write method, never 401/403, TLS
// failures, 3xx or other 4xx. A server asking for more than MaxAutomaticWait is not retried:
// the answer goes back to the person, whose diagnosis says how long the server asked for.
class RetryPolicy
{
public:
    // Returns a uniformly distributed value in [0, 1).
    using RandomSource = std::function<double()>;

    static constexpr int MaxRateLimitedAttempts = 5;
    static constexpr int MaxSafeMethodAttempts = 3;
    static constexpr std::chrono::milliseconds RateLimitedBase{1000};
    static constexpr std::chrono::milliseconds RateLimitedCap{60'000};
    static constexpr std::chrono::milliseconds SafeMethodBase{500};
    static constexpr std::chrono::milliseconds SafeMethodCap{8000};
    // Two of the API's 60 s windows: a longer Retry-After is not worth sitting in a run for.
    static constexpr std::chrono::milliseconds MaxAutomaticWait{120'000};

    // Without a source, the waits come from QRandomGenerator::global().
    explicit RetryPolicy(RandomSource random = {});
    // A reproducible source for tests and simulations.
    static RandomSource seededRandom(quint32 seed);

    // attempt is the number of the try that produced exchange, 1 for the first.
    RetryDecision decide(const Exchange &exchange, const QByteArray &method, int attempt,
                         const QDateTime &wallNow) const;

    // The upper bound of the full-jitter wait after the given attempt: min(cap, base·2^(n-1)).
    static std::chrono::milliseconds backoffCeiling(std::chrono::milliseconds base,
                                                    std::chrono::milliseconds cap, int attempt);
    static bool isSafeMethod(const QByteArray &method);

private:
    std::chrono::milliseconds jitter(std::chrono::milliseconds base, std::chrono::milliseconds cap,
                                     int attempt) const;

    RandomSource m_random;
};
