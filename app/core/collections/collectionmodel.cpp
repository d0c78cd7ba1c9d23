// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionmodel.h"

#include "collections/collectionfolder.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMimeData>
#include <QTimer>

#include <vector>

namespace {

const QString ItemMimeType = QStringLiteral("application/x-hero-collection-items");

struct DraggedItem
{
    QString path;
    int requestIndex = -1;
};

QList<DraggedItem> draggedItems(const QMimeData *data)
{
    QList<DraggedItem> items;
    if (!data || !data->hasFormat(ItemMimeType))
        return items;
    QByteArray bytes = data->data(ItemMimeType);
    QDataStream in(&bytes, QIODevice::ReadOnly);
    while (!in.atEnd()) {
        DraggedItem item;
        qint32 index = -1;
        in >> item.path >> index;
        if (in.status() != QDataStream::Ok)
            return {};
        item.requestIndex = index;
        items.append(item);
    }
    return items;
}

QString noticesText(const QList<HttpFileNotice> &notices)
{
    QStringList lines;
    for (const HttpFileNotice &notice : notices)
        lines.append(QObject::tr("line %1: %2").arg(notice.line).arg(notice.text));
    return lines.join(u'\n');
}

// "{{baseUrl}}/v1/me" reads as "/v1/me" beside a name: the origin is the environment's, and the
// tooltip has the URL whole.
QString shownPath(const QString &url)
{
    if (!url.startsWith(QLatin1String("{{")))
        return url;
    const qsizetype end = url.indexOf(QLatin1String("}}"));
    return end > 0 && url.mid(end + 2).startsWith(u'/') ? url.mid(end + 2) : url;
}

} // namespace

struct CollectionModel::Node
{
    Kind kind = Kind::Folder;
    QString path;
    QString name;
    int requestIndex = -1;
    QString method;
    QString url;
    int line = 0;
    QString problem;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

CollectionModel::CollectionModel(CollectionFolder *folder, QObject *parent)
    : QAbstractItemModel(parent)
    , m_folder(folder)
    , m_root(std::make_unique<Node>())
{
    connect(m_folder, &CollectionFolder::snapshotChanged, this, &CollectionModel::rebuild);
    rebuild();
}

CollectionModel::~CollectionModel() = default;

void CollectionModel::rebuild()
{
    beginResetModel();
    const CollectionSnapshot &snapshot = m_folder->snapshot();
    m_root = std::make_unique<Node>();
    m_root->path = snapshot.root;
    QHash<QString, Node *> folders;
    folders.insert(snapshot.root, m_root.get());
    // Folders come sorted, so a folder's parent is always in before it; files after all folders,
    // so each folder lists its subfolders first.
    for (const QString &path : snapshot.folders) {
        Node *parent = folders.value(QFileInfo(path).absolutePath());
        if (!parent)
            continue;
        auto node = std::make_unique<Node>();
        node->path = path;
        node->name = QFileInfo(path).fileName();
        folders.insert(path, parent->add(std::move(node)));
    }
    for (const CollectionFile &file : snapshot.files) {
        Node *parent = folders.value(QFileInfo(file.path).absolutePath());
        if (!parent)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = Kind::File;
        node->path = file.path;
        node->name = QFileInfo(file.path).fileName();
        node->problem = file.error.isEmpty() ? noticesText(file.file.problems()) : file.error;
        Node *fileNode = parent->add(std::move(node));
        const QList<HttpFileRequest> &requests = file.file.requests();
        fileNode->children.reserve(requests.size());
        for (int i = 0; i < requests.size(); ++i) {
            auto request = std::make_unique<Node>();
            request->kind = Kind::Request;
            request->path = file.path;
            request->requestIndex = i;
            request->name = requests.at(i).request.name;
            request->method = requests.at(i).request.method;
            request->url = requests.at(i).request.url;
            request->line = requests.at(i).requestLine;
            fileNode->add(std::move(request));
        }
    }
    endResetModel();
}

CollectionModel::Node *CollectionModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex CollectionModel::indexOf(const QString &path, int requestIndex) const
{
    // Walks down by path prefix: a few levels of folders, then one file.
    const Node *node = m_root.get();
    QModelIndex index;
    while (node->path != path) {
        const Node *next = nullptr;
        for (const auto &child : node->children) {
            if (child->kind != Kind::Request
                && (child->path == path || path.startsWith(child->path + u'/'))) {
                next = child.get();
                break;
            }
        }
        if (!next)
            return {};
        node = next;
        index = createIndex(node->row, 0, const_cast<Node *>(node));
    }
    if (requestIndex < 0)
        return index;
    if (node->kind != Kind::File || requestIndex >= int(node->children.size()))
        return {};
    return createIndex(requestIndex, 0, node->children.at(requestIndex).get());
}

QModelIndex CollectionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(row).get());
}

