// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "preparedrequest.h"

#include "http/headernames.h"

SentRequest PreparedRequest::redacted() const
{
    SentRequest sent{method, url, headers, body};
    for (auto &header : sent.headers) {
        if (header.first.compare(HeaderName::ApiKey, Qt::CaseInsensitive) == 0)
            header.second = redactedKey(header.second).toUtf8();
    }
    return sent;
}
