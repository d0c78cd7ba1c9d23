// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "http/apiclient.h"
#include "http/httptransport.h"
#include "httptesthelpers.h"
#include "recordingserver.h"
#include "testcertificates.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

Q_DECLARE_METATYPE(TransportError)

namespace {

using namespace HttpTest;

const Credentials Keys{QByteArrayLiteral("hk_transport_test_8Rw2"), QByteArrayLiteral("1001")};

// A loopback server that hands each complete request head to a handler, which decides what
// the connection does: answer, close, or nothing. Requests here carry no body.
class ScriptedServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket *socket, int connection, int request)>;

    explicit ScriptedServer(Handler handler)
        : m_handler(std::move(handler))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                const int index = ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, index] {
                    m_buffers[socket] += socket->readAll();
                    qsizetype end = 0;
                    while ((end = m_buffers[socket].indexOf("\r\n\r\n")) >= 0) {
                        m_buffers[socket].remove(0, end + 4);
                        m_handler(socket, index, ++m_requests);
                    }
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    int connections() const { return m_connections; }
    int requests() const { return m_requests; }

private:
    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_connections = 0;
    int m_requests = 0;
};

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keptAliveConnectionIsReusedWithoutConnectTimings();
    void connectionCloseAnswerIsNotReused();
    void responseBodyIsFramedCorrectly_data();
    void responseBodyIsFramedCorrectly();
    void malformedAnswerIsAProtocolFailure_data();
    void malformedAnswerIsAProtocolFailure();
    void staleKeptAliveConnectionIsRetriedOnceOnAFreshOne();
    void freshConnectionClosedBeforeAnswerIsNeverRetried();
    void cancelledConnectionIsNotPooled();
    void progressReportsReceivedAndAnnouncedBytes();
    void keptAliveTlsConnectionServesOnlyTheSameCaFile();

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RecordingServer> m_server;
    HttpTransport *m_transport = nullptr;
};

void TestHttpTransport::initTestCase()
{
    qRegisterMetaType<Exchange>();
}

void TestHttpTransport::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_transport = m_client->findChild<HttpTransport *>();
    QVERIFY(m_transport);
    m_server = std::make_unique<RecordingServer>();
    QVERIFY(m_server->listen());
}

void TestHttpTransport::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestHttpTransport::keptAliveConnectionIsReusedWithoutConnectTimings()
{
    m_server->setDefaultScript(RecordingServer::respond(200, R"({"ok":true})"));
    const Environment env = loopbackEnvironment(m_server->url());
    Exchange first;
    QVERIFY(waitForExchange(m_client->send(env, Keys, getRequest()), &first));
    Exchange second;
    QVERIFY(waitForExchange(m_client->send(env, Keys, getRequest()), &second));

    QVERIFY(first.isSuccess());
    QVERIFY(second.isSuccess());
    QCOMPARE(second.body, QByteArray(R"({"ok":true})"));
    QCOMPARE(m_server->connectionCount(), 1);
    QCOMPARE(m_server->requests().at(1).connection, 1);
    QVERIFY(first.timings.connectMs >= 0);
    QCOMPARE(second.timings.connectMs, -1);
    QCOMPARE(second.timings.tlsMs, -1);
    QVERIFY(second.timings.firstByteMs >= 0);
    QCOMPARE(m_transport->idleConnectionCount(), 1);
}

void TestHttpTransport::connectionCloseAnswerIsNotReused()
{
    m_server->setDefaultScript(RecordingServer::respond(
        "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}"));
    const Environment env = loopbackEnvironment(m_server->url());
    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(env, Keys, getRequest()), &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_transport->idleConnectionCount(), 0);
    QVERIFY(waitForExchange(m_client->send(env, Keys, getRequest()), &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_server->requests().at(1).connection, 2);
}

