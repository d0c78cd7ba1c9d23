// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosis.h"

#include <QTest>

Q_DECLARE_METATYPE(DiagnosisContext)

namespace {

Exchange answer(int status, const QByteArray &body, const HeaderList &headers = {},
                const QByteArray &group = "1001", const QByteArray &method = "GET",
                const QString &path = QStringLiteral("/v1/me"))
{
    Exchange exchange;
    exchange.request.method = method;
    exchange.request.url = QUrl(QStringLiteral("https://api.staging.htech.app") + path);
    exchange.request.headers = {{"x-api-key", QStringLiteral("…Q0aa").toUtf8()}};
    if (!group.isEmpty())
        exchange.request.headers.append({"x-practice-group-id", group});
    exchange.startedAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    exchange.status = status;
    exchange.headers = headers;
    exchange.body = body;
    exchange.timings.totalMs = 42;
    return exchange;
}

Exchange failed(TransportError error, const QList<QSslError::SslError> &tlsErrors = {})
{
    Exchange exchange = answer(0, QByteArray());
    exchange.transportError = error;
    exchange.errorText = QStringLiteral("transport words");
    exchange.tlsErrors = tlsErrors;
    return exchange;
}

Exchange refused(Refusal refusal)
{
    Exchange exchange = answer(0, QByteArray());
    exchange.refusal = refusal;
    exchange.refusalText = QStringLiteral("why");
    return exchange;
}

DiagnosisContext riverside()
{
    DiagnosisContext context;
    context.environment = builtInEnvironment(EnvironmentKind::Staging);
    context.keyLabel = QStringLiteral("Riverside, messaging only");
    context.keyFingerprint = QStringLiteral("…K4pL");
    context.homePracticeGroup = QStringLiteral("1001");
    context.knownKeyScopes = {QStringLiteral("messaging")};
    context.requiredScope = QStringLiteral("booking");
    context.practiceGroupNames = {
        {QStringLiteral("1001"), QStringLiteral("Riverside Medical Practice")},
        {QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}};
    context.rateUsed = 280;
    context.rateLimit = 300;
    return context;
}

QByteArray deepNesting(int depth, char open, char close)
{
    return QByteArray(depth, open) + QByteArray(depth, close);
}

QByteArray binaryNoise(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 state = 12345;
    for (char &byte : bytes) {
        state = state * 1103515245u + 12345u;
        byte = char(state >> 16);
    }
    return bytes;
}

const QByteArray ValidationEnvelope =
    R"({"error":true,"statusCode":400,"message":[{"code":"invalid_type","expected":"string","path":["headers","x-practice-group-id"]},{"code":"too_small","path":["body","to",0]}]})";

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT
private slots:
    void findsTheRightDiagnosis_data();
    void findsTheRightDiagnosis();
    void retryAfterIsReadInBothForms_data();
    void retryAfterIsReadInBothForms();
    void rateLimitCauseGivesWaitAndUsage();
    void validationEnvelopeListsEachFieldProblem();
    void crossOrgRefusalNamesBothGroups();
    void missingScopeNamesNeededAndKnownScopes();
    void requiredScopeIsLookedUpOnlyWhenTheDiagnosisNamesIt_data();
    void requiredScopeIsLookedUpOnlyWhenTheDiagnosisNamesIt();
    void uncodedForbiddenRanksNetworkFirstWhenGroupsDiffer();
    void uncodedForbiddenRanksScopeFirstForHomeGroup();
    void staleEnvironmentKeyIsNamedAsLikelyCause();
    void redirectNamesItsTarget();
    void aLockedKeyringSaysHowToUnlockAndOffersTryAgain();
    void tlsFailureNamesTheCertificateProblem_data();
    void tlsFailureNamesTheCertificateProblem();
    void proxyAuthenticationNamesTheProxyNotItsPassword();
    void requestIdHeadersAreEvidence();
    void htmlIsNeverQuotedInTheDiagnosis();
};

