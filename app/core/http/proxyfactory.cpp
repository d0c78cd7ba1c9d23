// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "proxyfactory.h"

#include "environments/environment.h"

#include <QNetworkAccessManager>

QList<QNetworkProxy> ExplorerProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

QNetworkProxy proxyForUrl(const QNetworkAccessManager *network, const QUrl &url)
{
    if (!network)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    const QNetworkProxyQuery query(url);
    if (QNetworkProxyFactory *factory = network->proxyFactory())
        return factory->queryProxy(query).value(0);
    if (network->proxy().type() != QNetworkProxy::DefaultProxy)
        return network->proxy();
    return QNetworkProxyFactory::proxyForQuery(query).value(0);
}
