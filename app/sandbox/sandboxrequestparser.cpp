// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxrequestparser.h"

#include <QUrl>

using namespace SandboxLimits;

namespace {

using Outcome = SandboxParsedRequest::Outcome;

SandboxParsedRequest refused(int status, const QString &message)
{
    SandboxParsedRequest parsed;
    parsed.outcome = Outcome::Invalid;
    parsed.keepAlive = false;
    parsed.errorStatus = status;
    switch (status) {
    case 413:
        parsed.errorCode = QStringLiteral("payload_too_large");
        break;
    case 431:
        parsed.errorCode = QStringLiteral("request_header_fields_too_large");
        break;
    case 501:
        parsed.errorCode = QStringLiteral("not_implemented");
        break;
    default:
        parsed.errorCode = QStringLiteral("bad_request");
        break;
    }
    parsed.errorMessage = message;
    return parsed;
}

SandboxParsedRequest bodyTooLarge()
{
    return refused(413,
                   QStringLiteral("The request body is larger than the sandbox accepts (%1 bytes).")
                       .arg(MaxBodyBytes));
}

// RFC 9110 §5.6.2: the characters of a method or a header name.
bool isToken(const QByteArray &text)
{
    static const QByteArray punctuation = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool alphanumeric =
            (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!alphanumeric && !punctuation.contains(c))
            return false;
    }
    return true;
}

// Digits in `base` (10 or 16) only, as Content-Length and chunk-size are: no sign, no space, no
// 0x. Anything above `cap` comes back as cap + 1, so no number in the input can overflow; -1 when
// the text is not such a number.
qint64 boundedNumber(const QByteArray &text, int base, qint64 cap)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        if (value <= cap)
            value = value * base + digit; // value <= cap keeps this far from overflowing
    }
    return std::min(value, cap + 1);
}

enum class ChunkedScan { Incomplete, Complete, Malformed, TooLarge };

// Walks a chunked body (RFC 9112 §7.1) from `offset` to the end of its trailers, *end then
// being the first byte after it. Appends the data to *body when body is not null, so a caller
// can first learn cheaply whether the whole body is there.
ChunkedScan scanChunked(const QByteArray &buffer, qsizetype offset, qsizetype *end,
                        QByteArray *body)
{
    qsizetype position = offset;
    qint64 total = 0;
    forever {
        if (position - offset > MaxChunkedBytes)
            return ChunkedScan::TooLarge;
        const qsizetype lineEnd = buffer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return buffer.size() - position > MaxChunkLineBytes ? ChunkedScan::Malformed
                                                                : ChunkedScan::Incomplete;
        if (lineEnd - position > MaxChunkLineBytes)
            return ChunkedScan::Malformed;
        QByteArray sizeText = buffer.mid(position, lineEnd - position);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText.truncate(extension);
        const qint64 size = boundedNumber(sizeText.trimmed(), 16, MaxBodyBytes);
        if (size < 0)
            return ChunkedScan::Malformed;
        if (size > MaxBodyBytes - total)
            return ChunkedScan::TooLarge;
        total += size;
        position = lineEnd + 2;
        if (size == 0) {
            // Trailer fields (ignored), then an empty line.
            if (buffer.mid(position, 2) == "\r\n") {
                *end = position + 2;
                return ChunkedScan::Complete;
            }
            const qsizetype trailersEnd = buffer.indexOf("\r\n\r\n", position);
            if (trailersEnd < 0)
                return buffer.size() - position > MaxHeadBytes ? ChunkedScan::TooLarge
                                                               : ChunkedScan::Incomplete;
            *end = trailersEnd + 4;
            return ChunkedScan::Complete;
        }
        if (buffer.size() - position < size + 2)
            return ChunkedScan::Incomplete;
        if (body)
            body->append(buffer.constData() + position, size);
        position += size;
        if (buffer.mid(position, 2) != "\r\n")
            return ChunkedScan::Malformed;
        position += 2;
    }
}

} // namespace

SandboxParsedRequest parseSandboxRequest(const QByteArray &buffer)
{
    // Tolerate empty lines before a request (RFC 9112 §2.2).
    qsizetype start = 0;
    while (buffer.mid(start, 2) == "\r\n")
        start += 2;
    SandboxParsedRequest parsed;
    parsed.consumed = start;

    const qsizetype headEnd = buffer.indexOf("\r\n\r\n", start);
    if (headEnd < 0 && buffer.size() - start <= MaxHeadBytes)
        return parsed;
    if (headEnd < 0 || headEnd - start > MaxHeadBytes)
        return refused(431, QStringLiteral("The request head is too large."));

    const QList<QByteArray> lines = buffer.mid(start, headEnd - start).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !isToken(requestLine.at(0))
        || !requestLine.at(2).startsWith("HTTP/1.") || !requestLine.at(1).startsWith('/'))
        return refused(400, QStringLiteral("Malformed request line."));
    SandboxRequest &request = parsed.request;
    request.method = requestLine.at(0).toUpper();
    const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("http://sandbox") + requestLine.at(1));
    request.path = url.path(QUrl::FullyDecoded);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    QList<QByteArray> contentLengths;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return refused(400, QStringLiteral("Malformed header line."));
        request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        if (line.left(colon).compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLengths.append(request.headers.last().second);
    }
    const QByteArray connection = sandboxHeader(request.headers, "Connection").toLower();
    parsed.keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    const qsizetype bodyStart = headEnd + 4;
    qsizetype end = bodyStart;
    const QByteArray transferEncoding = sandboxHeader(request.headers, "Transfer-Encoding");
    if (!transferEncoding.isNull()) {
        if (transferEncoding.toLower() != "chunked")
            return refused(501, QStringLiteral("Only the chunked transfer coding is supported."));
        // With both, Transfer-Encoding wins and the connection must not be reused (RFC 9112
        // §6.3), so a disagreeing intermediary cannot smuggle a second request in.
        if (!contentLengths.isEmpty())
            parsed.keepAlive = false;
        switch (scanChunked(buffer, bodyStart, &end, nullptr)) {
        case ChunkedScan::Incomplete:
            break;
        case ChunkedScan::Malformed:
            return refused(400, QStringLiteral("Malformed chunked body."));
        case ChunkedScan::TooLarge:
            return bodyTooLarge();
        case ChunkedScan::Complete:
            scanChunked(buffer, bodyStart, &end, &request.body);
            parsed.outcome = Outcome::Complete;
            break;
        }
    } else if (!contentLengths.isEmpty()) {
        if (contentLengths.count(contentLengths.first()) != contentLengths.size())
            return refused(400, QStringLiteral("Conflicting Content-Length headers."));
        const qint64 length = boundedNumber(contentLengths.first(), 10, MaxBodyBytes);
        if (length < 0)
            return refused(400, QStringLiteral("Malformed Content-Length."));
        if (length > MaxBodyBytes)
            return bodyTooLarge();
        if (buffer.size() - bodyStart >= length) {
            request.body = buffer.mid(bodyStart, length);
            end = bodyStart + length;
            parsed.outcome = Outcome::Complete;
        }
    } else {
        parsed.outcome = Outcome::Complete;
    }
    if (parsed.outcome == Outcome::Complete) {
        parsed.consumed = end;
    } else {
        parsed.expectsContinue =
            sandboxHeader(request.headers, "Expect").toLower() == "100-continue";
        parsed.request = {};
    }
    return parsed;
}