void TestDiagnosis::findsTheRightDiagnosis_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<DiagnosisContext>("context");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("judgement");
    QTest::addColumn<NextStep::Action>("action");

    const DiagnosisContext c = riverside();
    using A = NextStep::Action;
    const QByteArray forbidden = R"({"statusCode":403,"error":"forbidden","message":"no network"})";
    const QByteArray scope = R"({"statusCode":403,"error":"insufficient_permissions"})";

    QTest::newRow("200 ok") << answer(200, "{}") << c << "ok" << false << A::None;
    QTest::newRow("201 ok") << answer(201, "{}", {}, "1001", "POST") << c << "ok" << false
                            << A::None;
    QTest::newRow("401 coded") << answer(401, R"({"statusCode":401,"error":"invalid_credentials"})")
                               << c << "invalid_credentials" << false << A::OpenKeyManager;
    QTest::newRow("401 no body") << answer(401, "") << c << "invalid_credentials" << false
                                 << A::OpenKeyManager;
    QTest::newRow("403 insufficient_permissions")
        << answer(403, scope) << c << "missing_scope" << false << A::OpenKeyManager;
    QTest::newRow("403 forbidden cross-org")
        << answer(403, forbidden, {}, "2001") << c << "cross_org_forbidden" << false
        << A::SwitchToHomeGroup;
    QTest::newRow("403 code key") << answer(403, R"({"code":"forbidden"})", {}, "2001") << c
                                  << "cross_org_forbidden" << false << A::SwitchToHomeGroup;
    QTest::newRow("403 error object")
        << answer(403, R"({"error":{"code":"insufficient_permissions"}})") << c << "missing_scope"
        << false << A::RunDoctor;
    QTest::newRow("403 data.error string")
        << answer(403, R"({"data":{"error":"forbidden"}})", {}, "2001") << c
        << "cross_org_forbidden" << false << A::RunDoctor;
    QTest::newRow("403 data.error object")
        << answer(403, R"({"data":{"error":{"code":"insufficient_permissions"}}})") << c
        << "missing_scope" << false << A::RunDoctor;
    QTest::newRow("403 uncoded other group")
        << answer(403, "", {}, "2001") << c << "forbidden_uncoded" << true << A::SwitchToHomeGroup;
    QTest::newRow("403 uncoded home group")
        << answer(403, "Forbidden") << c << "forbidden_uncoded" << true << A::RunDoctor;
    QTest::newRow("403 unknown code")
        << answer(403, R"({"error":"nope"})") << c << "forbidden_uncoded" << true << A::RunDoctor;
    QTest::newRow("429 coded") << answer(429, R"({"error":"rate_limit_exceeded"})",
                                         {{"Retry-After", "7"}})
                               << c << "rate_limited" << false << A::RetryAfterWait;
    QTest::newRow("429 bare") << answer(429, "") << c << "rate_limited" << false
                              << A::ShowRateLimit;
    QTest::newRow("400 envelope") << answer(400, ValidationEnvelope) << c << "validation_failed"
                                  << false << A::EditRequest;
    QTest::newRow("400 bare") << answer(400, "bad") << c << "validation_failed" << false
                              << A::EditRequest;
    QTest::newRow("404") << answer(404, R"({"statusCode":404,"error":"not_found"})") << c
                         << "not_found" << false << A::EditRequest;
    QTest::newRow("500") << answer(500, R"({"message":"Unknown error"})") << c << "server_error"
                         << false << A::CopyReport;
    QTest::newRow("503 json") << answer(503, "{}") << c << "server_error" << false << A::CopyReport;
    QTest::newRow("418 other") << answer(418, "") << c << "http_error" << false << A::CopyReport;
    QTest::newRow("502 html by type")
        << answer(502, "<html><body>Bad gateway</body></html>", {{"Content-Type", "text/html"}})
        << c << "upstream_html" << false << A::CheckNetwork;
    QTest::newRow("403 html by content") << answer(403, "  <!DOCTYPE html><p>WAF</p>") << c
                                         << "upstream_html" << false << A::CheckNetwork;
    QTest::newRow("200 captive portal")
        << answer(200, "<html>login</html>", {{"content-type", "text/html; charset=utf-8"}}) << c
        << "upstream_html" << false << A::CheckNetwork;
    QTest::newRow("302 not followed")
        << answer(302, "", {{"Location", "https://evil.example/v1/me"}}) << c
        << "redirect_not_followed" << false << A::EditRequest;
    QTest::newRow("timeout") << failed(TransportError::TimedOut) << c << "timed_out" << false
                             << A::CheckNetwork;
    QTest::newRow("refused") << failed(TransportError::ConnectionRefused) << c
                             << "connection_refused" << false << A::CheckNetwork;
    QTest::newRow("reset") << failed(TransportError::ConnectionReset) << c << "connection_reset"
                           << false << A::CheckNetwork;
    QTest::newRow("dns") << failed(TransportError::HostNotFound) << c << "host_not_found" << false
                         << A::CheckNetwork;
    QTest::newRow("tls") << failed(TransportError::TlsFailure, {QSslError::CertificateExpired}) << c
                         << "tls_failure" << false << A::CheckNetwork;
    Exchange truncated = failed(TransportError::BodyTruncated);
    truncated.status = 200;
    truncated.body = R"({"data":[{"id":)";
    QTest::newRow("truncated 200")
        << truncated << c << "body_truncated" << false << A::CheckNetwork;
    QTest::newRow("too large") << failed(TransportError::BodyTooLarge) << c << "body_too_large"
                               << false << A::EditRequest;
    QTest::newRow("proxy wants credentials")
        << failed(TransportError::ProxyAuthenticationRequired) << c
        << "proxy_authentication_required" << false << A::CheckNetwork;
    QTest::newRow("cancelled") << failed(TransportError::Canceled) << c << "canceled" << false
                               << A::CopyReport;
    QTest::newRow("other transport")
        << failed(TransportError::Other) << c << "transport_error" << false << A::CopyReport;
    QTest::newRow("refused bad key") << refused(Refusal::InvalidApiKey) << c
                                     << "refused_before_sending" << false << A::OpenKeyManager;
    QTest::newRow("refused production guard")
        << refused(Refusal::ProductionGuard) << c << "refused_before_sending" << false
        << A::EditRequest;
    QTest::newRow("refused header") << refused(Refusal::InvalidHeader) << c
                                    << "refused_before_sending" << false << A::EditRequest;
    QTest::newRow("refused throttle") << refused(Refusal::RateLimited) << c
                                      << "refused_before_sending" << false << A::ShowRateLimit;

    // Hostile bodies: no crash, and the status still decides.
    QTest::newRow("100k nested arrays") << answer(403, deepNesting(100000, '[', ']'), {}, "2001")
                                        << c << "forbidden_uncoded" << true << A::SwitchToHomeGroup;
    QByteArray nestedObjects;
    for (int i = 0; i < 100000; ++i)
        nestedObjects += R"({"error":)";
    QTest::newRow("100k nested objects")
        << answer(401, nestedObjects) << c << "invalid_credentials" << false << A::OpenKeyManager;
    QByteArray fifty = R"({"statusCode":403,"error":"forbidden","pad":")";
    fifty += QByteArray(50 * 1024 * 1024, 'x') + "\"}";
    QTest::newRow("50 MB coded") << answer(403, fifty, {}, "2001") << c << "cross_org_forbidden"
                                 << false << A::SwitchToHomeGroup;
    QTest::newRow("50 MB noise") << answer(403, binaryNoise(50 * 1024 * 1024)) << c
                                 << "forbidden_uncoded" << true << A::RunDoctor;
    QTest::newRow("binary 401") << answer(401, binaryNoise(4096),
                                          {{"Content-Type", "application/octet-stream"}})
                                << c << "invalid_credentials" << false << A::OpenKeyManager;
    QTest::newRow("invalid utf-8") << answer(403, "{\"error\":\"\xff\xfe\"}") << c
                                   << "forbidden_uncoded" << true << A::RunDoctor;
    QTest::newRow("megabyte code") << answer(403, "{\"error\":\"" + QByteArray(900000, 'a') + "\"}")
                                   << c << "forbidden_uncoded" << true << A::RunDoctor;
    QTest::newRow("code is a number") << answer(403, R"({"error":12,"code":[1]})") << c
                                      << "forbidden_uncoded" << true << A::RunDoctor;
    QTest::newRow("top-level array")
        << answer(403, R"(["forbidden"])") << c << "forbidden_uncoded" << true << A::RunDoctor;
    QTest::newRow("json content-type but html")
        << answer(500, "<h1>oops</h1>", {{"Content-Type", "application/json"}}) << c
        << "upstream_html" << false << A::CheckNetwork;
}

