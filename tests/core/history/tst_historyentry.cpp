// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "history/historyentry.h"
#include "historytestdata.h"

#include <QJsonDocument>
#include <QTest>

class TestHistoryEntry : public QObject
{
    Q_OBJECT
private slots:
    void secretLookingHeadersKeepOnlyTheirLastFourCharacters_data();
    void secretLookingHeadersKeepOnlyTheirLastFourCharacters();
    void secretLookingQueryValuesAreMasked();
    void bodiesAreLeftOutUnlessKept();
    void keptBodiesAreCutAtTheLimitOnACharacterBoundary();
    void jsonRoundTripKeepsEveryField();
    void binaryBodiesSurviveTheRoundTrip();
    void environmentBasePathIsStrippedFromThePath();
    void practiceGroupComesFromTheSentHeaderWhenTheContextHasNone();
    void toRequestLeavesOutAuthAndMaskedHeaders();
    void toRequestLeavesOutWhatTheClientAddsByItself_data();
    void toRequestLeavesOutWhatTheClientAddsByItself();
    void failuresAreRecordedByTheirCode_data();
    void failuresAreRecordedByTheirCode();
    void matchesEveryWordCaseInsensitively_data();
    void matchesEveryWordCaseInsensitively();
    void aRefusedRequestWithoutAUrlSurvivesTheRoundTrip();
    void aDiagnosisCodeFromANewerVersionReadsAsNone();
    void objectsWithoutIdOrTimeAreNotEntries_data();
    void objectsWithoutIdOrTimeAreNotEntries();
};

void TestHistoryEntry::secretLookingHeadersKeepOnlyTheirLastFourCharacters_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("key already redacted by the client")
        << QByteArray("x-api-key") << QStringView(u"…Z1rT").toUtf8()
        << QStringView(u"…Z1rT").toUtf8();
    QTest::newRow("raw key") << QByteArray("X-API-Key") << QByteArray("hk_live_abcdefgh1234")
                             << QStringView(u"…1234").toUtf8();
    QTest::newRow("authorization")
        << QByteArray("Authorization") << QByteArray("Bearer eyJhbGciOi.payload.sig9")
        << QStringView(u"…sig9").toUtf8();
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("session=0123456789abcdef")
                            << QStringView(u"…cdef").toUtf8();
    QTest::newRow("custom token") << QByteArray("X-Hero-Token") << QByteArray("tok_9876543210")
                                  << QStringView(u"…3210").toUtf8();
    QTest::newRow("password") << QByteArray("X-Password") << QByteArray("correct horse battery")
                              << QStringView(u"…tery").toUtf8();
    QTest::newRow("short secret shows nothing")
        << QByteArray("X-Secret") << QByteArray("abc") << QStringView(u"…").toUtf8();
    QTest::newRow("content type untouched")
        << QByteArray("Content-Type") << QByteArray("application/json")
        << QByteArray("application/json");
    QTest::newRow("practice group untouched")
        << QByteArray("x-practice-group-id") << QByteArray("4242") << QByteArray("4242");
}

void TestHistoryEntry::secretLookingHeadersKeepOnlyTheirLastFourCharacters()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);

    Exchange exchange = HistoryTestData::exchange("GET", QStringLiteral("/v1/me"));
    exchange.request.headers = {{name, value}};
    exchange.headers = {{name, value}};
    const HistoryEntry entry =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), false, 1024);

    QCOMPARE(entry.requestHeaders, (HeaderList{{name, expected}}));
    QCOMPARE(entry.responseHeaders, (HeaderList{{name, expected}}));
}

void TestHistoryEntry::secretLookingQueryValuesAreMasked()
{
    const Exchange exchange = HistoryTestData::exchange(
        "GET", QStringLiteral("/v1/patients?api_key=hk_live_abcdefgh1234&page=2"));
    const HistoryEntry entry =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), false, 1024);

    const QList<QPair<QString, QString>> expected{
        {QStringLiteral("api_key"), QStringLiteral("…1234")},
        {QStringLiteral("page"), QStringLiteral("2")}};
    QCOMPARE(entry.query, expected);
    QCOMPARE(entry.path, QStringLiteral("/v1/patients"));
}

