// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#ifdef HERO_HAVE_SECRET_SERVICE_PROBE
#include "keyringadvice.h"
#include "secretserviceprobe.h"
#endif

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace {

// The texts of this file, in the context "KeychainSecretStore" for lupdate and the translators.
struct KeychainSecretStoreTexts
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)
};

// The one place QtKeychain's errors become ours.
SecretResult mapKeychainError(QKeychain::Error error, const QString &backendMessage)
{
    switch (error) {
    case QKeychain::NoError:
        return {SecretResult::Ok, QString()};
    case QKeychain::EntryNotFound:
        return {SecretResult::NotFound,
                KeychainSecretStoreTexts::tr("No key is saved in the keychain under this name.")};
    case QKeychain::AccessDeniedByUser:
        return {SecretResult::AccessDenied,
                KeychainSecretStoreTexts::tr("Access to the keychain was declined.")};
    case QKeychain::AccessDenied:
        return {
            SecretResult::AccessDenied,
            KeychainSecretStoreTexts::tr("The keychain refused access: %1").arg(backendMessage)};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretResult::Unavailable,
                KeychainSecretStoreTexts::tr("No keychain is available: %1").arg(backendMessage)};
    case QKeychain::CouldNotDeleteEntry:
        return {SecretResult::Other,
                KeychainSecretStoreTexts::tr("The keychain could not delete the entry: %1")
                    .arg(backendMessage)};
    case QKeychain::OtherError:
        break;
    }
    return {SecretResult::Other,
            KeychainSecretStoreTexts::tr("The keychain reported an error: %1").arg(backendMessage)};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServiceName(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        ++m_generation; // QtKeychain's late answer, if any, is ignored from now on
        // A keyring locked while its unlock prompt waits unanswered is still Locked.
        resolveFailure(
            {SecretResult::Unavailable,
             KeychainSecretStoreTexts::tr(
                 "The keychain did not answer within %1 seconds; an unlock prompt may be "
                 "waiting for an answer.")
                 .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count())});
    });
}

QString KeychainSecretStore::defaultServiceName()
{
    return QStringLiteral("Hero API Explorer");
}

SecretJob *KeychainSecretStore::read(const QString &account)
{
    return enqueue(SecretJob::Read, account);
}

SecretJob *KeychainSecretStore::write(const QString &account, const QByteArray &secret)
{
    return enqueue(SecretJob::Write, account, secret);
}

SecretJob *KeychainSecretStore::remove(const QString &account)
{
    return enqueue(SecretJob::Remove, account);
}

SecretJob *KeychainSecretStore::enqueue(SecretJob::Operation operation, const QString &account,
                                        const QByteArray &secret)
{
    auto *job = new SecretJob(operation, account, this);
    m_queue.append({job, secret});
    // Started from the event loop so that the caller has connected before anything happens.
    QMetaObject::invokeMethod(this, &KeychainSecretStore::startNext, Qt::QueuedConnection);
    return job;
}

void KeychainSecretStore::startNext()
{
    while (!m_busy && !m_queue.isEmpty()) {
        m_current = m_queue.takeFirst();
        if (!m_current.job)
            continue;
        m_busy = true;
        m_timer->start(m_timeout);
        switch (m_current.job->operation()) {
        case SecretJob::Read:
            startRead();
            break;
        case SecretJob::Write:
            startWrite();
            break;
        case SecretJob::Remove:
            startRemove();
            break;
        }
    }
}

void KeychainSecretStore::startJob(QKeychain::Job *job,
                                   const std::function<void(QKeychain::Job *)> &onDone)
{
    job->setKey(m_current.job->account());
    const quint64 generation = m_generation;
    connect(job, &QKeychain::Job::finished, this, [this, generation, onDone](QKeychain::Job *done) {
        if (generation == m_generation) // otherwise the operation timed out already
            onDone(done);
    });
    job->start();
}

void KeychainSecretStore::startRead()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    startJob(job, [this](QKeychain::Job *done) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (readJob->error() == QKeychain::NoError)
            conclude({SecretResult::Ok, QString()}, readJob->textData().toUtf8());
        else
            resolveFailure(mapKeychainError(readJob->error(), readJob->errorString()));
    });
}

