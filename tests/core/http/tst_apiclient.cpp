// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "capturingnetworkaccessmanager.h"
#include "http/apiclient.h"
#include "http/headervalidation.h"
#include "httptesthelpers.h"
#include "recordingserver.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>

Q_DECLARE_METATYPE(Refusal)
Q_DECLARE_METATYPE(TransportError)
Q_DECLARE_METATYPE(RecordingServer::Script)

namespace {

using namespace HttpTest;

// A canary: it must reach the loopback server and appear nowhere else.
const QByteArray CanaryKey = QByteArrayLiteral("hk_canary_7Qm2vX9pL4sR8tW1zY6nB3cD");
const QByteArray GroupId = QByteArrayLiteral("1001");

// Everything an exchange holds as text, to look for a secret in.
QByteArray everythingIn(const Exchange &exchange)
{
    QByteArray all = exchange.request.method + exchange.request.url.toEncoded()
        + exchange.request.body + exchange.reason + exchange.body + exchange.errorText.toUtf8()
        + exchange.refusalText.toUtf8() + tlsErrorTexts(exchange.tlsErrors).join(u'\n').toUtf8();
    for (const auto &header : exchange.request.headers)
        all += header.first + header.second;
    for (const auto &header : exchange.headers)
        all += header.first + header.second;
    return all;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badCredentialsAreRefusedBeforeTheWire_data();
    void badCredentialsAreRefusedBeforeTheWire();
    void keyReachesTheConfiguredOriginExactlyOnce();
    void exchangeHoldsOnlyTheRedactedKey_data();
    void exchangeHoldsOnlyTheRedactedKey();
    void bodyIsSentWithAJsonContentType();
    void prepareListsTheHeadersInWireOrder_data();
    void prepareListsTheHeadersInWireOrder();
    void queryValuesArePercentEncoded();
    void pathIsAppendedToTheBaseUrlPrefix();

    void redirectIsReportedAndNeverFollowed_data();
    void redirectIsReportedAndNeverFollowed();
    void defaultQtPolicyWouldLeakTheKeyToTheRedirectTarget();

    void httpErrorStatusIsAnAnswerNotATransportFailure_data();
    void httpErrorStatusIsAnAnswerNotATransportFailure();
    void transportFailureIsClassified_data();
    void transportFailureIsClassified();
    void completeAnswerIsNotMistakenForATruncatedOne_data();
    void completeAnswerIsNotMistakenForATruncatedOne();
    void userCancelIsReportedAsCanceledNotTimedOut();
    void connectionRefusedIsReported();
    void slowAnswerWithinTheTimeoutSucceeds();
    void responseBodyIsFramedCorrectly_data();
    void responseBodyIsFramedCorrectly();
    void progressReportsReceivedAndAnnouncedBytes();
    void reusedConnectionLeavesConnectTimingUnknown();

    void pathThatCouldLeaveTheOriginIsRefused_data();
    void pathThatCouldLeaveTheOriginIsRefused();
    void insecureOrMalformedBaseUrlIsRefused_data();
    void insecureOrMalformedBaseUrlIsRefused();
    void productionWriteNeedsConfirmation_data();
    void productionWriteNeedsConfirmation();

    void everyRequestCarriesTheSafetyAttributes_data();
    void everyRequestCarriesTheSafetyAttributes();
    void clientConfiguresTheManagerSafely();
    void exchangeFinishedReportsRefusalsAndAnswers();
    void urlForJoinsBaseUrlPathAndQuery_data();
    void urlForJoinsBaseUrlPathAndQuery();

private:
    Credentials goodCredentials() const { return {CanaryKey, GroupId}; }
    void answerArrivesAsSent(const QByteArray &raw);

    std::unique_ptr<CapturingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RecordingServer> m_server;
};

void TestApiClient::initTestCase()
{
    qRegisterMetaType<Exchange>();
}

void TestApiClient::init()
{
    // A fresh manager per test: no connection is reused across tests.
    m_network = std::make_unique<CapturingNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_server = std::make_unique<RecordingServer>();
    QVERIFY(m_server->listen());
}

void TestApiClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestApiClient::badCredentialsAreRefusedBeforeTheWire_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<HeaderList>("extraHeaders");
    QTest::addColumn<Refusal>("expected");

    const QByteArray key = CanaryKey;
    const QByteArray group = GroupId;
    const auto row = [](const char *name) { return &QTest::newRow(name); };

