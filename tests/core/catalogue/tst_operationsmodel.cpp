// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "catalogue/operationsfiltermodel.h"
#include "catalogue/operationsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

int leafCount(const QAbstractItemModel &model)
{
    int count = 0;
    for (int tag = 0; tag < model.rowCount(); ++tag)
        count += model.rowCount(model.index(tag, 0));
    return count;
}

QStringList tagNames(const QAbstractItemModel &model)
{
    QStringList names;
    for (int tag = 0; tag < model.rowCount(); ++tag)
        names.append(model.index(tag, 0).data().toString());
    return names;
}

} // namespace

class TestOperationsModel : public QObject
{
    Q_OBJECT

private slots:
    void treeGroupsOperationsByTag();
    void operationRowsExposeTheirRoles();
    void untaggedOperationsGoUnderOther();
    void replacingTheCatalogueResetsTheTree();
    void filterNarrowsTheTree_data();
    void filterNarrowsTheTree();
    void filterKeepsTagRowsWhoseChildrenMatch();
    void clearingTheFilterShowsEverything();
};

void TestOperationsModel::treeGroupsOperationsByTag()
{
    OperationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Catalogue catalogue = Catalogue::bundled();
    model.setCatalogue(catalogue);

    // Declared tags without operations (ApiKey, Utilities, …) get no branch.
    const QStringList tags = tagNames(model);
    QCOMPARE(tags.first(), QStringLiteral("Practice Group"));
    QVERIFY(tags.contains(QStringLiteral("Booking")));
    QVERIFY(!tags.contains(QStringLiteral("ApiKey")));
    QCOMPARE(leafCount(model), catalogue.operations.size()); // one tag per bundled operation

    for (int tag = 0; tag < model.rowCount(); ++tag) {
        const QModelIndex tagIndex = model.index(tag, 0);
        QVERIFY(model.rowCount(tagIndex) > 0);
        for (int row = 0; row < model.rowCount(tagIndex); ++row) {
            const Operation *operation = model.operationAt(model.index(row, 0, tagIndex));
            QVERIFY(operation);
            QVERIFY(operation->tags.contains(tagIndex.data().toString()));
        }
    }
}

void TestOperationsModel::operationRowsExposeTheirRoles()
{
    OperationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalogue(Catalogue::bundled());

    const int sendIndex =
        model.catalogue().indexOf(QStringLiteral("POST"), QStringLiteral("/v1/messages/send"));
    QVERIFY(sendIndex >= 0);
    const QModelIndex index = model.indexOfOperation(sendIndex);
    QVERIFY(index.isValid());
    QCOMPARE(index.data().toString(), QStringLiteral("POST /v1/messages/send"));
    QCOMPARE(index.data(OperationsModel::MethodRole).toString(), QStringLiteral("POST"));
    QCOMPARE(index.data(OperationsModel::PathRole).toString(), QStringLiteral("/v1/messages/send"));
    QCOMPARE(index.data(OperationsModel::SummaryRole).toString(),
             model.catalogue().operations.at(sendIndex).summary);
    QCOMPARE(index.data(OperationsModel::OperationRole).toInt(), sendIndex);
    QCOMPARE(index.data(OperationsModel::ScopeRole).toString(), QStringLiteral("Messaging"));
    QCOMPARE(index.data(OperationsModel::TagRole).toString(), QStringLiteral("Messages"));
    QCOMPARE(index.data(OperationsModel::IsTagRole).toBool(), false);
    QCOMPARE(index.parent().data().toString(), QStringLiteral("Messages"));
    QCOMPARE(index.parent().data(OperationsModel::IsTagRole).toBool(), true);
    QVERIFY(!index.parent().data(OperationsModel::OperationRole).isValid());
    QVERIFY(!model.operationAt(index.parent()));
}

