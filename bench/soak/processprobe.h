// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// What a soak reads about its own process at a checkpoint: resident memory, the heap malloc has
// handed out (free of the allocator's own caching, which RSS includes), open descriptors, live
// QObjects and CPU time.
struct ProcessSample
{
    qint64 rssKb = 0; // VmRSS of /proc/self/status
    qint64 heapBytes = 0; // mallinfo2: in use from the arenas plus mmapped blocks
    int descriptors = 0; // entries of /proc/self/fd, the listing's own not counted
    qint64 qobjects = -1; // live QObjects on every thread; -1 when not counted
    double cpuMs = 0; // user + system, every thread
};

namespace ProcessProbe {

// Counts QObjects from now on through Qt's hook table (the one GammaRay uses), on every
// thread. Call once, first thing in main(), before any QObject exists.
void countQObjects();
ProcessSample sample();

} // namespace ProcessProbe
