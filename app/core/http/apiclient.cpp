// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "apiclient.h"

#include "http/headernames.h"
#include "http/headervalidation.h"
#include "http/proxyfactory.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

namespace {

// Past this many decompressed bytes Qt checks the compression ratio (at most 40:1 for gzip and
// deflate) and abandons the body as a decompression bomb. Qt's own default, set explicitly.
constexpr qint64 DecompressedSafetyCheckBytes = 10 * 1024 * 1024;

// The texts of this file, in the context "ApiClient" for lupdate and the translators.
struct ApiClientTexts
{
    Q_DECLARE_TR_FUNCTIONS(ApiClient)
};

// Qt 6.4 reports 4xx/5xx answers as errors in these ranges; they are answers, not failures.
// UnknownContentError also stands for a body Qt could not decompress: only a 4xx is an answer.
// A 407 from a proxy is classified before this is asked.
bool isHttpStatusError(QNetworkReply::NetworkError error, int status)
{
    if (error == QNetworkReply::UnknownContentError)
        return status >= 400;
    return (error >= QNetworkReply::ContentAccessDenied
            && error < QNetworkReply::UnknownContentError)
        || error == QNetworkReply::ProtocolInvalidOperationError
        || (error >= QNetworkReply::InternalServerError
            && error <= QNetworkReply::UnknownServerError)
        || error == QNetworkReply::ProxyAuthenticationRequiredError; // the origin itself said 407
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
    case QNetworkReply::OperationCanceledError: // Qt 6.4's transfer timeout, not a user's cancel
        return TransportError::TimedOut;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return TransportError::TlsFailure;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return TransportError::ProxyAuthenticationRequired;
    default:
        return TransportError::Other;
    }
}

// The length the server announced for the body, when Qt still knows it: Qt 6.4 removes
// Content-Length from a body it decompresses, whose length it counted in compressed bytes.
qint64 announcedLength(const QNetworkReply *reply, const QByteArray &method, int status)
{
    if (method == "HEAD" || status < 200 || status == 204 || status == 304)
        return -1;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    return length.isValid() ? length.toLongLong() : -1;
}

// The name a certificate must carry, spelt so that Qt keeps connections trusted through
// different CA files apart. Qt keys its kept-alive connections by scheme, host, port and the
// exact peer verify name, but matches certificate names case-insensitively: the host itself,
// in a letter case of its own for each CA file, verifies as the host does and shares a
// connection only with requests trusting the same CA file. CA files are numbered in the order
// this process first uses them (from 1, so the spelling always differs from the plain host);
// the number's bits say which letters are upper case. (An IP-literal host has no letters:
// there, only "some CA file" and "none" are kept apart.)
QString peerVerifyNameFor(const QString &host, const QString &caFile)
{
    static QMutex mutex;
    static QHash<QString, quint64> numbers;
    quint64 pattern = 0;
    {
        const QMutexLocker locker(&mutex);
        pattern = numbers.value(caFile);
        if (pattern == 0) {
            pattern = quint64(numbers.size()) + 1;
            numbers.insert(caFile, pattern);
        }
    }
    QString name = host.toLower();
    for (QChar &c : name) {
        if (c.isLower()) {
            if (pattern & 1)
                c = c.toUpper();
            pattern >>= 1;
        }
    }
    return name;
}

// Why a request to this environment could not be given the TLS settings it needs; the
// configuration trusts the environment's CA file on top of the system's store.
QString sslConfigurationFor(const Environment &environment, QSslConfiguration *config)
{
    *config = QSslConfiguration::defaultConfiguration();
    if (environment.caFile.isEmpty())
        return QString();
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(environment.caFile);
    if (certificates.isEmpty())
        return ApiClientTexts::tr("The CA file %1 could not be read as PEM certificates.")
            .arg(environment.caFile);
    config->addCaCertificates(certificates);
    return QString();
}

// Which QNetworkAccessManager call sends the request.
enum class Verb { Get, Head, Delete, Custom };

Verb verbFor(const QByteArray &method, const QByteArray &body)
{
    // A custom "HEAD" would make Qt 6.4 wait for the body that Content-Length announces.
    if (method == "HEAD")
        return Verb::Head;
    if (method == "GET" && body.isEmpty())
        return Verb::Get;
    if (method == "DELETE" && body.isEmpty())
        return Verb::Delete;
    return Verb::Custom;
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
        return ApiClientTexts::tr("The path must start with '/' (for example /v1/me).");
    if (path.startsWith(u"//"))
        return ApiClientTexts::tr("The path must not start with '//'.");
    for (const QChar c : path) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f)
            return ApiClientTexts::tr("The path contains a space or a control character.");
        if (c == u'#' || c == u'?')
            return ApiClientTexts::tr(
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
    abortWith(TransportError::Canceled);
}

