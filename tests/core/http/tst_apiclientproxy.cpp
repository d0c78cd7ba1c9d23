// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "http/apiclient.h"
#include "http/proxyfactory.h"
#include "recordingserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray Canary = QByteArrayLiteral("hero_canary_PROXY_4Tz8Wq1");

// Sends every request to one HTTP proxy, with the credentials it was given.
class FixedProxyFactory : public QNetworkProxyFactory
{
public:
    explicit FixedProxyFactory(const QNetworkProxy &proxy)
        : m_proxy(proxy)
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override { return {m_proxy}; }

private:
    QNetworkProxy m_proxy;
};

} // namespace

// RELIABILITY.md §2.5 and fault A.29: behind an HTTP proxy, an HTTPS request is tunnelled, so
// the proxy sees a CONNECT for the origin and never the key or the practice group.
class TestApiClientProxy : public QObject
{
    Q_OBJECT
private slots:
    void aProxySeesOnlyTheTunnelNeverTheKey_data();
    void aProxySeesOnlyTheTunnelNeverTheKey();
    void theSystemProxyIsUsedForRealOriginsButNeverForLoopback();
    void proxyAskingForCredentialsIsReportedWithItsAddress();
};

void TestApiClientProxy::aProxySeesOnlyTheTunnelNeverTheKey_data()
{
    QTest::addColumn<QByteArray>("proxyAnswer");
    QTest::newRow("proxy refuses the tunnel")
        << QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("proxy closes") << QByteArray();
}

void TestApiClientProxy::aProxySeesOnlyTheTunnelNeverTheKey()
{
    QFETCH(QByteArray, proxyAnswer);
    RecordingServer proxy;
    QVERIFY(proxy.listen());
    proxy.setDefaultScript(proxyAnswer.isEmpty() ? RecordingServer::reset()
                                                 : RecordingServer::respond(proxyAnswer));

    QNetworkAccessManager network;
    // The origin's name is never resolved here: only the loopback proxy is contacted.
    network.setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
    ApiClient client(&network);
    Environment environment = builtInEnvironment(EnvironmentKind::Staging);
    environment.timeoutMs = 5000;
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    ApiCall *call = client.send(environment, {Canary, QByteArrayLiteral("1001")}, request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto exchange = finished.first().first().value<Exchange>();
    QVERIFY(!exchange.isSuccess());

    const QByteArray seen = proxy.receivedBytes();
    QVERIFY2(seen.startsWith("CONNECT api.staging.htech.app:443"), seen.left(80).constData());
    QVERIFY(!seen.contains(Canary));
    QVERIFY(!seen.contains(Canary.toBase64()));
    QVERIFY(!seen.toLower().contains("x-api-key"));
    QVERIFY(!seen.toLower().contains("x-practice-group-id"));
    QVERIFY(!seen.contains("/v1/me"));
}

void TestApiClientProxy::theSystemProxyIsUsedForRealOriginsButNeverForLoopback()
{
    RecordingServer proxy;
    QVERIFY(proxy.listen());
    proxy.setDefaultScript(RecordingServer::respond(
        QByteArray("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")));
    RecordingServer sandbox;
    QVERIFY(sandbox.listen());
    sandbox.setDefaultScript(RecordingServer::respond(200, QByteArray("{}")));
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.port());
    qputenv("http_proxy", proxyUrl);
    qputenv("https_proxy", proxyUrl);
    qunsetenv("no_proxy");

    QNetworkAccessManager network;
    network.setProxyFactory(new ExplorerProxyFactory);
    ApiClient client(&network);
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");

    // A loopback origin (the sandbox) is reached directly, whatever http_proxy says.
    ApiCall *local = client.send(sandboxEnvironment(sandbox.url()), {Canary, "1001"}, request);
    QSignalSpy localDone(local, &ApiCall::finished);
    QVERIFY(localDone.wait(10000));
    QCOMPARE(localDone.first().first().value<Exchange>().status, 200);
    QCOMPARE(sandbox.requests().size(), 1);
    QVERIFY(proxy.receivedBytes().isEmpty());

    // A real origin goes through the system's proxy, tunnelled.
    Environment staging = builtInEnvironment(EnvironmentKind::Staging);
    staging.timeoutMs = 5000;
    ApiCall *remote = client.send(staging, {Canary, "1001"}, request);
    QSignalSpy remoteDone(remote, &ApiCall::finished);
    QVERIFY(remoteDone.wait(10000));
    QVERIFY(proxy.receivedBytes().startsWith("CONNECT api.staging.htech.app:443"));
    QVERIFY(!proxy.receivedBytes().contains(Canary));
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
}

void TestApiClientProxy::proxyAskingForCredentialsIsReportedWithItsAddress()
{
    RecordingServer proxy;
    QVERIFY(proxy.listen());
    proxy.setDefaultScript(RecordingServer::respond(
        QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\n"
                   "Proxy-Authenticate: Basic realm=\"x\"\r\nContent-Length: 0\r\n\r\n")));
    const QString password = QStringLiteral("proxy-pw-9Kq2");

    QNetworkAccessManager network;
    network.setProxyFactory(
        new FixedProxyFactory(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"),
                                            proxy.port(), QStringLiteral("alice"), password)));
    QSignalSpy asked(&network, &QNetworkAccessManager::proxyAuthenticationRequired);
    ApiClient client(&network);
    Environment staging = builtInEnvironment(EnvironmentKind::Staging);
    staging.timeoutMs = 5000;
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    ApiCall *call = client.send(staging, {Canary, QByteArrayLiteral("1001")}, request);
    QSignalSpy finished(call, &ApiCall::finished);
    QVERIFY(finished.wait(10000));
    const auto exchange = finished.first().first().value<Exchange>();

    // The proxy's refusal is not the API's answer: a transport error naming the proxy.
    QCOMPARE(transportErrorId(exchange.transportError),
             QStringLiteral("proxy_authentication_required"));
    QVERIFY(!exchange.hasHttpResponse());
    QCOMPARE(exchange.body, QByteArray());
    const QString address = u"127.0.0.1:" + QString::number(proxy.port());
    QCOMPARE(exchange.proxy, address);
    QVERIFY2(exchange.errorText.contains(address), qPrintable(exchange.errorText));
    QVERIFY(!exchange.errorText.contains(password));
    // Qt asked the application for credentials (the explorer's dialog answers this signal).
    QVERIFY(!asked.isEmpty());
    // Only the tunnel was asked for: the key never went to the proxy.
    QVERIFY(proxy.receivedBytes().startsWith("CONNECT api.staging.htech.app:443"));
    QVERIFY(!proxy.receivedBytes().contains(Canary));
}

QTEST_GUILESS_MAIN(TestApiClientProxy)
#include "tst_apiclientproxy.moc"
