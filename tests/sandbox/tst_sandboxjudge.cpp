// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxjudge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QByteArray FullKey = "hero_sbx_full_7Q2mX9";
const QByteArray MessagingKey = "hero_sbx_msg_K4pL8v";
const QByteArray ElmKey = "hero_sbx_elm_Z1rT5c";
const QByteArray ExpiredKey = "hero_sbx_expired_Q0aa";
constexpr qint64 T0 = 1'700'000'000'000; // ms since the epoch

SandboxJudge makeJudge(int limit = 300, int windowSeconds = 60, bool headers = false)
{
    return SandboxJudge(*SandboxFixture::builtIn(nullptr), *SandboxCatalogue::builtIn(nullptr),
                        SandboxRateSettings{limit, windowSeconds, headers});
}

// A null key or group leaves the header out.
SandboxRequest request(const QByteArray &key, const QByteArray &group,
                       const QString &path = QStringLiteral("/v1/me"),
                       const QByteArray &method = "GET")
{
    SandboxRequest request;
    request.method = method;
    request.path = path;
    if (!key.isNull())
        request.headers.append({QByteArray("X-Api-Key"), key});
    if (!group.isNull())
        request.headers.append({QByteArray("x-practice-group-id"), group});
    return request;
}

QString errorCode(const SandboxResponse &response)
{
    return response.json().value(QStringLiteral("error")).toString();
}

} // namespace

class TestSandboxJudge : public QObject
{
    Q_OBJECT

private slots:
    void judgesEachRule_data();
    void judgesEachRule();
    void rulesApplyInTheDocumentedOrder_data();
    void rulesApplyInTheDocumentedOrder();
    void practiceGroupHeaderErrorUsesTheDocumentedEnvelope();
    void refusalsUseTheSandboxEnvelopeWithoutTheKey();
    void meDescribesTheActingGroup_data();
    void meDescribesTheActingGroup();
    void practiceGroupsListsHomeAndNetwork();
    void catalogueOperationAnswersItsExample();
    void rateWindowRefusesBeyondTheLimitUntilASlotFrees();
    void refusedRequestsDoNotCount();
    void everyAnswerPastTheKeyCounts();
    void rateWindowIsPerKey();
    void rateHeadersOnlyWhenAskedAndOnlyForValidKeys();
};

void TestSandboxJudge::judgesEachRule_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QString me = QStringLiteral("/v1/me");
    QTest::newRow("no key") << QByteArray() << QByteArray("1001") << QByteArray("GET") << me << 401
                            << QStringLiteral("invalid_credentials");
    QTest::newRow("empty key") << QByteArray("") << QByteArray("1001") << QByteArray("GET") << me
                               << 401 << QStringLiteral("invalid_credentials");
    QTest::newRow("unknown key") << QByteArray("hero_sbx_guess") << QByteArray("1001")
                                 << QByteArray("GET") << me << 401
                                 << QStringLiteral("invalid_credentials");
    QTest::newRow("expired key") << ExpiredKey << QByteArray("1001") << QByteArray("GET") << me
                                 << 401 << QStringLiteral("invalid_credentials");
    QTest::newRow("no group") << FullKey << QByteArray() << QByteArray("GET") << me << 400
                              << QString();
    QTest::newRow("group not digits")
        << FullKey << QByteArray("10O1") << QByteArray("GET") << me << 400 << QString();
    QTest::newRow("group outside the network") << FullKey << QByteArray("2001") << QByteArray("GET")
                                               << me << 403 << QStringLiteral("forbidden");
    QTest::newRow("group that does not exist") << FullKey << QByteArray("9999") << QByteArray("GET")
                                               << me << 403 << QStringLiteral("forbidden");
    QTest::newRow("key without a network") << ElmKey << QByteArray("1001") << QByteArray("GET")
                                           << me << 403 << QStringLiteral("forbidden");
    QTest::newRow("group in the network")
        << FullKey << QByteArray("1003") << QByteArray("GET") << me << 200 << QString();
    QTest::newRow("missing booking scope")
        << MessagingKey << QByteArray("1001") << QByteArray("GET")
        << QStringLiteral("/v1/appointments/5") << 403
        << QStringLiteral("insufficient_permissions");
    QTest::newRow("missing booking_links scope")
        << MessagingKey << QByteArray("1001") << QByteArray("PATCH")
        << QStringLiteral("/v1/booking_links/5") << 403
        << QStringLiteral("insufficient_permissions");
    QTest::newRow("scope held") << MessagingKey << QByteArray("1002") << QByteArray("POST")
                                << QStringLiteral("/v1/messages/send") << 200 << QString();
    QTest::newRow("path needing no scope")
        << MessagingKey << QByteArray("1001") << QByteArray("GET")
        << QStringLiteral("/v1/patients/5") << 200 << QString();
    QTest::newRow("no such route")
        << FullKey << QByteArray("1001") << QByteArray("GET") << QStringLiteral("/v1/nothing")
        << 404 << QStringLiteral("not_found");
    QTest::newRow("method without route") << FullKey << QByteArray("1001") << QByteArray("DELETE")
                                          << me << 404 << QStringLiteral("not_found");
}

