// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "clock.h"

std::chrono::milliseconds SystemClock::now() const
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch());
}

QDateTime SystemClock::wallNow() const
{
    return QDateTime::currentDateTimeUtc();
}

VirtualClock::VirtualClock(const QDateTime &wallStart)
    : m_wallStart(wallStart.toUTC())
{
}

QDateTime VirtualClock::wallNow() const
{
    return m_wallStart.addMSecs(m_now.count());
}

void VirtualClock::advanceTo(std::chrono::milliseconds time)
{
    if (time > m_now)
        m_now = time;
}
