// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QNetworkProxyFactory>

class QNetworkAccessManager;

// The system's proxy settings (http_proxy, https_proxy, no_proxy on Linux; the OS settings on
// Windows and macOS) for real origins, and never a proxy for this computer: Qt 6.4 would send
// even 127.0.0.1 through http_proxy, which would take the offline sandbox off the machine.
// HTTPS goes through a proxy as a CONNECT tunnel, so the proxy never sees the key.
class ExplorerProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

// The proxy Qt sends this URL through, resolved as QNetworkAccessManager does: its factory,
// else its own proxy, else the application's. NoProxy without a manager.
QNetworkProxy proxyForUrl(const QNetworkAccessManager *network, const QUrl &url);
