// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/insomniaimport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

constexpr int MaxFolderDepth = 64;

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

class InsomniaReader
{
    Q_DECLARE_TR_FUNCTIONS(InsomniaImport)

public:
    explicit InsomniaReader(ImportedCollection *out)
        : m_out(out)
        , m_rules(out)
    {
    }

    bool read(const QJsonObject &document, const QString &sourceName, QString *error)
    {
        const int format = document.value(QStringLiteral("__export_format")).toInt();
        if (format != 4) {
            *error =
                tr("%1 is an Insomnia export of format %2; format 4 can be imported (export "
                   "it again from Insomnia as \"Insomnia v4\").")
                    .arg(sourceName, textOf(document.value(QStringLiteral("__export_format"))));
            return false;
        }
        if (!document.value(QStringLiteral("resources")).isArray()) {
            *error = tr("%1: \"resources\" is missing or not a list.").arg(sourceName);
            return false;
        }
        m_source = sourceName;
        m_out->format = QStringLiteral("Insomnia export v4");
        const QJsonArray resources = document.value(QStringLiteral("resources")).toArray();
        QList<QJsonObject> workspaces;
        QSet<QString> ids;
        for (qsizetype i = 0; i < resources.size(); ++i) {
            if (!resources.at(i).isObject()) {
                *error = tr("%1: resources[%2] is not an object.").arg(sourceName).arg(i);
                return false;
            }
            const QJsonObject resource = resources.at(i).toObject();
            ids.insert(resource.value(QStringLiteral("_id")).toString());
            m_children[resource.value(QStringLiteral("parentId")).toString()].append(resource);
            if (type(resource) == u"workspace")
                workspaces.append(resource);
        }
        // One workspace is the collection itself; several become its top folders.
        if (workspaces.size() == 1) {
            m_rootWorkspace = workspaces.first().value(QStringLiteral("_id")).toString();
            m_out->root.name =
                workspaces.first().value(QStringLiteral("name")).toString().trimmed();
        }
        if (m_out->root.name.isEmpty())
            m_out->root.name = sourceName.section(u'.', 0, 0);
        // The top: workspaces, and anything whose parent the export does not hold.
        QList<QJsonObject> top;
        for (auto parent = m_children.cbegin(); parent != m_children.cend(); ++parent)
            if (!ids.contains(parent.key()))
                top += parent.value();
        QSet<QString> visited;
        return readChildren(top, QString(), 0, &m_out->root, &visited, error);
    }

private:
    static QString type(const QJsonObject &resource)
    {
        return resource.value(QStringLiteral("_type")).toString();
    }

    static QString joined(const QString &where, const QString &name)
    {
        return where.isEmpty() ? name : where + u'/' + name;
    }

    // Insomnia's Nunjucks variables as the .http format writes them: {{ _.name }} → {{name}}.
    QString converted(const QString &text, const QString &where)
    {
        static const QRegularExpression variable(
            QStringLiteral("\\{\\{\\s*(?:_\\.)?([^\\s{}]+)\\s*\\}\\}"));
        QString result = text;
        result.replace(variable, QStringLiteral("{{\\1}}"));
        if (result.contains(QStringLiteral("{%")) && !m_taggedPlaces.contains(where)) {
            m_taggedPlaces.insert(where);
            m_rules.note(where, tr("template tag {% … %} kept as written (it is not run)"));
        }
        return result;
    }

    void noteAuthAndScripts(const QJsonObject &resource, const QString &where)
    {
        const QJsonObject auth = resource.value(QStringLiteral("authentication")).toObject();
        const QString authType = auth.value(QStringLiteral("type")).toString();
        if (!auth.isEmpty() && authType != u"none")
            m_rules.dropAuth(authType, where);
        if (!resource.value(QStringLiteral("preRequestScript")).toString().trimmed().isEmpty())
            m_rules.ignoreScript(tr("pre-request"), where);
        if (!resource.value(QStringLiteral("afterResponseScript")).toString().trimmed().isEmpty())
            m_rules.ignoreScript(tr("after-response"), where);
    }

    bool readChildren(QList<QJsonObject> children, const QString &where, int depth,
                      ImportedFolder *folder, QSet<QString> *visited, QString *error)
    {
        if (depth > MaxFolderDepth) {
            *error = tr("%1: request groups nested deeper than %2 (in \"%3\").")
                         .arg(m_source)
                         .arg(MaxFolderDepth)
                         .arg(where);
            return false;
        }
        std::stable_sort(children.begin(), children.end(),
                         [](const QJsonObject &a, const QJsonObject &b) {
                             return a.value(QStringLiteral("metaSortKey")).toDouble()
                                 < b.value(QStringLiteral("metaSortKey")).toDouble();
                         });
        for (const QJsonObject &child : children) {
            const QString id = child.value(QStringLiteral("_id")).toString();
            if (!id.isEmpty() && visited->contains(id))
                continue; // a parentId cycle: each resource is read once
            visited->insert(id);
            const QString kind = type(child);
            QString name = child.value(QStringLiteral("name")).toString().trimmed();
            if (name.isEmpty())
                name = tr("untitled");
            const QString childWhere = joined(where, name);
            if (kind == u"workspace") {
                const bool only = id == m_rootWorkspace;
                ImportedFolder nested;
                nested.name = name;
                ImportedFolder *into = only ? folder : &nested;
                if (!readChildren(m_children.value(id), only ? where : childWhere, depth + 1, into,
                                  visited, error))
                    return false;
                if (!only)
                    folder->folders.append(nested);
            } else if (kind == u"request_group") {
                noteAuthAndScripts(child, childWhere);
                if (!child.value(QStringLiteral("environment")).toObject().isEmpty())
                    m_rules.note(childWhere, tr("folder environment ignored"));
                ImportedFolder nested;
                nested.name = name;
                if (!readChildren(m_children.value(id), childWhere, depth + 1, &nested, visited,
                                  error))
                    return false;
                folder->folders.append(nested);
            } else if (kind == u"request") {
                folder->requests.append(request(child, name, childWhere));
            } else if (kind == u"environment") {
                readEnvironment(child, QStringLiteral("$shared"), visited);
            } else if (kind == u"grpc_request" || kind == u"websocket_request") {
                m_rules.note(childWhere, tr("%1 ignored").arg(kind));
            } else if (kind == u"cookie_jar"
                       && !child.value(QStringLiteral("cookies")).toArray().isEmpty()) {
                m_rules.note(name, tr("cookie jar dropped"));
            } else if (kind == u"unit_test_suite") {
                m_rules.note(childWhere, tr("test suite ignored"));
            }
        }
        return true;
    }

