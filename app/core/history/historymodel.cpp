// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "historymodel.h"

#include "historystore.h"

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &HistoryStore::entryAdded, this, &HistoryModel::onEntryAdded);
    connect(store, &HistoryStore::oldestDropped, this, &HistoryModel::onOldestDropped);
    connect(store, &HistoryStore::reset, this, &HistoryModel::reload);
    reload();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const HistoryEntry &HistoryModel::summaryAt(int row) const
{
    return m_rows.at(m_rows.size() - 1 - row);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const HistoryEntry &entry = summaryAt(index.row());
    switch (role) {
    case IdRole:
        return entry.id;
    case OutcomeRole:
        return int(entry.outcome());
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return entry.time.toString(Qt::ISODateWithMs);
        if (index.column() == EnvironmentColumn)
            return entry.origin;
        if (index.column() == PathColumn || index.column() == StatusColumn)
            return data(index, Qt::DisplayRole);
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == ElapsedColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case SortRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toMSecsSinceEpoch();
        case StatusColumn:
            return entry.status;
        case ElapsedColumn:
            return entry.elapsedMs;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case EnvironmentColumn:
            return entry.environmentName.isEmpty() ? entry.environmentId : entry.environmentName;
        case MethodColumn:
            return entry.method;
        case PathColumn:
            return entry.query.isEmpty() ? entry.path : entry.path + u'?' + entry.queryText();
        case GroupColumn:
            return entry.practiceGroup;
        case StatusColumn:
            return entry.statusText();
        case ElapsedColumn:
            return entry.elapsedMs >= 0 ? tr("%1 ms").arg(entry.elapsedMs) : QStringLiteral("—");
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EnvironmentColumn:
        return tr("Environment");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case GroupColumn:
        return tr("Group");
    case StatusColumn:
        return tr("Status");
    case ElapsedColumn:
        return tr("Elapsed");
    default:
        return QVariant();
    }
}

void HistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store) {
        m_rows.reserve(m_store->entries().size());
        for (const HistoryEntry &entry : m_store->entries())
            m_rows.append(summaryOf(entry));
    }
    endResetModel();
}

void HistoryModel::onEntryAdded(const HistoryEntry &entry)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_rows.append(summaryOf(entry));
    endInsertRows();
}

void HistoryModel::onOldestDropped(int count)
{
    count = std::min(count, int(m_rows.size()));
    if (count <= 0)
        return;
    const int rows = int(m_rows.size());
    beginRemoveRows(QModelIndex(), rows - count, rows - 1);
    m_rows.remove(0, count);
    endRemoveRows();
}

HistoryEntry HistoryModel::summaryOf(const HistoryEntry &entry)
{
    HistoryEntry summary = entry;
    summary.requestHeaders.clear();
    summary.responseHeaders.clear();
    summary.requestBody.clear();
    summary.responseBody.clear();
    return summary;
}
