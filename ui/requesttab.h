// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/httpfilestore.h"
#include "diagnosis/diagnosis.h"
#include "session/requestrun.h"
#include "session/requestsession.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <functional>

class AccessibleAnnouncer;
class CrossOrgPanel;
class DiagnosisPanel;
class NetworkMapView;
class QScrollArea;
class QSplitter;
class QTimer;
class RequestComposer;
class ResponseViewer;
struct HistoryRequest;
struct Operation;
struct SavedTab;

// The dialog that asks before a non-GET goes to production; true for Yes.
bool confirmSendToProduction(QWidget *parent, const QString &question);

// One request open in the explorer: its composer, response, diagnosis and cross-organisational
// flow, over one RequestSession. The flow page lives in the window's side panel, beside the
// other tabs' pages; the tab owns it all the same.
class RequestTab : public QWidget
{
    Q_OBJECT
public:
    explicit RequestTab(Workspace *workspace, QWidget *parent = nullptr);
    ~RequestTab() override;

    RequestSession *session() const { return m_session; }
    RequestComposer *composer() const { return m_composer; }
    ResponseViewer *viewer() const { return m_viewer; }
    DiagnosisPanel *diagnosisPanel() const { return m_diagnosisPanel; }
    QSplitter *splitter() const { return m_centerSplitter; }
    QWidget *flowPage() const;
    CrossOrgPanel *flowPanel() const { return m_flowPanel; }
    // Tells screen readers of a refusal (401, 403, 429) without taking the focus.
    AccessibleAnnouncer *announcer() const { return m_announcer; }

    void loadOperation(const Operation &operation);
    // Re-opens a request from history in this tab; its environment when it still exists.
    void reopen(const HistoryRequest &entry);
    void restore(const SavedTab &saved);
    SavedTab saved() const;
    // Nothing typed and nothing sent since the last load: the catalogue may replace it.
    bool isUntouched() const;
    // "GET /v1/me", or "New request" before anything was loaded.
    QString title() const;
    // The title on the tab bar, marked "LIVE" in words on production, and its tooltip.
    QString tabText() const;
    QString tabToolTip() const;
    // Production asks before any non-GET; tests answer through this hook instead of a dialog.
    void setProductionConfirmer(std::function<bool(const QString &question)> confirmer);
    void setAnimationsEnabled(bool on);
    // The status bar's text for the run in flight, or empty.
    QString waitText() const;

    // A request of a collection file, opened here: Ctrl+S writes it back into that file.
    bool openCollectionRequest(const HttpRequestRef &ref, QString *error);
    HttpRequestRef collectionRequest() const { return m_fileRef; }
    // The composer differs from what the file holds (a tab of no file: never).
    bool isModified() const;
    // Writes the request into its file, keeping every other byte of it; false and *error when
    // the tab has no file or it cannot be written. A literal key is refused, never written.
    bool save(QString *error);
    // Appends the request to that file (made when missing) under that name, and binds the tab
    // to it.
    bool saveAs(const QString &filePath, const QString &name, QString *error);
    // The tab's file changed on disk (an editor, git pull). Unmodified, the tab takes the
    // file's version; modified, keepMine() says whether the user keeps theirs.
    void fileChangedOnDisk(const std::function<bool()> &keepMine);
    // The collection's environment file changed: the variables are read again.
    void reloadVariables() { refreshVariables(); }

    // An answer a collection run got for this tab's request: the tab aims at the environment,
    // key and practice group it was sent with, then shows it with its diagnosis and flow.
    void showRunResult(const RunTarget &target, const Exchange &exchange);

public slots:
    void send(const ApiRequest &request);
    void onNextStep(NextStep::Action action);
    void openDoctor();

signals:
    void exchangeShown(const Exchange &exchange, const Diagnosis &diagnosis);
    void statusMessage(const QString &text, int timeout);
    void titleChanged();
    // Asks of the window: the key manager, the rate details, focus on the key or group field.
    void keyManagerRequested(const QString &environmentId);
    void rateDetailsRequested();
    void sendRefused(RequestSession::SendProblem problem);
    void crossOrgRefusalShown();

private:
    void buildFlowPage();
    void showExchange(const Exchange &exchange, const Diagnosis &diagnosis);
    void clearResults();
    void showWait();
    void onTargetChanged();
    // Reads the tab's file again for its variables (they depend on the environment).
    void refreshVariables();
    // The tab leaves its file: the catalogue or history loaded another request into it.
    void unbindFile();
    void loadCollectionText(const HttpRequestText &text);

    RequestSession *const m_session;
    RequestComposer *const m_composer;
    ResponseViewer *const m_viewer;
    DiagnosisPanel *const m_diagnosisPanel;
    QSplitter *const m_centerSplitter;
    CrossOrgPanel *const m_flowPanel;
    NetworkMapView *const m_mapView;
    AccessibleAnnouncer *const m_announcer;
    // Lent to the window's side panel, which may be gone before the tab.
    QPointer<QScrollArea> m_flowScroll;
    QTimer *const m_waitTimer;
    ApiRequest m_pristine; // what a fresh composer holds
    std::function<bool(const QString &)> m_confirmProduction;
    RequestRun::Stage m_waitStage = RequestRun::Stage::Finished;
    QDateTime m_waitUntil;
    HttpRequestRef m_fileRef;
    HttpRequestText m_savedText; // what the file holds for this request, as last read or written
    mutable bool m_shownModified = false; // what the tab's label last said
};
