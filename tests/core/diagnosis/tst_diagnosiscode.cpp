// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/diagnosiscode.h"

#include <QSet>
#include <QTest>

class TestDiagnosisCode : public QObject
{
    Q_OBJECT

private slots:
    void idIsTheStableSpelling_data();
    void idIsTheStableSpelling();
    void everyCodeHasItsOwnIdAndReadsBack();
    void unknownIdIsNoCode();
};

void TestDiagnosisCode::idIsTheStableSpelling_data()
{
    // The exact ids written before codes were typed: history files and hero-cli --json users
    // depend on these bytes.
    QTest::addColumn<DiagnosisCode>("code");
    QTest::addColumn<QString>("id");
    using C = DiagnosisCode;
    const QList<std::pair<C, const char *>> table{
        {C::None, ""},
        {C::Ok, "ok"},
        {C::InvalidCredentials, "invalid_credentials"},
        {C::CrossOrgForbidden, "cross_org_forbidden"},
        {C::MissingScope, "missing_scope"},
        {C::ForbiddenUncoded, "forbidden_uncoded"},
        {C::RateLimited, "rate_limited"},
        {C::ValidationFailed, "validation_failed"},
        {C::NotFound, "not_found"},
        {C::ServerError, "server_error"},
        {C::HttpError, "http_error"},
        {C::UpstreamHtml, "upstream_html"},
        {C::RedirectNotFollowed, "redirect_not_followed"},
        {C::TimedOut, "timed_out"},
        {C::ConnectionRefused, "connection_refused"},
        {C::ConnectionReset, "connection_reset"},
        {C::HostNotFound, "host_not_found"},
        {C::TlsFailure, "tls_failure"},
        {C::BodyTruncated, "body_truncated"},
        {C::BodyTooLarge, "body_too_large"},
        {C::ProxyAuthenticationRequired, "proxy_authentication_required"},
        {C::ProtocolError, "protocol_error"},
        {C::Canceled, "canceled"},
        {C::TransportError, "transport_error"},
        {C::RefusedBeforeSending, "refused_before_sending"},
    };
    QCOMPARE(table.size(), int(LastDiagnosisCode) + 1); // a new code gets a row here too
    for (const auto &[code, id] : table)
        QTest::newRow(*id ? id : "none") << code << QString::fromLatin1(id);
}

void TestDiagnosisCode::idIsTheStableSpelling()
{
    QFETCH(DiagnosisCode, code);
    QFETCH(QString, id);
    QCOMPARE(diagnosisCodeId(code), id);
    const std::optional<DiagnosisCode> back = diagnosisCodeFromId(id);
    QVERIFY(back.has_value());
    QCOMPARE(*back, code);
}

void TestDiagnosisCode::everyCodeHasItsOwnIdAndReadsBack()
{
    QSet<QString> seen;
    for (int value = 0; value <= int(LastDiagnosisCode); ++value) {
        const auto code = DiagnosisCode(value);
        const QString id = diagnosisCodeId(code);
        QVERIFY2(!seen.contains(id), qPrintable(id));
        seen.insert(id);
        QVERIFY2(diagnosisCodeFromId(id) == code, qPrintable(id));
    }
}

void TestDiagnosisCode::unknownIdIsNoCode()
{
    QVERIFY(!diagnosisCodeFromId(u"a_code_from_a_newer_version").has_value());
    QVERIFY(!diagnosisCodeFromId(u"OK").has_value()); // ids are compared exactly
    QVERIFY(!diagnosisCodeFromId(u" ok").has_value());
}

QTEST_GUILESS_MAIN(TestDiagnosisCode)
#include "tst_diagnosiscode.moc"