void ApiCall::finishRefused(Refusal refusal, const QString &text)
{
    m_exchange.refusal = refusal;
    m_exchange.refusalText = text;
    // Queued, so a caller can connect to finished() after send() returns.
    QTimer::singleShot(0, this, [this] { finish(); });
}

void ApiCall::start(QNetworkAccessManager *network, QNetworkReply *reply, qint64 maxBodyBytes)
{
    m_network = network;
    m_reply = reply;
    m_maxBodyBytes = maxBodyBytes;
    reply->setParent(this); // the call owns its reply from here on

    // Timings come from the reply's own signals. A reused connection starts no socket, so its
    // connect and TLS steps stay unknown (-1) rather than borrowed from another call.
    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_connectStartedMs = m_clock.elapsed(); });
    if (m_exchange.request.url.scheme() == u"https") {
        connect(reply, &QNetworkReply::encrypted, this, [this] {
            if (m_connectStartedMs >= 0 && m_exchange.timings.tlsMs < 0)
                m_exchange.timings.tlsMs = m_clock.elapsed();
        });
        connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            // Never ignored: the handshake fails and the errors become evidence. Kept as values:
            // Qt's words for them are translated once a translation loads.
            for (const QSslError &error : errors) {
                if (!m_exchange.tlsErrors.contains(error.error()))
                    m_exchange.tlsErrors.append(error.error());
            }
        });
    } else {
        connect(reply, &QNetworkReply::requestSent, this, [this] {
            // Over plain HTTP Qt writes the request as soon as the socket connects.
            if (m_connectStartedMs >= 0 && m_exchange.timings.connectMs < 0)
                m_exchange.timings.connectMs = m_clock.elapsed();
        });
    }
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        onFirstByte();
        // Qt 6.4 skips 100 Continue but hands any other interim (1xx) status up as the answer.
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 100 && status < 200) {
            abortWith(TransportError::ProtocolError);
            return;
        }
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxBodyBytes)
            abortWith(TransportError::BodyTooLarge);
    });
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onFirstByte()
{
    if (m_exchange.timings.firstByteMs < 0)
        m_exchange.timings.firstByteMs = m_clock.elapsed();
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_abortReason != TransportError::None)
        return;
    onFirstByte();
    // Read while it streams, so the cap holds for the decompressed bytes and no more than one
    // read's worth past it is ever held.
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBodyBytes) {
        abortWith(TransportError::BodyTooLarge);
        return;
    }
    const QVariant total = m_reply->header(QNetworkRequest::ContentLengthHeader);
    emit progress(m_body.size(), total.isValid() ? total.toLongLong() : -1);
}

void ApiCall::abortWith(TransportError error)
{
    if (m_finished || m_abortReason != TransportError::None || !m_reply)
        return;
    m_abortReason = error;
    m_reply->abort(); // finishes the reply at once, with OperationCanceledError
}

void ApiCall::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_exchange.timings.totalMs = m_clock.elapsed();
    m_exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_exchange.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
    m_exchange.headers = reply->rawHeaderPairs();
    if (m_abortReason == TransportError::None && reply->isReadable())
        m_body += reply->readAll();
    classify(reply);
    if (m_exchange.transportError == TransportError::None)
        m_exchange.body = m_body;
    else if (m_exchange.errorText.isEmpty())
        m_exchange.errorText = ApiClientTexts::tr("The request failed (%1).")
                                   .arg(transportErrorId(m_exchange.transportError));
    m_body.clear(); // partial data is never shown as if it were the answer
    finish();
}

