// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxconnection.h"

#include "sandboxfault.h"
#include "sandboxrequestparser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

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
    if (m_buffer.size() > SandboxLimits::MaxHeadBytes + SandboxLimits::MaxChunkedBytes) {
        abort();
        return;
    }
    while (!m_busy && !m_closed) {
        const SandboxParsedRequest parsed = parseSandboxRequest(m_buffer);
        m_buffer.remove(0, parsed.consumed);
        switch (parsed.outcome) {
        case SandboxParsedRequest::Outcome::Incomplete:
            if (parsed.expectsContinue && !m_continueSent) {
                m_continueSent = true;
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        case SandboxParsedRequest::Outcome::Invalid:
            // The rest of the stream cannot be framed: answer and close.
            m_buffer.clear();
            respond(errorEnvelope(parsed.errorStatus, parsed.errorCode, parsed.errorMessage),
                    false);
            return;
        case SandboxParsedRequest::Outcome::Complete:
            m_continueSent = false;
            dispatch(parsed.request, parsed.keepAlive);
            break;
        }
    }
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
