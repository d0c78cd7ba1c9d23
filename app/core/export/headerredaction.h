// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

// True for headers that may carry a secret: any name containing key, token, secret, auth
// (authorization, proxy-authorization), cookie, password, session, signature or credential.
bool isSecretHeaderName(const QByteArray &name);

// "…Xy9Z": the last four characters only, like redactedKey(). Already-redacted values stay as
// they are.
QByteArray redactedHeaderValue(const QByteArray &value);

// The headers with every secret-like value redacted; names and order are kept.
HeaderList redactHeaders(const HeaderList &headers);
