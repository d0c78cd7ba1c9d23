// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "session/collectionrun.h"

#include <QJsonObject>

// The reports of a collection run. None holds a key or a header value: requests are named by
// method and URL, and answers by status, time and what the assertions found.

// One line a request: "✓ list appointments  GET /v1/appointments  200  42 ms", then one
// indented line an assertion with what was expected and what came.
QString runItemText(const RunItem &item, const RunItemResult &result);
QString runSummaryText(const RunSummary &summary);

// JUnit XML as CI systems read it: one testsuite a file, one testcase a request, a failure for
// each failed assertion or request, an error when no answer came, skipped lines as properties.
QByteArray junitReport(const QList<RunItem> &items, const QList<RunItemResult> &results,
                       const RunSummary &summary);

// The same as JSON, for scripts: {"summary": {…}, "requests": [{…}]}.
QJsonObject jsonReport(const QList<RunItem> &items, const QList<RunItemResult> &results,
                       const RunSummary &summary);
