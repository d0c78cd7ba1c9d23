// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "diagnosis/doctor.h"
#include "diagnosis/pendingexchange.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

// The sandbox's judging rules (SANDBOX.md "How a request is judged"), over its default world.
class FakeSandbox
{
public:
    struct Key
    {
        QString home;
        QStringList scopes;
        bool expired = false;
    };
    struct Sent
    {
        QByteArray method;
        QString path;
        QString group;
    };

    QMap<QString, Key> keys{
        {QStringLiteral("full"),
         {QStringLiteral("1001"),
          {QStringLiteral("booking"), QStringLiteral("booking_links"),
           QStringLiteral("messaging")}}},
        {QStringLiteral("msg"), {QStringLiteral("1001"), {QStringLiteral("messaging")}}},
        {QStringLiteral("elm"),
         {QStringLiteral("2001"),
          {QStringLiteral("booking"), QStringLiteral("booking_links"),
           QStringLiteral("messaging")}}},
        {QStringLiteral("expired"), {QStringLiteral("1001"), {QStringLiteral("booking")}, true}},
    };
    QStringList northside{QStringLiteral("1001"), QStringLiteral("1002"), QStringLiteral("1003")};
    QList<Sent> sent;
    bool finishSynchronously = false;

    Doctor::Sender senderFor(const QString &keyName)
    {
        return [this, keyName](const ApiRequest &request, const QString &group) {
            sent.append({request.method, request.path, group});
            auto *pending = new PendingExchange;
            const Exchange exchange = judge(keyName, request, group);
            if (finishSynchronously)
                pending->finish(exchange);
            else
                QTimer::singleShot(0, pending, [pending, exchange] { pending->finish(exchange); });
            return pending;
        };
    }

private:
    QString scopeFor(const QString &path) const
    {
        if (path.startsWith(QLatin1String("/v1/messages"))
            || path.startsWith(QLatin1String("/v1/batch_message")))
            return QStringLiteral("messaging");
        if (path.startsWith(QLatin1String("/v1/appointments"))
            || path.startsWith(QLatin1String("/v1/slots")))
            return QStringLiteral("booking");
        if (path.startsWith(QLatin1String("/v1/booking_links")))
            return QStringLiteral("booking_links");
        return QString();
    }

    Exchange judge(const QString &keyName, const ApiRequest &request, const QString &group) const
    {
        Exchange exchange;
        exchange.request.method = request.method;
        exchange.request.url = QUrl(QStringLiteral("http://127.0.0.1:1") + request.path);
        exchange.request.headers = {{"x-api-key", "…1234"},
                                    {"x-practice-group-id", group.toLatin1()}};
        exchange.timings.totalMs = 3;
        const auto answer = [&exchange](int status, const char *code) {
            exchange.status = status;
            exchange.body = QByteArrayLiteral("{\"statusCode\":") + QByteArray::number(status)
                + QByteArrayLiteral(",\"error\":\"") + code + QByteArrayLiteral("\"}");
            return exchange;
        };
        const Key key = keys.value(keyName);
        if (!keys.contains(keyName) || key.expired)
            return answer(401, "invalid_credentials");
        const bool shared = northside.contains(key.home) && northside.contains(group);
        if (group != key.home && !shared)
            return answer(403, "forbidden");
        const QString scope = scopeFor(request.path);
        if (!scope.isEmpty() && !key.scopes.contains(scope))
            return answer(403, "insufficient_permissions");
        exchange.status = request.method == "POST" ? 201 : 200;
        exchange.body = QByteArrayLiteral("{\"id\":\"1\"}");
        return exchange;
    }
};

const QString Scoped = QStringLiteral("/v1/appointments/42");
const QString Unscoped = QStringLiteral("/v1/patients/7");
const QString Messaging = QStringLiteral("/v1/messages/9");

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private slots:
    void reachesTheVerdictForEverySandboxCase_data();
    void reachesTheVerdictForEverySandboxCase();
    void neverPlansANonGetProbe_data();
    void neverPlansANonGetProbe();
    void reportsEachStepBeforeTheVerdict();
    void acceptsAnAnswerGivenAtOnce();
    void unsendableProbeIsInconclusive();
    void cancelStopsFurtherProbes();
};

