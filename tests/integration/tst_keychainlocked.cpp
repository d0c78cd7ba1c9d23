// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychaintestsupport.h"
#include "keys/keychainsecretstore.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/keyringadvice.h"

#include <QDir>
#include <QSettings>
#include <QTest>

using namespace KeychainTest;

Q_DECLARE_METATYPE(LockWay)

namespace {

// What this session (no display, gnome-keyring) must be told, and the one command to run.
bool tellsHowToUnlockHere(const QString &text)
{
    return text.contains(QStringLiteral("is locked"))
        && text.contains(QStringLiteral("no unlock prompt can appear"))
        && text.contains(gnomeKeyringTerminalUnlockCommand());
}

} // namespace

// A key is saved, then its keyring is locked in each way a script can lock gnome-keyring, with
// no display for an unlock prompt. QtKeychain 0.13 then says "entry not found"; we must say
// "locked", say how to unlock it here, and change nothing. Unlocking with the printed command
// replaces the daemon, which this process's libsecret session would not survive, so that command
// is tested by tst_keychainlockedcli (hero-cli is a new process each run); here the keyring is
// unlocked in place and the key must read again.
class TestKeychainLocked : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(inThrowAwayHome(&why), qPrintable(why));
        QVERIFY2(qEnvironmentVariableIsEmpty("DISPLAY"), "the harness runs without a display");
        QTRY_VERIFY_WITH_TIMEOUT(defaultCollectionReady(), 20000);
        captureMessages();
    }

    void init()
    {
        // Each case starts from an unlocked login keyring that `default` points at.
        QString why;
        QVERIFY2(restoreDefaultAlias(&why), qPrintable(why));
        if (collectionLocked(LoginCollection))
            QVERIFY2(unlockLoginWithoutAPrompt(&why), qPrintable(why));
    }

    void aLockedKeyringReadsAsLockedAndReadsAgainOnceUnlocked_data()
    {
        QTest::addColumn<LockWay>("way");
        for (const LockWay way : {LockWay::CollectionLock, LockWay::ItemLock, LockWay::LockService,
                                  LockWay::DefaultAliasElsewhere})
            QTest::newRow(qPrintable(lockWayName(way))) << way;
    }
    void aLockedKeyringReadsAsLockedAndReadsAgainOnceUnlocked()
    {
        QFETCH(LockWay, way);
        QSettings settings(QDir::home().filePath(QStringLiteral(".config/hero/keys-ways.ini")),
                           QSettings::IniFormat);
        KeyProfileStore profiles(&settings);
        KeychainSecretStore keychain;
        KeyRing ring(&keychain, &profiles);
        const QByteArray key = randomKey(40);
        KeyProfile profile;
        profile.label = lockWayName(way);
        profile.environmentId = QStringLiteral("staging");
        const KeyOutcome added = run(ring.add(profile, key));
        QVERIFY2(added.ok, qPrintable(added.text));

        QString why;
        QVERIFY2(lockKeyring(way, KeyRing::accountFor(profiles.profile(added.profileId)), &why),
                 qPrintable(why));
        QVERIFY(collectionLocked(LoginCollection));

        const KeyOutcome locked = run(ring.readSecret(added.profileId));
        QVERIFY(locked.finished);
        QCOMPARE(locked.keychain.status, SecretResult::Locked);
        QVERIFY(locked.secret.isEmpty());
        // The keyring the entry lives in, even when `default` points elsewhere.
        QVERIFY2(locked.text.contains(QStringLiteral("“Login” keyring")), qPrintable(locked.text));
        QVERIFY2(tellsHowToUnlockHere(locked.text), qPrintable(locked.text));
        QVERIFY(profiles.profile(added.profileId).isValid());

        if (way == LockWay::DefaultAliasElsewhere)
            QVERIFY2(restoreDefaultAlias(&why), qPrintable(why));
        QVERIFY2(unlockLoginWithoutAPrompt(&why), qPrintable(why));
        const KeyOutcome unlocked = run(ring.readSecret(added.profileId));
        QVERIFY2(unlocked.ok, qPrintable(unlocked.text));
        QCOMPARE(unlocked.secret, key);
        QVERIFY(run(ring.remove(added.profileId)).ok);
    }

    void anUnlockPromptThatCannotAppearLeavesItLocked()
    {
        KeychainSecretStore keychain;
        const QByteArray key = randomKey(40);
        const QString account = QStringLiteral("staging/prompt");
        QVERIFY(run(keychain.write(account, key)).result.isOk());
        QString why;
        QVERIFY2(lockKeyring(LockWay::CollectionLock, account, &why), qPrintable(why));
        // What libsecret meets inside QtKeychain: the service's own prompt, dismissed because
        // no prompter can show it here.
        QVERIFY2(unlockPromptIsDismissed(&why), qPrintable(why));
        QVERIFY(collectionLocked(LoginCollection));

        const SecretOutcome read = run(keychain.read(account));
        QCOMPARE(read.result.status, SecretResult::Locked);
        const QString told = read.result.message + u' ' + read.result.advice;
        QVERIFY2(tellsHowToUnlockHere(told), qPrintable(told));
        QVERIFY2(unlockLoginWithoutAPrompt(&why), qPrintable(why));
        QCOMPARE(run(keychain.read(account)).secret, key);
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
        QVERIFY2(tellsHowToUnlockHere(viaRing.text), qPrintable(viaRing.text));

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
