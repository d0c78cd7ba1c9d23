// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "httptransport.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

namespace {

constexpr qint64 MaxHeaderBytes = 256 * 1024;
constexpr int MaxInterimAnswers = 16;

QString tooLargeText(qint64 cap)
{
    return QCoreApplication::translate(
               "HttpTransport", "The response body was larger than %1 MiB and was abandoned.")
        .arg(cap / (1024 * 1024));
}
constexpr int MaxIdlePerKey = 6;

bool hasUnsafeByte(const QByteArray &value)
{
    for (const char c : value) {
        if (c == '\r' || c == '\n' || c == '\0')
            return true;
    }
    return false;
}

// We ask for identity, but a server that compresses anyway is still understood: zlib and gzip
// framing are both recognised (windowBits 15 + 32), raw deflate as a fallback.
// What inflating a body may produce before it is taken for a decompression bomb: past 10 MiB,
// no more than 40 bytes out for each byte in (Qt's own defaults), and never past the cap.
constexpr qint64 BombCheckFromBytes = 10 * 1024 * 1024;
constexpr qint64 BombMaxRatio = 40;

enum class Inflated { Ok, Failed, TooLarge };

Inflated inflateBody(const QByteArray &in, QByteArray *out, int windowBits, qint64 cap)
{
    z_stream stream{};
    if (inflateInit2(&stream, windowBits) != Z_OK)
        return Inflated::Failed;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    stream.avail_in = uInt(in.size());
    QByteArray result;
    char chunk[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        result.append(chunk, qsizetype(sizeof chunk - stream.avail_out));
        if (result.size() > cap
            || (result.size() > BombCheckFromBytes && result.size() > BombMaxRatio * in.size())) {
            inflateEnd(&stream);
            return Inflated::TooLarge;
        }
        if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0)
            break;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return Inflated::Failed;
    *out = result;
    return Inflated::Ok;
}

TransportError errorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return TransportError::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QAbstractSocket::RemoteHostClosedError:
        return TransportError::ConnectionReset;
    case QAbstractSocket::SocketTimeoutError:
        return TransportError::TimedOut;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return TransportError::TlsFailure;
    default:
        return TransportError::Other;
    }
}

} // namespace

HttpTransfer::HttpTransfer(HttpTransport *transport, const HttpTransportRequest &request,
                           const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_request(request)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(request.timeoutMs > 0 ? request.timeoutMs : 30000);
    connect(m_timer, &QTimer::timeout, this, &HttpTransfer::onTimeout);
}

HttpTransfer::~HttpTransfer()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

void HttpTransfer::start()
{
    for (const auto &header : m_request.headers) {
        // A last guard: a CR, LF or NUL would let a value add headers of its own.
        if (hasUnsafeByte(header.first) || hasUnsafeByte(header.second) || header.first.isEmpty()) {
            fail(TransportError::Other, tr("A header holds a line break or a NUL byte."));
            return;
        }
    }
    if (!m_transport) {
        fail(TransportError::Other, tr("The client is gone."));
        return;
    }
    const QNetworkProxy proxy = m_transport->proxyFor(m_request.url);
    m_poolKey = m_transport->poolKey(m_request, proxy);
    m_timer->start();
    if (QAbstractSocket *idle = m_transport->takeIdle(m_poolKey)) {
        idle->setParent(this);
        attach(idle, true);
        writeRequest();
        return;
    }
    openFresh();
}

void HttpTransfer::openFresh()
{
    const bool tls = m_request.url.scheme() == u"https";
    QAbstractSocket *socket = nullptr;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSslConfiguration(m_request.ssl);
        ssl->setPeerVerifyName(m_request.url.host());
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Never excused: the handshake fails and the errors become evidence.
            for (const QSslError &error : errors)
                m_result.tlsErrors.append(error.errorString());
        });
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_result.timings.connectMs = now;
            m_result.timings.tlsMs = now - m_connectStartedMs;
            onReady();
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QAbstractSocket::connected, this, [this] {
            m_result.timings.connectMs = m_clock.elapsed();
            onReady();
        });
    }
    socket->setProxy(m_transport ? m_transport->proxyFor(m_request.url)
                                 : QNetworkProxy(QNetworkProxy::NoProxy));
    attach(socket, false);
    m_connectStartedMs = m_clock.elapsed();
    const quint16 port = quint16(m_request.url.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(socket)->connectToHostEncrypted(m_request.url.host(), port);
    else
        socket->connectToHost(m_request.url.host(), port);
}

