// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionimport.h"

#include "collections/brunoimport.h"
#include "collections/collectionvariables.h"
#include "collections/curlimport.h"
#include "collections/insomniaimport.h"
#include "collections/postmanimport.h"
#include "http/headernames.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CollectionImport)
};

// Larger than any collection a person keeps; a file beyond it is refused rather than read whole.
constexpr qint64 MaxSourceBytes = 256 * 1024 * 1024;
constexpr int MaxNameBytes = 120;

// Names already taken in one folder, compared as case-insensitive file systems compare them.
class NameRegistry
{
public:
    QString take(const QString &base, const QString &extension = {})
    {
        QString candidate = base + extension;
        for (int n = 2; m_taken.contains(candidate.toCaseFolded()); ++n)
            candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(extension);
        m_taken.insert(candidate.toCaseFolded());
        return candidate;
    }

private:
    QSet<QString> m_taken;
};

QString oneLine(QString text)
{
    for (QChar &c : text)
        if (c == u'\r' || c == u'\n' || c == u'\t')
            c = u' ';
    return text.trimmed();
}

// What a .http reader would take for structure inside a request is made inert, with a notice:
// line breaks in the request line and headers, and a body line that starts a new request.
HttpRequestText writable(HttpRequestText request, const QString &where,
                         QList<ImportNotice> *notices)
{
    request.name = oneLine(request.name);
    request.url = oneLine(request.url);
    QString method;
    for (const QChar c : request.method.trimmed().toUpper())
        if (c.isLetter() && c.unicode() < 128)
            method += c;
    if (method.isEmpty()) {
        if (!request.method.trimmed().isEmpty())
            notices->append({where, Text::tr("method \"%1\" replaced by GET").arg(request.method)});
        method = QStringLiteral("GET");
    }
    request.method = method;
    for (HttpHeaderLine &header : request.headers) {
        header.name = oneLine(header.name);
        header.value = oneLine(header.value);
    }
    if (request.body.startsWith(QStringLiteral("###"))
        || request.body.contains(QStringLiteral("\n###"))) {
        QStringList lines = request.body.split(u'\n');
        for (QString &line : lines)
            if (line.startsWith(QStringLiteral("###")))
                line.prepend(u' ');
        request.body = lines.join(u'\n');
        notices->append({where,
                         Text::tr("body lines starting with ### indented by one space (they would "
                                  "start a new request)")});
    }
    return request;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = Text::tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

class Writer
{
public:
    explicit Writer(ImportSummary *summary)
        : m_summary(summary)
    {
    }

    bool writeFolder(const ImportedFolder &folder, const QString &directory,
                     const QString &relative, const QString &where, QString *error)
    {
        NameRegistry names;
        // The requests first, so that the file keeps the folder's own name.
        if (!folder.requests.isEmpty()) {
            const QString fileName = names.take(safeFileName(folder.name), QStringLiteral(".http"));
            NameRegistry requestNames;
            QString text;
            for (const HttpRequestText &source : folder.requests) {
                const QString requestWhere = joined(where, source.name);
                HttpRequestText request = writable(source, requestWhere, &m_summary->notices);
                if (!request.name.isEmpty())
                    request.name = requestNames.take(request.name);
                if (!text.isEmpty())
                    text += u'\n';
                text += formatHttpRequest(request);
                ++m_summary->requests;
            }
            if (!writeFile(directory + u'/' + fileName, text.toUtf8(), error))
                return false;
            m_summary->files.append(relative + fileName);
        }
        for (const ImportedFolder &child : folder.folders) {
            const QString childName = names.take(safeFileName(child.name));
            const QString childDirectory = directory + u'/' + childName;
            if (!QDir().mkdir(childDirectory)) {
                *error = Text::tr("The folder %1 could not be created.").arg(childDirectory);
                return false;
            }
            if (!writeFolder(child, childDirectory, relative + childName + u'/',
                             joined(where, child.name), error))
                return false;
        }
        return true;
    }

private:
    static QString joined(const QString &where, const QString &name)
    {
        return where.isEmpty() ? name : where + u'/' + name;
    }

    ImportSummary *m_summary;
};

QByteArray environmentJson(const QMap<QString, QMap<QString, QString>> &environments)
{
    QJsonObject root;
    for (auto environment = environments.cbegin(); environment != environments.cend();
         ++environment) {
        QJsonObject variables;
        for (auto variable = environment->cbegin(); variable != environment->cend(); ++variable)
            variables.insert(variable.key(), variable.value());
        root.insert(environment.key(), variables);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ImportSummary failed(const QString &error)
{
    ImportSummary summary;
    summary.error = error;
    return summary;
}

} // namespace

QString formEncoded(const QString &text)
{
    QString encoded;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QStringLiteral("}}"), open);
        const qsizetype plainEnd = close < 0 ? text.size() : open;
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(text.mid(at, plainEnd - at)));
        if (close < 0)
            break;
        encoded += text.mid(open, close + 2 - open);
        at = close + 2;
    }
    return encoded;
}

