// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;

// A loopback HTTP proxy that demands Basic authentication, like a company proxy: a request
// without the right Proxy-Authorization gets 407 with `Proxy-Authenticate: Basic realm="corp"`.
// With it, a plain-HTTP request is answered 200 by the proxy itself (it never forwards), and a
// CONNECT is tunnelled to 127.0.0.1:tunnelPort (or refused with 502 when there is none).
class AuthProxy : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray proxyAuthorization; // as sent, empty when absent
        bool authorized = false;
    };

    explicit AuthProxy(const QByteArray &user, const QByteArray &password,
                       QObject *parent = nullptr);
    ~AuthProxy() override;

    bool listen();
    quint16 port() const;
    // "127.0.0.1:port", how the explorer names this proxy.
    QString name() const;
    // http://user:password@127.0.0.1:port, percent-encoded, for http_proxy and https_proxy.
    QByteArray url(const QByteArray &user = QByteArray(),
                   const QByteArray &password = QByteArray()) const;
    void setTunnelPort(quint16 port) { m_tunnelPort = port; }

    QList<Request> requests() const { return m_requests; }
    int refusedCount() const;
    int authorizedCount() const;
    // Every byte received outside tunnels: request lines and headers.
    QByteArray receivedBytes() const { return m_received; }

    static const QByteArray Answer; // the body of the proxy's own 200

private:
    void onReadyRead(QTcpSocket *socket);
    void openTunnel(QTcpSocket *client);

    QTcpServer *const m_server;
    const QByteArray m_expected;
    quint16 m_tunnelPort = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
    QByteArray m_received;
};
