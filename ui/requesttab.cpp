// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "requesttab.h"

#include "accessibility.h"
#include "catalogue/catalogue.h"
#include "collections/collectionvariables.h"
#include "crossorgpanel.h"
#include "diagnosispanel.h"
#include "doctordialog.h"
#include "history/historyentry.h"
#include "http/headernames.h"
#include "http/headervalidation.h"
#include "networkmapview.h"
#include "panelscrollarea.h"
#include "ratelimit/ratelimiter.h"
#include "requestcomposer.h"
#include "responseviewer.h"
#include "session/explorersettings.h"
#include "session/workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

bool sameRequest(const ApiRequest &a, const ApiRequest &b)
{
    return a.method == b.method && a.path == b.path && a.query == b.query
        && a.extraHeaders == b.extraHeaders && a.body == b.body;
}

} // namespace

bool confirmSendToProduction(QWidget *parent, const QString &question)
{
    return QMessageBox::warning(parent, RequestTab::tr("Send to production?"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

RequestTab::RequestTab(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_session(new RequestSession(workspace, this))
    , m_composer(new RequestComposer(this))
    , m_viewer(new ResponseViewer(this))
    , m_diagnosisPanel(new DiagnosisPanel(this))
    , m_centerSplitter(new QSplitter(Qt::Vertical, this))
    , m_flowPanel(new CrossOrgPanel(this))
    , m_mapView(new NetworkMapView(this))
    , m_announcer(new AccessibleAnnouncer(this))
    , m_flowScroll(new QScrollArea(this))
    , m_waitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("requestTab"));
    m_confirmProduction = [this](const QString &question) {
        return confirmSendToProduction(this, question);
    };
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
    m_centerSplitter->restoreState(workspace->settings().centerSplitter());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_centerSplitter);
    buildFlowPage();
    m_pristine = m_composer->request();

    m_waitTimer->setInterval(1000); // the countdown of a queued request or a retry
    connect(m_waitTimer, &QTimer::timeout, this, &RequestTab::showWait);
    connect(m_composer, &RequestComposer::sendRequested, this, &RequestTab::send);
    connect(m_composer, &RequestComposer::cancelRequested, m_session, &RequestSession::cancel);
    // The tab's unsaved mark follows the edits.
    connect(m_composer, &RequestComposer::edited, this, [this] {
        if (m_fileRef.isValid() && isModified() != m_shownModified) {
            m_shownModified = !m_shownModified;
            emit titleChanged();
        }
    });
    connect(m_diagnosisPanel, &DiagnosisPanel::actionRequested, this, &RequestTab::onNextStep);
    connect(m_flowPanel, &CrossOrgPanel::switchToHomeGroupRequested, m_session,
            &RequestSession::setPracticeGroup);
    connect(m_flowPanel, &CrossOrgPanel::runDoctorRequested, this, &RequestTab::openDoctor);
    connect(m_composer, &RequestComposer::statusMessage, this,
            [this](const QString &text) { emit statusMessage(text, 5000); });
    connect(m_viewer, &ResponseViewer::statusMessage, this,
            [this](const QString &text) { emit statusMessage(text, 5000); });

    connect(m_session, &RequestSession::targetChanged, this, &RequestTab::onTargetChanged);
    connect(m_session, &RequestSession::resultsCleared, this, &RequestTab::clearResults);
    connect(m_session, &RequestSession::problem, m_composer, &RequestComposer::showProblem);
    connect(m_session, &RequestSession::practiceGroupsListed, this, [this] {
        m_mapView->setMap(m_session->workspace()->networkMap(), m_session->mapKey());
    });
    connect(m_session, &RequestSession::finished, this, &RequestTab::showExchange);
    connect(
        m_session, &RequestSession::finishedAfterSwitch, this, [this](const Exchange &exchange) {
            m_waitTimer->stop();
            m_composer->setInFlight(false);
            m_viewer->setInFlight(false);
            // Shown now, it would stand under an environment, key or group it did not answer.
            emit statusMessage(
                tr("The answer to %1 %2 came after you switched; it is in the history.")
                    .arg(QString::fromLatin1(exchange.request.method), exchange.request.url.path()),
                10000);
        });
    connect(m_session, &RequestSession::stageChanged, this,
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
}

RequestTab::~RequestTab()
{
    // The flow page may sit in the window's side panel; it goes with its tab.
    if (m_flowScroll && m_flowScroll->parent() != this)
        m_flowScroll->deleteLater();
}

QWidget *RequestTab::flowPage() const
{
    return m_flowScroll.data();
}

void RequestTab::buildFlowPage()
{
    auto *flowPage = new QWidget(m_flowScroll);
    auto *flowLayout = new QVBoxLayout(flowPage);
    m_flowPanel->setObjectName(QStringLiteral("crossOrgPanel"));
    m_mapView->setObjectName(QStringLiteral("networkMapView"));
    m_mapView->setMap(m_session->workspace()->networkMap(), QString());
    flowLayout->addWidget(m_flowPanel);
    flowLayout->addWidget(m_mapView);
    flowLayout->addStretch();
    m_flowScroll->setObjectName(QStringLiteral("flowScroll"));
    m_flowScroll->setWidgetResizable(true);
    m_flowScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_flowScroll->setFrameShape(QFrame::NoFrame);
    m_flowScroll->setFocusPolicy(Qt::NoFocus); // its contents are the stops
    m_flowScroll->setWidget(flowPage);
    m_flowScroll->hide();
}

void RequestTab::unbindFile()
{
    if (!m_fileRef.isValid())
        return;
    m_fileRef = {};
    m_savedText = {};
    m_composer->clearVariableScope();
}

void RequestTab::loadOperation(const Operation &operation)
{
    unbindFile();
    m_composer->loadOperation(operation);
    m_session->loadRequest(m_composer->request());
    emit titleChanged();
}

bool RequestTab::openCollectionRequest(const HttpRequestRef &ref, QString *error)
{
    HttpFile file;
    if (!readHttpFile(ref.filePath, &file, error))
        return false;
    const int index = ref.find(file);
    if (index < 0) {
        *error =
            tr("“%1” is no longer in %2.").arg(ref.name, QDir::toNativeSeparators(ref.filePath));
        return false;
    }
    m_fileRef = ref;
    m_fileRef.name = file.requests().at(index).request.name;
    m_fileRef.index = index;
    loadCollectionText(file.requests().at(index).request);
    return true;
}

void RequestTab::showRunResult(const RunTarget &target, const Exchange &exchange)
{
    if (m_session->environment().id != target.environment.id)
        m_session->setEnvironment(target.environment.id);
    if (m_session->key().id != target.keyProfileId)
        m_session->setKey(target.keyProfileId);
    // The request may name its own group (x-practice-group-id in the file).
    const QByteArray sentGroup = exchange.requestHeader(HeaderName::PracticeGroupId);
    const QString group = sentGroup.isEmpty() ? target.practiceGroup : QString::fromUtf8(sentGroup);
    if (m_session->practiceGroup() != group)
        m_session->setPracticeGroup(group);
    m_session->showExchange(exchange);
}

void RequestTab::loadCollectionText(const HttpRequestText &text)
{
    m_savedText = text;
    refreshVariables();
    m_composer->loadRequestText(text);
    m_session->loadRequest(m_composer->request());
    emit titleChanged();
}

void RequestTab::refreshVariables()
{
    if (!m_fileRef.isValid())
        return;
    HttpFile file;
    QString error;
    VariableScope scope;
    if (readHttpFile(m_fileRef.filePath, &file, &error))
        scope = variableScopeFor(m_fileRef.filePath, file, m_session->environment(), &error);
    m_composer->setVariableScope(scope);
    if (!error.isEmpty())
        m_composer->showProblem(error);
}

bool RequestTab::isModified() const
{
    if (!m_fileRef.isValid())
        return false;
    HttpRequestText typed = m_composer->requestText();
    typed.name = m_savedText.name;
    typed.assertions = m_savedText.assertions;
    return typed != m_savedText;
}

bool RequestTab::save(QString *error)
{
    if (!m_fileRef.isValid()) {
        *error = tr("This request is not in a collection yet: use Save As.");
        return false;
    }
    HttpRequestText text = m_composer->requestText();
    text.name = m_savedText.name;
    text.assertions = m_savedText.assertions;
    if (const QString why = literalKeyProblem(text); !why.isEmpty()) {
        *error = why;
        return false;
    }
    HttpFile file;
    if (!readHttpFile(m_fileRef.filePath, &file, error))
        return false;
    const int index = m_fileRef.find(file);
    if (index < 0)
        file.appendRequest(text); // removed from the file since: the tab's version comes back
    else
        file.replaceRequest(index, text);
    if (!writeHttpFile(m_fileRef.filePath, file, error))
        return false;
    m_fileRef.index = index < 0 ? int(file.requests().size()) - 1 : index;
    m_savedText = text;
    m_session->loadRequest(m_composer->request());
    emit titleChanged();
    emit statusMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(m_fileRef.filePath)), 5000);
    return true;
}

