// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "explorerservices.h"
#include "history/historystore.h"
#include "http/apiclient.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "proxy/proxyauthenticator.h"
#include "ratelimit/ratelimiter.h"
#include "session/requestrun.h"

#include <QNetworkAccessManager>

class QNetworkProxyFactory;
class SecretStore;

// The long-lived parts behind the main window, wired once: the network and its proxy sign-in
// (remembered proxy passwords read ahead from the secret store), the key ring over the given
// secret store, the throttle, the request runner and the history, whose "Keep bodies in
// history" choice persists in the settings (history/keepBodies, taken over from the older
// response-only history/keepResponseBodies). The explorer, the screenshot tool and the tests
// build it with their own settings, secret store and proxy factory.
class ExplorerParts
{
public:
    // Takes ownership of proxyFactory; history.load() is left to the caller, so a window can
    // connect to its notices first.
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
