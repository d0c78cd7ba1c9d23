// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxjudge.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QByteArray ContentType = QByteArrayLiteral("Content-Type");
const QByteArray JsonType = QByteArrayLiteral("application/json");

SandboxResponse jsonResponse(int status, const QJsonValue &body)
{
    SandboxResponse response;
    response.status = status;
    response.addHeader(ContentType, JsonType);
    response.body = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                   : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    return response;
}

// The {statusCode, error, message} envelope (a sandbox choice: the docs show no body).
SandboxResponse envelope(int status, const QString &error, const QString &message)
{
    return jsonResponse(status,
                        QJsonObject{{QStringLiteral("statusCode"), status},
                                    {QStringLiteral("error"), error},
                                    {QStringLiteral("message"), message}});
}

// The documented 400 validation envelope for the practice-group header.
SandboxResponse practiceGroupHeaderInvalid()
{
    const QJsonObject issue{
        {QStringLiteral("code"), QStringLiteral("invalid_type")},
        {QStringLiteral("expected"), QStringLiteral("string")},
        {QStringLiteral("path"),
         QJsonArray{QStringLiteral("headers"), QStringLiteral("x-practice-group-id")}}};
    return jsonResponse(400,
                        QJsonObject{{QStringLiteral("error"), true},
                                    {QStringLiteral("statusCode"), 400},
                                    {QStringLiteral("message"), QJsonArray{issue}}});
}

qint64 ceilDiv(qint64 value, qint64 divisor)
{
    return value <= 0 ? 0 : (value + divisor - 1) / divisor;
}

} // namespace

QByteArray sandboxHeader(const SandboxHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.isNull() ? QByteArray("") : value;
    }
    return {};
}

QJsonObject SandboxResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SandboxJudge::SandboxJudge(SandboxFixture fixture, SandboxCatalogue catalogue,
                           SandboxRateSettings rate)
    : m_fixture(std::move(fixture))
    , m_catalogue(std::move(catalogue))
    , m_rate(rate)
    , m_window(rate.limit, qint64(rate.windowSeconds) * 1000)
{
}

SandboxResponse SandboxJudge::judge(const SandboxRequest &request, qint64 nowMsecsSinceEpoch)
{
    // 1. The key. The message never repeats the key.
    const QByteArray apiKey = sandboxHeader(request.headers, QByteArrayLiteral("x-api-key"));
    const int keyIndex = m_fixture.keyIndex(apiKey);
    if (apiKey.isEmpty())
        return envelope(401, QStringLiteral("invalid_credentials"),
                        QStringLiteral("The x-api-key header is missing."));
    if (keyIndex < 0)
        return envelope(401, QStringLiteral("invalid_credentials"),
                        QStringLiteral("The API key is not recognised."));
    const SandboxFixtureKey &key = m_fixture.keys.at(keyIndex);
    if (key.expired)
        return envelope(401, QStringLiteral("invalid_credentials"),
                        QStringLiteral("The API key has expired."));

    // 2. The sliding window; a refused request is not counted.
    const SandboxRateWindow::Decision rate = m_window.admit(keyIndex, nowMsecsSinceEpoch);
    SandboxResponse response;
    if (!rate.admitted) {
        response = envelope(429, QStringLiteral("rate_limit_exceeded"),
                            QStringLiteral("More than %1 requests in %2 seconds with this API "
                                           "key; retry later.")
                                .arg(m_rate.limit)
                                .arg(m_rate.windowSeconds));
        const qint64 retryAfter =
            std::max<qint64>(1, ceilDiv(rate.slotFreesAtMs - nowMsecsSinceEpoch, 1000));
        response.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
    } else {
        response = route(request, key);
    }
    if (m_rate.headers) {
        response.addHeader(QByteArrayLiteral("X-RateLimit-Limit"),
                           QByteArray::number(m_rate.limit));
        response.addHeader(QByteArrayLiteral("X-RateLimit-Remaining"),
                           QByteArray::number(std::max(0, m_rate.limit - rate.used)));
        response.addHeader(QByteArrayLiteral("X-RateLimit-Reset"),
                           QByteArray::number(ceilDiv(rate.slotFreesAtMs, 1000)));
    }
    return response;
}

SandboxResponse SandboxJudge::route(const SandboxRequest &request,
                                    const SandboxFixtureKey &key) const
{
    const QString &homeGroup = key.practiceGroup;

    // 3. The practice-group header.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString group = QString::fromLatin1(
        sandboxHeader(request.headers, QByteArrayLiteral("x-practice-group-id")));
    if (!digits.match(group).hasMatch())
        return practiceGroupHeaderInvalid();

    // 4. Cross-organisational calls need a shared network (network before scope is a
    //    sandbox choice).
    if (group != homeGroup
        && (!m_fixture.group(group) || !m_fixture.shareNetwork(homeGroup, group)))
        return envelope(403, QStringLiteral("forbidden"),
                        QStringLiteral("This API key may not act for practice group %1: it shares "
                                       "no network with the key's practice group.")
                            .arg(group));

    // 5. Scope.
    const QString scope = m_fixture.scopeForPath(request.path);
    if (!scope.isEmpty() && !key.scopes.contains(scope))
        return envelope(403, QStringLiteral("insufficient_permissions"),
                        QStringLiteral("This API key lacks the %1 scope that %2 needs.")
                            .arg(scope, request.path));

    // 6. and 7. The route.
    const bool isGet = request.method == "GET";
    if (isGet && request.path == QLatin1String("/v1/me"))
        return jsonResponse(200, groupObject(group));
    if (isGet && request.path == QLatin1String("/v1/practice-groups")) {
        QJsonArray groups;
        for (const QString &id : m_fixture.groupsActableFor(homeGroup))
            groups.append(groupObject(id));
        return jsonResponse(200,
                            QJsonObject{{QStringLiteral("data"), groups},
                                        {QStringLiteral("count"), groups.size()}});
    }
    const std::optional<SandboxRouteMatch> match = m_catalogue.match(request.method, request.path);
    if (!match)
        return envelope(404, QStringLiteral("not_found"),
                        QStringLiteral("No route for %1 %2.")
                            .arg(QString::fromLatin1(request.method), request.path));
    QJsonValue body = match->operation->example;
    // Echo the requested id so that /v1/appointments/42 describes appointment 42.
    const QString id = match->pathParameters.value(QStringLiteral("id"));
    if (body.isObject() && !id.isEmpty() && body.toObject().contains(QStringLiteral("id"))) {
        QJsonObject object = body.toObject();
        object.insert(QStringLiteral("id"), id);
        body = object;
    }
    return jsonResponse(match->operation->status, body);
}

QJsonObject SandboxJudge::groupObject(const QString &groupId) const
{
    const SandboxPracticeGroup *group = m_fixture.group(groupId);
    const QList<const SandboxNetwork *> networks = m_fixture.networksOf(groupId);
    QJsonValue network = QJsonValue::Null;
    if (!networks.isEmpty())
        network = QJsonObject{{QStringLiteral("id"), networks.first()->id},
                              {QStringLiteral("name"), networks.first()->name}};
    return QJsonObject{{QStringLiteral("id"), group->id},
                       {QStringLiteral("name"), group->name},
                       {QStringLiteral("ods_code"), group->odsCode},
                       {QStringLiteral("network"), network}};
}
