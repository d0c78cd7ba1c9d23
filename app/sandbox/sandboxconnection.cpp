// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxconnection.h"

#include "sandboxfault.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;
constexpr qint64 HugeChunkBytes = 256 * 1024;
constexpr qint64 HugeHighWater = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 300 ? "OK" : status < 400 ? "Redirect" : "Error";
    }
}

SandboxResponse errorEnvelope(int status, const QString &error, const QString &message)
{
    SandboxResponse response;
    response.status = status;
    response.addHeader("Content-Type", "application/json");
    response.body = QJsonDocument(QJsonObject{{QStringLiteral("statusCode"), status},
                                              {QStringLiteral("error"), error},
                                              {QStringLiteral("message"), message}})
                        .toJson(QJsonDocument::Compact);
    return response;
}

// Decodes a chunked body starting at `offset`; false while incomplete, *invalid on errors.
bool decodeChunked(const QByteArray &buffer, qsizetype offset, QByteArray *body,
                   qsizetype *consumedTo, bool *invalid)
{
    body->clear();
    qsizetype position = offset;
    forever {
        const qsizetype lineEnd = buffer.indexOf("\r\n", position);
        if (lineEnd < 0)
            return false;
        QByteArray sizeText = buffer.mid(position, lineEnd - position);
        const qsizetype extension = sizeText.indexOf(';');
        if (extension >= 0)
            sizeText.truncate(extension);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || body->size() + size > MaxBodyBytes) {
            *invalid = true;
            return false;
        }
        position = lineEnd + 2;
        if (size == 0) {
            // Trailers (ignored) end with an empty line.
            const qsizetype end = buffer.indexOf("\r\n\r\n", lineEnd);
            if (buffer.mid(position, 2) == "\r\n") {
                *consumedTo = position + 2;
                return true;
            }
            if (end < 0)
                return false;
            *consumedTo = end + 4;
            return true;
        }
        if (buffer.size() < position + size + 2)
            return false;
        body->append(buffer.constData() + position, size);
        position += size;
        if (buffer.mid(position, 2) != "\r\n") {
            *invalid = true;
            return false;
        }
        position += 2;
    }
}

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket, Handler handler, bool faults,
                                     QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_timer(new QTimer(this))
{
    m_socket->setParent(this);
    m_timer->setSingleShot(true);
    connect(m_socket, &QTcpSocket::readyRead, this, &SandboxConnection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &SandboxConnection::close);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_hugeBody)
            writeMoreHugeBody();
    });
    // Data may have arrived (or the client may have gone) before we were connected.
    QMetaObject::invokeMethod(this, &SandboxConnection::readRequests, Qt::QueuedConnection);
}

SandboxConnection::~SandboxConnection() = default;

void SandboxConnection::abort()
{
    m_timer->stop();
    if (m_socket)
        m_socket->abort();
    close();
}

void SandboxConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    // A zero linger time makes the close send RST rather than FIN: "connection reset by peer".
    if (m_socket && m_socket->socketDescriptor() != -1) {
        const linger immediately{1, 0};
        ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately,
                     sizeof immediately);
    }
#endif
    abort();
}

void SandboxConnection::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_timer->stop();
    m_hugeBody.reset();
    emit closed();
}

void SandboxConnection::readRequests()
{
    if (m_closed || !m_socket)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        close();
        return;
    }
    m_buffer.append(m_socket->readAll());
    // While an answer is pending (a hang, a delay) nothing is parsed: cap what may pile up.
    if (m_buffer.size() > MaxHeadBytes + MaxBodyBytes) {
        abort();
        return;
    }
    while (!m_busy && !m_closed) {
        SandboxRequest request;
        bool keepAlive = true;
        int errorStatus = 400;
        QString errorMessage;
        const ParseResult result = parseRequest(&request, &keepAlive, &errorStatus, &errorMessage);
        if (result == ParseResult::Incomplete)
            return;
        if (result == ParseResult::Invalid) {
            m_buffer.clear();
            respond(errorEnvelope(errorStatus, QStringLiteral("bad_request"), errorMessage), false);
            return;
        }
        dispatch(request, keepAlive);
    }
}

