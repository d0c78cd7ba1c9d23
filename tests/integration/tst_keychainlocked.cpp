// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychaintestsupport.h"
#include "keys/keychainsecretstore.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"

#include <QDir>
#include <QSettings>
#include <QTest>

using namespace KeychainTest;

// A key is saved, then the default collection is locked over D-Bus. QtKeychain 0.13 then says
// "entry not found"; we must say "locked", and change nothing.
class TestKeychainLocked : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(inThrowAwayHome(&why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(defaultCollectionReady(), 20000);
        captureMessages();
    }

    void lockedKeyringIsReportedAsLockedAndNothingIsOverwritten()
    {
        QSettings settings(QDir::home().filePath(QStringLiteral(".config/hero/keys-locked.ini")),
                           QSettings::IniFormat);
        KeyProfileStore profiles(&settings);
        KeychainSecretStore keychain;
        KeyRing ring(&keychain, &profiles);
        const QByteArray key = randomKey(48);
        const QByteArray other = randomKey(48);

        KeyProfile profile;
        profile.label = QStringLiteral("Production");
        profile.environmentId = QStringLiteral("production");
        const KeyOutcome added = run(ring.add(profile, key));
        QVERIFY2(added.ok, qPrintable(added.text));
        const QString account = QStringLiteral("production/") + added.profileId;
        const KeyProfile saved = profiles.profile(added.profileId);

        QString why;
        QVERIFY2(lockDefaultCollection(&why), qPrintable(why));
        const QByteArray keyringBefore = loginKeyringFile();
        QVERIFY(!keyringBefore.isEmpty());

        const SecretOutcome read = run(keychain.read(account));
        QVERIFY(read.finished);
        QCOMPARE(read.result.status, SecretResult::Locked);
        QVERIFY(read.secret.isEmpty());

        const KeyOutcome viaRing = run(ring.readSecret(added.profileId));
        QCOMPARE(viaRing.keychain.status, SecretResult::Locked);
        QVERIFY2(viaRing.text.contains(QStringLiteral("locked")), qPrintable(viaRing.text));
        QVERIFY2(viaRing.text.contains(QStringLiteral("Unlock")), qPrintable(viaRing.text));

        const KeyOutcome replaced = run(ring.replace(added.profileId, other));
        QVERIFY(!replaced.ok);
        QCOMPARE(replaced.keychain.status, SecretResult::Locked);

        const KeyOutcome second = run(ring.add(profile, other));
        QVERIFY(!second.ok);
        QCOMPARE(second.keychain.status, SecretResult::Locked);

        // QtKeychain reports a delete in a locked collection as done; we re-read and know better.
        const KeyOutcome removed = run(ring.remove(added.profileId));
        QVERIFY(!removed.ok);
        QCOMPARE(removed.keychain.status, SecretResult::Locked);

        QCOMPARE(profiles.profiles().size(), 1);
        QCOMPARE(profiles.profile(added.profileId), saved);
        QVERIFY2(loginKeyringFile() == keyringBefore, "the locked keyring file was rewritten");

        const QStringList leaks = findLeaks(QDir::homePath(), {key, other});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        for (const QString &message : capturedMessages())
            QVERIFY(!message.contains(QString::fromLatin1(key)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainLocked)
#include "tst_keychainlocked.moc"
