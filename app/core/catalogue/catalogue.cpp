// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "catalogue.h"

#include "openapireader.h"
#include "pathtemplate.h"
#include "yamljson.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

enum class Format { Json, Yaml };

Format detectFormat(const QByteArray &data, const QString &hint)
{
    const QString lower = hint.toLower();
    if (lower.endsWith(QLatin1String(".json")))
        return Format::Json;
    if (lower.endsWith(QLatin1String(".yaml")) || lower.endsWith(QLatin1String(".yml")))
        return Format::Yaml;
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return (c == '{' || c == '[') ? Format::Json : Format::Yaml;
    }
    return Format::Json;
}

// 1-based line and column (in characters) of a byte offset.
void lineColumnOf(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    const char *begin = data.constData();
    int lines = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (begin[i] == '\n') {
            ++lines;
            lineStart = i + 1;
        }
    }
    *line = lines;
    *column = int(QString::fromUtf8(begin + lineStart, offset - lineStart).size()) + 1;
}

// The keys of the root object's member `member`, in the order the (valid) JSON text writes
// them: QJsonObject sorts its keys, and the catalogue keeps the document's order.
QStringList jsonMemberKeyOrder(const QByteArray &json, const QByteArray &member)
{
    QStringList keys;
    int depth = 0;
    bool inMember = false;
    QByteArray lastRootKey;
    const qsizetype size = json.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            ++depth;
            if (depth == 2 && c == '{' && lastRootKey == member)
                inMember = true;
        } else if (c == '}' || c == ']') {
            if (--depth < 2)
                inMember = false;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < size && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            qsizetype next = i + 1;
            while (next < size && QByteArrayView(" \t\r\n").contains(json.at(next)))
                ++next;
            if (next >= size || json.at(next) != ':')
                continue; // a value, not a key
            const QByteArray raw = json.mid(start, i - start + 1);
            if (depth == 1) {
                lastRootKey = raw.mid(1, raw.size() - 2);
            } else if (depth == 2 && inMember) {
                // Decode escapes the way the parser did, so the keys compare equal.
                keys.append(raw.contains('\\')
                                ? QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString()
                                : QString::fromUtf8(raw.mid(1, raw.size() - 2)));
            }
        }
    }
    return keys;
}

} // namespace

bool operator==(const Parameter &a, const Parameter &b)
{
    return a.name == b.name && a.in == b.in && a.required == b.required
        && a.schemaType == b.schemaType && a.description == b.description && a.example == b.example;
}

bool operator==(const Operation &a, const Operation &b)
{
    return a.method == b.method && a.path == b.path && a.operationId == b.operationId
        && a.summary == b.summary && a.description == b.description && a.tags == b.tags
        && a.parameters == b.parameters && a.requestBodySchema == b.requestBodySchema
        && a.exampleBody == b.exampleBody && a.requiredScope == b.requiredScope
        && a.confidence == b.confidence && a.responses == b.responses;
}

bool operator==(const Catalogue &a, const Catalogue &b)
{
    return a.title == b.title && a.version == b.version && a.operations == b.operations
        && a.tagOrder == b.tagOrder && a.tagDescriptions == b.tagDescriptions;
}

