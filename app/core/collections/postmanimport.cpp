// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/postmanimport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Deeper than any real collection, shallow enough for the stack and for file path lengths.
constexpr int MaxFolderDepth = 64;

bool hasSchema(const QJsonObject &document, const QString &version)
{
    return document.value(QStringLiteral("info"))
        .toObject()
        .value(QStringLiteral("schema"))
        .toString()
        .contains(QStringLiteral("/collection/") + version);
}

// A JSON scalar as the text Postman would substitute.
QString textOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

bool isDisabled(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("disabled")).toBool()
        || entry.value(QStringLiteral("enabled")) == QJsonValue(false);
}

class PostmanReader
{
    Q_DECLARE_TR_FUNCTIONS(PostmanImport)

public:
    explicit PostmanReader(ImportedCollection *out)
        : m_out(out)
        , m_rules(out)
    {
    }

    bool readCollection(const QJsonObject &document, const QString &sourceName, QString *error)
    {
        const QJsonObject info = document.value(QStringLiteral("info")).toObject();
        if (hasSchema(document, QStringLiteral("v2.1")))
            m_out->format = QStringLiteral("Postman Collection v2.1");
        else if (hasSchema(document, QStringLiteral("v2.0")))
            m_out->format = QStringLiteral("Postman Collection v2.0");
        else if (hasSchema(document, QStringLiteral("v1"))
                 || (!document.contains(QStringLiteral("info"))
                     && document.contains(QStringLiteral("requests")))) {
            *error = tr("%1 is a Postman Collection v1, which cannot be imported: open it in "
                        "Postman and export it again as Collection v2.1.")
                         .arg(sourceName);
            return false;
        } else if (!document.value(QStringLiteral("info")).isObject()) {
            *error =
                tr("%1 is not a Postman collection: it has no \"info\" object.").arg(sourceName);
            return false;
        } else {
            *error = tr("%1 has the unknown schema \"%2\" at info.schema; Postman Collection "
                        "v2.1 and v2.0 can be imported.")
                         .arg(sourceName, info.value(QStringLiteral("schema")).toString());
            return false;
        }
        m_collection = info.value(QStringLiteral("name")).toString().trimmed();
        if (m_collection.isEmpty())
            m_collection = sourceName.section(u'.', 0, 0);
        m_out->root.name = m_collection;
        m_source = sourceName;

        noteAuth(document.value(QStringLiteral("auth")), m_collection);
        noteEvents(document.value(QStringLiteral("event")), m_collection);
        readVariables(document.value(QStringLiteral("variable")).toArray(),
                      QStringLiteral("$shared"), m_collection);
        if (!document.value(QStringLiteral("item")).isArray()) {
            *error = tr("%1: \"item\" is missing or not a list.").arg(sourceName);
            return false;
        }
        return readItems(document.value(QStringLiteral("item")).toArray(), QString(),
                         QStringLiteral("item"), 0, &m_out->root, error);
    }

    void readVariables(const QJsonArray &variables, const QString &environment,
                       const QString &where)
    {
        for (const QJsonValue &value : variables) {
            const QJsonObject variable = value.toObject();
            m_rules.addVariable(
                environment, variable.value(QStringLiteral("key")).toString(),
                textOf(variable.value(QStringLiteral("value"))), isDisabled(variable),
                variable.value(QStringLiteral("type")) == QStringLiteral("secret"), where);
        }
    }

private:
    void note(const QString &where, const QString &what) { m_rules.note(where, what); }

    static QString joined(const QString &where, const QString &name)
    {
        return where.isEmpty() ? name : where + u'/' + name;
    }

    bool readItems(const QJsonArray &items, const QString &where, const QString &pointer, int depth,
                   ImportedFolder *folder, QString *error)
    {
        if (depth > MaxFolderDepth) {
            *error = tr("%1: folders nested deeper than %2 at %3.")
                         .arg(m_source)
                         .arg(MaxFolderDepth)
                         .arg(pointer);
            return false;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString itemPointer = QStringLiteral("%1[%2]").arg(pointer).arg(i);
            if (!items.at(i).isObject()) {
                *error = tr("%1: %2 is not an object (in \"%3\").")
                             .arg(m_source, itemPointer, where.isEmpty() ? m_collection : where);
                return false;
            }
            const QJsonObject item = items.at(i).toObject();
            QString name = item.value(QStringLiteral("name")).toString().trimmed();
            if (name.isEmpty())
                name = tr("untitled");
            const QString itemWhere = joined(where, name);
            noteAuth(item.value(QStringLiteral("auth")), itemWhere);
            noteEvents(item.value(QStringLiteral("event")), itemWhere);
            if (item.contains(QStringLiteral("item"))) {
                if (!item.value(QStringLiteral("item")).isArray()) {
                    *error = tr("%1: %2.item is not a list (folder \"%3\").")
                                 .arg(m_source, itemPointer, itemWhere);
                    return false;
                }
                ImportedFolder child;
                child.name = name;
                if (!readItems(item.value(QStringLiteral("item")).toArray(), itemWhere,
                               itemPointer + QStringLiteral(".item"), depth + 1, &child, error))
                    return false;
                folder->folders.append(child);
            } else if (item.contains(QStringLiteral("request"))) {
                HttpRequestText request;
                request.name = name;
                readRequest(item.value(QStringLiteral("request")), itemWhere, &request);
                const qsizetype responses = item.value(QStringLiteral("response")).toArray().size();
                if (responses > 0)
                    note(itemWhere, tr("%n saved response(s) ignored", nullptr, int(responses)));
                folder->requests.append(request);
            } else {
                note(itemWhere, tr("item with neither a request nor items ignored"));
            }
        }
        return true;
    }

