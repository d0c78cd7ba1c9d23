// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

// Which rule a diagnosis names. Code compares these values; the text form exists only at the edge
// (hero-cli --json, history files, support reports), through diagnosisCodeId().
enum class DiagnosisCode {
    None, // no diagnosis was made
    Ok,
    InvalidCredentials,
    CrossOrgForbidden,
    MissingScope,
    ForbiddenUncoded,
    RateLimited,
    ValidationFailed,
    NotFound,
    ServerError,
    HttpError,
    UpstreamHtml,
    RedirectNotFollowed,
    TimedOut,
    ConnectionRefused,
    ConnectionReset,
    HostNotFound,
    TlsFailure,
    BodyTruncated,
    BodyTooLarge,
    ProxyAuthenticationRequired,
    ProtocolError,
    Canceled,
    TransportError,
    RefusedBeforeSending, // keep last: LastDiagnosisCode below names it
};
constexpr DiagnosisCode LastDiagnosisCode = DiagnosisCode::RefusedBeforeSending;

// The stable, never translated id: "invalid_credentials", "cross_org_forbidden", …; empty for
// None. Users' history files and scripts reading hero-cli's JSON rely on these exact spellings.
QString diagnosisCodeId(DiagnosisCode code);
// The code an id names ("" is None); nullopt for an id this version does not know.
std::optional<DiagnosisCode> diagnosisCodeFromId(QStringView id);

Q_DECLARE_METATYPE(DiagnosisCode)
