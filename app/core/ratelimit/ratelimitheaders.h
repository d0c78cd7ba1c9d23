// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QDateTime>

#include <chrono>
#include <optional>

// What a response's headers say about the rate limit. Every field is optional: Hero
// documents none of these headers, so an empty value is the normal case.
struct RateLimitHeaders
{
    // Waits longer than this are clamped: a server asking for days is treated as an hour.
    static constexpr std::chrono::milliseconds MaxWait{3'600'000};
    static constexpr int MaxLimit = 1'000'000;

    std::optional<std::chrono::milliseconds> retryAfter; // from now, 0 .. MaxWait
    std::optional<int> limit; // requests per window, 1 .. MaxLimit
    std::optional<int> remaining; // 0 .. limit (or MaxLimit)
    std::optional<std::chrono::milliseconds> reset; // from now until the quota resets
    std::optional<std::chrono::seconds> window; // from RateLimit-Policy

    // True when the server told us anything about its count, not just how long to wait.
    bool hasQuota() const { return limit || remaining || reset || window; }
    bool isEmpty() const { return !retryAfter && !hasQuota(); }

    friend bool operator==(const RateLimitHeaders &a, const RateLimitHeaders &b)
    {
        return a.retryAfter == b.retryAfter && a.limit == b.limit && a.remaining == b.remaining
            && a.reset == b.reset && a.window == b.window;
    }
    friend bool operator!=(const RateLimitHeaders &a, const RateLimitHeaders &b)
    {
        return !(a == b);
    }
};

// Reads Retry-After (delta-seconds or HTTP-date), X-RateLimit-Limit/-Remaining/-Reset
// (reset as epoch seconds or a delta), RateLimit-Limit/-Remaining/-Reset, and the IETF
// RateLimit and RateLimit-Policy fields in both their dictionary ("limit=300, remaining=5,
// reset=20"; "300;w=60") and item ("\"default\";r=5;t=20"; "\"default\";q=300;w=60") drafts.
// Garbage is ignored, negative counts become 0, huge ones are clamped. When both the IETF and
// the X- forms are present, the IETF ones win.
RateLimitHeaders parseRateLimitHeaders(const HeaderList &headers, const QDateTime &wallNow);

// Retry-After alone: delta-seconds or an IMF-fixdate, RFC 850 or asctime date. A date in the
// past is a wait of zero; a wait beyond longest (however many digits it has) is longest; -1,
// "1.5", "1e400", garbage and an empty value give nothing.
std::optional<std::chrono::milliseconds>
parseRetryAfter(const QByteArray &value, const QDateTime &wallNow,
                std::chrono::milliseconds longest = RateLimitHeaders::MaxWait);
// An HTTP-date (RFC 9110 §5.6.7, all three forms) in UTC, or an invalid QDateTime.
QDateTime parseHttpDate(const QByteArray &value);

Q_DECLARE_METATYPE(RateLimitHeaders)
