// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>

#include <memory>

struct ParsedJson;

// A lazy tree over a parsed body: columns Key | Value | Type. Rows are made only when a view
// asks (canFetchMore/fetchMore, batchSize() rows at a time), so a body with 400,000 objects shows
// its first level at once and costs memory only for what was opened. A container root shows its
// members as top-level rows; a scalar root is one row keyed "$".
class JsonDocumentModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, // "$.data[3].name"
        TypeRole, // "object", "array", "string", "number", "boolean", "null"
        ChildCountRole, // qint64: members of a container, fetched or not
    };

    explicit JsonDocumentModel(QObject *parent = nullptr);
    ~JsonDocumentModel() override;

    void setDocument(std::shared_ptr<const ParsedJson> document);
    void clear();
    bool isEmpty() const { return !m_document; }
    void setBatchSize(int rows);
    int batchSize() const { return m_batchSize; }

    QString jsonPath(const QModelIndex &index) const;
    // A string's text without quotes, any other value as compact JSON.
    QByteArray valueText(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node *nodeAt(const QModelIndex &index) const;

    std::shared_ptr<const ParsedJson> m_document;
    std::unique_ptr<Node> m_root;
    int m_batchSize = 1000;
    bool m_fetching = false;
};