    void noteAuth(const QJsonValue &auth, const QString &where)
    {
        const QString type = auth.toObject().value(QStringLiteral("type")).toString();
        if (auth.isObject() && type != u"noauth")
            m_rules.dropAuth(type, where);
    }

    void noteEvents(const QJsonValue &events, const QString &where)
    {
        for (const QJsonValue &value : events.toArray()) {
            const QJsonObject event = value.toObject();
            const QJsonValue exec =
                event.value(QStringLiteral("script")).toObject().value(QStringLiteral("exec"));
            QString script = exec.toString();
            for (const QJsonValue &line : exec.toArray())
                script += line.toString();
            if (script.trimmed().isEmpty() || event.value(QStringLiteral("disabled")).toBool())
                continue;
            const QString listen = event.value(QStringLiteral("listen")).toString();
            m_rules.ignoreScript(listen == u"prerequest" ? tr("pre-request") : listen, where);
        }
    }

    void readRequest(const QJsonValue &value, const QString &where, HttpRequestText *request)
    {
        if (value.isString()) { // v2 allows a request to be only its URL
            request->url = m_rules.url(value.toString(), where);
            return;
        }
        const QJsonObject source = value.toObject();
        noteAuth(source.value(QStringLiteral("auth")), where);
        const QString method = source.value(QStringLiteral("method")).toString();
        if (!method.isEmpty())
            request->method = method;
        request->url = url(source.value(QStringLiteral("url")), where);
        readHeaders(source.value(QStringLiteral("header")), where, request);
        readBody(source.value(QStringLiteral("body")), where, request);
    }

    QString url(const QJsonValue &value, const QString &where)
    {
        if (!value.isObject())
            return m_rules.url(value.toString(), where);
        const QJsonObject url = value.toObject();
        const auto joinedParts = [](const QJsonValue &parts, QChar separator) {
            if (!parts.isArray())
                return parts.toString();
            QStringList texts;
            for (const QJsonValue &part : parts.toArray())
                texts.append(part.isObject()
                                 ? textOf(part.toObject().value(QStringLiteral("value")))
                                 : textOf(part));
            return texts.join(separator);
        };
        const QString host = joinedParts(url.value(QStringLiteral("host")), u'.');
        QString path = joinedParts(url.value(QStringLiteral("path")), u'/');
        if (host.isEmpty() && path.isEmpty())
            return m_rules.url(url.value(QStringLiteral("raw")).toString(), where);

        // Postman's path variables (":id") become their value, or a {{variable}} without one.
        QMap<QString, QString> pathValues;
        for (const QJsonValue &entry : url.value(QStringLiteral("variable")).toArray())
            pathValues.insert(entry.toObject().value(QStringLiteral("key")).toString(),
                              textOf(entry.toObject().value(QStringLiteral("value"))));
        QStringList segments = path.split(u'/');
        for (QString &segment : segments) {
            if (segment.size() < 2 || !segment.startsWith(u':'))
                continue;
            const QString name = segment.mid(1);
            const QString given = pathValues.value(name);
            segment =
                given.isEmpty() || isSecretName(name) ? QStringLiteral("{{%1}}").arg(name) : given;
        }
        path = segments.join(u'/');
        if (path.startsWith(u'/'))
            path.remove(0, 1);

        QStringList query;
        for (const QJsonValue &entry : url.value(QStringLiteral("query")).toArray()) {
            const QJsonObject parameter = entry.toObject();
            const QJsonValue given = parameter.value(QStringLiteral("value"));
            const QString value = textOf(given);
            const QString field = m_rules.field(
                ImportRules::Field::Query, textOf(parameter.value(QStringLiteral("key"))),
                given.isNull() || given.isUndefined() ? nullptr : &value, isDisabled(parameter),
                where);
            if (!field.isEmpty())
                query.append(field);
        }
        const QString protocol = url.value(QStringLiteral("protocol")).toString();
        const QString port = textOf(url.value(QStringLiteral("port")));
        const QString hash = url.value(QStringLiteral("hash")).toString();
        QString text = protocol.isEmpty() ? host : protocol + QStringLiteral("://") + host;
        if (!port.isEmpty())
            text += u':' + port;
        if (!path.isEmpty())
            text += u'/' + path;
        if (!query.isEmpty())
            text += u'?' + query.join(u'&');
        if (!hash.isEmpty())
            text += u'#' + hash;
        return text;
    }

