// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

// How a body is to be shown, as far as its content type and first bytes tell.
enum class BodyKind {
    Empty,
    Binary, // a NUL byte near the start: not text, whatever the content type says
    Json, // a JSON content type ("application/json", "…+json"), or none and a body that opens
          // with '{' or '['
    Text,
};

BodyKind bodyKindOf(const QByteArray &contentType, const QByteArray &body);

// The suffix to save a body of this content type under: "json", "html", "xml" or "txt".
QString bodyFileSuffix(const QByteArray &contentType);