    *row("key: CR LF injection") << QByteArray("abc\r\nX-Injected: yes") << group << HeaderList{}
                                 << Refusal::InvalidApiKey;
    *row("key: bare LF") << QByteArray("abc\nX-Injected: yes") << group << HeaderList{}
                         << Refusal::InvalidApiKey;
    *row("key: bare CR") << QByteArray("abc\rdef") << group << HeaderList{}
                         << Refusal::InvalidApiKey;
    *row("key: NUL") << QByteArray("abc\0def", 7) << group << HeaderList{}
                     << Refusal::InvalidApiKey;
    *row("key: TAB") << QByteArray("abc\tdef") << group << HeaderList{} << Refusal::InvalidApiKey;
    *row("key: DEL") << QByteArray("abc\x7f"
                                   "def")
                     << group << HeaderList{} << Refusal::InvalidApiKey;
    *row("key: leading space") << QByteArray(' ' + key) << group << HeaderList{}
                               << Refusal::InvalidApiKey;
    *row("key: trailing space") << QByteArray(key + ' ') << group << HeaderList{}
                                << Refusal::InvalidApiKey;
    *row("key: k\xc3\xa9y") << QByteArray("k\xc3\xa9y") << group << HeaderList{}
                            << Refusal::InvalidApiKey;
    *row("key: cyrillic") << QByteArray("\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87") << group << HeaderList{}
                          << Refusal::InvalidApiKey;
    *row("key: emoji") << QByteArray("key\xf0\x9f\x94\x91") << group << HeaderList{}
                       << Refusal::InvalidApiKey;
    *row("key: empty") << QByteArray() << group << HeaderList{} << Refusal::InvalidApiKey;
    *row("key: 2561 bytes") << QByteArray(MaxApiKeyBytes + 1, 'k') << group << HeaderList{}
                            << Refusal::InvalidApiKey;
    *row("key: quoted") << QByteArray('"' + key + '"') << group << HeaderList{}
                        << Refusal::InvalidApiKey;
    *row("key: x-api-key: prefix")
        << QByteArray("x-api-key: " + key) << group << HeaderList{} << Refusal::InvalidApiKey;
    *row("group: CR LF injection") << key << QByteArray("1001\r\nX-Injected: yes") << HeaderList{}
                                   << Refusal::InvalidPracticeGroup;
    *row("group: bare LF") << key << QByteArray("1001\nX-Injected: yes") << HeaderList{}
                           << Refusal::InvalidPracticeGroup;
    *row("group: bare CR") << key << QByteArray("1001\r") << HeaderList{}
                           << Refusal::InvalidPracticeGroup;
    *row("group: NUL") << key
                       << QByteArray("10\0"
                                     "01",
                                     5)
                       << HeaderList{} << Refusal::InvalidPracticeGroup;
    *row("group: TAB") << key << QByteArray("10\t01") << HeaderList{}
                       << Refusal::InvalidPracticeGroup;
    *row("group: DEL") << key << QByteArray("1001\x7f") << HeaderList{}
                       << Refusal::InvalidPracticeGroup;
    *row("group: leading space") << key << QByteArray(" 1001") << HeaderList{}
                                 << Refusal::InvalidPracticeGroup;
    *row("group: trailing space") << key << QByteArray("1001 ") << HeaderList{}
                                  << Refusal::InvalidPracticeGroup;
    *row("group: empty") << key << QByteArray() << HeaderList{} << Refusal::InvalidPracticeGroup;
    *row("group: letters") << key << QByteArray("pg1001") << HeaderList{}
                           << Refusal::InvalidPracticeGroup;
    *row("group: slash") << key << QByteArray("10/01") << HeaderList{}
                         << Refusal::InvalidPracticeGroup;
    *row("group: question mark") << key << QByteArray("1001?x=1") << HeaderList{}
                                 << Refusal::InvalidPracticeGroup;
    *row("group: hash") << key << QByteArray("1001#x") << HeaderList{}
                        << Refusal::InvalidPracticeGroup;
    *row("group: %2F") << key << QByteArray("10%2F01") << HeaderList{}
                       << Refusal::InvalidPracticeGroup;
    *row("group: inner space") << key << QByteArray("10 01") << HeaderList{}
                               << Refusal::InvalidPracticeGroup;
    *row("group: non-ASCII") << key << QByteArray("10\xc3\xa9") << HeaderList{}
                             << Refusal::InvalidPracticeGroup;
    *row("header value: CR LF injection")
        << key << group << HeaderList{{"X-Trace", "t1\r\nX-Injected: yes"}}
        << Refusal::InvalidHeader;
    *row("header value: bare LF") << key << group << HeaderList{{"X-Trace", "t1\nX-Injected: yes"}}
                                  << Refusal::InvalidHeader;
    *row("header value: NUL") << key << group << HeaderList{{"X-Trace", QByteArray("t\0", 2)}}
                              << Refusal::InvalidHeader;
    *row("header value: non-ASCII")
        << key << group << HeaderList{{"X-Trace", "caf\xc3\xa9"}} << Refusal::InvalidHeader;
    *row("header value: 2561 bytes")
        << key << group << HeaderList{{"X-Trace", QByteArray(MaxHeaderValueBytes + 1, 'v')}}
        << Refusal::InvalidHeader;
    *row("header name: colon") << key << group << HeaderList{{"X-Evil:", "1"}}
                               << Refusal::InvalidHeader;
    *row("header name: CR LF") << key << group << HeaderList{{"X\r\nEvil", "1"}}
                               << Refusal::InvalidHeader;
    *row("override x-api-key") << key << group << HeaderList{{"X-Api-Key", "other"}}
                               << Refusal::InvalidHeader;
    *row("override x-practice-group-id")
        << key << group << HeaderList{{"x-practice-group-id", "2"}} << Refusal::InvalidHeader;
    *row("override Host") << key << group << HeaderList{{"Host", "evil.example"}}
                          << Refusal::InvalidHeader;
}

void TestApiClient::badCredentialsAreRefusedBeforeTheWire()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, group);
    QFETCH(HeaderList, extraHeaders);
    QFETCH(Refusal, expected);

    const Environment env = loopbackEnvironment(m_server->url());
    ApiRequest request = getRequest();
    request.extraHeaders = extraHeaders;

    QString why;
    QCOMPARE(ApiClient::check(env, {key, group}, request, &why), expected);
    QVERIFY(!why.isEmpty());

    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(env, {key, group}, request), &exchange));
    QCOMPARE(exchange.refusal, expected);
    QVERIFY(!exchange.wasSent());
    QVERIFY(!exchange.refusalText.isEmpty());
    QCOMPARE(exchange.status, 0);

    // Nothing reached the wire: the client built no request, the server saw no byte.
    QVERIFY(m_network->requests().isEmpty());
    QTest::qWait(0); // let any stray connection be accepted before counting
    QCOMPARE(m_server->connectionCount(), 0);
    QCOMPARE(m_server->receivedBytes(), QByteArray());

    // The server was listening all along: a good request through the same client arrives.
    QVERIFY(waitForExchange(m_client->send(env, goodCredentials(), getRequest()), &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!m_server->receivedBytes().contains("X-Injected"));
}

