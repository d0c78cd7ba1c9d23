// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "ratewindow.h"

#include <algorithm>

using std::chrono::milliseconds;

RateWindow::RateWindow(int limit, milliseconds window)
    : m_limit(std::max(1, limit))
    , m_window(std::max(milliseconds(1), window))
{
}

void RateWindow::setLimit(int limit)
{
    m_limit = std::max(1, limit);
}

void RateWindow::setWindow(milliseconds window)
{
    m_window = std::max(milliseconds(1), window);
}

void RateWindow::record(milliseconds at)
{
    if (!m_sends.empty() && at < m_sends.back())
        at = m_sends.back();
    m_sends.push_back(at);
    prune(at);
}

void RateWindow::restamp(milliseconds from, milliseconds to)
{
    if (to <= from)
        return;
    auto nearest = m_sends.end();
    milliseconds distance = RestampTolerance + milliseconds(1);
    for (auto it = m_sends.begin(); it != m_sends.end(); ++it) {
        const milliseconds d = *it > from ? *it - from : from - *it;
        if (d < distance) {
            nearest = it;
            distance = d;
        }
    }
    if (nearest == m_sends.end())
        return;
    m_sends.erase(nearest);
    m_sends.insert(std::upper_bound(m_sends.begin(), m_sends.end(), to), to);
}

void RateWindow::forgetLatest()
{
    if (!m_sends.empty())
        m_sends.pop_back();
}

void RateWindow::prune(milliseconds now)
{
    const milliseconds keep = std::max(m_window, SparklineSpan);
    while (!m_sends.empty() && m_sends.front() <= now - keep)
        m_sends.pop_front();
}

std::size_t RateWindow::firstInWindow(milliseconds now) const
{
    const auto first = std::upper_bound(m_sends.begin(), m_sends.end(), now - m_window);
    return static_cast<std::size_t>(first - m_sends.begin());
}

int RateWindow::used(milliseconds now) const
{
    // Sends recorded "in the future" of now (a caller asking about the past) still count.
    return static_cast<int>(m_sends.size() - firstInWindow(now));
}

int RateWindow::remaining(milliseconds now) const
{
    return std::max(0, m_limit - used(now));
}

milliseconds RateWindow::untilOldestLeaves(milliseconds now) const
{
    const std::size_t first = firstInWindow(now);
    if (first >= m_sends.size())
        return milliseconds(0);
    return std::max(milliseconds(0), m_sends[first] + m_window - now);
}

milliseconds RateWindow::untilAdmits(milliseconds now, int cap) const
{
    cap = std::max(1, cap);
    const std::size_t first = firstInWindow(now);
    const std::size_t inWindow = m_sends.size() - first;
    if (inWindow < static_cast<std::size_t>(cap))
        return milliseconds(0);
    // One more send fits once all but cap - 1 of the current sends have left the window.
    const milliseconds leaves =
        m_sends[first + inWindow - static_cast<std::size_t>(cap)] + m_window;
    return std::max(milliseconds(0), leaves - now);
}

QList<int> RateWindow::sparkline(milliseconds now) const
{
    QList<int> buckets(SparklineBuckets, 0);
    const milliseconds bucketSpan = SparklineSpan / SparklineBuckets;
    for (auto it = m_sends.rbegin(); it != m_sends.rend(); ++it) {
        const milliseconds age = now - *it;
        if (age >= SparklineSpan)
            break;
        const auto back = std::max<qint64>(0, age / bucketSpan);
        ++buckets[SparklineBuckets - 1 - static_cast<int>(back)];
    }
    return buckets;
}

QList<milliseconds> RateWindow::recentSends(milliseconds now) const
{
    const milliseconds keep = std::max(m_window, SparklineSpan);
    QList<milliseconds> sends;
    for (const milliseconds at : m_sends) {
        if (at > now - keep)
            sends.append(at);
    }
    return sends;
}
