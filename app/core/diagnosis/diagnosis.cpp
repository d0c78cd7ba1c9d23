// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis.h"

#include "errorbody.h"
#include "http/headernames.h"
#include "ratelimit/ratelimitheaders.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace {

// The translation context of every sentence a diagnosis shows.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagnosis)
};

QString latin1(const QByteArray &value)
{
    QString text = QString::fromLatin1(value.left(512));
    for (QChar &c : text) {
        if (!c.isPrint())
            c = QLatin1Char(' ');
    }
    return text.trimmed();
}

// Collects one diagnosis; the per-case functions below fill it in.
struct Builder
{
    Builder(const Exchange &x, const DiagnosisContext &c)
        : exchange(x)
        , context(c)
        , sentGroup(QString::fromLatin1(x.requestHeader(HeaderName::PracticeGroupId)))
    {
    }

    const Exchange &exchange;
    const DiagnosisContext &context;
    const QString sentGroup;
    Diagnosis d;

    // The context's required scope; only the cases that name it ask, each once.
    QString requiredScope() const
    {
        if (context.requiredScope.isEmpty() && context.requiredScopeLookup)
            return context.requiredScopeLookup();
        return context.requiredScope;
    }

    void set(DiagnosisCode code, Diagnosis::Severity severity, const QString &title,
             const QString &cause)
    {
        d.code = code;
        d.severity = severity;
        d.title = title;
        d.cause = cause;
    }
    void evidence(const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            d.evidence.append({label, value});
    }
    void step(NextStep::Action action, const QString &text) { d.nextSteps.append({action, text}); }

    QString group(const QString &id) const
    {
        return practiceGroupLabel(id, context.practiceGroupNames);
    }
    bool isCrossOrganisational() const
    {
        return !sentGroup.isEmpty() && !context.homePracticeGroup.isEmpty()
            && sentGroup != context.homePracticeGroup;
    }
    QString keyText() const
    {
        if (context.keyLabel.isEmpty())
            return context.keyFingerprint;
        if (context.keyFingerprint.isEmpty())
            return context.keyLabel;
        return context.keyLabel + QStringLiteral(" (") + context.keyFingerprint + QLatin1Char(')');
    }
    QString statusText() const
    {
        const QString reason = latin1(exchange.reason);
        return reason.isEmpty() ? QString::number(exchange.status)
                                : QString::number(exchange.status) + QLatin1Char(' ') + reason;
    }

    void requestEvidence()
    {
        evidence(Text::tr("Environment"), context.environment.name);
        evidence(Text::tr("Request"),
                 QString::fromLatin1(exchange.request.method) + QLatin1Char(' ')
                     + exchange.request.url.path());
        evidence(Text::tr("Practice group sent"),
                 sentGroup.isEmpty() ? QString() : group(sentGroup));
        evidence(Text::tr("Key's home group"),
                 context.homePracticeGroup.isEmpty() ? QString()
                                                     : group(context.homePracticeGroup));
        evidence(Text::tr("Key"), keyText());
    }
    void answerEvidence(const ErrorBody &body)
    {
        evidence(Text::tr("Status"), statusText());
        if (body.onlyHeadRead)
            evidence(Text::tr("Body"),
                     Text::tr("%1 bytes; only the start was read").arg(exchange.body.size()));
        evidence(Text::tr("Error code"), body.code.isEmpty() ? Text::tr("none found") : body.code);
        evidence(Text::tr("Server message"), body.message);
        for (const QByteArray &name : HeaderName::requestIds())
            evidence(QString::fromLatin1(name), latin1(exchange.header(name)));
    }
};

QString scopeList(const QStringList &scopes)
{
    return scopes.isEmpty() ? Text::tr("unknown") : scopes.join(QStringLiteral(", "));
}

