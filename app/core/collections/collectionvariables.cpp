// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionvariables.h"

#include "http/headernames.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrlQuery>
#include <QUuid>

namespace {

const QString SharedName = QStringLiteral("$shared");

// Reads one env file; a missing one is empty.
bool loadFile(const QString &path, QMap<QString, QMap<QString, QString>> *out, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    const auto fail = [error, &path](int line, const QString &what) {
        if (error)
            *error =
                QStringLiteral("%1:%2: %3").arg(QDir::toNativeSeparators(path)).arg(line).arg(what);
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(1, file.errorString());
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(int(bytes.left(parseError.offset).count('\n')) + 1, parseError.errorString());
    if (!document.isObject())
        return fail(1, QStringLiteral("not a JSON object of environments"));
    const QJsonObject environments = document.object();
    for (auto environment = environments.begin(); environment != environments.end();
         ++environment) {
        if (!environment.value().isObject())
            return fail(1,
                        QStringLiteral("the environment \"%1\" is not an object of variables")
                            .arg(environment.key()));
        QMap<QString, QString> &variables = (*out)[environment.key()];
        const QJsonObject values = environment.value().toObject();
        for (auto value = values.begin(); value != values.end(); ++value) {
            // Objects (the JetBrains client's SSL and auth settings) are not variables.
            if (value.value().isString())
                variables.insert(value.key(), value.value().toString());
            else if (value.value().isDouble())
                variables.insert(value.key(), QString::number(value.value().toDouble(), 'g', 17));
            else if (value.value().isBool())
                variables.insert(value.key(),
                                 value.value().toBool() ? QStringLiteral("true")
                                                        : QStringLiteral("false"));
        }
    }
    return true;
}

bool isPlaceholder(const QString &value)
{
    static const QRegularExpression placeholder(QStringLiteral("^\\{\\{[^{}]+\\}\\}$"));
    return placeholder.match(value.trimmed()).hasMatch();
}

bool isKeyLikeName(const QString &name)
{
    QString folded = name.toLower();
    folded.remove(QRegularExpression(QStringLiteral("[-_. ]")));
    return folded == u"xapikey" || folded == u"apikey" || folded == u"herokey"
        || folded == u"heroapikey" || folded.endsWith(u"apikey") || folded == u"key"
        || folded == u"secret" || folded == u"token";
}

bool isHeader(const QString &name, const QByteArray &wanted)
{
    return name.trimmed().toLatin1().toLower() == wanted;
}

// A {{$name …}} the resolver makes up itself, or a null string when it knows no such name.
QString dynamicValue(const QString &name)
{
    if (name == u"$uuid" || name == u"$random.uuid")
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (name == u"$timestamp")
        return QString::number(QDateTime::currentSecsSinceEpoch());
    if (name == u"$isoTimestamp")
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (name == u"$randomInt")
        return QString::number(QRandomGenerator::global()->bounded(1001));
    return {};
}

class Substitution
{
public:
    explicit Substitution(const VariableScope &scope)
        : m_scope(scope)
    {
    }

    QString apply(const QString &text, int depth = 0)
    {
        const QList<VariableUse> uses = variableUses(text);
        if (uses.isEmpty())
            return text;
        QString out;
        qsizetype at = 0;
        for (const VariableUse &use : uses) {
            out += QStringView(text).mid(at, use.begin - at);
            out += value(use, text, depth);
            at = use.end;
        }
        out += QStringView(text).mid(at);
        return out;
    }

    QStringList unresolved;
    QString problem;

private:
    QString value(const VariableUse &use, const QString &text, int depth)
    {
        const QString original = text.mid(use.begin, use.end - use.begin);
        if (use.name.startsWith(QLatin1String("$processEnv"))) {
            if (problem.isEmpty())
                problem = QObject::tr("%1 is only read as the x-api-key header's placeholder; "
                                      "environment variables are not read elsewhere.")
                              .arg(original);
            return original;
        }
        if (use.name.startsWith(u'$')) {
            const QString made = dynamicValue(use.name);
            if (!made.isNull())
                return made;
        } else if (depth < 8) {
            const auto lookUp = [this, &use, depth](const QMap<QString, QString> &variables,
                                                    QString *found) {
                const auto it = variables.constFind(use.name);
                if (it == variables.cend())
                    return false;
                *found = apply(*it, depth + 1);
                return true;
            };
            QString found;
            if (lookUp(m_scope.fileVariables, &found) || lookUp(m_scope.environment, &found))
                return found;
        }
        if (!unresolved.contains(use.name))
            unresolved.append(use.name);
        return original;
    }

    const VariableScope &m_scope;
};

QList<QPair<QString, QString>> queryItems(const QString &query)
{
    QList<QPair<QString, QString>> items;
    for (const QString &part : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        const QString name = equals < 0 ? part : part.left(equals);
        const QString value = equals < 0 ? QString() : part.mid(equals + 1);
        items.append(
            {QUrl::fromPercentEncoding(name.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8())});
    }
    return items;
}

} // namespace

bool CollectionEnvironments::load(const QString &folder, CollectionEnvironments *out,
                                  QString *error)
{
    CollectionEnvironments loaded;
    const QDir dir(folder);
    if (!loadFile(dir.filePath(QLatin1String(FileName)), &loaded.m_public, error)
        || !loadFile(dir.filePath(QLatin1String(PrivateFileName)), &loaded.m_private, error))
        return false;
    *out = loaded;
    return true;
}

bool CollectionEnvironments::save(const QString &folder, QString *error) const
{
    QJsonObject root;
    for (auto environment = m_public.cbegin(); environment != m_public.cend(); ++environment) {
        QJsonObject variables;
        for (auto value = environment->cbegin(); value != environment->cend(); ++value) {
            if (isKeyLikeName(value.key()) && !value->isEmpty() && !isPlaceholder(*value)) {
                if (error)
                    *error = QObject::tr("The variable \"%1\" of \"%2\" looks like a key; keys "
                                         "are kept in the keychain, never in a collection.")
                                 .arg(value.key(), environment.key());
                return false;
            }
            variables.insert(value.key(), *value);
        }
        root.insert(environment.key(), variables);
    }
    QSaveFile file(QDir(folder).filePath(QLatin1String(FileName)));
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QStringList CollectionEnvironments::names() const
{
    QStringList names = m_public.keys();
    for (const QString &name : m_private.keys())
        if (!names.contains(name))
            names.append(name);
    names.removeAll(SharedName);
    names.sort();
    return names;
}

QMap<QString, QString> CollectionEnvironments::variables(const QString &environment) const
{
    QMap<QString, QString> merged;
    for (const auto *source : {&m_public, &m_private}) // the private file overrides
        merged.insert(source->value(SharedName));
    for (const auto *source : {&m_public, &m_private})
        merged.insert(source->value(environment));
    return merged;
}

void CollectionEnvironments::setVariables(const QString &environment,
                                          const QMap<QString, QString> &variables)
{
    m_public.insert(environment, variables);
}

void CollectionEnvironments::remove(const QString &environment)
{
    m_public.remove(environment);
}

QList<VariableUse> variableUses(const QString &text)
{
    QList<VariableUse> uses;
    qsizetype at = 0;
    while (true) {
        const qsizetype begin = text.indexOf(QLatin1String("{{"), at);
        if (begin < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), begin + 2);
        if (close < 0)
            break;
        // "{{a {{b}}": the innermost opening counts.
        const qsizetype inner = text.lastIndexOf(QLatin1String("{{"), close);
        VariableUse use;
        use.begin = inner;
        use.end = close + 2;
        use.name = text.mid(inner + 2, close - inner - 2).trimmed();
        if (!use.name.isEmpty())
            uses.append(use);
        at = close + 2;
    }
    return uses;
}

ResolvedHttpRequest resolveHttpRequest(const HttpRequestText &request, const VariableScope &scope,
                                       const Environment &environment)
{
    ResolvedHttpRequest resolved;
    Substitution substitution(scope);
    QString problem;
    const auto setProblem = [&problem](const QString &text) {
        if (problem.isEmpty())
            problem = text;
    };

    resolved.request.method = request.method.trimmed().toUpper().toLatin1();
    QString url = substitution.apply(request.url).trimmed(); // first: names are listed in order
    for (const HttpHeaderLine &header : request.headers) {
        if (isHeader(header.name, HeaderName::ApiKey)) {
            // The explorer sends the current key in the placeholder's place.
            if (!isPlaceholder(header.value))
                setProblem(literalKeyProblem(request));
            continue;
        }
        const QString value = substitution.apply(header.value);
        if (isHeader(header.name, HeaderName::PracticeGroupId))
            resolved.practiceGroup = value.trimmed();
        else
            resolved.request.extraHeaders.append(
                {substitution.apply(header.name).trimmed().toLatin1(), value.toUtf8()});
    }
    resolved.request.body = substitution.apply(request.body).toUtf8();

    if (const qsizetype hash = url.indexOf(u'#'); hash >= 0)
        url.truncate(hash); // a fragment is never sent
    QString pathAndQuery;
    const QString scheme = url.section(u':', 0, 0).toLower();
    if (url.startsWith(u'/')) {
        pathAndQuery = url;
    } else if (url.contains(QLatin1String("://")) && (scheme == u"http" || scheme == u"https")) {
        const QUrl absolute(url);
        const QString origin = originOf(absolute);
        const qsizetype pathStart = url.indexOf(u'/', url.indexOf(QLatin1String("://")) + 3);
        pathAndQuery = pathStart < 0 ? QStringLiteral("/") : url.mid(pathStart);
        if (!absolute.isValid() || origin != environment.origin()) {
            setProblem(QObject::tr("The URL's origin %1 is not %2's origin %3; the key is only "
                                   "sent to that origin.")
                           .arg(absolute.isValid() ? origin : url, environment.name,
                                environment.origin()));
        } else {
            // ApiClient puts the base URL's own path in front of the request's path.
            QString prefix = environment.baseUrl.path(QUrl::FullyEncoded);
            while (prefix.endsWith(u'/'))
                prefix.chop(1);
            if (!prefix.isEmpty()) {
                if (pathAndQuery == prefix || pathAndQuery.startsWith(prefix + u'/')
                    || pathAndQuery.startsWith(prefix + u'?'))
                    pathAndQuery = pathAndQuery.mid(prefix.size());
                else
                    setProblem(QObject::tr("The URL %1 is outside %2's base path %3.")
                                   .arg(url, environment.name, prefix));
                if (!pathAndQuery.startsWith(u'/'))
                    pathAndQuery.prepend(u'/');
            }
        }
    } else if (!url.isEmpty()) {
        setProblem(QObject::tr("The URL %1 is neither a path starting with '/' nor an http(s) "
                               "URL.")
                       .arg(url));
    } else {
        setProblem(QObject::tr("The request has no URL."));
    }
    const qsizetype question = pathAndQuery.indexOf(u'?');
    resolved.request.path = question < 0 ? pathAndQuery : pathAndQuery.left(question);
    if (question >= 0)
        resolved.request.query = queryItems(pathAndQuery.mid(question + 1));

    resolved.unresolved = substitution.unresolved;
    if (!substitution.problem.isEmpty())
        setProblem(substitution.problem);
    if (!resolved.unresolved.isEmpty())
        setProblem(QObject::tr("Not defined: %1.")
                       .arg(u"{{" + resolved.unresolved.join(QLatin1String("}}, {{")) + u"}}"));
    resolved.problem = problem;
    return resolved;
}

QString literalKeyProblem(const HttpRequestText &request)
{
    for (const HttpHeaderLine &header : request.headers)
        if (isHeader(header.name, HeaderName::ApiKey) && !isPlaceholder(header.value))
            return QObject::tr("The x-api-key header holds a literal value; a collection keeps "
                               "only the placeholder %1, and the explorer sends the key itself.")
                .arg(QLatin1String(KeyPlaceholder));
    return {};
}

HttpRequestText httpRequestFrom(const ApiRequest &request, const QString &name,
                                const QString &practiceGroup)
{
    HttpRequestText text;
    text.name = name;
    text.method = QString::fromLatin1(request.method);
    text.url = request.path;
    if (!request.query.isEmpty()) {
        QStringList items;
        for (const auto &item : request.query)
            items.append(QString::fromLatin1(QUrl::toPercentEncoding(item.first)) + u'='
                         + QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        text.url += u'?' + items.join(u'&');
    }
    for (const auto &header : request.extraHeaders) {
        const QString headerName = QString::fromLatin1(header.first);
        // The auth headers are the explorer's to add: never written from a request.
        if (isHeader(headerName, HeaderName::ApiKey)
            || isHeader(headerName, HeaderName::PracticeGroupId))
            continue;
        text.headers.append({headerName, QString::fromUtf8(header.second)});
    }
    if (!practiceGroup.isEmpty())
        text.headers.append({QString::fromLatin1(HeaderName::PracticeGroupId), practiceGroup});
    text.body = QString::fromUtf8(request.body);
    return text;
}
