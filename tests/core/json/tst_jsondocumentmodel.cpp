// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "json/jsondocumentmodel.h"
#include "json/jsonparseresult.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {

std::shared_ptr<const ParsedJson> parsed(const QByteArray &body)
{
    const JsonParseResult result = parseJson(body);
    if (!result.ok())
        qWarning("%s", qPrintable(result.message));
    return result.document;
}

QByteArray patients(int count)
{
    QByteArray body = "{\"data\":[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"id\":\"" + QByteArray::number(i) + "\",\"name\":\"Patient "
            + QByteArray::number(i) + "\",\"age\":" + QByteArray::number(20 + i % 60) + "}";
    }
    body += "],\"count\":" + QByteArray::number(count) + "}";
    return body;
}

QModelIndex childWithKey(const QAbstractItemModel &model, const QModelIndex &parent,
                         const QString &key)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, JsonDocumentModel::KeyColumn, parent);
        if (index.data().toString() == key)
            return index;
    }
    return {};
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

} // namespace

class TestJsonDocumentModel : public QObject
{
    Q_OBJECT

private slots:
    void firstLevelIsShownInDocumentOrder();
    void valueAndTypeColumnsDescribeEachValue_data();
    void valueAndTypeColumnsDescribeEachValue();
    void largeArraysAreFetchedInBatches();
    void nestedContainersStayEmptyUntilFetched();
    void jsonPathOfAnIndex_data();
    void jsonPathOfAnIndex();
    void valueTextCopiesTheValue();
    void scalarDocumentIsOneRow();
    void clearingEmptiesTheModel();
};

void TestJsonDocumentModel::firstLevelIsShownInDocumentOrder()
{
    JsonDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parsed(R"({"zeta": 1, "alpha": {"b": 2}, "data": [1, 2, 3]})"));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("zeta"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("alpha"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("data"));
    QCOMPARE(model.headerData(JsonDocumentModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Type"));
}

void TestJsonDocumentModel::valueAndTypeColumnsDescribeEachValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("type");

    QTest::newRow("string") << "s"
                            << "Zo\u00eb"
                            << "string";
    QTest::newRow("integer") << "i"
                             << "-42"
                             << "number";
    QTest::newRow("big unsigned") << "u"
                                  << "18446744073709551615"
                                  << "number";
    QTest::newRow("double") << "d"
                            << "2.5"
                            << "number";
    QTest::newRow("true") << "t"
                          << "true"
                          << "boolean";
    QTest::newRow("null") << "n"
                          << "null"
                          << "null";
    QTest::newRow("object") << "o"
                            << "{2}"
                            << "object";
    QTest::newRow("array") << "a"
                           << "[3]"
                           << "array";
    QTest::newRow("empty array") << "e"
                                 << "[0]"
                                 << "array";
}

void TestJsonDocumentModel::valueAndTypeColumnsDescribeEachValue()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, type);
    JsonDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parsed("{\"s\": \"Zo\xC3\xAB\", \"i\": -42, \"u\": 18446744073709551615, "
                             "\"d\": 2.5, \"t\": true, \"n\": null, \"o\": {\"x\": 1, \"y\": 2}, "
                             "\"a\": [1, [2], {}], \"e\": []}"));
    const QModelIndex index = childWithKey(model, {}, key);
    QVERIFY(index.isValid());
    QCOMPARE(cell(index, JsonDocumentModel::ValueColumn), value);
    QCOMPARE(cell(index, JsonDocumentModel::TypeColumn), type);
    QCOMPARE(index.data(JsonDocumentModel::TypeRole).toString(), type);
    const bool container = type == QLatin1String("object") || type == QLatin1String("array");
    QCOMPARE(model.hasChildren(index),
             container && value.mid(1, value.size() - 2) != QLatin1String("0"));
}

void TestJsonDocumentModel::largeArraysAreFetchedInBatches()
{
    JsonDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchSize(1000);
    QByteArray body = "[";
    for (int i = 0; i < 2500; ++i)
        body += (i ? "," : "") + QByteArray::number(i);
    body += "]";
    model.setDocument(parsed(body));

    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2000);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2500);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(cell(model.index(2499, 0), JsonDocumentModel::ValueColumn), QStringLiteral("2499"));
    QCOMPARE(model.index(2499, 0).data().toString(), QStringLiteral("[2499]"));
}

