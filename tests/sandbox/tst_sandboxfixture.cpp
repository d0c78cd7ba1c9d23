// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(":/hero/sandbox-fixture.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Replaces root[arrayName][index][field] with value.
QJsonObject withField(QJsonObject root, const QString &arrayName, int index, const QString &field,
                      const QJsonValue &value)
{
    QJsonArray array = root.value(arrayName).toArray();
    QJsonObject item = array.at(index).toObject();
    item.insert(field, value);
    array.replace(index, item);
    root.insert(arrayName, array);
    return root;
}

} // namespace

class TestSandboxFixture : public QObject
{
    Q_OBJECT

private slots:
    void builtInFixtureDescribesTheDocumentedWorld();
    void badFixtureIsRejectedNamingTheField_data();
    void badFixtureIsRejectedNamingTheField();
    void errorsNeverQuoteAKey();
    void rateLimitDefaultsWhenAbsent();
    void scopeGovernsWholePathSegments_data();
    void scopeGovernsWholePathSegments();
    void keyMayActForItsHomeGroupAndItsNetwork_data();
    void keyMayActForItsHomeGroupAndItsNetwork();
};

void TestSandboxFixture::builtInFixtureDescribesTheDocumentedWorld()
{
    QString error;
    const std::optional<SandboxFixture> fixture = SandboxFixture::builtIn(&error);
    QVERIFY2(fixture, qPrintable(error));
    QCOMPARE(fixture->practiceGroups.size(), 4);
    QCOMPARE(fixture->group(QStringLiteral("1003"))->name, QStringLiteral("Northside PCN Hub"));
    QCOMPARE(fixture->networks.size(), 1);
    QCOMPARE(fixture->networks.first().members,
             QStringList({QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")}));
    QCOMPARE(fixture->keys.size(), 4);
    const int expired = fixture->keyIndex("hero_sbx_expired_Q0aa");
    QVERIFY(expired >= 0);
    QVERIFY(fixture->keys.at(expired).expired);
    const int messaging = fixture->keyIndex("hero_sbx_msg_K4pL8v");
    QCOMPARE(fixture->keys.at(messaging).scopes, QStringList{QStringLiteral("messaging")});
    QCOMPARE(fixture->keyIndex("hero_sbx_nonsense"), -1);
    QCOMPARE(fixture->rateLimitRequests, 300);
    QCOMPARE(fixture->rateLimitWindowSeconds, 60);
}

void TestSandboxFixture::badFixtureIsRejectedNamingTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QJsonObject good = builtInJson();

    QTest::newRow("not json") << QByteArray("{\"practice_groups\": [")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("not an object")
        << QByteArray("[]") << QStringLiteral("the fixture must be a JSON object");
    QJsonObject noGroups = good;
    noGroups.remove(QStringLiteral("practice_groups"));
    QTest::newRow("no groups") << toJson(noGroups)
                               << QStringLiteral("practice_groups: must be a non-empty array");
    QTest::newRow("group id not digits")
        << toJson(withField(good, QStringLiteral("practice_groups"), 1, QStringLiteral("id"),
                            QStringLiteral("10a2")))
        << QStringLiteral("practice_groups[1].id: must be a string of digits");
    QTest::newRow("duplicate group")
        << toJson(withField(good, QStringLiteral("practice_groups"), 1, QStringLiteral("id"),
                            QStringLiteral("1001")))
        << QStringLiteral("practice_groups[1].id: duplicate practice group 1001");
    QTest::newRow("group without name")
        << toJson(withField(good, QStringLiteral("practice_groups"), 0, QStringLiteral("name"),
                            QJsonValue(7)))
        << QStringLiteral("practice_groups[0].name: must be a string");
    QTest::newRow("unknown network member")
        << toJson(withField(good, QStringLiteral("networks"), 0, QStringLiteral("members"),
                            QJsonArray{QStringLiteral("1001"), QStringLiteral("9999")}))
        << QStringLiteral("networks[0].members[1]: unknown practice group 9999");
    QTest::newRow("key with unknown group")
        << toJson(withField(good, QStringLiteral("keys"), 2, QStringLiteral("practice_group"),
                            QStringLiteral("9999")))
        << QStringLiteral("keys[2].practice_group: unknown practice group 9999");
    QTest::newRow("key with unknown scope")
        << toJson(withField(good, QStringLiteral("keys"), 1, QStringLiteral("scopes"),
                            QJsonArray{QStringLiteral("messaging"), QStringLiteral("admin")}))
        << QStringLiteral("keys[1].scopes[1]: unknown scope admin");
    QTest::newRow("key without value")
        << toJson(withField(good, QStringLiteral("keys"), 0, QStringLiteral("key"), QString()))
        << QStringLiteral("keys[0].key: must not be empty");
    QTest::newRow("expired not a boolean")
        << toJson(withField(good, QStringLiteral("keys"), 3, QStringLiteral("expired"),
                            QStringLiteral("yes")))
        << QStringLiteral("keys[3].expired: must be true or false");
    QJsonObject zeroRate = good;
    zeroRate.insert(
        QStringLiteral("rate_limit"),
        QJsonObject{{QStringLiteral("requests"), 0}, {QStringLiteral("window_seconds"), 60}});
    QTest::newRow("zero rate limit")
        << toJson(zeroRate) << QStringLiteral("rate_limit.requests: must be a positive integer");
    QJsonObject badPrefix = good;
    badPrefix.insert(
        QStringLiteral("scopes"),
        QJsonObject{{QStringLiteral("messaging"), QJsonArray{QStringLiteral("v1/x")}}});
    QTest::newRow("scope prefix without slash")
        << toJson(badPrefix)
        << QStringLiteral("scopes.messaging[0]: must be a path prefix like \"/v1/messages\"");
}

void TestSandboxFixture::badFixtureIsRejectedNamingTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!SandboxFixture::load(json, &error));
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void TestSandboxFixture::errorsNeverQuoteAKey()
{
    QJsonObject root = builtInJson();
    root = withField(root, QStringLiteral("keys"), 1, QStringLiteral("key"),
                     QStringLiteral("hero_sbx_full_7Q2mX9"));
    QString error;
    QVERIFY(!SandboxFixture::load(toJson(root), &error));
    QCOMPARE(error, QStringLiteral("keys[1].key: duplicate key"));
    QVERIFY(!error.contains(QStringLiteral("7Q2mX9")));
}

void TestSandboxFixture::rateLimitDefaultsWhenAbsent()
{
    QJsonObject root = builtInJson();
    root.remove(QStringLiteral("rate_limit"));
    root.insert(QStringLiteral("networks"), QJsonArray());
    QString error;
    const std::optional<SandboxFixture> fixture = SandboxFixture::load(toJson(root), &error);
    QVERIFY2(fixture, qPrintable(error));
    QCOMPARE(fixture->rateLimitRequests, 300);
    QCOMPARE(fixture->rateLimitWindowSeconds, 60);
    QVERIFY(!fixture->shareNetwork(QStringLiteral("1001"), QStringLiteral("1002")));
}

void TestSandboxFixture::scopeGovernsWholePathSegments_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("scope");
    QTest::newRow("prefix itself") << QStringLiteral("/v1/messages") << QStringLiteral("messaging");
    QTest::newRow("below prefix") << QStringLiteral("/v1/messages/send")
                                  << QStringLiteral("messaging");
    QTest::newRow("batch") << QStringLiteral("/v1/batch_message/7/send")
                           << QStringLiteral("messaging");
    QTest::newRow("longer segment") << QStringLiteral("/v1/messagesX") << QString();
    QTest::newRow("booking") << QStringLiteral("/v1/slots/3") << QStringLiteral("booking");
    QTest::newRow("booking links")
        << QStringLiteral("/v1/booking_links/3") << QStringLiteral("booking_links");
    QTest::newRow("unscoped") << QStringLiteral("/v1/me") << QString();
}

