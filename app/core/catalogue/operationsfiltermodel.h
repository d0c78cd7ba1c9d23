// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Filter-as-you-type over an OperationsModel: every whitespace-separated word must occur,
// case-insensitively, in the operation's method, path, summary, operationId or tag. A tag row
// stays while any of its operations matches; a matching tag shows all its operations.
class OperationsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OperationsFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
};
