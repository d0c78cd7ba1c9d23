// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include <QCoreApplication>

namespace {

// The texts of this file, in the context "SecretStore" for lupdate and the translators.
struct SecretStoreTexts
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

} // namespace

QString secretStatusId(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Ok:
        return QStringLiteral("ok");
    case SecretResult::NotFound:
        return QStringLiteral("not-found");
    case SecretResult::Unavailable:
        return QStringLiteral("unavailable");
    case SecretResult::Locked:
        return QStringLiteral("locked");
    case SecretResult::AccessDenied:
        return QStringLiteral("access-denied");
    case SecretResult::Other:
        break;
    }
    return QStringLiteral("other");
}

QString keychainAdvice(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Ok:
        return QString();
    case SecretResult::NotFound:
        return SecretStoreTexts::tr(
            "No key is saved under this name; add or replace the key to enter it again.");
    case SecretResult::Locked:
#if defined(Q_OS_MACOS)
        return SecretStoreTexts::tr("Unlock your login keychain in Keychain Access and try again.");
#elif defined(Q_OS_WIN)
        return SecretStoreTexts::tr(
            "Sign in to Windows with your own account so Credential Manager can be used, "
            "then try again.");
#else
        return SecretStoreTexts::tr(
            "Unlock your keyring (for example in Passwords and Keys, Seahorse or "
            "KWalletManager) and try again.");
#endif
    case SecretResult::Unavailable:
#if defined(Q_OS_MACOS)
        return SecretStoreTexts::tr(
            "The macOS keychain could not be reached. Check that your login keychain exists "
            "in Keychain Access.");
#elif defined(Q_OS_WIN)
        return SecretStoreTexts::tr(
            "Windows Credential Manager could not be reached. Check that the Credential "
            "Manager service is running.");
#else
        return SecretStoreTexts::tr(
            "Install and enable a Secret Service provider such as GNOME Keyring or KWallet, "
            "make sure a desktop D-Bus session is running and that a default (login) "
            "keyring exists, then try again.");
#endif
    case SecretResult::AccessDenied:
#if defined(Q_OS_MACOS)
        return SecretStoreTexts::tr(
            "Allow Hero API Explorer to use the keychain item when macOS asks, or change "
            "its access in Keychain Access.");
#elif defined(Q_OS_WIN)
        return SecretStoreTexts::tr(
            "Windows refused access to Credential Manager for this account.");
#else
        return SecretStoreTexts::tr(
            "Access to the keyring was refused. Accept the unlock prompt or check the "
            "keyring's permissions.");
#endif
    case SecretResult::Other:
        break;
    }
    return SecretStoreTexts::tr("The keychain reported an error.");
}

SecretJob::SecretJob(Operation operation, const QString &account, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_account(account)
{
}

void SecretJob::finish(const SecretResult &result, const QByteArray &secret)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_secret = secret;
    // Queued so that a store answering at once still reports after the caller connected.
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit finished(m_result);
            deleteLater();
        },
        Qt::QueuedConnection);
}