void diagnoseRefusal(Builder &b)
{
    const Exchange &x = b.exchange;
    b.set(DiagnosisCode::RefusedBeforeSending, Diagnosis::Severity::Error,
          Text::tr("Not sent: the explorer refused the request"), QString());
    b.evidence(Text::tr("Refusal"), refusalId(x.refusal));
    switch (x.refusal) {
    case Refusal::InvalidApiKey:
    case Refusal::KeyUnavailable:
        b.d.cause = x.refusal == Refusal::KeyUnavailable
            ? Text::tr("No API key could be read for this environment, so nothing was sent.")
            : Text::tr("The API key is not a valid header value (empty, too long, or with "
                       "spaces or control characters), so nothing was sent.");
        // What the keychain said is the part the user can act on.
        if (x.refusal == Refusal::KeyUnavailable && !x.refusalText.isEmpty())
            b.d.cause += QLatin1Char(' ') + x.refusalText;
        b.step(NextStep::OpenKeyManager, Text::tr("Open the key manager"));
        break;
    case Refusal::KeychainLocked:
        // The key is there; only unlocking stands between the user and the call.
        b.d.severity = Diagnosis::Severity::Warning;
        b.d.title = Text::tr("Not sent: the keyring is locked");
        b.d.cause = x.refusalText.isEmpty()
            ? Text::tr("The keyring that holds the API key is locked, so nothing was sent.")
            : x.refusalText;
        b.step(NextStep::ReadKeyAgain, Text::tr("Try again"));
        break;
    case Refusal::ProductionGuard:
        b.d.severity = Diagnosis::Severity::Warning;
        b.d.cause = Text::tr("This request changes data in production and was not confirmed, so "
                             "nothing was sent.");
        b.step(NextStep::EditRequest, Text::tr("Review the request and confirm it"));
        break;
    case Refusal::RateLimited:
        b.d.severity = Diagnosis::Severity::Warning;
        b.d.cause = Text::tr("The explorer held the request back to stay within the key's rate "
                             "limit, and the queued request was cancelled.");
        b.step(NextStep::ShowRateLimit, Text::tr("Show the rate limit"));
        break;
    case Refusal::InvalidPracticeGroup:
        b.d.cause = Text::tr("The practice group id is not a string of digits, so nothing was "
                             "sent.");
        b.step(NextStep::EditRequest, Text::tr("Correct the practice group"));
        break;
    case Refusal::InvalidHeader:
        b.d.cause = Text::tr("A header name or value is not allowed (for example it holds a line "
                             "break), so nothing was sent.");
        b.step(NextStep::EditRequest, Text::tr("Correct the header"));
        break;
    case Refusal::OriginMismatch:
    case Refusal::InvalidBaseUrl:
    case Refusal::InvalidPath:
    case Refusal::InvalidCaFile:
    case Refusal::None:
        b.d.cause = Text::tr("The request or the environment's address is not acceptable, so "
                             "nothing was sent and the key did not leave this computer.");
        b.step(NextStep::EditRequest, Text::tr("Correct the request or the environment"));
        break;
    }
    // The refusal's reason once: not again as evidence when the cause already says it.
    if (!b.d.cause.contains(x.refusalText))
        b.evidence(Text::tr("Reason"), x.refusalText);
}

// The one problem worth naming in the cause, most telling first; empty when none is known.
QString tlsProblem(const QList<QSslError::SslError> &errors)
{
    const auto any = [&errors](std::initializer_list<QSslError::SslError> wanted) {
        return std::any_of(wanted.begin(), wanted.end(),
                           [&errors](QSslError::SslError error) { return errors.contains(error); });
    };
    if (any({QSslError::CertificateExpired}))
        return Text::tr("the server's certificate has expired");
    if (any({QSslError::CertificateNotYetValid}))
        return Text::tr("the server's certificate is not valid yet (check this computer's clock)");
    if (any({QSslError::HostNameMismatch}))
        return Text::tr("the certificate was issued for another host name");
    if (any({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain}))
        return Text::tr("the certificate is self-signed");
    if (any({QSslError::CertificateRevoked}))
        return Text::tr("the certificate has been revoked");
    if (any({QSslError::UnableToGetIssuerCertificate, QSslError::UnableToGetLocalIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted,
             QSslError::SubjectIssuerMismatch, QSslError::AuthorityIssuerSerialNumberMismatch}))
        return Text::tr("the certificate is not signed by an authority this computer trusts");
    return QString();
}

