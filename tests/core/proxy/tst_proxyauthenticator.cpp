// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "authproxy.h"
#include "http/proxyfactory.h"
#include "keys/memorysecretstore.h"
#include "proxy/proxyauthenticator.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const QByteArray User = QByteArrayLiteral("alice");
const QByteArray Password = QByteArrayLiteral("proxy_canary_Pw7:x@Q");
using Answer = ProxyAuthenticator::Answer;
using Prompt = ProxyAuthenticator::Prompt;

// A user at the prompt: gives the answers in order, then cancels; records what was asked.
struct ScriptedUser
{
    QList<std::optional<Answer>> answers;
    QList<Prompt> asked;

    ProxyAuthenticator::PromptFunction function()
    {
        return [this](const Prompt &prompt) {
            asked.append(prompt);
            return answers.isEmpty() ? std::optional<Answer>() : answers.takeFirst();
        };
    }
};

Answer answer(const QByteArray &password, bool remember = false)
{
    return {QString::fromUtf8(User), QString::fromUtf8(password), remember};
}

} // namespace

// Proxy sign-in against a loopback proxy demanding Basic authentication, through a bare
// QNetworkAccessManager (the one ApiClient sends with).
class TestProxyAuthenticator : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void withoutCredentialsTheRequestFailsNamingTheProxy_data();
    void withoutCredentialsTheRequestFailsNamingTheProxy();
    void theRightCredentialsGetThroughAndAreAskedOnce_data();
    void theRightCredentialsGetThroughAndAreAskedOnce();
    void aWrongPasswordIsAskedAgainAndCancelEndsIt_data();
    void aWrongPasswordIsAskedAgainAndCancelEndsIt();
    void wrongAnswersStopAfterABoundedNumberOfPrompts_data();
    void wrongAnswersStopAfterABoundedNumberOfPrompts();
    void rememberedCredentialsLiveInTheKeychainNotTheSettings();
    void refusedRememberedCredentialsAreAskedAgainWithTheNameFilledIn();
    void untickingRememberForgetsTheRememberedPassword();
    void aKeychainThatCannotRememberKeepsThemForTheSession();
    void credentialsInTheProxyUrlAreUsedWithoutAsking();
    void wrongCredentialsInTheProxyUrlFailWithoutALoop();

private:
    QNetworkReply *get(const QString &url);
    // Waits for the reply and returns its HTTP status (0 when there was none).
    int finish(QNetworkReply *reply, QNetworkReply::NetworkError *error = nullptr);
    QByteArray settingsFileBytes();
    // Whether a GET got past the proxy's sign-in.
    bool getsThrough(const QString &url);
    // "alice" and a stale password remembered for the test proxy, loaded by the authenticator.
    bool rememberAnOldPasswordForAlice();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<AuthProxy> m_proxy;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ProxyAuthenticator> m_authenticator;
};

void TestProxyAuthenticator::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_proxy = std::make_unique<AuthProxy>(User, Password);
    QVERIFY(m_proxy->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    // Any host goes to the loopback proxy; its name is never resolved here.
    m_network->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy->port()));
    m_authenticator =
        std::make_unique<ProxyAuthenticator>(m_network.get(), m_settings.get(), m_secrets.get());
}

void TestProxyAuthenticator::cleanup()
{
    m_authenticator.reset();
    m_network.reset();
    m_proxy.reset();
    qunsetenv("http_proxy");
    qunsetenv("https_proxy");
}

QNetworkReply *TestProxyAuthenticator::get(const QString &url)
{
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(5000);
    return m_network->get(request);
}

int TestProxyAuthenticator::finish(QNetworkReply *reply, QNetworkReply::NetworkError *error)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
    }
    if (error)
        *error = reply->error();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray TestProxyAuthenticator::settingsFileBytes()
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Plain HTTP is answered by the proxy itself; HTTPS is a CONNECT, which this proxy refuses
// with 502 once signed in (no tunnel): either way, past the sign-in.
static void addSchemes()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http") << QStringLiteral("http://api.proxied.test/v1/me");
    QTest::newRow("https (CONNECT)") << QStringLiteral("https://api.proxied.test/v1/me");
}

bool TestProxyAuthenticator::getsThrough(const QString &url)
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    const int status = finish(get(url), &error);
    return status == 200
        || (url.startsWith(u"https:") && error == QNetworkReply::UnknownNetworkError);
}

void TestProxyAuthenticator::withoutCredentialsTheRequestFailsNamingTheProxy_data()
{
    addSchemes();
}