void ImportRules::addHeader(HttpRequestText *request, const QString &name, const QString &value,
                            bool disabled, const QString &where)
{
    const QString apiKey = QString::fromLatin1(HeaderName::ApiKey);
    const QString placeholder = QString::fromLatin1(KeyPlaceholder);
    if (name.isEmpty())
        return;
    if (disabled) {
        note(where, Text::tr("header %1 dropped (disabled)").arg(name));
    } else if (name.compare(apiKey, Qt::CaseInsensitive) == 0) {
        if (value != placeholder)
            note(where, Text::tr("%1 value replaced by %2").arg(apiKey, placeholder));
        request->headers.append({apiKey, placeholder});
    } else if (isSecretName(name)) {
        note(where, Text::tr("header %1 dropped (credential)").arg(name));
    } else {
        request->headers.append({name, value});
    }
}

QString ImportRules::field(Field kind, const QString &name, const QString *value, bool disabled,
                           const QString &where)
{
    const QString what = kind == Field::Query ? Text::tr("query parameter %1").arg(name)
                                              : Text::tr("form field %1").arg(name);
    if (disabled || isSecretName(name)) {
        note(where,
             disabled ? Text::tr("%1 dropped (disabled)").arg(what)
                      : Text::tr("%1 dropped (credential)").arg(what));
        return {};
    }
    if (kind == Field::Form)
        return formEncoded(name) + u'=' + (value ? formEncoded(*value) : QString());
    return value ? name + u'=' + *value : name;
}

QString ImportRules::url(const QString &url, const QString &where)
{
    const qsizetype question = url.indexOf(u'?');
    if (question < 0)
        return url;
    const qsizetype hash = url.indexOf(u'#', question);
    const QString query = url.mid(question + 1, hash < 0 ? -1 : hash - question - 1);
    QStringList kept;
    for (const QString &pair : query.split(u'&')) {
        const QString name = pair.section(u'=', 0, 0);
        if (isSecretName(name))
            note(where, Text::tr("query parameter %1 dropped (credential)").arg(name));
        else
            kept.append(pair);
    }
    return url.left(question) + (kept.isEmpty() ? QString() : u'?' + kept.join(u'&'))
        + (hash < 0 ? QString() : url.mid(hash));
}

void ImportRules::addVariable(const QString &environment, const QString &name, const QString &value,
                              bool disabled, bool secret, const QString &where)
{
    if (name.isEmpty())
        return;
    if (disabled)
        note(where, Text::tr("variable %1 dropped (disabled)").arg(name));
    else if (secret || isSecretName(name))
        note(where, Text::tr("variable %1 dropped (secret value)").arg(name));
    else
        m_out->environments[environment].insert(name, value);
}

void ImportRules::dropAuth(const QString &type, const QString &where)
{
    note(where, Text::tr("auth (%1) dropped").arg(type.isEmpty() ? Text::tr("unknown") : type));
}

void ImportRules::ignoreScript(const QString &kind, const QString &where)
{
    note(where, Text::tr("%1 script ignored").arg(kind));
}

void ImportRules::dropBody(const QString &kind, const QString &where)
{
    note(where,
         Text::tr("body (%1) dropped: only raw and urlencoded bodies are imported").arg(kind));
}

void ImportRules::addContentType(HttpRequestText *request, const QString &type)
{
    const QString contentType = QString::fromLatin1(HeaderName::ContentType);
    for (const HttpHeaderLine &header : request->headers)
        if (header.name.compare(contentType, Qt::CaseInsensitive) == 0)
            return;
    request->headers.append({contentType, type});
}