SandboxConnection::ParseResult SandboxConnection::parseRequest(SandboxRequest *request,
                                                               bool *keepAlive, int *errorStatus,
                                                               QString *errorMessage)
{
    // Tolerate empty lines between requests (RFC 9112 §2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > MaxHeadBytes) {
            *errorStatus = 431;
            *errorMessage = QStringLiteral("The request head is too large.");
            return ParseResult::Invalid;
        }
        return ParseResult::Incomplete;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")
        || !requestLine.at(1).startsWith('/')) {
        *errorMessage = QStringLiteral("Malformed request line.");
        return ParseResult::Invalid;
    }
    request->method = requestLine.at(0).toUpper();
    const QUrl url = QUrl::fromEncoded(QByteArrayLiteral("http://sandbox") + requestLine.at(1));
    request->path = url.path(QUrl::FullyDecoded);
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.startsWith(' ') || line.startsWith('\t')
            || line.left(colon).contains(' ')) {
            *errorMessage = QStringLiteral("Malformed header line.");
            return ParseResult::Invalid;
        }
        request->headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const QByteArray connection = sandboxHeader(request->headers, "Connection").toLower();
    *keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");

    const qsizetype bodyStart = headEnd + 4;
    qsizetype consumedTo = bodyStart;
    const QByteArray transferEncoding = sandboxHeader(request->headers, "Transfer-Encoding");
    const QByteArray contentLength = sandboxHeader(request->headers, "Content-Length");
    bool complete = true;
    if (!transferEncoding.isNull()) {
        if (transferEncoding.trimmed().toLower() != "chunked") {
            *errorStatus = 501;
            *errorMessage = QStringLiteral("Only the chunked transfer coding is supported.");
            return ParseResult::Invalid;
        }
        bool invalid = false;
        complete = decodeChunked(m_buffer, bodyStart, &request->body, &consumedTo, &invalid);
        if (invalid) {
            *errorMessage = QStringLiteral("Malformed chunked body.");
            return ParseResult::Invalid;
        }
    } else if (!contentLength.isNull()) {
        bool ok = false;
        const qint64 length = contentLength.toLongLong(&ok);
        if (!ok || length < 0) {
            *errorMessage = QStringLiteral("Malformed Content-Length.");
            return ParseResult::Invalid;
        }
        if (length > MaxBodyBytes) {
            *errorStatus = 413;
            *errorMessage = QStringLiteral("The request body is too large.");
            return ParseResult::Invalid;
        }
        complete = m_buffer.size() >= bodyStart + length;
        if (complete) {
            request->body = m_buffer.mid(bodyStart, length);
            consumedTo = bodyStart + length;
        }
    }
    if (!complete) {
        const QByteArray expect = sandboxHeader(request->headers, "Expect").toLower();
        if (expect == "100-continue" && !m_continueSent) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return ParseResult::Incomplete;
    }
    m_continueSent = false;
    m_buffer.remove(0, consumedTo);
    return ParseResult::Complete;
}

