// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorg/networkmap.h"
#include "explorer/explorerparts.h"
#include "history/historystore.h"
#include "keys/keyjob.h"
#include "keys/keyprofilestore.h"
#include "keys/keyring.h"
#include "keys/memorysecretstore.h"
#include "loopbackonlyproxyfactory.h"
#include "practicegroups/practicegroupdirectory.h"
#include "recordingserver.h"
#include "sandboxserver.h"
#include "session/requestsession.h"
#include "session/workspace.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

ApiRequest get(const QString &path)
{
    ApiRequest request;
    request.path = path;
    return request;
}

} // namespace

// One request's state and workflows without a window, against the in-process sandbox.
class TestRequestSession : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void choosingTheSandboxStartsItWithItsDefaultKeyAndHomeGroup();
    void theContextsCarryTheTargetAndOnlyTheRedactedKey();
    void aSentRequestIsDiagnosedOnceAndItsHistoryCarriesThatDiagnosis();
    void aCrossOrganisationalRefusalIsRecordedOnTheSharedNetworkMap();
    void anAnswerAfterTheTargetMovedIsNotKeptAsTheResult();
    void aMistypedGroupOrNoKeyIsRefusedBeforeSending();
    void listingPracticeGroupsFillsTheDirectory();
    void aSessionAimedLikeAnotherTakesOverItsListing();
    void testingAKeyReportsItsVerdict();
    void twoSessionsOnOneKeyShareItsRateWindow();
    void destroyingASessionCancelsItsRun();
    void destroyingASessionWhileSendingAbortsTheCall();
    void aNewSessionAimsWhereTheLastOneWasLeft();

private:
    Exchange sendAndWait(RequestSession &session, const ApiRequest &request,
                         Diagnosis *diagnosis = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    // The core as the explorer wires it, with keys in memory and a loopback-only network.
    std::unique_ptr<ExplorerParts> m_parts;
    KeyRing *m_keys = nullptr;
    HistoryStore *m_history = nullptr;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
};

void TestRequestSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_parts = std::make_unique<ExplorerParts>(
        m_settings.get(), m_secrets.get(), m_dir->filePath(QStringLiteral("history.json")),
        new LoopbackOnlyProxyFactory,
        [this](QString *error) { return startSandboxOnce(&m_sandbox, error); });
    m_keys = &m_parts->keys;
    m_history = &m_parts->history;
    m_workspace = std::make_unique<Workspace>(m_parts->services());
}

void TestRequestSession::cleanup()
{
    m_workspace.reset();
    m_parts.reset();
    m_sandbox.reset();
}

Exchange TestRequestSession::sendAndWait(RequestSession &session, const ApiRequest &request,
                                         Diagnosis *diagnosis)
{
    QSignalSpy finished(&session, &RequestSession::finished);
    if (!session.send(request) || !finished.wait(20000))
        return Exchange();
    if (diagnosis)
        *diagnosis = finished.first().at(1).value<Diagnosis>();
    return finished.first().first().value<Exchange>();
}

void TestRequestSession::choosingTheSandboxStartsItWithItsDefaultKeyAndHomeGroup()
{
    RequestSession session(m_workspace.get());
    QSignalSpy moved(&session, &RequestSession::targetChanged);
    QVERIFY(!session.setEnvironment(QStringLiteral("nowhere")));
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox")));
    QVERIFY(!moved.isEmpty());
    QVERIFY(session.environment().baseUrl.isValid());
    QCOMPARE(session.environment().baseUrl, m_sandbox->baseUrl());
    QVERIFY(session.key().isValid());
    QCOMPARE(session.key().environmentId, QStringLiteral("sandbox"));
    QCOMPARE(session.practiceGroup(), QStringLiteral("1001"));
    QVERIFY(session.isHomeGroup());
    QVERIFY(!session.isCrossOrganisational());
    session.setPracticeGroup(QStringLiteral("2001"));
    QVERIFY(session.isCrossOrganisational());
}