// What the reply amounts to: an HTTP answer, or why there is none. Qt 6.4 reports 4xx/5xx as
// errors, a transfer timeout as a cancel, and some bodies cut short as no error at all.
void ApiCall::classify(QNetworkReply *reply)
{
    Exchange &x = m_exchange;
    const QNetworkReply::NetworkError error = reply->error();
    if (m_abortReason != TransportError::None) {
        x.transportError = m_abortReason;
        if (m_abortReason == TransportError::BodyTooLarge)
            x.errorText =
                ApiClientTexts::tr("The response body was larger than %1 MiB and was abandoned.")
                    .arg(m_maxBodyBytes / (1024 * 1024));
        else if (m_abortReason == TransportError::ProtocolError)
            x.errorText =
                ApiClientTexts::tr("The server ended its answer with the interim status %1, which "
                                   "is never a final answer.")
                    .arg(x.status);
        else
            x.errorText = ApiClientTexts::tr("The request was cancelled.");
        return;
    }
    if (error == QNetworkReply::ProxyAuthenticationRequiredError) {
        const QNetworkProxy proxy = proxyForUrl(m_network, x.request.url);
        if (proxy.type() != QNetworkProxy::NoProxy) {
            x.transportError = TransportError::ProxyAuthenticationRequired;
            x.proxy = proxy.hostName() + u':' + QString::number(proxy.port());
            x.errorText =
                ApiClientTexts::tr("The proxy %1 asks for a user name and password (HTTP 407); the "
                                   "request did not go further.")
                    .arg(x.proxy);
            return;
        }
    }
    if (error == QNetworkReply::OperationCanceledError) {
        // Nobody here aborted it, so Qt's transfer timeout did: nothing moved for that long.
        x.transportError = TransportError::TimedOut;
        x.errorText =
            ApiClientTexts::tr("Nothing was received for %1 ms; the request was abandoned.")
                .arg(reply->request().transferTimeout());
        return;
    }
    if (!x.tlsErrors.isEmpty() && error != QNetworkReply::NoError) {
        x.transportError = TransportError::TlsFailure;
        x.errorText = reply->errorString();
        return;
    }
    if (error == QNetworkReply::UnknownContentError && x.status > 0 && x.status < 400) {
        // Qt 6.4 says only "Decompression failed", for a bomb past its ratio check and for a
        // corrupt body alike; either way the body is abandoned.
        x.transportError = TransportError::BodyTooLarge;
        x.errorText =
            ApiClientTexts::tr("The %1-encoded response body was abandoned: it could not be "
                               "decompressed within the safety limits (more than 40 times its "
                               "compressed size past %2 MiB, or corrupt).")
                .arg(QString::fromLatin1(reply->rawHeader(HeaderName::ContentEncoding)))
                .arg(DecompressedSafetyCheckBytes / (1024 * 1024));
        return;
    }
    // A status and fewer bytes than announced is a body cut short, whatever Qt says: it may
    // report RemoteHostClosedError, its own status error, or no error at all.
    const qint64 announced = announcedLength(reply, x.request.method, x.status);
    if (x.status > 0
        && ((announced >= 0 && m_body.size() < announced)
            || error == QNetworkReply::RemoteHostClosedError)) {
        x.transportError = TransportError::BodyTruncated;
        x.errorText = announced >= 0
            ? ApiClientTexts::tr(
                  "The connection closed after %1 of the %2 bytes the server announced.")
                  .arg(m_body.size())
                  .arg(announced)
            : ApiClientTexts::tr("The connection closed before the response was complete.");
        return;
    }
    if (x.status > 0 && (error == QNetworkReply::NoError || isHttpStatusError(error, x.status)))
        return; // an HTTP answer, whatever its status
    x.transportError = transportErrorFrom(error);
    if (x.transportError == TransportError::None) // no status and no error: not an answer
        x.transportError = TransportError::Other;
    x.errorText = reply->errorString();
}

void ApiCall::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_reply)
        m_reply->disconnect(this);
    // The client's own report first, as before the caller hears of it; emitted here rather
    // than through a connection made for every call.
    if (auto *client = qobject_cast<ApiClient *>(parent()))
        emit client->exchangeFinished(m_exchange);
    emit finished(m_exchange);
    deleteLater();
}

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    // Each request sets these too; the manager is made as safe for anyone who shares it.
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
                      ApiClientTexts::tr("The method %1 is not supported.")
                          .arg(QString::fromLatin1(request.method.left(16))));
    if (const QString problem = pathProblem(request.path); !problem.isEmpty())
        return refuse(Refusal::InvalidPath, problem);
    if (const QString problem = apiKeyProblem(credentials.apiKey); !problem.isEmpty())
        return refuse(Refusal::InvalidApiKey, problem);
    if (const QString problem = practiceGroupIdProblem(credentials.practiceGroupId);
        !problem.isEmpty())
        return refuse(Refusal::InvalidPracticeGroup, problem);
    for (const auto &header : request.extraHeaders) {
        const QByteArray &name = header.first;
        if (name.compare(HeaderName::ApiKey, Qt::CaseInsensitive) == 0
            || name.compare(HeaderName::PracticeGroupId, Qt::CaseInsensitive) == 0
            || name.compare(HeaderName::Host, Qt::CaseInsensitive) == 0)
            return refuse(Refusal::InvalidHeader,
                          ApiClientTexts::tr(
                              "The header %1 is set by the explorer and cannot be added by hand.")
                              .arg(QString::fromLatin1(header.first)));
        if (QString problem = headerNameProblem(header.first); !problem.isEmpty())
            return refuse(Refusal::InvalidHeader, problem);
        if (QString problem = headerValueProblem(header.second); !problem.isEmpty())
            return refuse(Refusal::InvalidHeader,
                          ApiClientTexts::tr("Header %1: %2")
                              .arg(QString::fromLatin1(header.first), problem));
    }
    const QUrl url = urlFor(environment, request);
    // The base URL is valid by now, so an invalid whole is the path's doing (a stray '%', a '\').
    if (!url.isValid())
        return refuse(Refusal::InvalidPath,
                      ApiClientTexts::tr(
                          "The path is not a valid URL path; percent-encode characters such as "
                          "'%' and '\\'."));
    if (originOf(url) != environment.origin())
        return refuse(
            Refusal::OriginMismatch,
            ApiClientTexts::tr("The request would leave %1; the key is only sent to that origin.")
                .arg(environment.origin()));
    if (environment.isProduction() && request.method != "GET" && request.method != "HEAD"
        && !request.confirmedForProduction)
        return refuse(Refusal::ProductionGuard,
                      ApiClientTexts::tr("%1 requests to production must be confirmed first.")
                          .arg(QString::fromLatin1(request.method)));
    return Refusal::None;
}

