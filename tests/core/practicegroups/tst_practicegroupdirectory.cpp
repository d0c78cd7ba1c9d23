// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "practicegroups/practicegroupdirectory.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestPracticeGroupDirectory : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheSandboxListing();
    void parsingIgnoresGarbage_data();
    void parsingIgnoresGarbage();
    void homeGroupComesFirstAndIsMarked();
    void savedAndRecentGroupsPersistPerEnvironment();
    void invalidIdsAreNeverSaved();

private:
    QTemporaryDir m_dir;
};

void TestPracticeGroupDirectory::parsesTheSandboxListing()
{
    const QByteArray body = R"({"data":[{"id":"1001","name":"Riverside Medical Practice",
        "network":{"id":"10","name":"Northside PCN"}},{"id":1002,"name":"Hillview Surgery"}],"count":2})";
    const QList<PracticeGroup> groups = parsePracticeGroups(body);
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).id, QStringLiteral("1001"));
    QCOMPARE(groups.at(0).network, QStringLiteral("Northside PCN"));
    QCOMPARE(groups.at(1).id, QStringLiteral("1002"));
    QCOMPARE(groups.at(1).name, QStringLiteral("Hillview Surgery"));
}

void TestPracticeGroupDirectory::parsingIgnoresGarbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>502</html>");
    QTest::newRow("error envelope") << QByteArray(R"({"statusCode":403,"error":"forbidden"})");
    QTest::newRow("injection id") << QByteArray(R"({"data":[{"id":"1\r\nx: y"}]})");
    QTest::newRow("non-digit id") << QByteArray(R"({"data":[{"id":"abc"}]})");
}

void TestPracticeGroupDirectory::parsingIgnoresGarbage()
{
    QFETCH(QByteArray, body);
    QVERIFY(parsePracticeGroups(body).isEmpty());
}

void TestPracticeGroupDirectory::homeGroupComesFirstAndIsMarked()
{
    QSettings settings(m_dir.filePath(QStringLiteral("home.ini")), QSettings::IniFormat);
    PracticeGroupDirectory directory(&settings);
    QAbstractItemModelTester tester(&directory);
    directory.setContext(QStringLiteral("sandbox"), QStringLiteral("1001"));
    directory.setListed(parsePracticeGroups(
        R"({"data":[{"id":"1002","name":"Hillview Surgery"},{"id":"1001","name":"Riverside"}]})"));
    QCOMPARE(directory.rowCount(), 2);
    const QModelIndex first = directory.index(0);
    QCOMPARE(first.data(PracticeGroupDirectory::IdRole).toString(), QStringLiteral("1001"));
    QVERIFY(first.data(PracticeGroupDirectory::IsHomeRole).toBool());
    QVERIFY(first.data().toString().contains(QStringLiteral("home")));
    QCOMPARE(directory.nameOf(QStringLiteral("1001")), QStringLiteral("Riverside"));
    QVERIFY(!directory.index(1).data(PracticeGroupDirectory::IsHomeRole).toBool());
}

void TestPracticeGroupDirectory::savedAndRecentGroupsPersistPerEnvironment()
{
    const QString file = m_dir.filePath(QStringLiteral("persist.ini"));
    {
        QSettings settings(file, QSettings::IniFormat);
        PracticeGroupDirectory directory(&settings);
        directory.setContext(QStringLiteral("staging"), QStringLiteral("5"));
        directory.save(QStringLiteral("77"), QStringLiteral("Hub site"));
        directory.markUsed(QStringLiteral("88"));
    }
    QSettings settings(file, QSettings::IniFormat);
    PracticeGroupDirectory directory(&settings);
    directory.setContext(QStringLiteral("staging"), QStringLiteral("5"));
    QCOMPARE(directory.rowOf(QStringLiteral("5")), 0);
    QVERIFY(directory.rowOf(QStringLiteral("77")) > 0);
    QCOMPARE(directory.nameOf(QStringLiteral("77")), QStringLiteral("Hub site"));
    QVERIFY(directory.rowOf(QStringLiteral("88")) > 0);

    directory.setContext(QStringLiteral("production"), QString());
    QCOMPARE(directory.rowOf(QStringLiteral("77")), -1);
    QCOMPARE(directory.rowCount(), 0);
}

void TestPracticeGroupDirectory::invalidIdsAreNeverSaved()
{
    QSettings settings(m_dir.filePath(QStringLiteral("invalid.ini")), QSettings::IniFormat);
    PracticeGroupDirectory directory(&settings);
    directory.setContext(QStringLiteral("staging"), QString());
    directory.save(QStringLiteral("12/34"), QStringLiteral("x"));
    directory.markUsed(QStringLiteral("1 2"));
    QCOMPARE(directory.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestPracticeGroupDirectory)
#include "tst_practicegroupdirectory.moc"
