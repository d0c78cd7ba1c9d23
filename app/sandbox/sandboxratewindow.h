// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>

#include <deque>

// A per-key sliding-window rate limit on an injected clock (milliseconds since the epoch):
// at most `limit` admitted requests in any window of `windowMs`. Refused requests do not
// count.
class SandboxRateWindow
{
public:
    struct Decision
    {
        bool admitted = false;
        int used = 0; // admitted requests in the window, this one included if admitted
        qint64 slotFreesAtMs = 0; // when the oldest counted request leaves the window
    };

    SandboxRateWindow(int limit, qint64 windowMs);

    Decision admit(int keyIndex, qint64 nowMs);
    int limit() const { return m_limit; }

private:
    int m_limit;
    qint64 m_windowMs;
    QHash<int, std::deque<qint64>> m_admitted;
};
