// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// LD_PRELOAD this library into any Qt Widgets program to install the startup probe when its
// QApplication is constructed, without changing the program. Inactive unless
// HERO_STARTUP_PROBE is set.
#include "startupprobe.h"

#include <QCoreApplication>

namespace {

void installFromEnvironment()
{
    const QString output = qEnvironmentVariable(StartupProbe::OutputVariable);
    if (!output.isEmpty())
        StartupProbe::install(output);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installFromEnvironment)
