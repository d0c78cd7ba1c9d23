// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/brunoimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

constexpr int MaxFolderDepth = 64;
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(BrunoImport)
};

// One `name { … }` (or `name [ … ]`) block of a .bru file: its lines without the two-space
// indent Bruno writes.
struct BruBlock
{
    QString name;
    QStringList lines;
    int line = 0; // 1-based, of the opening line

    // The `key: value` lines; a leading "~" marks a disabled entry.
    struct Entry
    {
        QString key;
        QString value;
        bool disabled = false;
    };
    QList<Entry> entries() const
    {
        QList<Entry> result;
        for (const QString &text : lines) {
            const QString trimmed = text.trimmed();
            const qsizetype colon = trimmed.indexOf(u':');
            if (trimmed.isEmpty() || colon <= 0)
                continue;
            Entry entry;
            entry.key = trimmed.left(colon).trimmed();
            entry.value = trimmed.mid(colon + 1).trimmed();
            entry.disabled = entry.key.startsWith(u'~');
            if (entry.disabled)
                entry.key.remove(0, 1);
            result.append(entry);
        }
        return result;
    }
    QString value(const QString &key) const
    {
        for (const Entry &entry : entries())
            if (entry.key == key)
                return entry.value;
        return {};
    }
    QString text() const { return lines.join(u'\n').trimmed(); }
};

bool parseBru(const QString &path, const QString &display, QList<BruBlock> *blocks, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxFileBytes) {
        *error = Text::tr("%1 could not be read.").arg(display);
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    BruBlock *open = nullptr;
    QChar closing;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (open) {
            if (line == closing) {
                open = nullptr;
                continue;
            }
            open->lines.append(line.startsWith(QStringLiteral("  ")) ? line.mid(2) : line);
            continue;
        }
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (trimmed.endsWith(u'{') || trimmed.endsWith(u'[')) {
            blocks->append({trimmed.chopped(1).trimmed(), {}, i + 1});
            open = &blocks->last();
            closing = trimmed.endsWith(u'{') ? u'}' : u']';
            continue;
        }
        *error = Text::tr("%1, line %2: \"%3\" is not the start of a block.")
                     .arg(display)
                     .arg(i + 1)
                     .arg(trimmed.left(40));
        return false;
    }
    if (open) {
        *error = Text::tr("%1, line %2: the block \"%3\" is not closed.")
                     .arg(display)
                     .arg(open->line)
                     .arg(open->name);
        return false;
    }
    return true;
}

const BruBlock *blockNamed(const QList<BruBlock> &blocks, const QString &name)
{
    for (const BruBlock &block : blocks)
        if (block.name == name)
            return &block;
    return nullptr;
}

class BrunoReader
{
    Q_DECLARE_TR_FUNCTIONS(BrunoImport)

public:
    BrunoReader(const QString &root, ImportedCollection *out)
        : m_root(root)
        , m_out(out)
        , m_rules(out)
    {
    }

    bool read(QString *error)
    {
        QFile manifest(m_root + QStringLiteral("/bruno.json"));
        QJsonParseError parseError;
        const QByteArray bytes =
            manifest.open(QIODevice::ReadOnly) ? manifest.readAll() : QByteArray();
        const QJsonObject config = QJsonDocument::fromJson(bytes, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("bruno.json is not valid JSON: %1 at %2")
                         .arg(parseError.errorString(), lineAndColumn(bytes, parseError.offset));
            return false;
        }
        m_out->format = QStringLiteral("Bruno collection");
        m_out->root.name = config.value(QStringLiteral("name")).toString().trimmed();
        if (m_out->root.name.isEmpty())
            m_out->root.name = QFileInfo(m_root).fileName();
        QList<BruBlock> collectionBlocks;
        if (QFileInfo::exists(m_root + QStringLiteral("/collection.bru"))) {
            if (!parseBru(m_root + QStringLiteral("/collection.bru"),
                          QStringLiteral("collection.bru"), &collectionBlocks, error))
                return false;
            noteDropped(collectionBlocks, m_out->root.name, true);
        }
        if (!readEnvironments(error))
            return false;
        return readFolder(m_root, QString(), QString(), 0, &m_out->root, error);
    }

private:
    static QString joined(const QString &where, const QString &name)
    {
        return where.isEmpty() ? name : where + u'/' + name;
    }

