// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QUrl>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Why a call produced no HTTP answer. HTTP error statuses are answers, not transport errors.
enum class TransportError {
    None,
    HostNotFound,
    ConnectionRefused,
    ConnectionReset, // closed or reset before or while the answer arrived
    TimedOut, // our transfer timeout fired (Qt reports this as a cancel)
    TlsFailure,
    BodyTruncated, // the connection closed before Content-Length was met, whatever the status
    BodyTooLarge, // the body exceeded the client's cap, or decompressed past Qt's safety check
    ProxyAuthenticationRequired, // the proxy answered 407: it wants a user name and password
    ProtocolError, // the answer broke HTTP, e.g. an interim (1xx) status as the final one
    Canceled, // the user cancelled
    Other,
};

// Why the client refused to send at all. Nothing reached the wire.
enum class Refusal {
    None,
    InvalidApiKey, // empty, too long, control or non-ASCII characters, spaces
    InvalidPracticeGroup, // not a string of digits
    InvalidHeader, // an extra header's name or value is not allowed
    InvalidPath, // not a path starting with '/', or an absolute URL
    InvalidBaseUrl, // see baseUrlProblem()
    OriginMismatch, // the URL would leave the environment's origin
    ProductionGuard, // a non-GET to production the user did not confirm
    RateLimited, // the client-side throttle would not send it (queue cancelled)
    KeyUnavailable, // no key could be read for the environment
    KeychainLocked, // the key is in a keyring that is locked; refusalText says how to unlock it
    InvalidCaFile, // the environment names a CA file that cannot be read
};

// Milliseconds from the start of the call to the end of each step; -1 when the step did not
// happen (a kept-alive connection was reused, no TLS) or Qt cannot tell it (the TCP connect of
// an HTTPS call, which ends inside the TLS handshake).
struct Timings
{
    qint64 connectMs = -1;
    qint64 tlsMs = -1;
    qint64 firstByteMs = -1;
    qint64 totalMs = -1;
};

// The request as it went on the wire, with the key redacted to its last four characters.
struct SentRequest
{
    QByteArray method;
    QUrl url;
    HeaderList headers;
    QByteArray body;
};

// One call: what was sent, what came back or why nothing did. A plain value: it holds no key.
struct Exchange
{
    SentRequest request;
    QDateTime startedAt;

    int status = 0; // 0 when there was no HTTP answer
    QByteArray reason;
    HeaderList headers;
    QByteArray body;
    Timings timings;

    TransportError transportError = TransportError::None;
    QString errorText; // the transport's own words, for evidence
    QList<QSslError::SslError> tlsErrors; // what the handshake refused, each once, in Qt's order
    QString proxy; // "host:port" of the proxy that refused the call (never its credentials)

    Refusal refusal = Refusal::None;
    QString refusalText;

    int attempt = 1; // 1 for the first try; more when the retry policy sent it again

    bool wasSent() const { return refusal == Refusal::None; }
    bool hasHttpResponse() const { return status > 0 && transportError == TransportError::None; }
    bool isSuccess() const { return hasHttpResponse() && status >= 200 && status < 300; }
    // The first value of a response header, compared case-insensitively; empty when absent.
    QByteArray header(const QByteArray &name) const;
    QByteArray requestHeader(const QByteArray &name) const;
};

QString transportErrorId(TransportError error);
QString refusalId(Refusal refusal);
// A few words for the user, translated: "host not found", "TLS failure"; empty for None.
QString transportErrorText(TransportError error);
// Qt's own words for each TLS problem, in the current language: for display only, never to
// classify (diagnosis and tests compare the enum values).
QStringList tlsErrorTexts(const QList<QSslError::SslError> &errors);

// "…Xy9Z": what a key may look like anywhere outside the keychain and the wire.
QString redactedKey(const QByteArray &key);

Q_DECLARE_METATYPE(Exchange)