    void readHeaders(const QJsonValue &value, const QString &where, HttpRequestText *request)
    {
        QList<QJsonObject> headers;
        if (value.isString()) { // "Name: value\nName: value", which v2 allows too
            for (const QString &line : value.toString().split(u'\n')) {
                const qsizetype colon = line.indexOf(u':');
                if (colon > 0)
                    headers.append({{QStringLiteral("key"), line.left(colon).trimmed()},
                                    {QStringLiteral("value"), line.mid(colon + 1).trimmed()}});
            }
        } else {
            for (const QJsonValue &entry : value.toArray())
                headers.append(entry.toObject());
        }
        for (const QJsonObject &header : headers)
            m_rules.addHeader(request, textOf(header.value(QStringLiteral("key"))).trimmed(),
                              textOf(header.value(QStringLiteral("value"))), isDisabled(header),
                              where);
    }

    void readBody(const QJsonValue &value, const QString &where, HttpRequestText *request)
    {
        const QJsonObject body = value.toObject();
        const QString mode = body.value(QStringLiteral("mode")).toString();
        if (mode.isEmpty() || mode == u"none")
            return;
        if (body.value(QStringLiteral("disabled")).toBool()) {
            note(where, tr("body dropped (disabled)"));
            return;
        }
        if (mode == u"raw") {
            request->body = body.value(QStringLiteral("raw")).toString();
            const QString language = body.value(QStringLiteral("options"))
                                         .toObject()
                                         .value(QStringLiteral("raw"))
                                         .toObject()
                                         .value(QStringLiteral("language"))
                                         .toString();
            if (language == u"json" && !request->body.isEmpty())
                ImportRules::addContentType(request, QStringLiteral("application/json"));
        } else if (mode == u"urlencoded") {
            QStringList fields;
            for (const QJsonValue &entry : body.value(QStringLiteral("urlencoded")).toArray()) {
                const QJsonObject field = entry.toObject();
                const QString value = textOf(field.value(QStringLiteral("value")));
                const QString text = m_rules.field(ImportRules::Field::Form,
                                                   textOf(field.value(QStringLiteral("key"))),
                                                   &value, isDisabled(field), where);
                if (!text.isEmpty())
                    fields.append(text);
            }
            request->body = fields.join(u'&');
            if (!fields.isEmpty())
                ImportRules::addContentType(request,
                                            QStringLiteral("application/x-www-form-urlencoded"));
        } else {
            m_rules.dropBody(mode, where);
        }
    }

    ImportedCollection *m_out;
    ImportRules m_rules;
    QString m_collection;
    QString m_source;
};

bool parseObject(const QByteArray &json, const QString &sourceName, QJsonObject *object,
                 QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QCoreApplication::translate("PostmanImport", "%1 is not valid JSON: %2 at %3")
                .arg(sourceName, parseError.errorString(), lineAndColumn(json, parseError.offset));
        return false;
    }
    if (!document.isObject()) {
        *error =
            QCoreApplication::translate("PostmanImport", "%1: the top level is not a JSON object.")
                .arg(sourceName);
        return false;
    }
    *object = document.object();
    return true;
}

} // namespace

bool isPostmanCollection(const QJsonObject &document)
{
    return document.value(QStringLiteral("info"))
               .toObject()
               .value(QStringLiteral("schema"))
               .toString()
               .contains(QStringLiteral("getpostman.com"))
        || (document.contains(QStringLiteral("requests"))
            && document.contains(QStringLiteral("order")));
}

bool readPostmanCollection(const QJsonObject &document, const QString &sourceName,
                           ImportedCollection *out, QString *error)
{
    ImportedCollection collection;
    PostmanReader reader(&collection);
    if (!reader.readCollection(document, sourceName, error))
        return false;
    *out = collection;
    return true;
}

bool readPostmanCollection(const QByteArray &json, const QString &sourceName,
                           ImportedCollection *out, QString *error)
{
    QJsonObject document;
    return parseObject(json, sourceName, &document, error)
        && readPostmanCollection(document, sourceName, out, error);
}

bool readPostmanEnvironment(const QByteArray &json, const QString &sourceName,
                            ImportedCollection *out, QString *error)
{
    QJsonObject document;
    if (!parseObject(json, sourceName, &document, error))
        return false;
    if (!document.value(QStringLiteral("values")).isArray()) {
        *error = QCoreApplication::translate(
                     "PostmanImport",
                     "%1 is not a Postman environment: \"values\" is missing or not a list.")
                     .arg(sourceName);
        return false;
    }
    QString name = document.value(QStringLiteral("name")).toString().trimmed();
    if (name.isEmpty())
        name = sourceName.section(u'.', 0, 0);
    PostmanReader reader(out);
    reader.readVariables(document.value(QStringLiteral("values")).toArray(), name, name);
    return true;
}
