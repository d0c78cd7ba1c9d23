// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keyprofile.h"

bool operator==(const KeyProfile &a, const KeyProfile &b)
{
    return a.id == b.id && a.label == b.label && a.environmentId == b.environmentId
        && a.origin == b.origin && a.homePracticeGroup == b.homePracticeGroup
        && a.fingerprint == b.fingerprint && a.isDefault == b.isDefault
        && a.sessionOnly == b.sessionOnly;
}

QString keyFingerprint(const QByteArray &key)
{
    // Short keys would be shown whole; show nothing rather than most of a key.
    if (key.size() < 12)
        return QString();
    return QString::fromLatin1(key.right(4));
}

QString KeyProfile::redacted() const
{
    return fingerprint.isEmpty() ? QString() : u"…" + fingerprint;
}
