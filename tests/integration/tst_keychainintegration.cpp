// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychaintestsupport.h"
#include "keys/keychainsecretstore.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace KeychainTest;

// KeyRing over the real keychain: a throw-away, unlocked gnome-keyring in its own D-Bus
// session (see CMakeLists.txt). Secrets are compared with QVERIFY, never QCOMPARE, so that a
// failure does not print a key into the test log.
class TestKeychainIntegration : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<CountingSecretStore> m_counting;
    std::unique_ptr<KeyProfileStore> m_profiles;
    std::unique_ptr<KeyRing> m_ring;
    QList<QByteArray> m_usedKeys;

    QString settingsPath() const
    {
        return QDir::home().filePath(QStringLiteral(".config/hero/keys-integration.ini"));
    }

    QByteArray newKey(int length = 40)
    {
        m_usedKeys.append(randomKey(length));
        return m_usedKeys.last();
    }

    // The first `secret-tool <verb> …` command quoted in a Markdown file of the checkout, as
    // program and arguments, so the test runs exactly what the documentation tells users to.
    static QStringList documentedCommand(const QString &file, const QString &verb)
    {
        QFile markdown(QStringLiteral(HERO_SOURCE_DIR "/") + file);
        if (!markdown.open(QIODevice::ReadOnly))
            return {};
        const QRegularExpression quoted(QStringLiteral("`(secret-tool %1 [^`]+)`").arg(verb));
        const QRegularExpressionMatch match =
            quoted.match(QString::fromUtf8(markdown.readAll()).replace(u'\n', u' '));
        return match.hasMatch() ? QProcess::splitCommand(match.captured(1)) : QStringList();
    }

    // Runs the command; its output (secret-tool prints the attributes on standard error, and for
    // `search` the secrets on standard output) is searched by the test and never printed.
    static QByteArray runQuietly(const QStringList &command, bool *ok)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(command.first(), command.mid(1));
        *ok = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit;
        return process.readAllStandardOutput();
    }

    static KeyProfile profile(const QString &label, const QString &environmentId)
    {
        KeyProfile p;
        p.label = label;
        p.environmentId = environmentId;
        return p;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(inThrowAwayHome(&why), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(defaultCollectionReady(), 20000);
        captureMessages();
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_counting = std::make_unique<CountingSecretStore>(m_keychain.get());
        m_profiles = std::make_unique<KeyProfileStore>(m_settings.get());
        m_ring = std::make_unique<KeyRing>(m_counting.get(), m_profiles.get());
    }

    // After every test: the keys must be nowhere under HOME (config, data, cache, temp) except
    // inside the encrypted keyring, and in no log message.
    void cleanup()
    {
        m_ring.reset();
        m_profiles.reset();
        m_counting.reset();
        m_keychain.reset();
        m_settings.reset();
        const QStringList leaks = findLeaks(QDir::homePath(), m_usedKeys);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        for (const QString &message : capturedMessages()) {
            for (const QByteArray &key : std::as_const(m_usedKeys)) {
                for (const QByteArray &form : leakForms(key))
                    QVERIFY2(!message.toUtf8().contains(form), "a key reached a log message");
            }
        }
    }

    void writeReadReplaceRemove()
    {
        const QByteArray first = newKey();
        const KeyOutcome added =
            run(m_ring->add(profile(QStringLiteral("Staging"), QStringLiteral("staging")), first));
        QVERIFY2(added.ok, qPrintable(added.text));
        const QString account = QStringLiteral("staging/") + added.profileId;
        bool ran = false;
        QVERIFY2(secretToolLookup(account, &ran) == first, "secret-tool does not see the key");
        QVERIFY(ran);

        KeyOutcome read = run(m_ring->readSecret(added.profileId));
        QVERIFY2(read.ok, qPrintable(read.text));
        QVERIFY(read.secret == first);

        const QByteArray second = newKey();
        const KeyOutcome replaced = run(m_ring->replace(added.profileId, second));
        QVERIFY2(replaced.ok, qPrintable(replaced.text));
        QVERIFY(secretToolLookup(account) == second);
        QCOMPARE(m_profiles->profile(added.profileId).fingerprint,
                 QString::fromLatin1(second.right(4)));
        read = run(m_ring->readSecret(added.profileId));
        QVERIFY(read.ok && read.secret == second);

        const KeyOutcome removed = run(m_ring->remove(added.profileId));
        QVERIFY2(removed.ok, qPrintable(removed.text));
        QVERIFY(secretToolLookup(account).isEmpty());
        QVERIFY(!m_profiles->contains(added.profileId));

        // The keyring is usable, so a missing entry is honestly "not found".
        const SecretOutcome missing = run(m_keychain->read(account));
        QVERIFY(missing.finished);
        QCOMPARE(missing.result.status, SecretResult::NotFound);
        QCOMPARE(run(m_keychain->remove(account)).result.status, SecretResult::NotFound);
    }

    // Issue 13 item 4: the README's keyring command found nothing, because it searched for an
    // attribute QtKeychain does not store. The commands are read from the documents themselves.
    void documentedSecretToolCommandsFindAndClearTheSavedKey()
    {
        const QStringList search =
            documentedCommand(QStringLiteral("README.md"), QStringLiteral("search"));
        QVERIFY2(!search.isEmpty(), "README.md quotes no `secret-tool search …` command");
        const QStringList clear =
            documentedCommand(QStringLiteral("packaging/README.md"), QStringLiteral("clear"));
        QVERIFY2(!clear.isEmpty(), "packaging/README.md quotes no `secret-tool clear …` command");

        const KeyOutcome added = run(m_ring->add(
            profile(QStringLiteral("Documented"), QStringLiteral("staging")), newKey()));
        QVERIFY2(added.ok, qPrintable(added.text));
        const QString account = QStringLiteral("staging/") + added.profileId;
        // Whatever happens below, the next test starts with no profile; its secret goes with
        // the documented clear command (or with the throw-away keyring).
        const auto forget = qScopeGuard([this, added] { m_profiles->remove(added.profileId); });

        bool ran = false;
        const QByteArray found = runQuietly(search, &ran);
        QVERIFY2(ran, qPrintable(search.join(u' ')));
        QVERIFY2(found.contains(QByteArray("user = " + account.toUtf8())),
                 qPrintable(u"`" + search.join(u' ') + u"` does not list the saved key"));
        QVERIFY2(found.contains(m_usedKeys.last()), "the listed entry is not the saved key");

        runQuietly(clear, &ran);
        QVERIFY2(ran, qPrintable(clear.join(u' ')));
        QVERIFY2(secretToolLookup(account).isEmpty(),
                 qPrintable(u"`" + clear.join(u' ') + u"` left the key in the keyring"));
    }

    void nonAsciiLabelSurvivesARestart()
    {
        const QString label = QStringLiteral("Clé d’accès — Zoë 🔑 Ελληνικά");
        const QByteArray key = newKey();
        const KeyOutcome added =
            run(m_ring->add(profile(label, QStringLiteral("production")), key));
        QVERIFY2(added.ok, qPrintable(added.text));

        QSettings reopened(settingsPath(), QSettings::IniFormat);
        KeyProfileStore restarted(&reopened);
        KeychainSecretStore keychain;
        KeyRing ring(&keychain, &restarted);
        QCOMPARE(restarted.profile(added.profileId).label, label);
        const KeyOutcome read = run(ring.readSecret(added.profileId));
        QVERIFY2(read.ok && read.secret == key, qPrintable(read.text));
        QVERIFY(run(ring.remove(added.profileId)).ok);
    }

    void maximumLengthKeyIsStoredWhole()
    {
        const QByteArray key = newKey(2560);
        QCOMPARE(key.size(), 2560);
        const KeyOutcome added =
            run(m_ring->add(profile(QStringLiteral("Long"), QStringLiteral("staging")), key));
        QVERIFY2(added.ok, qPrintable(added.text));
        QVERIFY(secretToolLookup(QStringLiteral("staging/") + added.profileId) == key);
        const KeyOutcome read = run(m_ring->readSecret(added.profileId));
        QVERIFY(read.ok && read.secret == key);
        QVERIFY(run(m_ring->remove(added.profileId)).ok);
    }

    void overLongKeyIsRefusedBeforeTheKeychainIsTouched()
    {
        const int itemsBefore = secretToolCount();
        QVERIFY(itemsBefore >= 0);
        const QByteArray keyring = loginKeyringFile();
        const KeyOutcome added = run(m_ring->add(
            profile(QStringLiteral("Too long"), QStringLiteral("staging")), newKey(2561)));
        QVERIFY(added.finished);
        QVERIFY(!added.ok);
        QCOMPARE(added.error, int(KeyJob::Error::InvalidInput));
        QVERIFY(added.text.contains(QStringLiteral("2560")));
        QCOMPARE(m_counting->calls(), 0);
        QCOMPARE(secretToolCount(), itemsBefore);
        QVERIFY(loginKeyringFile() == keyring);
        QVERIFY(m_profiles->profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainIntegration)
#include "tst_keychainintegration.moc"