void diagnoseTransport(Builder &b)
{
    const Exchange &x = b.exchange;
    const QString host = x.request.url.host();
    b.evidence(Text::tr("Transport error"), x.errorText);
    if (x.status > 0)
        b.evidence(Text::tr("Status"), b.statusText());
    switch (x.transportError) {
    case TransportError::HostNotFound:
        b.set(DiagnosisCode::HostNotFound, Diagnosis::Severity::Error, Text::tr("Host not found"),
              Text::tr("The name %1 could not be resolved. Check the environment's address and "
                       "this computer's DNS or VPN.")
                  .arg(host));
        b.step(NextStep::CheckNetwork, Text::tr("Check the network connection"));
        break;
    case TransportError::ConnectionRefused:
        b.set(DiagnosisCode::ConnectionRefused, Diagnosis::Severity::Error,
              Text::tr("Connection refused"),
              Text::tr("%1 refused the connection: nothing is listening there, or a firewall "
                       "rejected it. The request was not received.")
                  .arg(host));
        b.step(NextStep::CheckNetwork, Text::tr("Check the network connection"));
        break;
    case TransportError::ConnectionReset:
        b.set(DiagnosisCode::ConnectionReset, Diagnosis::Severity::Error,
              Text::tr("Connection closed before the answer"),
              Text::tr("The connection was closed or reset before a complete answer arrived, "
                       "or what came back did not start like an HTTP answer (a malformed "
                       "status line ends the same way). Whether the server acted on the "
                       "request is unknown."));
        b.step(NextStep::CheckNetwork, Text::tr("Check the network connection"));
        break;
    case TransportError::TimedOut:
        b.set(DiagnosisCode::TimedOut, Diagnosis::Severity::Error, Text::tr("Timed out"),
              Text::tr("No complete answer arrived within %1 seconds. Whether the server acted on "
                       "the request is unknown.")
                  .arg(b.context.environment.timeoutMs / 1000));
        b.step(NextStep::CheckNetwork, Text::tr("Check the network connection"));
        break;
    case TransportError::TlsFailure: {
        const QString problem = tlsProblem(x.tlsErrors);
        b.set(DiagnosisCode::TlsFailure, Diagnosis::Severity::Error,
              Text::tr("Secure connection failed"),
              problem.isEmpty()
                  ? Text::tr("The secure connection to %1 could not be verified, so nothing "
                             "was sent. The explorer never ignores certificate errors.")
                        .arg(host)
                  : Text::tr("The secure connection to %1 could not be verified: %2. Nothing "
                             "was sent; the explorer never ignores certificate errors.")
                        .arg(host, problem));
        for (const QString &error : tlsErrorTexts(x.tlsErrors))
            b.evidence(Text::tr("Certificate problem"), error);
        b.step(NextStep::CheckNetwork,
               Text::tr("Check the environment's address, CA setting and any proxy"));
        break;
    }
    case TransportError::BodyTruncated:
        b.set(DiagnosisCode::BodyTruncated, Diagnosis::Severity::Error,
              Text::tr("Answer cut short"),
              Text::tr("The connection closed before the whole answer arrived (%1 bytes "
                       "received). The partial body is not used.")
                  .arg(x.body.size()));
        b.step(NextStep::CheckNetwork, Text::tr("Check the network connection"));
        break;
    case TransportError::BodyTooLarge:
        b.set(DiagnosisCode::BodyTooLarge, Diagnosis::Severity::Error, Text::tr("Answer too large"),
              Text::tr("The answer exceeded the explorer's size limit and was abandoned."));
        b.step(NextStep::EditRequest, Text::tr("Ask for less, for example a smaller page size"));
        break;
    case TransportError::ProxyAuthenticationRequired:
        b.set(DiagnosisCode::ProxyAuthenticationRequired, Diagnosis::Severity::Error,
              Text::tr("The proxy wants a sign-in"),
              (x.proxy.isEmpty()
                   ? Text::tr("A proxy on the way asks for a user name and password before it "
                              "lets the request through, so nothing reached %1.")
                         .arg(host)
                   : Text::tr("The proxy %1 asks for a user name and password before it lets "
                              "the request through, so nothing reached %2.")
                         .arg(x.proxy, host))
                  + QLatin1Char(' ')
                  + Text::tr("Enter the proxy's user name and password when the explorer asks "
                             "for them, or ask whoever runs the proxy."));
        b.evidence(Text::tr("Proxy"), x.proxy);
        b.step(NextStep::CheckNetwork, Text::tr("Check the proxy settings and credentials"));
        break;
    case TransportError::ProtocolError:
        b.set(DiagnosisCode::ProtocolError, Diagnosis::Severity::Error,
              Text::tr("The answer was not valid HTTP"),
              Text::tr("What came back from %1 breaks the HTTP protocol, so it is not used as "
                       "an answer. A server, proxy or gateway on the way is misbehaving; "
                       "whether the server acted on the request is unknown.")
                  .arg(host));
        b.step(NextStep::CheckNetwork, Text::tr("Check proxy and network settings"));
        break;
    case TransportError::Canceled:
        b.set(DiagnosisCode::Canceled, Diagnosis::Severity::Info, Text::tr("Cancelled"),
              Text::tr("The request was cancelled before an answer arrived."));
        break;
    case TransportError::Other:
    case TransportError::None:
        b.set(DiagnosisCode::TransportError, Diagnosis::Severity::Error, Text::tr("No answer"),
              Text::tr("The request failed before an answer arrived."));
        b.step(NextStep::CheckNetwork, Text::tr("Check the network connection"));
        break;
    }
    b.requestEvidence();
    b.step(NextStep::CopyReport, Text::tr("Copy a support report"));
}

