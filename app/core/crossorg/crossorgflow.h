// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "diagnosis/diagnosis.h"
#include "http/exchange.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

// One step of the documented cross-organisational sequence:
// your app → Hero API → (network check) → answer.
struct FlowStep
{
    enum class Kind {
        RequestSent, // the app sent the call with a key and a practice group
        CallKind, // Hero sees a same-group or a cross-organisational call
        NetworkCheck, // Hero checks that both groups share a network
        Answer, // what came back
    };
    enum class State {
        Done, // it happened and went through
        Failed, // it happened and this is where the call was refused or broke
        Unknown, // it may have happened; nothing in the exchange says
        NotReached, // the call was stopped before this step
    };
    Kind kind = Kind::RequestSent;
    State state = State::Unknown;
    QString title; // "Network check"
    QString evidence; // what in the exchange supports the state
    qint64 atMs = -1; // from the start of the call; -1 when unknown
};

enum class CallKind { SameGroup, CrossOrganisational, Unknown };
enum class NetworkCheckResult { NotNeeded, Passed, Denied, Unknown, NotReached };

// The flow a single exchange went through, with only the states the exchange supports.
struct CrossOrgFlow
{
    // How far the call got, as far as the exchange can tell.
    enum class Reach {
        NotSent, // the explorer refused it
        CancelledBeforeSending, // the user cancelled it while it waited (queued, or a retry)
        NotDelivered, // no connection, no TLS: Hero never saw it
        DeliveryUnknown, // sent, then no answer: Hero may or may not have seen it
        Cancelled, // sent, then the user cancelled it before an answer came
        Answered, // an HTTP answer came back (perhaps cut short)
    };

    QString keyFingerprint;
    QString homeGroup;
    QString targetGroup;
    QString homeName; // empty when unknown; the ids are always there
    QString targetName;
    CallKind callKind = CallKind::Unknown;
    NetworkCheckResult networkCheck = NetworkCheckResult::Unknown;
    int status = 0;
    QString errorCode;
    DiagnosisCode diagnosisCode = DiagnosisCode::None;
    Reach reach = Reach::Answered;
    // The diagnosis' next steps: the flow offers a button only for what the diagnosis offers.
    QList<NextStep::Action> actions;
    QList<FlowStep> steps; // always the four kinds, in order

    bool wasSent() const
    {
        return reach != Reach::NotSent && reach != Reach::CancelledBeforeSending;
    }
    bool offers(NextStep::Action action) const { return actions.contains(action); }

    const FlowStep &step(FlowStep::Kind kind) const { return steps.at(int(kind)); }
    // Index of the first Failed step, or -1: the edge the panel highlights.
    int failingStep() const;
};

// keyFingerprint: the redacted key to show; when empty, the redacted x-api-key request header.
CrossOrgFlow deriveFlow(const Exchange &exchange, const Diagnosis &diagnosis,
                        const QString &homeGroup, const QMap<QString, QString> &names,
                        const QString &keyFingerprint = QString());

// One sentence per step, for screen readers and the support report.
QString describeFlow(const CrossOrgFlow &flow);

// The words the explorer shows for a flow. They are made here, from the flow alone, so that the
// panel only lays them out and every judgement (refused or failed, same group or not) is the
// core's.
enum class FlowLane { App, Api, Check };
// What a lane's header says under its title: "Key …Z1rT\nKey home: 1001 Riverside".
QString flowLaneText(const CrossOrgFlow &flow, FlowLane lane);
// A step as the diagram draws it: "Refused here: 1001 and 2001 share no network".
QString flowStepLabel(const CrossOrgFlow &flow, int index);
// A step's evidence as one line: "Network check (failed): Denied: … At 12 ms."
QString flowStepDetail(const CrossOrgFlow &flow, int index);
// The whole call in one line: "Cross-organisational call 1001 → 2001: refused by the network
// check".
QString flowSummary(const CrossOrgFlow &flow);
QString flowStepStateText(FlowStep::State state); // "done", "failed", "unknown", "not reached"
// "1001 Riverside Medical Practice", the id alone when the name is unknown, or "unknown".
QString compactGroupText(const QString &id, const QString &name);

QString flowStepStateId(FlowStep::State state); // "done", "failed", "unknown", "not_reached"
QString networkCheckResultId(NetworkCheckResult result); // "not_needed", "passed", …

Q_DECLARE_METATYPE(CrossOrgFlow)
