// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychaintestsupport.h"
#include "keys/keyringadvice.h"
#include "keys/sandboxkeys.h"
#include "sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace KeychainTest;

Q_DECLARE_METATYPE(LockWay)

// Issue 14: with the login keyring locked and no unlock prompt able to appear, hero-cli said
// "No API key could be read for this environment". hero-cli runs here as a process against the
// real gnome-keyring, with a staging key saved through `keys add` and staging pointed at an
// in-process sandbox, and the keyring locked in each way a script can lock it.
class TestKeychainLockedCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase() { m_sandbox.reset(); }
    void aLockedKeyringIsToldAsLockedWithTheWayToUnlockIt_data();
    void aLockedKeyringIsToldAsLockedWithTheWayToUnlockIt();

private:
    ProcessResult cli(const QStringList &arguments, const QByteArray &input = QByteArray()) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    QByteArray m_key;
};

ProcessResult TestKeychainLockedCli::cli(const QStringList &arguments,
                                         const QByteArray &input) const
{
    return runProcess(QStringLiteral(HERO_CLI_PATH),
                      QStringList{QStringLiteral("--env"), QStringLiteral("staging"),
                                  QStringLiteral("--base-url"), m_sandbox->baseUrl().toString()}
                          + arguments,
                      input);
}

void TestKeychainLockedCli::initTestCase()
{
    QString why;
    QVERIFY2(inThrowAwayHome(&why), qPrintable(why));
    QTRY_VERIFY_WITH_TIMEOUT(defaultCollectionReady(), 20000);
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY2(m_sandbox->start(SandboxOptions(), &why), qPrintable(why));
    const QList<SandboxKey> keys = loadSandboxKeys();
    QVERIFY(!keys.isEmpty());
    m_key = keys.first().key;

    const ProcessResult added = cli({QStringLiteral("--label"), QStringLiteral("Locked test"),
                                     QStringLiteral("--practice-group"), keys.first().practiceGroup,
                                     QStringLiteral("keys"), QStringLiteral("add")},
                                    m_key + '\n');
    QVERIFY2(added.finished && added.exitCode == 0, added.err.constData());
    const ProcessResult works =
        cli({QStringLiteral("request"), QStringLiteral("GET"), QStringLiteral("/v1/me")});
    QVERIFY2(works.exitCode == 0, works.err.constData());
}

void TestKeychainLockedCli::init()
{
    QString why;
    QVERIFY2(restoreDefaultAlias(&why), qPrintable(why));
    // Each row starts unlocked even when the one before it failed (this process holds no
    // libsecret session, so replacing the daemon is harmless here).
    if (collectionLocked(LoginCollection))
        QVERIFY2(unlockWithThePrintedCommand(&why), qPrintable(why));
}

void TestKeychainLockedCli::aLockedKeyringIsToldAsLockedWithTheWayToUnlockIt_data()
{
    QTest::addColumn<LockWay>("way");
    for (const LockWay way : {LockWay::CollectionLock, LockWay::ItemLock, LockWay::LockService,
                              LockWay::DefaultAliasElsewhere})
        QTest::newRow(qPrintable(lockWayName(way))) << way;
}

void TestKeychainLockedCli::aLockedKeyringIsToldAsLockedWithTheWayToUnlockIt()
{
    QFETCH(LockWay, way);
    const QStringList me = {QStringLiteral("request"), QStringLiteral("GET"),
                            QStringLiteral("/v1/me")};
    QString why;
    // The key that `keys add` saved is the app's only entry in this throw-away keyring.
    QVERIFY2(lockKeyring(way, QString(), &why), qPrintable(why));

    const ProcessResult request = cli(me);
    QVERIFY(request.finished);
    const QString err = QString::fromUtf8(request.err);
    QCOMPARE(request.exitCode, 6); // ExitKeychainLocked
    QVERIFY2(!err.contains(QStringLiteral("No API key could be read")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("The “Login” keyring is locked, and no unlock prompt "
                                         "can appear")),
             qPrintable(err));
    QVERIFY2(err.contains(gnomeKeyringTerminalUnlockCommand()), qPrintable(err));
    QVERIFY(request.out.isEmpty());

    const ProcessResult json = cli(QStringList{QStringLiteral("--json")} + me);
    QCOMPARE(json.exitCode, 6);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QStringLiteral("exit_code")).toInt(), 6);
    QVERIFY(object.value(QStringLiteral("diagnosis"))
                .toObject()
                .value(QStringLiteral("cause"))
                .toString()
                .contains(QStringLiteral("is locked")));

    // keys test and diagnose read the same key the same way; keys remove removes nothing.
    QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("test")}).exitCode, 6);
    const ProcessResult remove = cli({QStringLiteral("keys"), QStringLiteral("remove")});
    QCOMPARE(remove.exitCode, 6);
    QVERIFY2(remove.err.contains("is locked"), remove.err.constData());
    QVERIFY(cli({QStringLiteral("keys"), QStringLiteral("list")}).out.contains("Locked test"));
    const ProcessResult diagnose =
        cli({QStringLiteral("diagnose"), QStringLiteral("GET"), QStringLiteral("/v1/me")});
    QCOMPARE(diagnose.exitCode, 6);
    QVERIFY(diagnose.err.contains("is locked"));

    // The printed step, as a user would type it: then the very same command works.
    if (way == LockWay::DefaultAliasElsewhere)
        QVERIFY2(restoreDefaultAlias(&why), qPrintable(why));
    QVERIFY2(unlockWithThePrintedCommand(&why), qPrintable(why));
    const ProcessResult again = cli(me);
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(!again.out.contains(m_key));
}

QTEST_GUILESS_MAIN(TestKeychainLockedCli)
#include "tst_keychainlockedcli.moc"
