// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "sandboxfixture.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class SandboxConnection;
class SandboxJudge;

struct SandboxOptions
{
    QHostAddress bind = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    QString fixtureFile; // empty: the built-in world
    QString tlsCertFile; // PEM; with tlsKeyFile the server speaks HTTPS
    QString tlsKeyFile;
    int rateLimit = -1; // -1: the fixture's
    int rateWindowSeconds = -1; // -1: the fixture's
    bool rateHeaders = false; // X-RateLimit-* on answers to valid keys
    bool faults = false; // honour x-sandbox-fault
};

// hero-sandbox as a library: a local emulator of the Hero API's documented rules
// (../shared/hero-api/SANDBOX.md), for the explorer's offline environment and for tests.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Loads the fixture and starts listening. On failure *error names the problem (for a
    // bad fixture it starts with "fixture" and names the field).
    bool start(const SandboxOptions &options, QString *error);
    // Closes the listener and drops every connection, hung ones included.
    void stop();

    bool isRunning() const;
    // http(s)://127.0.0.1:PORT (the bound address when it is neither loopback nor "any").
    QUrl baseUrl() const;
    quint16 port() const;
    // The world being served; only meaningful while running.
    const SandboxFixture &fixture() const;

    // The clock of the rate window, in milliseconds since the epoch (tests).
    void setClock(std::function<qint64()> msecsSinceEpoch);

private:
    void acceptConnections();

    std::unique_ptr<SandboxJudge> m_judge;
    QPointer<QTcpServer> m_listener;
    QList<QPointer<SandboxConnection>> m_connections;
    SandboxOptions m_options;
    bool m_tls = false;
    std::function<qint64()> m_clock;
};

// Starts the built-in sandbox in *server the first time it is called and returns its base URL;
// afterwards returns the running one's. An empty URL and *error when it cannot start. This is
// how the explorer starts its embedded "Sandbox (offline)" environment on first use.
QUrl startSandboxOnce(std::unique_ptr<SandboxServer> *server, QString *error);