void TestRequestSession::theContextsCarryTheTargetAndOnlyTheRedactedKey()
{
    RequestSession session(m_workspace.get());
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox")));
    const KeyProfile key = session.key();
    const QString redacted = u"…" + key.fingerprint;
    QCOMPARE(key.fingerprint.size(), 4);

    const RunTarget target = session.runTarget();
    QCOMPARE(target.environment.id, QStringLiteral("sandbox"));
    QCOMPARE(target.keyProfileId, key.id);
    QCOMPARE(target.practiceGroup, QStringLiteral("1001"));
    QVERIFY(target.secret.isEmpty()); // read from the key ring at run time, never held here

    ApiRequest request = get(QStringLiteral("/v1/practice-groups"));
    const DiagnosisContext diagnosis = session.diagnosisContext(request);
    QCOMPARE(diagnosis.environment.id, QStringLiteral("sandbox"));
    QCOMPARE(diagnosis.keyFingerprint, redacted);
    QCOMPARE(diagnosis.homePracticeGroup, QStringLiteral("1001"));
    QCOMPARE(session.reportContext().keyFingerprint, redacted);
    QCOMPARE(session.historyContext().keyFingerprint, redacted);
    QCOMPARE(session.historyContext().practiceGroup, QStringLiteral("1001"));
    QCOMPARE(session.rateKey(),
             RequestRunner::rateKeyFor(QStringLiteral("sandbox"), key.fingerprint));
    QVERIFY(session.mapKey().startsWith(redacted));

    const QString before = session.targetId();
    session.setPracticeGroup(QStringLiteral("1003"));
    QVERIFY(session.targetId() != before);
    QCOMPARE(session.runTarget().practiceGroup, QStringLiteral("1003"));
}

void TestRequestSession::aSentRequestIsDiagnosedOnceAndItsHistoryCarriesThatDiagnosis()
{
    RequestSession session(m_workspace.get());
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox")));
    QSignalSpy started(&session, &RequestSession::runStarted);
    Diagnosis diagnosis;
    const Exchange exchange = sendAndWait(session, get(QStringLiteral("/v1/me")), &diagnosis);
    QCOMPARE(started.count(), 1);
    QCOMPARE(exchange.status, 200);
    QVERIFY(diagnosis.isOk());
    QVERIFY(session.hasResult());
    QVERIFY(session.hasSent());
    QVERIFY(!session.isRunning());
    QCOMPARE(session.lastExchange().status, 200);
    QCOMPARE(session.lastRequest().path, QStringLiteral("/v1/me"));
    QCOMPARE(session.lastDiagnosis().code, diagnosis.code);
    const QList<HistoryEntry> entries = m_history->entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().diagnosisCode, diagnosis.code);
    QCOMPARE(entries.first().practiceGroup, QStringLiteral("1001"));
}

void TestRequestSession::aCrossOrganisationalRefusalIsRecordedOnTheSharedNetworkMap()
{
    RequestSession session(m_workspace.get());
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox")));
    session.setPracticeGroup(QStringLiteral("2001"));
    Diagnosis diagnosis;
    const Exchange exchange = sendAndWait(session, get(QStringLiteral("/v1/me")), &diagnosis);
    QCOMPARE(exchange.status, 403);
    QVERIFY(!diagnosis.isOk());
    QCOMPARE(m_workspace->networkMap()->group(session.mapKey(), QStringLiteral("2001")).reach,
             NetworkMap::Reach::Refused);
}

void TestRequestSession::anAnswerAfterTheTargetMovedIsNotKeptAsTheResult()
{
    RequestSession session(m_workspace.get());
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox")));
    QCOMPARE(sendAndWait(session, get(QStringLiteral("/v1/me"))).status, 200);
    QSignalSpy cleared(&session, &RequestSession::resultsCleared);
    QSignalSpy finished(&session, &RequestSession::finished);
    QSignalSpy late(&session, &RequestSession::finishedAfterSwitch);
    QVERIFY(session.send(get(QStringLiteral("/v1/me"))));
    session.setPracticeGroup(QStringLiteral("1003"));
    QCOMPARE(cleared.count(), 1); // the earlier answer was for 1001
    QVERIFY(late.wait(20000));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!session.hasResult());
    QCOMPARE(session.lastExchange().status, 0);
    QCOMPARE(m_history->entries().size(), 2); // still kept in history
}