QString safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name.normalized(QString::NormalizationForm_C)) {
        const bool refused = c.unicode() < 0x20 || c.unicode() == 0x7f
            || QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Format;
        safe += refused ? u'-' : c;
    }
    safe = safe.simplified();
    while (!safe.isEmpty() && (safe.startsWith(u'.') || safe.startsWith(u' ')))
        safe.remove(0, 1);
    while (safe.toUtf8().size() > MaxNameBytes)
        safe.chop(safe.size() >= 2 && safe.at(safe.size() - 1).isLowSurrogate() ? 2 : 1);
    while (!safe.isEmpty() && (safe.endsWith(u'.') || safe.endsWith(u' ')))
        safe.chop(1);
    if (safe.isEmpty())
        return QStringLiteral("untitled");
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (device.match(safe).hasMatch())
        safe.prepend(u'_');
    return safe;
}

QString lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    const QByteArray before = text.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return Text::tr("line %1, column %2").arg(line).arg(column);
}

bool isSecretName(const QString &name)
{
    QString folded;
    folded.reserve(name.size());
    for (const QChar c : name)
        if (c != u'-' && c != u'_' && c != u' ' && c != u'.')
            folded += c.toCaseFolded();
    static const QStringList secrets{
        QStringLiteral("apikey"),      QStringLiteral("authorization"), QStringLiteral("token"),
        QStringLiteral("secret"),      QStringLiteral("password"),      QStringLiteral("passwd"),
        QStringLiteral("bearer"),      QStringLiteral("credential"),    QStringLiteral("cookie"),
        QStringLiteral("privatekey"),  QStringLiteral("accesskey"),     QStringLiteral("sessionid"),
        QStringLiteral("clientsecret")};
    for (const QString &secret : secrets)
        if (folded.contains(secret))
            return true;
    return false;
}

ImportSummary writeImportedCollection(const ImportedCollection &collection, const QString &target)
{
    const QFileInfo targetInfo(QDir::cleanPath(target)); // "out/" names the folder "out"
    const QString absoluteTarget = targetInfo.absoluteFilePath();
    if (targetInfo.exists()
        && (!targetInfo.isDir()
            || !QDir(absoluteTarget)
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                               | QDir::NoDotAndDotDot)
                    .isEmpty()))
        return failed(
            Text::tr("%1 already exists and is not an empty folder; import into a new one.")
                .arg(QDir::toNativeSeparators(target)));
    const QString parent = targetInfo.absolutePath();
    if (!QFileInfo(parent).isDir())
        return failed(
            Text::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parent)));

    QTemporaryDir staging(parent + QStringLiteral("/.") + targetInfo.fileName()
                          + QStringLiteral(".import-XXXXXX"));
    if (!staging.isValid())
        return failed(Text::tr("A temporary folder could not be made in %1: %2")
                          .arg(QDir::toNativeSeparators(parent), staging.errorString()));

    ImportSummary summary;
    summary.format = collection.format;
    summary.notices = collection.notices;
    QString error;
    Writer writer(&summary);
    if (!writer.writeFolder(collection.root, staging.path(), QString(), QString(), &error))
        return failed(error);
    if (!collection.environments.isEmpty()) {
        const QString fileName = QString::fromLatin1(CollectionEnvironments::FileName);
        if (!writeFile(staging.filePath(fileName), environmentJson(collection.environments),
                       &error))
            return failed(error);
        summary.files.append(fileName);
    }
    // An empty target folder is replaced, so that the rename below puts the import in its place.
    if (targetInfo.exists() && !QDir().rmdir(absoluteTarget))
        return failed(Text::tr("The empty folder %1 could not be replaced.")
                          .arg(QDir::toNativeSeparators(target)));
    if (!QDir().rename(staging.path(), absoluteTarget)) {
        if (targetInfo.exists())
            QDir().mkdir(absoluteTarget);
        return failed(Text::tr("The imported collection could not be moved to %1.")
                          .arg(QDir::toNativeSeparators(target)));
    }
    staging.setAutoRemove(false);
    return summary;
}