void diagnoseUnauthorised(Builder &b)
{
    const Exchange &x = b.exchange;
    QString cause;
    if (x.requestHeader(HeaderName::ApiKey).isEmpty()) {
        cause = Text::tr("No API key was sent with the request.");
    } else if (!b.context.otherEnvironmentHint.isEmpty()) {
        cause = Text::tr("The API key was refused, and %1: staging and production keys are "
                         "separate, so a key from one is refused by the other. Use a key issued "
                         "for %2.")
                    .arg(b.context.otherEnvironmentHint, b.context.environment.name);
        b.d.isJudgement = true;
    } else {
        cause = Text::tr("The API key was refused: it is wrong, revoked, rotated or expired, or "
                         "it belongs to another environment (staging and production keys are "
                         "separate).");
    }
    b.set(DiagnosisCode::InvalidCredentials, Diagnosis::Severity::Error,
          Text::tr("The API key was not accepted"), cause);
    b.evidence(Text::tr("Environment hint"), b.context.otherEnvironmentHint);
    b.step(NextStep::OpenKeyManager, Text::tr("Open the key manager"));
}

void diagnoseMissingScope(Builder &b)
{
    const DiagnosisContext &c = b.context;
    const QString requiredScope = b.requiredScope();
    QString cause = requiredScope.isEmpty()
        ? Text::tr("The key lacks the scope this endpoint needs.")
        : Text::tr("This endpoint needs the \"%1\" scope, which the key does not have.")
              .arg(requiredScope);
    if (!c.knownKeyScopes.isEmpty())
        cause += QLatin1Char(' ')
            + Text::tr("The key is known to have: %1.").arg(scopeList(c.knownKeyScopes));
    cause +=
        QLatin1Char(' ') + Text::tr("Ask the practice or Hero support for a key with that scope.");
    b.set(DiagnosisCode::MissingScope, Diagnosis::Severity::Error,
          Text::tr("The key lacks a scope"), cause);
    b.evidence(Text::tr("Scope needed"), requiredScope);
    b.evidence(Text::tr("Key scopes"),
               c.knownKeyScopes.isEmpty() ? QString() : scopeList(c.knownKeyScopes));
    b.step(NextStep::OpenKeyManager, Text::tr("Open the key manager"));
    b.step(NextStep::RunDoctor, Text::tr("Run the 403 doctor"));
}

