// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "doctor.h"

#include "diagnosis.h"
#include "pendingexchange.h"

#include <QCoreApplication>

namespace {

const QString MePath = QStringLiteral("/v1/me");

ApiRequest getRequest(const QString &path, const QList<QPair<QString, QString>> &query = {})
{
    ApiRequest request;
    request.method = QByteArrayLiteral("GET");
    request.path = path;
    request.query = query;
    return request;
}

QString summaryOf(const Exchange &exchange, const Diagnosis &diagnosis)
{
    QStringList parts;
    if (!exchange.wasSent())
        parts.append(Doctor::tr("not sent (%1)").arg(refusalId(exchange.refusal)));
    else if (!exchange.hasHttpResponse())
        parts.append(Doctor::tr("no answer (%1)").arg(transportErrorId(exchange.transportError)));
    else
        parts.append(QString::number(exchange.status));
    if (!diagnosis.errorCode.isEmpty())
        parts.append(diagnosis.errorCode);
    if (exchange.timings.totalMs >= 0)
        parts.append(Doctor::tr("%1 ms").arg(exchange.timings.totalMs));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString doctorVerdictId(DoctorVerdict verdict)
{
    switch (verdict) {
    case DoctorVerdict::KeyInvalid:
        return QStringLiteral("key_invalid");
    case DoctorVerdict::NoSharedNetwork:
        return QStringLiteral("no_shared_network");
    case DoctorVerdict::MissingScope:
        return QStringLiteral("missing_scope");
    case DoctorVerdict::WorksWithHomeGroup:
        return QStringLiteral("works_with_home_group");
    case DoctorVerdict::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return QStringLiteral("inconclusive");
}

Doctor::Doctor(Sender sender, QObject *parent)
    : QObject(parent)
    , m_sender(std::move(sender))
{
}

Doctor::~Doctor()
{
    cancel();
}

QList<DoctorProbe> Doctor::plannedProbes(const DoctorRequest &request,
                                         const QMap<QString, QString> &names)
{
    const QString home = request.homeGroup;
    const QString target = request.targetGroup.isEmpty() ? home : request.targetGroup;
    QList<DoctorProbe> probes;
    probes.append(
        {DoctorProbe::Purpose::KeyValid, getRequest(MePath), home,
         tr("GET %1 as %2: is the key valid?").arg(MePath, practiceGroupLabel(home, names))});
    if (target != home)
        probes.append({DoctorProbe::Purpose::SharedNetwork, getRequest(MePath), target,
                       tr("GET %1 as %2: does the key's group share a network with it?")
                           .arg(MePath, practiceGroupLabel(target, names))});
    // Only a GET is ever repeated, and only as the home group, where no network check applies.
    const bool isGet = request.method.compare(QByteArrayLiteral("GET"), Qt::CaseInsensitive) == 0;
    if (isGet && !(request.path == MePath && request.query.isEmpty()))
        probes.append({DoctorProbe::Purpose::ScopePresent, getRequest(request.path, request.query),
                       home,
                       tr("GET %1 as %2: does the key have the scope it needs?")
                           .arg(request.path, practiceGroupLabel(home, names))});
    return probes;
}

void Doctor::start(const DoctorRequest &request)
{
    cancel();
    m_request = request;
    m_probes = plannedProbes(request, m_names);
    m_steps.clear();
    m_verdict = DoctorVerdict::Inconclusive;
    m_explanation.clear();
    m_probesSent = 0;
    m_running = true;
    sendNext();
}

void Doctor::cancel()
{
    m_running = false;
    if (m_pending) {
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->cancel();
        m_pending.clear();
    }
}

void Doctor::sendNext()
{
    if (!m_running)
        return;
    const int index = int(m_steps.size());
    if (index >= m_probes.size()) {
        conclude();
        return;
    }
    const DoctorProbe &probe = m_probes.at(index);
    if (probe.request.method != QByteArrayLiteral("GET")) {
        // Unreachable by construction; kept so that no change above can make the doctor write.
        conclude();
        return;
    }
    emit probeStarted(index, probe);
    PendingExchange *pending = m_sender ? m_sender(probe.request, probe.practiceGroup) : nullptr;
    ++m_probesSent;
    if (!pending) {
        Exchange notSent;
        notSent.request.method = probe.request.method;
        notSent.transportError = TransportError::Other;
        notSent.errorText = tr("The probe could not be sent.");
        QMetaObject::invokeMethod(
            this, [this, notSent] { onAnswer(notSent); }, Qt::QueuedConnection);
        return;
    }
    m_pending = pending;
    if (pending->isFinished()) {
        const Exchange exchange = pending->exchange();
        m_pending.clear();
        QMetaObject::invokeMethod(
            this, [this, exchange] { onAnswer(exchange); }, Qt::QueuedConnection);
        return;
    }
    connect(pending, &PendingExchange::finished, this, [this](const Exchange &exchange) {
        m_pending.clear();
        onAnswer(exchange);
    });
}

void Doctor::onAnswer(const Exchange &exchange)
{
    if (!m_running)
        return;
    const DoctorProbe probe = m_probes.at(m_steps.size());
    const DoctorStep step = interpret(probe, exchange);
    m_steps.append(step);
    emit stepFinished(step);
    if (!m_running)
        return;
    // A refused key or an exhausted rate limit makes every further probe pointless.
    if (probe.purpose == DoctorProbe::Purpose::KeyValid
        && step.outcome != DoctorStep::Outcome::Passed) {
        conclude();
        return;
    }
    sendNext();
}

DoctorStep Doctor::interpret(const DoctorProbe &probe, const Exchange &exchange) const
{
    DiagnosisContext context;
    context.environment = m_request.environment;
    context.homePracticeGroup = m_request.homeGroup;
    context.practiceGroupNames = m_names;
    const Diagnosis diagnosis = diagnose(exchange, context);
    const DiagnosisCode code = diagnosis.code;
    const QString group = practiceGroupLabel(probe.practiceGroup, m_names);

    DoctorStep step;
    step.probe = probe;
    step.exchange = exchange;
    step.summary = summaryOf(exchange, diagnosis);
    step.outcome = DoctorStep::Outcome::Inconclusive;
    const bool ok = code == DiagnosisCode::Ok;

    switch (probe.purpose) {
    case DoctorProbe::Purpose::KeyValid:
        if (ok) {
            step.outcome = DoctorStep::Outcome::Passed;
            step.interpretation = tr("The key is valid and acts for its home group %1.").arg(group);
        } else if (code == DiagnosisCode::InvalidCredentials) {
            step.outcome = DoctorStep::Outcome::Failed;
            step.interpretation = tr("The key itself is refused: it is wrong, revoked, expired or "
                                     "meant for another environment.");
        }
        break;
    case DoctorProbe::Purpose::SharedNetwork:
        if (ok) {
            step.outcome = DoctorStep::Outcome::Passed;
            step.interpretation =
                tr("The key may act for %1: the two groups share a network.").arg(group);
        } else if (code == DiagnosisCode::CrossOrgForbidden
                   || code == DiagnosisCode::ForbiddenUncoded) {
            // /v1/me needs no scope, so a 403 here can only be the network check.
            step.outcome = DoctorStep::Outcome::Failed;
            step.interpretation = tr("The key may not act for %1: its group shares no network "
                                     "with it.")
                                      .arg(group);
        }
        break;
    case DoctorProbe::Purpose::ScopePresent:
        if (ok) {
            step.outcome = DoctorStep::Outcome::Passed;
            step.interpretation = tr("The same request works for the home group %1: the key has "
                                     "the scope it needs.")
                                      .arg(group);
        } else if (code == DiagnosisCode::MissingScope || code == DiagnosisCode::ForbiddenUncoded) {
            // The key is valid and no network check applies to the home group: only scope is left.
            step.outcome = DoctorStep::Outcome::Failed;
            step.interpretation = tr("The same request is refused for the home group %1: the key "
                                     "lacks the scope it needs.")
                                      .arg(group);
        }
        break;
    }
    if (step.interpretation.isEmpty())
        step.interpretation =
            tr("This answer does not settle the question: %1.").arg(diagnosis.title);
    return step;
}

void Doctor::conclude()
{
    auto outcomeOf = [this](DoctorProbe::Purpose purpose) {
        for (const DoctorStep &step : std::as_const(m_steps)) {
            if (step.probe.purpose == purpose)
                return step.outcome;
        }
        return DoctorStep::Outcome::Inconclusive;
    };
    auto ran = [this](DoctorProbe::Purpose purpose) {
        for (const DoctorStep &step : std::as_const(m_steps)) {
            if (step.probe.purpose == purpose)
                return true;
        }
        return false;
    };
    using Outcome = DoctorStep::Outcome;
    using Purpose = DoctorProbe::Purpose;
    const Outcome key = outcomeOf(Purpose::KeyValid);
    const Outcome network = outcomeOf(Purpose::SharedNetwork);
    const Outcome scope = outcomeOf(Purpose::ScopePresent);
    const QString home = practiceGroupLabel(m_request.homeGroup, m_names);
    const QString target = practiceGroupLabel(
        m_request.targetGroup.isEmpty() ? m_request.homeGroup : m_request.targetGroup, m_names);

    if (key == Outcome::Failed) {
        m_verdict = DoctorVerdict::KeyInvalid;
        m_explanation = tr("The key is not accepted at all: replace it with a valid key for %1.")
                            .arg(m_request.environment.name);
    } else if (key != Outcome::Passed) {
        m_verdict = DoctorVerdict::Inconclusive;
        m_explanation = tr("The key could not be checked; see the first probe's answer.");
    } else if (network == Outcome::Failed) {
        m_verdict = DoctorVerdict::NoSharedNetwork;
        m_explanation =
            tr("%1 and %2 share no network, so the key may not act for %2.").arg(home, target);
        if (scope == Outcome::Passed)
            m_explanation += QLatin1Char(' ') + tr("The same request works for %1.").arg(home);
    } else if (scope == Outcome::Failed) {
        m_verdict = DoctorVerdict::MissingScope;
        m_explanation = tr("The key is valid but lacks the scope this endpoint needs.");
    } else if (!ran(Purpose::ScopePresent)
               && m_request.originalCode == DiagnosisCode::MissingScope) {
        m_verdict = DoctorVerdict::MissingScope;
        m_explanation = tr("The key is valid and the refused answer named a missing scope; the "
                           "request was not repeated because it is not a GET.");
    } else if (scope == Outcome::Passed) {
        m_verdict = DoctorVerdict::WorksWithHomeGroup;
        m_explanation =
            tr("The key is valid and the request works for its home group %1.").arg(home);
    } else {
        m_verdict = DoctorVerdict::Inconclusive;
        m_explanation = ran(Purpose::ScopePresent)
            ? tr("The probes did not explain the refusal.")
            : tr("The key is valid. The refused request is not a GET, so it was not repeated "
                 "and its scope could not be checked.");
    }
    m_running = false;
    emit finished(m_verdict, m_explanation);
}
