// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "historyfiltermodel.h"

#include "historymodel.h"

HistoryFilterModel::HistoryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(HistoryModel::SortRole);
}

void HistoryFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_history = qobject_cast<HistoryModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void HistoryFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    invalidateFilter();
}

bool HistoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_history)
        return !sourceParent.isValid();
    return m_history->summaryAt(sourceRow).matches(m_searchText);
}
