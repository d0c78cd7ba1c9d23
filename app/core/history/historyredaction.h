// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Masking for what history writes to disk: any header or query parameter whose name looks like
// it carries a secret keeps only its last four characters. The names are in a namespace so that
// they never clash with the export area's own redaction.
namespace HistoryRedaction {

// True for names holding key, token, secret, auth, cookie, password, session or signature.
bool looksSecret(const QByteArray &name);
// "…Xy9Z"; a value of eight characters or fewer shows nothing but "…". A value that is already
// redacted ("…Xy9Z", as the client records x-api-key) is kept as it is.
QByteArray masked(const QByteArray &value);
HeaderList redactedHeaders(const HeaderList &headers);
QList<QPair<QString, QString>> redactedQuery(const QList<QPair<QString, QString>> &query);

} // namespace HistoryRedaction