void TestApiClient::keyReachesTheConfiguredOriginExactlyOnce()
{
    m_server->enqueue(
        RecordingServer::respond(200, R"({"id":"me"})", {{"Content-Type", "application/json"}}));
    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), getRequest()),
        &exchange));

    QVERIFY(exchange.isSuccess());
    QCOMPARE(exchange.body, QByteArray(R"({"id":"me"})"));
    QCOMPARE(m_server->requestCount(), 1);
    const RecordingServer::Request seen = m_server->requests().first();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, QByteArray("/v1/me"));
    QCOMPARE(seen.header("x-api-key"), CanaryKey);
    QCOMPARE(seen.header("x-practice-group-id"), GroupId);
    QCOMPARE(seen.header("Accept"), QByteArray("application/json"));
    QCOMPARE(seen.header("Host"), QByteArray("127.0.0.1:" + QByteArray::number(m_server->port())));
    QCOMPARE(m_server->receivedBytes().count(CanaryKey), 1);
}

void TestApiClient::exchangeHoldsOnlyTheRedactedKey_data()
{
    QTest::addColumn<RecordingServer::Script>("script");
    QTest::addColumn<QByteArray>("method");

    QTest::newRow("success") << RecordingServer::respond(200, "{}") << QByteArray("GET");
    QTest::newRow("server echoes the key")
        << RecordingServer::respond(401, "{\"error\":\"bad key " + CanaryKey + "\"}")
        << QByteArray("GET");
    QTest::newRow("reset") << RecordingServer::reset() << QByteArray("POST");
    QTest::newRow("truncated") << RecordingServer::truncate(200, "{", 100) << QByteArray("GET");
}

void TestApiClient::exchangeHoldsOnlyTheRedactedKey()
{
    QFETCH(RecordingServer::Script, script);
    QFETCH(QByteArray, method);
    m_server->setDefaultScript(script);
    ApiRequest request = getRequest();
    request.method = method;

    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), request),
        &exchange));

    QVERIFY(m_server->receivedBytes().contains(CanaryKey)); // it did go out
    QCOMPARE(exchange.requestHeader("x-api-key"), redactedKey(CanaryKey).toUtf8());
    QVERIFY(exchange.requestHeader("x-api-key").endsWith(CanaryKey.right(4)));
    QCOMPARE(exchange.requestHeader("x-practice-group-id"), GroupId);
    for (const auto &header : exchange.request.headers)
        QVERIFY2(!header.second.contains(CanaryKey), header.first.constData());
    if (!exchange.hasHttpResponse())
        QVERIFY(!everythingIn(exchange).contains(CanaryKey));
    else // only the server's own words may repeat it, in the answer
        QVERIFY(!everythingIn(exchange).replace(exchange.body, "").contains(CanaryKey));
}

void TestApiClient::prepareListsTheHeadersInWireOrder_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<HeaderList>("extraHeaders");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<HeaderList>("expected");

    const QByteArray json = "application/json";
    const QByteArray noCache = "no-cache";
    QTest::newRow("POST, no body")
        << QByteArray("POST") << HeaderList{} << QByteArray()
        << HeaderList{{"Accept", json}, {"x-practice-group-id", GroupId}, {"x-api-key", CanaryKey}};
    QTest::newRow("POST, a body brings Content-Type")
        << QByteArray("POST") << HeaderList{} << QByteArray("{}")
        << HeaderList{{"Accept", json},
                      {"Content-Type", json},
                      {"x-practice-group-id", GroupId},
                      {"x-api-key", CanaryKey}};
    // Qt would write these itself for AlwaysNetwork; they are part of the prepared request.
    QTest::newRow("GET asks caches not to answer")
        << QByteArray("GET") << HeaderList{} << QByteArray()
        << HeaderList{{"Accept", json},
                      {"Cache-Control", noCache},
                      {"Pragma", noCache},
                      {"x-practice-group-id", GroupId},
                      {"x-api-key", CanaryKey}};
    QTest::newRow("GET with its own cache-control")
        << QByteArray("GET") << HeaderList{{"cache-control", "max-age=0"}} << QByteArray()
        << HeaderList{{"Accept", json},
                      {"Pragma", noCache},
                      {"cache-control", "max-age=0"},
                      {"x-practice-group-id", GroupId},
                      {"x-api-key", CanaryKey}};
    QTest::newRow("GET with a body is a custom request: no cache headers")
        << QByteArray("GET") << HeaderList{} << QByteArray("{}")
        << HeaderList{{"Accept", json},
                      {"Content-Type", json},
                      {"x-practice-group-id", GroupId},
                      {"x-api-key", CanaryKey}};
    // As QNetworkRequest::setRawHeader() does: the caller's value, at the caller's place.
    QTest::newRow("own Accept and Content-Type replace the defaults")
        << QByteArray("PUT")
        << HeaderList{{"X-Trace", "t"}, {"content-type", "text/plain"}, {"ACCEPT", "*/*"}}
        << QByteArray("hi")
        << HeaderList{{"X-Trace", "t"},
                      {"content-type", "text/plain"},
                      {"ACCEPT", "*/*"},
                      {"x-practice-group-id", GroupId},
                      {"x-api-key", CanaryKey}};
    QTest::newRow("a name given twice is sent once, the last value")
        << QByteArray("DELETE") << HeaderList{{"X-A", "1"}, {"X-B", "2"}, {"x-a", "3"}}
        << QByteArray()
        << HeaderList{{"Accept", json},
                      {"X-B", "2"},
                      {"x-a", "3"},
                      {"x-practice-group-id", GroupId},
                      {"x-api-key", CanaryKey}};
}

