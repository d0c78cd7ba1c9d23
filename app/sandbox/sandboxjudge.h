// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxcatalogue.h"
#include "sandboxfixture.h"
#include "sandboxratewindow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

// Case-insensitive header lookup; a null QByteArray when absent.
QByteArray sandboxHeader(const SandboxHeaders &headers, const QByteArray &name);

struct SandboxRequest
{
    QByteArray method; // upper case
    QString path; // decoded path, without the query
    SandboxHeaders headers;
    QByteArray body;
};

struct SandboxResponse
{
    int status = 200;
    SandboxHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const { return sandboxHeader(headers, name); }
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(qMakePair(name, value));
    }
    QJsonObject json() const;
};

struct SandboxRateSettings
{
    int limit = 300;
    int windowSeconds = 60;
    bool headers = false; // X-RateLimit-* on every answer to a valid key
};

// Decides the answer to one request by the rules of SANDBOX.md, in their order: key (401),
// rate window (429), practice-group header (400), network (403 forbidden), scope
// (403 insufficient_permissions), route (404), then the route's answer. Its only state is
// the rate window, advanced by the caller's clock.
class SandboxJudge
{
public:
    SandboxJudge(SandboxFixture fixture, SandboxCatalogue catalogue, SandboxRateSettings rate);

    SandboxResponse judge(const SandboxRequest &request, qint64 nowMsecsSinceEpoch);

    const SandboxFixture &fixture() const { return m_fixture; }

private:
    SandboxResponse route(const SandboxRequest &request, const SandboxFixtureKey &key) const;
    QJsonObject groupObject(const QString &groupId) const;

    SandboxFixture m_fixture;
    SandboxCatalogue m_catalogue;
    SandboxRateSettings m_rate;
    SandboxRateWindow m_window;
};