void TestHttpTransport::responseBodyIsFramedCorrectly_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("reusable");

    QTest::newRow("content-length")
        << QByteArray("GET") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
        << 200 << QByteArray("hello") << true;
    QTest::newRow("chunked with extensions and trailers")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "5;ext=1\r\nhello\r\n7\r\n, world\r\n0\r\nX-Trailer: t\r\n\r\n")
        << 200 << QByteArray("hello, world") << true;
    QTest::newRow("delimited by close")
        << QByteArray("GET") << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nto the end")
        << 200 << QByteArray("to the end") << false;
    QTest::newRow("interim 100 before the answer")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n"
                      "\r\n{}")
        << 201 << QByteArray("{}") << true;
    QTest::newRow("304 has no body")
        << QByteArray("GET")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n") << 304
        << QByteArray() << true;
    QTest::newRow("HEAD has no body")
        << QByteArray("HEAD") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n") << 200
        << QByteArray() << true;
    QTest::newRow("HTTP/1.0 without keep-alive")
        << QByteArray("GET") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}") << 200
        << QByteArray("{}") << false;
}

void TestHttpTransport::responseBodyIsFramedCorrectly()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, reusable);
    m_server->setDefaultScript(RecordingServer::respond(raw));
    ApiRequest request = getRequest();
    request.method = method;

    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(loopbackEnvironment(m_server->url()), Keys, request),
                            &exchange));
    QCOMPARE(transportErrorId(exchange.transportError), transportErrorId(TransportError::None));
    QCOMPARE(exchange.status, status);
    QCOMPARE(exchange.body, body);
    QCOMPARE(m_transport->idleConnectionCount(), reusable ? 1 : 0);
}

void TestHttpTransport::malformedAnswerIsAProtocolFailure_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<TransportError>("expected");

    QTest::newRow("folded header") << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n  more\r\n"
                                                 "Content-Length: 0\r\n\r\n")
                                   << TransportError::Other;
    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << TransportError::Other;
    QTest::newRow("conflicting lengths")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
        << TransportError::Other;
    QTest::newRow("chunked cut short")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                      "a\r\nab")
        << TransportError::BodyTruncated;
    QTest::newRow("chunk size near qint64's end")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "7ffffffffffffff0\r\nab")
        << TransportError::BodyTooLarge;
    QByteArray interim;
    for (int i = 0; i < 20; ++i)
        interim += "HTTP/1.1 100 Continue\r\n\r\n";
    QTest::newRow("endless interim answers") << interim << TransportError::Other;
    // RELIABILITY.md A.21: a body that inflates far past its size is a bomb, even though we
    // asked for no compression at all. qCompress() is zlib with a 4-byte length in front.
    const QByteArray bomb = qCompress(QByteArray(48 * 1024 * 1024, '\0'), 9).mid(4);
    QTest::newRow("deflate bomb") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Encoding: deflate\r\nContent-Length: "
        + QByteArray::number(bomb.size()) + "\r\n\r\n" + bomb)
                                  << TransportError::BodyTooLarge;
}

void TestHttpTransport::malformedAnswerIsAProtocolFailure()
{
    QFETCH(QByteArray, raw);
    QFETCH(TransportError, expected);
    m_server->setDefaultScript(RecordingServer::respond(raw));
    Exchange exchange;
    QVERIFY(waitForExchange(
        m_client->send(loopbackEnvironment(m_server->url()), Keys, getRequest()), &exchange));
    QCOMPARE(transportErrorId(exchange.transportError), transportErrorId(expected));
    QVERIFY(!exchange.hasHttpResponse());
    QVERIFY(!exchange.errorText.isEmpty());
    QCOMPARE(exchange.body, QByteArray());
    QCOMPARE(m_transport->idleConnectionCount(), 0);
}