void SandboxConnection::dispatch(const SandboxRequest &incoming, bool keepAlive)
{
    m_busy = true;
    SandboxRequest request = incoming;
    const bool headOnly = request.method == "HEAD";
    if (headOnly)
        request.method = "GET";

    const QByteArray faultHeader = sandboxHeader(request.headers, "x-sandbox-fault");
    if (!m_faults || faultHeader.isNull()) {
        respond(m_handler(request), keepAlive, headOnly);
        return;
    }
    QString faultError;
    const std::optional<SandboxFault> fault = SandboxFault::parse(faultHeader, &faultError);
    if (!fault) {
        respond(errorEnvelope(400, QStringLiteral("invalid_fault"), faultError), keepAlive,
                headOnly);
        return;
    }
    using Kind = SandboxFault::Kind;
    switch (fault->kind) {
    case Kind::Hang:
        // Never answer; the connection lives until the client or stop() ends it.
        return;
    case Kind::Reset:
        resetConnection();
        return;
    case Kind::Delay: {
        const SandboxResponse response = m_handler(request);
        m_timer->disconnect();
        connect(m_timer, &QTimer::timeout, this,
                [this, response, keepAlive, headOnly] { respond(response, keepAlive, headOnly); });
        m_timer->start(int(fault->value));
        return;
    }
    case Kind::Truncate: {
        // Declares the whole body, sends half of it, then closes.
        const SandboxResponse response = m_handler(request);
        const qint64 declared = std::max<qint64>(1, response.body.size());
        m_socket->write(head(response, declared, false));
        m_socket->write(response.body.left(response.body.size() / 2));
        m_socket->disconnectFromHost();
        return;
    }
    case Kind::SlowDrip: {
        const SandboxResponse response = m_handler(request);
        m_socket->write(head(response, response.body.size(), keepAlive));
        m_dripBody = headOnly ? QByteArray() : response.body;
        m_dripOffset = 0;
        m_dripKeepAlive = keepAlive;
        m_timer->disconnect();
        connect(m_timer, &QTimer::timeout, this, &SandboxConnection::dripNextByte);
        m_timer->start(SandboxFault::SlowDripIntervalMs);
        return;
    }
    case Kind::Huge: {
        m_hugeBody = std::make_unique<SandboxHugeBody>(fault->value * 1024 * 1024);
        m_hugeKeepAlive = keepAlive;
        SandboxResponse response;
        response.addHeader("Content-Type", "application/json");
        m_socket->write(head(response, m_hugeBody->size(), keepAlive));
        if (headOnly) {
            m_hugeBody.reset();
            finishResponse(keepAlive);
            return;
        }
        writeMoreHugeBody();
        return;
    }
    case Kind::InvalidJson:
    case Kind::Html502:
    case Kind::Status:
    case Kind::Redirect:
        respond(fault->replacement(), keepAlive, headOnly);
        return;
    }
}

QByteArray SandboxConnection::head(const SandboxResponse &response, qint64 contentLength,
                                   bool keepAlive) const
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        text += name + ": " + value + "\r\n";
    text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    text +=
        keepAlive ? QByteArray("Connection: keep-alive\r\n") : QByteArray("Connection: close\r\n");
    text += "\r\n";
    return text;
}

void SandboxConnection::respond(const SandboxResponse &response, bool keepAlive, bool headOnly)
{
    if (m_closed || !m_socket)
        return;
    m_busy = true;
    m_socket->write(head(response, response.body.size(), keepAlive));
    if (!headOnly)
        m_socket->write(response.body);
    finishResponse(keepAlive);
}

void SandboxConnection::finishResponse(bool keepAlive)
{
    if (!keepAlive) {
        m_socket->disconnectFromHost(); // after the pending bytes are written
        return;
    }
    m_busy = false;
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &SandboxConnection::readRequests, Qt::QueuedConnection);
}

void SandboxConnection::dripNextByte()
{
    if (m_closed || !m_socket)
        return;
    if (m_dripOffset >= m_dripBody.size()) {
        m_dripBody.clear();
        finishResponse(m_dripKeepAlive);
        return;
    }
    m_socket->write(m_dripBody.mid(m_dripOffset++, 1));
    m_timer->start(SandboxFault::SlowDripIntervalMs);
}

void SandboxConnection::writeMoreHugeBody()
{
    if (m_closed || !m_socket || !m_hugeBody)
        return;
    while (m_socket->bytesToWrite() < HugeHighWater && !m_hugeBody->atEnd())
        m_socket->write(m_hugeBody->next(HugeChunkBytes));
    if (m_hugeBody->atEnd()) {
        m_hugeBody.reset();
        finishResponse(m_hugeKeepAlive);
    }
}
