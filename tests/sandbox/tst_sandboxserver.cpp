// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxcatalogue.h"
#include "sandboxserver.h"
#include "sandboxtestclient.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray FullKey = "hero_sbx_full_7Q2mX9";
const QByteArray MessagingKey = "hero_sbx_msg_K4pL8v";
const QByteArray ElmKey = "hero_sbx_elm_Z1rT5c";

RawHeaders withFault(RawHeaders headers, const QByteArray &fault)
{
    headers.append({QByteArray("x-sandbox-fault"), fault});
    return headers;
}

// Writes raw bytes on a fresh connection and collects what comes back until the server
// closes, `until` has appeared twice, or 5 s have passed. The event loop keeps running, so
// the in-process server can answer.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, const QByteArray &until = {})
{
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&socket, &received] { received += socket.readAll(); });
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!connected.wait(5000))
        return {};
    socket.write(bytes);
    const QDeadlineTimer deadline(5000);
    while (disconnected.isEmpty() && !deadline.hasExpired()
           && (until.isEmpty() || received.count(until) < 2))
        disconnected.wait(50);
    return received;
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void answersEachRuleOverHttp_data();
    void answersEachRuleOverHttp();
    void everyCatalogueOperationAnswersOverHttp();
    void rateLimitOverHttpWithRetryAfter();
    void faultHeaderIsIgnoredWithoutFaults();
    void servesPipelinedRequestsOnOneConnection();
    void acceptsChunkedRequestBodies();
    void malformedRequestGetsBadRequestAndClose();
    void refusesWhatItCannotHoldAndCarriesOn_data();
    void refusesWhatItCannotHoldAndCarriesOn();
    void badFixtureFailsToStartNamingTheField();
    void stopRefusesNewConnections();

    void delayedAnswerDoesNotHoldUpOthers();
    void hangNeverAnswersAndStopEndsIt();
    void resetClosesBeforeAnswering();
    void truncateSendsLessThanContentLength();
    void replacementFaults_data();
    void replacementFaults();
    void redirectPointsElsewhere();
    void hugeSendsValidJsonOfThatSize();
    void slowDripSendsTheBodyByteByByte();
    void malformedFaultIsABadRequest();

private:
    void startServer(const SandboxOptions &options);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

void TestSandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
}

void TestSandboxServer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxServer::startServer(const SandboxOptions &options)
{
    QString error;
    QVERIFY2(m_server->start(options, &error), qPrintable(error));
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->port() != 0);
    m_client = std::make_unique<SandboxTestClient>(m_server->baseUrl());
}

void TestSandboxServer::answersEachRuleOverHttp_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("group");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString me = QStringLiteral("/v1/me");
    QTest::newRow("401") << QByteArray("GET") << me << QByteArray("nope") << QByteArray("1001")
                         << 401 << QStringLiteral("invalid_credentials");
    QTest::newRow("400") << QByteArray("GET") << me << FullKey << QByteArray() << 400 << QString();
    QTest::newRow("403 forbidden") << QByteArray("GET") << me << FullKey << QByteArray("2001")
                                   << 403 << QStringLiteral("forbidden");
    QTest::newRow("403 scope") << QByteArray("POST") << QStringLiteral("/v1/appointments")
                               << MessagingKey << QByteArray("1001") << 403
                               << QStringLiteral("insufficient_permissions");
    QTest::newRow("404") << QByteArray("GET") << QStringLiteral("/v2/nothing") << FullKey
                         << QByteArray("1001") << 404 << QStringLiteral("not_found");
    QTest::newRow("me") << QByteArray("GET") << me << FullKey << QByteArray("1003") << 200
                        << QString();
    QTest::newRow("practice groups") << QByteArray("GET") << QStringLiteral("/v1/practice-groups")
                                     << ElmKey << QByteArray("2001") << 200 << QString();
    QTest::newRow("catalogue with id")
        << QByteArray("GET") << QStringLiteral("/v1/batch_message/77/recipients") << MessagingKey
        << QByteArray("1001") << 200 << QString();
    QTest::newRow("catalogue post") << QByteArray("POST") << QStringLiteral("/v1/patients/register")
                                    << ElmKey << QByteArray("2001") << 200 << QString();
}