QModelIndex CollectionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get())
        return {};
    return createIndex(parent->row, 0, parent);
}

int CollectionModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int CollectionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CollectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeOf(index);
    switch (role) {
    case Qt::EditRole:
        return node->name;
    case Qt::DisplayRole:
        if (node->kind == Kind::Request && node->name.isEmpty())
            return node->url;
        return node->name;
    case Qt::ToolTipRole:
        if (node->kind == Kind::Request)
            return QStringLiteral("%1 %2").arg(node->method, node->url);
        if (!node->problem.isEmpty())
            return node->problem;
        return QDir::toNativeSeparators(node->path);
    case Qt::AccessibleTextRole:
        if (node->kind == Kind::Request)
            return QStringLiteral("%1 %2").arg(node->method, data(index).toString());
        return node->name;
    case KindRole:
        return QVariant::fromValue(node->kind);
    case PathRole:
        return node->path;
    case RequestIndexRole:
        return node->requestIndex;
    case NameRole:
        return node->name;
    case MethodRole:
        return node->method;
    case UrlRole:
        return node->url;
    case LineRole:
        return node->line;
    case ProblemRole:
        return node->problem;
    case DetailRole:
        if (node->kind == Kind::Request)
            return node->name.isEmpty() ? QString() : shownPath(node->url);
        if (!node->problem.isEmpty()) {
            const int count = int(node->problem.count(u'\n')) + 1;
            return tr("%n problem(s)", "", count);
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags CollectionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // the collection's top folder
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemIsEditable;
}

QHash<int, QByteArray> CollectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(PathRole, "path");
    names.insert(RequestIndexRole, "requestIndex");
    names.insert(NameRole, "name");
    names.insert(MethodRole, "method");
    names.insert(UrlRole, "url");
    names.insert(LineRole, "line");
    names.insert(ProblemRole, "problem");
    names.insert(DetailRole, "detail");
    return names;
}

QStringList CollectionModel::mimeTypes() const
{
    return {ItemMimeType};
}

QMimeData *CollectionModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &index : indexes) {
        const Node *node = nodeOf(index);
        out << node->path << qint32(node->requestIndex);
    }
    auto *data = new QMimeData;
    data->setData(ItemMimeType, bytes);
    return data;
}

QString CollectionModel::dropTarget(const QModelIndex &parent, bool forRequest) const
{
    const Node *node = nodeOf(parent);
    if (node->kind == Kind::Request)
        node = node->parent;
    if (forRequest)
        return node->kind == Kind::File ? node->path : QString();
    if (node->kind == Kind::File)
        node = node->parent;
    return node->path;
}

bool CollectionModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &parent) const
{
    const QList<DraggedItem> items = draggedItems(data);
    if (action != Qt::MoveAction || items.size() != 1)
        return false;
    const QString target = dropTarget(parent, items.first().requestIndex >= 0);
    return !target.isEmpty() && target != items.first().path
        && (items.first().requestIndex >= 0
            || target != QFileInfo(items.first().path).absolutePath());
}

bool CollectionModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const DraggedItem item = draggedItems(data).first();
    const QString target = dropTarget(parent, item.requestIndex >= 0);
    later([this, item, target](QString *error, int *requestIndex) {
        if (item.requestIndex < 0)
            return m_folder->move(item.path, target, error);
        *requestIndex = m_folder->moveRequest(item.path, item.requestIndex, target, error);
        return *requestIndex >= 0 ? target : QString();
    });
    return true;
}

bool CollectionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Node *node = nodeOf(index);
    const QString name = value.toString();
    if (name == data(index, Qt::EditRole).toString())
        return false;
    const QString path = node->path;
    const int request = node->requestIndex;
    later([this, path, request, name](QString *error, int *requestIndex) {
        if (request < 0)
            return m_folder->rename(path, name, error);
        *requestIndex = request;
        return m_folder->renameRequest(path, request, name, error) ? path : QString();
    });
    return true;
}

void CollectionModel::later(std::function<QString(QString *, int *)> operation)
{
    QTimer::singleShot(0, this, [this, operation] {
        QString error;
        int requestIndex = -1;
        const QString path = operation(&error, &requestIndex);
        if (path.isEmpty())
            emit operationFailed(error);
        else
            emit itemMoved(path, requestIndex);
    });
}

CollectionFilterModel::CollectionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true); // a match keeps its file and folders
    setAutoAcceptChildRows(true); // a matching file or folder keeps what is in it
}

void CollectionFilterModel::setFilterText(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool CollectionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = index.data(CollectionModel::NameRole).toString();
    const QString method = index.data(CollectionModel::MethodRole).toString();
    const QString url = index.data(CollectionModel::UrlRole).toString();
    for (const QString &word : m_words) {
        if (!name.contains(word, Qt::CaseInsensitive)
            && method.compare(word, Qt::CaseInsensitive) != 0
            && !url.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
