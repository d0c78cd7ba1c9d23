// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include "http/headervalidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace {

const QByteArray ApiKeyHeader = QByteArrayLiteral("x-api-key");
const QByteArray PracticeGroupHeader = QByteArrayLiteral("x-practice-group-id");

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiClient", text);
}

bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    // Qt reports 4xx/5xx answers as errors in these ranges; they are answers, not failures.
    return (error >= QNetworkReply::ContentAccessDenied
            && error <= QNetworkReply::UnknownContentError)
        || (error >= QNetworkReply::ProtocolInvalidOperationError
            && error <= QNetworkReply::ProtocolInvalidOperationError)
        || (error >= QNetworkReply::InternalServerError
            && error <= QNetworkReply::UnknownServerError)
        || error == QNetworkReply::ProxyAuthenticationRequiredError;
}

TransportError transportErrorFrom(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportError::None;
    case QNetworkReply::HostNotFoundError:
        return TransportError::HostNotFound;
    case QNetworkReply::ConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return TransportError::ConnectionReset;
    case QNetworkReply::TimeoutError:
        return TransportError::TimedOut;
    case QNetworkReply::OperationCanceledError:
        return TransportError::Canceled;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return TransportError::TlsFailure;
    default:
        return TransportError::Other;
    }
}

// Whether the body is shorter than the Content-Length the server announced. Qt 6.4 reports a
// connection closed mid-body as RemoteHostClosedError, but for some error statuses (404, 503)
// its own status error wins the race and hides it. Only an uncompressed body can be measured:
// for a compressed one Qt counts decompressed bytes.
bool bodyCutShort(const QNetworkReply *reply, const QByteArray &method, int status, qint64 bodySize)
{
    if (method == "HEAD" || status < 200 || status == 204 || status == 304)
        return false;
    const QByteArray encoding = reply->rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return false;
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    return announced.isValid() && bodySize < announced.toLongLong();
}

bool isValidMethod(const QByteArray &method)
{
    static const QByteArrayList methods = {"GET",    "POST", "PUT",    "PATCH",
                                           "DELETE", "HEAD", "OPTIONS"};
    return methods.contains(method);
}

QString pathProblem(const QString &path)
{
    if (!path.startsWith(u'/'))
        return tr("The path must start with '/' (for example /v1/me).");
    if (path.startsWith(u"//"))
        return tr("The path must not start with '//'.");
    for (const QChar c : path) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return tr("The path contains a space or a control character.");
        if (c == u'#' || c == u'?')
            return tr(
                "The path must not contain '?' or '#'; put query parameters in the query list.");
    }
    return QString();
}

} // namespace

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_exchange.startedAt = QDateTime::currentDateTimeUtc();
}

ApiCall::~ApiCall() = default;

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (m_reply) {
        m_abortReason = TransportError::Canceled;
        m_reply->abort();
    }
}

void ApiCall::finishRefused(Refusal refusal, const QString &text)
{
    m_exchange.refusal = refusal;
    m_exchange.refusalText = text;
    // Queued, so a caller can connect to finished() after send() returns.
    QTimer::singleShot(0, this, [this] { finish(); });
}

