// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/catalogue.h"
#include "collections/collectionimport.h"
#include "collections/httpfilestore.h"
#include "diagnosis/diagnosis.h"
#include "environments/environment.h"
#include "explorer/explorerservices.h"
#include "keys/keyprofile.h"
#include "session/requestsession.h"
#include "session/workspace.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class CollectionsPanel;
class EndpointBrowser;
class HistoryPanel;
class KeyManagerDialog;
class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class RateLimitGauge;
class RequestTab;
class RunnerView;
class TargetBar;
struct HistoryRequest;

// The explorer's main window. It lays out the target toolbar (environment, key, practice
// group) over the current tab, the endpoint catalogue, the request tabs and the side panel,
// and forwards what the user asks for to the current tab's RequestSession.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const ExplorerServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    RequestTab *currentTab() const;
    int tabCount() const;
    RequestTab *tab(int index) const;
    // Opens a fresh tab aimed where the current one is, and makes it current.
    RequestTab *newTab();
    // Closes the tab, cancelling its request; closing the last leaves one fresh tab.
    void closeTab(int index);
    // The catalogue's choice: into the current tab while it is untouched, else a new tab.
    void openOperation(const Operation &operation, bool inNewTab = false);

    // The current tab's target and result.
    Environment currentEnvironment() const;
    KeyProfile currentKey() const;
    QString currentPracticeGroup() const;
    // Switches environment by id ("staging", "sandbox", …); false when there is no such one.
    bool selectEnvironment(const QString &id);
    void selectPracticeGroup(const QString &id);
    Diagnosis lastDiagnosis() const;

    using ImportMode = Workspace::ImportMode;
    // Workspace::importCatalogue, with its progress and outcome shown; reports through
    // catalogueImported().
    void importCatalogue(const QString &fileName, ImportMode mode);
    const Catalogue &catalogue() const;
    // Adds and remembers a custom environment; false and a reason when the URL is refused.
    bool addCustomEnvironment(const QString &name, const QString &baseUrl, const QString &caFile,
                              QString *error);

    // Loads a curl command into a new tab (File → Import curl…); false, with the reason shown
    // in that tab, when it cannot be read.
    bool importCurl(const QString &command);
    // Another tool's collection (Postman, Insomnia, Bruno, a file of curl commands) into a new
    // folder, read off the GUI thread; reports through collectionImported() and, when written,
    // opens the folder in the Collections panel.
    void importCollection(const QString &source, const QString &target);

    // Production asks before any non-GET; tests answer through this hook instead of a dialog.
    void setProductionConfirmer(std::function<bool(const QString &question)> confirmer);

    // Collections. Opens a request of a .http file: the tab that already holds it, else the
    // current tab while untouched, else a new one.
    RequestTab *openCollectionRequest(const HttpRequestRef &ref);
    // Ctrl+S: into the current tab's file, or asks where (Save As) the first time.
    bool saveCurrentRequest();
    bool saveCurrentRequestAs();
    // Where Save As puts a request: file and name; false when the user cancelled. Tests answer
    // through this hook instead of the dialog.
    using SaveLocationAsker = std::function<bool(RequestTab *tab, QString *file, QString *name)>;
    void setSaveLocationAsker(SaveLocationAsker asker);
    // Before a modified tab closes: Save, Discard or Cancel. Tests answer through the hook.
    enum class UnsavedChoice { Save, Discard, Cancel };
    void setUnsavedChangesAsker(std::function<UnsavedChoice(RequestTab *tab)> asker);
    // A file changed on disk while its tab has unsaved changes: true keeps the tab's version.
    void setReloadConflictAsker(std::function<bool(RequestTab *tab)> asker);
    // The files changed on disk (the collection's watcher): their tabs reload or ask.
    void collectionFilesChanged(const QStringList &paths);
    // Runs files and folders of a collection for the current tab's environment, key and
    // practice group in the runner (RunnerView), a window beside this one; with no paths, the
    // open collection, or a folder asked for. Returns the runner.
    RunnerView *runCollection(const QStringList &paths = {}, const QString &filter = {});
    RunnerView *runner() const;

    // The folder Save As offers first, and its .http files, relative to it.
    void setCollectionFolder(const QString &folder, const QStringList &files);

signals:
    void exchangeShown(const Exchange &exchange, const Diagnosis &diagnosis);
    void catalogueImported(bool ok, const QString &message);
    void collectionImported(const ImportSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildThemeMenu(QMenu *menu);
    void buildWorkspace();
    void askImportCatalogue();
    void askImportCurl();
    void askImportCollection();
    void showCollectionImport(const ImportSummary &summary, const QString &target);
    void showImportOutcome(bool ok, const QString &message);
    void askAddCustomEnvironment();
    RequestTab *addTab();
    void onCurrentTabChanged();
    void updateTabLabel(RequestTab *tab);
    // The toolbar, banner, title and gauge show the current tab's session.
    void showTarget();
    void updateWindowTitle();
    void openKeyManager(const QString &environmentId = QString());
    void exploreSandbox();
    void updateWelcome();
    void reopen(const HistoryRequest &request);
    void showRateDetails();
    void updateTabOrder();
    void restoreSettings();
    void saveSettings();
    // Asks about a modified tab before it goes; false when the user cancelled.
    bool mayClose(RequestTab *tab);
    // The current request into a new tab, then Save As: catalogue and history into collections.
    void saveIntoCollection(RequestTab *tab);

    ExplorerServices m_services;
    Workspace *const m_workspace;
    std::function<bool(const QString &)> m_confirmProduction;
    QPointer<RequestTab> m_current;
    bool m_animations = true;

    TargetBar *const m_targetBar;
    QStackedWidget *const m_pages;
    QSplitter *const m_mainSplitter;
    EndpointBrowser *const m_browser;
    QTabWidget *const m_requestTabs;
    QTabWidget *const m_sideTabs;
    QStackedWidget *const m_flowPages; // each tab's cross-organisational flow page
    HistoryPanel *m_history = nullptr;
    CollectionsPanel *m_collections = nullptr;
    QPointer<RunnerView> m_runner;
    RateLimitGauge *const m_gauge;
    QMenu *m_requestMenu = nullptr;
    QPointer<KeyManagerDialog> m_keyManager;
    SaveLocationAsker m_askSaveLocation;
    std::function<UnsavedChoice(RequestTab *)> m_askUnsaved;
    std::function<bool(RequestTab *)> m_askReloadConflict;
    QString m_collectionFolder;
    QStringList m_collectionFiles;
};
