// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "capturingnetworkaccessmanager.h"
#include "http/apiclient.h"
#include "httptesthelpers.h"
#include "recordingserver.h"
#include "testcertificates.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using namespace HttpTest;

const QByteArray CanaryKey = QByteArrayLiteral("hk_canary_tls_4Jd8sK2mQ9xV7bN1");
const QByteArray GroupId = QByteArrayLiteral("1001");

Environment environmentFor(const QUrl &baseUrl, const QString &caFile = QString())
{
    return loopbackEnvironment(baseUrl, 5000, caFile);
}

} // namespace

class TestApiClientTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void selfSignedServerWithoutCaFileFailsClosed();
    void serverFromAnUnknownCaFailsClosed();
    void caFileMakesItsServerTrusted();
    void caFileDoesNotTrustOtherCertificates();
    void trustFromOneEnvironmentDoesNotCarryToAnother();
    void keptAliveConnectionServesOnlyTheSameCaFile();
    void connectionTrustedThroughOneCaFileDoesNotServeAnother();
    void unreadableCaFileIsRefused_data();
    void unreadableCaFileIsRefused();
    void httpsToHttpRedirectIsReportedAndNotFollowed();

private:
    Exchange send(const Environment &env);

    QTemporaryDir m_dir;
    TestCertificates m_certificates;
    // Fresh for every test: a cached, already-trusted connection would hide a TLS failure.
    std::unique_ptr<CapturingNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<RecordingServer> m_server;
};

void TestApiClientTls::initTestCase()
{
    qRegisterMetaType<Exchange>();
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<TestCertificates> certificates =
        TestCertificates::create(m_dir.path(), &error);
    if (!certificates)
        QSKIP(qPrintable(u"No test certificates: " + error));
    m_certificates = *certificates;
}

void TestApiClientTls::init()
{
    m_network = std::make_unique<CapturingNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get());
    m_server = std::make_unique<RecordingServer>();
}

void TestApiClientTls::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

Exchange TestApiClientTls::send(const Environment &env)
{
    Exchange exchange;
    if (!waitForExchange(m_client->send(env, {CanaryKey, GroupId}, getRequest()), &exchange))
        exchange.errorText = QStringLiteral("no finished() within 10 s");
    return exchange;
}

void TestApiClientTls::selfSignedServerWithoutCaFileFailsClosed()
{
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.selfSignedCertFile,
                                 m_certificates.selfSignedKeyFile, &error),
             qPrintable(error));
    const Exchange exchange = send(environmentFor(m_server->url()));

    QCOMPARE(exchange.transportError, TransportError::TlsFailure);
    QVERIFY2(exchange.tlsErrors.contains(QSslError::SelfSignedCertificate),
             qPrintable(tlsErrorTexts(exchange.tlsErrors).join(u';')));
    QVERIFY(!exchange.hasHttpResponse());
    QVERIFY(exchange.wasSent());
    QVERIFY(m_server->connectionCount() >= 1); // the handshake was attempted...
    QCOMPARE(m_server->encryptedConnectionCount(), 0);
    QCOMPARE(m_server->receivedBytes(), QByteArray()); // ...and no request byte followed it
    QCOMPARE(m_server->requestCount(), 0);
}

void TestApiClientTls::serverFromAnUnknownCaFailsClosed()
{
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.certFile, m_certificates.keyFile, &error),
             qPrintable(error));
    const Exchange exchange = send(environmentFor(m_server->url()));

    QCOMPARE(exchange.transportError, TransportError::TlsFailure);
    QVERIFY(!exchange.tlsErrors.isEmpty());
    QCOMPARE(m_server->receivedBytes(), QByteArray());
}

void TestApiClientTls::caFileMakesItsServerTrusted()
{
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.certFile, m_certificates.keyFile, &error),
             qPrintable(error));
    m_server->enqueue(RecordingServer::respond(200, R"({"id":"me"})"));
    const Exchange exchange = send(environmentFor(m_server->url(), m_certificates.caFile));

    QVERIFY2(exchange.isSuccess(),
             qPrintable(exchange.errorText + tlsErrorTexts(exchange.tlsErrors).join(u';')));
    QVERIFY(exchange.tlsErrors.isEmpty());
    QCOMPARE(exchange.body, QByteArray(R"({"id":"me"})"));
    QVERIFY(exchange.timings.tlsMs >= 0);
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->requests().first().header("x-api-key"), CanaryKey);

    // The CA only widens trust for this request: the manager's default store is untouched.
    QVERIFY(!QSslConfiguration::defaultConfiguration().caCertificates().contains(
        QSslCertificate::fromPath(m_certificates.caFile).value(0)));
}

void TestApiClientTls::caFileDoesNotTrustOtherCertificates()
{
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.selfSignedCertFile,
                                 m_certificates.selfSignedKeyFile, &error),
             qPrintable(error));
    const Exchange exchange = send(environmentFor(m_server->url(), m_certificates.caFile));

    QCOMPARE(exchange.transportError, TransportError::TlsFailure);
    QVERIFY(!exchange.tlsErrors.isEmpty());
    QCOMPARE(m_server->receivedBytes(), QByteArray());
}

