// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "jsondocumentmodel.h"

#include "parsedjson.h"

#include <QLocale>

#include <algorithm>
#include <limits>
#include <vector>

namespace {

// simdjson saturates stored container sizes at this value; count larger ones by walking them.
constexpr size_t SaturatedSize = 0xFFFFFF;
// A string longer than this is cut in the Value column (the whole is in valueText()).
constexpr size_t MaxShownBytes = 1000;

qint64 childCountOf(const simdjson::dom::element &element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::ARRAY: {
        const simdjson::dom::array array = element.get_array().value_unsafe();
        size_t size = array.size();
        if (size >= SaturatedSize) {
            size = 0;
            for (auto it = array.begin(); it != array.end(); ++it)
                ++size;
        }
        return qint64(size);
    }
    case simdjson::dom::element_type::OBJECT: {
        const simdjson::dom::object object = element.get_object().value_unsafe();
        size_t size = object.size();
        if (size >= SaturatedSize) {
            size = 0;
            for (auto it = object.begin(); it != object.end(); ++it)
                ++size;
        }
        return qint64(size);
    }
    default:
        return 0;
    }
}

QString typeName(simdjson::dom::element_type type)
{
    switch (type) {
    case simdjson::dom::element_type::ARRAY:
        return QStringLiteral("array");
    case simdjson::dom::element_type::OBJECT:
        return QStringLiteral("object");
    case simdjson::dom::element_type::STRING:
        return QStringLiteral("string");
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
        return QStringLiteral("number");
    case simdjson::dom::element_type::BOOL:
        return QStringLiteral("boolean");
    case simdjson::dom::element_type::NULL_VALUE:
        return QStringLiteral("null");
    }
    return {};
}

QString scalarText(const simdjson::dom::element &element, bool cut)
{
    switch (element.type()) {
    case simdjson::dom::element_type::STRING: {
        std::string_view text = element.get_string().value_unsafe();
        bool wasCut = false;
        if (cut && text.size() > MaxShownBytes) {
            size_t end = MaxShownBytes;
            while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
                --end; // do not split a character
            text = text.substr(0, end);
            wasCut = true;
        }
        QString shown = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (wasCut)
            shown += QChar(0x2026);
        return shown;
    }
    case simdjson::dom::element_type::INT64:
        return QString::number(element.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return QString::number(element.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return QString::number(element.get_double().value_unsafe(), 'g',
                               QLocale::FloatingPointShortest);
    case simdjson::dom::element_type::BOOL:
        return element.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
    case simdjson::dom::element_type::NULL_VALUE:
        return QStringLiteral("null");
    default:
        return {};
    }
}

bool isIdentifier(std::string_view key)
{
    if (key.empty())
        return false;
    for (size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool letter =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
        if (!letter && (i == 0 || c < '0' || c > '9'))
            return false;
    }
    return true;
}

} // namespace

struct JsonDocumentModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    simdjson::dom::element element;
    std::string_view key; // an object member's key
    bool isMember = false;
    bool isScalarRoot = false; // the single row shown for a scalar document
    qint64 total = 0; // children, fetched or not
    std::vector<std::unique_ptr<Node>> children;
    simdjson::dom::array::iterator nextElement;
    simdjson::dom::object::iterator nextMember;

    // Makes up to count more children; no model signals.
    void append(qint64 count)
    {
        const bool isArray = element.type() == simdjson::dom::element_type::ARRAY;
        if (children.empty()) {
            if (isArray)
                nextElement = element.get_array().value_unsafe().begin();
            else if (element.type() == simdjson::dom::element_type::OBJECT)
                nextMember = element.get_object().value_unsafe().begin();
        }
        children.reserve(size_t(std::min<qint64>(total, qint64(children.size()) + count)));
        for (qint64 i = 0; i < count && qint64(children.size()) < total; ++i) {
            auto child = std::make_unique<Node>();
            child->parent = this;
            child->row = int(children.size());
            if (isArray) {
                child->element = *nextElement;
                ++nextElement;
            } else {
                child->element = nextMember.value();
                child->key = nextMember.key();
                child->isMember = true;
                ++nextMember;
            }
            child->total = childCountOf(child->element);
            children.push_back(std::move(child));
        }
    }
};

JsonDocumentModel::JsonDocumentModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

JsonDocumentModel::~JsonDocumentModel() = default;