void TestSandboxServer::answersEachRuleOverHttp()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, group);
    QFETCH(int, status);
    QFETCH(QString, error);
    startServer({});
    const HttpResult result = m_client->call(method, path, sandboxAuth(key, group),
                                             method == "POST" ? QByteArray("{}") : QByteArray());
    QVERIFY(result.finished);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(result.body, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    if (!error.isEmpty())
        QCOMPARE(result.json().value(QStringLiteral("error")).toString(), error);
    if (path == QLatin1String("/v1/me") && status == 200)
        QCOMPARE(result.json().value(QStringLiteral("id")).toString(), QString::fromLatin1(group));
    if (path.endsWith(QLatin1String("practice-groups")))
        QCOMPARE(result.json().value(QStringLiteral("count")).toInt(), 1);
}

void TestSandboxServer::everyCatalogueOperationAnswersOverHttp()
{
    startServer({});
    const std::optional<SandboxCatalogue> catalogue = SandboxCatalogue::builtIn(nullptr);
    QVERIFY(catalogue);
    for (const SandboxOperation &operation : catalogue->operations()) {
        const QString path =
            QString(operation.pathTemplate).replace(QStringLiteral("{id}"), QStringLiteral("5"));
        const HttpResult result =
            m_client->call(operation.method, path, sandboxAuth(FullKey, "1001"));
        const QString name = QString::fromLatin1(operation.method) + QLatin1Char(' ') + path;
        QVERIFY2(result.finished, qPrintable(name));
        QVERIFY2(result.status >= 200 && result.status < 300, qPrintable(name));
        QVERIFY2(result.header("Content-Type") == "application/json", qPrintable(name));
        QVERIFY2(!QJsonDocument::fromJson(result.body).isNull(), qPrintable(name));
    }
}

void TestSandboxServer::rateLimitOverHttpWithRetryAfter()
{
    qint64 now = 1'700'000'000'000;
    m_server->setClock([&now] { return now; });
    SandboxOptions options;
    options.rateLimit = 2;
    options.rateWindowSeconds = 30;
    options.rateHeaders = true;
    startServer(options);
    const RawHeaders auth = sandboxAuth(FullKey, "1001");
    QCOMPARE(m_client->call("GET", QStringLiteral("/v1/me"), auth).status, 200);
    now += 5000;
    const HttpResult second = m_client->call("GET", QStringLiteral("/v1/me"), auth);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.header("X-RateLimit-Remaining"), QByteArray("0"));
    now += 5000;
    const HttpResult refused = m_client->call("GET", QStringLiteral("/v1/me"), auth);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("rate_limit_exceeded"));
    QCOMPARE(refused.header("Retry-After"), QByteArray("20"));
    QCOMPARE(refused.header("X-RateLimit-Limit"), QByteArray("2"));
    now += 20000;
    QCOMPARE(m_client->call("GET", QStringLiteral("/v1/me"), auth).status, 200);
}

