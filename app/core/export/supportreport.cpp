// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "supportreport.h"

#include "headerredaction.h"
#include "http/headernames.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QUrlQuery>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SupportReport)
};

constexpr qsizetype MaxReportedBodyBytes = 64 * 1024;

QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    for (QChar &c : text) {
        if (!c.isPrint() && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            c = QChar(0xFFFD);
    }
    return text;
}

QString bodyText(const QByteArray &body)
{
    if (body.isEmpty())
        return Text::tr("(empty)");
    if (body.contains('\0') || QString::fromUtf8(body).toUtf8() != body)
        return Text::tr("(%1 bytes of binary data, not shown)").arg(body.size());
    QString text = printable(body.left(MaxReportedBodyBytes));
    if (body.size() > MaxReportedBodyBytes)
        text += QLatin1Char('\n')
            + Text::tr("(cut at %1 of %2 bytes)").arg(MaxReportedBodyBytes).arg(body.size());
    return text;
}

void appendHeaders(QStringList &lines, const HeaderList &headers)
{
    const HeaderList redacted = redactHeaders(headers);
    for (const auto &header : redacted)
        lines.append(QStringLiteral("  ") + printable(header.first) + QStringLiteral(": ")
                     + printable(header.second.left(512)));
    if (redacted.isEmpty())
        lines.append(QStringLiteral("  ") + Text::tr("(none)"));
}

QString timingsText(const Timings &t)
{
    QStringList parts;
    const auto add = [&parts](const QString &label, qint64 ms) {
        if (ms >= 0)
            parts.append(label.arg(ms));
    };
    add(Text::tr("connect %1 ms"), t.connectMs);
    add(Text::tr("TLS %1 ms"), t.tlsMs);
    add(Text::tr("first byte %1 ms"), t.firstByteMs);
    add(Text::tr("total %1 ms"), t.totalMs);
    return parts.isEmpty() ? Text::tr("unknown") : parts.join(QStringLiteral(", "));
}

QString outcomeText(DoctorStep::Outcome outcome)
{
    switch (outcome) {
    case DoctorStep::Outcome::Passed:
        return Text::tr("passed");
    case DoctorStep::Outcome::Failed:
        return Text::tr("failed");
    case DoctorStep::Outcome::Inconclusive:
        return Text::tr("inconclusive");
    }
    return QString();
}

} // namespace

QStringList requestIdHeaderNames()
{
    QStringList names;
    for (const QByteArray &name : HeaderName::requestIds())
        names.append(QString::fromLatin1(name));
    return names;
}