void TestApiClient::prepareListsTheHeadersInWireOrder()
{
    QFETCH(QByteArray, method);
    QFETCH(HeaderList, extraHeaders);
    QFETCH(QByteArray, body);
    QFETCH(HeaderList, expected);
    ApiRequest request = getRequest(QStringLiteral("/v1/notes"));
    request.method = method;
    request.query = {{QStringLiteral("a b"), QStringLiteral("1")}};
    request.extraHeaders = extraHeaders;
    request.body = body;
    const Environment environment = loopbackEnvironment(m_server->url());

    const PreparedRequest prepared = ApiClient::prepare(environment, goodCredentials(), request);
    QCOMPARE(prepared.method, method);
    QCOMPARE(prepared.url, ApiClient::urlFor(environment, request));
    QCOMPARE(prepared.headers, expected);
    QCOMPARE(prepared.body, body);
    QCOMPARE(m_server->requestCount(), 0); // pure: nothing went anywhere

    // Its redacted form is what the exchange records: the same, the key by its last four.
    const SentRequest shown = prepared.redacted();
    QCOMPARE(shown.headers.size(), expected.size());
    QCOMPARE(shown.headers.last(),
             qMakePair(QByteArray("x-api-key"), redactedKey(CanaryKey).toUtf8()));
    QVERIFY(!shown.headers.contains(qMakePair(QByteArray("x-api-key"), CanaryKey)));

    // And send() puts exactly these on the wire, in this order, around the transport's own.
    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(environment, goodCredentials(), request), &exchange));
    QCOMPARE(m_server->requestCount(), 1);
    static const QByteArrayList transport{
        "host", "content-length", "connection", "accept-encoding", "accept-language", "user-agent"};
    HeaderList wire;
    // A copy first: a range-for over a member of requests()'s temporary reads freed memory.
    const QList<RecordingServer::Request> received = m_server->requests();
    for (const auto &header : received.first().headers) {
        if (!transport.contains(header.first.toLower()))
            wire.append(header);
    }
    QCOMPARE(wire, expected);
    QCOMPARE(exchange.request.headers, shown.headers);
}

void TestApiClient::bodyIsSentWithAJsonContentType()
{
    ApiRequest request = getRequest(QStringLiteral("/v1/notes"));
    request.method = "POST";
    request.body = R"({"text":"hello"})";
    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), request),
        &exchange));

    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_server->requestCount(), 1);
    const RecordingServer::Request seen = m_server->requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.body, request.body);
    QCOMPARE(seen.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(exchange.request.body, request.body);
    QCOMPARE(exchange.requestHeader("Content-Type"), QByteArray("application/json"));
}

void TestApiClient::queryValuesArePercentEncoded()
{
    const QString tricky = QStringLiteral("a&b=c#d +/%2F\u00e9");
    ApiRequest request = getRequest(QStringLiteral("/v1/search"));
    request.query = {{QStringLiteral("q"), tricky}, {QStringLiteral("k&="), QStringLiteral("1")}};
    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), request),
        &exchange));

    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_server->requestCount(), 1);
    const QByteArray target = m_server->requests().first().target;
    QVERIFY2(!target.contains('#') && !target.contains(' '), target.constData());
    const QUrlQuery query(QUrl::fromEncoded("http://x" + target, QUrl::StrictMode));
    QCOMPARE(query.queryItems(QUrl::FullyDecoded).size(), 2);
    QCOMPARE(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded), tricky);
    QCOMPARE(query.queryItemValue(QStringLiteral("k&="), QUrl::FullyDecoded), QStringLiteral("1"));
}

void TestApiClient::pathIsAppendedToTheBaseUrlPrefix()
{
    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(loopbackEnvironment(m_server->url(
                                               QStringLiteral("/_mock/apis/public-api/openapi/"))),
                                           goodCredentials(), getRequest()),
                            &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_server->requests().first().target,
             QByteArray("/_mock/apis/public-api/openapi/v1/me"));
}

void TestApiClient::redirectIsReportedAndNeverFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("target"); // "other port", "localhost", "same origin"
    QTest::addColumn<QByteArray>("method");

    for (const int status : {301, 302, 303, 307, 308}) {
        for (const char *target : {"other port", "localhost", "same origin"}) {
            QTest::addRow("%d to %s", status, target)
                << status << QString::fromLatin1(target) << QByteArray("GET");
        }
        QTest::addRow("POST %d to other port", status)
            << status << QStringLiteral("other port") << QByteArray("POST");
    }
}

void TestApiClient::redirectIsReportedAndNeverFollowed()
{
    QFETCH(int, status);
    QFETCH(QString, target);
    QFETCH(QByteArray, method);

    RecordingServer capture;
    QVERIFY(capture.listen());
    QUrl location;
    if (target == u"other port")
        location = capture.url(QStringLiteral("/v1/me"));
    else if (target == u"localhost")
        location = m_server->localhostUrl(QStringLiteral("/v1/me"));
    else
        location = m_server->url(QStringLiteral("/v1/elsewhere"));
    m_server->enqueue(RecordingServer::redirect(status, location));

    ApiRequest request = getRequest();
    request.method = method;
    if (method != "GET")
        request.body = "{}";
    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), request),
        &exchange));

    // The 3xx is the answer, reported as what it is.
    QVERIFY(exchange.hasHttpResponse());
    QCOMPARE(exchange.status, status);
    QCOMPARE(exchange.transportError, TransportError::None);
    QCOMPARE(exchange.header("Location"), location.toEncoded());
    QVERIFY(!exchange.isSuccess());

    // Nobody was asked a second time: not the capture server, not the same socket by another name.
    // Qt finishes a reply only after any redirect it follows, so nothing can still be coming.
    QCOMPARE(capture.connectionCount(), 0);
    QCOMPARE(capture.receivedBytes(), QByteArray());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_network->requests().size(), 1);
}

