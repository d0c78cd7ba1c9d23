// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QQueue>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QTcpServer;
class QTcpSocket;

// A loopback HTTP/1.1 server for tests: it records every request it receives, byte for byte,
// and answers each one with a scripted behaviour (a canned answer, a hang, a reset, a cut-short
// body, a delay or a redirect). Plain TCP by default, TLS with listenTls().
class RecordingServer : public QObject
{
    Q_OBJECT
public:
    enum class Behaviour {
        Respond, // write `response` verbatim and keep the connection open
        Hang, // accept the request and never answer
        Reset, // write `response` (often nothing), then abort the connection with a TCP reset
        Truncate, // announce more body than is sent, then close cleanly
        Slow, // wait `delayMs`, then write `response`
        Stall, // write `response` (headers and part of a body), then never write again
        Drip, // write `response`, then `drip` a byte every `delayMs`; again and again if endless
    };

    struct Script
    {
        Behaviour behaviour = Behaviour::Respond;
        QByteArray response; // raw bytes for Respond, Slow, Truncate, Stall and Drip
        int delayMs = 0;
        QByteArray drip; // Drip: the bytes sent slowly after `response`
        bool endless = false; // Drip: send `drip` whole every `delayMs`, forever
    };

    struct Request
    {
        QByteArray raw; // the request exactly as received (headers and body)
        QByteArray method;
        QByteArray target; // the request-target: "/v1/me?x=1"
        QByteArray version;
        QList<QPair<QByteArray, QByteArray>> headers; // names as sent, values trimmed
        QByteArray body;
        int connection = 0; // 1-based index of the connection it came on

        // The first value of a header, compared case-insensitively; empty when absent.
        QByteArray header(const QByteArray &name) const;
        bool hasHeader(const QByteArray &name) const;
    };

    explicit RecordingServer(QObject *parent = nullptr);
    ~RecordingServer() override;

    // Listens on 127.0.0.1 and a free port.
    bool listen();
    // The same, speaking TLS with the given PEM certificate and private key.
    bool listenTls(const QString &certFile, const QString &keyFile, QString *error = nullptr);
    void close();

    bool isTls() const { return m_tls; }
    quint16 port() const;
    // http(s)://127.0.0.1:<port> followed by path.
    QUrl url(const QString &path = QString()) const;
    // The same server named "localhost": another origin for the client, the same socket here.
    QUrl localhostUrl(const QString &path = QString()) const;

    // What to do with requests; a queued script is used once, in order, then the default.
    void setDefaultScript(const Script &script) { m_defaultScript = script; }
    void enqueue(const Script &script) { m_queue.enqueue(script); }
    // A script played on each connection as soon as it is accepted, before any request is
    // read (a server that does not speak the client's protocol); none by default.
    void setAcceptScript(const Script &script) { m_acceptScript = script; }

    static Script respond(const QByteArray &rawResponse);
    static Script respond(int status, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {});
    static Script hang();
    static Script reset();
    static Script resetAfter(const QByteArray &partialRawResponse);
    static Script truncate(int status, const QByteArray &sentBody, qint64 announcedLength);
    // Writes partialRawResponse as it is, then closes cleanly.
    static Script closeAfter(const QByteArray &partialRawResponse);
    static Script slow(int delayMs, const QByteArray &rawResponse);
    static Script stall(const QByteArray &partialRawResponse);
    static Script redirect(int status, const QUrl &location);
    // The head of `rawResponse` at once, then its body a byte every intervalMs.
    static Script drip(const QByteArray &rawResponse, int intervalMs);
    // `first`, then `again` every intervalMs until the client goes away (interim answers).
    static Script endless(const QByteArray &first, const QByteArray &again, int intervalMs);

    // Every byte read from every connection (after TLS decryption).
    QByteArray receivedBytes() const { return m_received; }
    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    // Accepted connections (for TLS: connections that started a handshake).
    int connectionCount() const { return m_connectionCount; }
    // Connections whose TLS handshake completed.
    int encryptedConnectionCount() const { return m_encryptedCount; }
    QStringList tlsErrors() const { return m_tlsErrors; }

    // A raw HTTP/1.1 response with a Content-Length matching body.
    static QByteArray makeResponse(int status, const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A raw HTTP/1.1 response with `Transfer-Encoding: chunked`, the chunks as given (each
    // with its hexadecimal size line), ended by the last chunk when `complete`.
    static QByteArray makeChunkedResponse(int status, const QList<QByteArray> &chunks,
                                          bool complete = true);

signals:
    void connectionAccepted();
    void requestReceived(const RecordingServer::Request &request);

private:
    struct Connection
    {
        int index = 0;
        QByteArray buffer;
        bool busy = false; // a request is being answered (slow) or never will be (hang)
    };

    bool startListening(QTcpServer *server, QString *error);
    void takePendingConnections();
    void attach(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    bool parseOne(Connection *connection, Request *request);
    void answer(QTcpSocket *socket, const Script &script);
    void dripNext(QTcpSocket *socket, const Script &script, qsizetype offset);

    QTcpServer *m_server = nullptr;
    bool m_tls = false;
    Script m_defaultScript;
    QQueue<Script> m_queue;
    std::optional<Script> m_acceptScript;
    QByteArray m_received;
    QList<Request> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    QList<QPointer<QTcpSocket>> m_sockets;
    int m_connectionCount = 0;
    int m_encryptedCount = 0;
    QStringList m_tlsErrors;
};

Q_DECLARE_METATYPE(RecordingServer::Request)
