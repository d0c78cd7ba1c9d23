// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

class QAuthenticator;
class QNetworkAccessManager;
class QNetworkProxy;
class QNetworkReply;
class QSettings;
class QUrl;
class SecretStore;

// Signs in to an authenticating proxy for the network manager (its proxyAuthenticationRequired
// signal), so that users behind a company proxy can reach the API.
//
// Qt itself first tries the credentials in the proxy (https_proxy=http://user:pass@host:port;
// measured on 6.4.2) and the ones it cached after an earlier sign-in, and asks here only when
// there are none or the proxy refused them. This answers, in order, with the credentials
// entered earlier in this session, the remembered ones (user name in the settings, password
// only in the secret store, read ahead by loadRemembered() because the signal must be answered
// at once), and finally the prompt, if there is one. Credentials the proxy refused are dropped
// and never offered again, and the prompt is told. When nothing is left, or the user cancels,
// the authenticator stays empty and the request fails with 407, which names the proxy.
//
// Never a loop: at most MaxPromptsPerRequest prompts until a request through that proxy
// finishes, and none after a cancel until then. No credential is ever logged.
class ProxyAuthenticator : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxPromptsPerRequest = 3;

    // What the user is asked; all of it is safe to show.
    struct Prompt
    {
        QString proxy; // "host:port"
        QString realm; // the proxy's own words, untrusted
        QString user; // a user name to start from
        bool refused = false; // the proxy refused the previous user name or password
        bool remembered = false; // credentials for this proxy are remembered now
    };

    struct Answer
    {
        QString user;
        QString password;
        bool remember = false; // keep in the OS keychain rather than for this session only
    };

    // Asks the user synchronously (a modal dialog); nullopt when they cancel.
    using PromptFunction = std::function<std::optional<Answer>(const Prompt &)>;

    // A sign-in that ended with no credentials given.
    struct Failure
    {
        QString proxy; // "host:port"; empty when nothing failed
        bool credentialsRefused = false; // some were given and the proxy refused them
    };

    // settings and secrets may be null (hero-cli): then nothing is remembered.
    ProxyAuthenticator(QNetworkAccessManager *network, QSettings *settings, SecretStore *secrets,
                       QObject *parent = nullptr);
    ~ProxyAuthenticator() override;

    void setPrompt(PromptFunction prompt) { m_prompt = std::move(prompt); }
    // Reads the remembered passwords from the secret store; rememberedLoaded() follows.
    void loadRemembered();
    QStringList rememberedProxies() const;

    Failure lastFailure() const { return m_lastFailure; }

    // "host:port", how proxies are named to the user, in settings and in the keychain.
    static QString proxyName(const QNetworkProxy &proxy);
    // The secret store's account for a proxy's password: "proxy/host:port".
    static QString secretAccount(const QString &proxy);

signals:
    void rememberedLoaded();
    // A sign-in ended without credentials; the request fails with 407.
    void signInFailed(const QString &proxy, bool credentialsRefused);
    // "Remember" could not store the password; it is kept for this session only.
    void rememberFailed(const QString &proxy, const QString &message);

private:
    struct Credentials
    {
        QString user;
        QString password;
        bool operator==(const Credentials &other) const
        {
            return user == other.user && password == other.password;
        }
    };

    struct ProxyState
    {
        std::optional<Credentials> session; // entered, or accepted by the proxy, this session
        std::optional<Credentials> remembered; // read from the secret store
        std::optional<Credentials> offered; // handed to Qt and not yet seen to get through
        QString rememberedUser; // from the settings, even before (or without) the password
        QString lastUser; // the user name offered last, to fill the prompt in with
        int prompts = 0; // prompts since a request through this proxy last finished
        bool declined = false; // the user cancelled since then
        bool triedWindowsSignIn = false; // Windows: Qt answered NTLM/Negotiate with the logon
    };

    void onProxyAuthenticationRequired(const QNetworkProxy &proxy, QAuthenticator *authenticator);
    void onReplyFinished(QNetworkReply *reply);
    // The previous offer was refused: it is never offered again.
    void dropOffered(ProxyState *state);
    void offer(ProxyState *state, const Credentials &credentials, QAuthenticator *authenticator);
    void fail(const QString &proxy, bool credentialsRefused);
    void storeRemembered(const QString &proxy, const Credentials &credentials, bool remember);
    QString proxyNameFor(const QUrl &url) const;

    const QPointer<QNetworkAccessManager> m_network;
    QSettings *const m_settings;
    SecretStore *const m_secrets;
    PromptFunction m_prompt;
    QHash<QString, ProxyState> m_states;
    Failure m_lastFailure;
    int m_pendingLoads = 0;
    bool m_prompting = false;
};
