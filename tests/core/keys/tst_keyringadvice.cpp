// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keys/keyringadvice.h"

#include <QTest>

Q_DECLARE_METATYPE(SecretServiceProvider)

class TestKeyringAdvice : public QObject
{
    Q_OBJECT
private slots:
    void providerIsToldFromItsProcessName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<SecretServiceProvider>("provider");
        QTest::newRow("gnome-keyring comm")
            << "gnome-keyring-d" << SecretServiceProvider::GnomeKeyring;
        QTest::newRow("gnome-keyring path")
            << "/usr/bin/gnome-keyring-daemon" << SecretServiceProvider::GnomeKeyring;
        QTest::newRow("kwalletd5") << "kwalletd5" << SecretServiceProvider::KWallet;
        QTest::newRow("kwalletd6") << "kwalletd6" << SecretServiceProvider::KWallet;
        QTest::newRow("ksecretd") << "ksecretd" << SecretServiceProvider::KWallet;
        QTest::newRow("keepassxc") << "keepassxc" << SecretServiceProvider::KeePassXC;
        QTest::newRow("unknown") << "oo7-daemon" << SecretServiceProvider::Unknown;
        QTest::newRow("none") << "" << SecretServiceProvider::Unknown;
    }
    void providerIsToldFromItsProcessName()
    {
        QFETCH(QString, name);
        QFETCH(SecretServiceProvider, provider);
        QCOMPARE(secretServiceProviderFromProcessName(name), provider);
    }

    void adviceSaysHowToUnlockOnThisDesktop_data()
    {
        QTest::addColumn<SecretServiceProvider>("provider");
        QTest::addColumn<QString>("collection");
        QTest::addColumn<QString>("desktop");
        QTest::addColumn<bool>("graphical");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        const QString login = QStringLiteral("/org/freedesktop/secrets/collection/login");
        const QString work = QStringLiteral("/org/freedesktop/secrets/collection/work");
        const QString command = gnomeKeyringTerminalUnlockCommand();
        QTest::newRow("gnome-keyring on a desktop")
            << SecretServiceProvider::GnomeKeyring << login << "GNOME" << true
            << "Unlock the “Login” keyring in Passwords and Keys (Seahorse)" << command;
        QTest::newRow("gnome-keyring in a terminal")
            << SecretServiceProvider::GnomeKeyring << login << "" << false << command << "Seahorse";
        QTest::newRow("gnome-keyring, another keyring, in a terminal")
            << SecretServiceProvider::GnomeKeyring << work << "" << false
            << "only the login keyring can be unlocked from a terminal" << command;
        QTest::newRow("KWallet on Plasma")
            << SecretServiceProvider::KWallet << login << "KDE" << true
            << "KDE Wallet Manager (kwalletmanager)" << command;
        QTest::newRow("unknown provider on Plasma")
            << SecretServiceProvider::Unknown << login << "KDE" << true
            << "KDE Wallet Manager (kwalletmanager)"
            << "Seahorse)";
        QTest::newRow("KeePassXC")
            << SecretServiceProvider::KeePassXC << login << "XFCE" << true << "in KeePassXC"
            << "Seahorse";
        QTest::newRow("unknown provider elsewhere")
            << SecretServiceProvider::Unknown << login << "XFCE" << true
            << "your desktop's password manager" << command;
    }
    void adviceSaysHowToUnlockOnThisDesktop()
    {
        QFETCH(SecretServiceProvider, provider);
        QFETCH(QString, collection);
        QFETCH(QString, desktop);
        QFETCH(bool, graphical);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        LockedKeyring keyring;
        keyring.provider = provider;
        keyring.collectionPath = collection;
        keyring.collectionLabel =
            collection.endsWith(u"login") ? QStringLiteral("Login") : QStringLiteral("Work");
        keyring.desktop = desktop;
        keyring.graphical = graphical;
        const QString advice = lockedKeyringAdvice(keyring);
        QVERIFY2(advice.contains(expected), qPrintable(advice));
        QVERIFY2(!advice.contains(absent), qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("Then try again.")), qPrintable(advice));
    }

    void messageSaysWhenNoPromptCanAppear()
    {
        LockedKeyring keyring;
        keyring.collectionLabel = QStringLiteral("Login");
        QVERIFY(
            lockedKeyringMessage(keyring).contains(QStringLiteral("no unlock prompt can appear")));
        QVERIFY(lockedKeyringMessage(keyring).startsWith(
            QStringLiteral("The “Login” keyring is locked")));
        keyring.graphical = true;
        QVERIFY(!lockedKeyringMessage(keyring).contains(QStringLiteral("no unlock prompt")));
    }

    void desktopAndDisplayComeFromTheEnvironment()
    {
        qputenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
        qunsetenv("DISPLAY");
        qputenv("WAYLAND_DISPLAY", "wayland-0");
        LockedKeyring keyring =
            LockedKeyring::here(SecretServiceProvider::GnomeKeyring, QString(), QString());
        QCOMPARE(keyring.desktop, QStringLiteral("ubuntu:GNOME"));
        QVERIFY(keyring.graphical);
        qunsetenv("WAYLAND_DISPLAY");
        keyring = LockedKeyring::here(SecretServiceProvider::GnomeKeyring, QString(), QString());
        QVERIFY(!keyring.graphical);
        QVERIFY(keyring.isLoginCollection()); // unknown collection: assume the login keyring
    }
};

QTEST_GUILESS_MAIN(TestKeyringAdvice)
#include "tst_keyringadvice.moc"
