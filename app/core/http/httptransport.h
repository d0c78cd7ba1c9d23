// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/exchange.h"

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHash>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

class QNetworkAccessManager;
class QSslError;
class QTimer;
class HttpTransport;

// One HTTP/1.1 request exactly as it goes on the wire: the headers are final and validated.
struct HttpTransportRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int timeoutMs = 30000; // an inactivity timeout: every byte in or out restarts it
    qint64 maxBodyBytes = 256LL * 1024 * 1024;
    QSslConfiguration ssl;
    QString trustKey; // the CA file: connections trusted through it are pooled apart
};

// One request on one connection of an HttpTransport. Reports once through finished(); its
// result() holds the answer (status, reason, headers, body, timings) or the transport error.
class HttpTransfer : public QObject
{
    Q_OBJECT
public:
    ~HttpTransfer() override;
    // Ends the transfer with this error; the connection is closed, never pooled.
    void abort(TransportError reason, const QString &text);
    const Exchange &result() const { return m_result; }
    bool isFinished() const { return m_finished; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    friend class HttpTransport;
    enum class Stage { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Done };
    enum class BodyMode { None, Length, Chunked, UntilClose };

    HttpTransfer(HttpTransport *transport, const HttpTransportRequest &request,
                 const QElapsedTimer &clock, QObject *parent);
    void start();
    void openFresh();
    void attach(QAbstractSocket *socket, bool reused);
    void detach();
    void onReady();
    void writeRequest();
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void onClosed();
    void onTimeout();
    bool parse(); // false once the transfer has finished (answer complete or protocol error)
    bool parseHeaderBlockEnd();
    bool appendBody(const char *data, qint64 size);
    void complete();
    void fail(TransportError error, const QString &text);
    void finishNow();

    QPointer<HttpTransport> m_transport;
    HttpTransportRequest m_request;
    QString m_poolKey;
    QElapsedTimer m_clock;
    QTimer *const m_timer;
    QPointer<QAbstractSocket> m_socket;
    Exchange m_result;
    QByteArray m_buffer;
    QByteArray m_rawBody;
    Stage m_stage = Stage::StatusLine;
    BodyMode m_bodyMode = BodyMode::None;
    qint64 m_contentLength = -1;
    qint64 m_chunkLeft = 0;
    qint64 m_received = 0;
    qint64 m_headerBytes = 0;
    int m_interimAnswers = 0;
    qint64 m_connectStartedMs = -1;
    bool m_reused = false;
    bool m_retried = false;
    bool m_gotResponseByte = false;
    bool m_keepAlive = true;
    bool m_finished = false;
};

// An in-thread HTTP/1.1 client: idle keep-alive connections pooled per origin, CA file and
// proxy, one request per connection at a time, redirects never followed, TLS failing closed.
// It takes its proxy from the manager (its factory, else its proxy) like Qt would.
class HttpTransport : public QObject
{
    Q_OBJECT
public:
    explicit HttpTransport(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~HttpTransport() override;

    // The transfer starts at once and belongs to parent; clock is the call's start.
    HttpTransfer *start(const HttpTransportRequest &request, const QElapsedTimer &clock,
                        QObject *parent);
    int idleConnectionCount() const;

signals:
    // Each request the transport writes to a connection, retries included.
    void requestWritten(const QByteArray &method, const QUrl &url, int timeoutMs);

private:
    friend class HttpTransfer;
    QNetworkProxy proxyFor(const QUrl &url) const;
    QString poolKey(const HttpTransportRequest &request, const QNetworkProxy &proxy) const;
    QAbstractSocket *takeIdle(const QString &key);
    void putIdle(const QString &key, QAbstractSocket *socket);
    void dropIdle(QAbstractSocket *socket);

    QPointer<QNetworkAccessManager> m_network;
    QHash<QString, QList<QAbstractSocket *>> m_idle;
};