void TestRequestSession::aMistypedGroupOrNoKeyIsRefusedBeforeSending()
{
    RequestSession session(m_workspace.get());
    QVERIFY(session.setEnvironment(QStringLiteral("staging")));
    QCOMPARE(session.sendProblem(), RequestSession::SendProblem::NoKey);
    QVERIFY(!session.send(get(QStringLiteral("/v1/me"))));
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox")));
    session.setPracticeGroup(QStringLiteral("10o1"));
    QVERIFY(!session.practiceGroupProblem().isEmpty());
    QCOMPARE(session.sendProblem(), RequestSession::SendProblem::BadPracticeGroup);
    QSignalSpy started(&session, &RequestSession::runStarted);
    QVERIFY(!session.send(get(QStringLiteral("/v1/me"))));
    QCOMPARE(started.count(), 0);
    QVERIFY(!session.isRunning());
}

void TestRequestSession::listingPracticeGroupsFillsTheDirectory()
{
    RequestSession session(m_workspace.get());
    QSignalSpy listed(&session, &RequestSession::practiceGroupsListed);
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox"))); // lists them on its own
    QVERIFY(listed.wait(20000));
    QCOMPARE(session.groups()->nameOf(QStringLiteral("1002")), QStringLiteral("Hillview Surgery"));
    QCOMPARE(session.practiceGroupNames().value(QStringLiteral("1001")),
             QStringLiteral("Riverside Medical Practice"));
    QCOMPARE(session.practiceGroup(), QStringLiteral("1001")); // listing does not move the target
}

void TestRequestSession::aSessionAimedLikeAnotherTakesOverItsListing()
{
    RequestSession first(m_workspace.get());
    QSignalSpy listed(&first, &RequestSession::practiceGroupsListed);
    QVERIFY(first.setEnvironment(QStringLiteral("sandbox")));
    QVERIFY(listed.wait(20000));
    first.setPracticeGroup(QStringLiteral("1003"));
    const RateGaugeState before = first.rateState();

    RequestSession second(m_workspace.get());
    QSignalSpy secondListed(&second, &RequestSession::practiceGroupsListed);
    second.aimLike(first);
    QCOMPARE(second.targetId(), first.targetId());
    QCOMPARE(second.groups()->nameOf(QStringLiteral("1002")), QStringLiteral("Hillview Surgery"));
    second.setKey(first.key().id); // the same key: no new listing either
    QVERIFY(!secondListed.wait(300));
    QCOMPARE(second.rateState().used, before.used); // nothing was sent for it
}

void TestRequestSession::testingAKeyReportsItsVerdict()
{
    RequestSession session(m_workspace.get());
    QVERIFY(session.setEnvironment(QStringLiteral("sandbox")));
    QSignalSpy tested(&session, &RequestSession::keyTested);
    session.testKey(session.key().id);
    QVERIFY(tested.wait(20000));
    QCOMPARE(tested.first().at(0).toString(), session.key().id);
    QVERIFY(tested.first().at(1).toString().contains(QStringLiteral("/v1/me")));
    QVERIFY(tested.first().at(2).toBool());
    session.testKey(QStringLiteral("no-such-key"));
    QCOMPARE(tested.count(), 2);
    QVERIFY(!tested.last().at(2).toBool());
}

void TestRequestSession::twoSessionsOnOneKeyShareItsRateWindow()
{
    // 4 a minute leaves a target of 3: each session's practice-group listing, then one request.
    m_workspace->setRateLimit(QStringLiteral("sandbox"), 4, 60);
    RequestSession first(m_workspace.get());
    RequestSession second(m_workspace.get());
    QSignalSpy firstListed(&first, &RequestSession::practiceGroupsListed);
    QSignalSpy secondListed(&second, &RequestSession::practiceGroupsListed);
    QVERIFY(first.setEnvironment(QStringLiteral("sandbox")));
    QVERIFY(second.setEnvironment(QStringLiteral("sandbox")));
    QVERIFY(firstListed.wait(20000));
    QVERIFY(secondListed.count() == 1 || secondListed.wait(20000));
    QCOMPARE(first.rateKey(), second.rateKey());
    QCOMPARE(sendAndWait(first, get(QStringLiteral("/v1/me"))).status, 200);
    QCOMPARE(second.rateState().used, 3); // the other session's requests count for this one
    QVERIFY(second.send(get(QStringLiteral("/v1/me"))));
    QTRY_VERIFY(second.run() && second.run()->stage() == RequestRun::Stage::Queued);
    second.cancel();
    QTRY_VERIFY(!second.isRunning());
}

