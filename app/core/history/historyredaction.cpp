// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "historyredaction.h"

namespace HistoryRedaction {

namespace {

// Shorter secrets would be mostly revealed by their last four characters.
constexpr int MinLengthToShowTail = 9;
constexpr int TailLength = 4;

} // namespace

bool looksSecret(const QByteArray &name)
{
    static const QByteArray words[] = {"key",    "token",    "secret",  "auth",      "cookie",
                                       "passwd", "password", "session", "signature", "credential"};
    const QByteArray lower = name.toLower();
    for (const QByteArray &word : words) {
        if (lower.contains(word))
            return true;
    }
    return false;
}

QByteArray masked(const QByteArray &value)
{
    const QString text = QString::fromUtf8(value);
    const QString ellipsis = QStringLiteral("…");
    if (text.startsWith(ellipsis) && text.size() <= ellipsis.size() + TailLength)
        return value;
    if (text.size() < MinLengthToShowTail)
        return ellipsis.toUtf8();
    return (ellipsis + text.right(TailLength)).toUtf8();
}

HeaderList redactedHeaders(const HeaderList &headers)
{
    HeaderList result;
    result.reserve(headers.size());
    for (const auto &header : headers)
        result.append(
            {header.first, looksSecret(header.first) ? masked(header.second) : header.second});
    return result;
}

QList<QPair<QString, QString>> redactedQuery(const QList<QPair<QString, QString>> &query)
{
    QList<QPair<QString, QString>> result;
    result.reserve(query.size());
    for (const auto &item : query) {
        if (looksSecret(item.first.toUtf8()))
            result.append({item.first, QString::fromUtf8(masked(item.second.toUtf8()))});
        else
            result.append(item);
    }
    return result;
}

} // namespace HistoryRedaction
