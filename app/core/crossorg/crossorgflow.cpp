// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorgflow.h"

#include "http/headernames.h"

#include <QCoreApplication>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CrossOrgFlow)
};

using Reach = CrossOrgFlow::Reach;

Reach reachOf(const Exchange &x)
{
    if (!x.wasSent())
        return Reach::NotSent;
    // Cancelled while queued or waiting to retry, RequestRun::cancel() reports no attempt or no
    // request headers: that request went nowhere.
    if (x.transportError == TransportError::Canceled)
        return x.attempt == 0 || x.request.headers.isEmpty() ? Reach::CancelledBeforeSending
                                                             : Reach::Cancelled;
    switch (x.transportError) {
    case TransportError::None:
        return x.status > 0 ? Reach::Answered : Reach::DeliveryUnknown;
    case TransportError::HostNotFound:
    case TransportError::ConnectionRefused:
    case TransportError::TlsFailure:
    case TransportError::ProxyAuthenticationRequired: // the proxy let nothing through
        return Reach::NotDelivered;
    case TransportError::BodyTruncated:
    case TransportError::BodyTooLarge:
        return x.status > 0 ? Reach::Answered : Reach::DeliveryUnknown;
    case TransportError::ConnectionReset:
    case TransportError::TimedOut:
    case TransportError::Canceled:
    case TransportError::ProtocolError:
    case TransportError::Other:
        return Reach::DeliveryUnknown;
    }
    return Reach::DeliveryUnknown;
}

FlowStep::State stateOf(NetworkCheckResult result)
{
    switch (result) {
    case NetworkCheckResult::NotNeeded:
    case NetworkCheckResult::Passed:
        return FlowStep::State::Done;
    case NetworkCheckResult::Denied:
        return FlowStep::State::Failed;
    case NetworkCheckResult::Unknown:
        return FlowStep::State::Unknown;
    case NetworkCheckResult::NotReached:
        return FlowStep::State::NotReached;
    }
    return FlowStep::State::Unknown;
}

QString groupText(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return Text::tr("an unknown practice group");
    return name.isEmpty() ? id : name + QStringLiteral(" (") + id + QLatin1Char(')');
}

} // namespace

int CrossOrgFlow::failingStep() const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps.at(i).state == FlowStep::State::Failed)
            return i;
    }
    return -1;
}

