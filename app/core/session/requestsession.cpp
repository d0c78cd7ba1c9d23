// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "requestsession.h"

#include "crossorg/networkmap.h"
#include "history/historystore.h"
#include "http/headervalidation.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "practicegroups/practicegroupdirectory.h"
#include "session/doctorsender.h"
#include "session/workspace.h"

#include <QUrlQuery>

RequestSession::RequestSession(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_groups(new PracticeGroupDirectory(workspace->settings().settings(), this))
{
}

RequestSession::~RequestSession()
{
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
    }
}

Environment RequestSession::environment() const
{
    return m_workspace->environment(m_environmentId);
}

bool RequestSession::setEnvironment(const QString &id)
{
    if (m_workspace->environment(id).id.isEmpty())
        return false;
    QString error;
    if (!m_workspace->prepare(id, &error))
        emit problem(tr("The offline sandbox could not start: %1").arg(error));
    if (id == m_environmentId) {
        emit targetChanged(); // nothing moved: no new key, no new listing
        return true;
    }
    m_environmentId = id;
    chooseKey(m_keyId);
    return true;
}

KeyProfile RequestSession::key() const
{
    return m_workspace->keys()->profiles()->profile(m_keyId);
}

void RequestSession::setKey(const QString &profileId)
{
    if (profileId == m_keyId && key().isValid())
        return; // the same key: nothing to list again
    chooseKey(profileId);
}

void RequestSession::aimWhereLastLeft()
{
    const QString fallback =
        m_workspace->hasOwnKey() ? QStringLiteral("staging") : QStringLiteral("sandbox");
    if (!setEnvironment(m_workspace->settings().lastEnvironment(fallback)))
        setEnvironment(fallback);
}

void RequestSession::rememberTarget() const
{
    ExplorerSettings &settings = m_workspace->settings();
    const QString id = environment().id;
    settings.setLastEnvironment(id);
    if (practiceGroupIdProblem(m_practiceGroup.toUtf8()).isEmpty())
        settings.setLastPracticeGroup(id, m_practiceGroup);
}

void RequestSession::aimLike(const RequestSession &other)
{
    m_environmentId = other.m_environmentId;
    m_keyId = other.m_keyId;
    m_practiceGroup = other.m_practiceGroup;
    changeGroups([this, &other] {
        m_groups->setContext(m_environmentId, key().homePracticeGroup);
        m_groups->setListed(other.m_groups->listed());
    });
    moved();
}

void RequestSession::refreshKey()
{
    const KeyProfile current = key();
    if (current.isValid() && current.environmentId == m_environmentId)
        return;
    chooseKey(QString());
}

void RequestSession::chooseKey(const QString &profileId)
{
    const KeyProfileStore *profiles = m_workspace->keys()->profiles();
    const KeyProfile wanted = profiles->profile(profileId);
    const KeyProfile chosen = wanted.isValid() && wanted.environmentId == m_environmentId
        ? wanted
        : profiles->defaultProfile(m_environmentId);
    m_keyId = chosen.id;
    changeGroups(
        [this, &chosen] { m_groups->setContext(m_environmentId, chosen.homePracticeGroup); });
    const QString remembered = m_workspace->settings().lastPracticeGroup(m_environmentId);
    m_practiceGroup = !remembered.isEmpty()   ? remembered
        : !chosen.homePracticeGroup.isEmpty() ? chosen.homePracticeGroup
                                              : m_practiceGroup;
    moved();
    listPracticeGroups();
}

void RequestSession::setPracticeGroup(const QString &id)
{
    m_practiceGroup = id;
    moved();
}

void RequestSession::moved()
{
    if (!m_shownTargetId.isEmpty() && m_shownTargetId != targetId()) {
        // The response, its diagnosis and its flow answered another environment, key or group.
        m_shownTargetId.clear();
        m_lastExchange = Exchange();
        m_lastDiagnosis = Diagnosis();
        emit resultsCleared();
    }
    emit targetChanged();
}

void RequestSession::changeGroups(const std::function<void()> &change)
{
    emit groupsAboutToChange();
    change();
    emit groupsChanged();
}

QString RequestSession::practiceGroupProblem() const
{
    return m_practiceGroup.isEmpty() ? QString() : practiceGroupIdProblem(m_practiceGroup.toUtf8());
}

bool RequestSession::isCrossOrganisational() const
{
    const QString home = key().homePracticeGroup;
    return practiceGroupProblem().isEmpty() && !m_practiceGroup.isEmpty() && !home.isEmpty()
        && m_practiceGroup != home;
}

bool RequestSession::isHomeGroup() const
{
    // "Home" only when the key says so: without a key or its home group nothing is known.
    return !m_practiceGroup.isEmpty() && m_practiceGroup == key().homePracticeGroup;
}

void RequestSession::loadRequest(const ApiRequest &request)
{
    m_request = request;
    m_loadedRequest = request;
    m_hasLoadedRequest = true;
}

