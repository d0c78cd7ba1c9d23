// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QString>

struct CurlOptions
{
    bool includeBody = true;
    bool multiline = true; // one argument group a line, joined with " \"
};

// A POSIX-shell curl command that repeats the request. The key is written as "$HERO_API_KEY"
// and any other secret-like header as "$HERO_<NAME>", so no secret value is ever emitted; every
// other argument is single-quoted.
QString curlCommand(const SentRequest &request, const CurlOptions &options = {});

// The argument in single quotes, with each ' written as '\''.
QString shellQuoted(const QString &argument);

// The environment variable a secret header is read from: x-api-key → HERO_API_KEY,
// authorization → HERO_AUTHORIZATION.
QString curlVariableFor(const QByteArray &headerName);
