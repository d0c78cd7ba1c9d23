// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "environments/environment.h"

class QSettings;

// Every environment the user can pick, as the explorer and hero-cli both see them: the
// built-in ones, the sandbox (its base URL empty until it runs), and the custom ones saved in
// settings ("custom-1", …), each with its per-environment rate limit applied.
QList<Environment> loadEnvironments(QSettings *settings);
// Writes the custom environments of the list back; the others are built in.
void saveCustomEnvironments(QSettings *settings, const QList<Environment> &environments);
void saveRateLimit(QSettings *settings, const Environment &environment);
