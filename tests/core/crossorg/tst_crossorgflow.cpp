// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorg/crossorgflow.h"
#include "flowexchanges.h"

#include <QTest>

namespace {

const QMap<QString, QString> Names{
    {QStringLiteral("1001"), QStringLiteral("Riverside Medical Practice")},
    {QStringLiteral("1002"), QStringLiteral("Hillview Surgery")},
    {QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}};

using FlowExchanges::answered;
using FlowExchanges::transportFailure;

using FlowExchanges::statesOf;

} // namespace

class TestCrossOrgFlow : public QObject
{
    Q_OBJECT
private slots:
    void derivesOnlyWhatTheExchangeShows_data();
    void derivesOnlyWhatTheExchangeShows();
    void stepsCarryTheExchangeTimings();
    void requestStepNamesKeyAndGroups();
    void descriptionReadsOneSentencePerStep();
};

void TestCrossOrgFlow::derivesOnlyWhatTheExchangeShows_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("states");
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("callKind");
    QTest::addColumn<int>("failing");

    const QString r = QStringLiteral("1001");
    const QByteArray forbidden = R"({"statusCode":403,"error":"forbidden"})";
    const QByteArray scope = R"({"statusCode":403,"error":"insufficient_permissions"})";
    QTest::newRow("home 200") << answered("1001", 200) << r << "DDDD"
                              << "not_needed"
                              << "same" << -1;
    QTest::newRow("same-network 200") << answered("1002", 200) << r << "DDDD"
                                      << "passed"
                                      << "cross" << -1;
    QTest::newRow("other-network 403 forbidden") << answered("2001", 403, forbidden) << r << "DDFF"
                                                 << "denied"
                                                 << "cross" << 2;
    QTest::newRow("scope 403 on home group") << answered("1001", 403, scope) << r << "DDDF"
                                             << "not_needed"
                                             << "same" << 3;
    QTest::newRow("scope 403 cross-org") << answered("1002", 403, scope) << r << "DDUF"
                                         << "unknown"
                                         << "cross" << 3;
    QTest::newRow("401 home") << answered("1001", 401, R"({"error":"invalid_credentials"})") << r
                              << "DNNF"
                              << "not_reached"
                              << "same" << 3;
    QTest::newRow("401 cross-org") << answered("2001", 401) << r << "DNNF"
                                   << "not_reached"
                                   << "cross" << 3;
    QTest::newRow("429 cross-org")
        << answered("1002", 429, R"({"error":"rate_limit_exceeded"})") << r << "DUUF"
        << "unknown"
        << "cross" << 3;
    QTest::newRow("uncoded 403 cross-org") << answered("2001", 403, "") << r << "DDUF"
                                           << "unknown"
                                           << "cross" << 3;
    QTest::newRow("uncoded 403 home") << answered("1001", 403, "") << r << "DDDF"
                                      << "not_needed"
                                      << "same" << 3;
    QTest::newRow("connection refused")
        << transportFailure("2001", TransportError::ConnectionRefused) << r << "FNNN"
        << "not_reached"
        << "cross" << 0;
    QTest::newRow("tls failure") << transportFailure("1001", TransportError::TlsFailure) << r
                                 << "FNNN"
                                 << "not_reached"
                                 << "same" << 0;
    QTest::newRow("timeout cross-org")
        << transportFailure("1002", TransportError::TimedOut) << r << "UUUF"
        << "unknown"
        << "cross" << 3;
    // No answer: even a same-group call cannot be said to have needed no check.
    QTest::newRow("reset on home group")
        << transportFailure("1001", TransportError::ConnectionReset) << r << "UUUF"
        << "unknown"
        << "same" << 3;
    Exchange truncated = answered("1002", 200, R"({"data":[)");
    truncated.transportError = TransportError::BodyTruncated;
    QTest::newRow("truncated 200 cross-org") << truncated << r << "DDDF"
                                             << "passed"
                                             << "cross" << 3;
    Exchange refused = answered("1002", 0, QByteArray());
    refused.refusal = Refusal::InvalidHeader;
    QTest::newRow("refused before sending") << refused << r << "FNNN"
                                            << "not_reached"
                                            << "cross" << 0;
    QTest::newRow("home unknown 200") << answered("1002", 200) << QString() << "DUUD"
                                      << "unknown"
                                      << "unknown" << -1;
    QTest::newRow("html 502 cross-org")
        << answered("1002", 502, "<html>bad gateway</html>") << r << "DUUF"
        << "unknown"
        << "cross" << 3;
    QTest::newRow("html 502 on home group")
        << answered("1001", 502, "<html>bad gateway</html>") << r << "DUUF"
        << "unknown"
        << "same" << 3;
    QTest::newRow("cancelled while queued") << FlowExchanges::cancelled("1001", true) << r << "NNNN"
                                            << "not_reached"
                                            << "unknown" << -1;
    QTest::newRow("cancelled on the wire") << FlowExchanges::cancelled("1002", false) << r << "UUUN"
                                           << "unknown"
                                           << "cross" << -1;
    QTest::newRow("404 cross-org")
        << answered("1002", 404, R"({"error":"not_found"})") << r << "DDUF"
        << "unknown"
        << "cross" << 3;
}