void TestDiagnosis::findsTheRightDiagnosis()
{
    QFETCH(Exchange, exchange);
    QFETCH(DiagnosisContext, context);
    QFETCH(QString, code);
    QFETCH(bool, judgement);
    QFETCH(NextStep::Action, action);

    const Diagnosis diagnosis = diagnose(exchange, context);
    QCOMPARE(diagnosisCodeId(diagnosis.code), code);
    QCOMPARE(diagnosis.isJudgement, judgement);
    QVERIFY(!diagnosis.title.isEmpty());
    QVERIFY(!diagnosis.cause.isEmpty());
    if (action != NextStep::None)
        QVERIFY2(diagnosis.hasAction(action), qPrintable(diagnosisCodeId(diagnosis.code)));
    QCOMPARE(diagnosis.isOk(), code == QLatin1String("ok"));
}

void TestDiagnosis::retryAfterIsReadInBothForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds");
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("padded") << QByteArray(" 30 ") << 30;
    QTest::newRow("http date") << QByteArray("Tue, 14 Nov 2023 22:13:40 GMT") << 20;
    QTest::newRow("date in the past") << QByteArray("Tue, 14 Nov 2023 22:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-1") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("huge is capped") << QByteArray("99999999999999") << 86400;
    QTest::newRow("2^63 is capped") << QByteArray("9223372036854775808") << 86400;
    QTest::newRow("2^64 is capped") << QByteArray("18446744073709551616") << 86400;
    QTest::newRow("10^30 is capped") << QByteArray("1" + QByteArray(30, '0')) << 86400;
    QTest::newRow("400 digits are capped") << QByteArray(400, '9') << 86400;
    QTest::newRow("1e400 is unusable") << QByteArray("1e400") << -1;
    QTest::newRow("a fraction is unusable") << QByteArray("1.5") << -1;
    QTest::newRow("a date in the year 9999 is capped")
        << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << 86400;
    QTest::newRow("rfc 850 date") << QByteArray("Tuesday, 14-Nov-23 22:14:20 GMT") << 60;
}

