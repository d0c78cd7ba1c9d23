// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What we remember about an API key outside the keychain. Holds no secret.
struct KeyProfile
{
    QString id; // stable, generated; part of the keychain account name
    QString label;
    QString environmentId; // the one environment the key may be sent to
    QString origin; // for custom environments: scheme://host:port the key is bound to
    QString homePracticeGroup; // optional
    QString fingerprint; // the key's last four characters
    bool isDefault = false; // the environment's default key
    bool sessionOnly = false; // held in memory for this session, never in the keychain

    bool isValid() const { return !id.isEmpty(); }
    // "…Xy9Z", the form redactedKey() gives of the secret; empty when the key is unknown.
    QString redacted() const;
    friend bool operator==(const KeyProfile &a, const KeyProfile &b);
};

// The key's last four characters, which is all of it we ever show or store.
QString keyFingerprint(const QByteArray &key);

Q_DECLARE_METATYPE(KeyProfile)
