// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

// How one keychain operation ended. The message is the backend's or ours, never the secret.
struct SecretResult
{
    enum Status {
        Ok,
        NotFound, // the keychain works and holds no such entry
        Unavailable, // no keychain to talk to: no D-Bus, no Secret Service, no default keyring, …
        Locked, // the keychain exists but is locked; entries may exist but cannot be read
        AccessDenied, // the user or the OS refused this application access
        Other, // any other backend failure; the message says what
    };

    SecretResult() = default;
    SecretResult(Status status, const QString &message, const QString &advice = QString())
        : status(status)
        , message(message)
        , advice(advice)
    {
    }

    Status status = Ok;
    QString message;
    // What the user can do about it here, when the store knows better than keychainAdvice()
    // (e.g. how to unlock this desktop's keyring); empty otherwise.
    QString advice;

    bool isOk() const { return status == Ok; }
    // The cases where "use this key for this session only" is the way forward.
    bool keychainUnusable() const
    {
        return status == Unavailable || status == Locked || status == AccessDenied;
    }
    friend bool operator==(const SecretResult &a, const SecretResult &b)
    {
        return a.status == b.status && a.message == b.message && a.advice == b.advice;
    }
};

// "ok", "not-found", "unavailable", "locked", "access-denied", "other": for the CLI and logs.
QString secretStatusId(SecretResult::Status status);
// What the user can do about a failed status on this operating system, as one or two sentences.
QString keychainAdvice(SecretResult::Status status);

// One read, write or remove in flight. Reports exactly once through finished(), always from
// the event loop after the call that made it has returned, then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum Operation { Read, Write, Remove };

    SecretJob(Operation operation, const QString &account, QObject *parent);

    Operation operation() const { return m_operation; }
    QString account() const { return m_account; }
    bool isFinished() const { return m_finished; }
    SecretResult result() const { return m_result; }
    // The secret, for a successful read; empty otherwise.
    QByteArray secret() const { return m_secret; }

    // For stores: records the outcome and schedules finished(). Later calls are ignored.
    void finish(const SecretResult &result, const QByteArray &secret = QByteArray());

signals:
    void finished(const SecretResult &result);

private:
    const Operation m_operation;
    const QString m_account;
    SecretResult m_result;
    QByteArray m_secret;
    bool m_finished = false;
};

// Where API keys live. Asynchronous because a keychain may prompt the user or hang.
//
// Contract for every implementation:
// - each call returns a SecretJob (parented to the store) that emits finished() exactly once;
// - remove() reports Ok only once the entry is confirmed gone, and NotFound when there was
//   nothing to remove;
// - a read that finds nothing reports NotFound only when the keychain is known to be usable;
//   a locked or missing keyring is Locked or Unavailable, never NotFound.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual SecretJob *read(const QString &account) = 0;
    virtual SecretJob *write(const QString &account, const QByteArray &secret) = 0;
    virtual SecretJob *remove(const QString &account) = 0;
};

Q_DECLARE_METATYPE(SecretResult)
