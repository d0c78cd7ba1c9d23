// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "historyentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class HistoryStore;

// The history as a table, newest first, following the store's changes. Rows hold the entries
// without headers or bodies; ask the store for the whole entry by IdRole.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        EnvironmentColumn,
        MethodColumn,
        PathColumn,
        GroupColumn,
        StatusColumn,
        ElapsedColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        OutcomeRole, // HistoryOutcome as int, for colour
        SortRole, // raw values: time, status and elapsed as numbers
    };

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The summary at a row (no headers or bodies); rows are newest first.
    const HistoryEntry &summaryAt(int row) const;

private:
    void reload();
    void onEntryAdded(const HistoryEntry &entry);
    void onOldestDropped(int count);
    static HistoryEntry summaryOf(const HistoryEntry &entry);

    QPointer<HistoryStore> m_store;
    QList<HistoryEntry> m_rows; // oldest first, like the store; row r is m_rows[size - 1 - r]
};