void ApiCall::start(QNetworkReply *reply, qint64 maxBodyBytes)
{
    m_reply = reply;
    m_maxBodyBytes = maxBodyBytes;
    reply->setParent(this); // the call owns its reply from here on

    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_connectStartedMs = m_clock.elapsed(); });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        const qint64 now = m_clock.elapsed();
        m_exchange.timings.connectMs = now;
        if (m_connectStartedMs >= 0)
            m_exchange.timings.tlsMs = now - m_connectStartedMs;
    });
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        if (m_exchange.timings.connectMs < 0 && m_connectStartedMs >= 0)
            m_exchange.timings.connectMs = m_clock.elapsed();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_exchange.timings.firstByteMs < 0)
            m_exchange.timings.firstByteMs = m_clock.elapsed();
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBodyBytes)
            abortWith(TransportError::BodyTooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        emit progress(received, total);
        if (received > m_maxBodyBytes)
            abortWith(TransportError::BodyTooLarge);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the errors become evidence.
        for (const QSslError &error : errors)
            m_exchange.tlsErrors.append(error.errorString());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::abortWith(TransportError error)
{
    if (m_abortReason != TransportError::None || !m_reply)
        return;
    m_abortReason = error;
    m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_exchange.timings.totalMs = m_clock.elapsed();
    m_exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_exchange.headers = reply->rawHeaderPairs();

    const QNetworkReply::NetworkError error = reply->error();
    const bool httpAnswer = m_exchange.status > 0
        && (error == QNetworkReply::NoError
            || (isHttpStatusError(error)
                && !(error == QNetworkReply::UnknownContentError && m_exchange.status < 400)));

    if (m_abortReason != TransportError::None) {
        m_exchange.transportError = m_abortReason;
        m_exchange.errorText = m_abortReason == TransportError::BodyTooLarge
            ? tr("The response body was larger than %1 MiB and was abandoned.")
                  .arg(m_maxBodyBytes / (1024 * 1024))
            : tr("The request was cancelled.");
    } else if (!httpAnswer) {
        TransportError transport = transportErrorFrom(error);
        // Qt 6.4 reports its own transfer timeout as a cancel; the user did not cancel.
        if (transport == TransportError::Canceled)
            transport = TransportError::TimedOut;
        // A status with a connection closed early means the body was cut short.
        if (transport == TransportError::ConnectionReset && m_exchange.status > 0)
            transport = TransportError::BodyTruncated;
        if (!m_exchange.tlsErrors.isEmpty())
            transport = TransportError::TlsFailure;
        m_exchange.transportError = transport;
        m_exchange.errorText = reply->errorString();
    }

    const QByteArray body = reply->readAll();
    if (m_exchange.transportError == TransportError::None
        && bodyCutShort(reply, m_exchange.request.method, m_exchange.status, body.size())) {
        m_exchange.transportError = TransportError::BodyTruncated;
        m_exchange.errorText =
            tr("The connection closed after %1 of the %2 bytes the server "
               "announced.")
                .arg(body.size())
                .arg(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    }
    if (m_exchange.transportError == TransportError::None)
        m_exchange.body = body;
    else
        m_exchange.body.clear(); // partial data is never shown as if it were the answer
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply)
        m_reply->disconnect(this);
    emit finished(m_exchange);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
    m_network->setTransferTimeout(QNetworkRequest::DefaultTransferTimeoutConstant);
}

QUrl ApiClient::urlFor(const Environment &environment, const ApiRequest &request)
{
    QString base = environment.baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    QUrl url(base + request.path, QUrl::StrictMode);
    if (!request.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &item : request.query)
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(query);
    }
    return url;
}

Refusal ApiClient::check(const Environment &environment, const Credentials &credentials,
                         const ApiRequest &request, QString *why)
{
    const auto refuse = [why](Refusal refusal, const QString &text) {
        if (why)
            *why = text;
        return refusal;
    };
    if (const QString problem = baseUrlProblem(environment.baseUrl); !problem.isEmpty())
        return refuse(Refusal::InvalidBaseUrl, problem);
    if (!isValidMethod(request.method))
        return refuse(Refusal::InvalidHeader,
                      tr("The method %1 is not supported.")
                          .arg(QString::fromLatin1(request.method.left(16))));
    if (const QString problem = pathProblem(request.path); !problem.isEmpty())
        return refuse(Refusal::InvalidPath, problem);
    if (const QString problem = apiKeyProblem(credentials.apiKey); !problem.isEmpty())
        return refuse(Refusal::InvalidApiKey, problem);
    if (const QString problem = practiceGroupIdProblem(credentials.practiceGroupId);
        !problem.isEmpty())
        return refuse(Refusal::InvalidPracticeGroup, problem);
    for (const auto &header : request.extraHeaders) {
        const QByteArray name = header.first.toLower();
        if (name == ApiKeyHeader || name == PracticeGroupHeader || name == "host")
            return refuse(Refusal::InvalidHeader,
                          tr("The header %1 is set by the explorer and cannot be added by hand.")
                              .arg(QString::fromLatin1(header.first)));
        if (QString problem = headerNameProblem(header.first); !problem.isEmpty())
            return refuse(Refusal::InvalidHeader, problem);
        if (QString problem = headerValueProblem(header.second); !problem.isEmpty())
            return refuse(Refusal::InvalidHeader,
                          tr("Header %1: %2").arg(QString::fromLatin1(header.first), problem));
    }
    const QUrl url = urlFor(environment, request);
    // The base URL is valid by now, so an invalid whole is the path's doing (a stray '%', a '\').
    if (!url.isValid())
        return refuse(Refusal::InvalidPath,
                      tr("The path is not a valid URL path; percent-encode characters such as "
                         "'%' and '\\'."));
    if (originOf(url) != environment.origin())
        return refuse(Refusal::OriginMismatch,
                      tr("The request would leave %1; the key is only sent to that origin.")
                          .arg(environment.origin()));
    if (environment.isProduction() && request.method != "GET" && request.method != "HEAD"
        && !request.confirmedForProduction)
        return refuse(Refusal::ProductionGuard,
                      tr("%1 requests to production must be confirmed first.")
                          .arg(QString::fromLatin1(request.method)));
    return Refusal::None;
}