void HttpTransfer::attach(QAbstractSocket *socket, bool reused)
{
    m_socket = socket;
    m_reused = reused;
    m_gotResponseByte = false;
    m_buffer.clear();
    if (reused) {
        m_result.timings.connectMs = -1;
        m_result.timings.tlsMs = -1;
    }
    connect(socket, &QAbstractSocket::readyRead, this, &HttpTransfer::onReadyRead);
    connect(socket, &QAbstractSocket::errorOccurred, this, &HttpTransfer::onSocketError);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpTransfer::onClosed);
    connect(socket, &QAbstractSocket::bytesWritten, m_timer, qOverload<>(&QTimer::start));
}

void HttpTransfer::detach()
{
    if (m_socket)
        m_socket->disconnect(this);
    m_socket = nullptr;
}

void HttpTransfer::onReady()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer->start();
    writeRequest();
}

void HttpTransfer::writeRequest()
{
    const QUrl &url = m_request.url;
    QByteArray target =
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray host =
        url.toEncoded(QUrl::RemoveScheme | QUrl::RemovePath | QUrl::RemoveQuery
                      | QUrl::RemoveFragment | QUrl::RemoveUserInfo | QUrl::RemovePort);
    while (host.startsWith('/'))
        host.remove(0, 1);
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());

    QByteArray wire;
    wire.reserve(512 + m_request.body.size());
    wire += m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &header : m_request.headers)
        wire += header.first + ": " + header.second + "\r\n";
    // Uncompressed, so a cut body can always be measured against Content-Length.
    wire += "Accept-Encoding: identity\r\n";
    const QByteArray &method = m_request.method;
    if (!m_request.body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        wire += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    wire += "\r\n";
    wire += m_request.body;
    m_socket->write(wire);
    if (m_transport)
        emit m_transport->requestWritten(m_request.method, m_request.url, int(m_timer->interval()));
}

