// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "crossorg/networkmap.h"
#include "crossorgpanel.h"
#include "customenvironmentdialog.h"
#include "diagnosispanel.h"
#include "doctordialog.h"
#include "endpointbrowser.h"
#include "environments/environmentsettings.h"
#include "history/historyentry.h"
#include "history/historystore.h"
#include "historypanel.h"
#include "http/headervalidation.h"
#include "keymanagerdialog.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/sandboxkeys.h"
#include "networkmapview.h"
#include "panelscrollarea.h"
#include "practicegroups/practicegroupdirectory.h"
#include "ratelimitdetails.h"
#include "ratelimitgauge.h"
#include "requestcomposer.h"
#include "responseviewer.h"
#include "session/doctorsender.h"
#include "session/requestrun.h"
#include "shortcutsdialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// Production's marking: a strong red that reads as "danger" on light and dark themes alike,
// always paired with text so colour is never the only signal.
const QColor ProductionColour(0xb0, 0x1e, 0x1e);

enum Page { WelcomePage, WorkspacePage };

} // namespace

MainWindow::MainWindow(const ExplorerServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_catalogue(Catalogue::bundled())
    , m_environmentCombo(new QComboBox(this))
    , m_keyCombo(new QComboBox(this))
    , m_groupCombo(new QComboBox(this))
    , m_crossOrgHint(new QLabel(this))
    , m_groupProblem(new QLabel(this))
    , m_keysButton(new QPushButton(tr("Ke&ys…"), this))
    , m_productionBanner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_centerSplitter(new QSplitter(Qt::Vertical, this))
    , m_browser(new EndpointBrowser(this))
    , m_composer(new RequestComposer(this))
    , m_viewer(new ResponseViewer(this))
    , m_groups(new PracticeGroupDirectory(services.settings, this))
    , m_sideTabs(new QTabWidget(this))
    , m_diagnosisPanel(new DiagnosisPanel(this))
    , m_networkMap(new NetworkMap(this))
    , m_flowPanel(new CrossOrgPanel(this))
    , m_mapView(new NetworkMapView(this))
    , m_gauge(new RateLimitGauge(this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_confirmProduction = [this](const QString &question) {
        return QMessageBox::warning(this, tr("Send to production?"), question,
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    buildMenus();
    buildToolBar();
    buildWorkspace();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_gauge->setObjectName(QStringLiteral("rateGauge"));
    statusBar()->addPermanentWidget(m_gauge);
    connect(m_gauge, &RateLimitGauge::clicked, this, &MainWindow::showRateDetails);
    m_waitTimer->setInterval(1000); // the countdown of a queued request or a retry
    connect(m_waitTimer, &QTimer::timeout, this, &MainWindow::showWait);
    auto *gaugeTimer = new QTimer(this);
    gaugeTimer->setInterval(1000); // the window slides and countdowns move even when idle
    connect(gaugeTimer, &QTimer::timeout, this, &MainWindow::refreshGauge);
    gaugeTimer->start();
    if (m_services.runner) {
        connect(m_services.runner->limiter(), &RateLimiter::stateChanged, this,
                [this](const QString &rateKey, const RateGaugeState &state) {
                    if (rateKey == currentRateKey())
                        m_gauge->setState(state);
                });
    }
    if (m_services.history) {
        connect(m_services.history, &HistoryStore::notice, this,
                [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    }

    connect(m_services.keys->profiles(), &KeyProfileStore::changed, this, [this] {
        refreshKeys();
        updateWelcome();
    });
    populateEnvironments();
    restoreSettings();
    updateWelcome();
    updateTabOrder();
    connect(this, &MainWindow::exchangeShown, this, &MainWindow::updateTabOrder);
}

void MainWindow::updateTabOrder()
{
    // Tab follows the reading order: the toolbar left to right, the welcome pane, then the
    // catalogue, the composer, the diagnosis, the response, the side tabs and the gauge. Each
    // part keeps its own order; widgets made later (a diagnosis's buttons, path parameter
    // fields) would otherwise join the chain at its end, after the side tabs.
    const QList<QWidget *> parts{m_environmentCombo,
                                 m_keyCombo,
                                 m_keysButton,
                                 m_groupCombo,
                                 m_pages->widget(WelcomePage),
                                 m_browser,
                                 m_composer,
                                 m_diagnosisPanel,
                                 m_viewer,
                                 m_sideTabs,
                                 m_gauge};
    QList<QWidget *> stops;
    for (QWidget *part : parts) {
        if ((part->focusPolicy() & Qt::TabFocus) && !part->focusProxy())
            stops.append(part);
        for (QWidget *w = part->nextInFocusChain(); w != part; w = w->nextInFocusChain()) {
            if (part->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
                && !stops.contains(w))
                stops.append(w);
        }
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        setTabOrder(stops.at(i - 1), stops.at(i));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import =
        file->addAction(tr("&Import OpenAPI file…"), this, &MainWindow::askImportCatalogue);
    import->setObjectName(QStringLiteral("importCatalogueAction"));
    import->setShortcut(QKeySequence::Open);
    QAction *reset = file->addAction(tr("&Restore the Hero catalogue"), this, [this] {
        m_catalogue = Catalogue::bundled();
        m_browser->setCatalogue(m_catalogue);
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
                                           [this] { openKeyManager(m_environment.id); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));

    // The composer's Send and the response's Find work from anywhere in the window: a user in
    // the catalogue or the filter means this window's request and this window's response.
    QMenu *request = menuBar()->addMenu(tr("Re&quest"));
    for (QAction *action : {m_composer->sendAction(), m_viewer->findAction()})
        action->setShortcutContext(Qt::WindowShortcut);
    request->addAction(m_composer->sendAction());
    QAction *findEndpoint =
        request->addAction(tr("Find an &endpoint"), m_browser, &EndpointBrowser::focusFilter);
    findEndpoint->setObjectName(QStringLiteral("findEndpointAction"));
    findEndpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    request->addAction(m_viewer->findAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *motion = view->addAction(tr("&Animate the cross-organisational flow"));
    motion->setObjectName(QStringLiteral("animationsAction"));
    motion->setCheckable(true);
    // Off when the user turned it off here, or when the desktop asks for reduced motion.
    motion->setChecked(
        m_services.settings
            ->value(QStringLiteral("view/animations"), !CrossOrgPanel::systemPrefersReducedMotion())
            .toBool());
    m_flowPanel->setAnimationsEnabled(motion->isChecked());
    connect(motion, &QAction::toggled, this, [this](bool on) {
        m_flowPanel->setAnimationsEnabled(on);
        m_services.settings->setValue(QStringLiteral("view/animations"), on);
    });

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
    auto *watcher = new QFutureWatcher<CatalogueLoadResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName, mode] {
        const CatalogueLoadResult result = watcher->result();
        watcher->deleteLater();
        const QString name = QFileInfo(fileName).fileName();
        if (!result.ok()) {
            const QString message =
                tr("%1 was not imported: %2. The catalogue is unchanged.").arg(name, result.error);
            statusBar()->clearMessage();
            // The user just chose the file in a dialog: the failure answers there, not in the
            // status bar they are not looking at.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Import OpenAPI file"), message,
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("importFailedBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit catalogueImported(false, message);
            return;
        }
        if (mode == ImportMode::Replace)
            m_catalogue = result.catalogue;
        else
            m_catalogue.merge(result.catalogue);
        m_browser->setCatalogue(m_catalogue);
        const QString message =
            tr("Imported %n operation(s) from %1.", "", int(result.catalogue.operations.size()))
                .arg(name);
        statusBar()->showMessage(message, 8000);
        emit catalogueImported(true, message);
    });
    watcher->setFuture(QtConcurrent::run([fileName] { return Catalogue::loadFile(fileName); }));
}

bool MainWindow::addCustomEnvironment(const QString &name, const QString &baseUrl,
                                      const QString &caFile, QString *error)
{
    const CustomEnvironmentInput input{name, baseUrl, caFile};
    if (const QMap<CustomEnvironmentInput::Field, QString> problems = input.problems();
        !problems.isEmpty()) {
        *error = problems.first();
        return false;
    }
    Environment custom = builtInEnvironment(EnvironmentKind::Custom);
    custom.name = name.trimmed();
    custom.baseUrl = QUrl(baseUrl.trimmed(), QUrl::StrictMode);
    custom.caFile = caFile;
    int number = 1;
    for (const Environment &environment : qAsConst(m_environments))
        number += environment.kind == EnvironmentKind::Custom ? 1 : 0;
    custom.id = QStringLiteral("custom-%1").arg(number);
    m_environments.append(custom);
    m_environmentCombo->addItem(custom.name, custom.id);
    saveCustomEnvironments(m_services.settings, m_environments);
    if (m_keyManager)
        m_keyManager->setEnvironments(m_environments);
    selectEnvironment(custom.id);
    return true;
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

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Target"));
    bar->setObjectName(QStringLiteral("targetToolBar"));
    bar->setMovable(false);

    m_environmentCombo->setObjectName(QStringLiteral("environmentCombo"));
    m_environmentCombo->setToolTip(tr("The environment requests go to"));
    m_environmentCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_keyCombo->setObjectName(QStringLiteral("keyCombo"));
    m_keyCombo->setToolTip(tr("The API key requests are sent with (only its last 4 characters "
                              "are ever shown)"));
    // Narrow enough that the whole toolbar, cross-organisational warning included, fits a
    // 1024-pixel-wide window; the lists open as wide as their entries.
    const int em = fontMetrics().averageCharWidth();
    m_keyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_keyCombo->setMinimumContentsLength(22);
    m_keyCombo->view()->setMinimumWidth(em * 48);
    m_groupCombo->setObjectName(QStringLiteral("practiceGroupCombo"));
    m_groupCombo->setEditable(true);
    m_groupCombo->setInsertPolicy(QComboBox::NoInsert);
    m_groupCombo->setModel(m_groups);
    m_groupCombo->setMinimumContentsLength(14);
    m_groupCombo->view()->setMinimumWidth(em * 40);
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_groupCombo->setToolTip(tr("The practice group the call acts for (x-practice-group-id)"));
    m_groupCombo->lineEdit()->setPlaceholderText(tr("Practice group id"));
    // No validator: one would drop a mistyped letter silently ("10o1" → "101") and the call
    // would act for a group nobody typed. What is typed stays, with the problem beside it.
    m_groupProblemMark = m_groupCombo->lineEdit()->addAction(
        style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_groupProblemMark->setObjectName(QStringLiteral("practiceGroupProblemMark"));
    m_groupProblemMark->setVisible(false);
    m_crossOrgHint->setObjectName(QStringLiteral("crossOrgHint"));
    m_keysButton->setObjectName(QStringLiteral("keysButton"));

    const auto labelled = [bar](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(buddy);
        bar->addWidget(label);
        bar->addWidget(buddy);
    };
    labelled(tr("E&nvironment "), m_environmentCombo);
    bar->addSeparator();
    labelled(tr("&Key "), m_keyCombo);
    bar->addWidget(m_keysButton);
    bar->addSeparator();
    labelled(tr("&Practice group "), m_groupCombo);
    bar->addWidget(m_crossOrgHint);

    connect(m_environmentCombo, &QComboBox::currentIndexChanged, this,
            &MainWindow::onEnvironmentChanged);
    connect(m_keyCombo, &QComboBox::currentIndexChanged, this, &MainWindow::onKeyChanged);
    connect(m_groupCombo, &QComboBox::currentTextChanged, this, &MainWindow::onPracticeGroupEdited);
    connect(m_keysButton, &QPushButton::clicked, this, [this] { openKeyManager(); });
}

void MainWindow::buildWorkspace()
{
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setText(
        tr("PRODUCTION — real practices and patient data. Requests other than GET ask first."));
    m_productionBanner->setAlignment(Qt::AlignCenter);
    m_productionBanner->setAutoFillBackground(true);
    QPalette banner = m_productionBanner->palette();
    banner.setColor(QPalette::Window, ProductionColour);
    banner.setColor(QPalette::WindowText, Qt::white);
    m_productionBanner->setPalette(banner);
    QFont bannerFont = m_productionBanner->font();
    bannerFont.setBold(true);
    m_productionBanner->setFont(bannerFont);
    const int pad = fontMetrics().height() / 3;
    m_productionBanner->setContentsMargins(pad, pad, pad, pad);
    m_productionBanner->hide();
    m_groupProblem->setObjectName(QStringLiteral("practiceGroupError"));
    m_groupProblem->setWordWrap(true);
    m_groupProblem->setContentsMargins(pad, pad, pad, pad);
    m_groupProblem->hide();

    m_browser->setCatalogue(m_catalogue);
    m_centerSplitter->setObjectName(QStringLiteral("centerSplitter"));
    m_centerSplitter->addWidget(m_composer);
    // The diagnosis above the response, in a splitter of its own: it scrolls when tall, and
    // when it appears it takes at most half of the room rather than grow the window.
    auto *responseArea = new QSplitter(Qt::Vertical, this);
    responseArea->setObjectName(QStringLiteral("diagnosisSplitter"));
    responseArea->setChildrenCollapsible(false);
    m_diagnosisPanel->setObjectName(QStringLiteral("diagnosisPanel"));
    auto *diagnosisScroll = new PanelScrollArea(m_diagnosisPanel, this);
    diagnosisScroll->setObjectName(QStringLiteral("diagnosisScroll"));
    responseArea->addWidget(diagnosisScroll);
    responseArea->addWidget(m_viewer);
    responseArea->setStretchFactor(1, 1);
    connect(
        diagnosisScroll, &PanelScrollArea::panelShown, this,
        [this, responseArea, diagnosisScroll] {
            // Up to half the centre column for the diagnosis, taken from the composer first
            // (down to its minimum), then from the response.
            const int centre = m_centerSplitter->height() - m_centerSplitter->handleWidth();
            const int wanted = std::min(diagnosisScroll->sizeHint().height(), centre / 2);
            const int response =
                m_viewer->minimumSizeHint().height() + wanted + responseArea->handleWidth();
            const QList<int> sizes = m_centerSplitter->sizes();
            if (sizes.size() == 2 && sizes.at(1) < response) {
                const int composer =
                    std::max(m_composer->minimumSizeHint().height(), centre - response);
                m_centerSplitter->setSizes({composer, centre - composer});
            }
            const int total = responseArea->height() - responseArea->handleWidth();
            const int panel = std::min(wanted, total - m_viewer->minimumSizeHint().height());
            responseArea->setSizes({panel, total - panel});
        },
        Qt::QueuedConnection); // after the splitter has made room for the panel itself
    m_centerSplitter->addWidget(responseArea);
    m_centerSplitter->setStretchFactor(1, 2);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_browser);
    m_mainSplitter->addWidget(m_centerSplitter);
    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    auto *flowPage = new QWidget(this);
    auto *flowLayout = new QVBoxLayout(flowPage);
    m_flowPanel->setObjectName(QStringLiteral("crossOrgPanel"));
    m_mapView->setObjectName(QStringLiteral("networkMapView"));
    m_mapView->setMap(m_networkMap, QString());
    flowLayout->addWidget(m_flowPanel);
    flowLayout->addWidget(m_mapView);
    flowLayout->addStretch();
    auto *flowScroll = new QScrollArea(this);
    flowScroll->setObjectName(QStringLiteral("flowScroll"));
    flowScroll->setWidgetResizable(true);
    flowScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    flowScroll->setFrameShape(QFrame::NoFrame);
    flowScroll->setFocusPolicy(Qt::NoFocus); // its contents are the stops
    flowScroll->setWidget(flowPage);
    m_sideTabs->addTab(flowScroll, tr("Cross-org f&low"));
    if (m_services.history) {
        m_history = new HistoryPanel(m_services.history, this);
        m_history->setObjectName(QStringLiteral("historyPanel"));
        m_sideTabs->addTab(m_history, tr("His&tory"));
        connect(m_history, &HistoryPanel::reopenRequested, this, &MainWindow::reopen);
    }
    m_mainSplitter->addWidget(m_sideTabs);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 1);
    for (int i = 0; i < m_mainSplitter->count(); ++i)
        m_mainSplitter->setCollapsible(i, false);
    // The flow and the map lay themselves out down to 30 characters; 40 leaves them a margin.
    m_sideTabs->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->insertWidget(WelcomePage, buildWelcomePane());
    m_pages->insertWidget(WorkspacePage, m_mainSplitter);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_productionBanner);
    layout->addWidget(m_groupProblem);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_browser, &EndpointBrowser::operationActivated, this,
            [this](const Operation &operation) { m_composer->loadOperation(operation); });
    connect(m_composer, &RequestComposer::sendRequested, this, &MainWindow::send);
    connect(m_diagnosisPanel, &DiagnosisPanel::actionRequested, this, &MainWindow::onNextStep);
    connect(m_flowPanel, &CrossOrgPanel::switchToHomeGroupRequested, this,
            [this](const QString &group) { selectPracticeGroup(group); });
    connect(m_flowPanel, &CrossOrgPanel::runDoctorRequested, this, &MainWindow::openDoctor);
    connect(m_composer, &RequestComposer::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_viewer, &ResponseViewer::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_composer, &RequestComposer::cancelRequested, this, [this] {
        if (m_run)
            m_run->cancel();
    });
}

QWidget *MainWindow::buildWelcomePane()
{
    auto *pane = new QWidget(this);
    pane->setObjectName(QStringLiteral("welcomePane"));
    auto *layout = new QVBoxLayout(pane);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to Hero API Explorer"), pane);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(
        tr("Explore and diagnose the Hero Health Public API. Your API keys stay in this "
           "computer's keychain and are only ever sent to the environment they belong to.\n\n"
           "No key yet? The offline sandbox emulates the API's rules — keys, scopes, "
           "cross-organisational networks and the rate limit — with ready-made keys."),
        pane);
    text->setWordWrap(true);
    const int textWidth = fontMetrics().averageCharWidth() * 70;
    text->setFixedWidth(textWidth);
    text->setMinimumHeight(text->heightForWidth(textWidth)); // a wrapped label in a centred
                                                             // layout otherwise gets one line
    auto *addKey = new QPushButton(tr("Add a staging key…"), pane);
    addKey->setObjectName(QStringLiteral("welcomeAddKey"));
    auto *sandbox = new QPushButton(tr("Explore the offline sandbox"), pane);
    sandbox->setObjectName(QStringLiteral("welcomeSandbox"));
    sandbox->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(sandbox);
    buttons->addWidget(addKey);
    buttons->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(addKey, &QPushButton::clicked, this, [this] {
        openKeyManager(QStringLiteral("staging"));
        m_keyManager->addKey(QStringLiteral("staging"));
    });
    connect(sandbox, &QPushButton::clicked, this, &MainWindow::exploreSandbox);
    return pane;
}

void MainWindow::populateEnvironments()
{
    m_environments = loadEnvironments(m_services.settings);
    const QSignalBlocker blocker(m_environmentCombo);
    m_environmentCombo->clear();
    for (const Environment &environment : qAsConst(m_environments)) {
        QString label = environment.name;
        if (environment.isProduction())
            label = tr("%1 (live)").arg(environment.name);
        m_environmentCombo->addItem(label, environment.id);
    }
}

bool MainWindow::selectEnvironment(const QString &id)
{
    const int index = m_environmentCombo->findData(id);
    if (index < 0)
        return false;
    if (index == m_environmentCombo->currentIndex())
        onEnvironmentChanged(index);
    else
        m_environmentCombo->setCurrentIndex(index);
    return m_environment.id == id;
}

void MainWindow::onEnvironmentChanged(int index)
{
    if (index < 0 || index >= m_environments.size())
        return;
    Environment environment = m_environments.at(index);
    if (environment.kind == EnvironmentKind::Sandbox && environment.baseUrl.isEmpty()) {
        QString error;
        const QUrl url = m_services.startSandbox ? m_services.startSandbox(&error) : QUrl();
        if (url.isEmpty()) {
            m_composer->showProblem(tr("The offline sandbox could not start: %1").arg(error));
        } else {
            environment.baseUrl = url;
            m_environments[index].baseUrl = url;
            m_services.keys->addSandboxKeys(loadSandboxKeys());
        }
    }
    m_environment = environment;
    m_composer->setEnvironment(environment);
    refreshKeys();
    updateProductionMarking();
    refreshGauge();
    statusBar()->showMessage(
        tr("Requests now go to %1 (%2).").arg(environment.name, environment.origin()), 5000);
}

void MainWindow::refreshKeys()
{
    const QString previous = m_keyCombo->currentData().toString();
    const QSignalBlocker blocker(m_keyCombo);
    m_keyCombo->clear();
    const QList<KeyProfile> keys = m_services.keys->profiles()->profilesFor(m_environment.id);
    for (const KeyProfile &key : keys) {
        QString text = key.label + u"  …" + key.fingerprint;
        if (key.sessionOnly)
            text += tr("  (this session only)");
        m_keyCombo->addItem(text, key.id);
    }
    if (keys.isEmpty())
        m_keyCombo->addItem(tr("No key for this environment"), QString());
    int row = m_keyCombo->findData(previous);
    if (row < 0)
        row =
            m_keyCombo->findData(m_services.keys->profiles()->defaultProfile(m_environment.id).id);
    m_keyCombo->setCurrentIndex(qMax(0, row));
    onKeyChanged();
}

KeyProfile MainWindow::currentKey() const
{
    return m_services.keys->profiles()->profile(m_keyCombo->currentData().toString());
}

void MainWindow::onKeyChanged()
{
    const KeyProfile key = currentKey();
    const QString previous = currentPracticeGroup();
    changeGroupsKeeping(
        previous, [this, key] { m_groups->setContext(m_environment.id, key.homePracticeGroup); });
    const QString remembered =
        m_services.settings
            ->value(QStringLiteral("practiceGroups/") + m_environment.id + QStringLiteral("/last"))
            .toString();
    selectPracticeGroup(!remembered.isEmpty()                  ? remembered
                            : !key.homePracticeGroup.isEmpty() ? key.homePracticeGroup
                                                               : previous);
    fetchPracticeGroups();
}

QString MainWindow::currentPracticeGroup() const
{
    // A row of the list reads "1001 · Riverside Medical Practice (home)"; anything else is the
    // group exactly as typed, so a typo is shown as one and never quietly becomes another id.
    const QString text = m_groupCombo->currentText();
    const int row = m_groupCombo->findText(text, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (row >= 0)
        return m_groups->index(row).data(PracticeGroupDirectory::IdRole).toString();
    return text; // not even trimmed: a stray space is shown as a problem, not quietly dropped
}

void MainWindow::selectPracticeGroup(const QString &id)
{
    {
        const QSignalBlocker blocker(m_groupCombo);
        const int row = m_groups->rowOf(id);
        if (row >= 0)
            m_groupCombo->setCurrentIndex(row);
        // Also when the row was current already but the text had been edited.
        m_groupCombo->setEditText(row >= 0 ? m_groupCombo->itemText(row) : id);
    }
    onTargetChanged();
}

void MainWindow::changeGroupsKeeping(const QString &group, const std::function<void()> &change)
{
    {
        // A model reset shows the first row for a moment: not a group the user chose.
        const QSignalBlocker blocker(m_groupCombo);
        change();
    }
    selectPracticeGroup(group);
}

void MainWindow::onPracticeGroupEdited()
{
    onTargetChanged();
}

QString MainWindow::targetId() const
{
    return m_environment.id + u'\n' + m_keyCombo->currentData().toString() + u'\n'
        + currentPracticeGroup();
}

QString MainWindow::mapKey() const
{
    // The same key may be saved for two environments; each keeps its own map.
    const KeyProfile key = currentKey();
    return key.fingerprint.isEmpty() ? QString()
                                     : u"…" + key.fingerprint + u" (" + m_environment.name + u')';
}

void MainWindow::onTargetChanged()
{
    updateCrossOrgHint();
    refreshGauge();
    if (m_mapView->fingerprint() != mapKey())
        m_mapView->setMap(m_networkMap, mapKey());
    if (m_shownTargetId.isEmpty() || m_shownTargetId == targetId())
        return;
    // The response, its diagnosis and its flow answered another environment, key or group.
    m_shownTargetId.clear();
    m_lastExchange = Exchange();
    m_lastDiagnosis = Diagnosis();
    m_viewer->clear();
    m_diagnosisPanel->dismiss();
    m_flowPanel->clear();
}

void MainWindow::updateCrossOrgHint()
{
    const KeyProfile key = currentKey();
    const QString group = currentPracticeGroup();
    const QString problem = group.isEmpty() ? QString() : practiceGroupIdProblem(group.toUtf8());
    m_composer->setAuthPreview(key.fingerprint.isEmpty() ? QString() : u"…" + key.fingerprint,
                               group);
    showPracticeGroupProblem(problem);
    if (!problem.isEmpty()) {
        m_crossOrgHint->clear(); // the problem, under the toolbar, says more
        m_crossOrgHint->setToolTip(QString());
        return;
    }
    if (!group.isEmpty() && !key.homePracticeGroup.isEmpty() && group != key.homePracticeGroup) {
        const QString home = m_groups->nameOf(key.homePracticeGroup).isEmpty()
            ? key.homePracticeGroup
            : m_groups->nameOf(key.homePracticeGroup);
        m_crossOrgHint->setText(tr("  ⇄ Cross-organisational call"));
        m_crossOrgHint->setToolTip(
            tr("The key belongs to %1; this call acts for %2. Hero allows it only when both "
               "practice groups share a network.")
                .arg(home, group));
    } else {
        // "Home" only when the key says so: without a key or its home group nothing is known.
        m_crossOrgHint->setText(!group.isEmpty() && group == key.homePracticeGroup
                                    ? tr("  Home practice group")
                                    : QString());
        m_crossOrgHint->setToolTip(QString());
    }
}

void MainWindow::showPracticeGroupProblem(const QString &problem)
{
    QPalette palette = m_groupProblem->palette();
    palette.setColor(QPalette::WindowText,
                     severityColour(Diagnosis::Severity::Error, this->palette()));
    m_groupProblem->setPalette(palette);
    const QString typed = m_groupCombo->currentText();
    m_groupProblem->setText(typed.isEmpty() ? u"⚠ " + problem
                                            : tr("⚠ Practice group “%1”: %2").arg(typed, problem));
    m_groupProblem->setVisible(!problem.isEmpty());
    m_groupProblemMark->setVisible(!problem.isEmpty());
    m_groupProblemMark->setToolTip(problem);
    m_groupCombo->setAccessibleDescription(problem);
}

void MainWindow::updateProductionMarking()
{
    const bool production = m_environment.isProduction();
    m_productionBanner->setVisible(production);
    setWindowTitle(production ? tr("Hero API Explorer — PRODUCTION")
                              : tr("Hero API Explorer — %1").arg(m_environment.name));
    QPalette palette = m_environmentCombo->palette();
    if (production) {
        palette.setColor(QPalette::Button, ProductionColour);
        palette.setColor(QPalette::ButtonText, Qt::white);
    } else {
        palette = QPalette();
    }
    m_environmentCombo->setPalette(palette);
}

RunTarget MainWindow::homeTarget(const Environment &environment, const KeyProfile &key) const
{
    RunTarget target;
    target.environment = environment;
    target.keyProfileId = key.id;
    target.practiceGroup =
        key.homePracticeGroup.isEmpty() ? currentPracticeGroup() : key.homePracticeGroup;
    target.retries = false; // checks made for the user, not requests the user made
    return target;
}

void MainWindow::fetchPracticeGroups()
{
    const KeyProfile key = currentKey();
    if (!key.isValid() || m_environment.baseUrl.isEmpty() || !m_services.runner)
        return;
    RunTarget target = homeTarget(m_environment, key);
    if (!practiceGroupIdProblem(target.practiceGroup.toUtf8()).isEmpty())
        return; // never a call for a group nobody chose
    ApiRequest request;
    request.path = QStringLiteral("/v1/practice-groups");
    RequestRun *run = m_services.runner->start(target, request);
    const QString environmentId = m_environment.id;
    const QString keyId = key.id;
    connect(run, &RequestRun::finished, this,
            [this, environmentId, keyId](const Exchange &exchange) {
                if (!exchange.isSuccess() || environmentId != m_environment.id
                    || keyId != currentKey().id)
                    return;
                changeGroupsKeeping(currentPracticeGroup(), [this, &exchange] {
                    m_groups->setListed(parsePracticeGroups(exchange.body));
                });
                // The listing also tells the network map which groups this key may reach.
                const KeyProfile key = currentKey();
                m_networkMap->setHomeGroup(mapKey(), key.homePracticeGroup);
                m_networkMap->setNames(practiceGroupNames());
                m_networkMap->recordPracticeGroups(mapKey(), exchange.body);
                m_mapView->setMap(m_networkMap, mapKey());
            });
}

void MainWindow::showWait()
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_waitUntil);
    const int seconds = int(qMax<qint64>(0, (left + 999) / 1000));
    // A wait the server imposed (a 429, or a quota it reported used up) is not the throttle's.
    const RateGaugeState rate = m_run && m_services.runner
        ? m_services.runner->limiter()->gaugeState(m_run->rateKey())
        : RateGaugeState();
    const bool waiting = m_waitStage == RequestRun::Stage::Queued
        || m_waitStage == RequestRun::Stage::WaitingToRetry;
    if (waiting && rate.state == RateState::Paused) {
        statusBar()->showMessage(
            rate.serverRefused
                ? tr("The server refused the request (429, too many requests): it is sent again "
                     "in %n s (Cancel stops it).",
                     "", seconds)
                : tr("The server reported no requests left for this key: the request goes in "
                     "%n s (Cancel stops it).",
                     "", seconds));
        return;
    }
    switch (m_waitStage) {
    case RequestRun::Stage::Queued:
        statusBar()->showMessage(tr(
            "Queued to stay under the rate limit: sends in %n s (Cancel stops it).", "", seconds));
        break;
    case RequestRun::Stage::WaitingToRetry:
        statusBar()->showMessage(
            tr("Retrying automatically in %n s (Cancel stops it).", "", seconds));
        break;
    case RequestRun::Stage::Sending:
        statusBar()->showMessage(tr("Sending…"));
        break;
    default:
        break;
    }
}

void MainWindow::setProductionConfirmer(std::function<bool(const QString &)> confirmer)
{
    m_confirmProduction = std::move(confirmer);
}

void MainWindow::send(const ApiRequest &composed)
{
    const KeyProfile key = currentKey();
    const QString group = currentPracticeGroup();
    // Refused before sending: said in the composer, where the user pressed Send, and an
    // earlier answer's diagnosis goes, so it cannot pass for this request's.
    const auto refuse = [this](const QString &problem, QWidget *fix) {
        m_diagnosisPanel->dismiss();
        m_composer->showProblem(problem);
        fix->setFocus(Qt::OtherFocusReason);
    };
    if (!key.isValid()) {
        refuse(tr("Add a key for %1 first: Keys… in the toolbar (Ctrl+Shift+K).")
                   .arg(m_environment.name),
               m_keysButton);
        return;
    }
    if (const QString problem = practiceGroupIdProblem(group.toUtf8()); !problem.isEmpty()) {
        showPracticeGroupProblem(problem);
        refuse(problem, m_groupCombo);
        return;
    }
    ApiRequest request = composed;
    if (m_environment.isProduction() && request.method != "GET" && request.method != "HEAD") {
        const QString question =
            tr("Send %1 %2 to PRODUCTION, acting for practice group %3?\n\nThis may change "
               "real practice and patient data.")
                .arg(QString::fromLatin1(request.method), request.path, group);
        if (!m_confirmProduction(question)) {
            statusBar()->showMessage(tr("Not sent: production request cancelled."), 5000);
            return;
        }
        request.confirmedForProduction = true;
    }
    RunTarget target;
    target.environment = m_environment;
    target.keyProfileId = key.id;
    target.practiceGroup = group;
    m_lastRequest = request;
    changeGroupsKeeping(group, [this, &group] { m_groups->markUsed(group); });
    m_sentTargetId = targetId();
    m_run = m_services.runner->start(target, request);
    m_composer->setInFlight(true);
    m_viewer->setInFlight(true);
    connect(m_run, &RequestRun::stageChanged, this,
            [this](RequestRun::Stage stage, std::chrono::milliseconds wait) {
                m_waitStage = stage;
                m_waitUntil = QDateTime::currentDateTimeUtc().addMSecs(wait.count());
                showWait();
                if (stage == RequestRun::Stage::Queued
                    || stage == RequestRun::Stage::WaitingToRetry)
                    m_waitTimer->start();
                else
                    m_waitTimer->stop();
            });
    connect(m_run, &RequestRun::attemptFinished, this,
            [this, key, group, environment = m_environment](const Exchange &exchange) {
                if (!m_services.history || !exchange.wasSent())
                    return;
                HistoryContext context = HistoryContext::forEnvironment(environment);
                context.practiceGroup = group;
                context.keyFingerprint = u"…" + key.fingerprint;
                context.keyLabel = key.label;
                context.diagnosisCode = diagnose(exchange, diagnosisContext(m_lastRequest)).code;
                m_services.history->add(exchange, context);
            });
    connect(m_run, &RequestRun::finished, this, &MainWindow::showExchange);
}

DiagnosisContext MainWindow::diagnosisContext(const ApiRequest &request) const
{
    const KeyProfile key = currentKey();
    DiagnosisContext context;
    context.environment = m_environment;
    context.keyLabel = key.label;
    context.keyFingerprint = key.fingerprint.isEmpty() ? QString() : u"…" + key.fingerprint;
    context.homePracticeGroup = key.homePracticeGroup;
    if (const Operation *operation =
            m_catalogue.find(QString::fromLatin1(request.method), request.path))
        context.requiredScope = operation->requiredScope;
    context.practiceGroupNames = practiceGroupNames();
    return context;
}

QMap<QString, QString> MainWindow::practiceGroupNames() const
{
    QMap<QString, QString> names;
    for (const PracticeGroup &group : m_groups->groups()) {
        if (!group.name.isEmpty())
            names.insert(group.id, group.name);
    }
    return names;
}

ReportContext MainWindow::reportContext() const
{
    const KeyProfile key = currentKey();
    ReportContext context;
    context.environment = m_environment;
    context.keyLabel = key.label;
    context.keyFingerprint = key.fingerprint.isEmpty() ? QString() : u"…" + key.fingerprint;
    context.homePracticeGroup = key.homePracticeGroup;
    context.practiceGroupNames = practiceGroupNames();
    return context;
}

void MainWindow::onNextStep(NextStep::Action action)
{
    switch (action) {
    case NextStep::OpenKeyManager:
        openKeyManager(m_environment.id);
        break;
    case NextStep::SwitchToHomeGroup:
        selectPracticeGroup(currentKey().homePracticeGroup);
        statusBar()->showMessage(tr("Now acting for the key's home practice group %1.")
                                     .arg(currentKey().homePracticeGroup),
                                 5000);
        break;
    case NextStep::ShowRateLimit:
        showRateDetails();
        break;
    case NextStep::RetryAfterWait:
    case NextStep::ReadKeyAgain: // the run reads the key from the keyring again
        send(m_lastRequest);
        break;
    case NextStep::RunDoctor:
        openDoctor();
        break;
    case NextStep::EditRequest:
        m_composer->setFocus();
        break;
    case NextStep::CheckNetwork:
        m_diagnosisPanel->showActionNote(
            tr("Check this computer's network connection, proxy settings and the "
               "environment's address (%1).")
                .arg(m_environment.origin()));
        break;
    case NextStep::CopyReport:
        statusBar()->showMessage(tr("Support report copied (no key, no response body)."), 5000);
        break;
    case NextStep::None:
        break;
    }
}

void MainWindow::openDoctor()
{
    const KeyProfile key = currentKey();
    if (!key.isValid() || !m_services.runner)
        return;
    RunTarget target;
    target.environment = m_environment;
    target.keyProfileId = key.id;
    const QString home =
        key.homePracticeGroup.isEmpty() ? currentPracticeGroup() : key.homePracticeGroup;
    auto *dialog = new DoctorDialog(doctorSenderFor(m_services.runner, target),
                                    DoctorDialog::requestFor(m_lastRequest, m_lastExchange,
                                                             m_lastDiagnosis, m_environment, home),
                                    {m_lastExchange, m_lastDiagnosis, reportContext(), {}}, this);
    dialog->setObjectName(QStringLiteral("doctorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DoctorDialog::verdictReached, this,
            [this, dialog](DoctorVerdict verdict, const QString &explanation) {
                m_diagnosisPanel->setDoctorResult(
                    dialog->steps(), DoctorDialog::verdictTitle(verdict) + u": " + explanation);
            });
    connect(dialog, &DoctorDialog::actionRequested, this, &MainWindow::onNextStep);
    dialog->open();
}

void MainWindow::showExchange(const Exchange &exchange)
{
    m_waitTimer->stop();
    m_composer->setInFlight(false);
    m_viewer->setInFlight(false);
    if (m_sentTargetId != targetId()) {
        // Shown now, it would stand under an environment, key or group it did not answer.
        statusBar()->showMessage(
            tr("The answer to %1 %2 came after you switched; it is in the history.")
                .arg(QString::fromLatin1(exchange.request.method), exchange.request.url.path()),
            10000);
        return;
    }
    m_shownTargetId = m_sentTargetId;
    m_viewer->setExchange(exchange);
    m_lastDiagnosis = diagnose(exchange, diagnosisContext(m_lastRequest));
    statusBar()->showMessage(
        m_lastDiagnosis.isOk() ? tr("%1 · %2 ms").arg(exchange.status).arg(exchange.timings.totalMs)
                               : m_lastDiagnosis.title);
    m_lastExchange = exchange;
    m_diagnosisPanel->showDiagnosis(exchange, m_lastDiagnosis, reportContext());
    const KeyProfile key = currentKey();
    const QString fingerprint = key.fingerprint.isEmpty() ? QString() : u"…" + key.fingerprint;
    m_networkMap->setNames(practiceGroupNames());
    if (exchange.wasSent())
        m_networkMap->recordExchange(mapKey(), key.homePracticeGroup, exchange, m_lastDiagnosis);
    m_mapView->setMap(m_networkMap, mapKey());
    m_flowPanel->setExchange(exchange, m_lastDiagnosis, key.homePracticeGroup, practiceGroupNames(),
                             fingerprint);
    if (m_lastDiagnosis.code == DiagnosisCode::CrossOrgForbidden)
        m_sideTabs->setCurrentWidget(
            m_sideTabs->findChild<QScrollArea *>(QStringLiteral("flowScroll")));
    emit exchangeShown(exchange, m_lastDiagnosis);
}

void MainWindow::openKeyManager(const QString &environmentId)
{
    if (!m_keyManager) {
        m_keyManager = new KeyManagerDialog(m_services.keys, this);
        m_keyManager->setObjectName(QStringLiteral("keyManager"));
        m_keyManager->setAttribute(Qt::WA_DeleteOnClose);
        m_keyManager->setEnvironments(m_environments);
        connect(m_keyManager, &KeyManagerDialog::testRequested, this,
                [this](const QString &id) { testKey(id); });
        connect(m_keyManager, &KeyManagerDialog::sessionOnlyKeyAdded, this, [this] {
            statusBar()->showMessage(
                tr("A key is held for this session only: it is forgotten when the explorer "
                   "closes."));
        });
    }
    m_keyManager->setCurrentEnvironment(m_environment.id);
    if (!environmentId.isEmpty()) {
        const KeyProfile key = m_services.keys->profiles()->defaultProfile(environmentId);
        if (key.isValid())
            m_keyManager->selectProfile(key.id);
    }
    m_keyManager->show();
    m_keyManager->raise();
    m_keyManager->activateWindow();
}

void MainWindow::testKey(const QString &profileId)
{
    const KeyProfile key = m_services.keys->profiles()->profile(profileId);
    Environment environment;
    for (const Environment &candidate : qAsConst(m_environments)) {
        if (candidate.id == key.environmentId)
            environment = candidate;
    }
    if (!key.isValid() || environment.baseUrl.isEmpty()) {
        m_keyManager->showTestResult(profileId, tr("This key's environment is not available."),
                                     false);
        return;
    }
    RunTarget target = homeTarget(environment, key);
    if (!practiceGroupIdProblem(target.practiceGroup.toUtf8()).isEmpty()) {
        m_keyManager->showTestResult(
            profileId,
            tr("Give the key a home practice group, or pick one in the toolbar, to test it."),
            false);
        return;
    }
    target.retries = false;
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    RequestRun *run = m_services.runner->start(target, request);
    connect(run, &RequestRun::finished, this,
            [this, profileId, key, environment](const Exchange &exchange) {
                DiagnosisContext context;
                context.environment = environment;
                context.keyLabel = key.label;
                context.homePracticeGroup = key.homePracticeGroup;
                const Diagnosis diagnosis = diagnose(exchange, context);
                const QString verdict = diagnosis.isOk()
                    ? tr("The key works: GET /v1/me answered %1 in %2 ms.")
                          .arg(exchange.status)
                          .arg(exchange.timings.totalMs)
                    : diagnosis.title + u" — " + diagnosis.cause;
                if (m_keyManager)
                    m_keyManager->showTestResult(profileId, verdict, diagnosis.isOk());
            });
}

void MainWindow::reopen(const HistoryRequest &entry)
{
    const bool moved =
        entry.environmentId != m_environment.id && !selectEnvironment(entry.environmentId);
    if (!entry.practiceGroup.isEmpty())
        selectPracticeGroup(entry.practiceGroup);
    m_browser->selectOperation(QString::fromLatin1(entry.request.method), entry.request.path);
    m_composer->loadRequest(entry.request);
    // After loading, which clears the composer's message: this one must stay in sight.
    if (moved)
        m_composer->showProblem(
            tr("That environment no longer exists; opened in %1.").arg(m_environment.name));
}

void MainWindow::showRateDetails()
{
    if (!m_services.runner)
        return;
    auto *details = RateLimitDetails::showFor(m_gauge, m_services.runner->limiter(),
                                              currentRateKey(), m_environment);
    connect(details, &RateLimitDetails::limitChanged, this,
            [this](const QString &environmentId, int limit, int windowSeconds) {
                setRateLimit(environmentId, limit, windowSeconds);
            });
}

void MainWindow::setRateLimit(const QString &environmentId, int limit, int windowSeconds)
{
    for (Environment &environment : m_environments) {
        if (environment.id != environmentId)
            continue;
        environment.rateLimit = limit;
        environment.rateWindowSeconds = windowSeconds;
        // Partners may agree other limits with Hero, so each environment keeps its own.
        saveRateLimit(m_services.settings, environment);
    }
    if (m_environment.id == environmentId) {
        m_environment.rateLimit = limit;
        m_environment.rateWindowSeconds = windowSeconds;
    }
    refreshGauge();
    statusBar()->showMessage(tr("%1 now allows %2 requests per %3 s for each key.")
                                 .arg(m_environment.name)
                                 .arg(limit)
                                 .arg(windowSeconds),
                             5000);
}

QString MainWindow::currentRateKey() const
{
    const KeyProfile key = currentKey();
    return key.isValid() ? RequestRunner::rateKeyFor(m_environment.id, key.fingerprint) : QString();
}

void MainWindow::refreshGauge()
{
    if (!m_services.runner)
        return;
    const QString rateKey = currentRateKey();
    if (rateKey.isEmpty()) {
        m_gauge->setState(RateGaugeState());
        return;
    }
    RateLimiter *limiter = m_services.runner->limiter();
    limiter->setPolicy(rateKey,
                       RatePolicy::forLimit(m_environment.rateLimit,
                                            std::chrono::seconds(m_environment.rateWindowSeconds)));
    m_gauge->setState(limiter->gaugeState(rateKey));
}

void MainWindow::exploreSandbox()
{
    selectEnvironment(QStringLiteral("sandbox"));
    m_services.settings->setValue(QStringLiteral("welcome/dismissed"), true);
    updateWelcome();
}

void MainWindow::updateWelcome()
{
    const bool dismissed = m_services.settings->value(QStringLiteral("welcome/dismissed")).toBool();
    const bool workspace = hasOwnKey() || dismissed;
    m_pages->setCurrentIndex(workspace ? WorkspacePage : WelcomePage);
    // The window-wide Send and Find act on a workspace the welcome pane hides.
    m_composer->sendAction()->setEnabled(workspace);
    m_viewer->findAction()->setEnabled(workspace);
}

bool MainWindow::hasOwnKey() const
{
    for (const KeyProfile &key : m_services.keys->profiles()->profiles()) {
        if (!key.sessionOnly)
            return true;
    }
    return false;
}

void MainWindow::restoreSettings()
{
    QSettings *settings = m_services.settings;
    restoreGeometry(settings->value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    if (!m_mainSplitter->restoreState(
            settings->value(QStringLiteral("window/mainSplitter")).toByteArray()))
        // The catalogue wide enough for its paths and the side panel at its minimum; the
        // centre gives way first when the window is small.
        m_mainSplitter->setSizes({m_browser->sizeHint().width(),
                                  fontMetrics().averageCharWidth() * 40,
                                  m_sideTabs->minimumWidth()});
    m_centerSplitter->restoreState(
        settings->value(QStringLiteral("window/centerSplitter")).toByteArray());
    // With no key of one's own the explorer opens on the embedded sandbox, so the welcome pane's
    // "Explore the offline sandbox" has nothing left to wait for; otherwise on staging.
    const QString fallback = hasOwnKey() ? QStringLiteral("staging") : QStringLiteral("sandbox");
    const QString environment =
        settings->value(QStringLiteral("environment/last"), fallback).toString();
    if (!selectEnvironment(environment))
        selectEnvironment(fallback);
}

void MainWindow::saveSettings()
{
    QSettings *settings = m_services.settings;
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings->setValue(QStringLiteral("window/centerSplitter"), m_centerSplitter->saveState());
    settings->setValue(QStringLiteral("environment/last"), m_environment.id);
    const QString group = currentPracticeGroup();
    if (practiceGroupIdProblem(group.toUtf8()).isEmpty())
        settings->setValue(
            QStringLiteral("practiceGroups/") + m_environment.id + QStringLiteral("/last"), group);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}
