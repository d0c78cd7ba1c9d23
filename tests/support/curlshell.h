// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <utility>

// Runs a copied curl command in /bin/sh with curl replaced by a function that prints its
// arguments, so the shell's quoting and variables ($HERO_API_KEY, …) resolve as in a user's
// shell. environment adds or replaces variables. A failing shell gives one "shell failed: …"
// argument, which no command's arguments equal.
inline QStringList curlArgumentsInShell(const QString &command,
                                        const QList<std::pair<QString, QString>> &environment)
{
    QProcess shell;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment)
        variables.insert(name, value);
    shell.setProcessEnvironment(variables);
    const QString script =
        QStringLiteral("curl() { for a in \"$@\"; do printf '%s\\036' \"$a\"; done; }\n") + command
        + QLatin1Char('\n');
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0)
        return {QStringLiteral("shell failed: ")
                + QString::fromLocal8Bit(shell.readAllStandardError())};
    QStringList arguments = QString::fromUtf8(shell.readAllStandardOutput()).split(QChar(0x1e));
    arguments.removeLast();
    return arguments;
}