void TestSandboxServer::faultHeaderIsIgnoredWithoutFaults()
{
    startServer({});
    const HttpResult result = m_client->call("GET", QStringLiteral("/v1/me"),
                                             withFault(sandboxAuth(FullKey, "1001"), "status=503"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("X-RateLimit-Limit").isNull()); // no rate headers by default
}

void TestSandboxServer::servesPipelinedRequestsOnOneConnection()
{
    startServer({});
    const QByteArray one = "GET /v1/me HTTP/1.1\r\nHost: x\r\nx-api-key: " + FullKey
        + "\r\nx-practice-group-id: 1001\r\n\r\n";
    const QByteArray two = "GET /v1/me HTTP/1.1\r\nHost: x\r\n\r\n";
    const QByteArray received = rawExchange(m_server->port(), one + two, "HTTP/1.1 ");
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY2(received.contains("HTTP/1.1 401 Unauthorized\r\n"), received.constData());
    QVERIFY(received.indexOf("200 OK") < received.indexOf("401 Unauthorized"));
}

void TestSandboxServer::acceptsChunkedRequestBodies()
{
    startServer({});
    const QByteArray request = "POST /v1/webhooks HTTP/1.1\r\nHost: x\r\nx-api-key: " + FullKey
        + "\r\nx-practice-group-id: 1001\r\nTransfer-Encoding: chunked\r\n"
          "Connection: close\r\n\r\n4\r\n{\"a\"\r\n4\r\n:1}\n\r\n0\r\n\r\n";
    const QByteArray received = rawExchange(m_server->port(), request);
    QVERIFY2(received.startsWith("HTTP/1.1 200 OK\r\n"), received.constData());
    QVERIFY(received.contains("Connection: close\r\n"));
}

void TestSandboxServer::malformedRequestGetsBadRequestAndClose()
{
    startServer({});
    const QByteArray received = rawExchange(m_server->port(), "HELLO\r\n\r\n");
    QVERIFY2(received.startsWith("HTTP/1.1 400 Bad Request\r\n"), received.constData());
    QVERIFY(received.contains("Connection: close\r\n"));
}

void TestSandboxServer::refusesWhatItCannotHoldAndCarriesOn_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    const QByteArray chunked = "POST /v1/webhooks HTTP/1.1\r\nHost: x\r\nx-api-key: " + FullKey
        + "\r\nx-practice-group-id: 1001\r\nTransfer-Encoding: chunked\r\n\r\n";
    // Issue 14: the size added to the one byte before it overflowed a qint64, passed the limit
    // and the append of 2^63 bytes killed the process (and the explorer or hero-cli with it).
    QTest::newRow("chunk size near 2^63 after a chunk") << chunked
            + "1\r\nx\r\n7fffffffffffffff\r\n" << 413;
    QTest::newRow("chunk size 2^64 - 1") << chunked + "ffffffffffffffff\r\n" << 413;
    QTest::newRow("chunk size past 64 bits") << chunked + "100000000000000000000\r\n" << 413;
    QTest::newRow("chunks adding up past the limit")
        << chunked + "800000\r\n" + QByteArray(0x800000, 'a') + "\r\n800001\r\n"
        << 413;
    QTest::newRow("chunk size not hex") << chunked + "0x10\r\n" << 400;
    QTest::newRow("Content-Length past 64 bits")
        << QByteArray("POST /v1/webhooks HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n"
                      "\r\n")
        << 413;
    QTest::newRow("signed Content-Length")
        << QByteArray("POST /v1/webhooks HTTP/1.1\r\nContent-Length: +4\r\n\r\n{}{}") << 400;
    QTest::newRow("head over 64 KiB in one piece")
        << "GET /v1/me HTTP/1.1\r\nX-Padding: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n"
        << 431;
    QTest::newRow("unknown transfer coding")
        << QByteArray("POST /v1/webhooks HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << 501;
}

// The sandbox runs inside the explorer and hero-cli: a request it cannot hold gets a 4xx and
// closes that connection, and the next connection is answered as usual.
void TestSandboxServer::refusesWhatItCannotHoldAndCarriesOn()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    startServer({});
    const QByteArray refusal = rawExchange(m_server->port(), request);
    const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ';
    QVERIFY2(refusal.startsWith(statusLine), refusal.left(200).constData());
    QVERIFY(refusal.contains("Connection: close\r\n"));
    const QJsonObject envelope =
        QJsonDocument::fromJson(refusal.mid(refusal.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(envelope.value(QStringLiteral("statusCode")).toInt(), status);

    const HttpResult next =
        m_client->call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001"));
    QCOMPARE(next.status, 200);
}

void TestSandboxServer::badFixtureFailsToStartNamingTheField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("fixture.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"practice_groups":[{"id":"1","name":"One"}],
                   "keys":[{"key":"k1","practice_group":"9999"}]})");
    file.close();
    SandboxOptions options;
    options.fixtureFile = file.fileName();
    QString error;
    QVERIFY(!m_server->start(options, &error));
    QVERIFY2(error.contains(QStringLiteral("keys[0].practice_group: unknown practice group 9999")),
             qPrintable(error));
    QVERIFY(!m_server->isRunning());

    options.fixtureFile = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!m_server->start(options, &error));
    QVERIFY2(error.startsWith(QStringLiteral("fixture ")), qPrintable(error));
}

void TestSandboxServer::stopRefusesNewConnections()
{
    startServer({});
    QCOMPARE(m_client->call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001")).status,
             200);
    const QUrl url = m_server->baseUrl();
    m_server->stop();
    QVERIFY(!m_server->isRunning());
    SandboxTestClient fresh(url);
    const HttpResult result =
        fresh.call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001"));
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::ConnectionRefusedError);
}

void TestSandboxServer::delayedAnswerDoesNotHoldUpOthers()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    QNetworkReply *delayed = m_client->send("GET", QStringLiteral("/v1/me"),
                                            withFault(sandboxAuth(FullKey, "1001"), "delay=1500"));
    QSignalSpy delayedFinished(delayed, &QNetworkReply::finished);
    const HttpResult quick =
        m_client->call("GET", QStringLiteral("/v1/me"), sandboxAuth(ElmKey, "2001"));
    QCOMPARE(quick.status, 200);
    QCOMPARE(delayedFinished.count(), 0);
    QVERIFY(delayedFinished.wait(10000));
    const HttpResult late = SandboxTestClient::resultOf(delayed);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.json().value(QStringLiteral("id")).toString(), QStringLiteral("1001"));
    delayed->deleteLater();
}

