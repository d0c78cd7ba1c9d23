// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "historyentry.h"

#include "export/headerredaction.h"
#include "http/headernames.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace {

bool isUtf8Text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

void putBody(QJsonObject *object, const QString &name, const QByteArray &body)
{
    if (body.isEmpty())
        return;
    if (isUtf8Text(body))
        object->insert(name, QString::fromUtf8(body));
    else
        object->insert(name + u"Base64", QString::fromLatin1(body.toBase64()));
}

QByteArray takeBody(const QJsonObject &object, const QString &name)
{
    if (const QJsonValue text = object.value(name); text.isString())
        return text.toString().toUtf8();
    return QByteArray::fromBase64(object.value(name + u"Base64").toString().toLatin1());
}

QJsonArray headersToJson(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &header : headers)
        array.append(
            QJsonArray{QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return array;
}

HeaderList headersFromJson(const QJsonValue &value)
{
    HeaderList headers;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2 && pair.at(0).isString() && pair.at(1).isString())
            headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toUtf8()});
    }
    return headers;
}

QByteArray firstHeader(const HeaderList &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

// Bodies are cut on a UTF-8 character boundary where they are text, so the JSON stays text.
QByteArray bounded(const QByteArray &body, qint64 maxBytes, bool *truncated)
{
    *truncated = body.size() > maxBytes;
    if (!*truncated)
        return body;
    qsizetype size = qsizetype(maxBytes);
    while (size > 0 && (quint8(body.at(size)) & 0xC0) == 0x80)
        --size;
    return body.left(size);
}

// Query parameters follow the header rule: a secret-looking name keeps its last four characters.
QList<QPair<QString, QString>> redactedQuery(const QList<QPair<QString, QString>> &query)
{
    QList<QPair<QString, QString>> result;
    result.reserve(query.size());
    for (const auto &item : query) {
        if (isSecretHeaderName(item.first.toUtf8()))
            result.append(
                {item.first, QString::fromUtf8(redactedHeaderValue(item.second.toUtf8()))});
        else
            result.append(item);
    }
    return result;
}

} // namespace

HistoryContext HistoryContext::forEnvironment(const Environment &environment)
{
    HistoryContext context;
    context.environmentId = environment.id;
    context.environmentName = environment.name;
    context.basePath = environment.baseUrl.path(QUrl::FullyEncoded);
    while (context.basePath.endsWith(u'/'))
        context.basePath.chop(1);
    return context;
}

HistoryEntry HistoryEntry::fromExchange(const Exchange &exchange, const HistoryContext &context,
                                        bool keepBodies, qint64 maxBodyBytes)
{
    HistoryEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.time =
        (exchange.startedAt.isValid() ? exchange.startedAt : QDateTime::currentDateTimeUtc())
            .toUTC();
    entry.environmentId = context.environmentId;
    entry.environmentName = context.environmentName;

    const QUrl &url = exchange.request.url;
    if (url.isValid() && !url.host().isEmpty())
        entry.origin = originOf(url);
    entry.method = QString::fromLatin1(exchange.request.method);
    entry.path = url.path(QUrl::FullyEncoded);
    if (!context.basePath.isEmpty() && entry.path.startsWith(context.basePath + u'/'))
        entry.path = entry.path.mid(context.basePath.size());
    entry.query = redactedQuery(QUrlQuery(url).queryItems(QUrl::FullyDecoded));

    entry.practiceGroup = context.practiceGroup;
    if (entry.practiceGroup.isEmpty())
        entry.practiceGroup =
            QString::fromUtf8(firstHeader(exchange.request.headers, HeaderName::PracticeGroupId));
    entry.keyFingerprint = context.keyFingerprint;
    entry.keyLabel = context.keyLabel;
    entry.diagnosisCode = context.diagnosisCode;

    entry.status = exchange.status;
    entry.reason = QString::fromUtf8(exchange.reason);
    if (exchange.refusal != Refusal::None)
        entry.errorCode = refusalId(exchange.refusal);
    else if (exchange.transportError != TransportError::None)
        entry.errorCode = transportErrorId(exchange.transportError);
    entry.elapsedMs = exchange.timings.totalMs;

    entry.requestHeaders = redactHeaders(exchange.request.headers);
    entry.requestBodySize = exchange.request.body.size();
    entry.responseHeaders = redactHeaders(exchange.headers);
    entry.responseBodySize = exchange.body.size();
    if (keepBodies) {
        entry.requestBody =
            bounded(exchange.request.body, maxBodyBytes, &entry.requestBodyTruncated);
        entry.responseBodyKept = true;
        entry.responseBody = bounded(exchange.body, maxBodyBytes, &entry.responseBodyTruncated);
    }
    return entry;
}

