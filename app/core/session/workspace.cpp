// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "workspace.h"

#include "crossorg/networkmap.h"
#include "environments/environmentsettings.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/sandboxkeys.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

Workspace::Workspace(QSettings *settings, KeyRing *keys, RequestRunner *runner,
                     HistoryStore *history, SandboxStarter startSandbox, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_runner(runner)
    , m_history(history)
    , m_networkMap(new NetworkMap(this))
    , m_startSandbox(std::move(startSandbox))
    , m_environments(loadEnvironments(settings))
    , m_catalogue(Catalogue::bundled())
{
}

Workspace::Workspace(const ExplorerServices &services, QObject *parent)
    : Workspace(services.settings, services.keys, services.runner, services.history,
                services.startSandbox, parent)
{
}

Workspace::~Workspace() = default;

Environment Workspace::environment(const QString &id) const
{
    for (const Environment &environment : m_environments) {
        if (environment.id == id)
            return environment;
    }
    return Environment();
}

bool Workspace::prepare(const QString &id, QString *error)
{
    for (Environment &environment : m_environments) {
        if (environment.id != id)
            continue;
        if (environment.kind != EnvironmentKind::Sandbox || !environment.baseUrl.isEmpty())
            return true;
        const QUrl url = m_startSandbox ? m_startSandbox(error) : QUrl();
        if (url.isEmpty())
            return false;
        environment.baseUrl = url;
        m_keys->addSandboxKeys(loadSandboxKeys());
        emit environmentChanged(id);
        return true;
    }
    return false;
}

QString Workspace::addCustomEnvironment(const QString &name, const QUrl &baseUrl,
                                        const QString &caFile)
{
    Environment custom = builtInEnvironment(EnvironmentKind::Custom);
    custom.name = name;
    custom.baseUrl = baseUrl;
    custom.caFile = caFile;
    int number = 1;
    for (const Environment &environment : qAsConst(m_environments))
        number += environment.kind == EnvironmentKind::Custom ? 1 : 0;
    custom.id = QStringLiteral("custom-%1").arg(number);
    m_environments.append(custom);
    saveCustomEnvironments(m_settings.settings(), m_environments);
    emit environmentsChanged();
    return custom.id;
}

QString Workspace::addCustomEnvironment(const CustomEnvironmentInput &input, QString *error)
{
    if (const QMap<CustomEnvironmentInput::Field, QString> problems = input.problems();
        !problems.isEmpty()) {
        *error = problems.first();
        return QString();
    }
    return addCustomEnvironment(input.name.trimmed(),
                                QUrl(input.baseUrl.trimmed(), QUrl::StrictMode), input.caFile);
}

void Workspace::setRateLimit(const QString &environmentId, int limit, int windowSeconds)
{
    for (Environment &environment : m_environments) {
        if (environment.id != environmentId)
            continue;
        environment.rateLimit = limit;
        environment.rateWindowSeconds = windowSeconds;
        saveRateLimit(m_settings.settings(), environment);
        emit environmentChanged(environmentId);
    }
}

void Workspace::setCatalogue(const Catalogue &catalogue)
{
    m_catalogue = catalogue;
    emit catalogueChanged();
}

void Workspace::mergeCatalogue(const Catalogue &catalogue)
{
    m_catalogue.merge(catalogue);
    emit catalogueChanged();
}

void Workspace::importCatalogue(const QString &fileName, ImportMode mode)
{
    auto *watcher = new QFutureWatcher<CatalogueLoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName, mode] {
        const CatalogueLoadResult result = watcher->result();
        watcher->deleteLater();
        const QString name = QFileInfo(fileName).fileName();
        if (!result.ok()) {
            emit catalogueImported(
                false,
                tr("%1 was not imported: %2. The catalogue is unchanged.").arg(name, result.error));
            return;
        }
        if (mode == ImportMode::Replace)
            setCatalogue(result.catalogue);
        else
            mergeCatalogue(result.catalogue);
        emit catalogueImported(
            true,
            tr("Imported %n operation(s) from %1.", "", int(result.catalogue.operations.size()))
                .arg(name));
    });
    watcher->setFuture(QtConcurrent::run([fileName] { return Catalogue::loadFile(fileName); }));
}

bool Workspace::hasOwnKey() const
{
    for (const KeyProfile &key : m_keys->profiles()->profiles()) {
        if (!key.sessionOnly)
            return true;
    }
    return false;
}
