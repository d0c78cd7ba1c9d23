// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/diagnosis.h"
#include "diagnosis/doctor.h"
#include "export/supportreport.h"
#include "history/historyentry.h"
#include "keys/keyprofile.h"
#include "ratelimit/rategaugestate.h"
#include "session/requestrun.h"

#include <QObject>
#include <QPointer>

class PracticeGroupDirectory;
class Workspace;

// One request's whole state, without widgets: the environment, key and practice group it
// targets, the composed request, the run in flight and the last {request, exchange,
// diagnosis}; the contexts that diagnosis, reports, history and the rate gauge need are built
// here and nowhere else. The explorer holds one per tab; every session shares one Workspace.
class RequestSession : public QObject
{
    Q_OBJECT
public:
    // Why a request cannot be sent for the current target.
    enum class SendProblem { None, NoKey, BadPracticeGroup, NoRunner };
    Q_ENUM(SendProblem)

    explicit RequestSession(Workspace *workspace, QObject *parent = nullptr);
    // Cancels the run in flight: a closed tab sends nothing more.
    ~RequestSession() override;

    Workspace *workspace() const { return m_workspace; }

    // The target. Each setter emits targetChanged() and clears results that answered another.
    Environment environment() const;
    // Also starts the embedded sandbox on first use (problem() says when it cannot) and keeps
    // the key when it belongs to the new environment, else takes its default key.
    bool setEnvironment(const QString &id);
    KeyProfile key() const;
    void setKey(const QString &profileId);
    // Targets what the other session targets, taking over its practice-group listing rather
    // than asking the API again (a new tab opened beside it).
    void aimLike(const RequestSession &other);
    // Targets where the explorer was last left; on a first run, or when that environment cannot
    // be used, staging for a user with a key of their own and the sandbox otherwise.
    void aimWhereLastLeft();
    // Remembers the environment and, when well formed, the practice group for the next start.
    void rememberTarget() const;
    // The key ring changed: keeps the key while it still exists, else the default one.
    void refreshKey();
    QString practiceGroup() const { return m_practiceGroup; }
    void setPracticeGroup(const QString &id);
    // The saved, recent and listed groups of this environment and key.
    PracticeGroupDirectory *groups() const { return m_groups; }
    // Why the typed practice group cannot be sent; empty when it can or when none is typed.
    QString practiceGroupProblem() const;
    // The group is not the key's home group (both known): Hero allows it only across a network.
    bool isCrossOrganisational() const;
    bool isHomeGroup() const;

    // The request as composed and, apart from edits since, as last loaded into it.
    ApiRequest request() const { return m_request; }
    void setRequest(const ApiRequest &request) { m_request = request; }
    void loadRequest(const ApiRequest &request);
    ApiRequest loadedRequest() const { return m_loadedRequest; }
    bool hasLoadedRequest() const { return m_hasLoadedRequest; }
    bool hasSent() const { return m_hasSent; }

    // The contexts, each built here once for every user of it.
    RunTarget runTarget() const;
    // For checks made on the user's behalf: the key acting for its home group (or the group
    // picked, when it has none), never retried.
    RunTarget checkTarget(const Environment &environment, const KeyProfile &key) const;
    DiagnosisContext diagnosisContext(const ApiRequest &request) const;
    ReportContext reportContext() const;
    HistoryContext historyContext() const;
    QMap<QString, QString> practiceGroupNames() const;
    // Environment, key and group as one comparable string.
    QString targetId() const;
    // The limiter's key: environment and key fingerprint; empty without a key.
    QString rateKey() const;
    // The network map's entry: this key in this environment; empty without a key.
    QString mapKey() const;
    // The key's rate window under the environment's policy.
    RateGaugeState rateState() const;

    // The workflows.
    SendProblem sendProblem() const;
    // Production asks before anything but GET and HEAD.
    bool needsConfirmation(const ApiRequest &request) const;
    // Starts the request (confirmedForProduction set by the caller when it asked); false and
    // nothing sent on a SendProblem.
    bool send(const ApiRequest &request);
    void cancel();
    bool isRunning() const { return !m_run.isNull(); }
    RequestRun *run() const { return m_run; }
    // Lists the practice groups the key may act for into groups() and the network map.
    void listPracticeGroups();
    // GET /v1/me with that key, acting for its home group; reports through keyTested().
    void testKey(const QString &profileId);
    Doctor::Sender doctorSender() const;
    // The group the doctor checks from: the key's home group, else the one picked.
    QString homeGroupOrPicked() const;

    // An exchange made elsewhere for this target (a collection run): diagnosed here once and
    // made the last result, as if this session had sent it; reports through finished().
    void showExchange(const Exchange &exchange);

    ApiRequest lastRequest() const { return m_lastRequest; }
    Exchange lastExchange() const { return m_lastExchange; }
    Diagnosis lastDiagnosis() const { return m_lastDiagnosis; }
    bool hasResult() const { return !m_shownTargetId.isEmpty(); }

signals:
    void targetChanged();
    // Around every change of groups() made by the session: a picker bound to it keeps its text.
    void groupsAboutToChange();
    void groupsChanged();
    void practiceGroupsListed();
    void problem(const QString &text);
    void runStarted();
    void stageChanged(RequestRun::Stage stage, std::chrono::milliseconds wait);
    // The answer for the current target, diagnosed once.
    void finished(const Exchange &exchange, const Diagnosis &diagnosis);
    // An answer that came after the target changed: kept in history, not shown.
    void finishedAfterSwitch(const Exchange &exchange);
    // The last result answered another target and is gone.
    void resultsCleared();
    void keyTested(const QString &profileId, const QString &verdict, bool ok);

private:
    template <typename Context> Context targetContext() const;
    void chooseKey(const QString &profileId);
    // Sets the environment's limit on the key's window; returns the rate key, empty without one.
    QString applyRatePolicy() const;
    void moved();
    void changeGroups(const std::function<void()> &change);
    void onAttemptFinished(const Exchange &exchange);
    void onRunFinished(const Exchange &exchange);
    void keepResult(const Exchange &exchange, const Diagnosis &diagnosis);

    Workspace *const m_workspace;
    PracticeGroupDirectory *const m_groups;
    QString m_environmentId;
    QString m_keyId;
    QString m_practiceGroup;
    ApiRequest m_request;
    ApiRequest m_loadedRequest;
    bool m_hasLoadedRequest = false;
    bool m_hasSent = false;

    QPointer<RequestRun> m_run;
    // Built once when the request is sent, for every attempt and the final answer.
    DiagnosisContext m_sentContext;
    HistoryContext m_sentHistory;
    QString m_sentTargetId;
    int m_diagnosedAttempt = -1; // the attempt m_attemptDiagnosis belongs to
    QDateTime m_diagnosedAt;
    Diagnosis m_attemptDiagnosis;

    ApiRequest m_lastRequest;
    Exchange m_lastExchange;
    Diagnosis m_lastDiagnosis;
    QString m_shownTargetId; // targetId() of the last result; empty when none
};