bool RequestTab::saveAs(const QString &filePath, const QString &name, QString *error)
{
    HttpRequestText text = m_composer->requestText();
    text.name = name;
    text.assertions = m_savedText.assertions;
    if (const QString why = literalKeyProblem(text); !why.isEmpty()) {
        *error = why;
        return false;
    }
    HttpFile file;
    if (QFileInfo::exists(filePath) && !readHttpFile(filePath, &file, error))
        return false;
    if (!name.isEmpty() && file.indexOf(name) >= 0) {
        *error = tr("%1 already has a request named “%2”.")
                     .arg(QDir::toNativeSeparators(filePath), name);
        return false;
    }
    file.appendRequest(text);
    if (!writeHttpFile(filePath, file, error))
        return false;
    m_fileRef = {filePath, name, int(file.requests().size()) - 1};
    loadCollectionText(file.requests().constLast().request);
    emit statusMessage(tr("Saved to %1").arg(QDir::toNativeSeparators(filePath)), 5000);
    return true;
}

void RequestTab::fileChangedOnDisk(const std::function<bool()> &keepMine)
{
    if (!m_fileRef.isValid())
        return;
    HttpFile file;
    QString error;
    if (!readHttpFile(m_fileRef.filePath, &file, &error)) {
        m_composer->showProblem(error);
        return;
    }
    const int index = m_fileRef.find(file);
    if (index < 0) {
        m_composer->showProblem(
            tr("“%1” is no longer in %2; Save puts it back.")
                .arg(m_fileRef.name, QDir::toNativeSeparators(m_fileRef.filePath)));
        return;
    }
    const HttpRequestText onDisk = file.requests().at(index).request;
    if (onDisk == m_savedText) {
        refreshVariables(); // only other requests or variables changed
        return;
    }
    if (isModified() && keepMine()) {
        m_savedText = onDisk; // Save now overwrites the file's version with the tab's
        emit titleChanged();
        return;
    }
    m_fileRef.index = index;
    loadCollectionText(onDisk);
    emit statusMessage(tr("Reloaded from %1").arg(QDir::toNativeSeparators(m_fileRef.filePath)),
                       5000);
}

