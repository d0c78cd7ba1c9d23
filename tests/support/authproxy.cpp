// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "authproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

const QByteArray AuthProxy::Answer = QByteArrayLiteral("{\"via\":\"proxy\"}");

AuthProxy::AuthProxy(const QByteArray &user, const QByteArray &password, QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_expected("Basic " + QByteArray(user + ':' + password).toBase64())
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

AuthProxy::~AuthProxy() = default;

bool AuthProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost);
}

quint16 AuthProxy::port() const
{
    return m_server->serverPort();
}

QString AuthProxy::name() const
{
    return QStringLiteral("127.0.0.1:") + QString::number(port());
}

QByteArray AuthProxy::url(const QByteArray &user, const QByteArray &password) const
{
    QByteArray userInfo;
    if (!user.isEmpty())
        userInfo = user.toPercentEncoding() + ':' + password.toPercentEncoding() + '@';
    return "http://" + userInfo + "127.0.0.1:" + QByteArray::number(port());
}

int AuthProxy::refusedCount() const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [](const Request &request) { return !request.authorized; }));
}

int AuthProxy::authorizedCount() const
{
    return int(m_requests.size()) - refusedCount();
}

void AuthProxy::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    const QByteArray data = socket->readAll();
    buffer += data;
    m_received += data;
    for (qsizetype end = buffer.indexOf("\r\n\r\n"); end >= 0; end = buffer.indexOf("\r\n\r\n")) {
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype bodyLength = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "proxy-authorization")
                request.proxyAuthorization = value;
            else if (name == "content-length")
                bodyLength = value.toLongLong();
        }
        buffer.remove(0, bodyLength); // tests send GETs; a body is skipped, not forwarded
        request.authorized = request.proxyAuthorization == m_expected;
        m_requests.append(request);
        if (!request.authorized) {
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"corp\"\r\n"
                          "Content-Length: 0\r\n\r\n");
        } else if (request.method == "CONNECT") {
            openTunnel(socket);
            return;
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(Answer.size()) + "\r\n\r\n" + Answer);
        }
    }
}

void AuthProxy::openTunnel(QTcpSocket *client)
{
    if (m_tunnelPort == 0) {
        client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
        return;
    }
    // From here on the client's bytes are the tunnel's, not requests to this proxy.
    disconnect(client, &QTcpSocket::readyRead, this, nullptr);
    m_buffers.remove(client);
    auto *upstream = new QTcpSocket(client);
    connect(upstream, &QTcpSocket::connected, client,
            [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
    connect(upstream, &QTcpSocket::readyRead, client,
            [client, upstream] { client->write(upstream->readAll()); });
    connect(client, &QTcpSocket::readyRead, upstream,
            [client, upstream] { upstream->write(client->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
    upstream->connectToHost(QHostAddress::LocalHost, m_tunnelPort);
}