void TestHistoryEntry::bodiesAreLeftOutUnlessKept()
{
    Exchange exchange = HistoryTestData::exchange("POST", QStringLiteral("/v1/patients"));
    exchange.request.body = R"({"nhsNumber":"9434765919"})";

    const HistoryEntry dropped =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), false, 1024);
    QVERIFY(dropped.responseBody.isEmpty());
    QVERIFY(!dropped.responseBodyKept);
    QCOMPARE(dropped.responseBodySize, exchange.body.size());
    QVERIFY(dropped.requestBody.isEmpty());
    QCOMPARE(dropped.requestBodySize, exchange.request.body.size());
    QVERIFY(!dropped.holdsBodies());
    QVERIFY(!dropped.toJson().contains(QStringLiteral("responseBody")));
    QVERIFY(!dropped.toJson().contains(QStringLiteral("requestBody")));
    QVERIFY(!QJsonDocument(dropped.toJson()).toJson().contains("9434765919"));

    const HistoryEntry kept =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), true, 1024);
    QCOMPARE(kept.responseBody, exchange.body);
    QVERIFY(kept.responseBodyKept);
    QCOMPARE(kept.requestBody, exchange.request.body);
    QVERIFY(kept.holdsBodies());
}

void TestHistoryEntry::keptBodiesAreCutAtTheLimitOnACharacterBoundary()
{
    Exchange exchange = HistoryTestData::exchange("POST", QStringLiteral("/v1/notes"));
    // "é" is two bytes in UTF-8: a cut at 5 bytes would split the third one.
    exchange.body = QStringView(u"éééé").toUtf8();
    exchange.request.body = QByteArray("0123456789");
    const HistoryEntry entry =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), true, 5);

    QCOMPARE(entry.responseBody, QStringView(u"éé").toUtf8());
    QVERIFY(entry.responseBodyTruncated);
    QCOMPARE(entry.responseBodySize, 8);
    QCOMPARE(entry.requestBody, QByteArray("01234"));
    QVERIFY(entry.requestBodyTruncated);
}

void TestHistoryEntry::jsonRoundTripKeepsEveryField()
{
    Exchange exchange =
        HistoryTestData::exchange("POST", QStringLiteral("/v1/notes?draft=true"), 404);
    exchange.request.body = R"({"text":"ünïcode"})";
    HistoryContext context = HistoryTestData::context(QStringLiteral("production"));
    context.diagnosisCode = DiagnosisCode::NotFound;
    const HistoryEntry entry = HistoryEntry::fromExchange(exchange, context, true, 1024);

    HistoryEntry back;
    const QJsonObject json =
        QJsonDocument::fromJson(QJsonDocument(entry.toJson()).toJson()).object();
    // The file spells the code as it always has.
    QCOMPARE(json.value(u"diagnosisCode").toString(), QStringLiteral("not_found"));
    QVERIFY(HistoryEntry::fromJson(json, &back));
    QCOMPARE(back.id, entry.id);
    QCOMPARE(back.time, entry.time);
    QCOMPARE(back.environmentId, QStringLiteral("production"));
    QCOMPARE(back.environmentName, QStringLiteral("Production"));
    QCOMPARE(back.origin, QStringLiteral("https://api.staging.example:443"));
    QCOMPARE(back.method, QStringLiteral("POST"));
    QCOMPARE(back.path, QStringLiteral("/v1/notes"));
    QCOMPARE(back.query, entry.query);
    QCOMPARE(back.practiceGroup, QStringLiteral("4242"));
    QCOMPARE(back.keyFingerprint, QStringLiteral("…Z1rT"));
    QCOMPARE(back.keyLabel, QStringLiteral("dev key"));
    QCOMPARE(back.status, 404);
    QCOMPARE(back.reason, QStringLiteral("Not Found"));
    QCOMPARE(back.diagnosisCode, DiagnosisCode::NotFound);
    QCOMPARE(back.elapsedMs, 42);
    QCOMPARE(back.requestHeaders, entry.requestHeaders);
    QCOMPARE(back.requestBody, exchange.request.body);
    QCOMPARE(back.responseHeaders, entry.responseHeaders);
    QCOMPARE(back.responseBody, exchange.body);
    QVERIFY(back.responseBodyKept);
    QCOMPARE(back.responseBodySize, exchange.body.size());
}

void TestHistoryEntry::binaryBodiesSurviveTheRoundTrip()
{
    Exchange exchange = HistoryTestData::exchange("POST", QStringLiteral("/v1/files"));
    exchange.request.body = QByteArray("\xff\xfe\x00\x01 binary", 11);
    const HistoryEntry entry =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), true, 1024);
    HistoryEntry back;
    QVERIFY(HistoryEntry::fromJson(entry.toJson(), &back));
    QCOMPARE(back.requestBody, exchange.request.body);
}

