// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosiscode.h"
#include "environments/environment.h"
#include "http/apiclient.h"
#include "http/exchange.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class PendingExchange;

// The refused call the doctor examines. Only its method and path are reused; never its body.
struct DoctorRequest
{
    QByteArray method = "GET";
    QString path;
    QList<QPair<QString, QString>> query;
    Environment environment;
    QString homeGroup; // the key's own practice group
    QString targetGroup; // the group the refused call acted for; empty = the home group
    DiagnosisCode originalCode = DiagnosisCode::None; // the refused call's, when known
};

// One safe GET the doctor sends.
struct DoctorProbe
{
    enum class Purpose { KeyValid, SharedNetwork, ScopePresent };
    Purpose purpose = Purpose::KeyValid;
    ApiRequest request; // always a GET
    QString practiceGroup;
    QString description; // "GET /v1/me as Riverside (1001): is the key valid?"
};

// A probe and what its answer means.
struct DoctorStep
{
    enum class Outcome { Passed, Failed, Inconclusive };
    DoctorProbe probe;
    Exchange exchange;
    QString summary; // "403 Forbidden, forbidden, 35 ms"
    QString interpretation;
    Outcome outcome = Outcome::Inconclusive;
};

enum class DoctorVerdict {
    KeyInvalid,
    NoSharedNetwork,
    MissingScope,
    WorksWithHomeGroup,
    Inconclusive
};

// Stable ids for scripts: "key_invalid", "no_shared_network", "missing_scope",
// "works_with_home_group", "inconclusive".
QString doctorVerdictId(DoctorVerdict verdict);

// The 403 doctor: explains a refusal by sending safe GET probes with the same key. It never
// sends anything but GET, whatever the refused call was.
class Doctor : public QObject
{
    Q_OBJECT
public:
    // Sends one probe for the given practice group and returns its pending answer (or nullptr
    // when it could not be sent). Bound to the key and environment by whoever makes it, e.g.
    // [client, env, key](const ApiRequest &r, const QString &g) {
    //     return PendingExchange::fromApiCall(client->send(env, {key, g.toLatin1()}, r)); }
    using Sender = std::function<PendingExchange *(const ApiRequest &, const QString &)>;

    explicit Doctor(Sender sender, QObject *parent = nullptr);
    ~Doctor() override;

    // The probes start() would send, in order: what the UI lists before the user agrees.
    static QList<DoctorProbe> plannedProbes(const DoctorRequest &request,
                                            const QMap<QString, QString> &names = {});

    void setPracticeGroupNames(const QMap<QString, QString> &names) { m_names = names; }
    void start(const DoctorRequest &request);
    void cancel(); // stops after the probe in flight; no further signals
    bool isRunning() const { return m_running; }

    QList<DoctorStep> steps() const { return m_steps; }
    DoctorVerdict verdict() const { return m_verdict; }
    QString explanation() const { return m_explanation; }
    int probesSent() const { return m_probesSent; }

signals:
    void probeStarted(int index, const DoctorProbe &probe);
    void stepFinished(const DoctorStep &step);
    void finished(DoctorVerdict verdict, const QString &explanation);

private:
    void sendNext();
    void onAnswer(const Exchange &exchange);
    void conclude();
    DoctorStep interpret(const DoctorProbe &probe, const Exchange &exchange) const;

    Sender m_sender;
    DoctorRequest m_request;
    QMap<QString, QString> m_names;
    QList<DoctorProbe> m_probes;
    QList<DoctorStep> m_steps;
    QPointer<PendingExchange> m_pending;
    DoctorVerdict m_verdict = DoctorVerdict::Inconclusive;
    QString m_explanation;
    int m_probesSent = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(DoctorProbe)
Q_DECLARE_METATYPE(DoctorStep)
Q_DECLARE_METATYPE(DoctorVerdict)