RunTarget RequestSession::runTarget() const
{
    RunTarget target;
    target.environment = environment();
    target.keyProfileId = m_keyId;
    target.practiceGroup = m_practiceGroup;
    return target;
}

RunTarget RequestSession::checkTarget(const Environment &environment, const KeyProfile &key) const
{
    RunTarget target;
    target.environment = environment;
    target.keyProfileId = key.id;
    target.practiceGroup =
        key.homePracticeGroup.isEmpty() ? m_practiceGroup : key.homePracticeGroup;
    target.retries = false; // checks made for the user, not requests the user made
    return target;
}

// What a diagnosis and a report both say of the target: its environment, the key's label,
// redacted form and home group, and the names of the groups listed.
template <typename Context> Context RequestSession::targetContext() const
{
    const KeyProfile current = key();
    Context context;
    context.environment = environment();
    context.keyLabel = current.label;
    context.keyFingerprint = current.redacted();
    context.homePracticeGroup = current.homePracticeGroup;
    context.practiceGroupNames = practiceGroupNames();
    return context;
}

DiagnosisContext RequestSession::diagnosisContext(const ApiRequest &request) const
{
    DiagnosisContext context = targetContext<DiagnosisContext>();
    if (const Operation *operation =
            m_workspace->catalogue().find(QString::fromLatin1(request.method), request.path))
        context.requiredScope = operation->requiredScope;
    return context;
}

ReportContext RequestSession::reportContext() const
{
    return targetContext<ReportContext>();
}

HistoryContext RequestSession::historyContext() const
{
    const KeyProfile current = key();
    HistoryContext context = HistoryContext::forEnvironment(environment());
    context.practiceGroup = m_practiceGroup;
    context.keyFingerprint = current.redacted();
    context.keyLabel = current.label;
    return context;
}

QMap<QString, QString> RequestSession::practiceGroupNames() const
{
    QMap<QString, QString> names;
    for (const PracticeGroup &group : m_groups->groups()) {
        if (!group.name.isEmpty())
            names.insert(group.id, group.name);
    }
    return names;
}

QString RequestSession::targetId() const
{
    return m_environmentId + u'\n' + m_keyId + u'\n' + m_practiceGroup;
}

QString RequestSession::rateKey() const
{
    const KeyProfile current = key();
    return current.isValid() ? RequestRunner::rateKeyFor(m_environmentId, current.fingerprint)
                             : QString();
}

QString RequestSession::mapKey() const
{
    // The same key may be saved for two environments; each keeps its own map.
    const QString redacted = key().redacted();
    return redacted.isEmpty() ? QString() : redacted + u" (" + environment().name + u')';
}

RateGaugeState RequestSession::rateState() const
{
    const QString rate = applyRatePolicy();
    return rate.isEmpty() ? RateGaugeState() : m_workspace->runner()->limiter()->gaugeState(rate);
}

QString RequestSession::applyRatePolicy() const
{
    const QString rate = rateKey();
    RequestRunner *runner = m_workspace->runner();
    if (rate.isEmpty() || !runner)
        return QString();
    const Environment current = environment();
    runner->limiter()->setPolicy(
        rate,
        RatePolicy::forLimit(current.rateLimit, std::chrono::seconds(current.rateWindowSeconds)));
    return rate;
}

RequestSession::SendProblem RequestSession::sendProblem() const
{
    if (!m_workspace->runner())
        return SendProblem::NoRunner;
    if (!key().isValid())
        return SendProblem::NoKey;
    if (!practiceGroupIdProblem(m_practiceGroup.toUtf8()).isEmpty())
        return SendProblem::BadPracticeGroup;
    return SendProblem::None;
}

bool RequestSession::needsConfirmation(const ApiRequest &request) const
{
    return environment().isProduction() && request.method != "GET" && request.method != "HEAD";
}

bool RequestSession::send(const ApiRequest &request)
{
    if (sendProblem() != SendProblem::None)
        return false;
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->cancel();
    }
    m_request = request;
    m_lastRequest = request;
    m_hasSent = true;
    m_sentContext = diagnosisContext(request);
    m_sentHistory = historyContext();
    m_sentTargetId = targetId();
    m_diagnosedAttempt = -1;
    const QString group = m_practiceGroup;
    changeGroups([this, &group] { m_groups->markUsed(group); });
    applyRatePolicy();
    m_run = m_workspace->runner()->start(runTarget(), request);
    connect(m_run, &RequestRun::stageChanged, this, &RequestSession::stageChanged);
    connect(m_run, &RequestRun::attemptFinished, this, &RequestSession::onAttemptFinished);
    connect(m_run, &RequestRun::finished, this, &RequestSession::onRunFinished);
    emit runStarted();
    return true;
}

void RequestSession::onAttemptFinished(const Exchange &exchange)
{
    m_attemptDiagnosis = diagnose(exchange, m_sentContext);
    m_diagnosedAttempt = exchange.attempt;
    m_diagnosedAt = exchange.startedAt;
    if (!m_workspace->history() || !exchange.wasSent())
        return;
    HistoryContext context = m_sentHistory;
    context.diagnosisCode = m_attemptDiagnosis.code;
    m_workspace->history()->add(exchange, context);
}

