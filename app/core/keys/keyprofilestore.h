// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "keyprofile.h"

#include <QList>
#include <QObject>

class QSettings;

// The list of known keys and which is each environment's default. Keys saved in the keychain
// have their metadata in the given settings; session-only keys are kept in memory only.
// Never holds a secret.
class KeyProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit KeyProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<KeyProfile> profiles() const { return m_profiles; }
    QList<KeyProfile> profilesFor(const QString &environmentId) const;
    // An invalid profile (empty id) when there is none.
    KeyProfile profile(const QString &id) const;
    KeyProfile defaultProfile(const QString &environmentId) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    // A short id no profile uses yet.
    QString newId() const;

    // Adds the profile and returns its id (generated when empty; an existing id is replaced).
    // The first key of an environment becomes its default; a new default demotes the old one.
    QString add(KeyProfile profile);
    bool rename(const QString &id, const QString &label);
    bool setFingerprint(const QString &id, const QString &fingerprint);
    // Removing the default promotes the environment's next key, if any.
    bool remove(const QString &id);
    bool setDefault(const QString &id);

    // Reads the saved profiles again (another process, such as the CLI, may have changed them).
    void reload();

signals:
    void changed();

private:
    int indexOf(const QString &id) const;
    void ensureOneDefault(const QString &environmentId);
    void save();

    QSettings *const m_settings;
    QList<KeyProfile> m_profiles;
};