void TestHttpTransport::staleKeptAliveConnectionIsRetriedOnceOnAFreshOne()
{
    // The first connection answers once, then closes on the next request without a byte: what
    // a server that timed the idle connection out looks like to the client.
    int answeredOnFirst = 0;
    ScriptedServer server([&answeredOnFirst](QTcpSocket *socket, int connection, int) {
        if (connection == 1 && answeredOnFirst++ > 0) {
            socket->abort();
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
    });
    QVERIFY(server.listen());
    const Environment env = loopbackEnvironment(server.url());
    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(env, Keys, getRequest()), &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_transport->idleConnectionCount(), 1);

    QVERIFY(waitForExchange(m_client->send(env, Keys, getRequest()), &exchange));
    QVERIFY2(exchange.isSuccess(), qPrintable(exchange.errorText));
    QCOMPARE(server.connections(), 2);
    QCOMPARE(server.requests(), 3); // the first, the lost one, and its one retry
    QVERIFY(exchange.timings.connectMs >= 0); // the retry's fresh connection
}

void TestHttpTransport::freshConnectionClosedBeforeAnswerIsNeverRetried()
{
    ScriptedServer server([](QTcpSocket *socket, int, int) { socket->abort(); });
    QVERIFY(server.listen());
    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(loopbackEnvironment(server.url()), Keys, getRequest()),
                            &exchange));
    QCOMPARE(exchange.transportError, TransportError::ConnectionReset);
    QCOMPARE(server.connections(), 1);
    QCOMPARE(server.requests(), 1);
}

void TestHttpTransport::cancelledConnectionIsNotPooled()
{
    m_server->enqueue(RecordingServer::hang());
    m_server->setDefaultScript(RecordingServer::respond(200, "{}"));
    const Environment env = loopbackEnvironment(m_server->url());
    ApiCall *call = m_client->send(env, Keys, getRequest());
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy arrived(m_server.get(), &RecordingServer::requestReceived);
    QVERIFY(arrived.wait(5000));
    call->cancel();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Exchange>().transportError, TransportError::Canceled);
    QCOMPARE(m_transport->idleConnectionCount(), 0);

    Exchange exchange;
    QVERIFY(waitForExchange(m_client->send(env, Keys, getRequest()), &exchange));
    QVERIFY(exchange.isSuccess());
    QCOMPARE(m_server->requests().at(1).connection, 2);
}

void TestHttpTransport::progressReportsReceivedAndAnnouncedBytes()
{
    const QByteArray body(100000, 'x');
    m_server->setDefaultScript(RecordingServer::respond(200, body));
    ApiCall *call = m_client->send(loopbackEnvironment(m_server->url()), Keys, getRequest());
    QSignalSpy progress(call, &ApiCall::progress);
    Exchange exchange;
    QVERIFY(waitForExchange(call, &exchange));
    QCOMPARE(exchange.body, body);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(body.size()));
}

void TestHttpTransport::keptAliveTlsConnectionServesOnlyTheSameCaFile()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const std::optional<TestCertificates> certificates =
        TestCertificates::create(dir.path(), &error);
    if (!certificates)
        QSKIP(qPrintable(u"No test certificates: " + error));
    RecordingServer server;
    QVERIFY2(server.listenTls(certificates->certFile, certificates->keyFile, &error),
             qPrintable(error));
    server.setDefaultScript(RecordingServer::respond(200, "{}"));
    Environment trusted = loopbackEnvironment(server.url());
    trusted.caFile = certificates->caFile;

    Exchange first;
    QVERIFY(waitForExchange(m_client->send(trusted, Keys, getRequest()), &first));
    QVERIFY2(first.isSuccess(), qPrintable(first.errorText));
    QVERIFY(first.timings.tlsMs >= 0);
    Exchange second;
    QVERIFY(waitForExchange(m_client->send(trusted, Keys, getRequest()), &second));
    QVERIFY2(second.isSuccess(), qPrintable(second.errorText));
    QCOMPARE(second.timings.tlsMs, -1);
    QCOMPARE(server.requests().at(1).connection, 1);

    // The same origin without the CA file gets a connection of its own, and fails closed.
    Exchange untrusted;
    QVERIFY(waitForExchange(m_client->send(loopbackEnvironment(server.url()), Keys, getRequest()),
                            &untrusted));
    QCOMPARE(untrusted.transportError, TransportError::TlsFailure);
    QVERIFY(!untrusted.tlsErrors.isEmpty());
    QCOMPARE(server.requestCount(), 2);
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