CrossOrgFlow deriveFlow(const Exchange &x, const Diagnosis &diagnosis, const QString &homeGroup,
                        const QMap<QString, QString> &names, const QString &keyFingerprint)
{
    CrossOrgFlow flow;
    flow.keyFingerprint = keyFingerprint;
    if (flow.keyFingerprint.isEmpty()) {
        const QByteArray sentKey = x.requestHeader(HeaderName::ApiKey);
        flow.keyFingerprint = sentKey.isEmpty() ? QString() : redactedKey(sentKey);
    }
    flow.homeGroup = homeGroup;
    flow.targetGroup = QString::fromLatin1(x.requestHeader(HeaderName::PracticeGroupId)).trimmed();
    flow.homeName = names.value(flow.homeGroup);
    flow.targetName = names.value(flow.targetGroup);
    flow.status = x.status;
    flow.errorCode = diagnosis.errorCode;
    flow.diagnosisCode = diagnosis.code;
    if (!flow.homeGroup.isEmpty() && !flow.targetGroup.isEmpty())
        flow.callKind = flow.homeGroup == flow.targetGroup ? CallKind::SameGroup
                                                           : CallKind::CrossOrganisational;

    const Reach reach = reachOf(x);
    flow.reach = reach;
    for (const NextStep &next : diagnosis.nextSteps)
        flow.actions.append(next.action);
    const QString &code = diagnosis.code;
    const bool keyRefused =
        reach == Reach::Answered && code == QLatin1String("invalid_credentials");
    const bool success = reach == Reach::Answered && x.isSuccess();
    // A 2xx status proves the checks passed even when the body was then cut short.
    const bool checksPassed = reach == Reach::Answered && x.status >= 200 && x.status < 300;
    // Answers that may come before, or from something other than, Hero's group handling.
    const bool answeredBeforeGroupCheck = code == QLatin1String("rate_limited")
        || code == QLatin1String("validation_failed") || code == QLatin1String("upstream_html")
        || code == QLatin1String("redirect_not_followed");
    // Hero may not have handled the call at all: nothing after "sent" is known.
    const bool handlingUnknown =
        reach == Reach::DeliveryUnknown || reach == Reach::Cancelled || answeredBeforeGroupCheck;
    const bool neverReached = !flow.wasSent() || reach == Reach::NotDelivered;
    const QString home = groupText(flow.homeGroup, flow.homeName);
    const QString target = groupText(flow.targetGroup, flow.targetName);

    // 1. Request sent
    FlowStep sent{FlowStep::Kind::RequestSent, FlowStep::State::Done, Text::tr("Request sent"),
                  QString(), -1};
    const QString what =
        Text::tr("%1 %2 with key %3 as %4 (the key's home group: %5)")
            .arg(QString::fromLatin1(x.request.method), x.request.url.path(),
                 flow.keyFingerprint.isEmpty() ? Text::tr("(none)") : flow.keyFingerprint, target,
                 home);
    switch (reach) {
    case Reach::NotSent:
        sent.title = Text::tr("Request not sent");
        sent.state = FlowStep::State::Failed;
        sent.evidence = Text::tr("Not sent: the explorer refused it (%1). %2")
                            .arg(refusalId(x.refusal), x.refusalText);
        break;
    case Reach::CancelledBeforeSending:
        sent.title = Text::tr("Request not sent");
        sent.state = FlowStep::State::NotReached;
        sent.evidence = Text::tr("Not sent: you cancelled it while it waited to be sent.");
        break;
    case Reach::NotDelivered:
        sent.state = FlowStep::State::Failed;
        sent.evidence = Text::tr("The Hero API was not reached (%1): %2.")
                            .arg(transportErrorId(x.transportError), what);
        break;
    case Reach::DeliveryUnknown:
        sent.state = FlowStep::State::Unknown;
        sent.evidence = Text::tr("Sent %1, but no answer came back (%2): whether it reached the "
                                 "Hero API is unknown.")
                            .arg(what, transportErrorId(x.transportError));
        sent.atMs = qMax(x.timings.connectMs, x.timings.tlsMs);
        break;
    case Reach::Cancelled:
        sent.state = FlowStep::State::Unknown;
        sent.evidence = Text::tr("Sent %1, then you cancelled it before an answer came: whether "
                                 "it reached the Hero API is unknown.")
                            .arg(what);
        sent.atMs = qMax(x.timings.connectMs, x.timings.tlsMs);
        break;
    case Reach::Answered:
        sent.evidence = Text::tr("Sent %1.").arg(what);
        sent.atMs = qMax<qint64>(0, qMax(x.timings.connectMs, x.timings.tlsMs));
        break;
    }

    // 2. Same group or cross-organisational
    FlowStep kind{FlowStep::Kind::CallKind, FlowStep::State::Done,
                  Text::tr("Same group or cross-organisational"), QString(), -1};
    const QString kindText = flow.callKind == CallKind::SameGroup
        ? Text::tr("a same-group call: the key acts for its own practice group")
        : flow.callKind == CallKind::CrossOrganisational
        ? Text::tr("a cross-organisational call from %1 to %2").arg(home, target)
        : Text::tr("a call whose kind is unknown (the key's home group or the group sent is "
                   "not known)");
    if (neverReached) {
        kind.state = FlowStep::State::NotReached;
        kind.evidence = Text::tr("Not reached: it would have been %1.").arg(kindText);
    } else if (keyRefused) {
        kind.state = FlowStep::State::NotReached;
        kind.evidence = Text::tr("Not reached: the key was refused before the practice group "
                                 "was considered. It would have been %1.")
                            .arg(kindText);
    } else if (handlingUnknown) {
        kind.state = FlowStep::State::Unknown;
        kind.evidence =
            Text::tr("Unknown whether the Hero API got this far; it would be %1.").arg(kindText);
    } else {
        kind.state =
            flow.callKind == CallKind::Unknown ? FlowStep::State::Unknown : FlowStep::State::Done;
        kind.evidence = Text::tr("The Hero API saw %1.").arg(kindText);
    }

    // 3. Network check
    FlowStep network{FlowStep::Kind::NetworkCheck, FlowStep::State::Unknown,
                     Text::tr("Network check"), QString(), -1};
    if (neverReached || keyRefused) {
        flow.networkCheck = NetworkCheckResult::NotReached;
        network.evidence = keyRefused
            ? Text::tr("Not reached: the key was refused first.")
            : Text::tr("Not reached: the call never got to the Hero API.");
    } else if (handlingUnknown) {
        // Even a same-group call says nothing here: the API may never have handled it.
        flow.networkCheck = NetworkCheckResult::Unknown;
        network.evidence = reach == Reach::Answered
            ? Text::tr("Unknown: the answer (%1) may not have come from the Hero API's group "
                       "handling.")
                  .arg(diagnosis.title)
            : Text::tr("Unknown: no answer came back.");
    } else if (flow.callKind == CallKind::SameGroup) {
        flow.networkCheck = NetworkCheckResult::NotNeeded;
        network.evidence = Text::tr("Not needed: the call acts for the key's own practice group.");
    } else if (flow.callKind == CallKind::Unknown) {
        flow.networkCheck = NetworkCheckResult::Unknown;
        network.evidence = Text::tr("Unknown: without the key's home group the explorer cannot "
                                    "tell whether a network check applied.");
    } else if (checksPassed) {
        flow.networkCheck = NetworkCheckResult::Passed;
        network.evidence = Text::tr("Passed: %1 and %2 share a network, so the call acted for "
                                    "%2.")
                               .arg(home, target);
    } else if (code == QLatin1String("cross_org_forbidden")) {
        flow.networkCheck = NetworkCheckResult::Denied;
        network.evidence = Text::tr("Denied: the answer says %1 and %2 share no network (error "
                                    "code \"%3\").")
                               .arg(home, target, diagnosis.errorCode);
    } else if (code == QLatin1String("forbidden_uncoded")) {
        flow.networkCheck = NetworkCheckResult::Unknown;
        network.evidence = Text::tr("Unknown: the 403 does not say whether the network check or "
                                    "the scope check refused the call. The 403 doctor can tell.");
    } else if (code == QLatin1String("missing_scope")) {
        flow.networkCheck = NetworkCheckResult::Unknown;
        network.evidence = Text::tr("Unknown: the answer names a missing scope; whether the "
                                    "network check ran first is not documented.");
    } else {
        flow.networkCheck = NetworkCheckResult::Unknown;
        network.evidence = Text::tr("Unknown: the answer does not say whether the network check "
                                    "ran.");
    }
    network.state = stateOf(flow.networkCheck);

    // 4. Answer
    FlowStep answer{FlowStep::Kind::Answer, FlowStep::State::Done, Text::tr("Answer"), QString(),
                    -1};
    const QString codeText = diagnosis.errorCode.isEmpty()
        ? QString()
        : QStringLiteral(" \"") + diagnosis.errorCode + QLatin1Char('"');
    switch (reach) {
    case Reach::NotSent:
    case Reach::NotDelivered:
    case Reach::CancelledBeforeSending:
    case Reach::Cancelled: // the user's choice, not a failure
        answer.state = FlowStep::State::NotReached;
        answer.evidence = Text::tr("No answer: %1.").arg(diagnosis.title);
        break;
    case Reach::DeliveryUnknown:
        answer.state = FlowStep::State::Failed;
        answer.evidence = Text::tr("No answer: %1.").arg(diagnosis.title);
        answer.atMs = x.timings.totalMs;
        break;
    case Reach::Answered:
        answer.state = success ? FlowStep::State::Done : FlowStep::State::Failed;
        answer.evidence =
            Text::tr("%1%2: %3.").arg(QString::number(x.status), codeText, diagnosis.title);
        if (x.timings.totalMs >= 0)
            answer.evidence +=
                QLatin1Char(' ') + Text::tr("Complete after %1 ms.").arg(x.timings.totalMs);
        answer.atMs = x.timings.firstByteMs >= 0 ? x.timings.firstByteMs : x.timings.totalMs;
        break;
    }

    flow.steps = {sent, kind, network, answer};
    return flow;
}

