// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "proxyauthenticator.h"

#include "http/proxyfactory.h"
#include "keys/secretstore.h"

#include <QAuthenticator>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSettings>

namespace {

const QString SettingsGroup = QStringLiteral("proxyAuth");

QString settingsKey(const QString &proxy)
{
    return SettingsGroup + u'/' + proxy;
}

} // namespace

ProxyAuthenticator::ProxyAuthenticator(QNetworkAccessManager *network, QSettings *settings,
                                       SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_secrets(secrets)
{
    // Direct: Qt waits (blocked in its network thread) for the authenticator to be filled in.
    connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, this,
            &ProxyAuthenticator::onProxyAuthenticationRequired, Qt::DirectConnection);
    connect(network, &QNetworkAccessManager::finished, this, &ProxyAuthenticator::onReplyFinished);
}

ProxyAuthenticator::~ProxyAuthenticator() = default;

QString ProxyAuthenticator::proxyName(const QNetworkProxy &proxy)
{
    return proxy.hostName() + u':' + QString::number(proxy.port());
}

QString ProxyAuthenticator::secretAccount(const QString &proxy)
{
    return QStringLiteral("proxy/") + proxy;
}

QStringList ProxyAuthenticator::rememberedProxies() const
{
    if (!m_settings)
        return {};
    QSettings &settings = *m_settings;
    settings.beginGroup(SettingsGroup);
    const QStringList proxies = settings.childKeys();
    settings.endGroup();
    return proxies;
}

void ProxyAuthenticator::loadRemembered()
{
    const QStringList proxies = m_secrets ? rememberedProxies() : QStringList();
    for (const QString &proxy : proxies) {
        ProxyState &state = m_states[proxy];
        state.rememberedUser = m_settings->value(settingsKey(proxy)).toString();
        SecretJob *job = m_secrets->read(secretAccount(proxy));
        ++m_pendingLoads;
        connect(job, &SecretJob::finished, this, [this, job, proxy](const SecretResult &result) {
            ProxyState &loaded = m_states[proxy];
            // A locked or missing keychain just means the user is asked, with the name filled in.
            if (result.isOk() && !loaded.rememberedUser.isEmpty())
                loaded.remembered =
                    Credentials{loaded.rememberedUser, QString::fromUtf8(job->secret())};
            if (--m_pendingLoads == 0)
                emit rememberedLoaded();
        });
    }
    if (m_pendingLoads == 0)
        QMetaObject::invokeMethod(this, &ProxyAuthenticator::rememberedLoaded,
                                  Qt::QueuedConnection);
}

void ProxyAuthenticator::onProxyAuthenticationRequired(const QNetworkProxy &proxy,
                                                       QAuthenticator *authenticator)
{
    const QString name = proxyName(proxy);
    ProxyState &state = m_states[name];
    // Qt asks only when it had nothing to try or the proxy refused what it tried: the proxy's
    // own credentials, its cache, or (for plain HTTP, which leaves them in) these.
    bool refused = !proxy.user().isEmpty() || !authenticator->user().isEmpty();
    if (!authenticator->user().isEmpty()) {
        const Credentials tried{authenticator->user(), authenticator->password()};
        if (state.session == tried)
            state.session.reset();
        if (state.remembered == tried)
            state.remembered.reset();
    }
    if (state.offered) {
        refused = true;
        dropOffered(&state);
    }

    if (const auto known = state.session ? state.session : state.remembered) {
        offer(&state, *known, authenticator);
        return;
    }
#ifdef Q_OS_WIN
    // NTLM and Negotiate challenges carry no realm. Left empty, Qt answers them through SSPI
    // with the user's Windows sign-in; ask only if the proxy then refuses it.
    if (authenticator->realm().isEmpty() && !state.triedWindowsSignIn) {
        state.triedWindowsSignIn = true;
        return;
    }
#endif
    if (!m_prompt || m_prompting || state.declined || state.prompts >= MaxPromptsPerRequest) {
        fail(name, refused);
        return;
    }
    ++state.prompts;
    Prompt prompt;
    prompt.proxy = name;
    prompt.realm = authenticator->realm();
    prompt.user = !state.lastUser.isEmpty() ? state.lastUser
        : !state.rememberedUser.isEmpty()   ? state.rememberedUser
                                            : proxy.user();
    prompt.refused = refused;
    prompt.remembered = !state.rememberedUser.isEmpty();

    m_prompting = true;
    const std::optional<Answer> answer = m_prompt(prompt);
    m_prompting = false;
    ProxyState &after = m_states[name]; // the prompt ran an event loop
    if (!answer || answer->user.isEmpty()) {
        after.declined = true;
        fail(name, refused);
        return;
    }
    const Credentials entered{answer->user, answer->password};
    after.session = entered;
    storeRemembered(name, entered, answer->remember);
    offer(&after, entered, authenticator);
}

void ProxyAuthenticator::onReplyFinished(QNetworkReply *reply)
{
    if (m_states.isEmpty())
        return;
    const auto it = m_states.find(proxyNameFor(reply->url()));
    if (it == m_states.end())
        return;
    ProxyState &state = *it;
    if (reply->error() == QNetworkReply::ProxyAuthenticationRequiredError) {
        if (state.offered)
            dropOffered(&state);
    } else if (reply->error() != QNetworkReply::OperationCanceledError && state.offered) {
        state.session = state.offered; // the proxy let them through
        state.offered.reset();
    }
    // The request is over: the next one may ask again.
    state.prompts = 0;
    state.declined = false;
}

void ProxyAuthenticator::dropOffered(ProxyState *state)
{
    if (state->session == state->offered)
        state->session.reset();
    if (state->remembered == state->offered)
        state->remembered.reset();
    state->offered.reset();
}

void ProxyAuthenticator::offer(ProxyState *state, const Credentials &credentials,
                               QAuthenticator *authenticator)
{
    state->offered = credentials;
    state->lastUser = credentials.user;
    authenticator->setUser(credentials.user);
    authenticator->setPassword(credentials.password);
}

void ProxyAuthenticator::fail(const QString &proxy, bool credentialsRefused)
{
    m_lastFailure = {proxy, credentialsRefused};
    emit signInFailed(proxy, credentialsRefused);
}

void ProxyAuthenticator::storeRemembered(const QString &proxy, const Credentials &credentials,
                                         bool remember)
{
    if (!m_settings || !m_secrets)
        return;
    if (!remember) {
        // Unticking "Remember" forgets what was remembered, even a password that still works.
        ProxyState &state = m_states[proxy];
        state.remembered.reset();
        state.rememberedUser.clear();
        if (m_settings->contains(settingsKey(proxy))) {
            m_settings->remove(settingsKey(proxy));
            m_secrets->remove(secretAccount(proxy));
        }
        return;
    }
    SecretJob *job = m_secrets->write(secretAccount(proxy), credentials.password.toUtf8());
    connect(job, &SecretJob::finished, this,
            [this, proxy, user = credentials.user](const SecretResult &result) {
                if (!result.isOk()) {
                    emit rememberFailed(proxy,
                                        result.message.isEmpty() ? keychainAdvice(result.status)
                                                                 : result.message);
                    return;
                }
                // The user name goes into the settings only once the keychain holds the password.
                m_settings->setValue(settingsKey(proxy), user);
                m_states[proxy].rememberedUser = user;
            });
}

QString ProxyAuthenticator::proxyNameFor(const QUrl &url) const
{
    const QNetworkProxy proxy = proxyForUrl(m_network, url);
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy)
        return QString();
    return proxyName(proxy);
}
