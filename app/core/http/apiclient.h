// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "environments/environment.h"
#include "http/exchange.h"
#include "http/preparedrequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

// What the caller asks for; the client adds the auth headers and the origin.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/v1/me"; must start with '/', may not hold a scheme or host
    QList<QPair<QString, QString>> query;
    HeaderList extraHeaders; // the auth headers may not be overridden here
    QByteArray body;
    // A non-GET to production is refused unless the user confirmed this very request.
    bool confirmedForProduction = false;
};

// The key and the group a call acts for. Lives only in memory; never logged or stored.
struct Credentials
{
    QByteArray apiKey;
    QByteArray practiceGroupId;
};

// One call in flight. Reports once through finished(), then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;
    void cancel();
    const Exchange &exchange() const { return m_exchange; }

signals:
    void progress(qint64 received, qint64 total);
    void finished(const Exchange &exchange);

private:
    friend class ApiClient;
    explicit ApiCall(QObject *parent);
    void start(QNetworkAccessManager *network, QNetworkReply *reply, qint64 maxBodyBytes);
    void finishRefused(Refusal refusal, const QString &text);
    void onFirstByte();
    void onReadyRead();
    void onReplyFinished();
    void classify(QNetworkReply *reply);
    void abortWith(TransportError error);
    void finish();

    Exchange m_exchange;
    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    QByteArray m_body;
    qint64 m_connectStartedMs = -1;
    qint64 m_maxBodyBytes = 0;
    TransportError m_abortReason = TransportError::None;
    bool m_finished = false;
};

// The one place requests are built and sent, through the QNetworkAccessManager it is given.
// Injects x-api-key and x-practice-group-id, validates every header value before Qt sees it,
// binds the key to the environment's exact origin, never follows redirects, sets a transfer
// timeout, caps the body, and fails closed on any TLS error.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // Always returns a call; a request refused before sending finishes (queued) with
    // Exchange::refusal set and nothing on the wire.
    ApiCall *send(const Environment &environment, const Credentials &credentials,
                  const ApiRequest &request);

    // Bodies above this (decompressed bytes) are abandoned with TransportError::BodyTooLarge
    // (default 256 MiB).
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    // Why the client would refuse this request, or Refusal::None. Pure: sends nothing.
    static Refusal check(const Environment &environment, const Credentials &credentials,
                         const ApiRequest &request, QString *why);
    // The full URL the request would go to (base URL + path + query).
    static QUrl urlFor(const Environment &environment, const ApiRequest &request);
    // Exactly what send() puts on the wire for this request, which it builds its network
    // request from: the caller's headers, with Accept and (when there is a body) Content-Type
    // unless the caller set them, then the practice group and, last, the key. Pure: it sends
    // and checks nothing; check() says whether it may go.
    static PreparedRequest prepare(const Environment &environment, const Credentials &credentials,
                                   const ApiRequest &request);

signals:
    // Every finished exchange, for history, the rate gauge and the flow panel.
    void exchangeFinished(const Exchange &exchange);

private:
    QNetworkAccessManager *const m_network;
    qint64 m_maxBodyBytes = 256LL * 1024 * 1024;
};
