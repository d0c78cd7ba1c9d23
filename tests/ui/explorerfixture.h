// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "endpointbrowser.h"
#include "explorer/explorerparts.h"
#include "keys/memorysecretstore.h"
#include "loopbackonlyproxyfactory.h"
#include "mainwindow.h"
#include "requesttab.h"
#include "sandboxserver.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// Settings in directory that start the explorer on the sandbox with 3 requests a minute: a target
// of 2, the practice-group listing at start, then one request; the next one queues.
inline void startOnASlowSandbox(const QString &directory)
{
    QSettings settings(directory + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("environment/last"), QStringLiteral("sandbox"));
    settings.setValue(QStringLiteral("environments/sandbox/rateLimit"), 3);
    settings.setValue(QStringLiteral("environments/sandbox/rateWindowSeconds"), 60);
}

// The composition a user gets, with keys in memory (or in the given store) and settings in a
// temporary file.
struct Explorer
{
    explicit Explorer(const QString &directory, SecretStore *store = nullptr)
        : settings(directory + QStringLiteral("/settings.ini"), QSettings::IniFormat)
        , parts(&settings, store ? store : &keychain, directory + QStringLiteral("/history.json"),
                new LoopbackOnlyProxyFactory,
                [this](QString *error) { return startSandboxOnce(&sandbox, error); })
        , keys(parts.keys)
        , history(parts.history)
    {
        history.load();
        window = std::make_unique<MainWindow>(parts.services());
        window->resize(1200, 800);
        window->show();
    }
    ~Explorer()
    {
        window.reset();
        history.saveNow();
    }

    QSettings settings;
    MemorySecretStore keychain;
    std::unique_ptr<SandboxServer> sandbox;
    ExplorerParts parts;
    KeyRing &keys;
    HistoryStore &history;
    std::unique_ptr<MainWindow> window;
};

// Picks the operation in the catalogue, clicks Send in the tab it opened in and waits for the
// exchange the window shows (an empty one when none came).
inline Exchange sendFromComposer(Explorer &explorer, const QString &method, const QString &path)
{
    auto *browser = explorer.window->findChild<EndpointBrowser *>();
    if (!browser->selectOperation(method, path))
        qWarning("operation %s %s not selected", qPrintable(method), qPrintable(path));
    QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
    explorer.window->currentTab()->findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
    if (!shown.wait(30000))
        return Exchange();
    return shown.first().first().value<Exchange>();
}

// Leaves the welcome pane for the workspace on the sandbox and makes the window the active one,
// as a user's is, so that focus and shortcuts work offscreen. False when it never became active.
inline bool openWorkspace(Explorer &explorer)
{
    explorer.window->findChild<QPushButton *>(QStringLiteral("welcomeSandbox"))->click();
    explorer.window->activateWindow();
    return QTest::qWaitForWindowActive(explorer.window.get());
}
