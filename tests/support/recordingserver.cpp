// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "recordingserver.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray statusLineAndHeaders(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    return out;
}

// Closes the socket with a TCP reset rather than a clean FIN, where the platform allows it.
void resetSocket(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        struct linger immediate = {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    }
#endif
    socket->abort();
}

RecordingServer::Script scriptOf(RecordingServer::Behaviour behaviour, const QByteArray &response,
                                 int delayMs)
{
    RecordingServer::Script script;
    script.behaviour = behaviour;
    script.response = response;
    script.delayMs = delayMs;
    return script;
}

} // namespace

QByteArray RecordingServer::Request::header(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return QByteArray();
}

bool RecordingServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RecordingServer::RecordingServer(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<RecordingServer::Request>();
    m_defaultScript = respond(200, QByteArrayLiteral("{}"), {{"Content-Type", "application/json"}});
}

RecordingServer::~RecordingServer()
{
    close();
}

bool RecordingServer::listen()
{
    close();
    m_tls = false;
    return startListening(new QTcpServer(this), nullptr);
}

bool RecordingServer::listenTls(const QString &certFile, const QString &keyFile, QString *error)
{
    close();
#if QT_CONFIG(ssl)
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile);
    QFile keyIn(keyFile);
    if (chain.isEmpty() || !keyIn.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1 or %2").arg(certFile, keyFile);
        return false;
    }
    const QSslKey key(&keyIn, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        if (error)
            *error = QStringLiteral("%1 is not an RSA PEM key").arg(keyFile);
        return false;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates

    auto *server = new QSslServer(this);
    server->setSslConfiguration(config);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *) {
        ++m_connectionCount;
        emit connectionAccepted();
    });
    connect(server, &QSslServer::errorOccurred, this,
            [this](QSslSocket *socket, QAbstractSocket::SocketError) {
                m_tlsErrors.append(socket->errorString());
            });
    m_tls = true;
    return startListening(server, error);
#else
    Q_UNUSED(certFile);
    Q_UNUSED(keyFile);
    if (error)
        *error = QStringLiteral("Qt was built without TLS support");
    return false;
#endif
}

bool RecordingServer::startListening(QTcpServer *server, QString *error)
{
    m_server = server;
    connect(server, &QTcpServer::pendingConnectionAvailable, this,
            &RecordingServer::takePendingConnections);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error = server->errorString();
        return false;
    }
    return true;
}

void RecordingServer::close()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }
    m_sockets.clear();
    m_connections.clear();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

quint16 RecordingServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl RecordingServer::url(const QString &path) const
{
    const QString scheme = m_tls ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(scheme + QStringLiteral("://127.0.0.1:") + QString::number(port()) + path);
}

QUrl RecordingServer::localhostUrl(const QString &path) const
{
    const QString scheme = m_tls ? QStringLiteral("https") : QStringLiteral("http");
    return QUrl(scheme + QStringLiteral("://localhost:") + QString::number(port()) + path);
}

RecordingServer::Script RecordingServer::respond(const QByteArray &rawResponse)
{
    return scriptOf(Behaviour::Respond, rawResponse, 0);
}

RecordingServer::Script
RecordingServer::respond(int status, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return respond(makeResponse(status, body, headers));
}

RecordingServer::Script RecordingServer::hang()
{
    return scriptOf(Behaviour::Hang, QByteArray(), 0);
}

RecordingServer::Script RecordingServer::reset()
{
    return scriptOf(Behaviour::Reset, QByteArray(), 0);
}

RecordingServer::Script RecordingServer::resetAfter(const QByteArray &partialRawResponse)
{
    return scriptOf(Behaviour::Reset, partialRawResponse, 0);
}

RecordingServer::Script RecordingServer::truncate(int status, const QByteArray &sentBody,
                                                  qint64 announcedLength)
{
    const QByteArray raw =
        statusLineAndHeaders(status,
                             {{"Content-Type", "application/json"},
                              {"Content-Length", QByteArray::number(announcedLength)}})
        + "\r\n" + sentBody;
    return scriptOf(Behaviour::Truncate, raw, 0);
}

RecordingServer::Script RecordingServer::closeAfter(const QByteArray &partialRawResponse)
{
    return scriptOf(Behaviour::Truncate, partialRawResponse, 0);
}

RecordingServer::Script RecordingServer::slow(int delayMs, const QByteArray &rawResponse)
{
    return scriptOf(Behaviour::Slow, rawResponse, delayMs);
}

RecordingServer::Script RecordingServer::stall(const QByteArray &partialRawResponse)
{
    return scriptOf(Behaviour::Stall, partialRawResponse, 0);
}

RecordingServer::Script RecordingServer::redirect(int status, const QUrl &location)
{
    return respond(status, QByteArray(), {{"Location", location.toEncoded()}});
}

