// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorerparts.h"

#include <QNetworkProxyFactory>
#include <QSettings>

namespace {

const QString KeepBodiesKey = QStringLiteral("history/keepBodies");
// Before request bodies joined the switch: whoever kept response bodies keeps bodies.
const QString OldKeepResponseBodiesKey = QStringLiteral("history/keepResponseBodies");

bool keepBodiesSetting(QSettings *settings)
{
    if (settings->contains(OldKeepResponseBodiesKey)) {
        if (!settings->contains(KeepBodiesKey))
            settings->setValue(KeepBodiesKey, settings->value(OldKeepResponseBodiesKey).toBool());
        settings->remove(OldKeepResponseBodiesKey);
    }
    return settings->value(KeepBodiesKey, false).toBool();
}

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
    // Patient data stays off disk unless the user asked to keep bodies.
    history.setKeepBodies(keepBodiesSetting(settings));
    QObject::connect(&history, &HistoryStore::keepBodiesChanged, settings,
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
