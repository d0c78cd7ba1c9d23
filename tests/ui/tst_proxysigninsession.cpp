// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "authproxy.h"
#include "diagnosis/diagnosis.h"
#include "explorer/explorerparts.h"
#include "export/curlcommand.h"
#include "export/supportreport.h"
#include "keys/memorysecretstore.h"
#include "modalanswer.h"
#include "proxysignindialog.h"
#include "sandboxserver.h"
#include "testcertificates.h"

#include <QFile>
#include <QLineEdit>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray ProxyPassword = QByteArrayLiteral("session_proxy_canary_Wq2:7@x");
const QByteArray FixtureKey = QByteArrayLiteral("hero_sbx_full_7Q2mX9");

// Like a company network: everything but this computer goes through the proxy.
class EverythingThroughTheProxy : public QNetworkProxyFactory
{
public:
    explicit EverythingThroughTheProxy(quint16 port)
        : m_port(port)
    {
    }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        if (isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port)};
    }

private:
    const quint16 m_port;
};

bool containsPassword(const QByteArray &data)
{
    for (const QByteArray &form :
         {ProxyPassword, ProxyPassword.toBase64(), ProxyPassword.toPercentEncoding(),
          QByteArray("alice:" + ProxyPassword).toBase64()}) {
        if (data.contains(form))
            return true;
    }
    return false;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The explorer's own parts behind a proxy demanding Basic authentication, reaching the HTTPS
// sandbox through its tunnel: sign in once with "Remember", start again, and find the password
// in none of the files the explorer writes or the texts it exports.
class TestProxySignInSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aRememberedSignInSurvivesARestartAndLeavesNoPasswordBehind();

private:
    Exchange send(ExplorerParts *parts);

    QTemporaryDir m_dir;
    std::optional<TestCertificates> m_certificates;
    SandboxServer m_sandbox;
    AuthProxy m_proxy{"alice", ProxyPassword};
    Environment m_environment;
};

void TestProxySignInSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_certificates = TestCertificates::create(m_dir.path(), &error);
    if (!m_certificates)
        QSKIP(qPrintable(error));
    SandboxOptions options;
    options.tlsCertFile = m_certificates->certFile;
    options.tlsKeyFile = m_certificates->keyFile;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QVERIFY(m_proxy.listen());
    m_proxy.setTunnelPort(quint16(m_sandbox.baseUrl().port()));

    m_environment.id = QStringLiteral("custom-1");
    m_environment.name = QStringLiteral("Behind the proxy");
    m_environment.kind = EnvironmentKind::Custom;
    m_environment.baseUrl = QUrl(QStringLiteral("https://api.proxied.test"));
    m_environment.caFile = m_certificates->caFile;
    m_environment.timeoutMs = 10000;
}

Exchange TestProxySignInSession::send(ExplorerParts *parts)
{
    RunTarget target;
    target.environment = m_environment;
    target.secret = FixtureKey;
    target.practiceGroup = QStringLiteral("1001");
    target.retries = false;
    target.throttle = false;
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    RequestRun *run = parts->runner.start(target, request);
    QSignalSpy finished(run, &RequestRun::finished);
    if (!finished.wait(20000))
        return Exchange();
    return finished.first().first().value<Exchange>();
}

void TestProxySignInSession::aRememberedSignInSurvivesARestartAndLeavesNoPasswordBehind()
{
    const QString settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
    const QString historyFile = m_dir.filePath(QStringLiteral("history.json"));
    MemorySecretStore keychain; // outlives both sessions, like the OS keychain
    QString exports;
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        ExplorerParts parts(&settings, &keychain, historyFile,
                            new EverythingThroughTheProxy(m_proxy.port()), {});
        QWidget window;
        window.show();
        parts.proxyAuth.setPrompt(ProxySignInDialog::promptFor(&window));
        whenModalShows<ProxySignInDialog>([](ProxySignInDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("proxyUserEdit"))
                ->setText(QStringLiteral("alice"));
            dialog->findChild<QLineEdit *>(QStringLiteral("proxyPasswordEdit"))
                ->setText(QString::fromUtf8(ProxyPassword));
            dialog->findChild<QAbstractButton *>(QStringLiteral("proxyRememberCheck"))->click();
            dialog->accept();
        });
        const Exchange exchange = send(&parts);
        QVERIFY2(exchange.status == 200, qPrintable(exchange.errorText));
        HistoryContext context = HistoryContext::forEnvironment(m_environment);
        context.practiceGroup = QStringLiteral("1001");
        parts.history.add(exchange, context);
        QVERIFY(parts.history.saveNow());
        const Diagnosis diagnosis = diagnose(exchange, DiagnosisContext());
        exports = curlCommand(exchange.request) + supportReport(exchange, diagnosis, {})
            + exchange.errorText;
        QTRY_VERIFY(keychain.contains(ProxyAuthenticator::secretAccount(m_proxy.name())));
        QTRY_VERIFY(!parts.proxyAuth.rememberedProxies().isEmpty());
    }
    {
        QSettings settings(settingsFile, QSettings::IniFormat);
        ExplorerParts parts(&settings, &keychain, historyFile,
                            new EverythingThroughTheProxy(m_proxy.port()), {});
        QSignalSpy loaded(&parts.proxyAuth, &ProxyAuthenticator::rememberedLoaded);
        QVERIFY(loaded.wait(5000));
        int prompts = 0;
        parts.proxyAuth.setPrompt([&prompts](const ProxyAuthenticator::Prompt &) {
            ++prompts;
            return std::optional<ProxyAuthenticator::Answer>();
        });
        QCOMPARE(send(&parts).status, 200);
        QCOMPARE(prompts, 0);
    }
    const QByteArray settings = fileBytes(settingsFile);
    QVERIFY(settings.contains("alice"));
    QVERIFY(!containsPassword(settings));
    const QByteArray history = fileBytes(historyFile);
    QVERIFY(!history.isEmpty());
    QVERIFY(!containsPassword(history));
    QVERIFY(!containsPassword(exports.toUtf8()));
}

QTEST_MAIN(TestProxySignInSession)
#include "tst_proxysigninsession.moc"