void RequestTab::reopen(const HistoryRequest &entry)
{
    unbindFile();
    const bool moved = entry.environmentId != m_session->environment().id
        && !m_session->setEnvironment(entry.environmentId);
    if (!entry.practiceGroup.isEmpty())
        m_session->setPracticeGroup(entry.practiceGroup);
    if (const Operation *operation = m_session->workspace()->catalogue().find(
            QString::fromLatin1(entry.request.method), entry.request.path))
        m_composer->loadOperation(*operation);
    m_composer->loadRequest(entry.request);
    m_session->loadRequest(m_composer->request());
    emit titleChanged();
    // After loading, which clears the composer's message: this one must stay in sight.
    if (moved)
        m_composer->showProblem(tr("That environment no longer exists; opened in %1.")
                                    .arg(m_session->environment().name));
}

void RequestTab::restore(const SavedTab &saved)
{
    if (!m_session->setEnvironment(saved.environmentId))
        return;
    if (!saved.keyProfileId.isEmpty())
        m_session->setKey(saved.keyProfileId);
    if (!saved.practiceGroup.isEmpty())
        m_session->setPracticeGroup(saved.practiceGroup);
    QString error;
    if (!saved.collectionFile.isEmpty()
        && openCollectionRequest(
            {saved.collectionFile, saved.collectionRequest, saved.collectionIndex}, &error))
        return;
    if (!saved.hasRequest)
        return;
    if (const Operation *operation = m_session->workspace()->catalogue().find(
            QString::fromLatin1(saved.request.method), saved.request.path))
        m_composer->loadOperation(*operation);
    m_composer->loadRequest(saved.request);
    m_session->loadRequest(m_composer->request());
    emit titleChanged();
    if (!error.isEmpty()) // after loading, which clears the composer's message
        m_composer->showProblem(
            tr("Opened as it was last sent, not from its collection: %1").arg(error));
}

SavedTab RequestTab::saved() const
{
    SavedTab tab;
    tab.environmentId = m_session->environment().id;
    tab.keyProfileId = m_session->key().id;
    tab.practiceGroup = m_session->practiceGroup();
    // What was loaded, sent or typed (a sent tab is never untouched).
    tab.hasRequest = m_session->hasLoadedRequest() || !isUntouched();
    if (tab.hasRequest)
        tab.request = m_composer->request();
    tab.collectionFile = m_fileRef.filePath;
    tab.collectionRequest = m_fileRef.name;
    tab.collectionIndex = m_fileRef.index;
    return tab;
}