void JsonDocumentModel::setDocument(std::shared_ptr<const ParsedJson> document)
{
    // Rows are removed and inserted rather than reset: a reset would make attached views (and
    // QAbstractItemModelTester) fetch nested rows while the reset is still being announced.
    const int oldRows = rowCount();
    if (oldRows > 0)
        beginRemoveRows({}, 0, oldRows - 1);
    m_root.reset();
    m_document.reset();
    if (oldRows > 0)
        endRemoveRows();
    if (!document)
        return;

    m_document = std::move(document);
    m_root = std::make_unique<Node>();
    const simdjson::dom::element root = m_document->root;
    if (root.is_array() || root.is_object()) {
        m_root->element = root;
        m_root->total = childCountOf(root);
        fetchMore({});
        return;
    }
    m_fetching = true;
    beginInsertRows({}, 0, 0);
    auto scalar = std::make_unique<Node>();
    scalar->parent = m_root.get();
    scalar->element = root;
    scalar->isScalarRoot = true;
    m_root->total = 1;
    m_root->children.push_back(std::move(scalar));
    endInsertRows();
    m_fetching = false;
}

void JsonDocumentModel::clear()
{
    setDocument({});
}

void JsonDocumentModel::setBatchSize(int rows)
{
    m_batchSize = qMax(1, rows);
}

JsonDocumentModel::Node *JsonDocumentModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex JsonDocumentModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeAt(parent);
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonDocumentModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeAt(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonDocumentModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int JsonDocumentModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool JsonDocumentModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeAt(parent);
    return node && node->total > 0;
}

bool JsonDocumentModel::canFetchMore(const QModelIndex &parent) const
{
    // Views and testers may ask again from inside the insert signals of a fetch in progress.
    if (m_fetching || parent.column() > 0)
        return false;
    const Node *node = nodeAt(parent);
    return node && qint64(node->children.size()) < node->total;
}

void JsonDocumentModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeAt(parent);
    const qint64 from = qint64(node->children.size());
    // A QModelIndex row is an int; a container beyond that is shown up to INT_MAX rows.
    const qint64 count = std::min<qint64>(
        {qint64(m_batchSize), node->total - from, qint64(std::numeric_limits<int>::max()) - from});
    if (count <= 0)
        return;
    m_fetching = true;
    beginInsertRows(parent, int(from), int(from + count - 1));
    node->append(count);
    endInsertRows();
    m_fetching = false;
}

QVariant JsonDocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeAt(index);
    const simdjson::dom::element_type type = node->element.type();
    const bool isContainer =
        type == simdjson::dom::element_type::ARRAY || type == simdjson::dom::element_type::OBJECT;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KeyColumn:
            if (node->isScalarRoot)
                return QStringLiteral("$");
            if (node->isMember)
                return QString::fromUtf8(node->key.data(), qsizetype(node->key.size()));
            return QStringLiteral("[%1]").arg(node->row);
        case ValueColumn:
            if (type == simdjson::dom::element_type::ARRAY)
                return QStringLiteral("[%1]").arg(node->total);
            if (type == simdjson::dom::element_type::OBJECT)
                return QStringLiteral("{%1}").arg(node->total);
            return scalarText(node->element, true);
        case TypeColumn:
            return typeName(type);
        default:
            return {};
        }
    case PathRole:
        return jsonPath(index);
    case TypeRole:
        return typeName(type);
    case ChildCountRole:
        return isContainer ? QVariant(node->total) : QVariant();
    default:
        return {};
    }
}

QVariant JsonDocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QString JsonDocumentModel::jsonPath(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    std::vector<const Node *> chain;
    for (const Node *node = nodeAt(index); node && node != m_root.get(); node = node->parent)
        chain.push_back(node);
    QString path = QStringLiteral("$");
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const Node *node = *it;
        if (node->isScalarRoot)
            continue;
        if (!node->isMember) {
            path += QLatin1Char('[') + QString::number(node->row) + QLatin1Char(']');
        } else if (isIdentifier(node->key)) {
            path +=
                QLatin1Char('.') + QString::fromUtf8(node->key.data(), qsizetype(node->key.size()));
        } else {
            QString key = QString::fromUtf8(node->key.data(), qsizetype(node->key.size()));
            key.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            key.replace(QLatin1Char('"'), QLatin1String("\\\""));
            path += QLatin1String("[\"") + key + QLatin1String("\"]");
        }
    }
    return path;
}

QByteArray JsonDocumentModel::valueText(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const simdjson::dom::element element = nodeAt(index)->element;
    if (element.type() == simdjson::dom::element_type::STRING) {
        const std::string_view text = element.get_string().value_unsafe();
        return QByteArray(text.data(), qsizetype(text.size()));
    }
    return QByteArray::fromStdString(simdjson::to_string(element));
}