namespace {

// The text from its first line that is neither blank nor a shell comment.
QString withoutComments(const QString &text)
{
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype end = text.indexOf(u'\n', at);
        const QString line = text.mid(at, end < 0 ? -1 : end - at).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            return text.mid(at);
        if (end < 0)
            break;
        at = end + 1;
    }
    return {};
}

// The commands of a file of curl commands as one folder of requests named by method and path;
// a command that cannot be read is a notice naming its line, and what each dropped too.
ImportedCollection curlCollection(const QString &name, const QString &text)
{
    ImportedCollection collection;
    collection.format = Text::tr("a file of curl commands");
    collection.root.name = name;
    QSet<QString> names;
    for (const CurlImport &command : parseCurlCommands(text)) {
        const QString where = Text::tr("line %1").arg(command.line);
        if (!command.isValid()) {
            collection.notices.append({where, command.error});
            continue;
        }
        // Named by method and path, made unique within the file.
        const QString base = command.method + u' ' + command.path;
        QString requestName = base;
        for (int n = 2; names.contains(requestName); ++n)
            requestName = QStringLiteral("%1 (%2)").arg(base).arg(n);
        names.insert(requestName);
        collection.root.requests.append(httpRequestText(command, requestName));
        for (const QString &notice : command.notices)
            collection.notices.append({where, notice});
    }
    return collection;
}

} // namespace

ImportSummary importCollection(const QString &path, const QString &target,
                               const QString &environmentFile)
{
    const auto readSource = [](const QString &file, QByteArray *bytes, QString *error) {
        QFile source(file);
        if (!source.open(QIODevice::ReadOnly)) {
            *error = Text::tr("%1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(file), source.errorString());
            return false;
        }
        if (source.size() > MaxSourceBytes) {
            *error = Text::tr("%1 is larger than %2 MB.")
                         .arg(QDir::toNativeSeparators(file))
                         .arg(MaxSourceBytes / (1024 * 1024));
            return false;
        }
        *bytes = source.readAll();
        return true;
    };

    const QFileInfo info(path);
    const QString sourceName = info.fileName();
    QByteArray bytes;
    QString error;
    if (info.isDir()) {
        ImportedCollection collection;
        if (!isBrunoCollection(path))
            return failed(Text::tr("%1 is a folder without bruno.json, not a collection.")
                              .arg(QDir::toNativeSeparators(path)));
        if (!readBrunoCollection(path, &collection, &error))
            return failed(error);
        return writeImportedCollection(collection, target);
    }
    if (!readSource(path, &bytes, &error))
        return failed(error);
    // A file of curl commands (a shell script of them, or "Copy as cURL" pasted into a file).
    if (const QString text = QString::fromUtf8(bytes); looksLikeCurlCommand(withoutComments(text)))
        return writeImportedCollection(curlCollection(info.completeBaseName(), text), target);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(Text::tr("%1 is not valid JSON: %2 at %3")
                          .arg(sourceName, parseError.errorString(),
                               lineAndColumn(bytes, parseError.offset)));
    const QJsonObject object = document.object();
    ImportedCollection collection;
    if (!document.isObject()) {
        return failed(Text::tr("%1 is not a collection: its top level is not a JSON object.")
                          .arg(sourceName));
    } else if (isPostmanCollection(object)) {
        if (!readPostmanCollection(object, sourceName, &collection, &error))
            return failed(error);
    } else if (isInsomniaExport(object)) {
        if (!readInsomniaExport(object, sourceName, &collection, &error))
            return failed(error);
    } else if (object.contains(QStringLiteral("values"))
               && object.contains(QStringLiteral("_postman_variable_scope"))) {
        return failed(Text::tr("%1 is a Postman environment, not a collection: give it with "
                               "the collection it belongs to.")
                          .arg(sourceName));
    } else {
        return failed(Text::tr("%1 is not a collection this version can import (Postman "
                               "Collection v2.1 or v2.0, Insomnia export v4).")
                          .arg(sourceName));
    }
    if (!environmentFile.isEmpty()) {
        QByteArray environmentBytes;
        if (!readSource(environmentFile, &environmentBytes, &error)
            || !readPostmanEnvironment(environmentBytes, QFileInfo(environmentFile).fileName(),
                                       &collection, &error))
            return failed(error);
    }
    return writeImportedCollection(collection, target);
}