RecordingServer::Script RecordingServer::drip(const QByteArray &rawResponse, int intervalMs)
{
    const qsizetype headEnd = rawResponse.indexOf("\r\n\r\n");
    const qsizetype bodyStart = headEnd < 0 ? rawResponse.size() : headEnd + 4;
    Script script = scriptOf(Behaviour::Drip, rawResponse.left(bodyStart), intervalMs);
    script.drip = rawResponse.mid(bodyStart);
    return script;
}

RecordingServer::Script RecordingServer::endless(const QByteArray &first, const QByteArray &again,
                                                 int intervalMs)
{
    Script script = scriptOf(Behaviour::Drip, first, intervalMs);
    script.drip = again;
    script.endless = true;
    return script;
}

QByteArray RecordingServer::makeResponse(int status, const QByteArray &body,
                                         const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return statusLineAndHeaders(status, headers)
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray RecordingServer::makeChunkedResponse(int status, const QList<QByteArray> &chunks,
                                                bool complete)
{
    QByteArray out =
        statusLineAndHeaders(
            status, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}})
        + "\r\n";
    for (const QByteArray &chunk : chunks)
        out += chunk;
    if (complete)
        out += "0\r\n\r\n";
    return out;
}

void RecordingServer::takePendingConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (m_tls) {
            ++m_encryptedCount; // QSslServer hands out a socket only once it is encrypted
        } else {
            ++m_connectionCount;
            emit connectionAccepted();
        }
        attach(socket);
        if (m_acceptScript)
            answer(socket, *m_acceptScript);
    }
}

void RecordingServer::attach(QTcpSocket *socket)
{
    Connection connection;
    connection.index = m_connectionCount;
    m_connections.insert(socket, connection);
    m_sockets.append(socket);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_connections.remove(socket);
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void RecordingServer::onReadyRead(QTcpSocket *socket)
{
    const QByteArray data = socket->readAll();
    m_received += data;
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    it->buffer += data;
    Request request;
    while (!it->busy && parseOne(&*it, &request)) {
        m_requests.append(request);
        emit requestReceived(request);
        const Script script = m_queue.isEmpty() ? m_defaultScript : m_queue.dequeue();
        answer(socket, script);
        it = m_connections.find(socket); // answering may have closed it
        if (it == m_connections.end())
            return;
    }
}

bool RecordingServer::parseOne(Connection *connection, Request *request)
{
    const int headerEnd = int(connection->buffer.indexOf("\r\n\r\n"));
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
    Request parsed;
    qint64 contentLength = 0;
    for (int i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            parsed.method = parts.value(0);
            parsed.target = parts.value(1);
            parsed.version = parts.value(2);
            continue;
        }
        const int colon = int(line.indexOf(':'));
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        parsed.headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    const qint64 total = headerEnd + 4 + contentLength;
    if (connection->buffer.size() < total)
        return false;
    parsed.body = connection->buffer.mid(headerEnd + 4, contentLength);
    parsed.raw = connection->buffer.left(total);
    parsed.connection = connection->index;
    connection->buffer.remove(0, total);
    *request = parsed;
    return true;
}

void RecordingServer::answer(QTcpSocket *socket, const Script &script)
{
    Connection &connection = m_connections[socket];
    switch (script.behaviour) {
    case Behaviour::Respond:
        socket->write(script.response);
        if (script.response.toLower().contains("\r\nconnection: close\r\n"))
            socket->disconnectFromHost();
        return;
    case Behaviour::Hang:
        connection.busy = true;
        return;
    case Behaviour::Reset:
        if (!script.response.isEmpty()) {
            socket->write(script.response);
            socket->flush();
        }
        m_connections.remove(socket);
        socket->disconnect(this);
        resetSocket(socket);
        socket->deleteLater();
        return;
    case Behaviour::Truncate:
        socket->write(script.response);
        socket->disconnectFromHost(); // flushes what was written, then a clean close
        return;
    case Behaviour::Stall:
        connection.busy = true;
        socket->write(script.response);
        return;
    case Behaviour::Slow:
        connection.busy = true;
        QTimer::singleShot(script.delayMs, socket, [this, socket, script] {
            auto it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
            it->busy = false;
            socket->write(script.response);
            onReadyRead(socket); // answer anything that queued up meanwhile
        });
        return;
    case Behaviour::Drip:
        connection.busy = true;
        socket->write(script.response);
        dripNext(socket, script, 0);
        return;
    }
}

void RecordingServer::dripNext(QTcpSocket *socket, const Script &script, qsizetype offset)
{
    if (!script.endless && offset >= script.drip.size())
        return; // all sent; the connection stays open and busy, as after Stall
    QTimer::singleShot(script.delayMs, socket, [this, socket, script, offset] {
        if (!m_connections.contains(socket))
            return;
        socket->write(script.endless ? script.drip : script.drip.mid(offset, 1));
        dripNext(socket, script, script.endless ? 0 : offset + 1);
    });
}
