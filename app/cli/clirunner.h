// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "clioptions.h"
#include "diagnosis/diagnosis.h"
#include "environments/environment.h"
#include "http/apiclient.h"
#include "keys/keyprofile.h"
#include "session/requestrun.h"

#include <QObject>
#include <QTextStream>

#include <memory>

class Catalogue;
class ExplorerParts;
class KeyRing;
class QSettings;
class SandboxServer;
class SecretStore;

// Carries out one hero-cli command over the core: the same request path as the explorer
// (key from the keychain, throttle, retries, diagnosis).
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
    int runCollection();
    int runImport();
    int keysList();
    int keysAdd(const Environment &environment);
    int keysRemove(const Environment &environment);
    int keysTest(const Environment &environment);

    QSettings *settings(); // the explorer's, made owner-only when first opened
    // The core's parts, wired as the explorer wires them (ExplorerParts), but keeping no
    // history and remembering no proxy sign-in; made on first use.
    ExplorerParts *parts();
    KeyRing *keyRing();
    // The environment --env names (built in, or a custom one the explorer saved), unstarted.
    bool lookUpEnvironment(Environment *environment, int *exitCode);
    bool resolveEnvironment(Environment *environment, int *exitCode);
    bool resolveTarget(const Environment &environment, RunTarget *target, int *exitCode);
    bool findProfile(const QString &environmentId, KeyProfile *profile, int *exitCode);
    bool buildRequest(ApiRequest *request, int *exitCode);
    // --from FILE.http[#name]: the saved request, its variables resolved for the environment.
    bool buildRequestFromFile(const Environment &environment, ApiRequest *request, int *exitCode);
    // The request, its environment and its key: what request and diagnose both start from.
    bool prepare(Environment *environment, RunTarget *target, ApiRequest *request, int *exitCode);
    Exchange sendAndWait(const RunTarget &target, const ApiRequest &request, QString *rateKey);
    // After a proxy answered 407: which proxy, and how to give it credentials.
    void explainProxySignIn(const QUrl &url, const QString &proxy, bool credentialsRefused);
    // The context of a diagnosis; the bundled catalogue is read only if the diagnosis needs it.
    DiagnosisContext diagnosisContext(const RunTarget &target, const ApiRequest &request);
    const Catalogue &bundledCatalogue();
    // diagnose() with the next steps in hero-cli's words: its options and commands, not the
    // explorer's buttons.
    Diagnosis diagnoseForCli(const Exchange &exchange, const RunTarget &target,
                             const ApiRequest &request);
    int fail(int code, const QString &message);
    int report(const Exchange &exchange, const Diagnosis &diagnosis, const QString &rateKey);

    CliOptions m_options;
    QTextStream m_out;
    QTextStream m_err;
    KeyProfile m_profile; // the key profile in use, when it came from the keychain
    QString m_requestPracticeGroup; // a saved request's own x-practice-group-id
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<ExplorerParts> m_parts;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Catalogue> m_bundledCatalogue; // parsed on first use, never for a 2xx
};
