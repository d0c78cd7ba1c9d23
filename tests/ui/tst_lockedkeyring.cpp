// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorerfixture.h"
#include "keys/keyringadvice.h"
#include "keys/sandboxkeys.h"
#include "responseviewer.h"

#include <QLabel>
#include <QPointer>
#include <QTemporaryDir>

// A keychain that can be locked, as gnome-keyring is by its `Lock` call: while locked a read
// answers what KeychainSecretStore answers then (tests/integration proves that on the real one).
class LockableSecretStore : public MemorySecretStore
{
    Q_OBJECT
public:
    using MemorySecretStore::MemorySecretStore;
    bool locked = false;

    SecretJob *read(const QString &account) override
    {
        if (!locked)
            return MemorySecretStore::read(account);
        LockedKeyring keyring;
        keyring.provider = SecretServiceProvider::GnomeKeyring;
        keyring.collectionLabel = QStringLiteral("Login");
        keyring.desktop = QStringLiteral("GNOME");
        keyring.graphical = true;
        auto *job = new SecretJob(SecretJob::Read, account, this);
        job->finish(
            {SecretResult::Locked, lockedKeyringMessage(keyring), lockedKeyringAdvice(keyring)});
        return job;
    }
};

// Issue 14: a send whose key sits in a locked keyring says so where the user is looking (the
// diagnosis under the response), with how to unlock it, and "Try again" reads the key anew.
class TestLockedKeyring : public QObject
{
    Q_OBJECT
private slots:
    void aLockedKeyringIsShownWithTryAgainThatReadsTheKeyAnew()
    {
        QTemporaryDir dir;
        LockableSecretStore keychain;
        Explorer explorer(dir.path(), &keychain);
        QVERIFY(openWorkspace(explorer));
        SandboxServer sandbox;
        QString error;
        QVERIFY2(sandbox.start(SandboxOptions(), &error), qPrintable(error));
        QVERIFY2(explorer.window->addCustomEnvironment(QStringLiteral("Locked keyring"),
                                                       sandbox.baseUrl().toString(), {}, &error),
                 qPrintable(error));
        const SandboxKey sandboxKey = loadSandboxKeys().value(0);
        KeyProfile profile;
        profile.label = QStringLiteral("Saved");
        profile.environmentId = explorer.window->currentEnvironment().id;
        profile.homePracticeGroup = sandboxKey.practiceGroup;
        QSignalSpy added(explorer.keys.add(profile, sandboxKey.key), &KeyJob::finished);
        QVERIFY(added.wait());
        QTRY_VERIFY(explorer.window->currentKey().isValid());
        explorer.window->selectPracticeGroup(sandboxKey.practiceGroup);

        keychain.locked = true;
        const Exchange refused =
            sendFromComposer(explorer, QStringLiteral("GET"), QStringLiteral("/v1/me"));
        QCOMPARE(refused.refusal, Refusal::KeychainLocked);
        auto *title = explorer.window->findChild<QLabel *>(QStringLiteral("diagnosisTitle"));
        auto *cause = explorer.window->findChild<QLabel *>(QStringLiteral("diagnosisCause"));
        QVERIFY(title->isVisible() && cause->isVisible());
        QVERIFY2(title->text().contains(QStringLiteral("locked")), qPrintable(title->text()));
        QVERIFY2(cause->text().contains(QStringLiteral("The “Login” keyring is locked"))
                     && cause->text().contains(QStringLiteral("Passwords and Keys (Seahorse)")),
                 qPrintable(cause->text()));
        QVERIFY(!cause->text().contains(QStringLiteral("No API key")));
        auto *errorView = explorer.window->findChild<QLabel *>(QStringLiteral("errorView"));
        QVERIFY(errorView && errorView->text().contains(QStringLiteral("is locked")));

        QPointer<QPushButton> tryAgain =
            explorer.window->findChild<QPushButton *>(QStringLiteral("nextStep_ReadKeyAgain"));
        QVERIFY(tryAgain && tryAgain->isVisible() && tryAgain->isEnabled());
        QCOMPARE(tryAgain->text(), QStringLiteral("Try again"));

        // The user unlocks the keyring and presses Try again: the key is read anew and sent.
        keychain.locked = false;
        QSignalSpy shown(explorer.window.get(), &MainWindow::exchangeShown);
        tryAgain->click();
        QVERIFY(shown.wait(30000));
        QCOMPARE(shown.last().first().value<Exchange>().status, 200);
        QTRY_VERIFY(!tryAgain || !tryAgain->isVisible());
    }
};

QTEST_MAIN(TestLockedKeyring)
#include "tst_lockedkeyring.moc"
