// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "memorysecretstore.h"

#include <QCoreApplication>

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SecretJob *MemorySecretStore::start(SecretJob::Operation operation, const QString &account)
{
    ++m_operationCount;
    auto *job = new SecretJob(operation, account, this);
    if (!m_failure.isOk()) {
        SecretResult failure = m_failure;
        if (failure.message.isEmpty())
            failure.message = keychainAdvice(failure.status);
        job->finish(failure);
    }
    return job;
}

SecretJob *MemorySecretStore::read(const QString &account)
{
    SecretJob *job = start(SecretJob::Read, account);
    if (job->isFinished())
        return job;
    const auto it = m_secrets.constFind(account);
    if (it == m_secrets.constEnd())
        job->finish({SecretResult::NotFound,
                     QCoreApplication::translate("MemorySecretStore", "No such entry.")});
    else
        job->finish({SecretResult::Ok, QString()}, *it);
    return job;
}

SecretJob *MemorySecretStore::write(const QString &account, const QByteArray &secret)
{
    SecretJob *job = start(SecretJob::Write, account);
    if (job->isFinished())
        return job;
    m_secrets.insert(account, secret);
    job->finish({SecretResult::Ok, QString()});
    return job;
}

SecretJob *MemorySecretStore::remove(const QString &account)
{
    SecretJob *job = start(SecretJob::Remove, account);
    if (job->isFinished())
        return job;
    if (m_secrets.remove(account) > 0)
        job->finish({SecretResult::Ok, QString()});
    else
        job->finish({SecretResult::NotFound,
                     QCoreApplication::translate("MemorySecretStore", "No such entry.")});
    return job;
}

void MemorySecretStore::insert(const QString &account, const QByteArray &secret)
{
    m_secrets.insert(account, secret);
}

void MemorySecretStore::simulateFailure(SecretResult::Status status, const QString &message)
{
    m_failure = {status, message};
}
