// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

#include <chrono>
#include <deque>

// The send times of one key in a sliding window. A send at time s counts at time t when
// t - window < s <= t, so any half-open span [t, t + window) holds at most the sends the
// window allowed. The limiter keeps one per key fingerprint; the key itself is never involved.
class RateWindow
{
public:
    static constexpr int DefaultLimit = 300;
    static constexpr std::chrono::milliseconds DefaultWindow{60'000};
    // The sparkline always covers the last 60 s, whatever the window.
    static constexpr std::chrono::milliseconds SparklineSpan{60'000};
    static constexpr int SparklineBuckets = 60;

    explicit RateWindow(int limit = DefaultLimit, std::chrono::milliseconds window = DefaultWindow);

    int limit() const { return m_limit; }
    void setLimit(int limit);
    std::chrono::milliseconds window() const { return m_window; }
    void setWindow(std::chrono::milliseconds window);

    // Send times must not go backwards; an earlier time is recorded as the latest one.
    void record(std::chrono::milliseconds at);
    // Moves the send recorded nearest to from (within RestampTolerance) to the later time to,
    // keeping the order; nothing when there is none or to is not later.
    void restamp(std::chrono::milliseconds from, std::chrono::milliseconds to);
    static constexpr std::chrono::milliseconds RestampTolerance{2};
    // Takes back one send, the latest: one that turned out never to reach the server.
    void forgetLatest();
    // Drops sends older than both the window and the sparkline span.
    void prune(std::chrono::milliseconds now);

    int used(std::chrono::milliseconds now) const;
    int remaining(std::chrono::milliseconds now) const;
    // How long until the oldest send in the window leaves it; zero when the window is empty.
    std::chrono::milliseconds untilOldestLeaves(std::chrono::milliseconds now) const;
    // How long until one more send keeps the window at or under cap; zero when it may go now.
    std::chrono::milliseconds untilAdmits(std::chrono::milliseconds now, int cap) const;
    // Sends per second over the last 60 s, oldest second first, the current one last.
    QList<int> sparkline(std::chrono::milliseconds now) const;
    // Send times still remembered (the window and the sparkline span), oldest first.
    QList<std::chrono::milliseconds> recentSends(std::chrono::milliseconds now) const;

private:
    // Index of the first send inside the window at now.
    std::size_t firstInWindow(std::chrono::milliseconds now) const;

    std::deque<std::chrono::milliseconds> m_sends; // ascending
    int m_limit;
    std::chrono::milliseconds m_window;
};