void TestProxyAuthenticator::withoutCredentialsTheRequestFailsNamingTheProxy()
{
    QFETCH(QString, url);
    QSignalSpy failed(m_authenticator.get(), &ProxyAuthenticator::signInFailed);
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    finish(get(url), &error);
    QCOMPARE(error, QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), m_proxy->name());
    QCOMPARE(failed.first().at(1).toBool(), false);
    QCOMPARE(m_authenticator->lastFailure().proxy, m_proxy->name());
    QCOMPARE(m_proxy->requests().size(), 1);
}

void TestProxyAuthenticator::theRightCredentialsGetThroughAndAreAskedOnce_data()
{
    addSchemes();
}

void TestProxyAuthenticator::theRightCredentialsGetThroughAndAreAskedOnce()
{
    QFETCH(QString, url);
    ScriptedUser user;
    user.answers = {answer(Password)};
    m_authenticator->setPrompt(user.function());

    QVERIFY(getsThrough(url));
    QCOMPARE(user.asked.size(), 1);
    QCOMPARE(user.asked.first().proxy, m_proxy->name());
    QCOMPARE(user.asked.first().realm, QStringLiteral("corp"));
    QVERIFY(!user.asked.first().refused);
    QCOMPARE(m_proxy->authorizedCount(), 1);

    // The next request signs in again (a new CONNECT each time) without asking.
    QVERIFY(getsThrough(url));
    QCOMPARE(user.asked.size(), 1);
    QCOMPARE(m_proxy->authorizedCount(), 2);
    // Session only: nothing remembered.
    QCOMPARE(m_secrets->count(), 0);
    QVERIFY(!settingsFileBytes().contains("alice"));
}

void TestProxyAuthenticator::aWrongPasswordIsAskedAgainAndCancelEndsIt_data()
{
    addSchemes();
}

void TestProxyAuthenticator::aWrongPasswordIsAskedAgainAndCancelEndsIt()
{
    QFETCH(QString, url);
    ScriptedUser user;
    user.answers = {answer("wrong"), std::nullopt};
    m_authenticator->setPrompt(user.function());
    QSignalSpy failed(m_authenticator.get(), &ProxyAuthenticator::signInFailed);

    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    finish(get(url), &error);
    QCOMPARE(error, QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(user.asked.size(), 2);
    QVERIFY(!user.asked.at(0).refused);
    QVERIFY(user.asked.at(1).refused); // "the proxy refused them"
    QCOMPARE(user.asked.at(1).user, QString::fromUtf8(User));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toBool(), true);
    QVERIFY(m_proxy->requests().size() <= 3);

    // A new request (the user's own action) may ask again; this time the right password works.
    user.answers = {answer(Password)};
    QVERIFY(getsThrough(url));
    QCOMPARE(user.asked.size(), 3);
}

void TestProxyAuthenticator::wrongAnswersStopAfterABoundedNumberOfPrompts_data()
{
    addSchemes();
}

void TestProxyAuthenticator::wrongAnswersStopAfterABoundedNumberOfPrompts()
{
    QFETCH(QString, url);
    int prompts = 0;
    // A user who never gets it right (Qt alone would retry a CONNECT with one for ever).
    m_authenticator->setPrompt([&prompts](const Prompt &) {
        ++prompts;
        return std::optional<Answer>(answer("wrong" + QByteArray::number(prompts)));
    });
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    finish(get(url), &error);
    QCOMPARE(error, QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(prompts, ProxyAuthenticator::MaxPromptsPerRequest);
    QVERIFY(m_proxy->requests().size() <= ProxyAuthenticator::MaxPromptsPerRequest + 1);
}

void TestProxyAuthenticator::rememberedCredentialsLiveInTheKeychainNotTheSettings()
{
    const QString url = QStringLiteral("http://api.proxied.test/v1/me");
    ScriptedUser user;
    user.answers = {answer(Password, true)};
    m_authenticator->setPrompt(user.function());
    QCOMPARE(finish(get(url)), 200);
    QTRY_COMPARE(m_secrets->count(), 1);
    QVERIFY(m_secrets->contains(ProxyAuthenticator::secretAccount(m_proxy->name())));
    QTRY_COMPARE(m_authenticator->rememberedProxies(), QStringList{m_proxy->name()});

    const QByteArray settings = settingsFileBytes();
    QVERIFY(settings.contains("alice"));
    QVERIFY(!settings.contains(Password));
    QVERIFY(!settings.contains(Password.toBase64()));
    QVERIFY(!settings.contains(Password.toPercentEncoding()));
    QVERIFY(!settings.contains("Pw7"));

    // The next start: read ahead from the keychain, used without asking.
    m_authenticator.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy->port()));
    m_authenticator =
        std::make_unique<ProxyAuthenticator>(m_network.get(), m_settings.get(), m_secrets.get());
    ScriptedUser later;
    m_authenticator->setPrompt(later.function());
    QSignalSpy loaded(m_authenticator.get(), &ProxyAuthenticator::rememberedLoaded);
    m_authenticator->loadRemembered();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(finish(get(url)), 200);
    QCOMPARE(later.asked.size(), 0);
}