void TestCrossOrgFlow::derivesOnlyWhatTheExchangeShows()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, home);
    QFETCH(QString, states);
    QFETCH(QString, network);
    QFETCH(QString, callKind);
    QFETCH(int, failing);

    DiagnosisContext context;
    context.homePracticeGroup = home;
    const Diagnosis diagnosis = diagnose(exchange, context);
    const CrossOrgFlow flow = deriveFlow(exchange, diagnosis, home, Names);

    QCOMPARE(flow.steps.size(), 4);
    QCOMPARE(statesOf(flow), states);
    QCOMPARE(networkCheckResultId(flow.networkCheck), network);
    const QString kind = flow.callKind == CallKind::SameGroup ? QStringLiteral("same")
        : flow.callKind == CallKind::CrossOrganisational      ? QStringLiteral("cross")
                                                              : QStringLiteral("unknown");
    QCOMPARE(kind, callKind);
    QCOMPARE(flow.failingStep(), failing);
    for (const FlowStep &step : flow.steps) {
        QVERIFY(!step.title.isEmpty());
        QVERIFY(!step.evidence.isEmpty());
    }
}

void TestCrossOrgFlow::stepsCarryTheExchangeTimings()
{
    const Exchange exchange = answered("1002", 200);
    const CrossOrgFlow flow =
        deriveFlow(exchange, diagnose(exchange, {}), QStringLiteral("1001"), Names);
    QCOMPARE(flow.step(FlowStep::Kind::RequestSent).atMs, qint64(9));
    QCOMPARE(flow.step(FlowStep::Kind::Answer).atMs, qint64(30));
    QVERIFY(flow.step(FlowStep::Kind::Answer).evidence.contains(QLatin1String("35 ms")));
    QCOMPARE(flow.step(FlowStep::Kind::NetworkCheck).atMs, qint64(-1));

    const Exchange lost = transportFailure("1001", TransportError::ConnectionRefused);
    const CrossOrgFlow lostFlow =
        deriveFlow(lost, diagnose(lost, {}), QStringLiteral("1001"), Names);
    QCOMPARE(lostFlow.step(FlowStep::Kind::Answer).atMs, qint64(-1));
}

void TestCrossOrgFlow::requestStepNamesKeyAndGroups()
{
    const Exchange exchange = answered("2001", 403, R"({"error":"forbidden"})");
    const CrossOrgFlow flow =
        deriveFlow(exchange, diagnose(exchange, {}), QStringLiteral("1001"), Names);
    QCOMPARE(flow.keyFingerprint, QStringLiteral("…7Q2m"));
    QCOMPARE(flow.targetGroup, QStringLiteral("2001"));
    QCOMPARE(flow.targetName, QStringLiteral("Elm Tree Practice"));
    QCOMPARE(flow.homeName, QStringLiteral("Riverside Medical Practice"));
    QCOMPARE(flow.errorCode, QStringLiteral("forbidden"));
    QCOMPARE(flow.status, 403);
    const QString sent = flow.step(FlowStep::Kind::RequestSent).evidence;
    QVERIFY(sent.contains(QStringLiteral("…7Q2m")));
    QVERIFY(sent.contains(QLatin1String("Elm Tree Practice (2001)")));
    QVERIFY(sent.contains(QLatin1String("Riverside Medical Practice (1001)")));

    const CrossOrgFlow given = deriveFlow(exchange, diagnose(exchange, {}), QStringLiteral("1001"),
                                          Names, QStringLiteral("Riverside key …7Q2m"));
    QCOMPARE(given.keyFingerprint, QStringLiteral("Riverside key …7Q2m"));
}

void TestCrossOrgFlow::descriptionReadsOneSentencePerStep()
{
    const Exchange exchange = answered("2001", 403, R"({"error":"forbidden"})");
    const CrossOrgFlow flow =
        deriveFlow(exchange, diagnose(exchange, {}), QStringLiteral("1001"), Names);
    const QStringList lines = describeFlow(flow).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Request sent, done")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("Network check, failed")));
    QVERIFY(lines.at(2).contains(QLatin1String("share no network")));
    QVERIFY(lines.at(3).contains(QLatin1String("403")));
}

QTEST_GUILESS_MAIN(TestCrossOrgFlow)
#include "tst_crossorgflow.moc"
