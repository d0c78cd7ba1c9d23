// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <algorithm>
#include <chrono>

// How sending is going for one key, from calm to stopped.
enum class RateState {
    Ok,
    NearLimit, // 80 % of the target used in the current window
    Throttling, // requests are queued, waiting for the window to slide
    Paused, // a 429 (or the server's quota) stopped sending until pausedUntil
};

// What the gauge shows for one key: a plain value, recomputed by RateLimiter::gaugeState().
struct RateGaugeState
{
    RateState state = RateState::Ok;
    int used = 0; // requests in the current window (ours, or the server's count when larger)
    int limit = 300; // the server's limit when it told us, else the environment's
    int target = 285; // what the throttle lets through, leaving headroom for other clients
    std::chrono::seconds window{60};
    int queued = 0;
    std::chrono::milliseconds untilOldestLeaves{0}; // zero when the window is empty
    std::chrono::milliseconds nextSendIn{0}; // when the first queued request may go
    QDateTime pausedUntil; // wall time; valid only when state is Paused
    std::chrono::milliseconds pauseRemaining{0};
    // Paused because the server answered 429: it refused, whatever our own count says (another
    // client may share the key). False for the throttle's own queueing and for a reported quota.
    bool serverRefused = false;
    bool fromServer = false; // false: used and limit are the app's own estimate
    QList<int> sparkline; // sends per second over the last 60 s, oldest first

    double usedFraction() const { return limit > 0 ? std::min(1.0, double(used) / limit) : 0.0; }

    friend bool operator==(const RateGaugeState &a, const RateGaugeState &b)
    {
        return a.state == b.state && a.used == b.used && a.limit == b.limit && a.target == b.target
            && a.window == b.window && a.queued == b.queued
            && a.untilOldestLeaves == b.untilOldestLeaves && a.nextSendIn == b.nextSendIn
            && a.pausedUntil == b.pausedUntil && a.pauseRemaining == b.pauseRemaining
            && a.serverRefused == b.serverRefused && a.fromServer == b.fromServer
            && a.sparkline == b.sparkline;
    }
    friend bool operator!=(const RateGaugeState &a, const RateGaugeState &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(RateGaugeState)