void TestSandboxJudge::judgesEachRule()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, group);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxJudge judge = makeJudge();
    const SandboxResponse response = judge.judge(request(key, group, path, method), T0);
    QCOMPARE(response.status, status);
    QCOMPARE(response.header("content-type"), QByteArray("application/json"));
    if (!error.isEmpty()) {
        QCOMPARE(errorCode(response), error);
        QCOMPARE(response.json().value(QStringLiteral("statusCode")).toInt(), status);
    }
}

void TestSandboxJudge::rulesApplyInTheDocumentedOrder_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("key before group header")
        << ExpiredKey << QByteArray("x") << QStringLiteral("/v1/nothing") << 401
        << QStringLiteral("invalid_credentials");
    QTest::newRow("group header before network")
        << ElmKey << QByteArray() << QStringLiteral("/v1/appointments/1") << 400 << QString();
    QTest::newRow("network before scope")
        << MessagingKey << QByteArray("2001") << QStringLiteral("/v1/appointments/1") << 403
        << QStringLiteral("forbidden");
    QTest::newRow("scope before route")
        << MessagingKey << QByteArray("1001") << QStringLiteral("/v1/appointments/1/no/such/thing")
        << 403 << QStringLiteral("insufficient_permissions");
    QTest::newRow("network before route")
        << ElmKey << QByteArray("1002") << QStringLiteral("/v1/nothing") << 403
        << QStringLiteral("forbidden");
}

void TestSandboxJudge::rulesApplyInTheDocumentedOrder()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, group);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, error);
    SandboxJudge judge = makeJudge();
    const SandboxResponse response = judge.judge(request(key, group, path), T0);
    QCOMPARE(response.status, status);
    if (!error.isEmpty())
        QCOMPARE(errorCode(response), error);

    // The rate window comes right after the key: with one request allowed, the second
    // gets 429 whatever else is wrong with it.
    if (status != 401) {
        SandboxJudge strict = makeJudge(1, 60);
        QCOMPARE(strict.judge(request(key, group, path), T0).status, status);
        QCOMPARE(strict.judge(request(key, group, path), T0 + 1).status, 429);
    }
}

void TestSandboxJudge::practiceGroupHeaderErrorUsesTheDocumentedEnvelope()
{
    SandboxJudge judge = makeJudge();
    const SandboxResponse response = judge.judge(request(FullKey, QByteArray()), T0);
    const QJsonObject expected = QJsonDocument::fromJson(R"({"error":true,"statusCode":400,
        "message":[{"code":"invalid_type","expected":"string",
                    "path":["headers","x-practice-group-id"]}]})")
                                     .object();
    QCOMPARE(response.json(), expected);
}