bool RequestTab::isUntouched() const
{
    if (m_fileRef.isValid() || m_session->hasSent() || m_session->isRunning())
        return false;
    // Typed into a fresh tab counts as much as edited after a load.
    return sameRequest(m_composer->request(),
                       m_session->hasLoadedRequest() ? m_session->loadedRequest() : m_pristine);
}

QString RequestTab::title() const
{
    if (m_fileRef.isValid() && !m_fileRef.name.isEmpty())
        return m_fileRef.name;
    if (!m_session->hasLoadedRequest() && !m_session->hasSent())
        return tr("New request");
    const ApiRequest request =
        m_session->hasSent() ? m_session->lastRequest() : m_session->loadedRequest();
    return QString::fromLatin1(request.method) + u' ' + request.path;
}

QString RequestTab::tabText() const
{
    // The unsaved mark leads, where it is seen even when the label is cut.
    m_shownModified = isModified();
    const QString text = m_shownModified ? tr("● %1").arg(title()) : title();
    return m_session->environment().isProduction() ? tr("LIVE · %1").arg(text) : text;
}

QString RequestTab::tabToolTip() const
{
    QString tip = tr("%1 in %2, acting for practice group %3")
                      .arg(title(), m_session->environment().name, m_session->practiceGroup());
    if (m_fileRef.isValid())
        tip += u'\n'
            + (isModified() ? tr("Unsaved changes to %1") : tr("Saved in %1"))
                  .arg(QDir::toNativeSeparators(m_fileRef.filePath));
    return tip;
}

void RequestTab::setProductionConfirmer(std::function<bool(const QString &)> confirmer)
{
    m_confirmProduction = std::move(confirmer);
}

void RequestTab::setAnimationsEnabled(bool on)
{
    m_flowPanel->setAnimationsEnabled(on);
}

void RequestTab::send(const ApiRequest &composed)
{
    // A collection request may name the group it acts for: the target bar then shows it.
    if (m_composer->usesVariables()) {
        const QString group = m_composer->resolvedRequest().practiceGroup;
        if (!group.isEmpty() && group != m_session->practiceGroup())
            m_session->setPracticeGroup(group);
    }
    // Refused before sending: said in the composer, where the user pressed Send, and an
    // earlier answer's diagnosis goes, so it cannot pass for this request's.
    const RequestSession::SendProblem problem = m_session->sendProblem();
    if (problem != RequestSession::SendProblem::None) {
        m_diagnosisPanel->dismiss();
        if (problem == RequestSession::SendProblem::NoKey)
            m_composer->showProblem(tr("Add a key for %1 first: Keys… in the toolbar "
                                       "(Ctrl+Shift+K).")
                                        .arg(m_session->environment().name));
        else if (problem == RequestSession::SendProblem::BadPracticeGroup)
            m_composer->showProblem(practiceGroupIdProblem(m_session->practiceGroup().toUtf8()));
        emit sendRefused(problem);
        return;
    }
    ApiRequest request = composed;
    if (m_session->needsConfirmation(request)) {
        const QString question =
            tr("Send %1 %2 to PRODUCTION, acting for practice group %3?\n\nThis may change "
               "real practice and patient data.")
                .arg(QString::fromLatin1(request.method), request.path, m_session->practiceGroup());
        if (!m_confirmProduction(question)) {
            emit statusMessage(tr("Not sent: production request cancelled."), 5000);
            return;
        }
        request.confirmedForProduction = true;
    }
    if (!m_session->send(request))
        return;
    m_composer->setInFlight(true);
    m_viewer->setInFlight(true);
    emit titleChanged();
}

void RequestTab::showExchange(const Exchange &exchange, const Diagnosis &diagnosis)
{
    m_waitTimer->stop();
    m_waitStage = RequestRun::Stage::Finished;
    m_composer->setInFlight(false);
    m_viewer->setInFlight(false);
    m_viewer->setExchange(exchange);
    emit statusMessage(diagnosis.isOk()
                           ? tr("%1 · %2 ms").arg(exchange.status).arg(exchange.timings.totalMs)
                           : diagnosis.title,
                       0);
    m_diagnosisPanel->showDiagnosis(exchange, diagnosis, m_session->reportContext());
    const KeyProfile key = m_session->key();
    m_mapView->setMap(m_session->workspace()->networkMap(), m_session->mapKey());
    m_flowPanel->setExchange(exchange, diagnosis, key.homePracticeGroup,
                             m_session->practiceGroupNames(), key.redacted());
    if (exchange.status == 401 || exchange.status == 403 || exchange.status == 429)
        m_announcer->announce(tr("Refused, %1: %2").arg(exchange.status).arg(diagnosis.title));
    if (diagnosis.code == DiagnosisCode::CrossOrgForbidden)
        emit crossOrgRefusalShown();
    emit exchangeShown(exchange, diagnosis);
}

