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
    const DiagnosisCode code = diagnosis.code;
    const bool keyRefused = reach == Reach::Answered && code == DiagnosisCode::InvalidCredentials;
    const bool success = reach == Reach::Answered && x.isSuccess();
    // A 2xx status proves the checks passed even when the body was then cut short.
    const bool checksPassed = reach == Reach::Answered && x.status >= 200 && x.status < 300;
    // Answers that may come before, or from something other than, Hero's group handling.
    const bool answeredBeforeGroupCheck = code == DiagnosisCode::RateLimited
        || code == DiagnosisCode::ValidationFailed || code == DiagnosisCode::UpstreamHtml
        || code == DiagnosisCode::RedirectNotFollowed;
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
    } else if (code == DiagnosisCode::CrossOrgForbidden) {
        flow.networkCheck = NetworkCheckResult::Denied;
        network.evidence = Text::tr("Denied: the answer says %1 and %2 share no network (error "
                                    "code \"%3\").")
                               .arg(home, target, diagnosis.errorCode);
    } else if (code == DiagnosisCode::ForbiddenUncoded) {
        flow.networkCheck = NetworkCheckResult::Unknown;
        network.evidence = Text::tr("Unknown: the 403 does not say whether the network check or "
                                    "the scope check refused the call. The 403 doctor can tell.");
    } else if (code == DiagnosisCode::MissingScope) {
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
    for (const FlowStep &step : flow.steps)
        sentences.append(
            Text::tr("%1, %2: %3").arg(step.title, flowStepStateText(step.state), step.evidence));
    return sentences.join(QLatin1Char('\n'));
}

QString flowStepStateText(FlowStep::State state)
{
    switch (state) {
    case FlowStep::State::Done:
        return Text::tr("done");
    case FlowStep::State::Failed:
        return Text::tr("failed");
    case FlowStep::State::Unknown:
        return Text::tr("unknown");
    case FlowStep::State::NotReached:
        return Text::tr("not reached");
    }
    return Text::tr("unknown");
}

QString compactGroupText(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return Text::tr("unknown");
    return name.isEmpty() ? id : id + QLatin1Char(' ') + name;
}

QString flowLaneText(const CrossOrgFlow &flow, FlowLane lane)
{
    switch (lane) {
    case FlowLane::App: {
        QStringList lines;
        if (!flow.keyFingerprint.isEmpty())
            lines << Text::tr("Key %1").arg(flow.keyFingerprint);
        lines << Text::tr("Key home: %1").arg(compactGroupText(flow.homeGroup, flow.homeName));
        return lines.join(QLatin1Char('\n'));
    }
    case FlowLane::Api:
        if (!flow.wasSent())
            return Text::tr("Not contacted");
        return Text::tr("Acting for: %1").arg(compactGroupText(flow.targetGroup, flow.targetName));
    case FlowLane::Check:
        switch (flow.callKind) {
        case CallKind::SameGroup:
            // Only an answer from the API's group handling shows the check was not needed.
            return flow.networkCheck == NetworkCheckResult::NotNeeded
                ? Text::tr("Not needed: same group")
                : Text::tr("Same group: no check expected");
        case CallKind::CrossOrganisational:
            return Text::tr("Does %1 share a network with %2?")
                .arg(flow.homeGroup, flow.targetGroup);
        case CallKind::Unknown:
            return Text::tr("Groups unknown");
        }
    }
    return QString();
}