void TestDoctor::reachesTheVerdictForEverySandboxCase_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<DiagnosisCode>("originalCode");
    QTest::addColumn<DoctorVerdict>("verdict");
    QTest::addColumn<int>("probes");

    using V = DoctorVerdict;
    const QString r = QStringLiteral("1001"), h = QStringLiteral("1002"),
                  n = QStringLiteral("1003"), e = QStringLiteral("2001");
    const DiagnosisCode none = DiagnosisCode::None;
    const DiagnosisCode scope = DiagnosisCode::MissingScope;
    const DiagnosisCode network = DiagnosisCode::CrossOrgForbidden;
    // full key, home 1001, all scopes
    QTest::newRow("full home scoped")
        << "full" << r << r << QByteArray("GET") << Scoped << none << V::WorksWithHomeGroup << 2;
    QTest::newRow("full home unscoped")
        << "full" << r << r << QByteArray("GET") << Unscoped << none << V::WorksWithHomeGroup << 2;
    QTest::newRow("full same-network scoped")
        << "full" << r << h << QByteArray("GET") << Scoped << none << V::WorksWithHomeGroup << 3;
    QTest::newRow("full same-network unscoped")
        << "full" << r << n << QByteArray("GET") << Unscoped << none << V::WorksWithHomeGroup << 3;
    QTest::newRow("full other-network scoped")
        << "full" << r << e << QByteArray("GET") << Scoped << network << V::NoSharedNetwork << 3;
    QTest::newRow("full other-network unscoped")
        << "full" << r << e << QByteArray("GET") << Unscoped << network << V::NoSharedNetwork << 3;
    QTest::newRow("full other-network POST")
        << "full" << r << e << QByteArray("POST") << Scoped << network << V::NoSharedNetwork << 2;
    QTest::newRow("full home POST")
        << "full" << r << r << QByteArray("POST") << Scoped << none << V::Inconclusive << 1;
    // messaging-only key, home 1001
    QTest::newRow("msg home scoped")
        << "msg" << r << r << QByteArray("GET") << Scoped << scope << V::MissingScope << 2;
    QTest::newRow("msg home unscoped")
        << "msg" << r << r << QByteArray("GET") << Unscoped << none << V::WorksWithHomeGroup << 2;
    QTest::newRow("msg home own scope")
        << "msg" << r << r << QByteArray("GET") << Messaging << none << V::WorksWithHomeGroup << 2;
    QTest::newRow("msg same-network scoped")
        << "msg" << r << h << QByteArray("GET") << Scoped << scope << V::MissingScope << 3;
    QTest::newRow("msg same-network unscoped")
        << "msg" << r << n << QByteArray("GET") << Unscoped << none << V::WorksWithHomeGroup << 3;
    QTest::newRow("msg other-network scoped")
        << "msg" << r << e << QByteArray("GET") << Scoped << network << V::NoSharedNetwork << 3;
    QTest::newRow("msg home POST coded")
        << "msg" << r << r << QByteArray("POST") << Scoped << scope << V::MissingScope << 1;
    QTest::newRow("msg home POST uncoded")
        << "msg" << r << r << QByteArray("POST") << Scoped << none << V::Inconclusive << 1;
    QTest::newRow("msg same-network POST coded")
        << "msg" << r << h << QByteArray("POST") << Scoped << scope << V::MissingScope << 2;
    // Elm Tree key, home 2001, in no network
    QTest::newRow("elm home scoped")
        << "elm" << e << e << QByteArray("GET") << Scoped << none << V::WorksWithHomeGroup << 2;
    QTest::newRow("elm to Riverside scoped")
        << "elm" << e << r << QByteArray("GET") << Scoped << network << V::NoSharedNetwork << 3;
    QTest::newRow("elm to hub unscoped")
        << "elm" << e << n << QByteArray("GET") << Unscoped << network << V::NoSharedNetwork << 3;
    QTest::newRow("elm to hub POST")
        << "elm" << e << n << QByteArray("PATCH") << Unscoped << network << V::NoSharedNetwork << 2;
    // expired key: stops after the first probe
    QTest::newRow("expired home scoped")
        << "expired" << r << r << QByteArray("GET") << Scoped << none << V::KeyInvalid << 1;
    QTest::newRow("expired same-network unscoped")
        << "expired" << r << h << QByteArray("GET") << Unscoped << none << V::KeyInvalid << 1;
    QTest::newRow("expired other-network POST")
        << "expired" << r << e << QByteArray("DELETE") << Scoped << none << V::KeyInvalid << 1;
}

