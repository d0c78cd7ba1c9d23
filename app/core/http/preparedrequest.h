// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

// Exactly what ApiClient puts on the wire for one request: the method, the full URL, the headers
// in the order they are written (the key included, in clear) and the body. The transport adds
// only Host, Content-Length and its own Connection, Accept-Encoding, Accept-Language and
// User-Agent. Built by ApiClient::prepare(); it holds the key, so it is never stored: what
// leaves the client is redacted().
struct PreparedRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers; // one entry per name
    QByteArray body;

    // The same request with the key shown by its redacted form: what an Exchange, history,
    // previews and exports hold.
    SentRequest redacted() const;
};
