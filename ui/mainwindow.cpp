// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "collections/collectionfolder.h"
#include "collections/curlimport.h"
#include "collectionspanel.h"
#include "crossorgpanel.h"
#include "customenvironmentdialog.h"
#include "diagnosispanel.h"
#include "endpointbrowser.h"
#include "focuschain.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "keymanagerdialog.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "ratelimitdetails.h"
#include "ratelimitgauge.h"
#include "requestcomposer.h"
#include "requesttab.h"
#include "responseviewer.h"
#include "runnerview.h"
#include "saverequestdialog.h"
#include "session/workspace.h"
#include "shortcutsdialog.h"
#include "targetbar.h"
#include "tones.h"
#include "welcomepane.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

enum Page { WelcomePage, WorkspacePage };

} // namespace

MainWindow::MainWindow(const ExplorerServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_workspace(new Workspace(services, this))
    , m_targetBar(new TargetBar(services.keys->profiles(), this))
    , m_pages(new QStackedWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_browser(new EndpointBrowser(this))
    , m_requestTabs(new QTabWidget(this))
    , m_sideTabs(new QTabWidget(this))
    , m_flowPages(new QStackedWidget(this))
    , m_gauge(new RateLimitGauge(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_confirmProduction = [this](const QString &question) {
        return confirmSendToProduction(this, question);
    };
    m_askSaveLocation = [this](RequestTab *tab, QString *file, QString *name) {
        const QString suggested = tab->collectionRequest().isValid() ? tab->title() : QString();
        SaveRequestDialog dialog(m_collectionFolder, m_collectionFiles,
                                 suggested.isEmpty() ? tab->title() : suggested, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *file = dialog.filePath();
        *name = dialog.name();
        return true;
    };
    m_askUnsaved = [this](RequestTab *tab) {
        QMessageBox box(
            QMessageBox::Question, tr("Unsaved request"),
            tr("“%1” has changes that are not saved in %2.")
                .arg(tab->title(), QDir::toNativeSeparators(tab->collectionRequest().filePath)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return UnsavedChoice::Save;
        case QMessageBox::Discard:
            return UnsavedChoice::Discard;
        default:
            return UnsavedChoice::Cancel;
        }
    };
    m_askReloadConflict = [this](RequestTab *tab) {
        QMessageBox box(
            QMessageBox::Question, tr("Changed on disk"),
            tr("“%1” changed in %2 while you were editing it here.")
                .arg(tab->title(), QDir::toNativeSeparators(tab->collectionRequest().filePath)),
            QMessageBox::NoButton, this);
        QPushButton *mine = box.addButton(tr("Keep &mine"), QMessageBox::RejectRole);
        box.addButton(tr("Take the &file's"), QMessageBox::AcceptRole);
        box.setDefaultButton(mine);
        box.exec();
        return box.clickedButton() == mine;
    };
    m_animations = m_workspace->settings().animations(!Tones::prefersReducedMotion());
    Tones::applyTheme(Tones::themeFromKey(m_workspace->settings().theme()));
    buildMenus();
    addToolBar(m_targetBar);
    connect(m_targetBar, &TargetBar::environmentPicked, this, &MainWindow::selectEnvironment);
    connect(m_targetBar, &TargetBar::keysRequested, this, [this] { openKeyManager(); });
    buildWorkspace();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_gauge->setObjectName(QStringLiteral("rateGauge"));
    statusBar()->addPermanentWidget(m_gauge);
    connect(m_gauge, &RateLimitGauge::clicked, this, &MainWindow::showRateDetails);
    if (m_services.history) {
        connect(m_services.history, &HistoryStore::notice, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    }
    connect(m_services.keys->profiles(), &KeyProfileStore::changed, this, [this] {
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->session()->refreshKey();
        showTarget();
        updateWelcome();
    });
    connect(m_workspace, &Workspace::environmentsChanged, this, [this] {
        m_targetBar->setEnvironments(m_workspace->environments());
        if (m_keyManager)
            m_keyManager->setEnvironments(m_workspace->environments());
    });
    m_targetBar->setEnvironments(m_workspace->environments());
    restoreSettings();
    updateWelcome();
    updateTabOrder();
    connect(this, &MainWindow::exchangeShown, this, &MainWindow::updateTabOrder);
}

MainWindow::~MainWindow() = default;

void MainWindow::updateTabOrder()
{
    // Tab follows the reading order: the toolbar left to right, the welcome pane, then the
    // catalogue, the request tabs, the current request's composer, diagnosis and response, the
    // side tabs and the gauge.
    RequestTab *current = currentTab();
    chainTabStops({m_targetBar, m_pages->widget(WelcomePage), m_browser, m_requestTabs->tabBar(),
                   current->composer(), current->diagnosisPanel(), current->viewer(), m_sideTabs,
                   m_gauge});
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newTabAction = file->addAction(tr("New &tab"), this, [this] { newTab(); });
    newTabAction->setObjectName(QStringLiteral("newTabAction"));
    newTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    QAction *closeTabAction = file->addAction(tr("&Close tab"), this,
                                              [this] { closeTab(m_requestTabs->currentIndex()); });
    closeTabAction->setObjectName(QStringLiteral("closeTabAction"));
    closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    file->addSeparator();
    QAction *save = file->addAction(tr("&Save request"), this, [this] { saveCurrentRequest(); });
    save->setObjectName(QStringLiteral("saveRequestAction"));
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs =
        file->addAction(tr("Save request &as…"), this, [this] { saveCurrentRequestAs(); });
    saveAs->setObjectName(QStringLiteral("saveRequestAsAction"));
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *import =
        file->addAction(tr("&Import OpenAPI file…"), this, &MainWindow::askImportCatalogue);
    import->setObjectName(QStringLiteral("importCatalogueAction"));
    import->setShortcut(QKeySequence::Open);
    QAction *importCurlAction =
        file->addAction(tr("Import c&url…"), this, &MainWindow::askImportCurl);
    importCurlAction->setObjectName(QStringLiteral("importCurlAction"));
    QAction *importCollectionAction =
        file->addAction(tr("Import co&llection (Postman, Insomnia, Bruno)…"), this,
                        &MainWindow::askImportCollection);
    importCollectionAction->setObjectName(QStringLiteral("importCollectionAction"));
    QAction *reset = file->addAction(tr("&Restore the Hero catalogue"), this, [this] {
        m_workspace->setCatalogue(Catalogue::bundled());
        statusBar()->showMessage(tr("The bundled Hero catalogue is back."), 5000);
    });
    reset->setObjectName(QStringLiteral("restoreCatalogueAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *environment = menuBar()->addMenu(tr("&Environment"));
    QAction *addCustom = environment->addAction(tr("&Add custom environment…"), this,
                                                &MainWindow::askAddCustomEnvironment);
    addCustom->setObjectName(QStringLiteral("addEnvironmentAction"));
    QAction *keys = environment->addAction(tr("Manage &keys…"), this,
                                           [this] { openKeyManager(currentEnvironment().id); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    // The current tab's Send and Find join this menu (onCurrentTabChanged): they work from
    // anywhere in the window, and only for the request in view.
    m_requestMenu = menuBar()->addMenu(tr("Re&quest"));
    QAction *findEndpoint =
        m_requestMenu->addAction(tr("Find an &endpoint"), m_browser, &EndpointBrowser::focusFilter);
    findEndpoint->setObjectName(QStringLiteral("findEndpointAction"));
    findEndpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    QAction *run =
        m_requestMenu->addAction(tr("&Run collection…"), this, [this] { runCollection(); });
    run->setObjectName(QStringLiteral("runCollectionAction"));
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const auto moveBy = [this](int step) {
        return [this, step] {
            const int count = m_requestTabs->count();
            m_requestTabs->setCurrentIndex((m_requestTabs->currentIndex() + step + count) % count);
        };
    };
    QAction *next = view->addAction(tr("&Next tab"), this, moveBy(1));
    next->setObjectName(QStringLiteral("nextTabAction"));
    next->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    QAction *previous = view->addAction(tr("&Previous tab"), this, moveBy(-1));
    previous->setObjectName(QStringLiteral("previousTabAction"));
    previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                            QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    view->addSeparator();
    QAction *motion = view->addAction(tr("&Animate the cross-organisational flow"));
    motion->setObjectName(QStringLiteral("animationsAction"));
    motion->setCheckable(true);
    // Off when the user turned it off here, or when the desktop asks for reduced motion.
    motion->setChecked(m_animations);
    connect(motion, &QAction::toggled, this, [this](bool on) {
        m_animations = on;
        for (int i = 0; i < tabCount(); ++i)
            tab(i)->setAnimationsEnabled(on);
        m_workspace->settings().setAnimations(on);
    });
    buildThemeMenu(view->addMenu(tr("&Theme")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Hero API Explorer"), this, [this] {
        QMessageBox::about(
            this, tr("About Hero API Explorer"),
            tr("<b>Hero API Explorer %1</b><br>Explore and diagnose the Hero Health Public "
               "API.<br><br>Keys are kept only in this computer's keychain and sent only to "
               "the environment they belong to. Built with Qt %2.")
                .arg(QStringLiteral(HERO_VERSION), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::askImportCatalogue()
{
    const QString fileName =
        QFileDialog::getOpenFileName(this, tr("Import an OpenAPI file"), QString(),
                                     tr("OpenAPI documents (*.json *.yaml *.yml);;All files (*)"));
    if (fileName.isEmpty())
        return;
    QMessageBox question(QMessageBox::Question, tr("Import OpenAPI file"),
                         tr("Add the file's operations to the catalogue, or replace the "
                            "catalogue with them?"),
                         QMessageBox::Cancel, this);
    QPushButton *add = question.addButton(tr("&Add"), QMessageBox::AcceptRole);
    QPushButton *replace = question.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    question.setDefaultButton(add);
    question.exec();
    if (question.clickedButton() == add)
        importCatalogue(fileName, ImportMode::Add);
    else if (question.clickedButton() == replace)
        importCatalogue(fileName, ImportMode::Replace);
}

void MainWindow::importCatalogue(const QString &fileName, ImportMode mode)
{
    statusBar()->showMessage(tr("Reading %1…").arg(QFileInfo(fileName).fileName()));
    m_workspace->importCatalogue(fileName, mode);
}

void MainWindow::showImportOutcome(bool ok, const QString &message)
{
    if (ok) {
        statusBar()->showMessage(message, 8000);
    } else {
        statusBar()->clearMessage();
        // The user just chose the file in a dialog: the failure answers there, not in the
        // status bar they are not looking at.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import OpenAPI file"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit catalogueImported(ok, message);
}

bool MainWindow::addCustomEnvironment(const QString &name, const QString &baseUrl,
                                      const QString &caFile, QString *error)
{
    const QString id = m_workspace->addCustomEnvironment({name, baseUrl, caFile}, error);
    return !id.isEmpty() && selectEnvironment(id);
}

void MainWindow::askAddCustomEnvironment()
{
    auto *dialog = new CustomEnvironmentDialog(
        [this](const CustomEnvironmentInput &input, QString *error) {
            return addCustomEnvironment(input.name, input.baseUrl, input.caFile, error);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::buildWorkspace()
{
    m_browser->setCatalogue(m_workspace->catalogue());
    connect(m_workspace, &Workspace::catalogueChanged, this,
            [this] { m_browser->setCatalogue(m_workspace->catalogue()); });
    connect(m_workspace, &Workspace::catalogueImported, this, &MainWindow::showImportOutcome);
    m_requestTabs->setObjectName(QStringLiteral("requestTabs"));
    m_requestTabs->setDocumentMode(true);
    m_requestTabs->setTabsClosable(true);
    m_requestTabs->setMovable(true);
    m_requestTabs->setUsesScrollButtons(true);
    // One request needs no tab bar, and at 1024×700 its height goes to the response instead;
    // the bar shows from the second tab on, as in Kate or Konsole.
    m_requestTabs->setTabBarAutoHide(true);
    m_requestTabs->tabBar()->setExpanding(false);
    m_requestTabs->tabBar()->setElideMode(Qt::ElideMiddle);
    auto *newTabButton = new QPushButton(QStringLiteral("+"), m_requestTabs);
    newTabButton->setObjectName(QStringLiteral("newTabButton"));
    newTabButton->setFlat(true);
    newTabButton->setFocusPolicy(Qt::NoFocus); // Ctrl+T does it from the keyboard
    newTabButton->setToolTip(tr("New tab (Ctrl+T)"));
    newTabButton->setAccessibleName(tr("New tab"));
    m_requestTabs->setCornerWidget(newTabButton, Qt::TopRightCorner);
    connect(newTabButton, &QPushButton::clicked, this, [this] { newTab(); });
    connect(m_requestTabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);
    connect(m_requestTabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);

    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_browser);
    m_mainSplitter->addWidget(m_requestTabs);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_flowPages->setObjectName(QStringLiteral("flowPages"));
    m_sideTabs->addTab(m_flowPages, tr("Cross-org f&low"));
    m_collections = new CollectionsPanel(m_services.settings, this);
    m_collections->setObjectName(QStringLiteral("collectionsPanel"));
    m_sideTabs->addTab(m_collections, tr("Collect&ions"));
    connect(m_collections, &CollectionsPanel::requestActivated, this,
            [this](const QString &file, int index, const HttpRequestText &request) {
                openCollectionRequest({file, request.name, index});
            });
    connect(m_collections, &CollectionsPanel::filesChanged, this,
            &MainWindow::collectionFilesChanged);
    // Save As offers the open collection's files.
    connect(m_collections->folder(), &CollectionFolder::snapshotChanged, this, [this] {
        const CollectionSnapshot &snapshot = m_collections->folder()->snapshot();
        QStringList files;
        const QDir root(snapshot.root);
        for (const CollectionFile &file : snapshot.files)
            files.append(root.relativeFilePath(file.path));
        setCollectionFolder(snapshot.root, files);
    });
    connect(
        m_collections, &CollectionsPanel::runRequested, this,
        [this](const QStringList &paths, const QString &filter) { runCollection(paths, filter); });
    if (m_services.history) {
        m_history = new HistoryPanel(m_services.history, this);
        m_history->setObjectName(QStringLiteral("historyPanel"));
        m_sideTabs->addTab(m_history, tr("His&tory"));
        connect(m_history, &HistoryPanel::reopenRequested, this, &MainWindow::reopen);
        connect(m_history, &HistoryPanel::saveToCollectionRequested, this,
                [this](const HistoryRequest &request) {
                    RequestTab *target = newTab();
                    target->reopen(request);
                    saveIntoCollection(target);
                });
    }
    m_mainSplitter->addWidget(m_sideTabs);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 1);
    for (int i = 0; i < m_mainSplitter->count(); ++i)
        m_mainSplitter->setCollapsible(i, false);
    // The flow and the map lay themselves out down to 30 characters; 40 leaves them a margin.
    m_sideTabs->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    m_pages->setObjectName(QStringLiteral("pages"));
    auto *welcome = new WelcomePane(this);
    connect(welcome, &WelcomePane::sandboxRequested, this, &MainWindow::exploreSandbox);
    connect(welcome, &WelcomePane::addStagingKeyRequested, this, [this] {
        openKeyManager(QStringLiteral("staging"));
        m_keyManager->addKey(QStringLiteral("staging"));
    });
    m_pages->insertWidget(WelcomePage, welcome);
    m_pages->insertWidget(WorkspacePage, m_mainSplitter);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_targetBar->productionBanner());
    layout->addWidget(m_targetBar->problemLabel());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_browser, &EndpointBrowser::operationActivated, this,
            [this](const Operation &operation) { openOperation(operation); });
    connect(m_browser, &EndpointBrowser::openInNewTabRequested, this,
            [this](const Operation &operation) { openOperation(operation, true); });
    connect(m_browser, &EndpointBrowser::saveToCollectionRequested, this,
            [this](const Operation &operation) {
                openOperation(operation, true);
                saveIntoCollection(currentTab());
            });
}

RequestTab *MainWindow::currentTab() const
{
    return m_current;
}

int MainWindow::tabCount() const
{
    return m_requestTabs->count();
}

RequestTab *MainWindow::tab(int index) const
{
    return qobject_cast<RequestTab *>(m_requestTabs->widget(index));
}

RequestTab *MainWindow::addTab()
{
    auto *tab = new RequestTab(m_workspace, m_requestTabs);
    tab->setProductionConfirmer(
        [this](const QString &question) { return m_confirmProduction(question); });
    tab->setAnimationsEnabled(m_animations);
    RequestSession *session = tab->session();
    connect(tab, &RequestTab::exchangeShown, this, &MainWindow::exchangeShown);
    connect(tab, &RequestTab::statusMessage, this, [this, tab](const QString &text, int timeout) {
        if (tab == m_current)
            statusBar()->showMessage(text, timeout);
    });
    connect(tab, &RequestTab::titleChanged, this, [this, tab] { updateTabLabel(tab); });
    connect(tab, &RequestTab::keyManagerRequested, this, &MainWindow::openKeyManager);
    connect(tab, &RequestTab::rateDetailsRequested, this, &MainWindow::showRateDetails);
    connect(tab, &RequestTab::crossOrgRefusalShown, this,
            [this] { m_sideTabs->setCurrentWidget(m_flowPages); });
    connect(tab, &RequestTab::sendRefused, m_targetBar, &TargetBar::showSendProblem);
    connect(session, &RequestSession::targetChanged, this, [this, tab] {
        updateTabLabel(tab);
        if (tab == m_current)
            showTarget();
    });
    connect(session, &RequestSession::keyTested, this,
            [this](const QString &profileId, const QString &verdict, bool ok) {
                if (m_keyManager)
                    m_keyManager->showTestResult(profileId, verdict, ok);
            });
    m_flowPages->addWidget(tab->flowPage());
    tab->flowPage()->show();
    return tab;
}

RequestTab *MainWindow::newTab()
{
    RequestTab *from = currentTab();
    RequestTab *tab = addTab();
    // A new tab goes where the current one goes, as a browser's opens on the same profile.
    if (from)
        tab->session()->aimLike(*from->session());
    else
        tab->session()->aimWhereLastLeft();
    m_requestTabs->setCurrentIndex(m_requestTabs->addTab(tab, QString()));
    updateTabLabel(tab);
    return tab;
}

void MainWindow::closeTab(int index)
{
    RequestTab *closing = tab(index);
    if (!closing || !mayClose(closing))
        return;
    // Closing a tab stops its request: nothing more is sent for a request nobody sees.
    disconnect(closing, nullptr, this, nullptr);
    disconnect(closing->session(), nullptr, this, nullptr);
    closing->session()->cancel();
    m_flowPages->removeWidget(closing->flowPage());
    if (m_requestTabs->count() == 1)
        newTab(); // the window is never left without a request
    m_requestTabs->removeTab(m_requestTabs->indexOf(closing));
    closing->deleteLater();
}

void MainWindow::openOperation(const Operation &operation, bool inNewTab)
{
    RequestTab *target = !inNewTab && currentTab()->isUntouched() ? currentTab() : newTab();
    target->loadOperation(operation);
}

void MainWindow::onCurrentTabChanged()
{
    RequestTab *tab = qobject_cast<RequestTab *>(m_requestTabs->currentWidget());
    if (!tab || tab == m_current)
        return;
    if (m_current) {
        m_requestMenu->removeAction(m_current->composer()->sendAction());
        m_requestMenu->removeAction(m_current->viewer()->findAction());
    }
    m_current = tab;
    // The current request's Send and Find work from anywhere in the window; the hidden tabs'
    // stay with their hidden widgets.
    QAction *send = tab->composer()->sendAction();
    QAction *find = tab->viewer()->findAction();
    for (QAction *action : {send, find})
        action->setShortcutContext(Qt::WindowShortcut);
    const QList<QAction *> actions = m_requestMenu->actions();
    m_requestMenu->insertAction(actions.value(0), send);
    m_requestMenu->addAction(find);
    m_flowPages->setCurrentWidget(tab->flowPage());
    m_targetBar->setSession(tab->session());
    m_gauge->setSession(tab->session());
    showTarget();
    updateWelcome();
    updateTabOrder();
    const QString wait = tab->waitText();
    if (!wait.isEmpty())
        statusBar()->showMessage(wait);
}

void MainWindow::updateTabLabel(RequestTab *tab)
{
    const int index = m_requestTabs->indexOf(tab);
    if (index < 0)
        return;
    // Marked in words and with a sign, never by colour alone.
    m_requestTabs->setTabText(index, tab->tabText());
    m_requestTabs->setTabIcon(index,
                              tab->session()->environment().isProduction()
                                  ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                  : QIcon());
    m_requestTabs->setTabToolTip(index, tab->tabToolTip());
}

Environment MainWindow::currentEnvironment() const
{
    return currentTab()->session()->environment();
}

KeyProfile MainWindow::currentKey() const
{
    return currentTab()->session()->key();
}

QString MainWindow::currentPracticeGroup() const
{
    return currentTab()->session()->practiceGroup();
}

Diagnosis MainWindow::lastDiagnosis() const
{
    return currentTab()->session()->lastDiagnosis();
}

const Catalogue &MainWindow::catalogue() const
{
    return m_workspace->catalogue();
}

bool MainWindow::selectEnvironment(const QString &id)
{
    RequestSession *session = currentTab()->session();
    if (!session->setEnvironment(id)) {
        showTarget(); // the combo goes back to the environment in use
        return false;
    }
    const Environment environment = session->environment();
    statusBar()->showMessage(
        tr("Requests now go to %1 (%2).").arg(environment.name, environment.origin()), 5000);
    return true;
}

void MainWindow::selectPracticeGroup(const QString &id)
{
    currentTab()->session()->setPracticeGroup(id);
}

void MainWindow::showTarget()
{
    if (!m_current)
        return; // the first tab is being set up
    m_targetBar->showTarget();
    updateWindowTitle();
    updateTabLabel(m_current);
    m_gauge->refresh();
}

void MainWindow::openKeyManager(const QString &environmentId)
{
    if (!m_keyManager) {
        m_keyManager = new KeyManagerDialog(m_services.keys, this);
        m_keyManager->setObjectName(QStringLiteral("keyManager"));
        m_keyManager->setAttribute(Qt::WA_DeleteOnClose);
        m_keyManager->setEnvironments(m_workspace->environments());
        connect(m_keyManager, &KeyManagerDialog::testRequested, this,
                [this](const QString &id) { currentTab()->session()->testKey(id); });
        connect(m_keyManager, &KeyManagerDialog::sessionOnlyKeyAdded, this, [this] {
            statusBar()->showMessage(
                tr("A key is held for this session only: it is forgotten when the explorer "
                   "closes."));
        });
    }
    m_keyManager->setCurrentEnvironment(currentEnvironment().id);
    if (!environmentId.isEmpty()) {
        const KeyProfile key = m_services.keys->profiles()->defaultProfile(environmentId);
        if (key.isValid())
            m_keyManager->selectProfile(key.id);
    }
    m_keyManager->show();
    m_keyManager->raise();
    m_keyManager->activateWindow();
}

void MainWindow::setProductionConfirmer(std::function<bool(const QString &)> confirmer)
{
    m_confirmProduction = std::move(confirmer);
}

void MainWindow::updateWindowTitle()
{
    const Environment environment = currentEnvironment();
    setWindowTitle(environment.isProduction() ? tr("Hero API Explorer — PRODUCTION")
                                              : tr("Hero API Explorer — %1").arg(environment.name));
}

void MainWindow::askImportCollection()
{
    QString source = QFileDialog::getOpenFileName(
        this, tr("Import a collection"), QString(),
        tr("Collections (*.json bruno.json *.sh *.txt);;All files (*)"));
    if (source.isEmpty())
        return;
    // A Bruno collection is a folder: its bruno.json stands for it.
    if (QFileInfo(source).fileName() == u"bruno.json")
        source = QFileInfo(source).absolutePath();
    const QString parent = QFileDialog::getExistingDirectory(
        this, tr("Where the new collection folder goes"), QFileInfo(source).absolutePath());
    if (parent.isEmpty())
        return;
    QString name = QFileInfo(source).completeBaseName();
    name.remove(QStringLiteral(".postman_collection"));
    importCollection(source, QDir(parent).filePath(safeFileName(name)));
}

void MainWindow::importCollection(const QString &source, const QString &target)
{
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(source).fileName()));
    auto *watcher = new QFutureWatcher<ImportSummary>(this);
    connect(watcher, &QFutureWatcher<ImportSummary>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        showCollectionImport(watcher->result(), target);
    });
    watcher->setFuture(
        QtConcurrent::run([source, target] { return ::importCollection(source, target); }));
}

void MainWindow::showCollectionImport(const ImportSummary &summary, const QString &target)
{
    statusBar()->clearMessage();
    if (summary.ok()) {
        m_collections->openFolder(target);
        m_sideTabs->setCurrentWidget(m_collections);
        statusBar()->showMessage(tr("Imported into %1").arg(QDir::toNativeSeparators(target)),
                                 8000);
    }
    // The user just chose the file: the outcome, and everything left behind, answers there.
    QStringList dropped;
    for (const ImportNotice &notice : summary.notices)
        dropped.append(notice.text());
    auto *box = new QMessageBox(
        summary.ok() ? QMessageBox::Information : QMessageBox::Warning, tr("Import collection"),
        summary.ok() ? tr("%1: %n request(s) written into %2.", nullptr, summary.requests)
                           .arg(summary.format, QDir::toNativeSeparators(target))
                     : tr("Nothing was written. %1").arg(summary.error),
        QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("collectionImportBox"));
    if (!dropped.isEmpty()) {
        box->setInformativeText(tr("Not carried over, listed under Show Details: %1. No key, "
                                   "secret or script is ever written.")
                                    .arg(dropped.size()));
        box->setDetailedText(dropped.join(u'\n'));
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit collectionImported(summary);
}

bool MainWindow::importCurl(const QString &command)
{
    RequestTab *target = currentTab()->isUntouched() ? currentTab() : newTab();
    return target->composer()->loadCurlCommand(command);
}

void MainWindow::askImportCurl()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("importCurlDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Import curl"));
    auto *label = new QLabel(tr("Paste a curl command, as a browser's or Postman's “Copy as "
                                "cURL” writes it. A key in it is not kept: the explorer adds "
                                "the one in the keychain."),
                             dialog);
    label->setWordWrap(true);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("curlTextEdit"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlaceholderText(QStringLiteral("curl 'https://…/v1/me' -H 'x-practice-group-id: …'"));
    text->setMinimumSize(fontMetrics().horizontalAdvance(u'x') * 80, fontMetrics().height() * 12);
    label->setBuddy(text);
    if (const QString clipboard = QGuiApplication::clipboard()->text();
        looksLikeCurlCommand(clipboard))
        text->setPlainText(clipboard);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, text] {
        importCurl(text->toPlainText());
        dialog->accept();
    });
    dialog->open();
}

void MainWindow::reopen(const HistoryRequest &entry)
{
    RequestTab *target = currentTab()->isUntouched() ? currentTab() : newTab();
    {
        // The catalogue follows the request without loading it a second time.
        const QSignalBlocker blocker(m_browser);
        m_browser->selectOperation(QString::fromLatin1(entry.request.method), entry.request.path);
    }
    target->reopen(entry);
}

void MainWindow::showRateDetails()
{
    if (!m_services.runner)
        return;
    RequestSession *session = currentTab()->session();
    auto *details = RateLimitDetails::showFor(m_gauge, m_services.runner->limiter(),
                                              session->rateKey(), session->environment());
    connect(details, &RateLimitDetails::limitChanged, this,
            [this](const QString &environmentId, int limit, int windowSeconds) {
                m_workspace->setRateLimit(environmentId, limit, windowSeconds);
                m_gauge->refresh();
                statusBar()->showMessage(tr("%1 now allows %2 requests per %3 s for each key.")
                                             .arg(m_workspace->environment(environmentId).name)
                                             .arg(limit)
                                             .arg(windowSeconds),
                                         5000);
            });
}

void MainWindow::exploreSandbox()
{
    selectEnvironment(QStringLiteral("sandbox"));
    m_workspace->settings().setWelcomeDismissed(true);
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    const bool workspace = m_workspace->hasOwnKey() || m_workspace->settings().welcomeDismissed();
    m_pages->setCurrentIndex(workspace ? WorkspacePage : WelcomePage);
    // The focus starts on the welcome pane's default button, so that it is what a screen reader
    // reads first (and not whatever comes first in the window's focus chain).
    if (!workspace)
        static_cast<WelcomePane *>(m_pages->widget(WelcomePage))
            ->defaultButton()
            ->setFocus(Qt::OtherFocusReason);
    // The window-wide Send and Find act on a workspace the welcome pane hides.
    if (m_current) {
        m_current->composer()->sendAction()->setEnabled(workspace);
        m_current->viewer()->findAction()->setEnabled(workspace);
    }
}

void MainWindow::restoreSettings()
{
    ExplorerSettings &settings = m_workspace->settings();
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    // The open tabs come back as they were left; a first run opens one on the sandbox when the
    // user has no key of their own (the welcome pane's "Explore the offline sandbox" then has
    // nothing left to wait for), otherwise on staging.
    const QList<SavedTab> saved = settings.openTabs();
    for (const SavedTab &savedTab : saved) {
        RequestTab *restored = newTab();
        restored->restore(savedTab);
        updateTabLabel(restored);
    }
    if (tabCount() == 0)
        newTab();
    m_requestTabs->setCurrentIndex(qBound(0, settings.currentTab(), tabCount() - 1));
    // After the tabs: the splitter measures the centre by its contents.
    if (!m_mainSplitter->restoreState(settings.mainSplitter()))
        // The catalogue wide enough for its paths and the side panel at its minimum; the
        // centre gives way first when the window is small.
        m_mainSplitter->setSizes({m_browser->sizeHint().width(),
                                  fontMetrics().averageCharWidth() * 40,
                                  m_sideTabs->minimumWidth()});
}

void MainWindow::saveSettings()
{
    ExplorerSettings &settings = m_workspace->settings();
    settings.setWindowLayout(saveGeometry(), saveState(), m_mainSplitter->saveState(),
                             currentTab()->splitter()->saveState());
    currentTab()->session()->rememberTarget();
    QList<SavedTab> tabs;
    for (int i = 0; i < tabCount(); ++i)
        tabs.append(tab(i)->saved());
    settings.setOpenTabs(tabs, m_requestTabs->currentIndex(), m_workspace->history()->keepBodies());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < tabCount(); ++i) {
        if (!mayClose(tab(i))) {
            event->ignore();
            return;
        }
    }
    saveSettings();
    event->accept();
}

bool MainWindow::mayClose(RequestTab *tab)
{
    if (!tab->isModified())
        return true;
    m_requestTabs->setCurrentWidget(tab); // the question is about the tab in sight
    switch (m_askUnsaved(tab)) {
    case UnsavedChoice::Save: {
        QString error;
        if (tab->save(&error))
            return true;
        QMessageBox::warning(this, tr("Not saved"), error);
        return false;
    }
    case UnsavedChoice::Discard:
        return true;
    case UnsavedChoice::Cancel:
        break;
    }
    return false;
}

RequestTab *MainWindow::openCollectionRequest(const HttpRequestRef &ref)
{
    for (int i = 0; i < tabCount(); ++i) {
        const HttpRequestRef held = tab(i)->collectionRequest();
        if (held.filePath == ref.filePath
            && (ref.name.isEmpty() ? held.index == ref.index : held.name == ref.name)) {
            m_requestTabs->setCurrentIndex(i);
            return tab(i);
        }
    }
    RequestTab *target = currentTab()->isUntouched() ? currentTab() : newTab();
    QString error;
    if (!target->openCollectionRequest(ref, &error)) {
        target->composer()->showProblem(error);
        return nullptr;
    }
    updateTabLabel(target);
    return target;
}

void MainWindow::buildThemeMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const Tones::Theme current = Tones::themeFromKey(m_workspace->settings().theme());
    for (const Tones::Theme theme : Tones::themes()) {
        QString text;
        switch (theme) {
        case Tones::Theme::System:
            text = tr("&System (follow the desktop)");
            break;
        case Tones::Theme::Light:
            text = tr("&Light");
            break;
        case Tones::Theme::Dark:
            text = tr("&Dark");
            break;
        case Tones::Theme::HighContrast:
            text = tr("&High contrast");
            break;
        }
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("themeAction_") + Tones::themeKey(theme));
        action->setCheckable(true);
        action->setChecked(theme == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme] {
            Tones::applyTheme(theme);
            m_workspace->settings().setTheme(Tones::themeKey(theme));
        });
    }
}

RunnerView *MainWindow::runner() const
{
    return m_runner;
}

RunnerView *MainWindow::runCollection(const QStringList &paths, const QString &filter)
{
    QStringList targets = paths;
    if (targets.isEmpty() && !m_collections->folder()->root().isEmpty())
        targets.append(m_collections->folder()->root());
    if (targets.isEmpty()) {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Run a collection folder"));
        if (folder.isEmpty())
            return m_runner;
        targets.append(folder);
    }
    if (!m_runner) {
        m_runner = new RunnerView(m_workspace->runner(), this);
        m_runner->setWindowFlag(Qt::Window);
        m_runner->setProductionConfirmer(
            [this](const QString &question) { return m_confirmProduction(question); });
        connect(m_runner, &RunnerView::exchangeRequested, this,
                [this](const RunItem &item, const RunItemResult &result, const RunTarget &target) {
                    RequestTab *tab =
                        openCollectionRequest({item.filePath, item.request.name, item.index});
                    if (!tab)
                        return;
                    if (result.attempted)
                        tab->showRunResult(target, result.exchange);
                    else
                        tab->composer()->showProblem(result.problem);
                    activateWindow();
                });
    }
    m_runner->show();
    m_runner->raise();
    m_runner->start(targets, filter, currentTab()->session()->runTarget());
    return m_runner;
}

bool MainWindow::saveCurrentRequest()
{
    RequestTab *current = currentTab();
    if (!current->collectionRequest().isValid())
        return saveCurrentRequestAs();
    QString error;
    if (current->save(&error))
        return true;
    current->composer()->showProblem(tr("Not saved: %1").arg(error));
    return false;
}

bool MainWindow::saveCurrentRequestAs()
{
    RequestTab *current = currentTab();
    QString file;
    QString name;
    if (!m_askSaveLocation(current, &file, &name))
        return false;
    QString error;
    if (current->saveAs(file, name, &error)) {
        updateTabLabel(current);
        return true;
    }
    current->composer()->showProblem(tr("Not saved: %1").arg(error));
    return false;
}

void MainWindow::saveIntoCollection(RequestTab *tab)
{
    m_requestTabs->setCurrentWidget(tab);
    saveCurrentRequestAs();
}

void MainWindow::setSaveLocationAsker(SaveLocationAsker asker)
{
    m_askSaveLocation = std::move(asker);
}

void MainWindow::setUnsavedChangesAsker(std::function<UnsavedChoice(RequestTab *)> asker)
{
    m_askUnsaved = std::move(asker);
}

void MainWindow::setReloadConflictAsker(std::function<bool(RequestTab *)> asker)
{
    m_askReloadConflict = std::move(asker);
}

void MainWindow::setCollectionFolder(const QString &folder, const QStringList &files)
{
    m_collectionFolder = folder;
    m_collectionFiles = files;
}

void MainWindow::collectionFilesChanged(const QStringList &paths)
{
    // An environment file changed: every collection tab reads its variables again.
    const bool environments = std::any_of(paths.cbegin(), paths.cend(), [](const QString &path) {
        const QString name = QFileInfo(path).fileName();
        return name == QLatin1String(CollectionEnvironments::FileName)
            || name == QLatin1String(CollectionEnvironments::PrivateFileName);
    });
    for (int i = 0; i < tabCount(); ++i) {
        RequestTab *open = tab(i);
        if (environments)
            open->reloadVariables();
        if (!paths.contains(open->collectionRequest().filePath))
            continue;
        open->fileChangedOnDisk([this, open] { return m_askReloadConflict(open); });
        updateTabLabel(open);
    }
}
