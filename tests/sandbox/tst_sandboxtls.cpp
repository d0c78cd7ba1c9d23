// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxserver.h"
#include "sandboxtestclient.h"
#include "testcertificates.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray FullKey = "hero_sbx_full_7Q2mX9";

QSslConfiguration trusting(const QString &caFile)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromPath(caFile, QSsl::Pem));
    return configuration;
}

} // namespace

class TestSandboxTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clientTrustingTheCaGetsJson();
    void clientWithoutTheCaFailsTheHandshake();
    void certificateNotSignedByTheCaFails();
    void unreadableKeyFailsToStart();

private:
    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_certificates;
};

void TestSandboxTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    QVERIFY(m_dir.isValid());
    QString error;
    m_certificates = TestCertificates::create(m_dir.path(), &error);
    if (!m_certificates)
        QSKIP(qPrintable(QStringLiteral("cannot make test certificates: ") + error));
}

void TestSandboxTls::clientTrustingTheCaGetsJson()
{
    SandboxServer server;
    SandboxOptions options;
    options.tlsCertFile = m_certificates->certFile;
    options.tlsKeyFile = m_certificates->keyFile;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));

    SandboxTestClient client(server.baseUrl(), trusting(m_certificates->caFile));
    const HttpResult result =
        client.call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1002"));
    QCOMPARE(result.error, QNetworkReply::NoError);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(result.json().value(QStringLiteral("name")).toString(),
             QStringLiteral("Hillview Surgery"));

    // The hostname "localhost" is in the certificate too.
    QUrl byName = server.baseUrl();
    byName.setHost(QStringLiteral("localhost"));
    SandboxTestClient named(byName, trusting(m_certificates->caFile));
    const HttpResult viaName =
        named.call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001"));
    if (viaName.error != QNetworkReply::ConnectionRefusedError) // localhost may resolve to ::1 only
        QCOMPARE(viaName.status, 200);
}

void TestSandboxTls::clientWithoutTheCaFailsTheHandshake()
{
    SandboxServer server;
    SandboxOptions options;
    options.tlsCertFile = m_certificates->certFile;
    options.tlsKeyFile = m_certificates->keyFile;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));

    SandboxTestClient client(server.baseUrl());
    const HttpResult result =
        client.call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001"));
    QVERIFY(result.finished);
    QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(result.status, 0);

    // The server survives a failed handshake and still serves a trusting client.
    SandboxTestClient trustingClient(server.baseUrl(), trusting(m_certificates->caFile));
    QCOMPARE(
        trustingClient.call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001")).status,
        200);
}

void TestSandboxTls::certificateNotSignedByTheCaFails()
{
    SandboxServer server;
    SandboxOptions options;
    options.tlsCertFile = m_certificates->selfSignedCertFile;
    options.tlsKeyFile = m_certificates->selfSignedKeyFile;
    QString error;
    QVERIFY2(server.start(options, &error), qPrintable(error));

    SandboxTestClient client(server.baseUrl(), trusting(m_certificates->caFile));
    const HttpResult result =
        client.call("GET", QStringLiteral("/v1/me"), sandboxAuth(FullKey, "1001"));
    QCOMPARE(result.error, QNetworkReply::SslHandshakeFailedError);
}

void TestSandboxTls::unreadableKeyFailsToStart()
{
    SandboxServer server;
    SandboxOptions options;
    options.tlsCertFile = m_certificates->certFile;
    options.tlsKeyFile = m_dir.filePath(QStringLiteral("missing.key"));
    QString error;
    QVERIFY(!server.start(options, &error));
    QVERIFY2(error.contains(QStringLiteral("missing.key")), qPrintable(error));
    QVERIFY(!server.isRunning());

    options.tlsKeyFile.clear();
    QVERIFY(!server.start(options, &error));
    QCOMPARE(error, QStringLiteral("TLS needs both a certificate and a key"));
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "tst_sandboxtls.moc"
