// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue.h"

#include <QAbstractItemModel>
#include <QList>

// The catalogue as a tree: one row per tag, the tag's operations below it ("GET /v1/me"). An
// operation with several tags appears under each; one without tags under "Other".
class OperationsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        MethodRole = Qt::UserRole + 1,
        PathRole,
        SummaryRole,
        OperationRole, // int: the index into catalogue().operations; absent on tag rows
        ScopeRole,
        TagRole, // the tag of the row, or of the operation row's parent
        ConfidenceRole,
        IsTagRole,
    };

    explicit OperationsModel(QObject *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    const Catalogue &catalogue() const { return m_catalogue; }
    const Operation *operationAt(const QModelIndex &index) const;
    // The first row showing the operation, or an invalid index.
    QModelIndex indexOfOperation(int operationIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct TagGroup
    {
        QString name;
        QList<int> operations;
    };

    Catalogue m_catalogue;
    QList<TagGroup> m_groups;
};