void TestApiClient::defaultQtPolicyWouldLeakTheKeyToTheRedirectTarget()
{
    // The control for the matrix above: the capture server is reachable, and it is the client's
    // policy, not the set-up, that keeps the key away from it. Documents RELIABILITY.md §0.1.
    RecordingServer capture;
    QVERIFY(capture.listen());
    m_server->enqueue(RecordingServer::redirect(302, capture.localhostUrl(QStringLiteral("/x"))));
    QNetworkAccessManager plain;
    plain.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkRequest request(m_server->url(QStringLiteral("/v1/me")));
    request.setRawHeader("x-api-key", "not-a-real-key");
    QNetworkReply *reply = plain.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    reply->deleteLater();
    QCOMPARE(capture.requestCount(), 1);
    QCOMPARE(capture.requests().first().header("x-api-key"), QByteArray("not-a-real-key"));
}

void TestApiClient::httpErrorStatusIsAnAnswerNotATransportFailure_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    for (const int status : {200, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503}) {
        const QByteArray body = status == 204
            ? QByteArray()
            : QByteArray(R"({"error":{"code":")" + QByteArray::number(status) + R"("}})");
        QTest::addRow("%d", status) << status << body;
    }
}

void TestApiClient::httpErrorStatusIsAnAnswerNotATransportFailure()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->enqueue(RecordingServer::respond(
        status, body, {{"Content-Type", "application/json"}, {"Retry-After", "7"}}));

    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), getRequest()),
        &exchange));

    QVERIFY(exchange.hasHttpResponse());
    QCOMPARE(exchange.transportError, TransportError::None);
    QCOMPARE(exchange.status, status);
    QCOMPARE(exchange.isSuccess(), status < 300);
    QCOMPARE(exchange.body, body);
    QCOMPARE(exchange.header("retry-after"), QByteArray("7"));
    QVERIFY(!exchange.reason.isEmpty());
    QVERIFY(exchange.timings.totalMs >= 0);
    QVERIFY(exchange.timings.firstByteMs >= 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestApiClient::transportFailureIsClassified_data()
{
    QTest::addColumn<RecordingServer::Script>("script");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<qint64>("maxBodyBytes");
    QTest::addColumn<TransportError>("expected");
    // Accepted instead of expected: for a close that may land before Qt has a status.
    QTest::addColumn<TransportError>("alternative");

    const qint64 noCap = 256LL * 1024 * 1024;
    const auto row = [](const char *name, const RecordingServer::Script &script, int timeoutMs,
                        qint64 cap, TransportError expected) {
        QTest::newRow(name) << script << timeoutMs << cap << expected << expected;
    };
    row("hang: no answer at all", RecordingServer::hang(), 300, noCap, TransportError::TimedOut);
    row("stall: headers then silence",
        RecordingServer::stall("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"par"), 300, noCap,
        TransportError::TimedOut);
    row("reset before the answer", RecordingServer::reset(), 5000, noCap,
        TransportError::ConnectionReset);
    row("truncated 200", RecordingServer::truncate(200, R"({"items":[1,2)", 1000), 5000, noCap,
        TransportError::BodyTruncated);
    // For these Qt's own status error can hide the cut (RELIABILITY.md §4.3 A.8).
    for (const int status : {404, 429, 500, 503}) {
        const QByteArray name = "truncated " + QByteArray::number(status);
        row(name.constData(), RecordingServer::truncate(status, R"({"err)", 1000), 5000, noCap,
            TransportError::BodyTruncated);
    }
    // Qt holds a 401 back until its body is drained (for authentication), so the close may come
    // before there is any status to speak of.
    QTest::newRow("truncated 401")
        << RecordingServer::truncate(401, R"({"err)", 1000) << 5000 << noCap
        << TransportError::BodyTruncated << TransportError::ConnectionReset;
    // A reset may discard the part of the answer not yet read, status line included.
    QTest::newRow("reset mid-body")
        << RecordingServer::resetAfter("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{\"par")
        << 5000 << noCap << TransportError::BodyTruncated << TransportError::ConnectionReset;
    row("declared body above the cap", RecordingServer::respond(200, QByteArray(4096, 'x')), 5000,
        1024, TransportError::BodyTooLarge);
    // The cap counts decompressed bytes: 2 KB of JSON that travels as ~50 bytes of deflate.
    const QByteArray json = R"({"text":")" + QByteArray(2000, 'a') + R"("})";
    const QByteArray deflated = qCompress(json).mid(4); // zlib stream, as "deflate" sends it
    row("decompressed body above the cap",
        RecordingServer::respond("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: "
                                 + QByteArray::number(deflated.size()) + "\r\n\r\n" + deflated),
        5000, 1024, TransportError::BodyTooLarge);
    // RELIABILITY.md A.21: a body that inflates far past its size is a bomb. Qt's ratio check
    // (40:1 past 10 MiB) stops it long before the 256 MiB cap; qCompress() is zlib with a
    // 4-byte length in front.
    const QByteArray bomb = qCompress(QByteArray(48 * 1024 * 1024, '\0'), 9).mid(4);
    row("deflate bomb",
        RecordingServer::respond("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: "
                                 + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb),
        5000, noCap, TransportError::BodyTooLarge);
    // A malformed status line is never taken for an answer (Qt drops the connection).
    row("not HTTP at all", RecordingServer::respond("SSH-2.0-OpenSSH_9.2\r\n\r\n"), 5000, noCap,
        TransportError::ConnectionReset);
    row("malformed status line",
        RecordingServer::respond("HTTP/1.1 abc OK\r\nContent-Length: 2\r\n\r\n{}"), 5000, noCap,
        TransportError::ConnectionReset);
    // Hostile framing Qt keeps waiting on ends at the transfer timeout: a chunk size near
    // qint64's end, and interim answers that never stop (they do not feed the timer).
    row("chunk size near qint64's end",
        RecordingServer::respond("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                 "7ffffffffffffff0\r\nab"),
        500, noCap, TransportError::TimedOut);
    QByteArray interim;
    for (int i = 0; i < 20; ++i)
        interim += "HTTP/1.1 100 Continue\r\n\r\n";
    row("endless interim answers", RecordingServer::respond(interim), 500, noCap,
        TransportError::TimedOut);
    row("chunked body above the cap",
        RecordingServer::respond("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1000\r\n"
                                 + QByteArray(4096, 'x') + "\r\n0\r\n\r\n"),
        5000, 1024, TransportError::BodyTooLarge);
}

void TestApiClient::transportFailureIsClassified()
{
    QFETCH(RecordingServer::Script, script);
    QFETCH(int, timeoutMs);
    QFETCH(qint64, maxBodyBytes);
    QFETCH(TransportError, expected);
    QFETCH(TransportError, alternative);
    m_server->setDefaultScript(script);
    m_client->setMaxBodyBytes(maxBodyBytes);

    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(loopbackEnvironment(m_server->url(), timeoutMs),
                                           goodCredentials(), getRequest()),
                            &exchange));

    if (exchange.transportError != alternative)
        QCOMPARE(transportErrorId(exchange.transportError), transportErrorId(expected));
    QVERIFY(exchange.wasSent());
    QVERIFY(!exchange.hasHttpResponse());
    QVERIFY(!exchange.isSuccess());
    QCOMPARE(exchange.body, QByteArray()); // partial data is never passed on as the answer
    QVERIFY(!exchange.errorText.isEmpty());
    QVERIFY(m_server->requestCount() >= 1);
}

void TestApiClient::completeAnswerIsNotMistakenForATruncatedOne_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("rawResponse");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const QByteArray json = R"({"items":[1,2,3],"text":")" + QByteArray(2000, 'a') + R"("})";
    const QByteArray deflated = qCompress(json).mid(4); // zlib stream, as "deflate" sends it
    QTest::newRow("HEAD announces a length it does not send")
        << QByteArray("HEAD") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n")
        << 200 << QByteArray();
    QTest::newRow("204 without a body")
        << QByteArray("DELETE") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 204
        << QByteArray();
    QTest::newRow("deflated body, length counts compressed bytes")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: "
                      + QByteArray::number(deflated.size()) + "\r\n\r\n" + deflated)
        << 200 << json;
    QTest::newRow("deflated 404") << QByteArray("GET")
                                  << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Encoding: "
                                                "deflate\r\nContent-Length: "
                                                + QByteArray::number(deflated.size()) + "\r\n\r\n"
                                                + deflated)
                                  << 404 << json;
}