void HttpTransfer::onReadyRead()
{
    if (m_finished || !m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_timer->start();
    if (!m_gotResponseByte) {
        m_gotResponseByte = true;
        if (m_result.timings.firstByteMs < 0)
            m_result.timings.firstByteMs = m_clock.elapsed();
    }
    m_buffer += data;
    parse();
}

bool HttpTransfer::parse()
{
    const auto takeLine = [this](QByteArray *line) {
        const qsizetype end = m_buffer.indexOf('\n');
        if (end < 0)
            return false;
        *line = m_buffer.left(end);
        if (line->endsWith('\r'))
            line->chop(1);
        m_buffer.remove(0, end + 1);
        return true;
    };
    while (!m_finished) {
        switch (m_stage) {
        case Stage::StatusLine: {
            QByteArray line;
            if (!takeLine(&line)) {
                if (m_buffer.size() > MaxHeaderBytes) {
                    fail(TransportError::Other, tr("The status line is too long."));
                    return false;
                }
                return true;
            }
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            const int status = parts.value(1).toInt(&ok);
            if (!line.startsWith("HTTP/1.") || parts.size() < 2 || !ok || status < 100
                || status > 999) {
                fail(TransportError::Other,
                     tr("The server did not answer with HTTP/1.x: %1")
                         .arg(QString::fromLatin1(line.left(60))));
                return false;
            }
            m_result.status = status;
            m_result.reason = line.mid(parts.at(0).size() + parts.at(1).size() + 2);
            m_result.headers.clear();
            m_keepAlive = line.startsWith("HTTP/1.1");
            m_headerBytes = line.size();
            m_stage = Stage::Headers;
            break;
        }
        case Stage::Headers: {
            QByteArray line;
            if (!takeLine(&line)) {
                if (m_headerBytes + m_buffer.size() > MaxHeaderBytes) {
                    fail(TransportError::Other, tr("The response headers are too large."));
                    return false;
                }
                return true;
            }
            m_headerBytes += line.size();
            if (m_headerBytes > MaxHeaderBytes) {
                fail(TransportError::Other, tr("The response headers are too large."));
                return false;
            }
            if (line.isEmpty()) {
                if (!parseHeaderBlockEnd())
                    return false;
                break;
            }
            if (line.startsWith(' ') || line.startsWith('\t')) {
                fail(TransportError::Other, tr("The server folded a header line (obsolete)."));
                return false;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(TransportError::Other, tr("The server sent a malformed header line."));
                return false;
            }
            m_result.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
            break;
        }
        case Stage::Body: {
            if (m_buffer.isEmpty())
                return true;
            qint64 take = m_buffer.size();
            if (m_bodyMode == BodyMode::Length)
                take = qMin(take, m_contentLength - m_received);
            if (!appendBody(m_buffer.constData(), take))
                return false;
            m_buffer.remove(0, take);
            if (m_bodyMode == BodyMode::Length && m_received >= m_contentLength) {
                complete();
                return false;
            }
            break;
        }
        case Stage::ChunkSize: {
            QByteArray line;
            if (!takeLine(&line)) {
                if (m_buffer.size() > 4096) {
                    fail(TransportError::Other, tr("A chunk size line is too long."));
                    return false;
                }
                return true;
            }
            const qsizetype semicolon = line.indexOf(';');
            if (semicolon >= 0)
                line.truncate(semicolon);
            bool ok = false;
            const qint64 size = line.trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(TransportError::Other, tr("The server sent a malformed chunk size."));
                return false;
            }
            if (size > m_request.maxBodyBytes - m_received) { // no overflow near qint64's end
                fail(TransportError::BodyTooLarge, tooLargeText(m_request.maxBodyBytes));
                return false;
            }
            if (size == 0) {
                m_stage = Stage::Trailers;
            } else {
                m_chunkLeft = size;
                m_stage = Stage::ChunkData;
            }
            break;
        }
        case Stage::ChunkData: {
            if (m_buffer.isEmpty())
                return true;
            const qint64 take = qMin<qint64>(m_buffer.size(), m_chunkLeft);
            if (!appendBody(m_buffer.constData(), take))
                return false;
            m_buffer.remove(0, take);
            m_chunkLeft -= take;
            if (m_chunkLeft == 0)
                m_stage = Stage::ChunkEnd;
            break;
        }
        case Stage::ChunkEnd: {
            QByteArray line;
            if (!takeLine(&line))
                return true;
            if (!line.isEmpty()) {
                fail(TransportError::Other, tr("A chunk did not end where its size said."));
                return false;
            }
            m_stage = Stage::ChunkSize;
            break;
        }
        case Stage::Trailers: {
            QByteArray line;
            if (!takeLine(&line))
                return true;
            if (line.isEmpty()) {
                complete();
                return false;
            }
            break;
        }
        case Stage::Done:
            return false;
        }
    }
    return false;
}

bool HttpTransfer::parseHeaderBlockEnd()
{
    const int status = m_result.status;
    if (status >= 100 && status < 200 && status != 101) {
        // An interim answer; the real one follows. A server that only ever sends these
        // would keep the inactivity timer fed for ever.
        if (++m_interimAnswers > MaxInterimAnswers) {
            fail(TransportError::Other, tr("The server sent too many interim (1xx) answers."));
            return false;
        }
        m_stage = Stage::StatusLine;
        return true;
    }
    bool chunked = false;
    for (const auto &header : std::as_const(m_result.headers)) {
        const QByteArray name = header.first.toLower();
        const QByteArray value = header.second.toLower();
        if (name == "connection") {
            if (value.contains("close"))
                m_keepAlive = false;
            else if (value.contains("keep-alive"))
                m_keepAlive = true;
        } else if (name == "transfer-encoding") {
            chunked = value.trimmed().endsWith("chunked");
        } else if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.trimmed().toLongLong(&ok);
            if (!ok || length < 0 || (m_contentLength >= 0 && m_contentLength != length)) {
                fail(TransportError::Other, tr("The server sent an invalid Content-Length."));
                return false;
            }
            m_contentLength = length;
        }
    }
    if (m_request.method == "HEAD" || status == 101 || status == 204 || status == 304) {
        m_bodyMode = BodyMode::None;
        m_contentLength = m_request.method == "HEAD" ? m_contentLength : 0;
        complete();
        return false;
    }
    if (chunked) {
        m_bodyMode = BodyMode::Chunked;
        m_contentLength = -1;
        m_stage = Stage::ChunkSize;
    } else if (m_contentLength >= 0) {
        m_bodyMode = BodyMode::Length;
        if (m_contentLength > m_request.maxBodyBytes) {
            fail(TransportError::BodyTooLarge, tooLargeText(m_request.maxBodyBytes));
            return false;
        }
        if (m_contentLength == 0) {
            complete();
            return false;
        }
        m_stage = Stage::Body;
    } else {
        m_bodyMode = BodyMode::UntilClose;
        m_keepAlive = false;
        m_stage = Stage::Body;
    }
    return true;
}