void diagnoseCrossOrg(Builder &b)
{
    const DiagnosisContext &c = b.context;
    const QString home = c.homePracticeGroup.isEmpty() ? Text::tr("the key's own practice group")
                                                       : b.group(c.homePracticeGroup);
    const QString target =
        b.sentGroup.isEmpty() ? Text::tr("the practice group sent") : b.group(b.sentGroup);
    b.set(DiagnosisCode::CrossOrgForbidden, Diagnosis::Severity::Error,
          Text::tr("Cross-organisational call refused"),
          Text::tr("The key belongs to %1 and the call asked to act for %2. Hero allows that "
                   "only when both practice groups share a Hero-configured network, and these "
                   "two share none.")
              .arg(home, target));
    b.step(NextStep::SwitchToHomeGroup, Text::tr("Switch to the home practice group"));
    b.step(NextStep::RunDoctor, Text::tr("Run the 403 doctor"));
}

void diagnoseUncodedForbidden(Builder &b)
{
    const DiagnosisContext &c = b.context;
    b.d.isJudgement = true;
    const QString requiredScope = b.requiredScope();
    const QString scopeReason = requiredScope.isEmpty()
        ? Text::tr("the key lacks a scope this endpoint needs")
        : Text::tr("the key lacks the \"%1\" scope this endpoint needs").arg(requiredScope);
    QString cause;
    if (b.isCrossOrganisational()) {
        const QString networkReason =
            Text::tr("%1 and %2 share no network, so the cross-organisational call was "
                     "refused")
                .arg(b.group(c.homePracticeGroup), b.group(b.sentGroup));
        cause = Text::tr("The answer does not say which rule refused the call. Most likely %1; "
                         "otherwise %2. This is a judgement from the context, not the server's "
                         "words.")
                    .arg(networkReason, scopeReason);
        b.step(NextStep::SwitchToHomeGroup, Text::tr("Switch to the home practice group"));
    } else {
        const bool scopeKnownMissing = !requiredScope.isEmpty() && !c.knownKeyScopes.isEmpty()
            && !c.knownKeyScopes.contains(requiredScope);
        cause = Text::tr("The answer does not say which rule refused the call. The call acts "
                         "for the key's own practice group, so no network check applies: most "
                         "likely %1%2. This is a judgement from the context, not the server's "
                         "words.")
                    .arg(scopeReason,
                         scopeKnownMissing ? Text::tr(" (the key is known to have: %1)")
                                                 .arg(scopeList(c.knownKeyScopes))
                                           : QString());
        b.step(NextStep::OpenKeyManager, Text::tr("Open the key manager"));
    }
    b.set(DiagnosisCode::ForbiddenUncoded, Diagnosis::Severity::Error,
          Text::tr("Refused (403) without a reason"), cause);
    b.step(NextStep::RunDoctor, Text::tr("Run the 403 doctor"));
}

QDateTime answerTime(const Exchange &x)
{
    const QDateTime date = parseHttpDate(x.header(HeaderName::Date));
    if (date.isValid())
        return date;
    if (x.startedAt.isValid())
        return x.startedAt.addMSecs(qMax<qint64>(0, x.timings.totalMs));
    return QDateTime::currentDateTimeUtc();
}

