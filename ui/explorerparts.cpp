// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorerparts.h"

#include <QNetworkProxyFactory>
#include <QSettings>

namespace {

const QString KeepBodiesKey = QStringLiteral("history/keepResponseBodies");

} // namespace

ExplorerParts::ExplorerParts(QSettings *settings, SecretStore *secrets, const QString &historyFile,
                             QNetworkProxyFactory *proxyFactory,
                             std::function<QUrl(QString *error)> startSandbox)
    : proxyAuth(&network, settings, secrets)
    , client(&network)
    , profiles(settings)
    , keys(secrets, &profiles)
    , runner(&client, &keys, &limiter)
    , history(historyFile)
    , m_settings(settings)
    , m_startSandbox(std::move(startSandbox))
{
    network.setProxyFactory(proxyFactory); // the manager owns it
    proxyAuth.loadRemembered(); // the sign-in must answer at once, so read the keychain now
    // Patient data stays off disk unless the user asked to keep response bodies.
    history.setKeepResponseBodies(settings->value(KeepBodiesKey, false).toBool());
    QObject::connect(&history, &HistoryStore::keepResponseBodiesChanged, settings,
                     [settings](bool keep) { settings->setValue(KeepBodiesKey, keep); });
}

ExplorerServices ExplorerParts::services()
{
    ExplorerServices services;
    services.settings = m_settings;
    services.keys = &keys;
    services.runner = &runner;
    services.history = &history;
    services.startSandbox = m_startSandbox;
    return services;
}
