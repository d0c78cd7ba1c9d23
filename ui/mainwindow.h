// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/catalogue.h"
#include "diagnosis/diagnosis.h"
#include "environments/environment.h"
#include "explorer/explorerservices.h"
#include "export/supportreport.h"
#include "http/apiclient.h"
#include "keys/keyprofile.h"
#include "session/requestrun.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class CrossOrgPanel;
class DiagnosisPanel;
class EndpointBrowser;
class NetworkMap;
class NetworkMapView;
class HistoryPanel;
class KeyManagerDialog;
class QTabWidget;
class QTimer;
class RateLimitGauge;
struct HistoryRequest;
class PracticeGroupDirectory;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class RequestComposer;
class RequestRun;
class ResponseViewer;

// The explorer's one main window: where a request goes (environment, key, practice group),
// the endpoint catalogue, the composer and the response.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ExplorerServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    Environment currentEnvironment() const { return m_environment; }
    KeyProfile currentKey() const;
    QString currentPracticeGroup() const;
    // Switches environment by id ("staging", "sandbox", …); false when there is no such one.
    bool selectEnvironment(const QString &id);
    void selectPracticeGroup(const QString &id);
    // The diagnosis of the last finished exchange.
    Diagnosis lastDiagnosis() const { return m_lastDiagnosis; }

    enum class ImportMode { Add, Replace };
    // Parses an OpenAPI 3 file (JSON or YAML) off the GUI thread; on success adds it to or
    // replaces the catalogue, on failure leaves the catalogue as it was. Reports through
    // catalogueImported().
    void importCatalogue(const QString &fileName, ImportMode mode);
    const Catalogue &catalogue() const { return m_catalogue; }
    // Adds and remembers a custom environment; false and a reason when the URL is refused.
    bool addCustomEnvironment(const QString &name, const QString &baseUrl, const QString &caFile,
                              QString *error);

    // Production asks before any non-GET; tests answer through this hook instead of a dialog.
    void setProductionConfirmer(std::function<bool(const QString &question)> confirmer);

signals:
    void exchangeShown(const Exchange &exchange, const Diagnosis &diagnosis);
    void catalogueImported(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildToolBar();
    void askImportCatalogue();
    void askAddCustomEnvironment();
    void buildWorkspace();
    QWidget *buildWelcomePane();
    void populateEnvironments();
    void onEnvironmentChanged(int index);
    void refreshKeys();
    void onKeyChanged();
    void onPracticeGroupEdited();
    void updateCrossOrgHint();
    // Beside the practice group field: why it cannot be sent for; empty hides it.
    void showPracticeGroupProblem(const QString &problem);
    // Runs change (a reset of the group directory) without the picker's passing first row
    // counting as a choice, then shows group again.
    void changeGroupsKeeping(const QString &group, const std::function<void()> &change);
    // Environment, key or group changed: the hint, the gauge and the map follow, and results
    // that answered another target are cleared.
    void onTargetChanged();
    QString targetId() const; // environment, key and group, as one comparable string
    QString mapKey() const; // the network map's entry: this key in this environment
    void updateProductionMarking();
    void fetchPracticeGroups();
    // A check with the key acting for its home group (or the group picked, when it has none).
    RunTarget homeTarget(const Environment &environment, const KeyProfile &key) const;
    void send(const ApiRequest &request);
    void showExchange(const Exchange &exchange);
    DiagnosisContext diagnosisContext(const ApiRequest &request) const;
    void openKeyManager(const QString &environmentId = QString());
    void testKey(const QString &profileId);
    void exploreSandbox();
    void updateWelcome();
    bool hasOwnKey() const; // a key saved by the user, not a session-only one
    void reopen(const HistoryRequest &request);
    void onNextStep(NextStep::Action action);
    void openDoctor();
    ReportContext reportContext() const;
    QMap<QString, QString> practiceGroupNames() const;
    void refreshGauge();
    void showWait();
    void showRateDetails();
    void setRateLimit(const QString &environmentId, int limit, int windowSeconds);
    QString currentRateKey() const;
    void updateTabOrder();
    void restoreSettings();
    void saveSettings();

    ExplorerServices m_services;
    Catalogue m_catalogue;
    QList<Environment> m_environments;
    Environment m_environment;
    Diagnosis m_lastDiagnosis;
    Exchange m_lastExchange;
    std::function<bool(const QString &)> m_confirmProduction;
    QPointer<RequestRun> m_run;
    ApiRequest m_lastRequest;
    QString m_sentTargetId; // targetId() when the request in flight was sent
    QString m_shownTargetId; // targetId() of the results on screen; empty when none

    QComboBox *const m_environmentCombo;
    QComboBox *const m_keyCombo;
    QComboBox *const m_groupCombo;
    QLabel *const m_crossOrgHint;
    QLabel *const m_groupProblem; // under the toolbar: always in view, unlike the toolbar's end
    QAction *m_groupProblemMark = nullptr; // the warning sign inside the practice group field
    QPushButton *const m_keysButton;
    QLabel *const m_productionBanner;
    QStackedWidget *const m_pages;
    QSplitter *const m_mainSplitter;
    QSplitter *const m_centerSplitter;
    EndpointBrowser *const m_browser;
    RequestComposer *const m_composer;
    ResponseViewer *const m_viewer;
    PracticeGroupDirectory *const m_groups;
    QTabWidget *const m_sideTabs;
    DiagnosisPanel *const m_diagnosisPanel;
    NetworkMap *const m_networkMap;
    CrossOrgPanel *const m_flowPanel;
    NetworkMapView *const m_mapView;
    HistoryPanel *m_history = nullptr;
    RateLimitGauge *const m_gauge;
    QTimer *const m_waitTimer;
    RequestRun::Stage m_waitStage = RequestRun::Stage::Finished;
    QDateTime m_waitUntil;
    QPointer<KeyManagerDialog> m_keyManager;
};
