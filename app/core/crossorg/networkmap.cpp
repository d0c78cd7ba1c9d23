// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "networkmap.h"

#include "diagnosis/errorbody.h"
#include "http/headernames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().left(64);
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return QString();
}

QString networkText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().left(200);
    if (value.isObject()) {
        const QJsonObject network = value.toObject();
        const QString name = network.value(QLatin1String("name")).toString().left(200);
        return name.isEmpty() ? idText(network.value(QLatin1String("id"))) : name;
    }
    return QString();
}

int rank(NetworkMap::Reach reach)
{
    switch (reach) {
    case NetworkMap::Reach::Home:
        return 0;
    case NetworkMap::Reach::Reached:
        return 1;
    case NetworkMap::Reach::Reachable:
        return 2;
    case NetworkMap::Reach::Refused:
        return 3;
    }
    return 4;
}

} // namespace

NetworkMap::NetworkMap(QObject *parent)
    : QObject(parent)
{
}

NetworkMap::Group &NetworkMap::entry(const QString &fingerprint, const QString &groupId)
{
    KeyMap &key = m_keys[fingerprint];
    auto it = key.groups.find(groupId);
    if (it == key.groups.end()) {
        Group group;
        group.id = groupId;
        group.name = m_names.value(groupId);
        group.reach = groupId == key.home ? Reach::Home : Reach::Reachable;
        it = key.groups.insert(groupId, group);
    }
    return it.value();
}

void NetworkMap::setHomeGroup(const QString &fingerprint, const QString &groupId)
{
    if (groupId.isEmpty())
        return;
    KeyMap &key = m_keys[fingerprint];
    if (key.home == groupId && key.groups.contains(groupId))
        return;
    if (!key.home.isEmpty() && key.groups.contains(key.home))
        key.groups[key.home].reach = Reach::Reachable;
    key.home = groupId;
    entry(fingerprint, groupId).reach = Reach::Home;
    emit changed(fingerprint);
}

void NetworkMap::recordExchange(const QString &fingerprint, const QString &homeGroup,
                                const Exchange &exchange, const Diagnosis &diagnosis)
{
    const QString target =
        QString::fromLatin1(exchange.requestHeader(HeaderName::PracticeGroupId)).trimmed();
    if (fingerprint.isEmpty() || target.isEmpty())
        return;
    if (!homeGroup.isEmpty())
        setHomeGroup(fingerprint, homeGroup);
    const QString home = m_keys.value(fingerprint).home;

    const bool success = exchange.isSuccess();
    const bool refused = diagnosis.code == DiagnosisCode::CrossOrgForbidden && target != home;
    if (!success && !refused)
        return;
    Group &group = entry(fingerprint, target);
    group.lastStatus = exchange.status;
    group.lastSeen = exchange.startedAt;
    if (group.reach != Reach::Home)
        group.reach = success ? Reach::Reached : Reach::Refused;

    if (success && exchange.body.size() <= MaxDiagnosedBodyBytes) {
        const QString path = exchange.request.url.path();
        if (path.endsWith(QLatin1String("/v1/practice-groups"))) {
            recordPracticeGroups(fingerprint, exchange.body, exchange.startedAt);
        } else if (path.endsWith(QLatin1String("/v1/me"))) {
            const QJsonObject me = QJsonDocument::fromJson(exchange.body).object();
            if (idText(me.value(QLatin1String("id"))) == target) {
                const QString name = me.value(QLatin1String("name")).toString().left(200);
                if (!name.isEmpty())
                    group.name = name;
                const QString network = networkText(me.value(QLatin1String("network")));
                if (!network.isEmpty())
                    group.network = network;
            }
        }
    }
    emit changed(fingerprint);
}

bool NetworkMap::recordPracticeGroups(const QString &fingerprint, const QByteArray &body,
                                      const QDateTime &when)
{
    if (fingerprint.isEmpty() || body.size() > MaxDiagnosedBodyBytes)
        return false;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    const QJsonValue data = document.object().value(QLatin1String("data"));
    if (error.error != QJsonParseError::NoError || !data.isArray())
        return false;
    const QJsonArray list = data.toArray();
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        const QString id = idText(object.value(QLatin1String("id")));
        if (id.isEmpty())
            continue;
        Group &group = entry(fingerprint, id);
        const QString name = object.value(QLatin1String("name")).toString().left(200);
        if (!name.isEmpty())
            group.name = name;
        const QString network = networkText(object.value(QLatin1String("network")));
        if (!network.isEmpty())
            group.network = network;
        // The API's own list says the key may act for it: that outranks an older refusal.
        if (group.reach == Reach::Refused)
            group.reach = Reach::Reachable;
        if (when.isValid())
            group.lastSeen = when;
    }
    emit changed(fingerprint);
    return true;
}

void NetworkMap::setNames(const QMap<QString, QString> &names)
{
    m_names.insert(names);
    for (auto key = m_keys.begin(); key != m_keys.end(); ++key) {
        bool touched = false;
        for (Group &group : key->groups) {
            if (group.name.isEmpty() && names.contains(group.id)) {
                group.name = names.value(group.id);
                touched = true;
            }
        }
        if (touched)
            emit changed(key.key());
    }
}

QStringList NetworkMap::fingerprints() const
{
    QStringList keys = m_keys.keys();
    keys.sort();
    return keys;
}

QString NetworkMap::homeGroup(const QString &fingerprint) const
{
    return m_keys.value(fingerprint).home;
}

QList<NetworkMap::Group> NetworkMap::groups(const QString &fingerprint) const
{
    QList<Group> list = m_keys.value(fingerprint).groups.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const Group &a, const Group &b) { return rank(a.reach) < rank(b.reach); });
    return list;
}

NetworkMap::Group NetworkMap::group(const QString &fingerprint, const QString &groupId) const
{
    return m_keys.value(fingerprint).groups.value(groupId);
}

void NetworkMap::clear()
{
    const QStringList keys = m_keys.keys();
    m_keys.clear();
    for (const QString &key : keys)
        emit changed(key);
}

QString networkMapReachId(NetworkMap::Reach reach)
{
    switch (reach) {
    case NetworkMap::Reach::Home:
        return QStringLiteral("home");
    case NetworkMap::Reach::Reachable:
        return QStringLiteral("reachable");
    case NetworkMap::Reach::Reached:
        return QStringLiteral("reached");
    case NetworkMap::Reach::Refused:
        return QStringLiteral("refused");
    }
    return QStringLiteral("reachable");
}