void TestSandboxJudge::refusalsUseTheSandboxEnvelopeWithoutTheKey()
{
    SandboxJudge judge = makeJudge();
    for (const QByteArray &key : {QByteArray("hero_sbx_guess_9zz"), ExpiredKey}) {
        const SandboxResponse response = judge.judge(request(key, "1001"), T0);
        const QJsonObject body = response.json();
        QCOMPARE(body.keys(),
                 QStringList({QStringLiteral("error"), QStringLiteral("message"),
                              QStringLiteral("statusCode")}));
        QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!response.body.contains(key));
    }
}

void TestSandboxJudge::meDescribesTheActingGroup_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("home") << FullKey << QByteArray("1001")
                          << QByteArray(R"({"id":"1001","name":"Riverside Medical Practice",)"
                                        R"("network":{"id":"10","name":"Northside PCN"},)"
                                        R"("ods_code":"Y01001"})");
    QTest::newRow("cross-organisational")
        << FullKey << QByteArray("1002")
        << QByteArray(R"({"id":"1002","name":"Hillview Surgery",)"
                      R"("network":{"id":"10","name":"Northside PCN"},"ods_code":"Y01002"})");
    QTest::newRow("no network") << ElmKey << QByteArray("2001")
                                << QByteArray(R"({"id":"2001","name":"Elm Tree Practice",)"
                                              R"("network":null,"ods_code":"Y02001"})");
}

void TestSandboxJudge::meDescribesTheActingGroup()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, group);
    QFETCH(QByteArray, expected);
    SandboxJudge judge = makeJudge();
    const SandboxResponse response = judge.judge(request(key, group), T0);
    QCOMPARE(response.status, 200);
    QCOMPARE(response.body, expected);
}

void TestSandboxJudge::practiceGroupsListsHomeAndNetwork()
{
    SandboxJudge judge = makeJudge();
    const QString path = QStringLiteral("/v1/practice-groups");
    const QJsonObject full = judge.judge(request(FullKey, "1002", path), T0).json();
    QCOMPARE(full.value(QStringLiteral("count")).toInt(), 3);
    QStringList ids;
    for (const QJsonValue &group : full.value(QStringLiteral("data")).toArray())
        ids.append(group.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(ids,
             QStringList({QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")}));

    const QJsonObject elm = judge.judge(request(ElmKey, "2001", path), T0).json();
    QCOMPARE(elm.value(QStringLiteral("count")).toInt(), 1);
    QCOMPARE(elm.value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Elm Tree Practice")));
}

void TestSandboxJudge::catalogueOperationAnswersItsExample()
{
    const std::optional<SandboxCatalogue> catalogue = SandboxCatalogue::builtIn(nullptr);
    QVERIFY(catalogue);
    SandboxJudge judge = makeJudge();

    const SandboxResponse webhook =
        judge.judge(request(FullKey, "1001", QStringLiteral("/v1/webhooks"), "POST"), T0);
    const std::optional<SandboxRouteMatch> match =
        catalogue->match("POST", QStringLiteral("/v1/webhooks"));
    QVERIFY(match);
    QCOMPARE(webhook.status, match->operation->status);
    QCOMPARE(QJsonDocument::fromJson(webhook.body).object(), match->operation->example.toObject());

    // The id of the path comes back in the body.
    const SandboxResponse appointment =
        judge.judge(request(FullKey, "1001", QStringLiteral("/v1/appointments/4242")), T0);
    QCOMPARE(appointment.status, 200);
    QCOMPARE(appointment.json().value(QStringLiteral("id")), QJsonValue(QStringLiteral("4242")));
}

void TestSandboxJudge::rateWindowRefusesBeyondTheLimitUntilASlotFrees()
{
    SandboxJudge judge = makeJudge(3, 10);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0).status, 200);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0 + 1000).status, 200);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0 + 2000).status, 200);

    const SandboxResponse refused = judge.judge(request(FullKey, "1001"), T0 + 3000);
    QCOMPARE(refused.status, 429);
    QCOMPARE(errorCode(refused), QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(refused.header("Retry-After"), QByteArray("7")); // the first slot frees at T0+10s

    const SandboxResponse almost = judge.judge(request(FullKey, "1001"), T0 + 9999);
    QCOMPARE(almost.status, 429);
    QCOMPARE(almost.header("Retry-After"), QByteArray("1")); // whole seconds, rounded up

    QCOMPARE(judge.judge(request(FullKey, "1001"), T0 + 10000).status, 200);
    const SandboxResponse again = judge.judge(request(FullKey, "1001"), T0 + 10000);
    QCOMPARE(again.status, 429);
    QCOMPARE(again.header("Retry-After"), QByteArray("1")); // the T0+1s slot
}