PreparedRequest ApiClient::prepare(const Environment &environment, const Credentials &credentials,
                                   const ApiRequest &request)
{
    PreparedRequest prepared;
    prepared.method = request.method;
    prepared.url = urlFor(environment, request);
    prepared.body = request.body;
    // As QNetworkRequest::setRawHeader() does: a name set again loses its earlier value and
    // position, so the list is the wire's, one entry per name.
    const auto set = [&prepared](const QByteArray &name, const QByteArray &value) {
        prepared.headers.removeIf([&name](const QPair<QByteArray, QByteArray> &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        prepared.headers.append({name, value});
    };
    set(HeaderName::Accept, JsonMediaType);
    // Qt writes these itself for a get() or head() that may not come from a cache
    // (AlwaysNetwork), unless Cache-Control is set: here they are part of the prepared request.
    if (const Verb verb = verbFor(request.method, request.body);
        verb == Verb::Get || verb == Verb::Head) {
        set(HeaderName::CacheControl, NoCache);
        set(HeaderName::Pragma, NoCache);
    }
    if (!request.body.isEmpty())
        set(HeaderName::ContentType, JsonMediaType);
    for (const auto &header : request.extraHeaders)
        set(header.first, header.second);
    set(HeaderName::PracticeGroupId, credentials.practiceGroupId);
    set(HeaderName::ApiKey, credentials.apiKey);
    return prepared;
}

ApiCall *ApiClient::send(const Environment &environment, const Credentials &credentials,
                         const ApiRequest &request)
{
    auto *call = new ApiCall(this);
    Exchange &exchange = call->m_exchange;
    const PreparedRequest prepared = prepare(environment, credentials, request);
    // A refused request records no headers: none reached the wire.
    exchange.request = {prepared.method, prepared.url, {}, prepared.body};

    QString why;
    const Refusal refusal = check(environment, credentials, request, &why);
    if (refusal != Refusal::None) {
        call->finishRefused(refusal, why);
        return call;
    }
    QNetworkRequest networkRequest(prepared.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                                QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // HTTP/1.1 only: Debian's 6.4.2 lacks the HPACK fix (CVE-2023-51714), and at 300 requests
    // a minute multiplexing buys nothing.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    networkRequest.setTransferTimeout(environment.timeoutMs > 0
                                          ? environment.timeoutMs
                                          : QNetworkRequest::DefaultTransferTimeoutConstant);
    networkRequest.setDecompressedSafetyCheckThreshold(DecompressedSafetyCheckBytes);
    // Only an https URL touches TLS at all: building a QSslConfiguration initialises the
    // backend, a cost a plain-HTTP call to the sandbox need not pay.
    if (prepared.url.scheme() == u"https") {
        QSslConfiguration ssl;
        if (const QString problem = sslConfigurationFor(environment, &ssl); !problem.isEmpty()) {
            call->finishRefused(Refusal::InvalidCaFile, problem);
            return call;
        }
        networkRequest.setSslConfiguration(ssl);
        // Otherwise a connection trusted through this CA file would carry the key of an
        // environment that trusts the system store alone, or another CA file.
        if (!environment.caFile.isEmpty())
            networkRequest.setPeerVerifyName(
                peerVerifyNameFor(prepared.url.host(), environment.caFile));
    }

    // The key goes out only once the URL is known to be the environment's own origin.
    Q_ASSERT(originOf(networkRequest.url()) == environment.origin());
    for (const auto &header : prepared.headers)
        networkRequest.setRawHeader(header.first, header.second);
    exchange.request = prepared.redacted();

    QNetworkReply *reply = nullptr;
    switch (verbFor(prepared.method, prepared.body)) {
    case Verb::Head:
        reply = m_network->head(networkRequest);
        break;
    case Verb::Get:
        reply = m_network->get(networkRequest);
        break;
    case Verb::Delete:
        reply = m_network->deleteResource(networkRequest);
        break;
    case Verb::Custom:
        reply = m_network->sendCustomRequest(networkRequest, prepared.method, prepared.body);
        break;
    }
    call->start(m_network, reply, m_maxBodyBytes);
    return call;
}