bool TestProxyAuthenticator::rememberAnOldPasswordForAlice()
{
    m_settings->setValue(QStringLiteral("proxyAuth/") + m_proxy->name(), QStringLiteral("alice"));
    m_secrets->insert(ProxyAuthenticator::secretAccount(m_proxy->name()), "an-old-password");
    QSignalSpy loaded(m_authenticator.get(), &ProxyAuthenticator::rememberedLoaded);
    m_authenticator->loadRemembered();
    return loaded.wait(5000);
}

void TestProxyAuthenticator::refusedRememberedCredentialsAreAskedAgainWithTheNameFilledIn()
{
    QVERIFY(rememberAnOldPasswordForAlice());
    ScriptedUser user;
    user.answers = {answer(Password, true)};
    m_authenticator->setPrompt(user.function());

    QCOMPARE(finish(get(QStringLiteral("http://api.proxied.test/v1/me"))), 200);
    QCOMPARE(user.asked.size(), 1);
    QVERIFY(user.asked.first().refused);
    QVERIFY(user.asked.first().remembered);
    QCOMPARE(user.asked.first().user, QStringLiteral("alice"));
    // The new password replaced the old one in the keychain.
    QTRY_VERIFY(m_secrets->operationCount() >= 2);
    SecretJob *job = m_secrets->read(ProxyAuthenticator::secretAccount(m_proxy->name()));
    QSignalSpy read(job, &SecretJob::finished);
    QVERIFY(read.wait(5000));
    QCOMPARE(job->secret(), Password);
}

void TestProxyAuthenticator::untickingRememberForgetsTheRememberedPassword()
{
    QVERIFY(rememberAnOldPasswordForAlice());
    ScriptedUser user;
    user.answers = {answer(Password, false)};
    m_authenticator->setPrompt(user.function());

    QCOMPARE(finish(get(QStringLiteral("http://api.proxied.test/v1/me"))), 200);
    QTRY_COMPARE(m_secrets->count(), 0);
    QVERIFY(m_authenticator->rememberedProxies().isEmpty());
    QVERIFY(!settingsFileBytes().contains("alice"));
}

void TestProxyAuthenticator::aKeychainThatCannotRememberKeepsThemForTheSession()
{
    m_secrets->simulateFailure(SecretResult::Locked);
    QSignalSpy rememberFailed(m_authenticator.get(), &ProxyAuthenticator::rememberFailed);
    ScriptedUser user;
    user.answers = {answer(Password, true)};
    m_authenticator->setPrompt(user.function());
    const QString url = QStringLiteral("http://api.proxied.test/v1/me");

    QCOMPARE(finish(get(url)), 200);
    QTRY_COMPARE(rememberFailed.size(), 1);
    QCOMPARE(rememberFailed.first().at(0).toString(), m_proxy->name());
    QVERIFY(!rememberFailed.first().at(1).toString().contains(QString::fromUtf8(Password)));
    QVERIFY(m_authenticator->rememberedProxies().isEmpty());
    QVERIFY(!settingsFileBytes().contains(Password));
    QCOMPARE(finish(get(url)), 200); // still signed in for the session
    QCOMPARE(user.asked.size(), 1);
}

void TestProxyAuthenticator::credentialsInTheProxyUrlAreUsedWithoutAsking()
{
    // hero-cli's way: https_proxy=http://user:pass@host:port, read by Qt's system proxy
    // factory (percent-decoded), sent by Qt itself.
    qputenv("http_proxy", m_proxy->url(User, Password));
    m_network->setProxyFactory(new ExplorerProxyFactory);
    ScriptedUser user;
    m_authenticator->setPrompt(user.function());
    QCOMPARE(finish(get(QStringLiteral("http://api.proxied.test/v1/me"))), 200);
    QCOMPARE(user.asked.size(), 0);
    QCOMPARE(m_proxy->authorizedCount(), 1);
}

void TestProxyAuthenticator::wrongCredentialsInTheProxyUrlFailWithoutALoop()
{
    qputenv("https_proxy", m_proxy->url(User, "wrong"));
    m_network->setProxyFactory(new ExplorerProxyFactory);
    QSignalSpy failed(m_authenticator.get(), &ProxyAuthenticator::signInFailed);
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    finish(get(QStringLiteral("https://api.proxied.test/v1/me")), &error);
    QCOMPARE(error, QNetworkReply::ProxyAuthenticationRequiredError);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(1).toBool(), true); // the URL's credentials were refused
    QVERIFY(m_proxy->requests().size() <= 2);
}

QTEST_GUILESS_MAIN(TestProxyAuthenticator)
#include "tst_proxyauthenticator.moc"