QString flowStepLabel(const CrossOrgFlow &flow, int index)
{
    if (index < 0 || index >= flow.steps.size())
        return QString();
    const FlowStep &step = flow.steps.at(index);
    const QString target = flow.targetGroup.isEmpty() ? QStringLiteral("?") : flow.targetGroup;
    const QString home = flow.homeGroup.isEmpty() ? QStringLiteral("?") : flow.homeGroup;
    QString body;
    switch (step.kind) {
    case FlowStep::Kind::RequestSent:
        // What never left the app says so in its own words, without a state prefix.
        if (flow.reach == CrossOrgFlow::Reach::NotSent)
            return Text::tr("Refused here: the explorer did not send it");
        if (flow.reach == CrossOrgFlow::Reach::CancelledBeforeSending)
            return Text::tr("Not sent: you cancelled it while it waited");
        body = Text::tr("request with key %1, acting for %2")
                   .arg(flow.keyFingerprint.isEmpty() ? Text::tr("(none)") : flow.keyFingerprint,
                        target);
        break;
    case FlowStep::Kind::CallKind:
        switch (flow.callKind) {
        case CallKind::SameGroup:
            body = step.state == FlowStep::State::Done
                ? Text::tr("same group %1: no network check").arg(home)
                : Text::tr("would be same group %1").arg(home);
            break;
        case CallKind::CrossOrganisational:
            body = step.state == FlowStep::State::Done
                ? Text::tr("cross-organisational %1 → %2: check the network").arg(home, target)
                : Text::tr("would be cross-organisational %1 → %2").arg(home, target);
            break;
        case CallKind::Unknown:
            body = Text::tr("same group or cross-organisational?");
            break;
        }
        break;
    case FlowStep::Kind::NetworkCheck:
        switch (flow.networkCheck) {
        case NetworkCheckResult::NotNeeded:
            body = Text::tr("not needed: same group");
            break;
        case NetworkCheckResult::Passed:
            body = Text::tr("passed: %1 and %2 share a network").arg(home, target);
            break;
        case NetworkCheckResult::Denied:
            body = Text::tr("%1 and %2 share no network").arg(home, target);
            break;
        case NetworkCheckResult::Unknown:
            body = Text::tr("network check result not in the answer");
            break;
        case NetworkCheckResult::NotReached:
            body = Text::tr("network check");
            break;
        }
        break;
    case FlowStep::Kind::Answer:
        if (flow.status > 0) {
            QString answer = QString::number(flow.status);
            if (!flow.errorCode.isEmpty())
                answer += QStringLiteral(" \"") + flow.errorCode + QLatin1Char('"');
            body = Text::tr("answer %1").arg(answer);
        } else if (flow.reach == CrossOrgFlow::Reach::Cancelled
                   || flow.reach == CrossOrgFlow::Reach::CancelledBeforeSending) {
            body = Text::tr("no answer (you cancelled it)");
        } else {
            body = Text::tr("no answer");
        }
        if (step.atMs >= 0)
            body = Text::tr("%1 after %2 ms").arg(body).arg(step.atMs);
        break;
    }

    QString prefix;
    switch (step.state) {
    case FlowStep::State::Done:
        break;
    case FlowStep::State::Failed:
        // A rule said no (the key, the network or the explorer itself), or something broke.
        if (index == flow.failingStep())
            prefix = flow.status == 401 || flow.status == 403
                    || flow.reach == CrossOrgFlow::Reach::NotSent
                ? Text::tr("Refused here")
                : Text::tr("Failed here");
        else
            prefix = Text::tr("Failed");
        break;
    case FlowStep::State::Unknown:
        prefix = Text::tr("Unknown");
        break;
    case FlowStep::State::NotReached:
        prefix = Text::tr("Not reached");
        break;
    }
    if (prefix.isEmpty())
        return body.left(1).toUpper() + body.mid(1);
    return Text::tr("%1: %2").arg(prefix, body);
}

QString flowStepDetail(const CrossOrgFlow &flow, int index)
{
    if (index < 0 || index >= flow.steps.size())
        return QString();
    const FlowStep &step = flow.steps.at(index);
    QString text =
        Text::tr("%1 (%2): %3").arg(step.title, flowStepStateText(step.state), step.evidence);
    if (step.atMs >= 0 && step.kind != FlowStep::Kind::Answer) // the answer says its time
        text += QLatin1Char(' ') + Text::tr("At %1 ms.").arg(step.atMs);
    return text;
}

QString flowSummary(const CrossOrgFlow &flow)
{
    if (flow.reach == CrossOrgFlow::Reach::NotSent)
        return Text::tr("Not sent: the explorer refused the request");
    if (flow.reach == CrossOrgFlow::Reach::CancelledBeforeSending)
        return Text::tr("Not sent: cancelled while it waited");
    QString kind;
    switch (flow.callKind) {
    case CallKind::SameGroup:
        kind = Text::tr("Same-group call (%1)").arg(flow.homeGroup);
        break;
    case CallKind::CrossOrganisational:
        kind = Text::tr("Cross-organisational call %1 → %2").arg(flow.homeGroup, flow.targetGroup);
        break;
    case CallKind::Unknown:
        kind = Text::tr("Call for group %1")
                   .arg(flow.targetGroup.isEmpty() ? Text::tr("(none)") : flow.targetGroup);
        break;
    }
    QString outcome;
    if (flow.networkCheck == NetworkCheckResult::Denied)
        outcome = Text::tr("refused by the network check");
    else if (flow.status >= 200 && flow.status < 300)
        outcome = flow.networkCheck == NetworkCheckResult::Passed
            ? Text::tr("network check passed, answered %1").arg(flow.status)
            : Text::tr("answered %1").arg(flow.status);
    else if (flow.status > 0)
        outcome = Text::tr("answered %1").arg(flow.status);
    else if (flow.reach == CrossOrgFlow::Reach::Cancelled)
        outcome = Text::tr("cancelled, no answer");
    else
        outcome = Text::tr("no answer");
    return Text::tr("%1: %2").arg(kind, outcome);
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
