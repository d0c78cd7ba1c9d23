// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "keyjob.h"
#include "keyprofile.h"
#include "sandboxkeys.h"

#include <QObject>

class KeyProfileStore;
class MemorySecretStore;
class SecretStore;

// The one way the app and the CLI handle API keys: secrets go to the keychain (or, for
// session-only keys, to memory), metadata to the profile store. Widget-free, so it works
// under a QCoreApplication.
//
// Ordering: add() validates the key before touching any store and writes the secret before the
// metadata; remove() deletes the secret and drops the metadata only once the secret is gone
// (or was never there). A locked or unavailable keychain never changes the metadata.
class KeyRing : public QObject
{
    Q_OBJECT
public:
    KeyRing(SecretStore *keychain, KeyProfileStore *profiles, QObject *parent = nullptr);

    KeyProfileStore *profiles() const { return m_profiles; }
    // The keychain account a profile's secret is filed under: "<environmentId>/<profile id>".
    static QString accountFor(const KeyProfile &profile);
    // Why add() would refuse this profile and key, or an empty string. Never quotes the key.
    static QString addProblem(const KeyProfile &profile, const QByteArray &secret);

    // Saves a new key. The job's profileId() is the new profile's id.
    KeyJob *add(KeyProfile profile, const QByteArray &secret);
    // Stores a new secret for an existing profile and updates its fingerprint.
    KeyJob *replace(const QString &profileId, const QByteArray &secret);
    KeyJob *readSecret(const QString &profileId);
    KeyJob *remove(const QString &profileId);
    bool rename(const QString &profileId, const QString &label);
    bool setDefault(const QString &profileId);

    // Offers the sandbox's keys as session-only profiles of environment "sandbox"; adding them
    // again changes nothing. Returns how many profiles exist for them.
    int addSandboxKeys(const QList<SandboxKey> &keys);
    bool hasSessionOnlyKeys() const;

private:
    SecretStore *storeFor(const KeyProfile &profile) const;
    void warnIfSharedAcrossEnvironments(KeyJob *job, const KeyProfile &profile,
                                        const QByteArray &digest);
    static void failFromStore(KeyJob *job, const SecretResult &result);

    SecretStore *const m_keychain;
    KeyProfileStore *const m_profiles;
    MemorySecretStore *const m_session;
};
