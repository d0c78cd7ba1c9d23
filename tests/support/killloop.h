// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// Killed mid-write, nothing lost (issue 14): what the kill tests share. A writer process writes
// through the real code in a loop and prints a line once each write is committed; it is
// SIGKILLed at a random moment, `runs` times, and after each kill `check` is given the lines that
// run printed and returns what is wrong with the files left behind (empty when nothing). Most
// kills come a random moment after the first commit, so they land in the writes whatever the
// machine's speed; one in four a random moment after the start, which may be while the files are
// read. The seed is random unless HERO_KILL_SEED sets it.
struct KillLoopResult
{
    QString failure; // the first problem, naming the run and the seed to replay it; empty if none
    int runsThatCommitted = 0; // runs killed after at least one commit
};

// What a file must hold after a kill, oldest first: what it held before the run, what the run
// printed as committed, and at most the one whose write was in flight (which, if it landed whole,
// comes last in what was `found`), the newest `keep` of them.
QStringList expectedAfterKill(const QStringList &before, const QStringList &printed,
                              const QStringList &found, int keep);

KillLoopResult killRepeatedly(const QString &writer, const QStringList &arguments, int runs,
                              const std::function<QString(const QStringList &printed)> &check);
