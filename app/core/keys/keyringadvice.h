// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Which program serves the freedesktop Secret Service on this desktop.
enum class SecretServiceProvider {
    Unknown,
    GnomeKeyring, // gnome-keyring-daemon
    KWallet, // kwalletd5/6 or ksecretd
    KeePassXC,
};

// "gnome-keyring-daemon" (or its 15-character /proc/PID/comm form "gnome-keyring-d"), "kwalletd6",
// "ksecretd", "keepassxc" → the provider.
SecretServiceProvider secretServiceProviderFromProcessName(const QString &name);

// A keyring found locked, and where the user is: what the message and its advice are made from.
struct LockedKeyring
{
    SecretServiceProvider provider = SecretServiceProvider::Unknown;
    QString collectionPath; // "/org/freedesktop/secrets/collection/login"; empty when unknown
    QString collectionLabel; // "Login"; empty when unknown
    QString desktop; // XDG_CURRENT_DESKTOP, e.g. "GNOME" or "KDE"
    bool graphical = false; // a display (X11 or Wayland) an unlock prompt could appear on

    // Fills desktop and graphical from this process's environment.
    static LockedKeyring here(SecretServiceProvider provider, const QString &collectionPath,
                              const QString &collectionLabel);
    bool isLoginCollection() const;
};

// The terminal command that unlocks gnome-keyring's login keyring when no prompt can appear:
// `gnome-keyring-daemon --unlock` alone starts a second daemon and leaves the running one locked,
// so the running one is replaced by one unlocked with the password read (without echo) here.
QString gnomeKeyringTerminalUnlockCommand();

// "The “Login” keyring is locked, and no unlock prompt can appear in this session."
QString lockedKeyringMessage(const LockedKeyring &keyring);
// How to unlock it on this desktop (Seahorse, KDE Wallet Manager, KeePassXC, or the terminal
// command above on a line of its own), with "Then try again."
QString lockedKeyringAdvice(const LockedKeyring &keyring);
