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

ExplorerParts::ExplorerParts(QSettings *settings, SecretStore *secrets,
                             QNetworkProxyFactory *proxyFactory, const Options &options)
    : proxyAuth(&network, options.rememberProxySignIn ? settings : nullptr,
                options.rememberProxySignIn ? secrets : nullptr)
    , client(&network)
    , profiles(settings)
    , keys(secrets, &profiles)
    , limiter(options.clock)
    , runner(&client, &keys, &limiter)
    , history(options.historyFile)
    , m_settings(settings)
    , m_startSandbox(options.startSandbox)
{
    network.setProxyFactory(proxyFactory); // the manager owns it
    if (options.rememberProxySignIn)
        proxyAuth.loadRemembered(); // the sign-in must answer at once: read the keychain now
    if (options.historyFile.isEmpty())
        return;
    // Patient data stays off disk unless the user asked to keep bodies.
    history.setKeepBodies(keepBodiesSetting(settings));
    QObject::connect(&history, &HistoryStore::keepBodiesChanged, settings,
                     [settings](bool keep) { settings->setValue(KeepBodiesKey, keep); });
}

ExplorerParts::ExplorerParts(QSettings *settings, SecretStore *secrets, const QString &historyFile,
                             QNetworkProxyFactory *proxyFactory,
                             std::function<QUrl(QString *error)> startSandbox)
    : ExplorerParts(settings, secrets, proxyFactory,
                    Options{historyFile, true, std::move(startSandbox), nullptr})
{
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