    bool readEnvironments(QString *error)
    {
        const QDir environments(m_root + QStringLiteral("/environments"));
        for (const QString &file :
             environments.entryList({QStringLiteral("*.bru")}, QDir::Files, QDir::Name)) {
            QList<BruBlock> blocks;
            if (!parseBru(environments.filePath(file), QStringLiteral("environments/") + file,
                          &blocks, error))
                return false;
            const QString name = QFileInfo(file).completeBaseName();
            if (const BruBlock *vars = blockNamed(blocks, QStringLiteral("vars")))
                for (const BruBlock::Entry &entry : vars->entries())
                    m_rules.addVariable(name, entry.key, entry.value, entry.disabled, false, name);
            if (const BruBlock *secrets = blockNamed(blocks, QStringLiteral("vars:secret")))
                for (const QString &line : secrets->lines) {
                    QString key = line.trimmed();
                    if (key.endsWith(u','))
                        key.chop(1);
                    if (!key.isEmpty())
                        m_rules.addVariable(name, key, QString(), false, true, name);
                }
        }
        return true;
    }

    // Auth, scripts, tests and request variables of a request, folder or the collection; a
    // folder's or the collection's own headers too (Bruno adds them to every request inside).
    void noteDropped(const QList<BruBlock> &blocks, const QString &where, bool container)
    {
        for (const BruBlock &block : blocks) {
            if (block.name.startsWith(QStringLiteral("auth:")))
                m_rules.dropAuth(block.name.mid(5), where);
            else if (block.name.startsWith(QStringLiteral("script:")) && !block.text().isEmpty())
                m_rules.ignoreScript(block.name.mid(7), where);
            else if (block.name == u"tests" && !block.text().isEmpty())
                m_rules.ignoreScript(tr("test"), where);
            else if (block.name.startsWith(QStringLiteral("vars:")) && !block.text().isEmpty())
                m_rules.note(where, tr("%1 ignored").arg(block.name));
            else if (container && block.name == u"headers")
                for (const BruBlock::Entry &entry : block.entries())
                    m_rules.note(where, tr("folder-wide header %1 ignored").arg(entry.key));
        }
    }