void TestHistoryEntry::environmentBasePathIsStrippedFromThePath()
{
    Environment mock;
    mock.id = QStringLiteral("portal-mock");
    mock.name = QStringLiteral("Portal mock");
    mock.baseUrl = QUrl(QStringLiteral("https://mock.example/hero/"));
    Exchange exchange = HistoryTestData::exchange("GET", QStringLiteral("/v1/me"));
    exchange.request.url = QUrl(QStringLiteral("https://mock.example/hero/v1/me"));

    const HistoryEntry entry =
        HistoryEntry::fromExchange(exchange, HistoryContext::forEnvironment(mock), false, 1024);
    QCOMPARE(entry.path, QStringLiteral("/v1/me"));
    QCOMPARE(entry.environmentId, QStringLiteral("portal-mock"));
    QCOMPARE(entry.environmentName, QStringLiteral("Portal mock"));
}

void TestHistoryEntry::practiceGroupComesFromTheSentHeaderWhenTheContextHasNone()
{
    const Exchange exchange = HistoryTestData::exchange("GET", QStringLiteral("/v1/me"));
    QCOMPARE(
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), false, 1024).practiceGroup,
        QStringLiteral("4242"));
    QCOMPARE(HistoryEntry::fromExchange(
                 exchange,
                 HistoryTestData::context(QStringLiteral("staging"), QStringLiteral("77")), false,
                 1024)
                 .practiceGroup,
             QStringLiteral("77"));
}

void TestHistoryEntry::toRequestLeavesOutAuthAndMaskedHeaders()
{
    Exchange exchange = HistoryTestData::exchange("POST", QStringLiteral("/v1/notes?draft=true"));
    exchange.request.body = R"({"text":"hello"})";
    exchange.request.headers = {
        {"Accept", "application/json"},  {"Content-Type", "application/json"},
        {"X-Request-Id", "abc-1"},       {"X-Session-Token", "tok_9876543210"},
        {"x-practice-group-id", "4242"}, {"x-api-key", "…Z1rT"}};
    const HistoryEntry entry =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), true, 1024);

    const HistoryRequest reopened = entry.toRequest();
    QCOMPARE(reopened.environmentId, QStringLiteral("staging"));
    QCOMPARE(reopened.practiceGroup, QStringLiteral("4242"));
    QCOMPARE(reopened.request.method, QByteArray("POST"));
    QCOMPARE(reopened.request.path, QStringLiteral("/v1/notes"));
    QCOMPARE(reopened.request.query,
             (QList<QPair<QString, QString>>{{QStringLiteral("draft"), QStringLiteral("true")}}));
    QCOMPARE(reopened.request.body, exchange.request.body);
    QCOMPARE(reopened.request.extraHeaders, (HeaderList{{"X-Request-Id", "abc-1"}}));
}

void TestHistoryEntry::toRequestLeavesOutWhatTheClientAddsByItself_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("userHeaders");

    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << HeaderList{{"X-Trace", "t"}};
    QTest::newRow("POST with a body")
        << QByteArray("POST") << QByteArray(R"({"a":1})") << HeaderList{};
    QTest::newRow("own Accept and Content-Type are the user's")
        << QByteArray("PUT") << QByteArray("text")
        << HeaderList{{"Content-Type", "text/plain"}, {"Accept", "*/*"}};
    QTest::newRow("own Cache-Control on a GET")
        << QByteArray("GET") << QByteArray() << HeaderList{{"Cache-Control", "max-age=0"}};
}

// Whatever ApiClient::prepare() adds is not handed back as if the user had typed it.
void TestHistoryEntry::toRequestLeavesOutWhatTheClientAddsByItself()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, userHeaders);
    ApiRequest request;
    request.method = method;
    request.path = QStringLiteral("/v1/notes");
    request.extraHeaders = userHeaders;
    request.body = body;
    Exchange exchange = HistoryTestData::exchange(method, QStringLiteral("/v1/notes"));
    const SentRequest sent =
        ApiClient::prepare(Environment(), {"hk_test_abcdefgh1234", "4242"}, request).redacted();
    exchange.request.headers = sent.headers;
    exchange.request.body = sent.body;

    for (const bool keepBodies : {true, false}) {
        const HistoryEntry entry =
            HistoryEntry::fromExchange(exchange, HistoryTestData::context(), keepBodies, 1024);
        QCOMPARE(entry.toRequest().request.extraHeaders, userHeaders);
    }
}

void TestHistoryEntry::failuresAreRecordedByTheirCode_data()
{
    QTest::addColumn<int>("status");
    // Enums as ints: exchange.h does not declare them as metatypes.
    QTest::addColumn<int>("transportError");
    QTest::addColumn<int>("refusal");
    QTest::addColumn<QString>("statusText");
    QTest::addColumn<int>("outcome");

    QTest::newRow("ok") << 200 << int(TransportError::None) << int(Refusal::None)
                        << QStringLiteral("200 OK") << int(HistoryOutcome::Success);
    QTest::newRow("not found") << 404 << int(TransportError::None) << int(Refusal::None)
                               << QStringLiteral("404 Not Found")
                               << int(HistoryOutcome::ClientError);
    QTest::newRow("timed out") << 0 << int(TransportError::TimedOut) << int(Refusal::None)
                               << QStringLiteral("timed_out") << int(HistoryOutcome::Failed);
    QTest::newRow("refused") << 0 << int(TransportError::None) << int(Refusal::ProductionGuard)
                             << QStringLiteral("production_guard") << int(HistoryOutcome::Failed);
    QTest::newRow("truncated body")
        << 200 << int(TransportError::BodyTruncated) << int(Refusal::None)
        << QStringLiteral("200 body_truncated") << int(HistoryOutcome::Failed);
}