void KeychainSecretStore::startWrite()
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    // Keys are printable ASCII, so text mode keeps them readable with `secret-tool lookup`.
    job->setTextData(QString::fromUtf8(m_current.secret));
    m_current.secret.clear();
    startJob(job, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            conclude({SecretResult::Ok, QString()});
        else
            resolveFailure(mapKeychainError(done->error(), done->errorString()));
    });
}

void KeychainSecretStore::startRemove()
{
    // Look first: the Secret Service answers "deleted" for a missing entry and for a locked
    // collection alike, so only a read tells "nothing to remove" from "cannot remove".
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    startJob(job, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            deleteEntry();
        else
            resolveFailure(mapKeychainError(done->error(), done->errorString()));
    });
}

void KeychainSecretStore::deleteEntry()
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    startJob(job, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError || done->error() == QKeychain::EntryNotFound)
            confirmRemoval();
        else
            resolveFailure(mapKeychainError(done->error(), done->errorString()));
    });
}

void KeychainSecretStore::confirmRemoval()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    startJob(job, [this](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            conclude({SecretResult::Other,
                      KeychainSecretStoreTexts::tr(
                          "The keychain reported the key as removed, but it is still "
                          "there.")});
        } else if (done->error() == QKeychain::EntryNotFound) {
            resolveFailure({SecretResult::Ok, QString()});
        } else {
            resolveFailure(mapKeychainError(done->error(), done->errorString()));
        }
    });
}

void KeychainSecretStore::resolveFailure(const SecretResult &ifUsable)
{
#ifdef HERO_HAVE_SECRET_SERVICE_PROBE
    auto *probe = new SecretServiceProbe(this);
    const quint64 generation = m_generation;
    connect(probe, &SecretServiceProbe::finished, this,
            [this, generation, ifUsable](const SecretServiceProbe::Findings &findings) {
                if (generation != m_generation)
                    return;
                const QString &detail = findings.detail;
                switch (findings.outcome) {
                case SecretServiceProbe::Usable:
                case SecretServiceProbe::Inconclusive:
                    conclude(ifUsable);
                    return;
                case SecretServiceProbe::NoSessionBus:
                    conclude({SecretResult::Unavailable,
                              KeychainSecretStoreTexts::tr(
                                  "No D-Bus session bus is running, so no keyring can be reached "
                                  "(%1).")
                                  .arg(detail)});
                    return;
                case SecretServiceProbe::NoSecretService:
                    // Another backend (KWallet) may be in use; only a failure is telling here.
                    if (ifUsable.status == SecretResult::Other)
                        conclude({SecretResult::Unavailable,
                                  KeychainSecretStoreTexts::tr(
                                      "No Secret Service (such as GNOME Keyring or KWallet) is "
                                      "running. %1")
                                      .arg(ifUsable.message)});
                    else
                        conclude(ifUsable);
                    return;
                case SecretServiceProbe::NoDefaultCollection:
                    conclude({SecretResult::Unavailable,
                              KeychainSecretStoreTexts::tr(
                                  "The Secret Service has no default keyring (login "
                                  "collection) to store keys in.")});
                    return;
                case SecretServiceProbe::Locked: {
                    const LockedKeyring keyring = LockedKeyring::here(
                        findings.provider, findings.collectionPath, findings.collectionLabel);
                    conclude({SecretResult::Locked, lockedKeyringMessage(keyring),
                              lockedKeyringAdvice(keyring)});
                    return;
                }
                }
            });
    // The attributes QtKeychain files an entry under, so the probe finds the entry's own
    // collection, wherever the `default` alias points.
    probe->start({{QStringLiteral("server"), m_service},
                  {QStringLiteral("user"), m_current.job ? m_current.job->account() : QString()}});
#else
    conclude(ifUsable);
#endif
}

void KeychainSecretStore::conclude(const SecretResult &result, const QByteArray &secret)
{
    ++m_generation;
    m_timer->stop();
    if (m_current.job)
        m_current.job->finish(result, secret);
    m_current = Operation();
    m_busy = false;
    startNext();
}