bool HttpTransfer::appendBody(const char *data, qint64 size)
{
    if (m_received + size > m_request.maxBodyBytes) {
        fail(TransportError::BodyTooLarge, tooLargeText(m_request.maxBodyBytes));
        return false;
    }
    m_rawBody.append(data, qsizetype(size));
    m_received += size;
    emit progress(m_received, m_bodyMode == BodyMode::Length ? m_contentLength : -1);
    return !m_finished;
}

void HttpTransfer::complete()
{
    if (m_finished)
        return;
    m_stage = Stage::Done;
    m_timer->stop();
    QByteArray encoding;
    for (const auto &header : std::as_const(m_result.headers)) {
        if (header.first.compare("content-encoding", Qt::CaseInsensitive) == 0)
            encoding = header.second.trimmed().toLower();
    }
    if (!m_rawBody.isEmpty() && (encoding == "gzip" || encoding == "deflate")) {
        QByteArray decoded;
        Inflated inflated = inflateBody(m_rawBody, &decoded, 15 + 32, m_request.maxBodyBytes);
        if (inflated == Inflated::Failed) // raw deflate, as some servers send it
            inflated = inflateBody(m_rawBody, &decoded, -15, m_request.maxBodyBytes);
        if (inflated == Inflated::TooLarge) {
            fail(TransportError::BodyTooLarge,
                 tr("The %1 response body grew too large when decompressed and was abandoned.")
                     .arg(QString::fromLatin1(encoding)));
            return;
        }
        if (inflated == Inflated::Failed) {
            fail(TransportError::Other,
                 tr("The %1 response body could not be decompressed.")
                     .arg(QString::fromLatin1(encoding)));
            return;
        }
        m_rawBody = decoded;
    }
    m_result.body = m_rawBody;

    // A connection goes back to the pool only after a complete answer with nothing left over.
    QAbstractSocket *socket = m_socket;
    detach();
    if (socket) {
        if (m_keepAlive && m_buffer.isEmpty() && socket->bytesAvailable() == 0
            && socket->state() == QAbstractSocket::ConnectedState && m_transport) {
            m_transport->putIdle(m_poolKey, socket);
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
    finishNow();
}

void HttpTransfer::fail(TransportError error, const QString &text)
{
    if (m_finished)
        return;
    m_stage = Stage::Done;
    m_timer->stop();
    if (!m_result.tlsErrors.isEmpty() && error != TransportError::Canceled
        && error != TransportError::TimedOut)
        error = TransportError::TlsFailure;
    m_result.transportError = error;
    m_result.errorText = text;
    m_result.body.clear();
    if (m_socket) {
        QAbstractSocket *socket = m_socket;
        detach();
        socket->abort();
        socket->deleteLater();
    }
    finishNow();
}

void HttpTransfer::abort(TransportError reason, const QString &text)
{
    fail(reason, text);
}

void HttpTransfer::finishNow()
{
    m_finished = true;
    emit finished();
}

void HttpTransfer::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_finished || !m_socket)
        return;
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onClosed();
        return;
    }
    const QString text = m_socket->errorString();
    fail(errorFor(error), text);
}

