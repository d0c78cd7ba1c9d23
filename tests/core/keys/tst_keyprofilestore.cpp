// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keys/keyprofilestore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestKeyProfileStore : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;

    static KeyProfile profile(const QString &label, const QString &environmentId,
                              bool sessionOnly = false)
    {
        KeyProfile p;
        p.label = label;
        p.environmentId = environmentId;
        p.fingerprint = QStringLiteral("ab12");
        p.sessionOnly = sessionOnly;
        return p;
    }

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    }

    void profilesSurviveAReload()
    {
        KeyProfileStore store(m_settings.get());
        KeyProfile staging = profile(QStringLiteral("Staging — Zoë"), QStringLiteral("staging"));
        staging.homePracticeGroup = QStringLiteral("1001");
        staging.id = store.add(staging);
        const QString other =
            store.add(profile(QStringLiteral("Custom"), QStringLiteral("custom-1")));

        QSettings reopened(settingsPath(), QSettings::IniFormat);
        KeyProfileStore again(&reopened);
        QCOMPARE(again.profiles().size(), 2);
        const KeyProfile loaded = again.profile(staging.id);
        QCOMPARE(loaded.label, QStringLiteral("Staging — Zoë"));
        QCOMPARE(loaded.environmentId, QStringLiteral("staging"));
        QCOMPARE(loaded.homePracticeGroup, QStringLiteral("1001"));
        QCOMPARE(loaded.fingerprint, QStringLiteral("ab12"));
        QVERIFY(loaded.isDefault);
        QVERIFY(again.contains(other));
    }

    void firstKeyOfAnEnvironmentIsItsDefault()
    {
        KeyProfileStore store(m_settings.get());
        const QString first = store.add(profile(QStringLiteral("One"), QStringLiteral("staging")));
        const QString second = store.add(profile(QStringLiteral("Two"), QStringLiteral("staging")));
        const QString production =
            store.add(profile(QStringLiteral("Prod"), QStringLiteral("production")));
        QCOMPARE(store.defaultProfile(QStringLiteral("staging")).id, first);
        QVERIFY(!store.profile(second).isDefault);
        QCOMPARE(store.defaultProfile(QStringLiteral("production")).id, production);
        QCOMPARE(store.profilesFor(QStringLiteral("staging")).size(), 2);
    }

    void setDefaultDemotesTheOldDefaultOnlyInItsEnvironment()
    {
        KeyProfileStore store(m_settings.get());
        const QString first = store.add(profile(QStringLiteral("One"), QStringLiteral("staging")));
        const QString second = store.add(profile(QStringLiteral("Two"), QStringLiteral("staging")));
        const QString production =
            store.add(profile(QStringLiteral("Prod"), QStringLiteral("production")));
        QVERIFY(store.setDefault(second));
        QVERIFY(!store.profile(first).isDefault);
        QVERIFY(store.profile(second).isDefault);
        QVERIFY(store.profile(production).isDefault);
        QVERIFY(!store.setDefault(QStringLiteral("nope")));
    }

    void removingTheDefaultPromotesAnother()
    {
        KeyProfileStore store(m_settings.get());
        const QString first = store.add(profile(QStringLiteral("One"), QStringLiteral("staging")));
        const QString second = store.add(profile(QStringLiteral("Two"), QStringLiteral("staging")));
        QVERIFY(store.remove(first));
        QVERIFY(!store.contains(first));
        QCOMPARE(store.defaultProfile(QStringLiteral("staging")).id, second);
    }

    void renameTrimsAndRefusesAnEmptyLabel()
    {
        KeyProfileStore store(m_settings.get());
        const QString id = store.add(profile(QStringLiteral("One"), QStringLiteral("staging")));
        QSignalSpy changed(&store, &KeyProfileStore::changed);
        QVERIFY(store.rename(id, QStringLiteral("  Renamed ")));
        QCOMPARE(store.profile(id).label, QStringLiteral("Renamed"));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!store.rename(id, QStringLiteral("   ")));
        QCOMPARE(store.profile(id).label, QStringLiteral("Renamed"));
    }

    void sessionOnlyProfilesAreNeverWrittenToSettings()
    {
        KeyProfileStore store(m_settings.get());
        const QString saved =
            store.add(profile(QStringLiteral("Saved"), QStringLiteral("staging")));
        const QString session =
            store.add(profile(QStringLiteral("Just now"), QStringLiteral("staging"), true));
        QVERIFY(store.contains(session));

        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("Saved"));
        QVERIFY(!written.contains("Just now"));
        QVERIFY(!written.contains(session.toLatin1()));

        QSettings reopened(settingsPath(), QSettings::IniFormat);
        KeyProfileStore again(&reopened);
        QVERIFY(again.contains(saved));
        QVERIFY(!again.contains(session));
    }

    void addingWithAnExistingIdReplacesTheProfile()
    {
        KeyProfileStore store(m_settings.get());
        KeyProfile p = profile(QStringLiteral("One"), QStringLiteral("staging"));
        p.id = store.add(p);
        p.label = QStringLiteral("Changed");
        QCOMPARE(store.add(p), p.id);
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.profile(p.id).label, QStringLiteral("Changed"));
    }
};

QTEST_GUILESS_MAIN(TestKeyProfileStore)
#include "tst_keyprofilestore.moc"
