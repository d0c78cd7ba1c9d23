// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

class QSettings;

// A practice group the explorer knows of, and how it came to know it.
struct PracticeGroup
{
    enum class Source { Home, Listed, Saved, Recent, Entered };
    QString id;
    QString name; // empty when unknown
    QString network; // the network name, when the environment told us
    Source source = Source::Entered;
};

// Parses a GET /v1/practice-groups answer ({"data":[{id, name, network…}], "count":n});
// anything else gives an empty list, never an error.
QList<PracticeGroup> parsePracticeGroups(const QByteArray &body);

// The groups the picker offers for one environment and key: the key's home group first, then
// the groups the environment listed, saved groups with names, and recently used ones.
// Saved and recent groups persist per environment in the QSettings given.
class PracticeGroupDirectory : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, SourceRole, IsHomeRole };

    explicit PracticeGroupDirectory(QSettings *settings, QObject *parent = nullptr);

    // Switches to another environment's saved and recent groups and a key's home group.
    void setContext(const QString &environmentId, const QString &homeGroup);
    void setListed(const QList<PracticeGroup> &groups);
    void save(const QString &id, const QString &name);
    void markUsed(const QString &id);

    QString homeGroup() const { return m_homeGroup; }
    QString nameOf(const QString &id) const;
    int rowOf(const QString &id) const;
    const QList<PracticeGroup> &groups() const { return m_groups; }
    // What the last setListed() gave: the groups the key was listed for.
    const QList<PracticeGroup> &listed() const { return m_listed; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QString settingsKey(const char *what) const;

    QSettings *const m_settings;
    QString m_environmentId;
    QString m_homeGroup;
    QList<PracticeGroup> m_listed;
    QList<PracticeGroup> m_groups;
};
