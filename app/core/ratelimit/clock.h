// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>

#include <chrono>

// Where the rate-limit code reads the time: a monotonic clock for windows and waits, and the
// wall clock only to turn HTTP dates and epoch seconds into waits.
class Clock
{
public:
    virtual ~Clock() = default;
    // Monotonic milliseconds from an arbitrary start; never goes backwards.
    virtual std::chrono::milliseconds now() const = 0;
    virtual QDateTime wallNow() const = 0;
    // True when time only moves when a test moves it: nothing should start real timers then.
    virtual bool isManual() const { return false; }
};

// The real clocks: std::chrono::steady_clock and the system's UTC time.
class SystemClock : public Clock
{
public:
    std::chrono::milliseconds now() const override;
    QDateTime wallNow() const override;
};

// A clock for tests and simulations: starts at 0 (and a fixed wall time) and moves only when
// told to.
class VirtualClock : public Clock
{
public:
    explicit VirtualClock(const QDateTime &wallStart = QDateTime::fromSecsSinceEpoch(1'700'000'000,
                                                                                     Qt::UTC));

    std::chrono::milliseconds now() const override { return m_now; }
    QDateTime wallNow() const override;
    bool isManual() const override { return true; }

    // Moving backwards is ignored: a monotonic clock never does.
    void advanceTo(std::chrono::milliseconds time);
    void advanceBy(std::chrono::milliseconds delta) { advanceTo(m_now + delta); }

private:
    QDateTime m_wallStart;
    std::chrono::milliseconds m_now{0};
};
