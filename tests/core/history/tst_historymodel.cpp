// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "history/historyfiltermodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "historytestdata.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class TestHistoryModel : public QObject
{
    Q_OBJECT
private slots:
    void followsTheStoreUnderTheModelTester();
    void newestEntryIsTheFirstRow();
    void rowsShowTimeEnvironmentMethodPathGroupStatusAndElapsed();
    void outcomeRoleTellsSuccessFromFailure();
    void filterNarrowsToMatchingEntries_data();
    void filterNarrowsToMatchingEntries();
    void filterFollowsNewEntries();

private:
    static void addThree(HistoryStore *store);
};

void TestHistoryModel::addThree(HistoryStore *store)
{
    store->add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me"), 200, 1'700'000'000),
               HistoryTestData::context());
    store->add(HistoryTestData::exchange("GET", QStringLiteral("/v1/patients"), 404, 1'700'000'001),
               HistoryTestData::context());
    store->add(HistoryTestData::exchange("POST", QStringLiteral("/v1/notes?draft=true"), 200,
                                         1'700'000'002),
               HistoryTestData::context(QStringLiteral("production"), QStringLiteral("77")));
}

void TestHistoryModel::followsTheStoreUnderTheModelTester()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.json")));
    store.load();
    HistoryModel model(&store);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);

    store.setLimits(3, HistoryStore::DefaultMaxBytes);
    addThree(&store);
    QCOMPARE(model.rowCount(), 3);
    store.add(HistoryTestData::exchange("DELETE", QStringLiteral("/v1/notes/1")),
              HistoryTestData::context());
    QCOMPARE(model.rowCount(), 3); // the oldest left the bottom
    QCOMPARE(model.index(2, HistoryModel::PathColumn).data().toString(),
             QStringLiteral("/v1/patients"));
    filter.setSearchText(QStringLiteral("notes"));
    filter.sort(HistoryModel::ElapsedColumn);
    QCOMPARE(filter.rowCount(), 2);
    QVERIFY(store.saveNow());
    store.load();
    QCOMPARE(model.rowCount(), 3);
    store.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(filter.rowCount(), 0);
}

void TestHistoryModel::newestEntryIsTheFirstRow()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.json")));
    addThree(&store);
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, HistoryModel::PathColumn).data().toString(),
             QStringLiteral("/v1/notes?draft=true"));
    QCOMPARE(model.index(2, HistoryModel::PathColumn).data().toString(), QStringLiteral("/v1/me"));
    QCOMPARE(model.index(0, 0).data(HistoryModel::IdRole).toString(), store.entries().last().id);
    store.add(HistoryTestData::exchange("PUT", QStringLiteral("/v1/notes/9")),
              HistoryTestData::context());
    QCOMPARE(model.index(0, HistoryModel::MethodColumn).data().toString(), QStringLiteral("PUT"));
}

void TestHistoryModel::rowsShowTimeEnvironmentMethodPathGroupStatusAndElapsed()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.json")));
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/patients"), 404, 1'700'000'000),
              HistoryTestData::context(QStringLiteral("production"), QStringLiteral("77")));
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
    const auto cell = [&model](int column) { return model.index(0, column).data().toString(); };
    const QDateTime time = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    QCOMPARE(cell(HistoryModel::TimeColumn),
             time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(HistoryModel::EnvironmentColumn), QStringLiteral("Production"));
    QCOMPARE(cell(HistoryModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(cell(HistoryModel::PathColumn), QStringLiteral("/v1/patients"));
    QCOMPARE(cell(HistoryModel::GroupColumn), QStringLiteral("77"));
    QCOMPARE(cell(HistoryModel::StatusColumn), QStringLiteral("404 Not Found"));
    QCOMPARE(cell(HistoryModel::ElapsedColumn), QStringLiteral("42 ms"));
    QCOMPARE(model.headerData(HistoryModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
}

void TestHistoryModel::outcomeRoleTellsSuccessFromFailure()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.json")));
    addThree(&store);
    Exchange timedOut = HistoryTestData::exchange("GET", QStringLiteral("/v1/slow"), 0);
    timedOut.transportError = TransportError::TimedOut;
    store.add(timedOut, HistoryTestData::context());
    HistoryModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto outcome = [&model](int row) {
        return HistoryOutcome(
            model.index(row, HistoryModel::StatusColumn).data(HistoryModel::OutcomeRole).toInt());
    };
    QCOMPARE(outcome(0), HistoryOutcome::Failed);
    QCOMPARE(model.index(0, HistoryModel::StatusColumn).data().toString(),
             QStringLiteral("timed_out"));
    QCOMPARE(outcome(1), HistoryOutcome::Success);
    QCOMPARE(outcome(2), HistoryOutcome::ClientError);
}

void TestHistoryModel::filterNarrowsToMatchingEntries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("empty shows all")
        << QString()
        << QStringList{QStringLiteral("/v1/notes?draft=true"), QStringLiteral("/v1/patients"),
                       QStringLiteral("/v1/me")};
    QTest::newRow("method") << QStringLiteral(
        "GET") << QStringList{QStringLiteral("/v1/patients"), QStringLiteral("/v1/me")};
    QTest::newRow("status and method")
        << QStringLiteral("get 404") << QStringList{QStringLiteral("/v1/patients")};
    QTest::newRow("group") << QStringLiteral("77")
                           << QStringList{QStringLiteral("/v1/notes?draft=true")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QStringList{};
}

void TestHistoryModel::filterNarrowsToMatchingEntries()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paths);
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.json")));
    addThree(&store);
    HistoryModel model(&store);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(text);
    QStringList shown;
    for (int row = 0; row < filter.rowCount(); ++row)
        shown.append(filter.index(row, HistoryModel::PathColumn).data().toString());
    QCOMPARE(shown, paths);
}

void TestHistoryModel::filterFollowsNewEntries()
{
    QTemporaryDir dir;
    HistoryStore store(dir.filePath(QStringLiteral("history.json")));
    addThree(&store);
    HistoryModel model(&store);
    HistoryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSearchText(QStringLiteral("patients"));
    QCOMPARE(filter.rowCount(), 1);
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/patients/2")),
              HistoryTestData::context());
    store.add(HistoryTestData::exchange("GET", QStringLiteral("/v1/me")),
              HistoryTestData::context());
    QCOMPARE(filter.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
