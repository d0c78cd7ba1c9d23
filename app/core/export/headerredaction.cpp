// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "headerredaction.h"

bool isSecretHeaderName(const QByteArray &name)
{
    static const QByteArray parts[] = {"key",   "token",   "secret",    "auth",      "cookie",
                                       "passw", "session", "signature", "credential"};
    const QByteArray lower = name.toLower();
    for (const QByteArray &part : parts) {
        if (lower.contains(part))
            return true;
    }
    return false;
}

QByteArray redactedHeaderValue(const QByteArray &value)
{
    return redactedKey(value.trimmed()).toUtf8();
}

HeaderList redactHeaders(const HeaderList &headers)
{
    HeaderList redacted;
    redacted.reserve(headers.size());
    for (const auto &header : headers) {
        redacted.append({header.first,
                         isSecretHeaderName(header.first) ? redactedHeaderValue(header.second)
                                                          : header.second});
    }
    return redacted;
}
