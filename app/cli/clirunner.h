// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "environments/environment.h"
#include "http/apiclient.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class QNetworkAccessManager;
class SandboxServer;

// Carries out one hero-cli command over the core: the same HTTP path as the explorer.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliRunner() override;

    int run();

private:
    int runRequest();
    int runEndpoints();
    int runKeys();
    int runDiagnose();

    bool resolveEnvironment(Environment *environment, int *exitCode);
    bool resolveCredentials(const Environment &environment, Credentials *credentials,
                            int *exitCode);
    bool buildRequest(ApiRequest *request, int *exitCode);
    Exchange sendAndWait(const Environment &environment, const Credentials &credentials,
                         const ApiRequest &request);
    int fail(int code, const QString &message);
    int report(const Exchange &exchange);

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    QNetworkAccessManager *m_network = nullptr;
    ApiClient *m_client = nullptr;
    std::unique_ptr<SandboxServer> m_sandbox;
};
