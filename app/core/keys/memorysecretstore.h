// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "secretstore.h"

#include <QHash>

// Secrets held in this process only: session-only keys, the sandbox's keys, and unit tests.
// Nothing it holds is ever written anywhere.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, const QByteArray &secret) override;
    SecretJob *remove(const QString &account) override;

    // Synchronous access for session keys that are known up front (the sandbox's).
    void insert(const QString &account, const QByteArray &secret);
    bool contains(const QString &account) const { return m_secrets.contains(account); }
    int count() const { return int(m_secrets.size()); }

    // For tests: every later operation fails with this status (Ok restores normal behaviour),
    // without touching the stored secrets, like a locked or missing keychain.
    void simulateFailure(SecretResult::Status status, const QString &message = QString());
    // How many read, write and remove calls reached the store.
    int operationCount() const { return m_operationCount; }

private:
    SecretJob *start(SecretJob::Operation operation, const QString &account);

    QHash<QString, QByteArray> m_secrets;
    SecretResult m_failure;
    int m_operationCount = 0;
};
