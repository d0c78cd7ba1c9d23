// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

using RawHeaders = QList<QPair<QByteArray, QByteArray>>;

// What a plain QNetworkAccessManager saw of one exchange with the sandbox.
struct HttpResult
{
    bool finished = false;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    RawHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const;
};

// A plain Qt HTTP client for the sandbox tests (not the project's ApiClient): no redirects
// followed, an optional TLS configuration (e.g. trusting a test CA).
class SandboxTestClient
{
public:
    explicit SandboxTestClient(const QUrl &baseUrl,
                               std::optional<QSslConfiguration> tls = std::nullopt);

    QNetworkReply *send(const QByteArray &method, const QString &path, const RawHeaders &headers,
                        const QByteArray &body = {});
    // Sends and waits up to timeoutMs for the reply to finish.
    HttpResult call(const QByteArray &method, const QString &path, const RawHeaders &headers,
                    const QByteArray &body = {}, int timeoutMs = 10000);
    static HttpResult resultOf(QNetworkReply *reply);

    QNetworkAccessManager &manager() { return m_manager; }

private:
    QUrl m_baseUrl;
    std::optional<QSslConfiguration> m_tls;
    QNetworkAccessManager m_manager;
};

// x-api-key and x-practice-group-id for the built-in world.
RawHeaders sandboxAuth(const QByteArray &key, const QByteArray &group);
