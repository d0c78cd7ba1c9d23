// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "bodykind.h"

namespace {

// How far into a body the sniffing looks: enough for any preamble, cheap for a large body.
constexpr qsizetype BinarySniffBytes = 8192;
constexpr qsizetype JsonSniffBytes = 4096;

bool opensLikeJson(const QByteArray &body)
{
    for (const char c : body.left(JsonSniffBytes)) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace

BodyKind bodyKindOf(const QByteArray &contentType, const QByteArray &body)
{
    if (body.isEmpty())
        return BodyKind::Empty;
    if (body.left(BinarySniffBytes).contains('\0'))
        return BodyKind::Binary;
    const QByteArray type = contentType.trimmed().toLower();
    if (type.contains("json"))
        return BodyKind::Json;
    // A declared type is believed; only an answer without one is judged by its first character.
    if (type.isEmpty() && opensLikeJson(body))
        return BodyKind::Json;
    return BodyKind::Text;
}

QString bodyFileSuffix(const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    if (type.contains("json"))
        return QStringLiteral("json");
    if (type.contains("html"))
        return QStringLiteral("html");
    if (type.contains("xml"))
        return QStringLiteral("xml");
    return QStringLiteral("txt");
}
