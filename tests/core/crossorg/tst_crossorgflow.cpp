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
    void wordsSayOnlyWhatIsKnown_data();
    void wordsSayOnlyWhatIsKnown();
    void stepDetailNamesStateEvidenceAndTime();
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

void TestCrossOrgFlow::wordsSayOnlyWhatIsKnown_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QStringList>("labels"); // flowStepLabel() of each step
    QTest::addColumn<QStringList>("lanes"); // flowLaneText() of each lane

    const QByteArray forbidden = R"({"statusCode":403,"error":"forbidden"})";
    const QByteArray scope = R"({"statusCode":403,"error":"insufficient_permissions"})";
    const QString key = QStringLiteral("Key …7Q2m\n");
    QTest::newRow("refused before sending")
        << FlowExchanges::refused(Refusal::InvalidPracticeGroup, QStringLiteral("Digits only."))
        << "Not sent: the explorer refused the request"
        << QStringList{QStringLiteral("Refused here: the explorer did not send it"),
                       QStringLiteral("Not reached: same group or cross-organisational?"),
                       QStringLiteral("Not reached: network check"),
                       QStringLiteral("Not reached: no answer")}
        << QStringList{QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Not contacted"), QStringLiteral("Groups unknown")};
    QTest::newRow("cancelled while queued")
        << FlowExchanges::cancelled("1001", true) << "Not sent: cancelled while it waited"
        << QStringList{QStringLiteral("Not sent: you cancelled it while it waited"),
                       QStringLiteral("Not reached: same group or cross-organisational?"),
                       QStringLiteral("Not reached: network check"),
                       QStringLiteral("Not reached: no answer (you cancelled it)")}
        << QStringList{QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Not contacted"), QStringLiteral("Groups unknown")};
    // A 401 and a 403 are refusals; a 502 is a failure.
    QTest::newRow("401 invalid_credentials")
        << answered("1001", 401, R"({"statusCode":401,"error":"invalid_credentials"})")
        << "Same-group call (1001): answered 401"
        << QStringList{QStringLiteral("Request with key …7Q2m, acting for 1001"),
                       QStringLiteral("Not reached: would be same group 1001"),
                       QStringLiteral("Not reached: network check"),
                       QStringLiteral(
                           "Refused here: answer 401 \"invalid_credentials\" after 30 ms")}
        << QStringList{key + QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Acting for: 1001 Riverside Medical Practice"),
                       QStringLiteral("Same group: no check expected")};
    QTest::newRow("403 forbidden cross-org")
        << answered("2001", 403, forbidden)
        << "Cross-organisational call 1001 → 2001: refused by the network check"
        << QStringList{QStringLiteral("Request with key …7Q2m, acting for 2001"),
                       QStringLiteral("Cross-organisational 1001 → 2001: check the network"),
                       QStringLiteral("Refused here: 1001 and 2001 share no network"),
                       QStringLiteral("Failed: answer 403 \"forbidden\" after 30 ms")}
        << QStringList{key + QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Acting for: 2001 Elm Tree Practice"),
                       QStringLiteral("Does 1001 share a network with 2001?")};
    QTest::newRow("403 insufficient_permissions on the home group")
        << answered("1001", 403, scope) << "Same-group call (1001): answered 403"
        << QStringList{QStringLiteral("Request with key …7Q2m, acting for 1001"),
                       QStringLiteral("Same group 1001: no network check"),
                       QStringLiteral("Not needed: same group"),
                       QStringLiteral(
                           "Refused here: answer 403 \"insufficient_permissions\" after 30 ms")}
        << QStringList{key + QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Acting for: 1001 Riverside Medical Practice"),
                       QStringLiteral("Not needed: same group")};
    QTest::newRow("502 on the home group")
        << answered("1001", 502, "<html>bad gateway</html>")
        << "Same-group call (1001): answered 502"
        << QStringList{QStringLiteral("Request with key …7Q2m, acting for 1001"),
                       QStringLiteral("Unknown: would be same group 1001"),
                       QStringLiteral("Unknown: network check result not in the answer"),
                       QStringLiteral("Failed here: answer 502 after 30 ms")}
        << QStringList{key + QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Acting for: 1001 Riverside Medical Practice"),
                       QStringLiteral("Same group: no check expected")};
    QTest::newRow("200 cross-org")
        << answered("1002", 200)
        << "Cross-organisational call 1001 → 1002: network check passed, answered 200"
        << QStringList{QStringLiteral("Request with key …7Q2m, acting for 1002"),
                       QStringLiteral("Cross-organisational 1001 → 1002: check the network"),
                       QStringLiteral("Passed: 1001 and 1002 share a network"),
                       QStringLiteral("Answer 200 after 30 ms")}
        << QStringList{key + QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Acting for: 1002 Hillview Surgery"),
                       QStringLiteral("Does 1001 share a network with 1002?")};
    QTest::newRow("cancelled on the wire")
        << FlowExchanges::cancelled("1002", false)
        << "Cross-organisational call 1001 → 1002: cancelled, no answer"
        << QStringList{QStringLiteral("Unknown: request with key …7Q2m, acting for 1002"),
                       QStringLiteral("Unknown: would be cross-organisational 1001 → 1002"),
                       QStringLiteral("Unknown: network check result not in the answer"),
                       QStringLiteral("Not reached: no answer (you cancelled it)")}
        << QStringList{key + QStringLiteral("Key home: 1001 Riverside Medical Practice"),
                       QStringLiteral("Acting for: 1002 Hillview Surgery"),
                       QStringLiteral("Does 1001 share a network with 1002?")};
}

void TestCrossOrgFlow::wordsSayOnlyWhatIsKnown()
{
    QFETCH(Exchange, exchange);
    QFETCH(QString, summary);
    QFETCH(QStringList, labels);
    QFETCH(QStringList, lanes);
    const QString home = QStringLiteral("1001");
    DiagnosisContext context;
    context.homePracticeGroup = home;
    const CrossOrgFlow flow = deriveFlow(exchange, diagnose(exchange, context), home, Names);

    QCOMPARE(flowSummary(flow), summary);
    QStringList gotLabels;
    for (int i = 0; i < flow.steps.size(); ++i)
        gotLabels << flowStepLabel(flow, i);
    QCOMPARE(gotLabels, labels);
    const QStringList gotLanes{flowLaneText(flow, FlowLane::App), flowLaneText(flow, FlowLane::Api),
                               flowLaneText(flow, FlowLane::Check)};
    QCOMPARE(gotLanes, lanes);
    QCOMPARE(flowStepLabel(flow, -1), QString());
    QCOMPARE(flowStepLabel(flow, int(flow.steps.size())), QString());
}

void TestCrossOrgFlow::stepDetailNamesStateEvidenceAndTime()
{
    Exchange exchange = answered("2001", 403, R"({"error":"forbidden"})");
    exchange.timings = {7, -1, 30, 35}; // plain HTTP: connect, no TLS, first byte, total
    const CrossOrgFlow flow =
        deriveFlow(exchange, diagnose(exchange, {}), QStringLiteral("1001"), Names);
    const FlowStep &sent = flow.step(FlowStep::Kind::RequestSent);
    QCOMPARE(flowStepDetail(flow, 0),
             QStringLiteral("Request sent (done): %1 At 7 ms.").arg(sent.evidence));
    const FlowStep &network = flow.step(FlowStep::Kind::NetworkCheck);
    QCOMPARE(flowStepDetail(flow, 2),
             QStringLiteral("Network check (failed): %1").arg(network.evidence));
    // The answer's evidence says its own time.
    QVERIFY(!flowStepDetail(flow, 3).contains(u"At "));
    QCOMPARE(flowStepStateText(FlowStep::State::NotReached), QStringLiteral("not reached"));
}

QTEST_GUILESS_MAIN(TestCrossOrgFlow)
#include "tst_crossorgflow.moc"