QString describeFlow(const CrossOrgFlow &flow)
{
    QStringList sentences;
    for (const FlowStep &step : flow.steps) {
        QString state;
        switch (step.state) {
        case FlowStep::State::Done:
            state = Text::tr("done");
            break;
        case FlowStep::State::Failed:
            state = Text::tr("failed");
            break;
        case FlowStep::State::Unknown:
            state = Text::tr("unknown");
            break;
        case FlowStep::State::NotReached:
            state = Text::tr("not reached");
            break;
        }
        sentences.append(Text::tr("%1, %2: %3").arg(step.title, state, step.evidence));
    }
    return sentences.join(QLatin1Char('\n'));
}

QString flowStepStateId(FlowStep::State state)
{
    switch (state) {
    case FlowStep::State::Done:
        return QStringLiteral("done");
    case FlowStep::State::Failed:
        return QStringLiteral("failed");
    case FlowStep::State::Unknown:
        return QStringLiteral("unknown");
    case FlowStep::State::NotReached:
        return QStringLiteral("not_reached");
    }
    return QStringLiteral("unknown");
}

QString networkCheckResultId(NetworkCheckResult result)
{
    switch (result) {
    case NetworkCheckResult::NotNeeded:
        return QStringLiteral("not_needed");
    case NetworkCheckResult::Passed:
        return QStringLiteral("passed");
    case NetworkCheckResult::Denied:
        return QStringLiteral("denied");
    case NetworkCheckResult::Unknown:
        return QStringLiteral("unknown");
    case NetworkCheckResult::NotReached:
        return QStringLiteral("not_reached");
    }
    return QStringLiteral("unknown");
}