// The current row's raw answer, sent for the row's method, arrives whole: its status and body,
// and no transport error.
void TestApiClient::answerArrivesAsSent(const QByteArray &raw)
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    m_server->setDefaultScript(RecordingServer::respond(raw));
    ApiRequest request = getRequest();
    request.method = method;

    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), request),
        &exchange));
    QCOMPARE(transportErrorId(exchange.transportError), transportErrorId(TransportError::None));
    QCOMPARE(exchange.status, status);
    QCOMPARE(exchange.body, body);
}

void TestApiClient::completeAnswerIsNotMistakenForATruncatedOne()
{
    QFETCH(QByteArray, rawResponse);
    answerArrivesAsSent(rawResponse);
}

void TestApiClient::userCancelIsReportedAsCanceledNotTimedOut()
{
    m_server->setDefaultScript(RecordingServer::hang());
    ApiCall *call = m_client->send(loopbackEnvironment(m_server->url(), 10000), goodCredentials(),
                                   getRequest());
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy arrived(m_server.get(), &RecordingServer::requestReceived);
    QVERIFY(arrived.wait(5000));
    call->cancel();
    QTRY_COMPARE(finished.size(), 1);
    const auto exchange = finished.first().first().value<Exchange>();
    QCOMPARE(exchange.transportError, TransportError::Canceled);
    QVERIFY(!exchange.hasHttpResponse());
}

void TestApiClient::connectionRefusedIsReported()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();

    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(
            loopbackEnvironment(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort))),
            goodCredentials(), getRequest()),
        &exchange));
    QCOMPARE(exchange.transportError, TransportError::ConnectionRefused);
    QVERIFY(exchange.wasSent());
    QVERIFY(!exchange.hasHttpResponse());
}

void TestApiClient::slowAnswerWithinTheTimeoutSucceeds()
{
    m_server->setDefaultScript(
        RecordingServer::slow(100, RecordingServer::makeResponse(200, R"({"ok":true})")));
    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url(), 3000), goodCredentials(), getRequest()),
        &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(exchange.body, QByteArray(R"({"ok":true})"));
}

void TestApiClient::responseBodyIsFramedCorrectly_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length")
        << QByteArray("GET") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
        << 200 << QByteArray("hello");
    QTest::newRow("chunked with extensions and trailers")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n")
        << 200 << QByteArray("hello, world");
    QTest::newRow("delimited by close")
        << QByteArray("GET") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end")
        << 200 << QByteArray("to the end");
    QTest::newRow("interim 100 before the answer")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n"
                      "\r\n{}")
        << 201 << QByteArray("{}");
    QTest::newRow("304 has no body")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n") << 304
        << QByteArray();
    QTest::newRow("HTTP/1.0 without keep-alive")
        << QByteArray("GET") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}") << 200
        << QByteArray("{}");
}

