// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include "http/headervalidation.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
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
    if (m_finished || !m_transfer)
        return;
    m_transfer->abort(TransportError::Canceled, tr("The request was cancelled."));
}

void ApiCall::finishRefused(Refusal refusal, const QString &text)
{
    m_exchange.refusal = refusal;
    m_exchange.refusalText = text;
    // Queued, so a caller can connect to finished() after send() returns.
    QTimer::singleShot(0, this, [this] { finish(); });
}

void ApiCall::start(HttpTransport *transport, const HttpTransportRequest &request)
{
    m_maxBodyBytes = request.maxBodyBytes;
    // The transfer may fail at once (a bad header); report that queued, like every answer.
    HttpTransfer *transfer = transport->start(request, m_clock, this);
    m_transfer = transfer;
    if (transfer->isFinished()) {
        QTimer::singleShot(0, this, [this] { onTransferFinished(); });
        return;
    }
    connect(transfer, &HttpTransfer::progress, this, &ApiCall::progress);
    connect(transfer, &HttpTransfer::finished, this, &ApiCall::onTransferFinished);
}

void ApiCall::onTransferFinished()
{
    if (m_finished || !m_transfer)
        return;
    const Exchange &result = m_transfer->result();
    m_exchange.timings = result.timings;
    m_exchange.timings.totalMs = m_clock.elapsed();
    m_exchange.status = result.status;
    m_exchange.reason = result.reason;
    m_exchange.headers = result.headers;
    m_exchange.tlsErrors = result.tlsErrors;
    m_exchange.transportError = result.transportError;
    m_exchange.errorText = result.errorText;
    if (m_exchange.transportError == TransportError::None) {
        m_exchange.body = result.body;
    } else {
        m_exchange.body.clear(); // partial data is never shown as if it were the answer
        if (m_exchange.transportError == TransportError::BodyTooLarge)
            m_exchange.errorText = tr("The response body was larger than %1 MiB and was abandoned.")
                                       .arg(m_maxBodyBytes / (1024 * 1024));
        if (m_exchange.errorText.isEmpty())
            m_exchange.errorText =
                tr("The request failed (%1).").arg(transportErrorId(m_exchange.transportError));
    }
    finish();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_transfer)
        m_transfer->disconnect(this);
    emit finished(m_exchange);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_transport(new HttpTransport(network, this))
{
    // The manager carries no request of ours any more (HttpTransport does), but it stays as
    // safe as before for anyone who shares it, and its proxy settings are the transport's.
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

    HttpTransportRequest wire;
    wire.method = request.method;
    wire.url = exchange.request.url;
    wire.body = request.body;
    wire.timeoutMs = environment.timeoutMs > 0 ? environment.timeoutMs
                                               : QNetworkRequest::DefaultTransferTimeoutConstant;
    wire.maxBodyBytes = m_maxBodyBytes;
    if (environment.baseUrl.scheme() == u"https") {
        wire.ssl = ssl;
        wire.trustKey = environment.caFile;
    }

    HeaderList sentHeaders;
    const auto addHeader = [&wire, &sentHeaders](const QByteArray &name, const QByteArray &value,
                                                 const QByteArray &shown) {
        wire.headers.append({name, value});
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
    Q_ASSERT(originOf(wire.url) == environment.origin());
    addHeader(ApiKeyHeader, credentials.apiKey, redactedKey(credentials.apiKey).toUtf8());
    exchange.request.headers = sentHeaders;

    call->start(m_transport, wire);
    return call;
}