void TestDiagnosis::retryAfterIsReadInBothForms()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC); // 22:13:20
    QCOMPARE(retryAfterSeconds(value, now), seconds);
}

void TestDiagnosis::rateLimitCauseGivesWaitAndUsage()
{
    const Diagnosis diagnosis = diagnose(
        answer(429, R"({"error":"rate_limit_exceeded"})", {{"retry-after", "12"}}), riverside());
    QCOMPARE(diagnosis.retryAfterSeconds, 12);
    QVERIFY(diagnosis.cause.contains(QLatin1String("12 second")));
    QVERIFY(diagnosis.cause.contains(QLatin1String("280 of 300")));
    QCOMPARE(diagnosis.evidenceValue(QStringLiteral("Retry-After")), QStringLiteral("12"));

    // A long wait reads in minutes, hours or "a day or more", never as a count of seconds that
    // overflowed (issue 14).
    const struct
    {
        QByteArray retryAfter;
        const char *said;
    } waits[] = {{"300", "5 minute"},
                 {"7201", "3 hour"},
                 {"1" + QByteArray(30, '0'), "a day or more"},
                 {QByteArray(400, '9'), "a day or more"}};
    for (const auto &wait : waits) {
        const Diagnosis longer = diagnose(
            answer(429, R"({"error":"rate_limit_exceeded"})", {{"retry-after", wait.retryAfter}}),
            riverside());
        QVERIFY2(longer.cause.contains(QLatin1String("wait ") + QLatin1String(wait.said)),
                 qPrintable(longer.cause));
        QVERIFY(longer.hasAction(NextStep::RetryAfterWait));
    }

    const Diagnosis bare = diagnose(answer(429, ""), riverside());
    QCOMPARE(bare.retryAfterSeconds, -1);
}

