// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

// Which kind of Hero deployment an environment points at.
enum class EnvironmentKind { Staging, Production, PortalMock, Sandbox, Custom };

// Where requests go, and the per-environment settings that shape them.
struct Environment
{
    QString id; // stable: "staging", "production", "portal-mock", "sandbox", "custom-<n>"
    QString name; // shown to the user
    EnvironmentKind kind = EnvironmentKind::Custom;
    QUrl baseUrl; // scheme + host + port, and an optional path prefix (the portal mock has one)
    QString caFile; // an extra CA (PEM) trusted for this environment only; empty = system store
    int timeoutMs = 30000;
    int rateLimit = 300; // requests the key may make per window
    int rateWindowSeconds = 60;

    bool isProduction() const { return kind == EnvironmentKind::Production; }
    // scheme://host:port with the default port made explicit: what the key is bound to.
    QString origin() const;
    friend bool operator==(const Environment &a, const Environment &b);
};

// Lower-case command-line and settings name of a kind ("staging", "portal-mock", …).
QString environmentKindId(EnvironmentKind kind);
bool environmentKindFromId(const QString &id, EnvironmentKind *kind);

// The built-in environments (staging, production, portal mock); the sandbox's base URL is
// only known once it is running, so it is made by sandboxEnvironment().
QList<Environment> builtInEnvironments();
Environment builtInEnvironment(EnvironmentKind kind);
Environment sandboxEnvironment(const QUrl &baseUrl);

// The origin of a URL: scheme://host:port, port always explicit, host lower-case.
QString originOf(const QUrl &url);
bool isLoopbackHost(const QString &host);

// Why a base URL is not acceptable, or an empty string when it is: absolute http(s) only,
// HTTPS unless the host is loopback, no user info, no query or fragment.
QString baseUrlProblem(const QUrl &url);

Q_DECLARE_METATYPE(Environment)
