// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "jsonparseresult.h"

#include "parsedjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstring>

namespace {

// Qt's parser finds the offset of a syntax error that simdjson only names; past this size it
// would cost too much memory for an error message.
constexpr qsizetype MaxSizeForErrorOffset = 32 * 1024 * 1024;

// Carries the translation context of the messages below.
struct JsonParse
{
    Q_DECLARE_TR_FUNCTIONS(JsonParse)
};

bool isCanceled(const std::atomic_bool *canceled)
{
    return canceled && canceled->load(std::memory_order_relaxed);
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned min = 0;
        unsigned codePoint = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            extra = 1;
            min = 0x80;
            codePoint = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            extra = 2;
            min = 0x800;
            codePoint = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            extra = 3;
            min = 0x10000;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

// Where the nesting first exceeds the limit, and whether the text ends inside a value.
struct NestingScan
{
    qsizetype tooDeepAt = -1;
    bool endsInside = false;
};

NestingScan scanNesting(const char *data, qsizetype size)
{
    NestingScan scan;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            if (++depth > JsonMaxDepth && scan.tooDeepAt < 0)
                scan.tooDeepAt = i;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    scan.endsInside = inString || depth > 0;
    return scan;
}

void setPosition(JsonParseResult *result, const char *data, qsizetype size, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, size);
    result->offset = offset;
    int line = 1;
    qsizetype lineStart = 0;
    const char *cursor = data;
    const char *end = data + offset;
    while (cursor < end) {
        const void *newline = std::memchr(cursor, '\n', size_t(end - cursor));
        if (!newline)
            break;
        ++line;
        cursor = static_cast<const char *>(newline) + 1;
        lineStart = cursor - data;
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((static_cast<unsigned char>(data[i]) & 0xC0) != 0x80)
            ++column; // count characters, not continuation bytes
    }
    result->line = line;
    result->column = column;
}

QString positionText(const JsonParseResult &result)
{
    return JsonParse::tr("line %1, column %2 (byte %3)")
        .arg(result.line)
        .arg(result.column)
        .arg(result.offset);
}

JsonParseResult failure(JsonParseStatus status, const char *data, qsizetype size, qsizetype offset,
                        const QString &what)
{
    JsonParseResult result;
    result.status = status;
    if (offset >= 0) {
        setPosition(&result, data, size, offset);
        result.message = JsonParse::tr("%1 at %2").arg(what, positionText(result));
    } else {
        result.message = what;
    }
    return result;
}

JsonParseResult describeError(simdjson::error_code error, const char *data, qsizetype size)
{
    switch (error) {
    case simdjson::EMPTY:
        return failure(JsonParseStatus::Empty, data, size, -1, JsonParse::tr("The body is empty"));
    case simdjson::UTF8_ERROR:
        return failure(JsonParseStatus::InvalidUtf8, data, size, firstInvalidUtf8(data, size),
                       JsonParse::tr("Invalid UTF-8"));
    case simdjson::DEPTH_ERROR:
        return failure(JsonParseStatus::TooDeep, data, size, scanNesting(data, size).tooDeepAt,
                       JsonParse::tr("Nested deeper than %1 levels").arg(JsonMaxDepth));
    default:
        break;
    }
    const NestingScan scan = scanNesting(data, size);
    if (scan.tooDeepAt >= 0)
        return failure(JsonParseStatus::TooDeep, data, size, scan.tooDeepAt,
                       JsonParse::tr("Nested deeper than %1 levels").arg(JsonMaxDepth));
    if (scan.endsInside || error == simdjson::UNCLOSED_STRING
        || error == simdjson::INCOMPLETE_ARRAY_OR_OBJECT)
        return failure(JsonParseStatus::Truncated, data, size, size,
                       JsonParse::tr("The JSON ends early (truncated body)"));

    const QString what =
        JsonParse::tr("Invalid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(error)));
    if (size > MaxSizeForErrorOffset)
        return failure(JsonParseStatus::SyntaxError, data, size, -1, what);
    QJsonParseError qtError;
    QJsonDocument::fromJson(QByteArray::fromRawData(data, size), &qtError);
    if (qtError.error == QJsonParseError::NoError)
        return failure(JsonParseStatus::SyntaxError, data, size, -1, what);
    return failure(JsonParseStatus::SyntaxError, data, size, qtError.offset,
                   JsonParse::tr("Invalid JSON: %1").arg(qtError.errorString()));
}

} // namespace

JsonParseResult parseJson(QByteArray body, const std::atomic_bool *canceled)
{
    JsonParseResult result;
    const auto canceledResult = [] {
        JsonParseResult r;
        r.status = JsonParseStatus::Canceled;
        r.message = JsonParse::tr("Parsing was cancelled");
        return r;
    };

    qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    qsizetype first = start;
    while (first < body.size() && isJsonSpace(body.at(first)))
        ++first;
    if (first == body.size()) {
        result.message = JsonParse::tr("The body is empty");
        return result;
    }
    const char c = body.at(first);
    const bool looksLikeJson = c == '{' || c == '[' || c == '"' || c == '-'
        || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
    if (!looksLikeJson) {
        const QString shown = (c >= 0x20 && c < 0x7F)
            ? QStringLiteral("'%1'").arg(QLatin1Char(c))
            : QStringLiteral("0x%1").arg(uint(uchar(c)), 2, 16, QLatin1Char('0'));
        return failure(JsonParseStatus::NotJson, body.constData(), body.size(), first,
                       JsonParse::tr("Not JSON: the body starts with %1").arg(shown));
    }
    if (isCanceled(canceled))
        return canceledResult();

    // simdjson reads up to SIMDJSON_PADDING bytes past the end; give it room without a copy
    // when the buffer is ours alone.
    const qsizetype size = body.size();
    if (body.capacity() - size < qsizetype(simdjson::SIMDJSON_PADDING))
        body.reserve(size + qsizetype(simdjson::SIMDJSON_PADDING));
    const char *data = body.constData();

    auto parsed = std::make_shared<ParsedJson>();
    {
        simdjson::dom::parser parser; // its default depth limit is JsonMaxDepth
        static_assert(simdjson::DEFAULT_MAX_DEPTH == JsonMaxDepth);
        const auto element =
            parser.parse_into_document(parsed->document, data + start, size_t(size - start), false);
        if (isCanceled(canceled))
            return canceledResult();
        if (element.error()) {
            result = describeError(element.error(), data + start, size - start);
            if (result.offset >= 0 && start > 0)
                setPosition(&result, data, size, result.offset + start);
            return result;
        }
        parsed->root = element.value_unsafe();
    } // the parser's index buffers go here; the document stands alone
    result.status = JsonParseStatus::Ok;
    result.document = std::move(parsed);
    return result;
}