void TestDiagnosis::validationEnvelopeListsEachFieldProblem()
{
    const Diagnosis diagnosis = diagnose(answer(400, ValidationEnvelope), riverside());
    QCOMPARE(
        diagnosis.fieldProblems,
        QStringList({QStringLiteral("headers.x-practice-group-id: invalid_type (expected string)"),
                     QStringLiteral("body.to.0: too_small")}));
    for (const QString &problem : diagnosis.fieldProblems)
        QVERIFY(diagnosis.cause.contains(problem));
}

void TestDiagnosis::crossOrgRefusalNamesBothGroups()
{
    const Diagnosis diagnosis =
        diagnose(answer(403, R"({"error":"forbidden"})", {}, "2001"), riverside());
    QVERIFY(diagnosis.cause.contains(QLatin1String("Riverside Medical Practice (1001)")));
    QVERIFY(diagnosis.cause.contains(QLatin1String("Elm Tree Practice (2001)")));
    QVERIFY(diagnosis.cause.contains(QLatin1String("share none")));
    QCOMPARE(diagnosis.errorCode, QStringLiteral("forbidden"));
}

void TestDiagnosis::missingScopeNamesNeededAndKnownScopes()
{
    const Diagnosis diagnosis =
        diagnose(answer(403, R"({"error":"insufficient_permissions"})"), riverside());
    QVERIFY(diagnosis.cause.contains(QLatin1String("\"booking\"")));
    QVERIFY(diagnosis.cause.contains(QLatin1String("messaging")));
    QCOMPARE(diagnosis.evidenceValue(QStringLiteral("Scope needed")), QStringLiteral("booking"));
}

void TestDiagnosis::requiredScopeIsLookedUpOnlyWhenTheDiagnosisNamesIt_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("looksUp");
    QTest::newRow("200") << answer(200, "{}") << "ok" << false;
    QTest::newRow("401") << answer(401, "") << "invalid_credentials" << false;
    QTest::newRow("403 cross-org")
        << answer(403, R"({"error":"forbidden"})", {}, "2001") << "cross_org_forbidden" << false;
    QTest::newRow("404") << answer(404, "") << "not_found" << false;
    QTest::newRow("429") << answer(429, "") << "rate_limited" << false;
    QTest::newRow("transport") << failed(TransportError::ConnectionRefused) << "connection_refused"
                               << false;
    QTest::newRow("403 insufficient_permissions")
        << answer(403, R"({"error":"insufficient_permissions"})") << "missing_scope" << true;
    QTest::newRow("403 uncoded home group") << answer(403, "") << "forbidden_uncoded" << true;
    QTest::newRow("403 uncoded other group")
        << answer(403, "", {}, "2001") << "forbidden_uncoded" << true;
}

void TestDiagnosis::requiredScopeIsLookedUpOnlyWhenTheDiagnosisNamesIt()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, code);
    QFETCH(bool, looksUp);
    // hero-cli parses its catalogue only through this lookup, so a 2xx never pays for it.
    DiagnosisContext context = riverside();
    context.requiredScope.clear();
    int lookups = 0;
    context.requiredScopeLookup = [&lookups] {
        ++lookups;
        return QStringLiteral("Booking");
    };
    const Diagnosis diagnosis = diagnose(exchange, context);
    QCOMPARE(diagnosisCodeId(diagnosis.code), code);
    QCOMPARE(lookups, looksUp ? 1 : 0);
    QCOMPARE(diagnosis.cause.contains(QLatin1String("\"Booking\"")), looksUp);

    // A scope already in the context wins; the lookup is not asked.
    context.requiredScope = QStringLiteral("booking");
    lookups = 0;
    const Diagnosis known = diagnose(exchange, context);
    QCOMPARE(lookups, 0);
    QCOMPARE(known.cause.contains(QLatin1String("\"booking\"")), looksUp);
}

