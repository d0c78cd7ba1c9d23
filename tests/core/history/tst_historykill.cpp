// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "history/historystore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr int Runs = 200;
constexpr int MaxEntries = 60; // the writer's limit: the oldest go, as in the explorer

QStringList idsIn(const QString &path, QStringList *notices)
{
    HistoryStore store(path);
    QObject::connect(&store, &HistoryStore::notice, &store,
                     [notices](const QString &text) { notices->append(text); });
    store.load();
    QStringList ids;
    for (const HistoryEntry &entry : store.entries())
        ids.append(entry.id);
    return ids;
}

} // namespace

// Killed mid-write, nothing lost (issue 14): historywriter appends to one history file through
// the real HistoryStore and prints each id once its write is committed; it is SIGKILLed at a
// random moment, 200 times, and after each kill the file must load whole, holding exactly the
// entries committed so far (the newest MaxEntries), plus at most the one whose write was in
// flight. Each run starts from the file the last one left.
class TestHistoryKill : public QObject
{
    Q_OBJECT
private slots:
    void everyCommittedEntrySurvivesAKill();
};

void TestHistoryKill::everyCommittedEntrySurvivesAKill()
{
    const quint32 seed = qEnvironmentVariableIsSet("HERO_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("HERO_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.json"));

    QStringList committed; // what the file must hold, oldest first
    int runsThatCommitted = 0;
    for (int run = 0; run < Runs; ++run) {
        const QString where =
            QStringLiteral("run %1 of %2, HERO_KILL_SEED=%3").arg(run + 1).arg(Runs).arg(seed);
        QProcess writer;
        QSignalSpy finished(&writer, &QProcess::finished);
        writer.start(QStringLiteral(HISTORY_WRITER), {path, QString::number(MaxEntries)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(where));
        // Most kills come a random moment after the first commit, so they land in the writes
        // whatever the machine's speed; one in four a random moment after the start, which
        // may be while the file is being read.
        if (random.bounded(4) != 0) {
            QSignalSpy output(&writer, &QProcess::readyReadStandardOutput);
            QVERIFY2(output.wait(10000), qPrintable(where));
        }
        QTimer::singleShot(int(random.bounded(20)), &writer, &QProcess::kill);
        QVERIFY2(finished.wait(10000), qPrintable(where));
        // Killed (a crash) or, had it failed before the kill, exited with its notice.
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(where + u": " + QString::fromUtf8(writer.readAllStandardError())));

        QStringList printed;
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) // the last piece has no newline
            printed.append(QString::fromLatin1(lines.at(i)));
        if (!printed.isEmpty())
            ++runsThatCommitted;

        QStringList notices;
        const QStringList ids = idsIn(path, &notices);
        QVERIFY2(notices.isEmpty(), qPrintable(where + u": " + notices.join(u' ')));
        QStringList expected = committed + printed;
        // The write in flight at the kill may have landed whole: its entry comes last.
        if (!ids.isEmpty() && !expected.contains(ids.constLast()))
            expected.append(ids.constLast());
        expected = expected.mid(std::max<qsizetype>(0, expected.size() - MaxEntries));
        QVERIFY2(ids == expected,
                 qPrintable(QStringLiteral("%1: the file holds %2 entries, %3 expected")
                                .arg(where)
                                .arg(ids.size())
                                .arg(expected.size())));
        committed = ids;
    }
    // Not a test of the writer's speed: only that the kills did not all land before a commit.
    QVERIFY2(runsThatCommitted > 0, qPrintable(QStringLiteral("HERO_KILL_SEED=%1").arg(seed)));
    QVERIFY(!committed.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_historykill.moc"