void TestJsonDocumentModel::nestedContainersStayEmptyUntilFetched()
{
    JsonDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setBatchSize(100);
    model.setDocument(parsed(patients(250)));

    const QModelIndex data = model.index(0, 0);
    QCOMPARE(data.data().toString(), QStringLiteral("data"));
    QCOMPARE(data.data(JsonDocumentModel::ChildCountRole).toLongLong(), 250);
    QVERIFY(model.hasChildren(data));
    QCOMPARE(model.rowCount(data), 0);
    QVERIFY(model.canFetchMore(data));
    model.fetchMore(data);
    QCOMPARE(model.rowCount(data), 100);
    while (model.canFetchMore(data))
        model.fetchMore(data);
    QCOMPARE(model.rowCount(data), 250);

    const QModelIndex last = model.index(249, 0, data);
    QCOMPARE(last.parent(), data);
    model.fetchMore(last);
    QCOMPARE(model.rowCount(last), 3);
    QCOMPARE(
        cell(childWithKey(model, last, QStringLiteral("name")), JsonDocumentModel::ValueColumn),
        QStringLiteral("Patient 249"));
    QCOMPARE(cell(model.index(1, 0), JsonDocumentModel::ValueColumn), QStringLiteral("250"));
}

void TestJsonDocumentModel::jsonPathOfAnIndex_data()
{
    QTest::addColumn<QStringList>("keys"); // the Key column text from the top down
    QTest::addColumn<QString>("path");

    QTest::newRow("top") << QStringList{QStringLiteral("data")} << QStringLiteral("$.data");
    QTest::newRow("element") << QStringList{QStringLiteral("data"), QStringLiteral("[1]")}
                             << QStringLiteral("$.data[1]");
    QTest::newRow("member of element")
        << QStringList{QStringLiteral("data"), QStringLiteral("[1]"), QStringLiteral("name")}
        << QStringLiteral("$.data[1].name");
    QTest::newRow("key with space")
        << QStringList{QStringLiteral("odd key")} << QStringLiteral("$[\"odd key\"]");
    QTest::newRow("key with quote")
        << QStringList{QStringLiteral("say \"hi\"")} << QStringLiteral("$[\"say \\\"hi\\\"\"]");
    QTest::newRow("leading digit")
        << QStringList{QStringLiteral("1st")} << QStringLiteral("$[\"1st\"]");
    QTest::newRow("nested arrays")
        << QStringList{QStringLiteral("grid"), QStringLiteral("[1]"), QStringLiteral("[0]")}
        << QStringLiteral("$.grid[1][0]");
}

void TestJsonDocumentModel::jsonPathOfAnIndex()
{
    QFETCH(QStringList, keys);
    QFETCH(QString, path);
    JsonDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parsed(R"({"data": [{"name": "a"}, {"name": "b"}], "odd key": 1,
        "say \"hi\"": 2, "1st": 3, "grid": [[1], [2]]})"));
    QModelIndex index;
    for (const QString &key : keys) {
        if (model.canFetchMore(index))
            model.fetchMore(index);
        index = childWithKey(model, index, key);
        QVERIFY2(index.isValid(), qPrintable(key));
    }
    QCOMPARE(model.jsonPath(index), path);
    QCOMPARE(index.siblingAtColumn(JsonDocumentModel::TypeColumn)
                 .data(JsonDocumentModel::PathRole)
                 .toString(),
             path);
}

void TestJsonDocumentModel::valueTextCopiesTheValue()
{
    JsonDocumentModel model;
    model.setDocument(parsed(R"({"s": "line\nbreak \"q\"", "o": {"a": [1, 2.5, null]}, "n": 7})"));
    QCOMPARE(model.valueText(model.index(0, 0)), QByteArray("line\nbreak \"q\""));
    QCOMPARE(model.valueText(model.index(1, 0)), QByteArray(R"({"a":[1,2.5,null]})"));
    QCOMPARE(model.valueText(model.index(2, 0)), QByteArray("7"));
    QCOMPARE(model.valueText({}), QByteArray());
}

void TestJsonDocumentModel::scalarDocumentIsOneRow()
{
    JsonDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parsed("\"alone\""));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("$"));
    QCOMPARE(cell(model.index(0, 0), JsonDocumentModel::ValueColumn), QStringLiteral("alone"));
    QCOMPARE(model.jsonPath(model.index(0, 0)), QStringLiteral("$"));
    QVERIFY(!model.hasChildren(model.index(0, 0)));
}

void TestJsonDocumentModel::clearingEmptiesTheModel()
{
    JsonDocumentModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDocument(parsed(patients(3)));
    QCOMPARE(model.rowCount(), 2);
    model.clear();
    QVERIFY(model.isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_GUILESS_MAIN(TestJsonDocumentModel)
#include "tst_jsondocumentmodel.moc"
