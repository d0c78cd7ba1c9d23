// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Bodies above this are never parsed for a diagnosis; only their head is scanned.
inline constexpr qsizetype MaxDiagnosedBodyBytes = 1024 * 1024;
// How much of a large body's head is scanned for an error code.
inline constexpr qsizetype DiagnosedBodyHeadBytes = 4096;

// What an error answer's body says, whatever envelope carried it.
struct ErrorBody
{
    QString code; // "forbidden", "invalid_credentials", …; empty when none was recognised
    QString message; // the server's own words, sanitised and shortened; may be empty
    QStringList fieldProblems; // one line per entry of the validation envelope's message list
    bool isValidationEnvelope =
        false; // {error: true, statusCode, message: [{code, expected, path}]}
    bool isJson = false; // the body (or its head) was read as JSON
    bool onlyHeadRead = false; // the body was above MaxDiagnosedBodyBytes
};

// Finds the error code in {"error":"c"}, {"code":"c"}, the validation envelope, one level down
// ({"error":{"code":"c"}}, {"data":{"error":"c"}}) or nowhere. Never throws, never recurses
// deeper than that, and reads at most MaxDiagnosedBodyBytes.
ErrorBody parseErrorBody(const QByteArray &body);

// True when the body looks like an HTML page (a proxy's error page, a captive portal).
bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body);