bool ApiClient::sslConfigurationFor(const Environment &environment, QSslConfiguration *config,
                                    QString *why)
{
    *config = QSslConfiguration::defaultConfiguration();
    if (environment.caFile.isEmpty())
        return true;
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(environment.caFile);
    if (certificates.isEmpty()) {
        *why = tr("The CA file %1 could not be read as PEM certificates.").arg(environment.caFile);
        return false;
    }
    config->addCaCertificates(certificates);
    return true;
}

ApiCall *ApiClient::send(const Environment &environment, const Credentials &credentials,
                         const ApiRequest &request)
{
    auto *call = new ApiCall(this);
    connect(call, &ApiCall::finished, this, &ApiClient::exchangeFinished);
    Exchange &exchange = call->m_exchange;
    exchange.request.method = request.method;
    exchange.request.url = urlFor(environment, request);
    exchange.request.body = request.body;

    QString why;
    const Refusal refusal = check(environment, credentials, request, &why);
    if (refusal != Refusal::None) {
        call->finishRefused(refusal, why);
        return call;
    }
    QSslConfiguration ssl;
    if (!sslConfigurationFor(environment, &ssl, &why)) {
        call->finishRefused(Refusal::InvalidCaFile, why);
        return call;
    }

    QNetworkRequest networkRequest(exchange.request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Debian's 6.4.2 lacks the HPACK fix (CVE-2023-51714).
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
#endif
    networkRequest.setTransferTimeout(environment.timeoutMs > 0
                                          ? environment.timeoutMs
                                          : QNetworkRequest::DefaultTransferTimeoutConstant);
    if (environment.baseUrl.scheme() == u"https") {
        networkRequest.setSslConfiguration(ssl);
        // Qt keys kept-alive connections on scheme, host, port and peer verify name only, so a
        // connection trusted through this CA would be reused by an environment that trusts the
        // system store alone. Naming the peer (as itself: verification is unchanged) keeps the
        // two apart.
        if (!environment.caFile.isEmpty())
            networkRequest.setPeerVerifyName(exchange.request.url.host());
    }

    HeaderList sentHeaders;
    const auto addHeader = [&networkRequest, &sentHeaders](const QByteArray &name,
                                                           const QByteArray &value,
                                                           const QByteArray &shown) {
        networkRequest.setRawHeader(name, value);
        sentHeaders.append({name, shown});
    };
    addHeader("Accept", "application/json", "application/json");
    if (!request.body.isEmpty()) {
        bool hasContentType = false;
        for (const auto &header : request.extraHeaders)
            hasContentType |= header.first.compare("content-type", Qt::CaseInsensitive) == 0;
        if (!hasContentType)
            addHeader("Content-Type", "application/json", "application/json");
    }
    for (const auto &header : request.extraHeaders)
        addHeader(header.first, header.second, header.second);
    addHeader(PracticeGroupHeader, credentials.practiceGroupId, credentials.practiceGroupId);
    // The key is attached last, once the URL is known to be the environment's own origin.
    Q_ASSERT(originOf(networkRequest.url()) == environment.origin());
    addHeader(ApiKeyHeader, credentials.apiKey, redactedKey(credentials.apiKey).toUtf8());
    exchange.request.headers = sentHeaders;

    QNetworkReply *reply = nullptr;
    // A custom "HEAD" would make Qt wait for the body that Content-Length announces.
    if (request.method == "HEAD")
        reply = m_network->head(networkRequest);
    else if (request.body.isEmpty() && (request.method == "GET" || request.method == "DELETE"))
        reply = m_network->sendCustomRequest(networkRequest, request.method);
    else
        reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    call->start(reply, m_maxBodyBytes);
    return call;
}
