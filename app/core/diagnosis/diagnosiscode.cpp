// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosiscode.h"

QString diagnosisCodeId(DiagnosisCode code)
{
    switch (code) {
    case DiagnosisCode::None:
        return QString();
    case DiagnosisCode::Ok:
        return QStringLiteral("ok");
    case DiagnosisCode::InvalidCredentials:
        return QStringLiteral("invalid_credentials");
    case DiagnosisCode::CrossOrgForbidden:
        return QStringLiteral("cross_org_forbidden");
    case DiagnosisCode::MissingScope:
        return QStringLiteral("missing_scope");
    case DiagnosisCode::ForbiddenUncoded:
        return QStringLiteral("forbidden_uncoded");
    case DiagnosisCode::RateLimited:
        return QStringLiteral("rate_limited");
    case DiagnosisCode::ValidationFailed:
        return QStringLiteral("validation_failed");
    case DiagnosisCode::NotFound:
        return QStringLiteral("not_found");
    case DiagnosisCode::ServerError:
        return QStringLiteral("server_error");
    case DiagnosisCode::HttpError:
        return QStringLiteral("http_error");
    case DiagnosisCode::UpstreamHtml:
        return QStringLiteral("upstream_html");
    case DiagnosisCode::RedirectNotFollowed:
        return QStringLiteral("redirect_not_followed");
    case DiagnosisCode::TimedOut:
        return QStringLiteral("timed_out");
    case DiagnosisCode::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case DiagnosisCode::ConnectionReset:
        return QStringLiteral("connection_reset");
    case DiagnosisCode::HostNotFound:
        return QStringLiteral("host_not_found");
    case DiagnosisCode::TlsFailure:
        return QStringLiteral("tls_failure");
    case DiagnosisCode::BodyTruncated:
        return QStringLiteral("body_truncated");
    case DiagnosisCode::BodyTooLarge:
        return QStringLiteral("body_too_large");
    case DiagnosisCode::ProxyAuthenticationRequired:
        return QStringLiteral("proxy_authentication_required");
    case DiagnosisCode::ProtocolError:
        return QStringLiteral("protocol_error");
    case DiagnosisCode::Canceled:
        return QStringLiteral("canceled");
    case DiagnosisCode::TransportError:
        return QStringLiteral("transport_error");
    case DiagnosisCode::RefusedBeforeSending:
        return QStringLiteral("refused_before_sending");
    }
    return QString();
}

std::optional<DiagnosisCode> diagnosisCodeFromId(QStringView id)
{
    // The enum is dense from None to its last value, so the reverse walks it through the one
    // table above rather than keeping a second one.
    for (int value = int(DiagnosisCode::None); value <= int(LastDiagnosisCode); ++value) {
        const auto code = DiagnosisCode(value);
        if (diagnosisCodeId(code) == id)
            return code;
    }
    return std::nullopt;
}