CatalogueLoadResult Catalogue::load(const QByteArray &input, const QString &fileNameHint,
                                    const ImportLimits &limits)
{
    CatalogueLoadResult result;
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("Catalogue", "The file is empty.");
        return result;
    }

    QJsonObject root;
    QStringList pathOrder;
    if (detectFormat(data, fileNameHint) == Format::Json) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            lineColumnOf(data, parseError.offset, &result.line, &result.column);
            result.error = QCoreApplication::translate("Catalogue", "line %1, column %2: %3")
                               .arg(result.line)
                               .arg(result.column)
                               .arg(parseError.errorString());
            return result;
        }
        if (!doc.isObject()) {
            result.pointer = QStringLiteral("/");
            result.error =
                QCoreApplication::translate("Catalogue", "/: the document is not a JSON object");
            return result;
        }
        root = doc.object();
        pathOrder = jsonMemberKeyOrder(data, QByteArrayLiteral("paths"));
    } else {
        const YamlJsonResult yaml = yamlToJson(data, QStringLiteral("paths"), limits);
        result.usage.yamlValues = yaml.values;
        result.usage.yamlTextBytes = yaml.textBytes;
        if (!yaml.error.isEmpty()) {
            result.line = yaml.line;
            result.column = yaml.column;
            result.error = yaml.line > 0
                ? QCoreApplication::translate("Catalogue", "line %1, column %2: %3")
                      .arg(yaml.line)
                      .arg(yaml.column)
                      .arg(yaml.error)
                : yaml.error;
            return result;
        }
        if (!yaml.value.isObject()) {
            result.pointer = QStringLiteral("/");
            result.error =
                QCoreApplication::translate("Catalogue", "/: the document is not a YAML mapping");
            return result;
        }
        root = yaml.value.toObject();
        pathOrder = yaml.memberKeyOrder;
    }

    OpenApiReader reader(root, pathOrder, limits);
    Catalogue catalogue;
    const bool read = reader.read(&catalogue);
    reader.recordUsage(&result.usage);
    if (!read) {
        result.pointer = reader.errorPointer();
        result.error =
            (reader.errorPointer().isEmpty() ? QStringLiteral("/") : reader.errorPointer())
            + QStringLiteral(": ") + reader.errorText();
        return result;
    }
    result.catalogue = std::move(catalogue);
    return result;
}

CatalogueLoadResult Catalogue::loadFile(const QString &fileName, const ImportLimits &limits)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogueLoadResult result;
        result.error = QCoreApplication::translate("Catalogue", "Cannot read %1: %2")
                           .arg(fileName, file.errorString());
        return result;
    }
    return load(file.readAll(), fileName, limits);
}

Catalogue Catalogue::bundled()
{
    // The bundled file is validated by the tests; a failure here is a build defect.
    return loadFile(QStringLiteral(":/hero/catalogue.json")).catalogue;
}

void Catalogue::merge(const Catalogue &other)
{
    QHash<QString, int> byKey;
    byKey.reserve(operations.size());
    for (int i = 0; i < operations.size(); ++i)
        byKey.insert(operations.at(i).displayName(), i);
    for (const Operation &operation : other.operations) {
        const auto found = byKey.constFind(operation.displayName());
        if (found != byKey.cend()) {
            operations[found.value()] = operation;
        } else {
            byKey.insert(operation.displayName(), int(operations.size()));
            operations.append(operation);
        }
    }
    for (const QString &tag : other.tagOrder) {
        if (!tagOrder.contains(tag))
            tagOrder.append(tag);
    }
    for (auto it = other.tagDescriptions.cbegin(); it != other.tagDescriptions.cend(); ++it)
        tagDescriptions.insert(it.key(), it.value());
    if (title.isEmpty())
        title = other.title;
    if (version.isEmpty())
        version = other.version;
}

int Catalogue::indexOf(const QString &method, const QString &concretePath) const
{
    int best = -1;
    int bestScore = -1;
    for (int i = 0; i < operations.size(); ++i) {
        const Operation &operation = operations.at(i);
        if (operation.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        const int score = matchPathTemplate(operation.path, concretePath).score;
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}

const Operation *Catalogue::find(const QString &method, const QString &concretePath) const
{
    const int index = indexOf(method, concretePath);
    return index < 0 ? nullptr : &operations.at(index);
}

int Catalogue::indexOfOperationId(const QString &operationId) const
{
    for (int i = 0; i < operations.size(); ++i) {
        if (operations.at(i).operationId == operationId)
            return i;
    }
    return -1;
}

QString scopeId(const QString &scopeName)
{
    QString id = scopeName.trimmed().toLower();
    id.replace(QLatin1Char(' '), QLatin1Char('_'));
    id.replace(QLatin1Char('-'), QLatin1Char('_'));
    return id;
}