void TestRequestSession::destroyingASessionCancelsItsRun()
{
    // 3 a minute leaves a target of 2: the practice-group listing, then one request.
    m_workspace->setRateLimit(QStringLiteral("sandbox"), 3, 60);
    auto session = std::make_unique<RequestSession>(m_workspace.get());
    QSignalSpy listed(session.get(), &RequestSession::practiceGroupsListed);
    QVERIFY(session->setEnvironment(QStringLiteral("sandbox")));
    QVERIFY(listed.wait(20000));
    QCOMPARE(sendAndWait(*session, get(QStringLiteral("/v1/me"))).status, 200);
    QVERIFY(session->send(get(QStringLiteral("/v1/me")))); // queued behind the first
    QPointer<RequestRun> run = session->run();
    QVERIFY(run);
    QSignalSpy finished(run.data(), &RequestRun::finished);
    QTRY_COMPARE(run->stage(), RequestRun::Stage::Queued);
    session.reset();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().first().value<Exchange>().transportError, TransportError::Canceled);
}

void TestRequestSession::destroyingASessionWhileSendingAbortsTheCall()
{
    RecordingServer server;
    server.setDefaultScript(RecordingServer::hang()); // reads the request, never answers
    QVERIFY(server.listen());
    const QString id =
        m_workspace->addCustomEnvironment(QStringLiteral("Hangs"), server.url(), QString());
    KeyProfile profile;
    profile.label = QStringLiteral("Hanging");
    profile.environmentId = id;
    KeyJob *job = m_keys->add(profile, QByteArrayLiteral("hero_test_key_4Hg7"));
    QSignalSpy added(job, &KeyJob::finished);
    QVERIFY(added.wait(5000));

    auto session = std::make_unique<RequestSession>(m_workspace.get());
    QVERIFY(session->setEnvironment(id));
    QVERIFY(session->key().isValid());
    session->setPracticeGroup(QStringLiteral("1001"));
    QVERIFY(session->send(get(QStringLiteral("/v1/me"))));
    QTRY_VERIFY(server.requestCount() == 1);
    QCOMPARE(server.requests().first().target, QByteArray("/v1/me"));
    QPointer<RequestRun> run = session->run();
    QVERIFY(run);
    QCOMPARE(run->stage(), RequestRun::Stage::Sending);
    QSignalSpy finished(run.data(), &RequestRun::finished);

    session.reset();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const Exchange exchange = finished.first().first().value<Exchange>();
    QVERIFY(exchange.wasSent());
    QCOMPARE(exchange.transportError, TransportError::Canceled);
    QCOMPARE(server.requestCount(), 1); // and nothing sent again
}

// What the window asks of a session at start and on quit: the environment last used (the sandbox
// when nothing was, for a user with no key of their own) and its last sound practice group.
void TestRequestSession::aNewSessionAimsWhereTheLastOneWasLeft()
{
    {
        RequestSession fresh(m_workspace.get());
        fresh.aimWhereLastLeft();
        QCOMPARE(fresh.environment().id, QStringLiteral("sandbox"));
    }
    RequestSession first(m_workspace.get());
    QVERIFY(first.setEnvironment(QStringLiteral("staging")));
    first.setPracticeGroup(QStringLiteral("2001"));
    first.rememberTarget();
    // A mistyped group is never remembered over the last sound one.
    first.setPracticeGroup(QStringLiteral("20o1"));
    first.rememberTarget();
    QCOMPARE(m_workspace->settings().lastPracticeGroup(QStringLiteral("staging")),
             QStringLiteral("2001"));

    RequestSession next(m_workspace.get());
    next.aimWhereLastLeft();
    QCOMPARE(next.environment().id, QStringLiteral("staging"));
}

QTEST_GUILESS_MAIN(TestRequestSession)
#include "tst_requestsession.moc"
