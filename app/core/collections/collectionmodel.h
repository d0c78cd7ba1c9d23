// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <functional>
#include <memory>

class CollectionFolder;
struct CollectionSnapshot;

// The open collection as a tree: folders, then the .http files in them, then each file's
// requests. Follows the CollectionFolder's snapshot; a drop moves a request to another file, or a
// file or folder to another folder, through it.
class CollectionModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { Folder, File, Request };
    Q_ENUM(Kind)
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind
        PathRole, // the folder's or file's absolute path; a request's file
        RequestIndexRole, // a request's index in its file; -1 otherwise
        NameRole, // a request's name (may be empty), a file's or folder's name
        MethodRole, // a request's method; empty otherwise
        UrlRole, // a request's URL as written
        LineRole, // a request's "METHOD URL" line, 1-based; 0 otherwise
        // Why a file could not be read or what in it was not understood; empty when nothing.
        ProblemRole,
        // Muted text after the name: a named request's URL (its path when it starts with a
        // {{variable}} origin), a file's problems.
        DetailRole,
    };

    explicit CollectionModel(CollectionFolder *folder, QObject *parent = nullptr);
    ~CollectionModel() override;

    // The index of a folder or file path, or of a request of a file; invalid when not there.
    QModelIndex indexOf(const QString &path, int requestIndex = -1) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

    // Renames the item on disk (after the view has left its editor).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void itemMoved(const QString &path, int requestIndex); // where a dropped or renamed item is
    void operationFailed(const QString &message);

private:
    struct Node;
    void rebuild();
    Node *nodeOf(const QModelIndex &index) const;
    // Where a drop on this index goes: a file for a request, a folder for a file or folder.
    QString dropTarget(const QModelIndex &parent, bool forRequest) const;
    // The model resets after each operation, and a view calling in mid-drop or mid-edit would
    // hold stale indexes: operations run once it has returned.
    void later(std::function<QString(QString *error, int *requestIndex)> operation);

    CollectionFolder *const m_folder;
    std::unique_ptr<Node> m_root;
};

// The collection filtered by words: every word must be in a request's name, method or URL (or
// a file's or folder's name, which keeps all of it). Parents of what matches stay.
class CollectionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit CollectionFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_words.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
};
