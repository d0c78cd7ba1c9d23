// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The facade over a MemorySecretStore standing in for the keychain.
class TestKeyRing : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<KeyProfileStore> m_profiles;
    std::unique_ptr<KeyRing> m_ring;

    static KeyProfile profile(const QString &label, const QString &environmentId)
    {
        KeyProfile p;
        p.label = label;
        p.environmentId = environmentId;
        return p;
    }

    // Adds a key and returns the job's outcome fields, since the job deletes itself.
    struct Outcome
    {
        bool ok = false;
        KeyJob::Error error = KeyJob::Error::None;
        SecretResult::Status status = SecretResult::Ok;
        QString text;
        QString profileId;
        QStringList warnings;
        QByteArray secret;
    };

    static Outcome run(KeyJob *job)
    {
        Outcome outcome;
        QSignalSpy finished(job, &KeyJob::finished);
        QObject::connect(job, &KeyJob::finished, job, [job, &outcome] {
            outcome.ok = job->isOk();
            outcome.error = job->error();
            outcome.status = job->keychainResult().status;
            outcome.text = job->errorText();
            outcome.profileId = job->profileId();
            outcome.warnings = job->warnings();
            outcome.secret = job->secret();
        });
        if (!finished.wait(5000))
            outcome.text = QStringLiteral("test: the job never finished");
        return outcome;
    }

    QByteArray settingsFileContents() const
    {
        m_settings->sync();
        QFile file(m_dir->filePath(QStringLiteral("settings.ini")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                                 QSettings::IniFormat);
        m_keychain = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<KeyProfileStore>(m_settings.get());
        m_ring = std::make_unique<KeyRing>(m_keychain.get(), m_profiles.get());
    }

    void cleanup()
    {
        m_ring.reset();
        m_profiles.reset();
        m_keychain.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void addStoresSecretInKeychainAndMetadataInSettings()
    {
        const Outcome added =
            run(m_ring->add(profile(QStringLiteral("Staging one"), QStringLiteral("staging")),
                            "stg_live_AbCdEfGh1234"));
        QVERIFY2(added.ok, qPrintable(added.text));
        const KeyProfile saved = m_profiles->profile(added.profileId);
        QVERIFY(saved.isValid());
        QCOMPARE(saved.fingerprint, QStringLiteral("1234"));
        QVERIFY(saved.isDefault);
        QVERIFY(m_keychain->contains(QStringLiteral("staging/") + added.profileId));
        QCOMPARE(KeyRing::accountFor(saved), QStringLiteral("staging/") + added.profileId);

        const QByteArray settings = settingsFileContents();
        QVERIFY(settings.contains("Staging one"));
        QVERIFY(!settings.contains("stg_live_AbCdEfGh1234"));
        QVERIFY(!settings.contains("AbCdEfGh"));

        const Outcome read = run(m_ring->readSecret(added.profileId));
        QVERIFY(read.ok);
        QCOMPARE(read.secret, QByteArray("stg_live_AbCdEfGh1234"));
    }

    void invalidInputIsRefusedBeforeTheKeychainIsTouched_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty key")
            << QStringLiteral("L") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("over-long key")
            << QStringLiteral("L") << QByteArray(2561, 'k') << QStringLiteral("2560");
        QTest::newRow("space inside")
            << QStringLiteral("L") << QByteArray("abc def") << QStringLiteral("space");
        QTest::newRow("line break") << QStringLiteral("L") << QByteArray("abc\r\nX-Evil: 1")
                                    << QStringLiteral("line break");
        QTest::newRow("non-ASCII") << QStringLiteral("L") << QByteArray("k\xc3\xa9y-123456")
                                   << QStringLiteral("non-ASCII");
        QTest::newRow("quoted") << QStringLiteral("L") << QByteArray("\"abcdef123456\"")
                                << QStringLiteral("quotes");
        QTest::newRow("no label") << QStringLiteral("  ") << QByteArray("abcdef123456")
                                  << QStringLiteral("label");
    }

    void invalidInputIsRefusedBeforeTheKeychainIsTouched()
    {
        QFETCH(QString, label);
        QFETCH(QByteArray, key);
        QFETCH(QString, expected);
        const Outcome added = run(m_ring->add(profile(label, QStringLiteral("staging")), key));
        QVERIFY(!added.ok);
        QCOMPARE(added.error, KeyJob::Error::InvalidInput);
        QVERIFY2(added.text.contains(expected), qPrintable(added.text));
        QCOMPARE(m_keychain->operationCount(), 0);
        QVERIFY(m_profiles->profiles().isEmpty());
    }

    void keychainFailureOnAddLeavesNoMetadata_data()
    {
        QTest::addColumn<SecretResult::Status>("status");
        QTest::newRow("unavailable") << SecretResult::Unavailable;
        QTest::newRow("locked") << SecretResult::Locked;
        QTest::newRow("access denied") << SecretResult::AccessDenied;
        QTest::newRow("other") << SecretResult::Other;
    }

    void keychainFailureOnAddLeavesNoMetadata()
    {
        QFETCH(SecretResult::Status, status);
        m_keychain->simulateFailure(status, QStringLiteral("backend says no"));
        const Outcome added = run(
            m_ring->add(profile(QStringLiteral("L"), QStringLiteral("staging")), "abcdef123456"));
        QVERIFY(!added.ok);
        QCOMPARE(added.error, KeyJob::Error::Keychain);
        QCOMPARE(added.status, status);
        QVERIFY(added.text.startsWith(QStringLiteral("backend says no")));
        QVERIFY(m_profiles->profiles().isEmpty());
        QVERIFY(!settingsFileContents().contains("abcdef123456"));
    }

    void lockedKeychainIsNotReportedAsMissingAndKeepsMetadata()
    {
        const Outcome added = run(
            m_ring->add(profile(QStringLiteral("L"), QStringLiteral("staging")), "abcdef123456"));
        QVERIFY(added.ok);
        m_keychain->simulateFailure(SecretResult::Locked);

        const Outcome read = run(m_ring->readSecret(added.profileId));
        QCOMPARE(read.status, SecretResult::Locked);
        QVERIFY(read.text.contains(QStringLiteral("nlock"))); // the advice says to unlock
        const Outcome removed = run(m_ring->remove(added.profileId));
        QCOMPARE(removed.status, SecretResult::Locked);
        QVERIFY(m_profiles->contains(added.profileId));

        m_keychain->simulateFailure(SecretResult::Ok);
        QCOMPARE(run(m_ring->readSecret(added.profileId)).secret, QByteArray("abcdef123456"));
    }

    void removeDeletesSecretThenMetadata()
    {
        const Outcome added = run(
            m_ring->add(profile(QStringLiteral("L"), QStringLiteral("staging")), "abcdef123456"));
        QVERIFY(added.ok);
        const Outcome removed = run(m_ring->remove(added.profileId));
        QVERIFY(removed.ok);
        QCOMPARE(m_keychain->count(), 0);
        QVERIFY(!m_profiles->contains(added.profileId));
        QVERIFY(!settingsFileContents().contains(added.profileId.toLatin1()));
    }

    void removeWithAMissingSecretStillDropsMetadata()
    {
        const Outcome added = run(
            m_ring->add(profile(QStringLiteral("L"), QStringLiteral("staging")), "abcdef123456"));
        QVERIFY(added.ok);
        SecretJob *direct = m_keychain->remove(QStringLiteral("staging/") + added.profileId);
        QSignalSpy gone(direct, &SecretJob::finished);
        QVERIFY(gone.wait(5000));
        QVERIFY(run(m_ring->remove(added.profileId)).ok);
        QVERIFY(!m_profiles->contains(added.profileId));
    }

    void replaceStoresTheNewKeyAndFingerprint()
    {
        const Outcome added = run(
            m_ring->add(profile(QStringLiteral("L"), QStringLiteral("staging")), "abcdef123456"));
        QVERIFY(added.ok);
        QVERIFY(run(m_ring->replace(added.profileId, "zyxwvu987654")).ok);
        QCOMPARE(m_profiles->profile(added.profileId).fingerprint, QStringLiteral("7654"));
        QCOMPARE(run(m_ring->readSecret(added.profileId)).secret, QByteArray("zyxwvu987654"));
    }

    void failedReplaceKeepsTheOldFingerprint()
    {
        const Outcome added = run(
            m_ring->add(profile(QStringLiteral("L"), QStringLiteral("staging")), "abcdef123456"));
        QVERIFY(added.ok);
        QCOMPARE(run(m_ring->replace(added.profileId, "bad key")).error,
                 KeyJob::Error::InvalidInput);
        m_keychain->simulateFailure(SecretResult::AccessDenied);
        QCOMPARE(run(m_ring->replace(added.profileId, "zyxwvu987654")).status,
                 SecretResult::AccessDenied);
        QCOMPARE(m_profiles->profile(added.profileId).fingerprint, QStringLiteral("3456"));
    }

    void sameKeyForStagingAndProductionWarns()
    {
        QVERIFY(run(m_ring->add(profile(QStringLiteral("Prod"), QStringLiteral("production")),
                                "shared-key-000111"))
                    .ok);
        const Outcome other = run(m_ring->add(
            profile(QStringLiteral("Stg other"), QStringLiteral("staging")), "distinct-key-0111"));
        QVERIFY(other.ok);
        QVERIFY(other.warnings.isEmpty()); // same fingerprint, different key
        const Outcome same = run(m_ring->add(
            profile(QStringLiteral("Stg"), QStringLiteral("staging")), "shared-key-000111"));
        QVERIFY(same.ok);
        QCOMPARE(same.warnings.size(), 1);
        QVERIFY(same.warnings.first().contains(QStringLiteral("Prod")));
        QVERIFY(!same.warnings.first().contains(QStringLiteral("shared-key")));
    }

    void sessionOnlyKeyNeverReachesTheKeychain()
    {
        KeyProfile p = profile(QStringLiteral("Temp"), QStringLiteral("staging"));
        p.sessionOnly = true;
        m_keychain->simulateFailure(SecretResult::Unavailable);
        const Outcome added = run(m_ring->add(p, "session-key-4242"));
        QVERIFY2(added.ok, qPrintable(added.text));
        QCOMPARE(m_keychain->operationCount(), 0);
        QVERIFY(m_ring->hasSessionOnlyKeys());
        QCOMPARE(run(m_ring->readSecret(added.profileId)).secret, QByteArray("session-key-4242"));
        QVERIFY(!settingsFileContents().contains("Temp"));
        QVERIFY(run(m_ring->remove(added.profileId)).ok);
        QCOMPARE(m_keychain->operationCount(), 0);
    }

    void sandboxKeysAreOfferedAsSessionOnlyProfiles()
    {
        const QList<SandboxKey> keys = loadSandboxKeys();
        QCOMPARE(keys.size(), 4);
        QCOMPARE(m_ring->addSandboxKeys(keys), 4);
        QCOMPARE(m_ring->addSandboxKeys(keys), 4); // offering them again adds nothing
        const QList<KeyProfile> sandbox = m_profiles->profilesFor(QStringLiteral("sandbox"));
        QCOMPARE(sandbox.size(), 4);
        QCOMPARE(sandbox.first().label, QStringLiteral("Riverside, all scopes"));
        QCOMPARE(sandbox.first().homePracticeGroup, QStringLiteral("1001"));
        QVERIFY(sandbox.first().isDefault);
        for (const KeyProfile &p : sandbox)
            QVERIFY(p.sessionOnly);
        QCOMPARE(run(m_ring->readSecret(sandbox.first().id)).secret,
                 QByteArray("hero_sbx_full_7Q2mX9"));
        QCOMPARE(m_keychain->operationCount(), 0);
        QVERIFY(!m_ring->hasSessionOnlyKeys()); // the sandbox's own keys need no status note
        QVERIFY(!settingsFileContents().contains("hero_sbx"));
    }

    void unknownProfileIsReported()
    {
        QCOMPARE(run(m_ring->readSecret(QStringLiteral("nope"))).error,
                 KeyJob::Error::UnknownProfile);
        QCOMPARE(run(m_ring->remove(QStringLiteral("nope"))).error, KeyJob::Error::UnknownProfile);
    }
};

QTEST_GUILESS_MAIN(TestKeyRing)
#include "tst_keyring.moc"
