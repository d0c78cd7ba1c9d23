// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiclient.h"

#include <QSignalSpy>

// What the HTTP tests share: a loopback environment, a plain GET, and waiting for a call.
namespace HttpTest {

inline Environment loopbackEnvironment(const QUrl &baseUrl, int timeoutMs = 5000,
                                       const QString &caFile = QString())
{
    Environment env;
    env.id = QStringLiteral("custom-1");
    env.name = QStringLiteral("Loopback");
    env.kind = EnvironmentKind::Custom;
    env.baseUrl = baseUrl;
    env.caFile = caFile;
    env.timeoutMs = timeoutMs;
    return env;
}

inline ApiRequest getRequest(const QString &path = QStringLiteral("/v1/me"))
{
    ApiRequest request;
    request.path = path;
    return request;
}

// Waits for the call's one finished() and hands back its exchange.
inline bool waitForExchange(ApiCall *call, Exchange *exchange, int timeoutMs = 10000)
{
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(timeoutMs) || finished.size() != 1)
        return false;
    *exchange = finished.first().first().value<Exchange>();
    return true;
}

} // namespace HttpTest
