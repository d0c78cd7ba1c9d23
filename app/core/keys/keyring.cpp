// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keyring.h"

#include "http/headervalidation.h"
#include "keyprofilestore.h"
#include "memorysecretstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSharedPointer>

#include <algorithm>

namespace {

const QString sandboxEnvironmentId = QStringLiteral("sandbox");

// Hero asks for separate staging and production keys; these pairs are checked.
QString counterpartEnvironment(const QString &environmentId)
{
    if (environmentId == u"staging")
        return QStringLiteral("production");
    if (environmentId == u"production")
        return QStringLiteral("staging");
    return QString();
}

} // namespace

KeyRing::KeyRing(SecretStore *keychain, KeyProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_profiles(profiles)
    , m_session(new MemorySecretStore(this))
{
}

QString KeyRing::accountFor(const KeyProfile &profile)
{
    return profile.environmentId + u'/' + profile.id;
}

QString KeyRing::addProblem(const KeyProfile &profile, const QByteArray &secret)
{
    if (profile.label.trimmed().isEmpty())
        return tr("Give the key a label, for example “Staging, booking”.");
    if (profile.environmentId.isEmpty() || profile.environmentId.contains(u'/'))
        return tr("Choose the environment this key belongs to.");
    if (!profile.homePracticeGroup.isEmpty()) {
        const QString problem = practiceGroupIdProblem(profile.homePracticeGroup.toUtf8());
        if (!problem.isEmpty())
            return problem;
    }
    return apiKeyProblem(secret);
}

SecretStore *KeyRing::storeFor(const KeyProfile &profile) const
{
    return profile.sessionOnly ? static_cast<SecretStore *>(m_session) : m_keychain;
}

void KeyRing::failFromStore(KeyJob *job, const SecretResult &result)
{
    QString text = result.message;
    const QString advice = result.advice.isEmpty() ? keychainAdvice(result.status) : result.advice;
    if (result.status != SecretResult::Other && !advice.isEmpty() && !text.contains(advice))
        text = text.isEmpty() ? advice : text + u' ' + advice;
    job->fail(KeyJob::Error::Keychain, text, result);
}

KeyJob *KeyRing::add(KeyProfile profile, const QByteArray &secret)
{
    if (profile.id.isEmpty() || m_profiles->contains(profile.id) || profile.id.contains(u'/'))
        profile.id = m_profiles->newId();
    auto *job = new KeyJob(profile.id, this);
    const QString problem = addProblem(profile, secret);
    if (!problem.isEmpty()) {
        job->fail(KeyJob::Error::InvalidInput, problem);
        return job;
    }
    profile.label = profile.label.trimmed();
    profile.fingerprint = keyFingerprint(secret);
    SecretJob *write = storeFor(profile)->write(accountFor(profile), secret);
    const QByteArray digest = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    connect(write, &SecretJob::finished, this,
            [this, job, profile, digest](const SecretResult &result) {
                if (!result.isOk()) {
                    failFromStore(job, result);
                    return;
                }
                m_profiles->add(profile);
                warnIfSharedAcrossEnvironments(job, profile, digest);
            });
    return job;
}

KeyJob *KeyRing::replace(const QString &profileId, const QByteArray &secret)
{
    auto *job = new KeyJob(profileId, this);
    const KeyProfile profile = m_profiles->profile(profileId);
    if (!profile.isValid()) {
        job->fail(KeyJob::Error::UnknownProfile, tr("There is no such key."));
        return job;
    }
    const QString problem = apiKeyProblem(secret);
    if (!problem.isEmpty()) {
        job->fail(KeyJob::Error::InvalidInput, problem);
        return job;
    }
    SecretJob *write = storeFor(profile)->write(accountFor(profile), secret);
    const QByteArray digest = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
    const QString fingerprint = keyFingerprint(secret);
    connect(write, &SecretJob::finished, this,
            [this, job, profile, digest, fingerprint](const SecretResult &result) {
                if (!result.isOk()) {
                    failFromStore(job, result);
                    return;
                }
                m_profiles->setFingerprint(profile.id, fingerprint);
                KeyProfile updated = profile;
                updated.fingerprint = fingerprint;
                warnIfSharedAcrossEnvironments(job, updated, digest);
            });
    return job;
}

KeyJob *KeyRing::readSecret(const QString &profileId)
{
    auto *job = new KeyJob(profileId, this);
    const KeyProfile profile = m_profiles->profile(profileId);
    if (!profile.isValid()) {
        job->fail(KeyJob::Error::UnknownProfile, tr("There is no such key."));
        return job;
    }
    SecretJob *read = storeFor(profile)->read(accountFor(profile));
    connect(read, &SecretJob::finished, this, [job, read](const SecretResult &result) {
        // Whatever went wrong, the metadata stays: a locked keyring is no reason to forget.
        if (result.isOk())
            job->succeed(read->secret());
        else
            failFromStore(job, result);
    });
    return job;
}

KeyJob *KeyRing::remove(const QString &profileId)
{
    auto *job = new KeyJob(profileId, this);
    const KeyProfile profile = m_profiles->profile(profileId);
    if (!profile.isValid()) {
        job->fail(KeyJob::Error::UnknownProfile, tr("There is no such key."));
        return job;
    }
    SecretJob *removal = storeFor(profile)->remove(accountFor(profile));
    connect(removal, &SecretJob::finished, this,
            [this, job, profileId](const SecretResult &result) {
                if (result.status != SecretResult::Ok && result.status != SecretResult::NotFound) {
                    failFromStore(job, result);
                    return;
                }
                m_profiles->remove(profileId);
                job->succeed();
            });
    return job;
}

bool KeyRing::rename(const QString &profileId, const QString &label)
{
    return m_profiles->rename(profileId, label);
}

bool KeyRing::setDefault(const QString &profileId)
{
    return m_profiles->setDefault(profileId);
}

int KeyRing::addSandboxKeys(const QList<SandboxKey> &keys)
{
    int index = 0;
    for (const SandboxKey &key : keys) {
        ++index;
        KeyProfile profile;
        profile.id = QStringLiteral("sandbox-%1").arg(index);
        profile.label = key.label;
        profile.environmentId = sandboxEnvironmentId;
        profile.homePracticeGroup = key.practiceGroup;
        profile.fingerprint = keyFingerprint(key.key);
        profile.sessionOnly = true;
        const KeyProfile existing = m_profiles->profile(profile.id);
        if (existing.isValid()) {
            profile.label = existing.label;
            profile.isDefault = existing.isDefault;
        }
        m_session->insert(accountFor(profile), key.key);
        m_profiles->add(profile);
    }
    return index;
}

bool KeyRing::hasSessionOnlyKeys() const
{
    const QList<KeyProfile> all = m_profiles->profiles();
    return std::any_of(all.cbegin(), all.cend(), [](const KeyProfile &profile) {
        return profile.sessionOnly && profile.environmentId != sandboxEnvironmentId;
    });
}

void KeyRing::warnIfSharedAcrossEnvironments(KeyJob *job, const KeyProfile &profile,
                                             const QByteArray &digest)
{
    // Only keys ending the same way can be the same key; read just those, compare hashes in
    // memory, keep nothing.
    QList<KeyProfile> suspects;
    const QString other = counterpartEnvironment(profile.environmentId);
    if (!other.isEmpty() && !profile.fingerprint.isEmpty()) {
        for (const KeyProfile &candidate : m_profiles->profilesFor(other)) {
            if (candidate.fingerprint == profile.fingerprint)
                suspects.append(candidate);
        }
    }
    if (suspects.isEmpty()) {
        job->succeed();
        return;
    }
    auto remaining = QSharedPointer<int>::create(int(suspects.size()));
    for (const KeyProfile &suspect : std::as_const(suspects)) {
        SecretJob *read = storeFor(suspect)->read(accountFor(suspect));
        connect(read, &SecretJob::finished, job,
                [job, read, suspect, digest, remaining](const SecretResult &result) {
                    if (result.isOk()
                        && QCryptographicHash::hash(read->secret(), QCryptographicHash::Sha256)
                            == digest) {
                        job->m_warnings.append(
                            tr("The same key is also saved for %1 as “%2”. Use separate "
                               "keys for staging and production.")
                                .arg(suspect.environmentId, suspect.label));
                    }
                    if (--*remaining == 0)
                        job->succeed();
                });
    }
}
