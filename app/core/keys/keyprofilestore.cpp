// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "keyprofilestore.h"

#include <QSettings>
#include <QUuid>

namespace {

const QString groupName = QStringLiteral("KeyProfiles");
const QString arrayName = QStringLiteral("profiles");

} // namespace

KeyProfileStore::KeyProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

void KeyProfileStore::reload()
{
    QList<KeyProfile> loaded;
    for (const KeyProfile &profile : std::as_const(m_profiles)) {
        if (profile.sessionOnly)
            loaded.append(profile);
    }
    m_settings->beginGroup(groupName);
    const int count = m_settings->beginReadArray(arrayName);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        KeyProfile profile;
        profile.id = m_settings->value(QStringLiteral("id")).toString();
        profile.label = m_settings->value(QStringLiteral("label")).toString();
        profile.environmentId = m_settings->value(QStringLiteral("environment")).toString();
        profile.origin = m_settings->value(QStringLiteral("origin")).toString();
        profile.homePracticeGroup =
            m_settings->value(QStringLiteral("homePracticeGroup")).toString();
        profile.fingerprint = m_settings->value(QStringLiteral("fingerprint")).toString();
        profile.isDefault = m_settings->value(QStringLiteral("default")).toBool();
        if (!profile.id.isEmpty() && !profile.environmentId.isEmpty())
            loaded.append(profile);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_profiles = loaded;
    for (const KeyProfile &profile : loaded)
        ensureOneDefault(profile.environmentId);
    emit changed();
}

QList<KeyProfile> KeyProfileStore::profilesFor(const QString &environmentId) const
{
    QList<KeyProfile> result;
    for (const KeyProfile &profile : m_profiles) {
        if (profile.environmentId == environmentId)
            result.append(profile);
    }
    return result;
}

KeyProfile KeyProfileStore::profile(const QString &id) const
{
    const int index = indexOf(id);
    return index >= 0 ? m_profiles.at(index) : KeyProfile();
}

KeyProfile KeyProfileStore::defaultProfile(const QString &environmentId) const
{
    for (const KeyProfile &profile : m_profiles) {
        if (profile.environmentId == environmentId && profile.isDefault)
            return profile;
    }
    return KeyProfile();
}

QString KeyProfileStore::add(KeyProfile profile)
{
    if (profile.id.isEmpty())
        profile.id = newId();
    const int existing = indexOf(profile.id);
    if (existing >= 0)
        m_profiles.removeAt(existing);
    if (profile.isDefault) {
        for (KeyProfile &other : m_profiles) {
            if (other.environmentId == profile.environmentId)
                other.isDefault = false;
        }
    }
    m_profiles.append(profile);
    ensureOneDefault(profile.environmentId);
    save();
    return profile.id;
}

bool KeyProfileStore::rename(const QString &id, const QString &label)
{
    const int index = indexOf(id);
    if (index < 0 || label.trimmed().isEmpty())
        return false;
    m_profiles[index].label = label.trimmed();
    save();
    return true;
}

bool KeyProfileStore::setFingerprint(const QString &id, const QString &fingerprint)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    m_profiles[index].fingerprint = fingerprint;
    save();
    return true;
}

bool KeyProfileStore::remove(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    const QString environmentId = m_profiles.at(index).environmentId;
    m_profiles.removeAt(index);
    ensureOneDefault(environmentId);
    save();
    return true;
}

bool KeyProfileStore::setDefault(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    const QString environmentId = m_profiles.at(index).environmentId;
    for (KeyProfile &profile : m_profiles) {
        if (profile.environmentId == environmentId)
            profile.isDefault = profile.id == id;
    }
    save();
    return true;
}

int KeyProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QString KeyProfileStore::newId() const
{
    QString id;
    do {
        id = QUuid::createUuid().toString(QUuid::Id128).left(8);
    } while (contains(id));
    return id;
}

void KeyProfileStore::ensureOneDefault(const QString &environmentId)
{
    int first = -1;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).environmentId != environmentId)
            continue;
        if (m_profiles.at(i).isDefault)
            return;
        if (first < 0)
            first = i;
    }
    if (first >= 0)
        m_profiles[first].isDefault = true;
}

void KeyProfileStore::save()
{
    m_settings->beginGroup(groupName);
    m_settings->remove(QString());
    m_settings->beginWriteArray(arrayName);
    int index = 0;
    for (const KeyProfile &profile : std::as_const(m_profiles)) {
        if (profile.sessionOnly)
            continue; // session-only keys leave no trace on disk
        m_settings->setArrayIndex(index++);
        m_settings->setValue(QStringLiteral("id"), profile.id);
        m_settings->setValue(QStringLiteral("label"), profile.label);
        m_settings->setValue(QStringLiteral("environment"), profile.environmentId);
        m_settings->setValue(QStringLiteral("origin"), profile.origin);
        m_settings->setValue(QStringLiteral("homePracticeGroup"), profile.homePracticeGroup);
        m_settings->setValue(QStringLiteral("fingerprint"), profile.fingerprint);
        m_settings->setValue(QStringLiteral("default"), profile.isDefault);
    }
    m_settings->endArray();
    m_settings->endGroup();
    m_settings->sync();
    emit changed();
}