void TestSandboxServer::hangNeverAnswersAndStopEndsIt()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    QNetworkReply *hung = m_client->send("GET", QStringLiteral("/v1/me"),
                                         withFault(sandboxAuth(FullKey, "1001"), "hang"));
    QSignalSpy hungFinished(hung, &QNetworkReply::finished);
    // Another client is served while one hangs.
    SandboxTestClient other(m_server->baseUrl());
    QCOMPARE(other.call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001")).status, 200);
    QCOMPARE(hungFinished.count(), 0);
    m_server->stop();
    QVERIFY(hungFinished.wait(5000));
    QVERIFY(hung->error() != QNetworkReply::NoError);
    QCOMPARE(hung->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    hung->deleteLater();
}

void TestSandboxServer::resetClosesBeforeAnswering()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    const HttpResult result = m_client->call("GET", QStringLiteral("/v1/me"),
                                             withFault(sandboxAuth(FullKey, "1001"), "reset"));
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(result.status, 0);
}

void TestSandboxServer::truncateSendsLessThanContentLength()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    const HttpResult result = m_client->call("GET", QStringLiteral("/v1/me"),
                                             withFault(sandboxAuth(FullKey, "1001"), "truncate"));
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(result.status, 200);
    QVERIFY(!result.body.isEmpty());
    QVERIFY(result.body.size() < result.header("Content-Length").toLongLong());
    QVERIFY(QJsonDocument::fromJson(result.body).isNull());
}

void TestSandboxServer::replacementFaults_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("validJson");
    QTest::newRow("invalid-json") << QByteArray("invalid-json") << 200
                                  << QByteArray("application/json") << false;
    QTest::newRow("html-502") << QByteArray("html-502") << 502 << QByteArray("text/html") << false;
    QTest::newRow("status=503") << QByteArray("status=503") << 503 << QByteArray("application/json")
                                << true;
    QTest::newRow("status=418") << QByteArray("status=418") << 418 << QByteArray("application/json")
                                << true;
}

void TestSandboxServer::replacementFaults()
{
    QFETCH(QByteArray, fault);
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(bool, validJson);
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    const HttpResult result = m_client->call("GET", QStringLiteral("/v1/me"),
                                             withFault(sandboxAuth(FullKey, "1001"), fault));
    QVERIFY(result.finished);
    QCOMPARE(result.status, status);
    QCOMPARE(result.header("Content-Type"), contentType);
    QCOMPARE(!QJsonDocument::fromJson(result.body).isNull(), validJson);
    if (validJson)
        QCOMPARE(result.json().value(QStringLiteral("statusCode")).toInt(), status);
}

void TestSandboxServer::redirectPointsElsewhere()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    const HttpResult result = m_client->call(
        "GET", QStringLiteral("/v1/me"),
        withFault(sandboxAuth(FullKey, "1001"), "redirect=http://127.0.0.2:9/collect"));
    QCOMPARE(result.status, 302);
    QCOMPARE(result.header("Location"), QByteArray("http://127.0.0.2:9/collect"));
}

void TestSandboxServer::hugeSendsValidJsonOfThatSize()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    const HttpResult result =
        m_client->call("GET", QStringLiteral("/v1/me"),
                       withFault(sandboxAuth(FullKey, "1001"), "huge=3"), {}, 30000);
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.body.size(), 3 * 1024 * 1024);
    QVERIFY(result.json().value(QStringLiteral("count")).toInt() > 0);
}

void TestSandboxServer::slowDripSendsTheBodyByteByByte()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    QNetworkReply *reply = m_client->send("GET", QStringLiteral("/v1/me"),
                                          withFault(sandboxAuth(FullKey, "1001"), "slow-drip"));
    QList<qint64> received;
    connect(reply, &QNetworkReply::downloadProgress, this,
            [&received](qint64 bytes, qint64) { received.append(bytes); });
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 3 && received.last() >= 2, 10000);
    // The answer is under way but far from complete: bytes arrive a few at a time.
    QVERIFY(!reply->isFinished());
    const qint64 total = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    QVERIFY(total > 50);
    QVERIFY(received.last() < total);
    reply->abort();
    reply->deleteLater();
}

void TestSandboxServer::malformedFaultIsABadRequest()
{
    SandboxOptions options;
    options.faults = true;
    startServer(options);
    const HttpResult result = m_client->call("GET", QStringLiteral("/v1/me"),
                                             withFault(sandboxAuth(FullKey, "1001"), "status=42"));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json().value(QStringLiteral("error")).toString(),
             QStringLiteral("invalid_fault"));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