void TestSandboxJudge::refusedRequestsDoNotCount()
{
    SandboxJudge judge = makeJudge(2, 10);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0).status, 200);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0 + 1000).status, 200);
    for (qint64 second = 2; second < 10; ++second)
        QCOMPARE(judge.judge(request(FullKey, "1001"), T0 + second * 1000).status, 429);
    // Had the eight refusals counted, these would be refused too.
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0 + 10000).status, 200);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0 + 11000).status, 200);
}

void TestSandboxJudge::everyAnswerPastTheKeyCounts()
{
    SandboxJudge judge = makeJudge(3, 60);
    QCOMPARE(judge.judge(request(FullKey, QByteArray()), T0).status, 400);
    QCOMPARE(judge.judge(request(FullKey, "2001"), T0).status, 403);
    QCOMPARE(judge.judge(request(FullKey, "1001", QStringLiteral("/v1/nothing")), T0).status, 404);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0).status, 429);
    // A 401 never reaches the window.
    SandboxJudge other = makeJudge(1, 60);
    QCOMPARE(other.judge(request(ExpiredKey, "1001"), T0).status, 401);
    QCOMPARE(other.judge(request(ExpiredKey, "1001"), T0).status, 401);
}

void TestSandboxJudge::rateWindowIsPerKey()
{
    SandboxJudge judge = makeJudge(1, 60);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0).status, 200);
    QCOMPARE(judge.judge(request(FullKey, "1001"), T0).status, 429);
    QCOMPARE(judge.judge(request(MessagingKey, "1001"), T0).status, 200);
}

void TestSandboxJudge::rateHeadersOnlyWhenAskedAndOnlyForValidKeys()
{
    SandboxJudge quiet = makeJudge(2, 60, false);
    for (int i = 0; i < 3; ++i) {
        const SandboxResponse response = quiet.judge(request(FullKey, "1001"), T0);
        QVERIFY(response.header("X-RateLimit-Limit").isNull());
        QVERIFY(response.header("X-RateLimit-Remaining").isNull());
        QVERIFY(response.header("X-RateLimit-Reset").isNull());
        QCOMPARE(response.header("Retry-After").isNull(), i < 2);
    }

    SandboxJudge loud = makeJudge(2, 60, true);
    const QByteArray reset = QByteArray::number((T0 + 60000) / 1000);
    const SandboxResponse first = loud.judge(request(FullKey, "1001"), T0);
    QCOMPARE(first.header("X-RateLimit-Limit"), QByteArray("2"));
    QCOMPARE(first.header("X-RateLimit-Remaining"), QByteArray("1"));
    QCOMPARE(first.header("X-RateLimit-Reset"), reset);
    const SandboxResponse notFound =
        loud.judge(request(FullKey, "1001", QStringLiteral("/v1/nothing")), T0 + 500);
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.header("X-RateLimit-Remaining"), QByteArray("0"));
    const SandboxResponse refused = loud.judge(request(FullKey, "1001"), T0 + 1000);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.header("X-RateLimit-Remaining"), QByteArray("0"));
    QCOMPARE(refused.header("X-RateLimit-Reset"), reset);
    QCOMPARE(refused.header("Retry-After"), QByteArray("59"));

    const SandboxResponse invalid = loud.judge(request("hero_sbx_guess", "1001"), T0);
    QCOMPARE(invalid.status, 401);
    QVERIFY(invalid.header("X-RateLimit-Limit").isNull());
}

QTEST_GUILESS_MAIN(TestSandboxJudge)
#include "tst_sandboxjudge.moc"