void TestApiClientTls::trustFromOneEnvironmentDoesNotCarryToAnother()
{
    // Same client, same origin: the first environment trusts the test CA, the second does not.
    // A kept-alive connection from the first must not carry the second's key (PLATFORMS.md §3).
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.certFile, m_certificates.keyFile, &error),
             qPrintable(error));
    const Exchange trusted = send(environmentFor(m_server->url(), m_certificates.caFile));
    QVERIFY2(trusted.isSuccess(), qPrintable(trusted.errorText));
    QCOMPARE(m_server->requestCount(), 1);

    const Exchange untrusted = send(environmentFor(m_server->url()));
    QCOMPARE(untrusted.transportError, TransportError::TlsFailure);
    QCOMPARE(m_server->requestCount(), 1);

    // And back: trusting the CA again works on the same client.
    const Exchange again = send(environmentFor(m_server->url(), m_certificates.caFile));
    QVERIFY2(again.isSuccess(), qPrintable(again.errorText));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestApiClientTls::keptAliveConnectionServesOnlyTheSameCaFile()
{
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.certFile, m_certificates.keyFile, &error),
             qPrintable(error));
    const Environment trusted = environmentFor(m_server->url(), m_certificates.caFile);
    const Exchange first = send(trusted);
    QVERIFY2(first.isSuccess(), qPrintable(first.errorText));
    QVERIFY(first.timings.tlsMs >= 0);
    QCOMPARE(first.timings.connectMs, -1); // Qt does not tell the TCP connect inside TLS apart
    const Exchange second = send(trusted);
    QVERIFY2(second.isSuccess(), qPrintable(second.errorText));
    // The same CA file reuses the kept-alive connection: no new handshake to time.
    QCOMPARE(second.timings.tlsMs, -1);
    QCOMPARE(m_server->requests().at(1).connection, 1);

    // The same origin without the CA file gets a connection of its own, and fails closed.
    const Exchange untrusted = send(environmentFor(m_server->url()));
    QCOMPARE(untrusted.transportError, TransportError::TlsFailure);
    QVERIFY(!untrusted.tlsErrors.isEmpty());
    QCOMPARE(m_server->requestCount(), 2);
}

void TestApiClientTls::connectionTrustedThroughOneCaFileDoesNotServeAnother()
{
    // Two environments for one origin, each with its own CA file: the second trusts only a
    // certificate the server does not have, so it must fail closed rather than borrow the
    // first one's verified connection.
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.certFile, m_certificates.keyFile, &error),
             qPrintable(error));
    const QUrl origin = m_server->localhostUrl();
    const Exchange trusted = send(environmentFor(origin, m_certificates.caFile));
    QVERIFY2(trusted.isSuccess(),
             qPrintable(trusted.errorText + tlsErrorTexts(trusted.tlsErrors).join(u';')));

    const Exchange other = send(environmentFor(origin, m_certificates.selfSignedCertFile));
    QCOMPARE(transportErrorId(other.transportError), transportErrorId(TransportError::TlsFailure));
    QCOMPARE(m_server->requestCount(), 1);

    const Exchange again = send(environmentFor(origin, m_certificates.caFile));
    QVERIFY2(again.isSuccess(), qPrintable(again.errorText));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestApiClientTls::unreadableCaFileIsRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray();
    QTest::newRow("empty") << QStringLiteral("empty.pem") << QByteArray("");
    QTest::newRow("not PEM") << QStringLiteral("garbage.pem")
                             << QByteArray("this is not a certificate\n");
    QTest::newRow("a private key, not a certificate") << QStringLiteral("key") << QByteArray();
    QTest::newRow("a directory") << QString() << QByteArray();
}

void TestApiClientTls::unreadableCaFileIsRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.certFile, m_certificates.keyFile, &error),
             qPrintable(error));

    QTemporaryDir scratch;
    QString path = scratch.filePath(fileName);
    if (fileName.isEmpty())
        path = scratch.path();
    else if (fileName == u"key")
        path = m_certificates.caKeyFile;
    if (fileName == u"empty.pem" || !content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    const Exchange exchange = send(environmentFor(m_server->url(), path));
    QCOMPARE(exchange.refusal, Refusal::InvalidCaFile);
    QVERIFY(!exchange.refusalText.isEmpty());
    QVERIFY(m_network->requests().isEmpty());
    QTest::qWait(0); // let any stray connection be accepted before counting
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestApiClientTls::httpsToHttpRedirectIsReportedAndNotFollowed()
{
    QString error;
    QVERIFY2(m_server->listenTls(m_certificates.certFile, m_certificates.keyFile, &error),
             qPrintable(error));
    RecordingServer plain;
    QVERIFY(plain.listen());
    const QUrl location = plain.url(QStringLiteral("/v1/me"));
    m_server->enqueue(RecordingServer::redirect(302, location));

    const Exchange exchange = send(environmentFor(m_server->url(), m_certificates.caFile));
    QVERIFY2(exchange.hasHttpResponse(), qPrintable(exchange.errorText));
    QCOMPARE(exchange.status, 302);
    QCOMPARE(exchange.header("Location"), location.toEncoded());
    // Qt finishes a reply only after any redirect it follows, so nothing can still be coming.
    QCOMPARE(plain.connectionCount(), 0);
    QCOMPARE(plain.receivedBytes(), QByteArray());
}

QTEST_GUILESS_MAIN(TestApiClientTls)
#include "tst_apiclienttls.moc"
