// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/httprequesttext.h"
#include "environments/environment.h"
#include "http/apiclient.h"

#include <QMap>
#include <QString>

// The standard environment file of a collection folder, http-client.env.json:
// {"staging": {"practiceGroup": "1001"}, "$shared": {…}}. Values are strings (numbers and
// booleans are read as their text). http-client.private.env.json, when present, is read and
// its values override; the explorer never writes it.
class CollectionEnvironments
{
public:
    static constexpr const char *FileName = "http-client.env.json";
    static constexpr const char *PrivateFileName = "http-client.private.env.json";

    // A missing file is an empty set; a broken one fails naming the file, line and problem.
    static bool load(const QString &folder, CollectionEnvironments *out, QString *error);
    // Writes http-client.env.json atomically (QSaveFile); refuses a value that looks like a key
    // under a key-like name (x-api-key, apiKey, …), naming it.
    bool save(const QString &folder, QString *error) const;

    QStringList names() const; // without "$shared"
    // "$shared", then the named environment, then the private file's values for it.
    QMap<QString, QString> variables(const QString &environment) const;
    void setVariables(const QString &environment, const QMap<QString, QString> &variables);
    void remove(const QString &environment);

private:
    QMap<QString, QMap<QString, QString>> m_public;
    QMap<QString, QMap<QString, QString>> m_private;
};

// A {{…}} in a request's text.
struct VariableUse
{
    qsizetype begin = 0; // of "{{"
    qsizetype end = 0; // after "}}"
    QString name; // trimmed inside: "practiceGroup", "created.id", "$processEnv HERO_API_KEY"
};
QList<VariableUse> variableUses(const QString &text);

// Where {{names}} come from, highest priority first: file variables, then the environment's.
// Besides these, {{$uuid}} ({{$random.uuid}}), {{$timestamp}}, {{$isoTimestamp}} and
// {{$randomInt}} (0-1000) are made up; {{$processEnv NAME}} is read only as the x-api-key
// placeholder and refused anywhere else (docs/collections.md).
struct VariableScope
{
    QMap<QString, QString> fileVariables;
    QMap<QString, QString> environment;
};

// The form that httpyac and the JetBrains client read the key from.
inline constexpr const char *KeyPlaceholder = "{{$processEnv HERO_API_KEY}}";

// A .http request made ready for ApiClient: variables substituted, the URL checked against the
// environment, the auth headers taken out (the explorer adds its own).
struct ResolvedHttpRequest
{
    ApiRequest request;
    QString practiceGroup; // the request's own x-practice-group-id; empty: the current group
    QStringList unresolved; // names of {{variables}} no scope has, each once, in order
    // Why it cannot be sent ("the URL's origin … is not staging's origin …", "Not defined:
    // {{from}}."); empty when it can. The first problem found; unresolved names make one too.
    QString problem;
};
ResolvedHttpRequest resolveHttpRequest(const HttpRequestText &request, const VariableScope &scope,
                                       const Environment &environment);

// The text with every {{variable}} the scope has filled in (dynamic ones like {{$uuid}} too);
// the names it lacks are left as written and listed in *unresolved.
QString substituteVariables(const QString &text, const VariableScope &scope,
                            QStringList *unresolved = nullptr);

// Why this request may not be saved: an x-api-key header whose value is not a {{placeholder}}.
// Empty when it may.
QString literalKeyProblem(const HttpRequestText &request);

// The composer's request as a .http request (path and query as the URL, the extra headers, the
// body); practiceGroup, when not empty, becomes its x-practice-group-id header.
HttpRequestText httpRequestFrom(const ApiRequest &request, const QString &name,
                                const QString &practiceGroup = {});