void RequestTab::clearResults()
{
    m_viewer->clear();
    m_diagnosisPanel->dismiss();
    m_flowPanel->clear();
}

void RequestTab::onTargetChanged()
{
    m_composer->setEnvironment(m_session->environment());
    refreshVariables();
    m_composer->setAuthPreview(m_session->key().redacted(), m_session->practiceGroup());
    if (m_mapView->fingerprint() != m_session->mapKey())
        m_mapView->setMap(m_session->workspace()->networkMap(), m_session->mapKey());
    emit titleChanged(); // a production tab is marked
}

QString RequestTab::waitText() const
{
    const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(m_waitUntil);
    const int seconds = int(qMax<qint64>(0, (left + 999) / 1000));
    // A wait the server imposed (a 429, or a quota it reported used up) is not the throttle's.
    RequestRun *run = m_session->run();
    RequestRunner *runner = m_session->workspace()->runner();
    const RateGaugeState rate =
        run && runner ? runner->limiter()->gaugeState(run->rateKey()) : RateGaugeState();
    const bool waiting = m_waitStage == RequestRun::Stage::Queued
        || m_waitStage == RequestRun::Stage::WaitingToRetry;
    if (waiting && rate.state == RateState::Paused) {
        return rate.serverRefused
            ? tr("The server refused the request (429, too many requests): it is sent again "
                 "in %n s (Cancel stops it).",
                 "", seconds)
            : tr("The server reported no requests left for this key: the request goes in "
                 "%n s (Cancel stops it).",
                 "", seconds);
    }
    switch (m_waitStage) {
    case RequestRun::Stage::Queued:
        return tr("Queued to stay under the rate limit: sends in %n s (Cancel stops it).", "",
                  seconds);
    case RequestRun::Stage::WaitingToRetry:
        return tr("Retrying automatically in %n s (Cancel stops it).", "", seconds);
    case RequestRun::Stage::Sending:
        return tr("Sending…");
    default:
        return QString();
    }
}

void RequestTab::showWait()
{
    const QString text = waitText();
    if (!text.isEmpty())
        emit statusMessage(text, 0);
}

void RequestTab::onNextStep(NextStep::Action action)
{
    switch (action) {
    case NextStep::OpenKeyManager:
        emit keyManagerRequested(m_session->environment().id);
        break;
    case NextStep::SwitchToHomeGroup: {
        const QString home = m_session->key().homePracticeGroup;
        m_session->setPracticeGroup(home);
        emit statusMessage(tr("Now acting for the key's home practice group %1.").arg(home), 5000);
        break;
    }
    case NextStep::ShowRateLimit:
        emit rateDetailsRequested();
        break;
    case NextStep::RetryAfterWait:
    case NextStep::ReadKeyAgain: // the run reads the key from the keyring again
        send(m_session->lastRequest());
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
                .arg(m_session->environment().origin()));
        break;
    case NextStep::CopyReport:
        emit statusMessage(tr("Support report copied (no key, no response body)."), 5000);
        break;
    case NextStep::None:
        break;
    }
}

void RequestTab::openDoctor()
{
    if (!m_session->key().isValid() || !m_session->workspace()->runner())
        return;
    const Exchange exchange = m_session->lastExchange();
    const Diagnosis diagnosis = m_session->lastDiagnosis();
    auto *dialog = new DoctorDialog(m_session->doctorSender(),
                                    DoctorDialog::requestFor(m_session->lastRequest(), exchange,
                                                             diagnosis, m_session->environment(),
                                                             m_session->homeGroupOrPicked()),
                                    {exchange, diagnosis, m_session->reportContext(), {}}, this);
    dialog->setObjectName(QStringLiteral("doctorDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DoctorDialog::verdictReached, this,
            [this, dialog](DoctorVerdict verdict, const QString &explanation) {
                m_diagnosisPanel->setDoctorResult(
                    dialog->steps(), DoctorDialog::verdictTitle(verdict) + u": " + explanation);
            });
    connect(dialog, &DoctorDialog::actionRequested, this, &RequestTab::onNextStep);
    dialog->open();
}