    // The base environment (a workspace's) is "$shared"; its sub-environments keep their names.
    void readEnvironment(const QJsonObject &environment, const QString &name,
                         QSet<QString> *visited)
    {
        const QJsonObject data = environment.value(QStringLiteral("data")).toObject();
        const QString where = environment.value(QStringLiteral("name")).toString();
        for (auto variable = data.constBegin(); variable != data.constEnd(); ++variable)
            m_rules.addVariable(name, variable.key(), converted(textOf(variable.value()), where),
                                false, false, where);
        for (const QJsonObject &sub :
             m_children.value(environment.value(QStringLiteral("_id")).toString())) {
            const QString id = sub.value(QStringLiteral("_id")).toString();
            if (type(sub) != u"environment" || visited->contains(id) || name != u"$shared")
                continue;
            visited->insert(id);
            readEnvironment(sub, sub.value(QStringLiteral("name")).toString(), visited);
        }
    }

    HttpRequestText request(const QJsonObject &source, const QString &name, const QString &where)
    {
        HttpRequestText request;
        request.name = name;
        noteAuthAndScripts(source, where);
        const QString method = source.value(QStringLiteral("method")).toString();
        if (!method.isEmpty())
            request.method = method;
        request.url =
            m_rules.url(converted(source.value(QStringLiteral("url")).toString(), where), where);
        QStringList query;
        for (const QJsonValue &entry : source.value(QStringLiteral("parameters")).toArray()) {
            const QJsonObject parameter = entry.toObject();
            const QString value =
                converted(textOf(parameter.value(QStringLiteral("value"))), where);
            const QString field = m_rules.field(
                ImportRules::Field::Query, parameter.value(QStringLiteral("name")).toString(),
                &value, parameter.value(QStringLiteral("disabled")).toBool(), where);
            if (!field.isEmpty())
                query.append(field);
        }
        if (!query.isEmpty())
            request.url += (request.url.contains(u'?') ? u'&' : u'?') + query.join(u'&');
        for (const QJsonValue &entry : source.value(QStringLiteral("headers")).toArray()) {
            const QJsonObject header = entry.toObject();
            m_rules.addHeader(&request, header.value(QStringLiteral("name")).toString().trimmed(),
                              converted(textOf(header.value(QStringLiteral("value"))), where),
                              header.value(QStringLiteral("disabled")).toBool(), where);
        }
        readBody(source.value(QStringLiteral("body")).toObject(), where, &request);
        return request;
    }

    void readBody(const QJsonObject &body, const QString &where, HttpRequestText *request)
    {
        const QString mimeType = body.value(QStringLiteral("mimeType")).toString();
        if (mimeType == u"application/x-www-form-urlencoded") {
            QStringList fields;
            for (const QJsonValue &entry : body.value(QStringLiteral("params")).toArray()) {
                const QJsonObject param = entry.toObject();
                const QString value =
                    converted(textOf(param.value(QStringLiteral("value"))), where);
                const QString field = m_rules.field(
                    ImportRules::Field::Form, param.value(QStringLiteral("name")).toString(),
                    &value, param.value(QStringLiteral("disabled")).toBool(), where);
                if (!field.isEmpty())
                    fields.append(field);
            }
            request->body = fields.join(u'&');
        } else if (mimeType == u"multipart/form-data" || mimeType == u"application/graphql"
                   || body.contains(QStringLiteral("fileName"))) {
            m_rules.dropBody(mimeType.section(u'/', 1), where);
            return;
        } else {
            request->body = converted(body.value(QStringLiteral("text")).toString(), where);
        }
        if (!request->body.isEmpty() && !mimeType.isEmpty())
            ImportRules::addContentType(request, mimeType);
    }

    ImportedCollection *m_out;
    ImportRules m_rules;
    QString m_source;
    QHash<QString, QList<QJsonObject>> m_children; // by parentId
    QSet<QString> m_taggedPlaces;
    QString m_rootWorkspace; // the one workspace, whose contents are the collection's top
};

} // namespace

bool isInsomniaExport(const QJsonObject &document)
{
    return document.value(QStringLiteral("_type")) == QStringLiteral("export");
}

bool readInsomniaExport(const QJsonObject &document, const QString &sourceName,
                        ImportedCollection *out, QString *error)
{
    ImportedCollection collection;
    InsomniaReader reader(&collection);
    if (!reader.read(document, sourceName, error))
        return false;
    *out = collection;
    return true;
}