void TestDoctor::reachesTheVerdictForEverySandboxCase()
{
    QFETCH(QString, key);
    QFETCH(QString, home);
    QFETCH(QString, target);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(DiagnosisCode, originalCode);
    QFETCH(DoctorVerdict, verdict);
    QFETCH(int, probes);

    FakeSandbox sandbox;
    Doctor doctor(sandbox.senderFor(key));
    QSignalSpy finished(&doctor, &Doctor::finished);
    DoctorRequest request;
    request.method = method;
    request.path = path;
    request.homeGroup = home;
    request.targetGroup = target;
    request.originalCode = originalCode;
    doctor.start(request);
    QVERIFY(finished.wait(5000));

    QCOMPARE(doctorVerdictId(finished.first().at(0).value<DoctorVerdict>()),
             doctorVerdictId(verdict));
    QVERIFY(!finished.first().at(1).toString().isEmpty());
    QCOMPARE(int(sandbox.sent.size()), probes);
    QCOMPARE(doctor.probesSent(), probes);
    for (const FakeSandbox::Sent &sent : std::as_const(sandbox.sent))
        QCOMPARE(sent.method, QByteArray("GET"));
    // The original path is only ever repeated as the home group.
    for (const FakeSandbox::Sent &sent : std::as_const(sandbox.sent)) {
        if (sent.path != QLatin1String("/v1/me"))
            QCOMPARE(sent.group, home);
    }
}

void TestDoctor::neverPlansANonGetProbe_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");
    const QString me = QStringLiteral("1001:/v1/me");
    QTest::newRow("GET other group")
        << QByteArray("GET") << "2001"
        << QStringList{me, QStringLiteral("2001:/v1/me"), QStringLiteral("1001:/v1/slots/1")};
    QTest::newRow("GET home group")
        << QByteArray("get") << "1001" << QStringList{me, QStringLiteral("1001:/v1/slots/1")};
    QTest::newRow("GET no group sent")
        << QByteArray("GET") << "" << QStringList{me, QStringLiteral("1001:/v1/slots/1")};
    QTest::newRow("POST other group")
        << QByteArray("POST") << "2001" << QStringList{me, QStringLiteral("2001:/v1/me")};
    QTest::newRow("PUT home") << QByteArray("PUT") << "1001" << QStringList{me};
    QTest::newRow("DELETE home") << QByteArray("DELETE") << "1001" << QStringList{me};
}

void TestDoctor::neverPlansANonGetProbe()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, target);
    QFETCH(QStringList, expected);
    DoctorRequest request;
    request.method = method;
    request.path = QStringLiteral("/v1/slots/1");
    request.homeGroup = QStringLiteral("1001");
    request.targetGroup = target;
    QStringList planned;
    for (const DoctorProbe &probe : Doctor::plannedProbes(request)) {
        QCOMPARE(probe.request.method, QByteArray("GET"));
        QVERIFY(probe.request.body.isEmpty());
        QVERIFY(!probe.description.isEmpty());
        planned.append(probe.practiceGroup + QLatin1Char(':') + probe.request.path);
    }
    QCOMPARE(planned, expected);
}

