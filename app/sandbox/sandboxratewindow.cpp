// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxratewindow.h"

SandboxRateWindow::SandboxRateWindow(int limit, qint64 windowMs)
    : m_limit(limit)
    , m_windowMs(windowMs)
{
}

SandboxRateWindow::Decision SandboxRateWindow::admit(int keyIndex, qint64 nowMs)
{
    std::deque<qint64> &times = m_admitted[keyIndex];
    // A request made at t counts while now < t + window.
    while (!times.empty() && times.front() + m_windowMs <= nowMs)
        times.pop_front();
    Decision decision;
    decision.admitted = int(times.size()) < m_limit;
    if (decision.admitted)
        times.push_back(nowMs);
    decision.used = int(times.size());
    decision.slotFreesAtMs = times.front() + m_windowMs;
    return decision;
}
