// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorg/networkmap.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString Riverside = QStringLiteral("…7Q2m");

Exchange call(const QByteArray &group, int status, const QByteArray &body = "{}",
              const QString &path = QStringLiteral("/v1/slots/1"))
{
    Exchange exchange;
    exchange.request.method = "GET";
    exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:8080") + path);
    exchange.request.headers = {{"x-api-key", "…7Q2m"}, {"x-practice-group-id", group}};
    exchange.status = status;
    exchange.body = body;
    return exchange;
}

void record(NetworkMap &map, const Exchange &exchange)
{
    DiagnosisContext context;
    context.homePracticeGroup = QStringLiteral("1001");
    map.recordExchange(Riverside, QStringLiteral("1001"), exchange, diagnose(exchange, context));
}

QStringList summary(const NetworkMap &map, const QString &fingerprint)
{
    QStringList out;
    for (const NetworkMap::Group &group : map.groups(fingerprint))
        out.append(group.id + QLatin1Char(':') + networkMapReachId(group.reach));
    return out;
}

const QByteArray PracticeGroups = R"({"data":[
    {"id":"1001","name":"Riverside Medical Practice","ods_code":"Y01001","network":{"id":"10","name":"Northside PCN"}},
    {"id":"1002","name":"Hillview Surgery","network":{"id":"10","name":"Northside PCN"}},
    {"id":"1003","name":"Northside PCN Hub","network":"Northside PCN"}],"count":3})";

} // namespace

class TestNetworkMap : public QObject
{
    Q_OBJECT
private slots:
    void recordsReachedAndRefusedGroups();
    void practiceGroupsAnswerListsTheNetwork();
    void ambiguousAnswersTeachNothing_data();
    void ambiguousAnswersTeachNothing();
    void keysAreKeptApart();
    void malformedListIsRejected_data();
    void malformedListIsRejected();
};

void TestNetworkMap::recordsReachedAndRefusedGroups()
{
    NetworkMap map;
    QSignalSpy changed(&map, &NetworkMap::changed);
    map.setNames({{QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}});
    record(map, call("1001", 200));
    record(map, call("1003", 200));
    record(map, call("2001", 403, R"({"statusCode":403,"error":"forbidden"})"));
    QVERIFY(changed.count() >= 3);
    QCOMPARE(changed.last().first().toString(), Riverside);
    QCOMPARE(map.homeGroup(Riverside), QStringLiteral("1001"));
    QCOMPARE(summary(map, Riverside),
             QStringList({QStringLiteral("1001:home"), QStringLiteral("1003:reached"),
                          QStringLiteral("2001:refused")}));
    QCOMPARE(map.group(Riverside, QStringLiteral("2001")).name,
             QStringLiteral("Elm Tree Practice"));
    QCOMPARE(map.group(Riverside, QStringLiteral("2001")).lastStatus, 403);
}

void TestNetworkMap::practiceGroupsAnswerListsTheNetwork()
{
    NetworkMap map;
    record(map, call("2001", 403, R"({"error":"forbidden"})"));
    record(map, call("1001", 200, PracticeGroups, QStringLiteral("/v1/practice-groups")));
    QCOMPARE(summary(map, Riverside),
             QStringList({QStringLiteral("1001:home"), QStringLiteral("1002:reachable"),
                          QStringLiteral("1003:reachable"), QStringLiteral("2001:refused")}));
    const NetworkMap::Group hub = map.group(Riverside, QStringLiteral("1003"));
    QCOMPARE(hub.name, QStringLiteral("Northside PCN Hub"));
    QCOMPARE(hub.network, QStringLiteral("Northside PCN"));
    QCOMPARE(map.group(Riverside, QStringLiteral("1002")).network, QStringLiteral("Northside PCN"));

    record(
        map,
        call(
            "1002", 200,
            R"({"id":"1002","name":"Hillview Surgery","network":{"id":"10","name":"Northside PCN"}})",
            QStringLiteral("/v1/me")));
    QCOMPARE(networkMapReachId(map.group(Riverside, QStringLiteral("1002")).reach),
             QStringLiteral("reached"));
}

void TestNetworkMap::ambiguousAnswersTeachNothing_data()
{
    QTest::addColumn<Exchange>("exchange");
    QTest::newRow("uncoded 403") << call("2001", 403, "");
    QTest::newRow("scope 403") << call("1002", 403, R"({"error":"insufficient_permissions"})");
    QTest::newRow("401") << call("2001", 401, R"({"error":"invalid_credentials"})");
    QTest::newRow("429") << call("2001", 429);
    QTest::newRow("500") << call("2001", 500);
    Exchange reset = call("2001", 0, QByteArray());
    reset.transportError = TransportError::ConnectionReset;
    QTest::newRow("reset") << reset;
}

void TestNetworkMap::ambiguousAnswersTeachNothing()
{
    QFETCH(Exchange, exchange);
    NetworkMap map;
    record(map, exchange);
    QCOMPARE(summary(map, Riverside), QStringList({QStringLiteral("1001:home")}));
}

void TestNetworkMap::keysAreKeptApart()
{
    NetworkMap map;
    record(map, call("1002", 200));
    const Exchange elm = call("1001", 403, R"({"error":"forbidden"})");
    map.recordExchange(QStringLiteral("…Z1rT"), QStringLiteral("2001"), elm, diagnose(elm, {}));
    QCOMPARE(map.fingerprints(), QStringList({QStringLiteral("…7Q2m"), QStringLiteral("…Z1rT")}));
    QCOMPARE(summary(map, QStringLiteral("…Z1rT")),
             QStringList({QStringLiteral("2001:home"), QStringLiteral("1001:refused")}));
    QCOMPARE(networkMapReachId(map.group(Riverside, QStringLiteral("1002")).reach),
             QStringLiteral("reached"));
    map.clear();
    QVERIFY(map.fingerprints().isEmpty());
}

void TestNetworkMap::malformedListIsRejected_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("data not a list") << QByteArray(R"({"data":{"id":"1"}})");
    QTest::newRow("deep") << QByteArray(100000, '[');
    QTest::newRow("oversized") << QByteArray(R"({"data":[],"pad":")")
            + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
}

void TestNetworkMap::malformedListIsRejected()
{
    QFETCH(QByteArray, body);
    NetworkMap map;
    QVERIFY(!map.recordPracticeGroups(Riverside, body));
    QVERIFY(map.groups(Riverside).isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkMap)
#include "tst_networkmap.moc"
