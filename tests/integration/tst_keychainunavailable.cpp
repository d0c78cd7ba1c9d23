// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychaintestsupport.h"
#include "keys/keychainsecretstore.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTest>

using namespace KeychainTest;

// Runs twice (see CMakeLists.txt): with no D-Bus session at all, and with a session whose
// Secret Service has no login keyring. HERO_KEYCHAIN_EXPECT names a fragment the message must
// hold, so each case is shown its own message.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(inThrowAwayHome(&why), qPrintable(why));
        QVERIFY(!qEnvironmentVariableIsEmpty("HERO_KEYCHAIN_EXPECT"));
        captureMessages();
    }

    void unusableKeychainIsUnavailableAndNothingIsWritten()
    {
        const QString expected = qEnvironmentVariable("HERO_KEYCHAIN_EXPECT");
        const QString settingsPath =
            QDir::home().filePath(QStringLiteral(".config/hero/keys-unavailable.ini"));
        QSettings settings(settingsPath, QSettings::IniFormat);
        KeyProfileStore profiles(&settings);
        KeychainSecretStore keychain;
        KeyRing ring(&keychain, &profiles);
        const QByteArray key = randomKey(40);

        KeyProfile profile;
        profile.label = QStringLiteral("Staging");
        profile.environmentId = QStringLiteral("staging");
        const KeyOutcome added = run(ring.add(profile, key));
        QVERIFY(added.finished);
        QVERIFY(!added.ok);
        QCOMPARE(added.keychain.status, SecretResult::Unavailable);
        QVERIFY2(added.keychain.message.contains(expected), qPrintable(added.keychain.message));
        QVERIFY(added.text.contains(keychainAdvice(SecretResult::Unavailable)));
        QVERIFY(profiles.profiles().isEmpty());

        const SecretOutcome read = run(keychain.read(QStringLiteral("staging/abc")));
        QCOMPARE(read.result.status, SecretResult::Unavailable); // never "no key saved"
        const SecretOutcome removed = run(keychain.remove(QStringLiteral("staging/abc")));
        QCOMPARE(removed.result.status, SecretResult::Unavailable);

        QVERIFY(loginKeyringFile().isEmpty());
        QFile written(settingsPath);
        if (written.open(QIODevice::ReadOnly))
            QVERIFY(!written.readAll().contains("Staging"));
        const QStringList leaks = findLeaks(QDir::homePath(), {key});
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        for (const QString &message : capturedMessages())
            QVERIFY(!message.contains(QString::fromLatin1(key)));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