HistoryOutcome HistoryEntry::outcome() const
{
    if (status <= 0 || !errorCode.isEmpty())
        return HistoryOutcome::Failed;
    if (status >= 500)
        return HistoryOutcome::ServerError;
    if (status >= 400)
        return HistoryOutcome::ClientError;
    if (status >= 300)
        return HistoryOutcome::Redirect;
    return HistoryOutcome::Success;
}

QString HistoryEntry::statusText() const
{
    if (status > 0 && errorCode.isEmpty())
        return reason.isEmpty() ? QString::number(status) : QString::number(status) + u' ' + reason;
    if (status > 0)
        return QString::number(status) + u' ' + errorCode;
    return errorCode;
}

QString HistoryEntry::queryText() const
{
    QStringList parts;
    parts.reserve(query.size());
    for (const auto &item : query)
        parts.append(item.first + u'=' + item.second);
    return parts.join(u'&');
}

bool HistoryEntry::matches(const QString &text) const
{
    const QStringList words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    const QStringList fields{method,
                             path,
                             statusText(),
                             practiceGroup,
                             environmentId,
                             environmentName,
                             diagnosisCodeId(diagnosisCode)};
    const QString haystack = fields.join(u'\n');
    for (const QString &word : words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

HistoryRequest HistoryEntry::toRequest() const
{
    HistoryRequest result;
    result.environmentId = environmentId;
    result.practiceGroup = practiceGroup;
    result.request.method = method.toLatin1();
    result.request.path = path;
    result.request.body = requestBody;
    // Query values that were masked cannot be sent again; the user fills them in.
    for (const auto &item : query)
        result.request.query.append(item);
    // What the client adds by itself to such a request (ApiClient::prepare()); the rest was the
    // user's. A body that was sent but not kept still counts as one.
    ApiRequest bare = result.request;
    if (bare.body.isEmpty() && requestBodySize > 0)
        bare.body = QByteArrayLiteral("{}");
    const HeaderList added = ApiClient::prepare(Environment(), Credentials(), bare).headers;
    const auto addedByTheClient = [&added](const QPair<QByteArray, QByteArray> &header) {
        for (const auto &own : added) {
            if (own.first.compare(header.first, Qt::CaseInsensitive) == 0
                && own.second == header.second)
                return true;
        }
        return false;
    };
    for (const auto &header : requestHeaders) {
        const QByteArray &name = header.first;
        // The client adds these itself; masked values would be wrong to send.
        if (name.compare(HeaderName::ApiKey, Qt::CaseInsensitive) == 0
            || name.compare(HeaderName::PracticeGroupId, Qt::CaseInsensitive) == 0
            || isSecretHeaderName(name) || addedByTheClient(header))
            continue;
        result.request.extraHeaders.append(header);
    }
    return result;
}

QJsonObject HistoryEntry::toJson() const
{
    QJsonObject object{
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), time.toString(Qt::ISODateWithMs)},
        {QStringLiteral("environmentId"), environmentId},
        {QStringLiteral("environmentName"), environmentName},
        {QStringLiteral("origin"), origin},
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), path},
        {QStringLiteral("practiceGroup"), practiceGroup},
        {QStringLiteral("keyFingerprint"), keyFingerprint},
        {QStringLiteral("keyLabel"), keyLabel},
        {QStringLiteral("status"), status},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("errorCode"), errorCode},
        {QStringLiteral("diagnosisCode"), diagnosisCodeId(diagnosisCode)},
        {QStringLiteral("elapsedMs"), elapsedMs},
        {QStringLiteral("requestHeaders"), headersToJson(requestHeaders)},
        {QStringLiteral("responseHeaders"), headersToJson(responseHeaders)},
        {QStringLiteral("requestBodySize"), requestBodySize},
        {QStringLiteral("responseBodySize"), responseBodySize},
    };
    QJsonArray queryArray;
    for (const auto &item : query)
        queryArray.append(QJsonArray{item.first, item.second});
    object.insert(QStringLiteral("query"), queryArray);
    putBody(&object, QStringLiteral("requestBody"), requestBody);
    if (requestBodyTruncated)
        object.insert(QStringLiteral("requestBodyTruncated"), true);
    if (responseBodyKept) {
        object.insert(QStringLiteral("responseBodyKept"), true);
        putBody(&object, QStringLiteral("responseBody"), responseBody);
    }
    if (responseBodyTruncated)
        object.insert(QStringLiteral("responseBodyTruncated"), true);
    return object;
}

