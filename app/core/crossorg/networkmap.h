// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/diagnosis.h"
#include "http/exchange.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

// Which practice groups each key has been seen to reach or be refused for, by key fingerprint.
// Fed by finished exchanges and by GET /v1/practice-groups answers; holds no key and no body.
class NetworkMap : public QObject
{
    Q_OBJECT
public:
    enum class Reach {
        Home, // the key's own group
        Reachable, // listed by GET /v1/practice-groups, not yet called
        Reached, // a call acting for it was answered 2xx
        Refused, // a call acting for it was refused as cross-organisational (403 forbidden)
    };
    struct Group
    {
        QString id;
        QString name; // empty when unknown
        QString network; // the network's name (or id) when an answer named it
        Reach reach = Reach::Reachable;
        int lastStatus = 0; // of the last exchange acting for it; 0 when only listed
        QDateTime lastSeen;
    };

    explicit NetworkMap(QObject *parent = nullptr);

    void setHomeGroup(const QString &fingerprint, const QString &groupId);
    // Learns from one exchange made with the key of that fingerprint. Uncoded 403s and failures
    // say nothing certain about the network and are ignored.
    void recordExchange(const QString &fingerprint, const QString &homeGroup,
                        const Exchange &exchange, const Diagnosis &diagnosis);
    // Reads {"data":[{"id","name","network"…}],"count":n}; false when the body is not that.
    bool recordPracticeGroups(const QString &fingerprint, const QByteArray &body,
                              const QDateTime &when = QDateTime());
    void setNames(const QMap<QString, QString> &names);

    QStringList fingerprints() const;
    QString homeGroup(const QString &fingerprint) const;
    // The home group first, then reached and reachable groups, then refused ones; ids ascending.
    QList<Group> groups(const QString &fingerprint) const;
    Group group(const QString &fingerprint, const QString &groupId) const;
    void clear();

signals:
    void changed(const QString &fingerprint);

private:
    struct KeyMap
    {
        QString home;
        QMap<QString, Group> groups;
    };
    Group &entry(const QString &fingerprint, const QString &groupId);

    QHash<QString, KeyMap> m_keys;
    QMap<QString, QString> m_names;
};

QString networkMapReachId(NetworkMap::Reach reach); // "home", "reachable", "reached", "refused"
