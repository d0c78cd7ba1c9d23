// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/httpfilestore.h"

#include "environments/environment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

// The texts of this file, in the context "HttpFileStore" for lupdate and the translators.
struct HttpFileStoreTexts
{
    Q_DECLARE_TR_FUNCTIONS(HttpFileStore)
};

} // namespace

bool readHttpFile(const QString &path, HttpFile *file, QString *error)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = HttpFileStoreTexts::tr("Cannot read %1: %2")
                     .arg(QDir::toNativeSeparators(path), in.errorString());
        return false;
    }
    *file = HttpFile::parse(in.readAll());
    return true;
}

bool writeHttpFile(const QString &path, const HttpFile &file, QString *error)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes()) != file.bytes().size()
        || !out.commit()) {
        *error = HttpFileStoreTexts::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

QString environmentFolderFor(const QString &filePath)
{
    const QString own = QFileInfo(filePath).absolutePath();
    for (QDir dir(own);;) {
        if (dir.exists(QString::fromLatin1(CollectionEnvironments::FileName)))
            return dir.absolutePath();
        if (!dir.cdUp())
            return own;
    }
}

QString collectionEnvironmentName(const Environment &environment)
{
    return environment.id;
}

QMap<QString, QString> environmentVariablesFor(const QString &filePath,
                                               const Environment &environment, QString *error)
{
    QMap<QString, QString> variables;
    CollectionEnvironments environments;
    if (CollectionEnvironments::load(environmentFolderFor(filePath), &environments, error))
        variables = environments.variables(collectionEnvironmentName(environment));
    // {{baseUrl}} is the environment's own address unless the file says otherwise: a collection
    // then runs on the sandbox, whose port changes from run to run, and on a custom origin.
    if (!variables.contains(QStringLiteral("baseUrl")) && environment.baseUrl.isValid())
        variables.insert(QStringLiteral("baseUrl"),
                         environment.baseUrl.toString(QUrl::StripTrailingSlash));
    return variables;
}

VariableScope variableScopeFor(const QString &filePath, const HttpFile &file,
                               const Environment &environment, QString *error)
{
    VariableScope scope;
    for (const auto &[name, value] : file.fileVariables())
        scope.fileVariables.insert(name, value);
    scope.environment = environmentVariablesFor(filePath, environment, error);
    return scope;
}

int HttpRequestRef::find(const HttpFile &file) const
{
    if (!name.isEmpty())
        return file.indexOf(name);
    return index >= 0 && index < file.requests().size() ? index : -1;
}
