// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "explorer/explorerservices.h"
#include "history/historystore.h"
#include "http/apiclient.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "proxy/proxyauthenticator.h"
#include "ratelimit/ratelimiter.h"
#include "session/requestrun.h"

#include <QNetworkAccessManager>

class Clock;
class QNetworkProxyFactory;
class SecretStore;

// The long-lived parts of the explorer and of hero-cli, wired once, here only: the network
// and its proxy sign-in, the key ring over the given secret store, the throttle, the request
// runner and the history, whose "Keep bodies in history" choice persists in the settings
// (history/keepBodies, taken over from the older response-only history/keepResponseBodies).
// The explorer, hero-cli, the screenshot tool, the benchmarks and the tests build the core
// through it, each with its own settings, secret store and proxy factory.
class ExplorerParts
{
public:
    struct Options
    {
        QString historyFile; // empty: nothing is kept (hero-cli)
        // Off: a proxy's credentials come only from its URL, which Qt sends itself; nothing
        // is read ahead from or remembered in the secret store, and a 407 ends the request.
        bool rememberProxySignIn = true;
        std::function<QUrl(QString *error)> startSandbox;
        // The limiter's and so the runner's clock; a SystemClock of the limiter's own when null.
        Clock *clock = nullptr;
    };

    // Takes ownership of proxyFactory; history.load() is left to the caller, so a window can
    // connect to its notices first.
    ExplorerParts(QSettings *settings, SecretStore *secrets, QNetworkProxyFactory *proxyFactory,
                  const Options &options);
    ExplorerParts(QSettings *settings, SecretStore *secrets, const QString &historyFile,
                  QNetworkProxyFactory *proxyFactory,
                  std::function<QUrl(QString *error)> startSandbox);

    ExplorerServices services();

    QNetworkAccessManager network;
    // Its prompt is the window's to set (ProxySignInDialog::promptFor); without one a proxy
    // that asks for a password fails the request with 407.
    ProxyAuthenticator proxyAuth;
    ApiClient client;
    KeyProfileStore profiles;
    KeyRing keys;
    RateLimiter limiter;
    RequestRunner runner;
    HistoryStore history;

private:
    QSettings *const m_settings;
    std::function<QUrl(QString *error)> m_startSandbox;
};
