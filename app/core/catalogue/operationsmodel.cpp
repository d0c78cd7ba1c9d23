// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "operationsmodel.h"

#include <QHash>

namespace {

// internalId 0 marks a tag row; an operation row stores its tag row + 1.
constexpr quintptr TagRowId = 0;

} // namespace

OperationsModel::OperationsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void OperationsModel::setCatalogue(const Catalogue &catalogue)
{
    beginResetModel();
    m_catalogue = catalogue;
    m_groups.clear();
    QHash<QString, int> groupOf;
    for (const QString &tag : std::as_const(m_catalogue.tagOrder)) {
        groupOf.insert(tag, int(m_groups.size()));
        m_groups.append({tag, {}});
    }
    const QString untagged = tr("Other");
    for (int i = 0; i < m_catalogue.operations.size(); ++i) {
        QStringList tags = m_catalogue.operations.at(i).tags;
        if (tags.isEmpty())
            tags.append(untagged);
        tags.removeDuplicates();
        for (const QString &tag : std::as_const(tags)) {
            auto found = groupOf.constFind(tag);
            if (found == groupOf.cend()) {
                found = groupOf.insert(tag, int(m_groups.size()));
                m_groups.append({tag, {}});
            }
            m_groups[found.value()].operations.append(i);
        }
    }
    // Tags the document declares but no operation uses would be empty branches.
    m_groups.removeIf([](const TagGroup &group) { return group.operations.isEmpty(); });
    endResetModel();
}

const Operation *OperationsModel::operationAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == TagRowId)
        return nullptr;
    const TagGroup &group = m_groups.at(int(index.internalId() - 1));
    return &m_catalogue.operations.at(group.operations.at(index.row()));
}

QModelIndex OperationsModel::indexOfOperation(int operationIndex) const
{
    for (int tagRow = 0; tagRow < m_groups.size(); ++tagRow) {
        const int row = int(m_groups.at(tagRow).operations.indexOf(operationIndex));
        if (row >= 0)
            return createIndex(row, 0, quintptr(tagRow + 1));
    }
    return {};
}

QModelIndex OperationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TagRowId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex OperationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TagRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, TagRowId);
}

int OperationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != TagRowId)
        return 0;
    return int(m_groups.at(parent.row()).operations.size());
}

int OperationsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant OperationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TagRowId) {
        const TagGroup &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case TagRole:
            return group.name;
        case Qt::ToolTipRole:
            return m_catalogue.tagDescriptions.value(group.name);
        case IsTagRole:
            return true;
        default:
            return {};
        }
    }
    const TagGroup &group = m_groups.at(int(index.internalId() - 1));
    const int operationIndex = group.operations.at(index.row());
    const Operation &operation = m_catalogue.operations.at(operationIndex);
    switch (role) {
    case Qt::DisplayRole:
        return operation.displayName();
    case Qt::ToolTipRole: { // the whole path, which a narrow list may elide
        const QString call = operation.method + u' ' + operation.path;
        return operation.summary.isEmpty() ? call : call + u'\n' + operation.summary;
    }
    case MethodRole:
        return operation.method;
    case PathRole:
        return operation.path;
    case SummaryRole:
        return operation.summary;
    case OperationRole:
        return operationIndex;
    case ScopeRole:
        return operation.requiredScope;
    case TagRole:
        return group.name;
    case ConfidenceRole:
        return operation.confidence;
    case IsTagRole:
        return false;
    default:
        return {};
    }
}

QHash<int, QByteArray> OperationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(MethodRole, "method");
    names.insert(PathRole, "path");
    names.insert(SummaryRole, "summary");
    names.insert(OperationRole, "operation");
    names.insert(ScopeRole, "scope");
    names.insert(TagRole, "tag");
    names.insert(ConfidenceRole, "confidence");
    names.insert(IsTagRole, "isTag");
    return names;
}