void HttpTransfer::onClosed()
{
    if (m_finished || !m_socket)
        return;
    onReadyRead(); // whatever arrived before the close is part of the answer
    if (m_finished)
        return;
    if (m_stage == Stage::Body && m_bodyMode == BodyMode::UntilClose) {
        m_keepAlive = false;
        complete();
        return;
    }
    // A kept-alive connection the server had already closed: the request never reached it.
    if (m_reused && !m_gotResponseByte && !m_retried) {
        m_retried = true;
        QAbstractSocket *stale = m_socket;
        detach();
        stale->abort();
        stale->deleteLater();
        m_stage = Stage::StatusLine;
        m_timer->start();
        openFresh();
        return;
    }
    if (m_result.status > 0 && m_stage != Stage::StatusLine) {
        const QString text = m_bodyMode == BodyMode::Length
            ? tr("The connection closed after %1 of the %2 bytes the server announced.")
                  .arg(m_received)
                  .arg(m_contentLength)
            : tr("The connection closed before the response was complete.");
        fail(TransportError::BodyTruncated, text);
        return;
    }
    fail(TransportError::ConnectionReset, tr("The remote host closed the connection."));
}

void HttpTransfer::onTimeout()
{
    fail(TransportError::TimedOut,
         tr("Nothing was received for %1 ms; the request was abandoned.").arg(m_timer->interval()));
}

HttpTransport::HttpTransport(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

HttpTransport::~HttpTransport()
{
    for (const QList<QAbstractSocket *> &sockets : std::as_const(m_idle)) {
        for (QAbstractSocket *socket : sockets) {
            socket->disconnect(this);
            socket->abort();
        }
    }
}

HttpTransfer *HttpTransport::start(const HttpTransportRequest &request, const QElapsedTimer &clock,
                                   QObject *parent)
{
    auto *transfer = new HttpTransfer(this, request, clock, parent);
    transfer->start();
    return transfer;
}

int HttpTransport::idleConnectionCount() const
{
    int count = 0;
    for (const QList<QAbstractSocket *> &sockets : m_idle)
        count += int(sockets.size());
    return count;
}

QNetworkProxy HttpTransport::proxyFor(const QUrl &url) const
{
    QNetworkProxy proxy(QNetworkProxy::DefaultProxy);
    if (m_network && m_network->proxyFactory())
        proxy = m_network->proxyFactory()->queryProxy(QNetworkProxyQuery(url)).value(0);
    else if (m_network)
        proxy = m_network->proxy();
    // A socket tunnels through an HTTP proxy with CONNECT, so the proxy never sees the request.
    if (proxy.type() == QNetworkProxy::HttpCachingProxy)
        proxy.setType(QNetworkProxy::HttpProxy);
    return proxy;
}

QString HttpTransport::poolKey(const HttpTransportRequest &request,
                               const QNetworkProxy &proxy) const
{
    const QUrl &url = request.url;
    return url.scheme() + u"://" + url.host() + u':'
        + QString::number(url.port(url.scheme() == u"https" ? 443 : 80)) + u'|' + request.trustKey
        + u'|' + QString::number(int(proxy.type())) + u'|' + proxy.hostName() + u':'
        + QString::number(proxy.port());
}

QAbstractSocket *HttpTransport::takeIdle(const QString &key)
{
    auto it = m_idle.find(key);
    while (it != m_idle.end() && !it->isEmpty()) {
        QAbstractSocket *socket = it->takeLast();
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0)
            return socket;
        socket->abort();
        socket->deleteLater();
    }
    return nullptr;
}

void HttpTransport::putIdle(const QString &key, QAbstractSocket *socket)
{
    QList<QAbstractSocket *> &sockets = m_idle[key];
    if (sockets.size() >= MaxIdlePerKey) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    socket->setParent(this);
    sockets.append(socket);
    // An idle connection that speaks or closes is no longer fit for a request.
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { dropIdle(socket); });
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { dropIdle(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { dropIdle(socket); });
}

void HttpTransport::dropIdle(QAbstractSocket *socket)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        if (it->removeOne(socket)) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
            return;
        }
    }
}
