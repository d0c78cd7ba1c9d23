// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "export/supportreport.h"

#include <QTest>

namespace {

const QByteArray Canary = "hero_canary_Zx81Qw7";

Exchange refusedCrossOrg()
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url =
        QUrl(QStringLiteral("https://api.staging.htech.app/v1/patients/7?nhs_number=9434765919"));
    exchange.request.headers = {{"x-api-key", QStringLiteral("…1Qw7").toUtf8()},
                                {"x-practice-group-id", "2001"}};
    exchange.startedAt = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    exchange.status = 403;
    exchange.reason = "Forbidden";
    exchange.headers = {{"Content-Type", "application/json"},
                        {"X-Request-Id", "req-4711"},
                        {"x-amzn-RequestId", "amzn-99"}};
    exchange.body =
        R"({"statusCode":403,"error":"forbidden","message":"Jane Doe 9434765919 not in your network"})";
    exchange.timings = {5, 9, 30, 35};
    return exchange;
}

ReportContext riversideContext()
{
    ReportContext context;
    context.generatedAt = QDateTime::fromSecsSinceEpoch(1'700'000'100, Qt::UTC);
    context.appVersion = QStringLiteral("9.8.7");
    context.environment = builtInEnvironment(EnvironmentKind::Staging);
    context.keyLabel = QStringLiteral("Riverside, all scopes");
    context.keyFingerprint = QStringLiteral("…1Qw7");
    context.homePracticeGroup = QStringLiteral("1001");
    context.practiceGroupNames = {
        {QStringLiteral("1001"), QStringLiteral("Riverside Medical Practice")},
        {QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}};
    return context;
}

Diagnosis diagnosisOf(const Exchange &exchange)
{
    DiagnosisContext context;
    context.homePracticeGroup = QStringLiteral("1001");
    context.practiceGroupNames = riversideContext().practiceGroupNames;
    return diagnose(exchange, context);
}

QList<DoctorStep> doctorSteps()
{
    DoctorStep step;
    step.probe.description =
        QStringLiteral("GET /v1/me as Elm Tree Practice (2001): shared network?");
    step.summary = QStringLiteral("403, forbidden, 12 ms");
    step.interpretation = QStringLiteral("The key may not act for Elm Tree Practice (2001).");
    step.outcome = DoctorStep::Outcome::Failed;
    return {step};
}

} // namespace

class TestSupportReport : public QObject
{
    Q_OBJECT
private slots:
    void reportHoldsWhatSupportNeeds();
    void reportNeverHoldsTheKey_data();
    void reportNeverHoldsTheKey();
    void patientDataOnlyWithExplicitChoice();
    void binaryBodyIsDescribedNotCopied();
    void transportFailureAndRefusalAreReported();
};

void TestSupportReport::reportHoldsWhatSupportNeeds()
{
    const Exchange exchange = refusedCrossOrg();
    ReportContext context = riversideContext();
    context.doctorVerdict = QStringLiteral("Riverside and Elm Tree share no network.");
    context.flowDescription =
        QStringLiteral("Request sent, done: …\nNetwork check, failed: denied");
    const QString report = supportReport(exchange, diagnosisOf(exchange), context, doctorSteps());

    const QStringList expected{
        QStringLiteral("Generated: 2023-11-14T22:15:00Z"),
        QStringLiteral("App version: 9.8.7"),
        QStringLiteral("Environment: ") + context.environment.name + QStringLiteral(" (staging)"),
        QStringLiteral("Origin: https://api.staging.htech.app:443"),
        QStringLiteral("Request: GET /v1/patients/7"),
        QStringLiteral("Practice group sent: Elm Tree Practice (2001)"),
        QStringLiteral("Key's home group: Riverside Medical Practice (1001)"),
        QStringLiteral("Key: Riverside, all scopes, fingerprint …1Qw7"),
        QStringLiteral("Status: 403 Forbidden"),
        QStringLiteral("Error code: forbidden"),
        QStringLiteral("Timings: connect 5 ms, TLS 9 ms, first byte 30 ms, total 35 ms"),
        QStringLiteral("x-request-id: req-4711"),
        QStringLiteral("x-amzn-requestid: amzn-99"),
        QStringLiteral("Diagnosis: cross_org_forbidden"),
        QStringLiteral("share none"),
        QStringLiteral("1. GET /v1/me as Elm Tree Practice (2001)"),
        QStringLiteral("Answer: 403, forbidden, 12 ms"),
        QStringLiteral("Meaning (failed): The key may not act"),
        QStringLiteral("Verdict: Riverside and Elm Tree share no network."),
        QStringLiteral("Network check, failed: denied"),
        QStringLiteral("x-practice-group-id: 2001"),
    };
    for (const QString &text : expected)
        QVERIFY2(report.contains(text), qPrintable(text + QStringLiteral("\n---\n") + report));
}

