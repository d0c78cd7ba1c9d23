// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorg/crossorgflow.h"
#include "crossorg/networkmap.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/doctor.h"
#include "diagnosis/pendingexchange.h"
#include "http/apiclient.h"
#include "sandboxserver.h"
#include "sandboxworld.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

using namespace SandboxWorld;
const QMap<QString, QString> Names = practiceGroupNames();

} // namespace

class TestDiagnosisSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everySandboxRefusalIsDiagnosed_data();
    void everySandboxRefusalIsDiagnosed();
    void doctorDrivesTheRealClient_data();
    void doctorDrivesTheRealClient();
    void riversideKeyShowsThreeDifferentFlows();

private:
    Exchange send(const QByteArray &key, const QByteArray &group, const QByteArray &method,
                  const QString &path);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    Environment m_environment;
};

void TestDiagnosisSandbox::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(SandboxOptions{}, &error), qPrintable(error));
    m_environment = sandboxEnvironment(m_sandbox.baseUrl());
}

Exchange TestDiagnosisSandbox::send(const QByteArray &key, const QByteArray &group,
                                    const QByteArray &method, const QString &path)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    if (method != "GET")
        request.body = "{}";
    ApiCall *call = m_client.send(m_environment, {key, group}, request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        return Exchange();
    return finished.first().first().value<Exchange>();
}

void TestDiagnosisSandbox::everySandboxRefusalIsDiagnosed_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("code");

    QTest::newRow("unknown key") << QByteArray("hero_sbx_nope_0000") << QByteArray("1001")
                                 << "/v1/me"
                                 << "invalid_credentials";
    QTest::newRow("expired key") << ExpiredKey << QByteArray("1001") << "/v1/me"
                                 << "invalid_credentials";
    QTest::newRow("no shared network") << FullKey << QByteArray("2001") << "/v1/me"
                                       << "cross_org_forbidden";
    QTest::newRow("unknown group") << FullKey << QByteArray("9999") << "/v1/me"
                                   << "cross_org_forbidden";
    QTest::newRow("missing scope") << MessagingKey << QByteArray("1001") << "/v1/locations"
                                   << "missing_scope";
    QTest::newRow("no such route") << FullKey << QByteArray("1001") << "/v1/nothing-here"
                                   << "not_found";
    QTest::newRow("home group ok") << FullKey << QByteArray("1001") << "/v1/me"
                                   << "ok";
    QTest::newRow("same network ok") << FullKey << QByteArray("1003") << "/v1/me"
                                     << "ok";
}

void TestDiagnosisSandbox::everySandboxRefusalIsDiagnosed()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, group);
    QFETCH(QString, path);
    QFETCH(QString, code);
    const Exchange exchange = send(key, group, "GET", path);
    QVERIFY(exchange.status > 0);
    DiagnosisContext context;
    context.environment = m_environment;
    context.homePracticeGroup = QStringLiteral("1001");
    context.practiceGroupNames = Names;
    const Diagnosis diagnosis = diagnose(exchange, context);
    QCOMPARE(diagnosisCodeId(diagnosis.code), code);
    QVERIFY(!diagnosis.cause.contains(QString::fromLatin1(key)));
}

void TestDiagnosisSandbox::doctorDrivesTheRealClient_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("other network") << FullKey << "1001"
                                   << "2001" << QByteArray("GET") << "/v1/locations"
                                   << "no_shared_network";
    QTest::newRow("missing scope via network") << MessagingKey << "1001"
                                               << "1002" << QByteArray("GET") << "/v1/locations"
                                               << "missing_scope";
    QTest::newRow("expired") << ExpiredKey << "1001"
                             << "1001" << QByteArray("POST") << "/v1/appointments"
                             << "key_invalid";
    QTest::newRow("elm to Riverside") << ElmKey << "2001"
                                      << "1001" << QByteArray("POST") << "/v1/messages/send"
                                      << "no_shared_network";
    QTest::newRow("works") << FullKey << "1001"
                           << "1003" << QByteArray("GET") << "/v1/locations"
                           << "works_with_home_group";
}

void TestDiagnosisSandbox::doctorDrivesTheRealClient()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, home);
    QFETCH(QString, target);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, verdict);

    QList<QByteArray> methodsSent;
    connect(
        &m_client, &ApiClient::exchangeFinished, this,
        [&methodsSent](const Exchange &exchange) { methodsSent.append(exchange.request.method); });
    Doctor doctor([this, key](const ApiRequest &request, const QString &group) {
        return PendingExchange::fromApiCall(
            m_client.send(m_environment, {key, group.toLatin1()}, request));
    });
    QSignalSpy finished(&doctor, &Doctor::finished);
    DoctorRequest request;
    request.method = method;
    request.path = path;
    request.environment = m_environment;
    request.homeGroup = home;
    request.targetGroup = target;
    doctor.start(request);
    QVERIFY(finished.wait(10000));
    disconnect(&m_client, &ApiClient::exchangeFinished, this, nullptr);
    QCOMPARE(doctorVerdictId(doctor.verdict()), verdict);
    QVERIFY(!methodsSent.isEmpty());
    for (const QByteArray &sent : std::as_const(methodsSent))
        QCOMPARE(sent, QByteArray("GET"));
}

void TestDiagnosisSandbox::riversideKeyShowsThreeDifferentFlows()
{
    NetworkMap map;
    QStringList flows;
    const QString fingerprint = redactedKey(FullKey);
    for (const QByteArray &group : {QByteArray("1001"), QByteArray("1003"), QByteArray("2001")}) {
        const Exchange exchange = send(FullKey, group, "GET", QStringLiteral("/v1/me"));
        DiagnosisContext context;
        context.homePracticeGroup = QStringLiteral("1001");
        const Diagnosis diagnosis = diagnose(exchange, context);
        const CrossOrgFlow flow = deriveFlow(exchange, diagnosis, QStringLiteral("1001"), Names);
        QCOMPARE(flow.keyFingerprint, fingerprint);
        flows.append(networkCheckResultId(flow.networkCheck) + QLatin1Char('/')
                     + QString::number(flow.failingStep()));
        map.recordExchange(fingerprint, QStringLiteral("1001"), exchange, diagnosis);
    }
    QCOMPARE(flows,
             QStringList({QStringLiteral("not_needed/-1"), QStringLiteral("passed/-1"),
                          QStringLiteral("denied/2")}));

    const Exchange list = send(FullKey, "1001", "GET", QStringLiteral("/v1/practice-groups"));
    QCOMPARE(list.status, 200);
    map.recordExchange(fingerprint, QStringLiteral("1001"), list, diagnose(list, {}));
    QCOMPARE(networkMapReachId(map.group(fingerprint, QStringLiteral("1003")).reach),
             QStringLiteral("reached"));
    QCOMPARE(networkMapReachId(map.group(fingerprint, QStringLiteral("1002")).reach),
             QStringLiteral("reachable"));
    QCOMPARE(networkMapReachId(map.group(fingerprint, QStringLiteral("2001")).reach),
             QStringLiteral("refused"));
    QVERIFY(map.group(fingerprint, QStringLiteral("1002"))
                .network.contains(QLatin1String("Northside PCN")));
}

QTEST_GUILESS_MAIN(TestDiagnosisSandbox)
#include "tst_diagnosissandbox.moc"
