// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "operationsfiltermodel.h"

#include "operationsmodel.h"

#include <QRegularExpression>

OperationsFilterModel::OperationsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void OperationsFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool OperationsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    QString haystack;
    if (index.data(OperationsModel::IsTagRole).toBool()) {
        haystack = index.data(OperationsModel::TagRole).toString();
    } else {
        const auto *model = qobject_cast<const OperationsModel *>(sourceModel());
        const Operation *operation = model ? model->operationAt(index) : nullptr;
        haystack = index.data(Qt::DisplayRole).toString() + QLatin1Char(' ')
            + index.data(OperationsModel::SummaryRole).toString() + QLatin1Char(' ')
            + index.data(OperationsModel::TagRole).toString();
        if (operation)
            haystack += QLatin1Char(' ') + operation->operationId + QLatin1Char(' ')
                + operation->tags.join(QLatin1Char(' '));
    }
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
