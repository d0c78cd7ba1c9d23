// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keyringadvice.h"

#include <QCoreApplication>

namespace {

// The texts of this file, in the context "KeyringAdvice" for lupdate and the translators.
struct KeyringAdviceTexts
{
    Q_DECLARE_TR_FUNCTIONS(KeyringAdvice)
};

// "the “Login” keyring", or "your keyring" when the service did not say which.
QString keyringName(const LockedKeyring &keyring, const char *named, const char *unnamed)
{
    return keyring.collectionLabel.isEmpty()
        ? KeyringAdviceTexts::tr(unnamed)
        : KeyringAdviceTexts::tr(named).arg(keyring.collectionLabel);
}

bool isKdeDesktop(const QString &desktop)
{
    return desktop.split(u':').contains(QStringLiteral("KDE"), Qt::CaseInsensitive);
}

} // namespace

SecretServiceProvider secretServiceProviderFromProcessName(const QString &name)
{
    const QString base = name.section(u'/', -1).trimmed().toLower();
    if (base.startsWith(u"gnome-keyring-d"))
        return SecretServiceProvider::GnomeKeyring;
    if (base.startsWith(u"kwalletd") || base.startsWith(u"ksecretd"))
        return SecretServiceProvider::KWallet;
    if (base.startsWith(u"keepassxc"))
        return SecretServiceProvider::KeePassXC;
    return SecretServiceProvider::Unknown;
}

LockedKeyring LockedKeyring::here(SecretServiceProvider provider, const QString &collectionPath,
                                  const QString &collectionLabel)
{
    LockedKeyring keyring;
    keyring.provider = provider;
    keyring.collectionPath = collectionPath;
    keyring.collectionLabel = collectionLabel;
    keyring.desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    keyring.graphical =
        !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    return keyring;
}

bool LockedKeyring::isLoginCollection() const
{
    return collectionPath.isEmpty() || collectionPath.endsWith(u"/collection/login");
}

QString gnomeKeyringTerminalUnlockCommand()
{
    // gnome-keyring takes every byte of standard input as the password, a newline included.
    return QStringLiteral(
        "read -rs PW; printf %s \"$PW\" | gnome-keyring-daemon --replace --unlock >/dev/null; "
        "unset PW");
}

QString lockedKeyringMessage(const LockedKeyring &keyring)
{
    const QString name =
        keyringName(keyring, QT_TRANSLATE_NOOP("KeyringAdvice", "The “%1” keyring"),
                    QT_TRANSLATE_NOOP("KeyringAdvice", "The keyring"));
    if (keyring.graphical)
        return KeyringAdviceTexts::tr("%1 is locked, and it was not unlocked when asked.")
            .arg(name);
    return KeyringAdviceTexts::tr(
               "%1 is locked, and no unlock prompt can appear in this session (there is no "
               "display).")
        .arg(name);
}

QString lockedKeyringAdvice(const LockedKeyring &keyring)
{
    const QString name =
        keyringName(keyring, QT_TRANSLATE_NOOP("KeyringAdvice", "the “%1” keyring"),
                    QT_TRANSLATE_NOOP("KeyringAdvice", "your keyring"));
    SecretServiceProvider provider = keyring.provider;
    if (provider == SecretServiceProvider::Unknown && isKdeDesktop(keyring.desktop))
        provider = SecretServiceProvider::KWallet;
    switch (provider) {
    case SecretServiceProvider::GnomeKeyring:
        if (keyring.graphical)
            return KeyringAdviceTexts::tr(
                       "Unlock %1 in Passwords and Keys (Seahorse): select it and choose Unlock. "
                       "Then try again.")
                .arg(name);
        if (keyring.isLoginCollection())
            return KeyringAdviceTexts::tr(
                       "Unlock it from this terminal: run the line below, type the keyring's "
                       "password (it is not shown) and press Enter. Then try again.\n    %1")
                .arg(gnomeKeyringTerminalUnlockCommand());
        return KeyringAdviceTexts::tr(
                   "Unlock %1 in Passwords and Keys (Seahorse) in your desktop session; only the "
                   "login keyring can be unlocked from a terminal. Then try again.")
            .arg(name);
    case SecretServiceProvider::KWallet:
        return KeyringAdviceTexts::tr(
                   "Open %1 in KDE Wallet Manager (kwalletmanager)%2. Then try again.")
            .arg(keyring.collectionLabel.isEmpty()
                     ? KeyringAdviceTexts::tr("your wallet")
                     : KeyringAdviceTexts::tr("the “%1” wallet").arg(keyring.collectionLabel),
                 keyring.graphical ? QString()
                                   : KeyringAdviceTexts::tr(" in your desktop session"));
    case SecretServiceProvider::KeePassXC:
        return KeyringAdviceTexts::tr("Unlock %1 in KeePassXC%2. Then try again.")
            .arg(keyring.collectionLabel.isEmpty()
                     ? KeyringAdviceTexts::tr("your database")
                     : KeyringAdviceTexts::tr("the “%1” database").arg(keyring.collectionLabel),
                 keyring.graphical ? QString()
                                   : KeyringAdviceTexts::tr(" in your desktop session"));
    case SecretServiceProvider::Unknown:
        break;
    }
    return KeyringAdviceTexts::tr(
               "Unlock %1 in your desktop's password manager (for example Passwords and Keys, KDE "
               "Wallet Manager or KeePassXC). Then try again.")
        .arg(name);
}
