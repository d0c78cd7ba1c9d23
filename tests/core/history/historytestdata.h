// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "history/historyentry.h"
#include "http/exchange.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

namespace HistoryTestData {

// An exchange as ApiClient records it: the key already redacted in the sent headers.
inline Exchange exchange(const QByteArray &method, const QString &pathAndQuery, int status = 200,
                         qint64 startedAtSecs = 1'700'000'000)
{
    Exchange exchange;
    exchange.request.method = method;
    exchange.request.url = QUrl(u"https://api.staging.example:443" + pathAndQuery);
    exchange.request.headers = {
        {"Accept", "application/json"}, {"x-practice-group-id", "4242"}, {"x-api-key", "…Z1rT"}};
    exchange.startedAt = QDateTime::fromSecsSinceEpoch(startedAtSecs, Qt::UTC);
    exchange.status = status;
    exchange.reason = status == 200 ? QByteArray("OK") : QByteArray("Not Found");
    exchange.headers = {{"Content-Type", "application/json"}};
    exchange.body = R"({"data":[]})";
    exchange.timings.totalMs = 42;
    return exchange;
}

inline HistoryContext context(const QString &environmentId = QStringLiteral("staging"),
                              const QString &group = QString())
{
    HistoryContext context;
    context.environmentId = environmentId;
    context.environmentName =
        environmentId == u"production" ? QStringLiteral("Production") : QStringLiteral("Staging");
    context.practiceGroup = group;
    context.keyFingerprint = QStringLiteral("…Z1rT");
    context.keyLabel = QStringLiteral("dev key");
    return context;
}

} // namespace HistoryTestData