void TestDiagnosis::uncodedForbiddenRanksNetworkFirstWhenGroupsDiffer()
{
    const Diagnosis diagnosis = diagnose(answer(403, "", {}, "2001"), riverside());
    const qsizetype network = diagnosis.cause.indexOf(QLatin1String("share no network"));
    const qsizetype scope = diagnosis.cause.indexOf(QLatin1String("scope"));
    QVERIFY(network >= 0 && scope >= 0);
    QVERIFY(network < scope);
    QVERIFY(diagnosis.cause.contains(QLatin1String("judgement")));
}

void TestDiagnosis::uncodedForbiddenRanksScopeFirstForHomeGroup()
{
    const Diagnosis diagnosis = diagnose(answer(403, ""), riverside());
    QVERIFY(!diagnosis.cause.contains(QLatin1String("share no network")));
    QVERIFY(diagnosis.cause.contains(QLatin1String("\"booking\" scope")));
    QVERIFY(!diagnosis.hasAction(NextStep::SwitchToHomeGroup));
    QVERIFY(diagnosis.cause.contains(QLatin1String("judgement")));
}

void TestDiagnosis::staleEnvironmentKeyIsNamedAsLikelyCause()
{
    DiagnosisContext context = riverside();
    context.environment = builtInEnvironment(EnvironmentKind::Production);
    context.otherEnvironmentHint = QStringLiteral("the key was saved for staging");
    const Diagnosis diagnosis =
        diagnose(answer(401, R"({"error":"invalid_credentials"})"), context);
    QCOMPARE(diagnosis.code, DiagnosisCode::InvalidCredentials);
    QVERIFY(diagnosis.cause.contains(context.otherEnvironmentHint));
    QVERIFY(diagnosis.cause.contains(context.environment.name));
    QVERIFY(diagnosis.isJudgement);

    Exchange noKey = answer(401, "");
    noKey.request.headers = {{"x-practice-group-id", "1001"}};
    QVERIFY(diagnose(noKey, riverside()).cause.contains(QLatin1String("No API key")));
}

void TestDiagnosis::aLockedKeyringSaysHowToUnlockAndOffersTryAgain()
{
    Exchange locked = refused(Refusal::KeychainLocked);
    locked.refusalText = QStringLiteral("The “Login” keyring is locked. Unlock it in Seahorse.");
    const Diagnosis diagnosis = diagnose(locked, riverside());
    QCOMPARE(diagnosis.code, DiagnosisCode::RefusedBeforeSending);
    QCOMPARE(diagnosis.cause, locked.refusalText);
    QVERIFY(!diagnosis.cause.contains(QLatin1String("No API key")));
    QVERIFY(diagnosis.title.contains(QLatin1String("locked")));
    QVERIFY(diagnosis.hasAction(NextStep::ReadKeyAgain));
    QVERIFY(!diagnosis.hasAction(NextStep::OpenKeyManager));

    // Any other keychain failure still says what the keychain said.
    Exchange unavailable = refused(Refusal::KeyUnavailable);
    unavailable.refusalText = QStringLiteral("No Secret Service is running.");
    QVERIFY(diagnose(unavailable, riverside()).cause.contains(unavailable.refusalText));

    // Said once: the keychain's words are the cause, not again as evidence beneath it.
    QVERIFY(diagnosis.evidenceValue(QStringLiteral("Reason")).isEmpty());
    QVERIFY(diagnose(unavailable, riverside()).evidenceValue(QStringLiteral("Reason")).isEmpty());
    // A reason the cause does not say stays as evidence.
    Exchange header = refused(Refusal::InvalidHeader);
    header.refusalText = QStringLiteral("The header x-trace contains a line break.");
    QCOMPARE(diagnose(header, riverside()).evidenceValue(QStringLiteral("Reason")),
             header.refusalText);
}

void TestDiagnosis::redirectNamesItsTarget()
{
    const Diagnosis away =
        diagnose(answer(307, "", {{"Location", "https://evil.example/steal"}}), riverside());
    QCOMPARE(away.evidenceValue(QStringLiteral("Location")),
             QStringLiteral("https://evil.example/steal"));
    QVERIFY(away.cause.contains(QLatin1String("https://evil.example/steal")));
    QVERIFY(away.cause.contains(QLatin1String("another origin")));

    const Diagnosis same = diagnose(answer(301, "", {{"Location", "/v2/me"}}), riverside());
    QVERIFY(!same.cause.contains(QLatin1String("another origin")));
}