QString supportReport(const Exchange &exchange, const Diagnosis &diagnosis,
                      const ReportContext &context, const QList<DoctorStep> &doctorSteps,
                      bool includeBody)
{
    QStringList lines;
    const auto field = [&lines](const QString &label, const QString &value) {
        lines.append(label + QStringLiteral(": ")
                     + (value.isEmpty() ? Text::tr("unknown") : value));
    };
    const QString sentGroup =
        QString::fromLatin1(exchange.requestHeader(HeaderName::PracticeGroupId));
    const QDateTime generated =
        context.generatedAt.isValid() ? context.generatedAt : QDateTime::currentDateTimeUtc();

    lines.append(Text::tr("Hero API Explorer support report"));
    field(Text::tr("Generated"), generated.toUTC().toString(Qt::ISODate));
    field(Text::tr("App version"),
          (context.appVersion.isEmpty() ? QStringLiteral(HERO_VERSION) : context.appVersion)
              + QStringLiteral(" (Qt ") + QString::fromLatin1(qVersion()) + QStringLiteral(", ")
              + QSysInfo::prettyProductName() + QLatin1Char(')'));
    field(Text::tr("Environment"),
          context.environment.name.isEmpty() ? context.environment.id
                                             : context.environment.name + QStringLiteral(" (")
                  + context.environment.id + QLatin1Char(')'));
    field(Text::tr("Origin"), originOf(exchange.request.url));
    field(Text::tr("Request"),
          QString::fromLatin1(exchange.request.method) + QLatin1Char(' ')
              + exchange.request.url.path());
    const QUrlQuery query(exchange.request.url);
    if (!query.isEmpty()) {
        QStringList items;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            items.append(includeBody ? item.first + QLatin1Char('=') + item.second : item.first);
        field(includeBody ? Text::tr("Query") : Text::tr("Query parameters (values left out)"),
              items.join(QStringLiteral(", ")));
    }
    if (exchange.startedAt.isValid())
        field(Text::tr("Sent at"), exchange.startedAt.toUTC().toString(Qt::ISODateWithMs));
    field(Text::tr("Practice group sent"),
          sentGroup.isEmpty() ? Text::tr("none")
                              : practiceGroupLabel(sentGroup, context.practiceGroupNames));
    field(Text::tr("Key's home group"),
          context.homePracticeGroup.isEmpty()
              ? QString()
              : practiceGroupLabel(context.homePracticeGroup, context.practiceGroupNames));
    field(Text::tr("Key"),
          (context.keyLabel.isEmpty() ? QString() : context.keyLabel + QStringLiteral(", "))
              + Text::tr("fingerprint %1")
                    .arg(context.keyFingerprint.isEmpty() ? Text::tr("unknown")
                                                          : context.keyFingerprint));
    if (!exchange.wasSent()) {
        field(Text::tr("Status"), Text::tr("not sent (%1)").arg(refusalId(exchange.refusal)));
    } else if (exchange.status > 0) {
        field(Text::tr("Status"),
              QString::number(exchange.status) + QLatin1Char(' ') + printable(exchange.reason));
    } else {
        field(Text::tr("Status"), Text::tr("no answer"));
    }
    if (exchange.transportError != TransportError::None)
        field(Text::tr("Transport error"), transportErrorId(exchange.transportError));
    field(Text::tr("Error code"),
          diagnosis.errorCode.isEmpty() ? Text::tr("none found") : diagnosis.errorCode);
    field(Text::tr("Attempt"), QString::number(exchange.attempt));
    field(Text::tr("Timings"), timingsText(exchange.timings));
    QStringList ids;
    for (const QString &name : requestIdHeaderNames()) {
        const QByteArray value = exchange.header(name.toLatin1());
        if (!value.isEmpty())
            ids.append(name + QStringLiteral(": ") + printable(value.left(256)));
    }
    field(Text::tr("Request ids"),
          ids.isEmpty() ? Text::tr("none") : ids.join(QStringLiteral("; ")));

    lines.append(QString());
    field(Text::tr("Diagnosis"),
          diagnosisCodeId(diagnosis.code) + QStringLiteral(" — ") + diagnosis.title);
    lines.append(diagnosis.cause);
    if (diagnosis.isJudgement)
        lines.append(Text::tr("(This is a judgement from the context, not the server's words.)"));
    // The server's own message is body text and may name a patient.
    const QString serverMessage = QCoreApplication::translate("Diagnosis", "Server message");
    lines.append(Text::tr("Evidence:"));
    for (const Evidence &item : diagnosis.evidence) {
        if (!includeBody && item.label == serverMessage)
            continue;
        lines.append(QStringLiteral("  - ") + item.label + QStringLiteral(": ") + item.value);
    }
    if (!diagnosis.nextSteps.isEmpty()) {
        lines.append(Text::tr("Next steps:"));
        for (const NextStep &step : diagnosis.nextSteps)
            lines.append(QStringLiteral("  - ") + step.text);
    }

    if (!context.flowDescription.isEmpty()) {
        lines.append(QString());
        lines.append(Text::tr("Cross-organisational flow:"));
        for (const QString &line : context.flowDescription.split(QLatin1Char('\n')))
            lines.append(QStringLiteral("  ") + line);
    }

    if (!doctorSteps.isEmpty() || !context.doctorVerdict.isEmpty()) {
        lines.append(QString());
        lines.append(Text::tr("403 doctor probes:"));
        int number = 1;
        for (const DoctorStep &step : doctorSteps) {
            lines.append(QStringLiteral("  %1. ").arg(number++) + step.probe.description);
            lines.append(QStringLiteral("     ") + Text::tr("Answer: %1").arg(step.summary));
            lines.append(
                QStringLiteral("     ")
                + Text::tr("Meaning (%1): %2").arg(outcomeText(step.outcome), step.interpretation));
        }
        if (!context.doctorVerdict.isEmpty())
            lines.append(Text::tr("  Verdict: %1").arg(context.doctorVerdict));
    }

    lines.append(QString());
    lines.append(Text::tr("Request headers (secrets redacted):"));
    appendHeaders(lines, exchange.request.headers);
    if (exchange.status > 0) {
        lines.append(Text::tr("Response headers (secrets redacted):"));
        appendHeaders(lines, exchange.headers);
    }
    if (includeBody) {
        lines.append(Text::tr("Warning: the bodies below may contain patient data."));
        lines.append(Text::tr("Request body:"));
        lines.append(bodyText(exchange.request.body));
        lines.append(Text::tr("Response body:"));
        lines.append(bodyText(exchange.body));
    } else {
        lines.append(Text::tr("Bodies: left out (they may contain patient data)."));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