    bool readFolder(const QString &path, const QString &relative, const QString &where, int depth,
                    ImportedFolder *folder, QString *error)
    {
        if (depth > MaxFolderDepth) {
            *error = tr("%1: folders nested deeper than %2.").arg(relative).arg(MaxFolderDepth);
            return false;
        }
        const QDir dir(path);
        struct Entry
        {
            int seq = 0;
            QString name;
            HttpRequestText request;
            ImportedFolder folder;
            bool isFolder = false;
        };
        QList<Entry> entries;
        for (const QString &file :
             dir.entryList({QStringLiteral("*.bru")}, QDir::Files, QDir::Name)) {
            if (file == u"folder.bru" || file == u"collection.bru")
                continue;
            QList<BruBlock> blocks;
            if (!parseBru(dir.filePath(file), relative + file, &blocks, error))
                return false;
            const BruBlock *meta = blockNamed(blocks, QStringLiteral("meta"));
            Entry entry;
            entry.name = meta ? meta->value(QStringLiteral("name")) : QString();
            if (entry.name.isEmpty())
                entry.name = QFileInfo(file).completeBaseName();
            entry.seq = meta ? meta->value(QStringLiteral("seq")).toInt() : 0;
            const QString requestWhere = joined(where, entry.name);
            if (meta && !meta->value(QStringLiteral("type")).isEmpty()
                && meta->value(QStringLiteral("type")) != u"http") {
                m_rules.note(requestWhere,
                             tr("%1 request ignored").arg(meta->value(QStringLiteral("type"))));
                continue;
            }
            entry.request = request(blocks, entry.name, requestWhere);
            entries.append(entry);
        }
        for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (depth == 0 && (sub == u"environments" || sub.startsWith(u'.')))
                continue;
            Entry entry;
            entry.isFolder = true;
            entry.name = sub;
            QList<BruBlock> blocks;
            const QString folderFile = dir.filePath(sub + QStringLiteral("/folder.bru"));
            if (QFileInfo::exists(folderFile)) {
                if (!parseBru(folderFile, relative + sub + QStringLiteral("/folder.bru"), &blocks,
                              error))
                    return false;
                if (const BruBlock *meta = blockNamed(blocks, QStringLiteral("meta"))) {
                    if (!meta->value(QStringLiteral("name")).isEmpty())
                        entry.name = meta->value(QStringLiteral("name"));
                    entry.seq = meta->value(QStringLiteral("seq")).toInt();
                }
            }
            const QString folderWhere = joined(where, entry.name);
            noteDropped(blocks, folderWhere, true);
            entry.folder.name = entry.name;
            if (!readFolder(dir.filePath(sub), relative + sub + u'/', folderWhere, depth + 1,
                            &entry.folder, error))
                return false;
            entries.append(entry);
        }
        std::stable_sort(entries.begin(), entries.end(),
                         [](const Entry &a, const Entry &b) { return a.seq < b.seq; });
        for (const Entry &entry : entries) {
            if (entry.isFolder)
                folder->folders.append(entry.folder);
            else
                folder->requests.append(entry.request);
        }
        return true;
    }

    HttpRequestText request(const QList<BruBlock> &blocks, const QString &name,
                            const QString &where)
    {
        HttpRequestText request;
        request.name = name;
        static const QStringList methods{QStringLiteral("get"),    QStringLiteral("post"),
                                         QStringLiteral("put"),    QStringLiteral("patch"),
                                         QStringLiteral("delete"), QStringLiteral("head"),
                                         QStringLiteral("options")};
        const BruBlock *http = nullptr;
        for (const BruBlock &block : blocks)
            if (methods.contains(block.name))
                http = &block;
        if (http) {
            request.method = http->name.toUpper();
            request.url = http->value(QStringLiteral("url"));
        }
        noteDropped(blocks, where, false);
        // Path params (":id") become their value, as in the Postman import.
        if (const BruBlock *path = blockNamed(blocks, QStringLiteral("params:path")))
            for (const BruBlock::Entry &entry : path->entries())
                if (!entry.value.isEmpty() && !isSecretName(entry.key))
                    request.url.replace(u':' + entry.key, entry.value);
        // The URL carries the enabled query params; the disabled ones are only reported.
        request.url = m_rules.url(request.url, where);
        if (const BruBlock *query = blockNamed(blocks, QStringLiteral("params:query")))
            for (const BruBlock::Entry &entry : query->entries())
                if (entry.disabled)
                    m_rules.field(ImportRules::Field::Query, entry.key, &entry.value, true, where);
        if (const BruBlock *headers = blockNamed(blocks, QStringLiteral("headers")))
            for (const BruBlock::Entry &entry : headers->entries())
                m_rules.addHeader(&request, entry.key, entry.value, entry.disabled, where);
        readBody(blocks, http ? http->value(QStringLiteral("body")) : QString(), where, &request);
        return request;
    }

    void readBody(const QList<BruBlock> &blocks, const QString &mode, const QString &where,
                  HttpRequestText *request)
    {
        static const QList<QPair<QString, QString>> textBodies{
            {QStringLiteral("json"), QStringLiteral("application/json")},
            {QStringLiteral("text"), QStringLiteral("text/plain")},
            {QStringLiteral("xml"), QStringLiteral("application/xml")}};
        if (mode.isEmpty() || mode == u"none")
            return;
        for (const auto &[kind, type] : textBodies) {
            if (mode != kind)
                continue;
            if (const BruBlock *body = blockNamed(blocks, QStringLiteral("body:") + kind)) {
                request->body = body->text();
                if (!request->body.isEmpty())
                    ImportRules::addContentType(request, type);
            }
            return;
        }
        if (mode == u"formUrlEncoded") {
            QStringList fields;
            if (const BruBlock *body = blockNamed(blocks, QStringLiteral("body:form-urlencoded")))
                for (const BruBlock::Entry &entry : body->entries()) {
                    const QString field = m_rules.field(ImportRules::Field::Form, entry.key,
                                                        &entry.value, entry.disabled, where);
                    if (!field.isEmpty())
                        fields.append(field);
                }
            request->body = fields.join(u'&');
            if (!fields.isEmpty())
                ImportRules::addContentType(request,
                                            QStringLiteral("application/x-www-form-urlencoded"));
            return;
        }
        m_rules.dropBody(mode, where);
    }

    QString m_root;
    ImportedCollection *m_out;
    ImportRules m_rules;
};

} // namespace

bool isBrunoCollection(const QString &folder)
{
    return QFileInfo(folder).isDir() && QFileInfo::exists(folder + QStringLiteral("/bruno.json"));
}

bool readBrunoCollection(const QString &folder, ImportedCollection *out, QString *error)
{
    ImportedCollection collection;
    BrunoReader reader(folder, &collection);
    if (!reader.read(error))
        return false;
    *out = collection;
    return true;
}
