// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QObject>
#include <QStringList>

// One KeyRing operation in flight. Reports exactly once through finished(), always after the
// call that made it has returned, then deletes itself.
class KeyJob : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        InvalidInput, // refused before the keychain was touched; errorText() says why
        UnknownProfile,
        Keychain, // see keychainResult()
    };

    QString profileId() const { return m_profileId; }
    bool isOk() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // What the keychain (or the session store) answered; Ok when it was not asked.
    SecretResult keychainResult() const { return m_keychainResult; }
    // One sentence for the user; never contains the key.
    QString errorText() const { return m_errorText; }
    // The key, after a successful readSecret(); empty otherwise.
    QByteArray secret() const { return m_secret; }
    // Advice that does not make the operation fail, e.g. the same key saved for staging and
    // production.
    QStringList warnings() const { return m_warnings; }

signals:
    void finished();

private:
    friend class KeyRing;
    KeyJob(const QString &profileId, QObject *parent);
    void fail(Error error, const QString &text, const SecretResult &keychainResult = {});
    void succeed(const QByteArray &secret = QByteArray());
    void report();

    QString m_profileId;
    Error m_error = Error::None;
    SecretResult m_keychainResult;
    QString m_errorText;
    QByteArray m_secret;
    QStringList m_warnings;
    bool m_reported = false;
};