void TestHistoryEntry::failuresAreRecordedByTheirCode()
{
    QFETCH(int, status);
    QFETCH(int, transportError);
    QFETCH(int, refusal);
    QFETCH(QString, statusText);
    QFETCH(int, outcome);

    Exchange exchange = HistoryTestData::exchange("GET", QStringLiteral("/v1/me"), status);
    exchange.transportError = TransportError(transportError);
    exchange.refusal = Refusal(refusal);
    const HistoryEntry entry =
        HistoryEntry::fromExchange(exchange, HistoryTestData::context(), false, 1024);
    QCOMPARE(entry.statusText(), statusText);
    QCOMPARE(int(entry.outcome()), outcome);
}

void TestHistoryEntry::matchesEveryWordCaseInsensitively_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    QTest::newRow("empty") << QString() << true;
    QTest::newRow("method") << QStringLiteral("post") << true;
    QTest::newRow("path part") << QStringLiteral("NOTES") << true;
    QTest::newRow("status") << QStringLiteral("404") << true;
    QTest::newRow("group") << QStringLiteral("4242") << true;
    QTest::newRow("environment name") << QStringLiteral("production") << true;
    QTest::newRow("two words both present") << QStringLiteral("post 404") << true;
    QTest::newRow("two words one absent") << QStringLiteral("post 500") << false;
    QTest::newRow("absent") << QStringLiteral("patients") << false;
    QTest::newRow("key fingerprint is not searched") << QStringLiteral("Z1rT") << false;
}

void TestHistoryEntry::matchesEveryWordCaseInsensitively()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const HistoryEntry entry = HistoryEntry::fromExchange(
        HistoryTestData::exchange("POST", QStringLiteral("/v1/notes"), 404),
        HistoryTestData::context(QStringLiteral("production")), false, 1024);
    QCOMPARE(entry.matches(text), matches);
}

void TestHistoryEntry::aRefusedRequestWithoutAUrlSurvivesTheRoundTrip()
{
    Exchange refused;
    refused.refusal = Refusal::InvalidPath;
    const HistoryEntry entry =
        HistoryEntry::fromExchange(refused, HistoryTestData::context(), false, 1024);
    HistoryEntry back;
    QVERIFY(HistoryEntry::fromJson(entry.toJson(), &back));
    QCOMPARE(back.errorCode, QStringLiteral("invalid_path"));
    QCOMPARE(back.outcome(), HistoryOutcome::Failed);
}

void TestHistoryEntry::aDiagnosisCodeFromANewerVersionReadsAsNone()
{
    const HistoryEntry entry =
        HistoryEntry::fromExchange(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
                                   HistoryTestData::context(), false, 1024);
    QJsonObject json = entry.toJson();
    json.insert(u"diagnosisCode", QStringLiteral("rate_limited"));
    HistoryEntry back;
    QVERIFY(HistoryEntry::fromJson(json, &back));
    QCOMPARE(back.diagnosisCode, DiagnosisCode::RateLimited);
    json.insert(u"diagnosisCode", QStringLiteral("a_code_from_the_future"));
    QVERIFY(HistoryEntry::fromJson(json, &back)); // the entry is kept, without its code
    QCOMPARE(back.diagnosisCode, DiagnosisCode::None);
}

void TestHistoryEntry::objectsWithoutIdOrTimeAreNotEntries_data()
{
    QTest::addColumn<QString>("missing");
    QTest::newRow("id") << QStringLiteral("id");
    QTest::newRow("time") << QStringLiteral("time");
}

void TestHistoryEntry::objectsWithoutIdOrTimeAreNotEntries()
{
    QFETCH(QString, missing);
    const HistoryEntry entry =
        HistoryEntry::fromExchange(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
                                   HistoryTestData::context(), false, 1024);
    QJsonObject json = entry.toJson();
    HistoryEntry back;
    QVERIFY(HistoryEntry::fromJson(json, &back));
    json.remove(missing);
    QVERIFY(!HistoryEntry::fromJson(json, &back));
}

QTEST_GUILESS_MAIN(TestHistoryEntry)
#include "tst_historyentry.moc"
