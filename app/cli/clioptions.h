// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

// hero-cli's exit codes: the contract in docs/architecture.md.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,
    ExitHttpError = 2,
    ExitTransport = 3,
    ExitRefused = 4,
    ExitKeychain = 5,
    ExitKeychainLocked = 6, // the key is in a locked keyring: unlock it, then run again
};

// Everything the command line said, parsed but not yet acted on.
struct CliOptions
{
    QString env = QStringLiteral("sandbox");
    QString baseUrl;
    QString practiceGroup;
    QString caFile;
    QString keyEnv;
    bool keyStdin = false;
    int timeoutSeconds = 30;
    bool noRetry = false;
    bool json = false;
    bool confirmProduction = false;

    QString command;
    QStringList arguments; // positional arguments after the command
    QStringList queries; // K=V
    QStringList headers; // K:V
    QString data; // JSON text or @FILE
    QString from; // FILE.http[#name]: the request saved in a collection file
    bool bail = false; // run
    QString filter; // run
    QString junitFile; // run --reporter junit=FILE
    QString spec;
    QString tag;
    QString label;
    QString keysEnv; // --env of "keys add/remove/test" is the global --env
    QString importTo; // import --to DIR
    QString importEnvironmentFile; // import --env-file FILE
};

// Parses argv; on a usage problem returns false and sets *error (or *exitNow for --help/--version).
bool parseCliOptions(const QStringList &arguments, CliOptions *options, QString *error,
                     QString *helpText, bool *exitNow);