void TestSupportReport::reportNeverHoldsTheKey_data()
{
    QTest::addColumn<bool>("includeBody");
    QTest::newRow("default") << false;
    QTest::newRow("with bodies") << true;
}

void TestSupportReport::reportNeverHoldsTheKey()
{
    QFETCH(bool, includeBody);
    Exchange exchange = refusedCrossOrg();
    // Worst case: a caller that forgot to redact, and secrets in several headers.
    exchange.request.headers = {{"x-api-key", Canary},
                                {"Authorization", "Bearer " + Canary},
                                {"Cookie", "session=" + Canary},
                                {"x-practice-group-id", "2001"}};
    exchange.headers.append({"Set-Cookie", "sid=" + Canary + "; HttpOnly"});
    const QString report = supportReport(exchange, diagnosisOf(exchange), riversideContext(),
                                         doctorSteps(), includeBody);
    QVERIFY(!report.contains(QString::fromLatin1(Canary)));
    QVERIFY(!report.contains(QString::fromLatin1(Canary.chopped(4))));
    QVERIFY(report.contains(QStringLiteral("x-api-key: …1Qw7")));
}

void TestSupportReport::patientDataOnlyWithExplicitChoice()
{
    Exchange exchange = refusedCrossOrg();
    exchange.request.method = "POST";
    exchange.request.body = R"({"nhs_number":"9434765919","name":"Jane Doe"})";
    const Diagnosis diagnosis = diagnosisOf(exchange);

    const QString plain = supportReport(exchange, diagnosis, riversideContext());
    QVERIFY(!plain.contains(QLatin1String("9434765919")));
    QVERIFY(!plain.contains(QLatin1String("Jane Doe")));
    QVERIFY(plain.contains(QLatin1String("nhs_number"))); // the parameter's name only
    QVERIFY(plain.contains(QLatin1String("Bodies: left out")));

    const QString full = supportReport(exchange, diagnosis, riversideContext(), {}, true);
    QVERIFY(full.contains(QLatin1String("may contain patient data")));
    QVERIFY(full.contains(QLatin1String(R"({"nhs_number":"9434765919","name":"Jane Doe"})")));
    QVERIFY(full.contains(QLatin1String("nhs_number=9434765919")));
    QVERIFY(full.contains(QLatin1String("Jane Doe 9434765919 not in your network")));
}

void TestSupportReport::binaryBodyIsDescribedNotCopied()
{
    Exchange exchange = refusedCrossOrg();
    exchange.body = QByteArray("\x00\x01\x02pq7zzz\xff", 10);
    const QString report =
        supportReport(exchange, diagnosisOf(exchange), riversideContext(), {}, true);
    QVERIFY(report.contains(QLatin1String("10 bytes of binary data")));
    QVERIFY(!report.contains(QLatin1String("pq7zzz")));
}

void TestSupportReport::transportFailureAndRefusalAreReported()
{
    Exchange lost = refusedCrossOrg();
    lost.status = 0;
    lost.headers.clear();
    lost.body.clear();
    lost.transportError = TransportError::TimedOut;
    const QString timedOut = supportReport(lost, diagnosisOf(lost), riversideContext());
    QVERIFY(timedOut.contains(QLatin1String("Status: no answer")));
    QVERIFY(timedOut.contains(QLatin1String("Transport error: timed_out")));
    QVERIFY(timedOut.contains(QLatin1String("Diagnosis: timed_out")));

    Exchange refused = refusedCrossOrg();
    refused.status = 0;
    refused.refusal = Refusal::ProductionGuard;
    const QString notSent = supportReport(refused, diagnosisOf(refused), riversideContext());
    QVERIFY(notSent.contains(QLatin1String("Status: not sent (production_guard)")));
}

QTEST_GUILESS_MAIN(TestSupportReport)
#include "tst_supportreport.moc"