void TestDiagnosis::tlsFailureNamesTheCertificateProblem_data()
{
    using E = QList<QSslError::SslError>;
    QTest::addColumn<E>("errors");
    QTest::addColumn<QString>("words");
    QTest::newRow("expired") << E{QSslError::CertificateExpired} << "has expired";
    QTest::newRow("not yet valid") << E{QSslError::CertificateNotYetValid} << "not valid yet";
    QTest::newRow("self-signed") << E{QSslError::SelfSignedCertificate} << "self-signed";
    QTest::newRow("self-signed chain")
        << E{QSslError::SelfSignedCertificateInChain} << "self-signed";
    QTest::newRow("host name") << E{QSslError::HostNameMismatch} << "another host name";
    QTest::newRow("revoked") << E{QSslError::CertificateRevoked} << "revoked";
    QTest::newRow("unknown issuer") << E{QSslError::UnableToGetLocalIssuerCertificate,
                                         QSslError::UnableToVerifyFirstCertificate}
                                    << "not signed by an authority";
    QTest::newRow("untrusted root")
        << E{QSslError::CertificateUntrusted} << "not signed by an authority";
    // The most telling problem is named, whatever order Qt reported them in.
    QTest::newRow("expired beats the issuer")
        << E{QSslError::UnableToGetLocalIssuerCertificate, QSslError::CertificateExpired}
        << "has expired";
    QTest::newRow("nothing to name")
        << E{QSslError::UnspecifiedError} << "could not be verified, so";
}

void TestDiagnosis::tlsFailureNamesTheCertificateProblem()
{
    QFETCH(QList<QSslError::SslError>, errors);
    QFETCH(QString, words);
    const Diagnosis diagnosis = diagnose(failed(TransportError::TlsFailure, errors), riverside());
    QVERIFY2(diagnosis.cause.contains(words), qPrintable(diagnosis.cause));
    // Qt's words for the first problem are evidence, in the current language.
    QCOMPARE(diagnosis.evidenceValue(QStringLiteral("Certificate problem")),
             QSslError(errors.first()).errorString());
}

void TestDiagnosis::proxyAuthenticationNamesTheProxyNotItsPassword()
{
    Exchange exchange = failed(TransportError::ProxyAuthenticationRequired);
    exchange.request.url = QUrl(QStringLiteral("https://api.staging.htech.app/v1/me"));
    exchange.proxy = QStringLiteral("proxy.corp.example:3128");
    const Diagnosis diagnosis = diagnose(exchange, riverside());
    QCOMPARE(diagnosis.code, DiagnosisCode::ProxyAuthenticationRequired);
    QVERIFY2(diagnosis.cause.contains(u"The proxy proxy.corp.example:3128 asks for a user name "
                                      u"and password"),
             qPrintable(diagnosis.cause));
    QVERIFY(diagnosis.cause.contains(u"api.staging.htech.app"));
    QCOMPARE(diagnosis.evidenceValue(QStringLiteral("Proxy")),
             QStringLiteral("proxy.corp.example:3128"));
}

void TestDiagnosis::requestIdHeadersAreEvidence()
{
    const Diagnosis diagnosis =
        diagnose(answer(500, "{}", {{"X-Request-Id", "req-123"}, {"traceparent", "00-abc-def-01"}}),
                 riverside());
    QCOMPARE(diagnosis.evidenceValue(QStringLiteral("x-request-id")), QStringLiteral("req-123"));
    QCOMPARE(diagnosis.evidenceValue(QStringLiteral("traceparent")),
             QStringLiteral("00-abc-def-01"));
}

void TestDiagnosis::htmlIsNeverQuotedInTheDiagnosis()
{
    const Diagnosis diagnosis = diagnose(
        answer(502, "<html><script>alert(1)</script></html>", {{"Content-Type", "text/html"}}),
        riverside());
    QVERIFY(!diagnosis.cause.contains(QLatin1String("<script")));
    for (const Evidence &item : diagnosis.evidence)
        QVERIFY(!item.value.contains(QLatin1String("<script")));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
