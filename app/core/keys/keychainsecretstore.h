// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QList>
#include <QPointer>

#include <chrono>
#include <functional>

class QTimer;

// The OS keychain through QtKeychain: Keychain on macOS, Credential Manager on Windows, the
// Secret Service (GNOME Keyring, KWallet) on Linux. Never falls back to plain-text storage.
//
// Operations run one at a time, in call order. Each has a timeout (30 s by default) so a
// keyring that waits on an unanswered unlock prompt cannot hang the caller. On Linux a failed
// or empty answer is checked against the Secret Service itself, so a locked or missing
// keyring reads as Locked or Unavailable rather than NotFound, and a removal is confirmed by
// reading the entry again.
namespace QKeychain {
class Job;
} // namespace QKeychain

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, QObject *parent);

    // "Hero API Explorer": the service name entries are filed under.
    static QString defaultServiceName();
    QString service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, const QByteArray &secret) override;
    SecretJob *remove(const QString &account) override;

private:
    struct Operation
    {
        QPointer<SecretJob> job;
        QByteArray secret;
    };

    SecretJob *enqueue(SecretJob::Operation operation, const QString &account,
                       const QByteArray &secret = QByteArray());
    void startNext();
    // Starts a QtKeychain job for the current operation; onDone runs unless it timed out.
    void startJob(QKeychain::Job *job, const std::function<void(QKeychain::Job *)> &onDone);
    void startRead();
    void startWrite();
    void startRemove();
    void deleteEntry();
    void confirmRemoval();
    // Reports ifUsable when the keychain turns out to be usable, else why it is not.
    void resolveFailure(const SecretResult &ifUsable);
    void conclude(const SecretResult &result, const QByteArray &secret = QByteArray());

    const QString m_service;
    std::chrono::milliseconds m_timeout{30000};
    QTimer *const m_timer;
    QList<Operation> m_queue;
    Operation m_current;
    bool m_busy = false;
    quint64 m_generation = 0;
};