void diagnoseRateLimited(Builder &b)
{
    const Exchange &x = b.exchange;
    const DiagnosisContext &c = b.context;
    const QByteArray retryAfter = x.header(HeaderName::RetryAfter);
    b.d.retryAfterSeconds = retryAfterSeconds(retryAfter, answerTime(x));
    QString cause = Text::tr("The key made more requests than its limit allows in the time "
                             "window.");
    if (c.rateUsed >= 0 && c.rateLimit > 0)
        cause += QLatin1Char(' ')
            + Text::tr("This explorer counted %1 of %2 requests in the current window.")
                  .arg(c.rateUsed)
                  .arg(c.rateLimit);
    if (b.d.retryAfterSeconds >= 0)
        cause += QLatin1Char(' ')
            + Text::tr("The server asks to wait %1.").arg(retryAfterText(b.d.retryAfterSeconds));
    else
        cause += QLatin1Char(' ')
            + Text::tr("The server did not say how long to wait; back off and retry.");
    b.set(DiagnosisCode::RateLimited, Diagnosis::Severity::Warning, Text::tr("Rate limit reached"),
          cause);
    b.evidence(QLatin1String(HeaderName::RetryAfter), latin1(retryAfter));
    if (c.rateUsed >= 0 && c.rateLimit > 0)
        b.evidence(Text::tr("Usage"), Text::tr("%1 of %2").arg(c.rateUsed).arg(c.rateLimit));
    b.step(NextStep::RetryAfterWait,
           b.d.retryAfterSeconds >= 0
               ? Text::tr("Retry in %1").arg(retryAfterText(b.d.retryAfterSeconds))
               : Text::tr("Retry later"));
    b.step(NextStep::ShowRateLimit, Text::tr("Show the rate limit"));
}

void diagnoseValidation(Builder &b, const ErrorBody &body)
{
    b.d.fieldProblems = body.fieldProblems;
    QString cause = body.fieldProblems.isEmpty()
        ? Text::tr("The server found the request malformed but listed no field problems.")
        : Text::tr("The server found %n problem(s) with the request:", nullptr,
                   body.fieldProblems.size());
    for (const QString &problem : body.fieldProblems)
        cause += QStringLiteral("\n• ") + problem;
    b.set(DiagnosisCode::ValidationFailed, Diagnosis::Severity::Error,
          Text::tr("The request was rejected as invalid"), cause);
    for (const QString &problem : body.fieldProblems)
        b.evidence(Text::tr("Field problem"), problem);
    b.step(NextStep::EditRequest, Text::tr("Correct the request"));
}

void diagnoseRedirect(Builder &b)
{
    const Exchange &x = b.exchange;
    const QString location = latin1(x.header(HeaderName::Location));
    const QUrl target = x.request.url.resolved(QUrl(location));
    const bool leaves = !location.isEmpty() && originOf(target) != originOf(x.request.url);
    QString cause = location.isEmpty()
        ? Text::tr("The server answered with a redirect but named no target.")
        : Text::tr("The server answered with a redirect to %1.").arg(location);
    cause += QLatin1Char(' ')
        + (leaves ? Text::tr("That is another origin: the explorer never follows redirects, "
                             "so the key was not sent there.")
                  : Text::tr("The explorer never follows redirects; check the environment's "
                             "base URL."));
    b.set(DiagnosisCode::RedirectNotFollowed, Diagnosis::Severity::Warning,
          Text::tr("Redirect not followed"), cause);
    b.evidence(QLatin1String(HeaderName::Location), location);
    b.step(NextStep::EditRequest, Text::tr("Check the environment's base URL"));
}

} // namespace

bool Diagnosis::hasAction(NextStep::Action action) const
{
    for (const NextStep &step : nextSteps) {
        if (step.action == action)
            return true;
    }
    return false;
}

QString Diagnosis::evidenceValue(const QString &label) const
{
    for (const Evidence &item : evidence) {
        if (item.label == label)
            return item.value;
    }
    return QString();
}

QString practiceGroupLabel(const QString &id, const QMap<QString, QString> &names)
{
    const QString name = names.value(id);
    return name.isEmpty() ? id : name + QStringLiteral(" (") + id + QLatin1Char(')');
}

QString retryAfterText(int seconds)
{
    if (seconds >= MaxRetryAfterSeconds)
        return Text::tr("a day or more");
    if (seconds >= 2 * 60 * 60)
        return Text::tr("%n hour(s)", nullptr, (seconds + 3599) / 3600);
    if (seconds >= 2 * 60)
        return Text::tr("%n minute(s)", nullptr, (seconds + 59) / 60);
    return Text::tr("%n second(s)", nullptr, seconds);
}

int retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const auto wait = parseRetryAfter(value, now, std::chrono::seconds(MaxRetryAfterSeconds));
    if (!wait)
        return -1;
    return int((wait->count() + 999) / 1000); // a part of a second is a second more to wait
}

