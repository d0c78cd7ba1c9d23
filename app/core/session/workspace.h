// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/catalogue.h"
#include "environments/customenvironmentinput.h"
#include "environments/environment.h"
#include "explorer/explorerservices.h"
#include "session/explorersettings.h"

#include <QObject>

#include <functional>

class HistoryStore;
class KeyRing;
class NetworkMap;
class RequestRunner;

// What every request session shares: the environment list, the key ring, the request runner
// and its rate limiter, the history, the catalogue, the network map and the typed settings.
// Environments live here once; a session holds only the id of the one it targets.
class Workspace : public QObject
{
    Q_OBJECT
public:
    using SandboxStarter = std::function<QUrl(QString *error)>;

    // runner and history may be null (a window without a network in some tests).
    Workspace(QSettings *settings, KeyRing *keys, RequestRunner *runner, HistoryStore *history,
              SandboxStarter startSandbox, QObject *parent = nullptr);
    // Over what the composition root hands the window (ExplorerParts::services()).
    explicit Workspace(const ExplorerServices &services, QObject *parent = nullptr);
    ~Workspace() override;

    ExplorerSettings &settings() { return m_settings; }
    KeyRing *keys() const { return m_keys; }
    RequestRunner *runner() const { return m_runner; }
    HistoryStore *history() const { return m_history; }
    NetworkMap *networkMap() const { return m_networkMap; }

    const QList<Environment> &environments() const { return m_environments; }
    // The environment of that id, or one with an empty id.
    Environment environment(const QString &id) const;
    // Makes the environment usable: starts the embedded sandbox (and adds its keys) on first
    // use. False and a reason when it cannot start; the environment stays selectable.
    bool prepare(const QString &id, QString *error);
    // Adds and remembers a custom environment (its name, URL and CA file already checked) and
    // returns its id.
    QString addCustomEnvironment(const QString &name, const QUrl &baseUrl, const QString &caFile);
    // Checks what the user typed and adds it; its id, or empty and the first problem.
    QString addCustomEnvironment(const CustomEnvironmentInput &input, QString *error);
    // Partners may agree other limits with Hero, so each environment keeps its own.
    void setRateLimit(const QString &environmentId, int limit, int windowSeconds);

    const Catalogue &catalogue() const { return m_catalogue; }
    void setCatalogue(const Catalogue &catalogue);
    void mergeCatalogue(const Catalogue &catalogue);
    enum class ImportMode { Add, Replace };
    Q_ENUM(ImportMode)
    // Parses an OpenAPI 3 file (JSON or YAML) off the calling thread; on success adds it to or
    // replaces the catalogue, on failure leaves the catalogue as it was. Reports once through
    // catalogueImported().
    void importCatalogue(const QString &fileName, ImportMode mode);

    // A key saved by the user, not a session-only one.
    bool hasOwnKey() const;

signals:
    void environmentsChanged();
    // An environment's base URL or rate limit changed.
    void environmentChanged(const QString &id);
    void catalogueChanged();
    // The outcome of importCatalogue(), in a sentence for the user.
    void catalogueImported(bool ok, const QString &message);

private:
    ExplorerSettings m_settings;
    KeyRing *const m_keys;
    RequestRunner *const m_runner;
    HistoryStore *const m_history;
    NetworkMap *const m_networkMap;
    SandboxStarter m_startSandbox;
    QList<Environment> m_environments;
    Catalogue m_catalogue;
};