void TestApiClient::responseBodyIsFramedCorrectly()
{
    QFETCH(QByteArray, raw);
    answerArrivesAsSent(raw);
}

void TestApiClient::progressReportsReceivedAndAnnouncedBytes()
{
    const QByteArray body(100000, 'x');
    m_server->setDefaultScript(RecordingServer::respond(200, body));
    ApiCall *call =
        m_client->send(loopbackEnvironment(m_server->url()), goodCredentials(), getRequest());
    QSignalSpy progress(call, &ApiCall::progress);
    Exchange exchange;
    QVERIFY(waitForExchange(call, &exchange));
    QCOMPARE(exchange.body, body);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(body.size()));
}

void TestApiClient::reusedConnectionLeavesConnectTimingUnknown()
{
    // Timings come from the reply's signals: a kept-alive connection opens no socket, so its
    // connect step is "—" (-1), never a figure borrowed from the call that opened it.
    const Environment env = loopbackEnvironment(m_server->url());
    Exchange first;
    QVERIFY(waitForExchange(m_client->send(env, goodCredentials(), getRequest()), &first));
    Exchange second;
    QVERIFY(waitForExchange(m_client->send(env, goodCredentials(), getRequest()), &second));

    QVERIFY(first.isSuccess());
    QVERIFY(second.isSuccess());
    QCOMPARE(m_server->connectionCount(), 1);
    QCOMPARE(m_server->requests().at(1).connection, 1);
    QVERIFY(first.timings.connectMs >= 0);
    QCOMPARE(first.timings.tlsMs, -1); // plain HTTP has no TLS step
    QVERIFY(first.timings.firstByteMs >= first.timings.connectMs);
    QVERIFY(first.timings.totalMs >= first.timings.firstByteMs);
    QCOMPARE(second.timings.connectMs, -1);
    QCOMPARE(second.timings.tlsMs, -1);
    QVERIFY(second.timings.firstByteMs >= 0);
    QVERIFY(second.timings.totalMs >= second.timings.firstByteMs);
}

void TestApiClient::pathThatCouldLeaveTheOriginIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Refusal>("expected");

    QTest::newRow("protocol-relative")
        << QStringLiteral("//evil.example/v1/me") << Refusal::InvalidPath;
    QTest::newRow("absolute URL") << QStringLiteral("https://evil.example/v1/me")
                                  << Refusal::InvalidPath;
    QTest::newRow("absolute URL same host")
        << QStringLiteral("http://127.0.0.1:1/v1/me") << Refusal::InvalidPath;
    QTest::newRow("no leading slash") << QStringLiteral("evil.example/v1") << Refusal::InvalidPath;
    QTest::newRow("user info") << QStringLiteral("@evil.example/v1") << Refusal::InvalidPath;
    QTest::newRow("empty") << QString() << Refusal::InvalidPath;
    QTest::newRow("query in path") << QStringLiteral("/v1/me?x=1") << Refusal::InvalidPath;
    QTest::newRow("fragment in path") << QStringLiteral("/v1/me#x") << Refusal::InvalidPath;
    QTest::newRow("space") << QStringLiteral("/v1/ me") << Refusal::InvalidPath;
    QTest::newRow("CR LF") << QStringLiteral("/v1\r\nHost: evil.example") << Refusal::InvalidPath;
    QTest::newRow("backslash authority")
        << QStringLiteral("/\\evil.example/v1") << Refusal::InvalidPath;
    QTest::newRow("stray percent") << QStringLiteral("/v1/100%") << Refusal::InvalidPath;
}

void TestApiClient::pathThatCouldLeaveTheOriginIsRefused()
{
    QFETCH(QString, path);
    QFETCH(Refusal, expected);
    const Environment env = loopbackEnvironment(m_server->url());

    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(env, goodCredentials(), getRequest(path)), &exchange));
    QCOMPARE(refusalId(exchange.refusal), refusalId(expected));
    QVERIFY(m_network->requests().isEmpty());
    QCOMPARE(m_server->receivedBytes(), QByteArray());
    QVERIFY(!everythingIn(exchange).contains(CanaryKey));
}

void TestApiClient::insecureOrMalformedBaseUrlIsRefused_data()
{
    QTest::addColumn<QString>("baseUrl");

    QTest::newRow("plain http to a remote host") << QStringLiteral("http://example.com");
    QTest::newRow("plain http to a private address") << QStringLiteral("http://10.0.0.1:8080");
    QTest::newRow("plain http to a localhost look-alike")
        << QStringLiteral("http://localhost.example.com");
    QTest::newRow("plain http to the any address") << QStringLiteral("http://0.0.0.0:8080");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@example.com");
    QTest::newRow("query") << QStringLiteral("https://example.com/?k=1");
    QTest::newRow("empty") << QString();
}

void TestApiClient::insecureOrMalformedBaseUrlIsRefused()
{
    QFETCH(QString, baseUrl);
    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(QUrl(baseUrl)), goodCredentials(), getRequest()),
        &exchange));
    QCOMPARE(exchange.refusal, Refusal::InvalidBaseUrl);
    QVERIFY(m_network->requests().isEmpty());
}

void TestApiClient::productionWriteNeedsConfirmation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("confirmed");
    QTest::addColumn<bool>("sent");

    for (const char *method : {"POST", "PUT", "PATCH", "DELETE"}) {
        QTest::addRow("%s unconfirmed", method) << QByteArray(method) << false << false;
        QTest::addRow("%s confirmed", method) << QByteArray(method) << true << true;
    }
    QTest::newRow("GET") << QByteArray("GET") << false << true;
    QTest::newRow("HEAD") << QByteArray("HEAD") << false << true;
}

