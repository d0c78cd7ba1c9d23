// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "session/explorersettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The explorer's typed settings: the keys earlier versions wrote, and the open tabs.
class TestExplorerSettings : public QObject
{
    Q_OBJECT
private slots:
    void settingsWrittenByEarlierVersionsAreRead();
    void openTabsRoundTripWithoutSecrets();
    void aFreshTabIsKeptWithoutARequest();
    void aTabsBodyIsWrittenOnlyWhenBodiesAreKept();
};

void TestExplorerSettings::settingsWrittenByEarlierVersionsAreRead()
{
    QTemporaryDir dir;
    QSettings raw(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    raw.setValue(QStringLiteral("environment/last"), QStringLiteral("portal-mock"));
    raw.setValue(QStringLiteral("practiceGroups/portal-mock/last"), QStringLiteral("1003"));
    raw.setValue(QStringLiteral("view/animations"), false);
    raw.setValue(QStringLiteral("view/theme"), QStringLiteral("dark"));
    raw.setValue(QStringLiteral("welcome/dismissed"), true);
    raw.setValue(QStringLiteral("window/mainSplitter"), QByteArray("splitter"));
    const ExplorerSettings settings(&raw);
    QCOMPARE(settings.lastEnvironment(QStringLiteral("staging")), QStringLiteral("portal-mock"));
    QCOMPARE(settings.lastPracticeGroup(QStringLiteral("portal-mock")), QStringLiteral("1003"));
    QCOMPARE(settings.lastPracticeGroup(QStringLiteral("staging")), QString());
    QCOMPARE(settings.animations(true), false);
    QCOMPARE(settings.theme(), QStringLiteral("dark"));
    QVERIFY(settings.welcomeDismissed());
    QCOMPARE(settings.mainSplitter(), QByteArray("splitter"));

    QSettings empty(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const ExplorerSettings fresh(&empty);
    QCOMPARE(fresh.lastEnvironment(QStringLiteral("sandbox")), QStringLiteral("sandbox"));
    QCOMPARE(fresh.animations(true), true);
    QVERIFY(fresh.theme().isEmpty()); // System
    QVERIFY(!fresh.welcomeDismissed());
    QVERIFY(fresh.openTabs().isEmpty());
}

void TestExplorerSettings::openTabsRoundTripWithoutSecrets()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    SavedTab tab;
    tab.environmentId = QStringLiteral("sandbox");
    tab.keyProfileId = QStringLiteral("profile-1");
    tab.practiceGroup = QStringLiteral("1001");
    tab.hasRequest = true;
    tab.request.method = "POST";
    tab.request.path = QStringLiteral("/v1/messages/send");
    tab.request.query = {{QStringLiteral("dry"), QStringLiteral("a=b c")}};
    tab.request.extraHeaders = {{"x-note", "canary"}, {"Authorization", "Bearer sk_live_9Zq4"}};
    tab.request.body = QByteArrayLiteral("{\"text\":\"hello\"}");
    {
        QSettings raw(file, QSettings::IniFormat);
        ExplorerSettings(&raw).setOpenTabs({tab, tab}, 1, true);
    }
    QSettings raw(file, QSettings::IniFormat);
    const ExplorerSettings settings(&raw);
    const QList<SavedTab> tabs = settings.openTabs();
    QCOMPARE(tabs.size(), 2);
    QCOMPARE(settings.currentTab(), 1);
    const SavedTab back = tabs.at(1);
    QCOMPARE(back.environmentId, tab.environmentId);
    QCOMPARE(back.keyProfileId, tab.keyProfileId);
    QCOMPARE(back.practiceGroup, tab.practiceGroup);
    QVERIFY(back.hasRequest);
    QCOMPARE(back.request.method, QByteArray("POST"));
    QCOMPARE(back.request.path, tab.request.path);
    QCOMPARE(back.request.query, tab.request.query);
    QCOMPARE(back.request.body, tab.request.body);
    QCOMPARE(back.request.extraHeaders.size(), 2);
    QCOMPARE(back.request.extraHeaders.at(0),
             qMakePair(QByteArray("x-note"), QByteArray("canary")));
    // A header that looks like a secret is kept by name, its value redacted.
    QCOMPARE(back.request.extraHeaders.at(1).first, QByteArray("Authorization"));
    QVERIFY(!back.request.extraHeaders.at(1).second.contains("sk_live"));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("sk_live"));
}

void TestExplorerSettings::aFreshTabIsKeptWithoutARequest()
{
    QTemporaryDir dir;
    QSettings raw(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    ExplorerSettings settings(&raw);
    SavedTab fresh;
    fresh.environmentId = QStringLiteral("staging");
    settings.setOpenTabs({fresh}, 0, false);
    const QList<SavedTab> tabs = settings.openTabs();
    QCOMPARE(tabs.size(), 1);
    QVERIFY(!tabs.first().hasRequest);
    QCOMPARE(tabs.first().environmentId, QStringLiteral("staging"));
    // Fewer tabs than last time: the old ones are gone.
    settings.setOpenTabs({}, 0, false);
    QVERIFY(settings.openTabs().isEmpty());
}

void TestExplorerSettings::aTabsBodyIsWrittenOnlyWhenBodiesAreKept()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    SavedTab tab;
    tab.hasRequest = true;
    tab.request.method = "POST";
    tab.request.path = QStringLiteral("/v1/appointments");
    tab.request.body = QByteArrayLiteral("{\"patientId\":\"p-canary-42\"}");
    {
        QSettings raw(file, QSettings::IniFormat);
        ExplorerSettings settings(&raw);
        // Kept once, then not: the second save takes the body off the disk.
        settings.setOpenTabs({tab}, 0, true);
        settings.setOpenTabs({tab}, 0, false);
    }
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(!written.readAll().contains("p-canary-42"));
    QSettings raw(file, QSettings::IniFormat);
    const QList<SavedTab> tabs = ExplorerSettings(&raw).openTabs();
    QCOMPARE(tabs.size(), 1);
    QCOMPARE(tabs.first().request.path, tab.request.path);
    QCOMPARE(tabs.first().request.method, QByteArray("POST"));
    QVERIFY(tabs.first().request.body.isEmpty());
}

QTEST_GUILESS_MAIN(TestExplorerSettings)
#include "tst_explorersettings.moc"