void RequestSession::onRunFinished(const Exchange &exchange)
{
    // The last attempt is the answer: its diagnosis is already made.
    const bool diagnosed =
        exchange.attempt == m_diagnosedAttempt && exchange.startedAt == m_diagnosedAt;
    const Diagnosis diagnosis = diagnosed ? m_attemptDiagnosis : diagnose(exchange, m_sentContext);
    m_run = nullptr; // it deletes itself
    if (m_sentTargetId != targetId()) {
        emit finishedAfterSwitch(exchange);
        return;
    }
    keepResult(exchange, diagnosis);
}

void RequestSession::showExchange(const Exchange &exchange)
{
    ApiRequest request;
    request.method = exchange.request.method;
    request.path = exchange.request.url.path();
    request.query = QUrlQuery(exchange.request.url).queryItems(QUrl::FullyDecoded);
    request.body = exchange.request.body;
    m_lastRequest = request;
    keepResult(exchange, diagnose(exchange, diagnosisContext(request)));
}

void RequestSession::keepResult(const Exchange &exchange, const Diagnosis &diagnosis)
{
    m_shownTargetId = targetId();
    m_lastExchange = exchange;
    m_lastDiagnosis = diagnosis;
    NetworkMap *map = m_workspace->networkMap();
    map->setNames(practiceGroupNames());
    if (exchange.wasSent())
        map->recordExchange(mapKey(), key().homePracticeGroup, exchange, diagnosis);
    emit finished(exchange, diagnosis);
}

void RequestSession::cancel()
{
    if (m_run)
        m_run->cancel();
}

void RequestSession::listPracticeGroups()
{
    const KeyProfile current = key();
    const Environment target = environment();
    if (!current.isValid() || target.baseUrl.isEmpty() || !m_workspace->runner())
        return;
    const RunTarget check = checkTarget(target, current);
    if (!practiceGroupIdProblem(check.practiceGroup.toUtf8()).isEmpty())
        return; // never a call for a group nobody chose
    ApiRequest request;
    request.path = QStringLiteral("/v1/practice-groups");
    applyRatePolicy();
    RequestRun *run = m_workspace->runner()->start(check, request);
    const QString environmentId = m_environmentId;
    const QString keyId = m_keyId;
    connect(run, &RequestRun::finished, this,
            [this, environmentId, keyId](const Exchange &exchange) {
                if (!exchange.isSuccess() || environmentId != m_environmentId || keyId != m_keyId)
                    return;
                changeGroups(
                    [this, &exchange] { m_groups->setListed(parsePracticeGroups(exchange.body)); });
                // The listing also tells the network map which groups this key may reach.
                NetworkMap *map = m_workspace->networkMap();
                map->setHomeGroup(mapKey(), key().homePracticeGroup);
                map->setNames(practiceGroupNames());
                map->recordPracticeGroups(mapKey(), exchange.body);
                emit practiceGroupsListed();
            });
}

void RequestSession::testKey(const QString &profileId)
{
    const KeyProfile tested = m_workspace->keys()->profiles()->profile(profileId);
    const Environment target = m_workspace->environment(tested.environmentId);
    if (!tested.isValid() || target.baseUrl.isEmpty() || !m_workspace->runner()) {
        emit keyTested(profileId, tr("This key's environment is not available."), false);
        return;
    }
    const RunTarget check = checkTarget(target, tested);
    if (!practiceGroupIdProblem(check.practiceGroup.toUtf8()).isEmpty()) {
        emit keyTested(
            profileId,
            tr("Give the key a home practice group, or pick one in the toolbar, to test it."),
            false);
        return;
    }
    ApiRequest request;
    request.path = QStringLiteral("/v1/me");
    RequestRun *run = m_workspace->runner()->start(check, request);
    connect(run, &RequestRun::finished, this,
            [this, profileId, tested, target](const Exchange &exchange) {
                DiagnosisContext context;
                context.environment = target;
                context.keyLabel = tested.label;
                context.homePracticeGroup = tested.homePracticeGroup;
                const Diagnosis diagnosis = diagnose(exchange, context);
                const QString verdict = diagnosis.isOk()
                    ? tr("The key works: GET /v1/me answered %1 in %2 ms.")
                          .arg(exchange.status)
                          .arg(exchange.timings.totalMs)
                    : diagnosis.title + u" — " + diagnosis.cause;
                emit keyTested(profileId, verdict, diagnosis.isOk());
            });
}

Doctor::Sender RequestSession::doctorSender() const
{
    RunTarget target;
    target.environment = environment();
    target.keyProfileId = m_keyId;
    return doctorSenderFor(m_workspace->runner(), target);
}

QString RequestSession::homeGroupOrPicked() const
{
    const QString home = key().homePracticeGroup;
    return home.isEmpty() ? m_practiceGroup : home;
}
