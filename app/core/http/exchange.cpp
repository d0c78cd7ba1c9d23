// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "exchange.h"

#include <QCoreApplication>

namespace {

// The translation context of the words below.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

QByteArray findHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

} // namespace

QByteArray Exchange::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QByteArray Exchange::requestHeader(const QByteArray &name) const
{
    return findHeader(request.headers, name);
}

QString transportErrorId(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QStringLiteral("none");
    case TransportError::HostNotFound:
        return QStringLiteral("host_not_found");
    case TransportError::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case TransportError::ConnectionReset:
        return QStringLiteral("connection_reset");
    case TransportError::TimedOut:
        return QStringLiteral("timed_out");
    case TransportError::TlsFailure:
        return QStringLiteral("tls_failure");
    case TransportError::BodyTruncated:
        return QStringLiteral("body_truncated");
    case TransportError::BodyTooLarge:
        return QStringLiteral("body_too_large");
    case TransportError::ProxyAuthenticationRequired:
        return QStringLiteral("proxy_authentication_required");
    case TransportError::ProtocolError:
        return QStringLiteral("protocol_error");
    case TransportError::Canceled:
        return QStringLiteral("canceled");
    case TransportError::Other:
        return QStringLiteral("transport_error");
    }
    return QStringLiteral("transport_error");
}

QString transportErrorText(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QString();
    case TransportError::HostNotFound:
        return Text::tr("host not found");
    case TransportError::ConnectionRefused:
        return Text::tr("connection refused");
    case TransportError::ConnectionReset:
        return Text::tr("connection closed early");
    case TransportError::TimedOut:
        return Text::tr("timed out");
    case TransportError::TlsFailure:
        return Text::tr("TLS failure");
    case TransportError::BodyTruncated:
        return Text::tr("body truncated");
    case TransportError::BodyTooLarge:
        return Text::tr("body too large");
    case TransportError::ProxyAuthenticationRequired:
        return Text::tr("proxy sign-in needed");
    case TransportError::Canceled:
        return Text::tr("cancelled");
    case TransportError::ProtocolError:
        return Text::tr("not valid HTTP");
    case TransportError::Other:
        return Text::tr("network error");
    }
    return Text::tr("network error");
}

QStringList tlsErrorTexts(const QList<QSslError::SslError> &errors)
{
    QStringList texts;
    texts.reserve(errors.size());
    for (const QSslError::SslError error : errors)
        texts.append(QSslError(error).errorString());
    return texts;
}

QString refusalId(Refusal refusal)
{
    switch (refusal) {
    case Refusal::None:
        return QStringLiteral("none");
    case Refusal::InvalidApiKey:
        return QStringLiteral("invalid_api_key");
    case Refusal::InvalidPracticeGroup:
        return QStringLiteral("invalid_practice_group");
    case Refusal::InvalidHeader:
        return QStringLiteral("invalid_header");
    case Refusal::InvalidPath:
        return QStringLiteral("invalid_path");
    case Refusal::InvalidBaseUrl:
        return QStringLiteral("invalid_base_url");
    case Refusal::OriginMismatch:
        return QStringLiteral("origin_mismatch");
    case Refusal::ProductionGuard:
        return QStringLiteral("production_guard");
    case Refusal::RateLimited:
        return QStringLiteral("rate_limited");
    case Refusal::KeyUnavailable:
        return QStringLiteral("key_unavailable");
    case Refusal::KeychainLocked:
        return QStringLiteral("keychain_locked");
    case Refusal::InvalidCaFile:
        return QStringLiteral("invalid_ca_file");
    }
    return QStringLiteral("refused");
}

QString redactedKey(const QByteArray &key)
{
    if (key.size() <= 4)
        return QStringLiteral("…");
    return u"…" + QString::fromLatin1(key.right(4));
}