void TestOperationsModel::untaggedOperationsGoUnderOther()
{
    const CatalogueLoadResult result = Catalogue::load(
        R"({"openapi": "3.0.0", "paths": {"/a": {"get": {}, "post": {"tags": ["T", "U"]}}}})");
    QVERIFY2(result.ok(), qPrintable(result.error));
    OperationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalogue(result.catalogue);
    // Tags the document names come first; "Other" follows them.
    QCOMPARE(tagNames(model),
             (QStringList{QStringLiteral("T"), QStringLiteral("U"), QStringLiteral("Other")}));
    QCOMPARE(leafCount(model), 3); // the POST shows under both of its tags
}

void TestOperationsModel::replacingTheCatalogueResetsTheTree()
{
    OperationsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalogue(Catalogue::bundled());
    QVERIFY(model.rowCount() > 1);
    model.setCatalogue(Catalogue());
    QCOMPARE(model.rowCount(), 0);
}

void TestOperationsModel::filterNarrowsTheTree_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("operations");

    QTest::newRow("path fragment")
        << QStringLiteral("batch_message") << QStringList{QStringLiteral("Messages")} << 6;
    QTest::newRow("case-insensitive")
        << QStringLiteral("BATCH_MESSAGE") << QStringList{QStringLiteral("Messages")} << 6;
    QTest::newRow("method and path words")
        << QStringLiteral("patch appointments") << QStringList{QStringLiteral("Booking")} << 1;
    QTest::newRow("tag name shows the whole tag")
        << QStringLiteral("invoicing") << QStringList{QStringLiteral("Invoicing")} << 3;
    QTest::newRow("summary word") << QStringLiteral("Stripe")
                                  << QStringList{QStringLiteral("Invoicing")} << 3;
    QTest::newRow("across tags") << QStringLiteral(
        "/v1/me") << QStringList{QStringLiteral("Practice Group"), QStringLiteral("Messages")}
                                 << 7;
    QTest::newRow("nothing") << QStringLiteral("no-such-endpoint") << QStringList{} << 0;
}

void TestOperationsModel::filterNarrowsTheTree()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(int, operations);

    OperationsModel model;
    model.setCatalogue(Catalogue::bundled());
    OperationsFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    const int all = leafCount(filter);
    filter.setFilterText(text);

    QCOMPARE(tagNames(filter), tags);
    QCOMPARE(leafCount(filter), operations);
    QVERIFY(leafCount(filter) < all);
    // Every visible operation really contains each word somewhere.
    const QStringList words = text.split(QLatin1Char(' '));
    for (int tag = 0; tag < filter.rowCount(); ++tag) {
        const QModelIndex tagIndex = filter.index(tag, 0);
        for (int row = 0; row < filter.rowCount(tagIndex); ++row) {
            const QModelIndex index = filter.index(row, 0, tagIndex);
            const QString haystack = index.data().toString() + QLatin1Char(' ')
                + index.data(OperationsModel::SummaryRole).toString() + QLatin1Char(' ')
                + tagIndex.data().toString();
            for (const QString &word : words)
                QVERIFY2(haystack.contains(word, Qt::CaseInsensitive), qPrintable(haystack));
        }
    }
}

void TestOperationsModel::filterKeepsTagRowsWhoseChildrenMatch()
{
    OperationsModel model;
    model.setCatalogue(Catalogue::bundled());
    OperationsFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);

    filter.setFilterText(QStringLiteral("pharmacies"));
    QCOMPARE(tagNames(filter), QStringList{QStringLiteral("Prescription")});
    const QModelIndex tag = filter.index(0, 0);
    QCOMPARE(filter.rowCount(tag), 2);
    QVERIFY(filter.index(0, 0, tag).data().toString().contains(QStringLiteral("pharmacies")));
}

void TestOperationsModel::clearingTheFilterShowsEverything()
{
    OperationsModel model;
    model.setCatalogue(Catalogue::bundled());
    OperationsFilterModel filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    filter.setFilterText(QStringLiteral("webhooks"));
    QCOMPARE(leafCount(filter), 2);
    filter.setFilterText(QStringLiteral("  "));
    QCOMPARE(leafCount(filter), leafCount(model));
    QCOMPARE(filter.rowCount(), model.rowCount());
}

QTEST_GUILESS_MAIN(TestOperationsModel)
#include "tst_operationsmodel.moc"