bool HistoryEntry::fromJson(const QJsonObject &object, HistoryEntry *entry)
{
    HistoryEntry result;
    result.id = object.value(QStringLiteral("id")).toString();
    result.time =
        QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
            .toUTC();
    result.method = object.value(QStringLiteral("method")).toString();
    if (result.id.isEmpty() || !result.time.isValid())
        return false;
    result.environmentId = object.value(QStringLiteral("environmentId")).toString();
    result.environmentName = object.value(QStringLiteral("environmentName")).toString();
    result.origin = object.value(QStringLiteral("origin")).toString();
    result.path = object.value(QStringLiteral("path")).toString();
    const QJsonArray queryArray = object.value(QStringLiteral("query")).toArray();
    for (const QJsonValue &item : queryArray) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2)
            result.query.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    result.practiceGroup = object.value(QStringLiteral("practiceGroup")).toString();
    result.keyFingerprint = object.value(QStringLiteral("keyFingerprint")).toString();
    result.keyLabel = object.value(QStringLiteral("keyLabel")).toString();
    result.status = object.value(QStringLiteral("status")).toInt();
    result.reason = object.value(QStringLiteral("reason")).toString();
    result.errorCode = object.value(QStringLiteral("errorCode")).toString();
    // A code from a newer version reads as none rather than dropping the entry.
    result.diagnosisCode =
        diagnosisCodeFromId(object.value(QStringLiteral("diagnosisCode")).toString())
            .value_or(DiagnosisCode::None);
    result.elapsedMs = object.value(QStringLiteral("elapsedMs")).toInteger(-1);
    // Masked again on the way in, in case the file was written by an older or edited copy.
    result.query = redactedQuery(result.query);
    result.requestHeaders =
        redactHeaders(headersFromJson(object.value(QStringLiteral("requestHeaders"))));
    result.requestBody = takeBody(object, QStringLiteral("requestBody"));
    // Files from before the size was recorded: what the file holds.
    result.requestBodySize =
        object.value(QStringLiteral("requestBodySize")).toInteger(result.requestBody.size());
    result.requestBodyTruncated = object.value(QStringLiteral("requestBodyTruncated")).toBool();
    result.responseHeaders =
        redactHeaders(headersFromJson(object.value(QStringLiteral("responseHeaders"))));
    result.responseBodySize = object.value(QStringLiteral("responseBodySize")).toInteger();
    result.responseBodyKept = object.value(QStringLiteral("responseBodyKept")).toBool();
    if (result.responseBodyKept)
        result.responseBody = takeBody(object, QStringLiteral("responseBody"));
    result.responseBodyTruncated = object.value(QStringLiteral("responseBodyTruncated")).toBool();
    *entry = result;
    return true;
}

void HistoryEntry::dropBodies()
{
    requestBody.clear();
    requestBodyTruncated = false;
    responseBody.clear();
    responseBodyKept = false;
    responseBodyTruncated = false;
}