void TestDoctor::reportsEachStepBeforeTheVerdict()
{
    FakeSandbox sandbox;
    Doctor doctor(sandbox.senderFor(QStringLiteral("full")));
    doctor.setPracticeGroupNames({{QStringLiteral("2001"), QStringLiteral("Elm Tree Practice")}});
    QStringList order;
    connect(&doctor, &Doctor::probeStarted, this, [&order](int index, const DoctorProbe &) {
        order.append(QStringLiteral("probe%1").arg(index));
    });
    connect(&doctor, &Doctor::stepFinished, this, [&order](const DoctorStep &step) {
        order.append(QStringLiteral("step"));
        QVERIFY(!step.summary.isEmpty());
        QVERIFY(!step.interpretation.isEmpty());
    });
    connect(&doctor, &Doctor::finished, this,
            [&order](DoctorVerdict, const QString &) { order.append(QStringLiteral("verdict")); });
    QSignalSpy finished(&doctor, &Doctor::finished);
    doctor.start({"GET", Scoped, {}, {}, QStringLiteral("1001"), QStringLiteral("2001"), {}});
    QVERIFY(finished.wait(5000));
    QCOMPARE(
        order,
        QStringList({QStringLiteral("probe0"), QStringLiteral("step"), QStringLiteral("probe1"),
                     QStringLiteral("step"), QStringLiteral("probe2"), QStringLiteral("step"),
                     QStringLiteral("verdict")}));
    const QList<DoctorStep> steps = doctor.steps();
    QCOMPARE(steps.at(0).outcome, DoctorStep::Outcome::Passed);
    QCOMPARE(steps.at(1).outcome, DoctorStep::Outcome::Failed);
    QVERIFY(steps.at(1).summary.contains(QLatin1String("403")));
    QVERIFY(steps.at(1).summary.contains(QLatin1String("forbidden")));
    QVERIFY(steps.at(1).interpretation.contains(QLatin1String("Elm Tree Practice (2001)")));
    QCOMPARE(steps.at(2).outcome, DoctorStep::Outcome::Passed);
    QVERIFY(doctor.explanation().contains(QLatin1String("works")));
    QVERIFY(!doctor.isRunning());
}

void TestDoctor::acceptsAnAnswerGivenAtOnce()
{
    FakeSandbox sandbox;
    sandbox.finishSynchronously = true;
    Doctor doctor(sandbox.senderFor(QStringLiteral("msg")));
    QSignalSpy finished(&doctor, &Doctor::finished);
    doctor.start({"GET", Scoped, {}, {}, QStringLiteral("1001"), QStringLiteral("1001"), {}});
    QVERIFY(finished.wait(5000));
    QCOMPARE(doctor.verdict(), DoctorVerdict::MissingScope);
}

void TestDoctor::unsendableProbeIsInconclusive()
{
    int calls = 0;
    Doctor doctor([&calls](const ApiRequest &, const QString &) -> PendingExchange * {
        ++calls;
        return nullptr;
    });
    QSignalSpy finished(&doctor, &Doctor::finished);
    doctor.start({"GET", Scoped, {}, {}, QStringLiteral("1001"), QStringLiteral("2001"), {}});
    QVERIFY(finished.wait(5000));
    QCOMPARE(doctor.verdict(), DoctorVerdict::Inconclusive);
    QCOMPARE(calls, 1);
}

void TestDoctor::cancelStopsFurtherProbes()
{
    QList<QPointer<PendingExchange>> pendings;
    Doctor doctor([this, &pendings](const ApiRequest &, const QString &) {
        auto *pending = new PendingExchange(this);
        pendings.append(pending);
        return pending;
    });
    QSignalSpy finished(&doctor, &Doctor::finished);
    QSignalSpy steps(&doctor, &Doctor::stepFinished);
    doctor.start({"GET", Scoped, {}, {}, QStringLiteral("1001"), QStringLiteral("2001"), {}});
    QCOMPARE(pendings.size(), 1);
    QSignalSpy cancelRequested(pendings.first().data(), &PendingExchange::cancelRequested);
    doctor.cancel();
    QCOMPARE(cancelRequested.count(), 1);
    QVERIFY(!doctor.isRunning());

    Exchange late;
    late.status = 200;
    pendings.first()->finish(late); // the answer arrives after all: nobody listens any more
    QCOMPARE(steps.count(), 0);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(pendings.size(), 1);
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