void TestApiClient::productionWriteNeedsConfirmation()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, confirmed);
    QFETCH(bool, sent);

    // A production environment, pointed at loopback so the wire can be watched.
    Environment env = loopbackEnvironment(m_server->url());
    env.kind = EnvironmentKind::Production;
    QVERIFY(env.isProduction());
    ApiRequest request = getRequest(QStringLiteral("/v1/notes"));
    request.method = method;
    request.confirmedForProduction = confirmed;
    if (method != "GET" && method != "HEAD" && method != "DELETE")
        request.body = "{}";

    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(env, goodCredentials(), request), &exchange));
    if (sent) {
        QCOMPARE(exchange.refusal, Refusal::None);
        QVERIFY(exchange.isSuccess());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().method, method);
    } else {
        QCOMPARE(exchange.refusal, Refusal::ProductionGuard);
        QCOMPARE(m_server->receivedBytes(), QByteArray());
        QVERIFY(m_network->requests().isEmpty());
    }
}

void TestApiClient::everyRequestCarriesTheSafetyAttributes_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("expectedTimeout");

    QTest::newRow("configured") << 1234 << 1234;
    QTest::newRow("default") << 30000 << 30000;
    QTest::newRow("unset falls back to the default") << 0 << 30000;
}

void TestApiClient::everyRequestCarriesTheSafetyAttributes()
{
    QFETCH(int, timeoutMs);
    QFETCH(int, expectedTimeout);
    QCOMPARE(int(QNetworkRequest::DefaultTransferTimeoutConstant), 30000);

    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(loopbackEnvironment(m_server->url(), timeoutMs),
                                           goodCredentials(), getRequest()),
                            &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_network->requests().size(), 1);
    const QNetworkRequest sent = m_network->requests().first();
    QCOMPARE(sent.transferTimeout(), expectedTimeout);
    QCOMPARE(sent.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(sent.attribute(QNetworkRequest::CacheLoadControlAttribute).toInt(),
             int(QNetworkRequest::AlwaysNetwork));
    QCOMPARE(sent.attribute(QNetworkRequest::CacheSaveControlAttribute).toBool(), false);
    QCOMPARE(sent.decompressedSafetyCheckThreshold(), 10LL * 1024 * 1024);
    // Debian's 6.4.2 lacks the HPACK fix (CVE-2023-51714): HTTP/2 must be off.
    const QVariant http2 = sent.attribute(QNetworkRequest::Http2AllowedAttribute);
    QVERIFY(http2.isValid());
    QCOMPARE(http2.toBool(), false);
    QVERIFY2(m_server->receivedBytes().startsWith("GET /v1/me HTTP/1.1\r\n"),
             m_server->receivedBytes().left(40).constData());
    // Compression as Qt offers it: Qt decompresses, so the body cap sees decompressed bytes.
    const QByteArray accepted = m_server->requests().first().header("Accept-Encoding");
    QVERIFY2(accepted.contains("gzip") && accepted.contains("deflate"), accepted.constData());
}

void TestApiClient::clientConfiguresTheManagerSafely()
{
    QCOMPARE(m_network->redirectPolicy(), QNetworkRequest::ManualRedirectPolicy);
    QVERIFY(m_network->isStrictTransportSecurityEnabled());
    QVERIFY(m_network->transferTimeout() > 0);
}

void TestApiClient::exchangeFinishedReportsRefusalsAndAnswers()
{
    QSignalSpy reported(m_client.get(), &ApiClient::exchangeFinished);
    const Environment env = loopbackEnvironment(m_server->url());
    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(env, {QByteArray(), GroupId}, getRequest()), &exchange));
    QVERIFY(waitForExchange(m_client->send(env, goodCredentials(), getRequest()), &exchange));
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported.at(0).first().value<Exchange>().refusal, Refusal::InvalidApiKey);
    QCOMPARE(reported.at(1).first().value<Exchange>().status, 200);
}

void TestApiClient::urlForJoinsBaseUrlPathAndQuery_data()
{
    QTest::addColumn<QUrl>("baseUrl");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QUrl>("expected");

    QTest::newRow("bare origin") << QUrl(QStringLiteral("https://api.staging.htech.app"))
                                 << QStringLiteral("/v1/me")
                                 << QUrl(QStringLiteral("https://api.staging.htech.app/v1/me"));
    QTest::newRow("trailing slash")
        << QUrl(QStringLiteral("https://api.herohealth.net/")) << QStringLiteral("/v1/me")
        << QUrl(QStringLiteral("https://api.herohealth.net/v1/me"));
    QTest::newRow("portal mock prefix")
        << builtInEnvironment(EnvironmentKind::PortalMock).baseUrl
        << QStringLiteral("/v1/practice-groups")
        << QUrl(QStringLiteral("https://developer.herohealth.net/_mock/apis/public-api/"
                               "openapi/v1/practice-groups"));
    QTest::newRow("explicit port")
        << QUrl(QStringLiteral("http://127.0.0.1:8080")) << QStringLiteral("/v1/me")
        << QUrl(QStringLiteral("http://127.0.0.1:8080/v1/me"));
}

void TestApiClient::urlForJoinsBaseUrlPathAndQuery()
{
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, path);
    QFETCH(QUrl, expected);
    Environment env = loopbackEnvironment(baseUrl);
    QCOMPARE(ApiClient::urlFor(env, getRequest(path)), expected);
    QCOMPARE(originOf(ApiClient::urlFor(env, getRequest(path))), env.origin());
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