void TestSandboxFixture::scopeGovernsWholePathSegments()
{
    QFETCH(QString, path);
    QFETCH(QString, scope);
    const std::optional<SandboxFixture> fixture = SandboxFixture::builtIn(nullptr);
    QVERIFY(fixture);
    QCOMPARE(fixture->scopeForPath(path), scope);
}

void TestSandboxFixture::keyMayActForItsHomeGroupAndItsNetwork_data()
{
    QTest::addColumn<QString>("home");
    QTest::addColumn<QStringList>("groups");
    QTest::newRow("in a network") << QStringLiteral("1001")
                                  << QStringList{QStringLiteral("1001"), QStringLiteral("1002"),
                                                 QStringLiteral("1003")};
    QTest::newRow("hub") << QStringLiteral("1003")
                         << QStringList{QStringLiteral("1001"), QStringLiteral("1002"),
                                        QStringLiteral("1003")};
    QTest::newRow("alone") << QStringLiteral("2001") << QStringList{QStringLiteral("2001")};
}

void TestSandboxFixture::keyMayActForItsHomeGroupAndItsNetwork()
{
    QFETCH(QString, home);
    QFETCH(QStringList, groups);
    const std::optional<SandboxFixture> fixture = SandboxFixture::builtIn(nullptr);
    QVERIFY(fixture);
    QCOMPARE(fixture->groupsActableFor(home), groups);
}

QTEST_GUILESS_MAIN(TestSandboxFixture)
#include "tst_sandboxfixture.moc"
