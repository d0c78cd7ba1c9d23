// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Measures "cold start to the main window shown and idle" inside a Qt Widgets process: after
// the first top-level window has been exposed (and so painted), the first time the event loop
// is about to block counts as ready. It then writes one line
//     ready <ms> rss-kb <VmRSS> hwm-kb <VmHWM> window <width>x<height> cpu-ms <ms>
// (cpu-ms: user + system time of the process so far) and quits the application. <ms> runs from
// HERO_STARTUP_T0_NS (CLOCK_MONOTONIC nanoseconds, set by the launcher just before it spawns the
// process) or, without it, from the process start time in /proc/self/stat (10 ms resolution), so
// dynamic loading counts either way.
#pragma once

class QString;

namespace StartupProbe {

// The environment variable naming where the line goes: a file path, or "-" for stdout.
inline constexpr char OutputVariable[] = "HERO_STARTUP_PROBE";
inline constexpr char StartVariable[] = "HERO_STARTUP_T0_NS";

// Call once a QApplication exists.
void install(const QString &output);

} // namespace StartupProbe
