// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "practicegroupdirectory.h"

#include "http/headervalidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

constexpr int MaxRecent = 8;

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    return QString();
}

} // namespace

QList<PracticeGroup> parsePracticeGroups(const QByteArray &body)
{
    QList<PracticeGroup> groups;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonArray data =
        document.isArray() ? document.array() : document.object().value(u"data").toArray();
    for (const QJsonValue &item : data) {
        const QJsonObject object = item.toObject();
        PracticeGroup group;
        group.id = stringOf(object.value(u"id"));
        group.name = object.value(u"name").toString();
        const QJsonValue network = object.value(u"network");
        group.network =
            network.isObject() ? network.toObject().value(u"name").toString() : network.toString();
        group.source = PracticeGroup::Source::Listed;
        if (practiceGroupIdProblem(group.id.toUtf8()).isEmpty())
            groups.append(group);
    }
    return groups;
}

PracticeGroupDirectory::PracticeGroupDirectory(QSettings *settings, QObject *parent)
    : QAbstractListModel(parent)
    , m_settings(settings)
{
}

QString PracticeGroupDirectory::settingsKey(const char *what) const
{
    return QStringLiteral("practiceGroups/") + m_environmentId + u'/' + QLatin1String(what);
}

void PracticeGroupDirectory::setContext(const QString &environmentId, const QString &homeGroup)
{
    m_environmentId = environmentId;
    m_homeGroup = homeGroup;
    m_listed.clear();
    rebuild();
}

void PracticeGroupDirectory::setListed(const QList<PracticeGroup> &groups)
{
    m_listed = groups;
    rebuild();
}

void PracticeGroupDirectory::save(const QString &id, const QString &name)
{
    if (!practiceGroupIdProblem(id.toUtf8()).isEmpty())
        return;
    m_settings->setValue(settingsKey("saved/") + id, name);
    rebuild();
}

void PracticeGroupDirectory::markUsed(const QString &id)
{
    if (!practiceGroupIdProblem(id.toUtf8()).isEmpty())
        return;
    QStringList recent = m_settings->value(settingsKey("recent")).toStringList();
    recent.removeAll(id);
    recent.prepend(id);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_settings->setValue(settingsKey("recent"), recent);
    rebuild();
}

QString PracticeGroupDirectory::nameOf(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_groups.at(row).name;
}

int PracticeGroupDirectory::rowOf(const QString &id) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == id)
            return row;
    }
    return -1;
}

void PracticeGroupDirectory::rebuild()
{
    beginResetModel();
    QList<PracticeGroup> groups;
    QHash<QString, QString> names;
    for (const PracticeGroup &group : qAsConst(m_listed))
        names.insert(group.id, group.name);
    m_settings->beginGroup(settingsKey("saved"));
    const QStringList saved = m_settings->childKeys();
    for (const QString &id : saved) {
        if (!names.value(id).isEmpty())
            continue;
        names.insert(id, m_settings->value(id).toString());
    }
    m_settings->endGroup();

    const auto add = [&groups, &names](const QString &id, PracticeGroup::Source source,
                                       const QString &network) {
        if (id.isEmpty())
            return;
        for (const PracticeGroup &existing : qAsConst(groups)) {
            if (existing.id == id)
                return;
        }
        groups.append({id, names.value(id), network, source});
    };
    QString homeNetwork;
    for (const PracticeGroup &group : qAsConst(m_listed)) {
        if (group.id == m_homeGroup)
            homeNetwork = group.network;
    }
    add(m_homeGroup, PracticeGroup::Source::Home, homeNetwork);
    for (const PracticeGroup &group : qAsConst(m_listed))
        add(group.id, PracticeGroup::Source::Listed, group.network);
    for (const QString &id : saved)
        add(id, PracticeGroup::Source::Saved, QString());
    for (const QString &id : m_settings->value(settingsKey("recent")).toStringList())
        add(id, PracticeGroup::Source::Recent, QString());
    m_groups = groups;
    endResetModel();
}

int PracticeGroupDirectory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant PracticeGroupDirectory::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_groups.size())
        return QVariant();
    const PracticeGroup &group = m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = group.name.isEmpty() ? group.id : group.id + u" · " + group.name;
        if (group.source == PracticeGroup::Source::Home)
            text += tr(" (home)");
        return text;
    }
    case Qt::EditRole:
    case IdRole:
        return group.id;
    case NameRole:
        return group.name;
    case SourceRole:
        return int(group.source);
    case IsHomeRole:
        return group.source == PracticeGroup::Source::Home;
    case Qt::ToolTipRole:
        switch (group.source) {
        case PracticeGroup::Source::Home:
            return tr("The key's home practice group");
        case PracticeGroup::Source::Listed:
            return group.network.isEmpty()
                ? tr("Listed by the environment for this key")
                : tr("Listed by the environment; network: %1").arg(group.network);
        case PracticeGroup::Source::Saved:
            return tr("Saved by you");
        case PracticeGroup::Source::Recent:
            return tr("Recently used");
        case PracticeGroup::Source::Entered:
            return QVariant();
        }
        return QVariant();
    default:
        return QVariant();
    }
}