Diagnosis diagnose(const Exchange &exchange, const DiagnosisContext &context)
{
    Builder b(exchange, context);
    if (!exchange.wasSent()) {
        diagnoseRefusal(b);
        b.requestEvidence();
        return b.d;
    }
    if (exchange.transportError != TransportError::None || exchange.status <= 0) {
        diagnoseTransport(b);
        return b.d;
    }

    const int status = exchange.status;
    if (status >= 300 && status < 400) {
        diagnoseRedirect(b);
        b.evidence(Text::tr("Status"), b.statusText());
        b.requestEvidence();
        return b.d;
    }
    if (looksLikeHtml(exchange.header(HeaderName::ContentType), exchange.body)) {
        // Never parse or render it: a proxy, gateway or captive portal answered, not the API.
        b.set(DiagnosisCode::UpstreamHtml, Diagnosis::Severity::Error,
              Text::tr("A web page answered instead of the API"),
              Text::tr("The answer (status %1) is an HTML page, typically from a proxy, gateway "
                       "or captive portal between this computer and the API. The API itself "
                       "answers in JSON.")
                  .arg(status));
        b.evidence(Text::tr("Status"), b.statusText());
        b.evidence(QLatin1String(HeaderName::ContentType),
                   latin1(exchange.header(HeaderName::ContentType)));
        b.requestEvidence();
        b.step(NextStep::CheckNetwork, Text::tr("Check proxy and network settings"));
        b.step(NextStep::CopyReport, Text::tr("Copy a support report"));
        return b.d;
    }

    const ErrorBody body = status >= 400 ? parseErrorBody(exchange.body) : ErrorBody();
    b.d.errorCode = body.code;
    const QString &code = body.code;

    if (status >= 200 && status < 300) {
        b.set(DiagnosisCode::Ok, Diagnosis::Severity::Ok, Text::tr("Success"),
              Text::tr("The API answered %1.").arg(b.statusText()));
        b.evidence(Text::tr("Status"), b.statusText());
        b.requestEvidence();
        return b.d;
    }

    if (code == QLatin1String("invalid_credentials") || (status == 401 && code.isEmpty()))
        diagnoseUnauthorised(b);
    else if (code == QLatin1String("rate_limit_exceeded") || status == 429)
        diagnoseRateLimited(b);
    else if (code == QLatin1String("insufficient_permissions"))
        diagnoseMissingScope(b);
    else if (code == QLatin1String("forbidden") && status == 403)
        diagnoseCrossOrg(b);
    else if (status == 403)
        diagnoseUncodedForbidden(b);
    else if (status == 401)
        diagnoseUnauthorised(b);
    else if (status == 400 || body.isValidationEnvelope)
        diagnoseValidation(b, body);
    else if (status == 404)
        b.set(DiagnosisCode::NotFound, Diagnosis::Severity::Error, Text::tr("Not found"),
              Text::tr("The API has no such resource or route: check the path and the ids in "
                       "it. The id may also belong to another practice group."));
    else if (status >= 500)
        b.set(DiagnosisCode::ServerError, Diagnosis::Severity::Error,
              Text::tr("The API failed (%1)").arg(status),
              Text::tr("The server reported an error of its own. This is not caused by the key "
                       "or the practice group; retry later and report it if it persists."));
    else
        b.set(DiagnosisCode::HttpError, Diagnosis::Severity::Error,
              Text::tr("Request refused (%1)").arg(status),
              Text::tr("The server refused the request with status %1.").arg(status));

    if (b.d.code == DiagnosisCode::NotFound)
        b.step(NextStep::EditRequest, Text::tr("Check the path"));
    if (b.d.code == DiagnosisCode::ServerError
        && !exchange.header(HeaderName::RetryAfter).isEmpty())
        b.d.retryAfterSeconds =
            retryAfterSeconds(exchange.header(HeaderName::RetryAfter), answerTime(exchange));

    b.answerEvidence(body);
    b.requestEvidence();
    b.step(NextStep::CopyReport, Text::tr("Copy a support report"));
    return b.d;
}
