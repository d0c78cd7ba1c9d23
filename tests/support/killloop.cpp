// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "killloop.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>

QStringList expectedAfterKill(const QStringList &before, const QStringList &printed,
                              const QStringList &found, int keep)
{
    QStringList expected = before + printed;
    if (!found.isEmpty() && !expected.contains(found.constLast()))
        expected.append(found.constLast());
    return expected.mid(std::max<qsizetype>(0, expected.size() - keep));
}

KillLoopResult killRepeatedly(const QString &writer, const QStringList &arguments, int runs,
                              const std::function<QString(const QStringList &printed)> &check)
{
    const quint32 seed = qEnvironmentVariableIsSet("HERO_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("HERO_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    KillLoopResult result;
    for (int run = 0; run < runs; ++run) {
        const QString where =
            QStringLiteral("run %1 of %2, HERO_KILL_SEED=%3: ").arg(run + 1).arg(runs).arg(seed);
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(writer, arguments);
        if (!process.waitForStarted(10000)) {
            result.failure = where + QStringLiteral("the writer did not start");
            return result;
        }
        if (random.bounded(4) != 0) {
            QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
            if (!output.wait(10000)) {
                result.failure = where + QStringLiteral("the writer committed nothing in 10 s: ")
                    + QString::fromUtf8(process.readAllStandardError());
                return result;
            }
        }
        QTimer::singleShot(int(random.bounded(20)), &process, &QProcess::kill);
        if (!finished.wait(10000)) {
            result.failure = where + QStringLiteral("the writer outlived its kill");
            return result;
        }
        // Killed (a crash) or, had it failed before the kill, exited with its notice.
        if (process.exitStatus() != QProcess::CrashExit) {
            result.failure = where + QStringLiteral("the writer stopped by itself: ")
                + QString::fromUtf8(process.readAllStandardError());
            return result;
        }
        QStringList printed;
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) // the last piece has no newline
            printed.append(QString::fromUtf8(lines.at(i)));
        if (!printed.isEmpty())
            ++result.runsThatCommitted;
        const QString problem = check(printed);
        if (!problem.isEmpty()) {
            result.failure = where + problem;
            return result;
        }
    }
    if (result.runsThatCommitted == 0)
        result.failure =
            QStringLiteral("every kill came before a commit, HERO_KILL_SEED=%1").arg(seed);
    return result;
}
