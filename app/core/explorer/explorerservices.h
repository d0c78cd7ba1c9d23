// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class HistoryStore;
class KeyRing;
class QSettings;
class RequestRunner;

// What the composition root hands the main window; it owns all of them.
struct ExplorerServices
{
    QSettings *settings = nullptr;
    KeyRing *keys = nullptr;
    RequestRunner *runner = nullptr;
    HistoryStore *history = nullptr;
    // Starts the embedded sandbox on first use and returns its base URL, or an empty URL and
    // a reason.
    std::function<QUrl(QString *error)> startSandbox;
};
