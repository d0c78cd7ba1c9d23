// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <memory>

struct ParsedJson;

// How parsing a response body ended.
enum class JsonParseStatus {
    Ok,
    Empty, // nothing but whitespace
    NotJson, // does not even start like JSON (HTML, plain text, binary): show it as text
    Truncated, // ends inside a string, array or object
    InvalidUtf8,
    TooDeep, // nested deeper than JsonMaxDepth
    SyntaxError,
    Canceled,
};

// Nesting depth the parser accepts, as Qt's QJsonDocument does.
constexpr int JsonMaxDepth = 1024;

// The outcome of parsing one body: a document, or why not and where.
struct JsonParseResult
{
    JsonParseStatus status = JsonParseStatus::Empty;
    QString message; // for the user: what went wrong and where; empty when Ok
    qint64 offset = -1; // byte offset of the problem; -1 when unknown
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based, in characters
    std::shared_ptr<const ParsedJson> document; // set when Ok; read-only, shareable across threads

    bool ok() const { return status == JsonParseStatus::Ok; }
};

// Parses a body with simdjson. Blocking: run it off the GUI thread (JsonParseJob does). The body
// is taken by value so that an unshared buffer can be padded in place instead of copied.
// `canceled`, when given, is polled between stages.
JsonParseResult parseJson(QByteArray body, const std::atomic_bool *canceled = nullptr);

Q_DECLARE_METATYPE(JsonParseStatus)
Q_DECLARE_METATYPE(JsonParseResult)
