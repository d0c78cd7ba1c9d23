// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxtestclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SandboxTestClient::SandboxTestClient(const QUrl &baseUrl, std::optional<QSslConfiguration> tls)
    : m_baseUrl(baseUrl)
    , m_tls(std::move(tls))
{
    m_manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkReply *SandboxTestClient::send(const QByteArray &method, const QString &path,
                                       const RawHeaders &headers, const QByteArray &body)
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return m_manager.sendCustomRequest(request, method, body);
}

HttpResult SandboxTestClient::call(const QByteArray &method, const QString &path,
                                   const RawHeaders &headers, const QByteArray &body, int timeoutMs)
{
    QNetworkReply *reply = send(method, path, headers, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(timeoutMs);
    HttpResult result = resultOf(reply);
    if (!result.finished)
        reply->abort();
    reply->deleteLater();
    return result;
}

HttpResult SandboxTestClient::resultOf(QNetworkReply *reply)
{
    HttpResult result;
    result.finished = reply->isFinished();
    result.error = reply->error();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    return result;
}

RawHeaders sandboxAuth(const QByteArray &key, const QByteArray &group)
{
    RawHeaders headers;
    if (!key.isNull())
        headers.append({QByteArray("x-api-key"), key});
    if (!group.isNull())
        headers.append({QByteArray("x-practice-group-id"), group});
    return headers;
}
