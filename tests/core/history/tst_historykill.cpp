// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "history/historystore.h"
#include "killloop.h"

#include <QTemporaryDir>
#include <QTest>

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
// random moment, 200 times (killloop.h), and after each kill the file must load whole, holding
// exactly the entries committed so far (the newest MaxEntries), plus at most the one whose write
// was in flight. Each run starts from the file the last one left.
class TestHistoryKill : public QObject
{
    Q_OBJECT
private slots:
    void everyCommittedEntrySurvivesAKill();
};

void TestHistoryKill::everyCommittedEntrySurvivesAKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("history.json"));

    QStringList committed; // what the file must hold, oldest first
    const auto check = [&](const QStringList &printed) -> QString {
        QStringList notices;
        const QStringList ids = idsIn(path, &notices);
        if (!notices.isEmpty())
            return notices.join(u' ');
        const QStringList expected = expectedAfterKill(committed, printed, ids, MaxEntries);
        if (ids != expected)
            return QStringLiteral("the file holds %1 entries, %2 expected")
                .arg(ids.size())
                .arg(expected.size());
        committed = ids;
        return {};
    };
    const KillLoopResult result = killRepeatedly(QStringLiteral(HISTORY_WRITER),
                                                 {path, QString::number(MaxEntries)}, Runs, check);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QVERIFY(!committed.isEmpty());
}

QTEST_GUILESS_MAIN(TestHistoryKill)
#include "tst_historykill.moc"
