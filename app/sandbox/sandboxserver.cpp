// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "sandboxcatalogue.h"
#include "sandboxconnection.h"
#include "sandboxjudge.h"

#include <QDateTime>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#endif

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

#if QT_CONFIG(ssl)
QTcpServer *createTlsListener(const QString &certFile, const QString &keyFile, QObject *parent,
                              QString *error)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty()) {
        fail(error, QStringLiteral("cannot read a PEM certificate from %1").arg(certFile));
        return nullptr;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, QStringLiteral("cannot read %1: %2").arg(keyFile, file.errorString()));
        return nullptr;
    }
    const QByteArray pem = file.readAll();
    QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
    if (key.isNull()) {
        fail(error,
             QStringLiteral("cannot read an unencrypted RSA or EC PEM key from %1").arg(keyFile));
        return nullptr;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(parent);
    server->setSslConfiguration(configuration);
    return server;
}
#endif

} // namespace

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

SandboxServer::~SandboxServer()
{
    stop();
}

bool SandboxServer::start(const SandboxOptions &options, QString *error)
{
    if (isRunning())
        return fail(error, QStringLiteral("the sandbox is already running"));

    QString problem;
    std::optional<SandboxFixture> fixture;
    if (options.fixtureFile.isEmpty()) {
        fixture = SandboxFixture::builtIn(&problem);
        if (!fixture)
            return fail(error, QStringLiteral("fixture: ") + problem);
    } else {
        QFile file(options.fixtureFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(
                error,
                QStringLiteral("fixture %1: %2").arg(options.fixtureFile, file.errorString()));
        fixture = SandboxFixture::load(file.readAll(), &problem);
        if (!fixture)
            return fail(error, QStringLiteral("fixture %1: %2").arg(options.fixtureFile, problem));
    }
    std::optional<SandboxCatalogue> catalogue = SandboxCatalogue::builtIn(&problem);
    if (!catalogue)
        return fail(error, problem);

    SandboxRateSettings rate;
    rate.limit = options.rateLimit == -1 ? fixture->rateLimitRequests : options.rateLimit;
    rate.windowSeconds = options.rateWindowSeconds == -1 ? fixture->rateLimitWindowSeconds
                                                         : options.rateWindowSeconds;
    rate.headers = options.rateHeaders;
    if (rate.limit < 1)
        return fail(error, QStringLiteral("the rate limit must be at least 1 request"));
    if (rate.windowSeconds < 1)
        return fail(error, QStringLiteral("the rate window must be at least 1 second"));

    const bool tls = !options.tlsCertFile.isEmpty() || !options.tlsKeyFile.isEmpty();
    QTcpServer *listener = nullptr;
    if (tls) {
        if (options.tlsCertFile.isEmpty() || options.tlsKeyFile.isEmpty())
            return fail(error, QStringLiteral("TLS needs both a certificate and a key"));
#if QT_CONFIG(ssl)
        listener = createTlsListener(options.tlsCertFile, options.tlsKeyFile, this, error);
        if (!listener)
            return false;
#else
        return fail(error, QStringLiteral("this build of Qt has no TLS support"));
#endif
    } else {
        listener = new QTcpServer(this);
    }
    if (!listener->listen(options.bind, options.port)) {
        const QString reason = listener->errorString();
        listener->deleteLater();
        return fail(error,
                    QStringLiteral("cannot listen on %1 port %2: %3")
                        .arg(options.bind.toString())
                        .arg(options.port)
                        .arg(reason));
    }
    // A TLS listener queues a connection only once its handshake is done.
    connect(listener, &QTcpServer::pendingConnectionAvailable, this,
            &SandboxServer::acceptConnections);

    m_judge = std::make_unique<SandboxJudge>(std::move(*fixture), std::move(*catalogue), rate);
    m_listener = listener;
    m_options = options;
    m_tls = tls;
    return true;
}

void SandboxServer::acceptConnections()
{
    while (m_listener && m_listener->hasPendingConnections()) {
        QTcpSocket *socket = m_listener->nextPendingConnection();
        if (!socket)
            break;
        auto *connection = new SandboxConnection(
            socket,
            [this](const SandboxRequest &request) { return m_judge->judge(request, m_clock()); },
            m_options.faults, this);
        m_connections.append(connection);
        connect(connection, &SandboxConnection::closed, this, [this, connection] {
            m_connections.removeAll(connection);
            connection->deleteLater();
        });
    }
}

void SandboxServer::stop()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    const QList<QPointer<SandboxConnection>> connections = m_connections;
    for (const QPointer<SandboxConnection> &connection : connections) {
        if (connection)
            connection->abort(); // emits closed(), which schedules its deletion
    }
    m_connections.clear();
}

bool SandboxServer::isRunning() const
{
    return m_listener && m_listener->isListening();
}

QUrl SandboxServer::baseUrl() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress &bind = m_options.bind;
    if (bind == QHostAddress(QHostAddress::Any) || bind == QHostAddress(QHostAddress::AnyIPv4)
        || bind == QHostAddress(QHostAddress::LocalHost))
        url.setHost(QStringLiteral("127.0.0.1"));
    else if (bind == QHostAddress(QHostAddress::AnyIPv6))
        url.setHost(QStringLiteral("::1"));
    else
        url.setHost(bind.toString());
    url.setPort(port());
    return url;
}

quint16 SandboxServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

const SandboxFixture &SandboxServer::fixture() const
{
    static const SandboxFixture empty;
    return m_judge ? m_judge->fixture() : empty;
}

void SandboxServer::setClock(std::function<qint64()> msecsSinceEpoch)
{
    m_clock = std::move(msecsSinceEpoch);
}

QUrl startSandboxOnce(std::unique_ptr<SandboxServer> *server, QString *error)
{
    if (!*server) {
        auto started = std::make_unique<SandboxServer>();
        if (!started->start(SandboxOptions(), error))
            return QUrl();
        *server = std::move(started);
    }
    return (*server)->baseUrl();
}
