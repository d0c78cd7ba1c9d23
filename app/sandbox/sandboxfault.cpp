// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "sandboxfault.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qint64 HugeItemLength = 100;

bool parseNumber(const QByteArray &text, qint64 minimum, qint64 maximum, qint64 *out)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < minimum || number > maximum)
        return false;
    *out = number;
    return true;
}

} // namespace

std::optional<SandboxFault> SandboxFault::parse(const QByteArray &headerValue, QString *error)
{
    const QByteArray trimmed = headerValue.trimmed();
    const qsizetype equals = trimmed.indexOf('=');
    const QByteArray name = (equals < 0 ? trimmed : trimmed.left(equals)).trimmed().toLower();
    const QByteArray value = equals < 0 ? QByteArray() : trimmed.mid(equals + 1).trimmed();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<SandboxFault>();
    };

    SandboxFault fault;
    const auto withoutValue = [&fault, &fail, value, name](Kind kind) {
        if (!value.isEmpty())
            return fail(
                QStringLiteral("the fault %1 takes no value").arg(QString::fromLatin1(name)));
        fault.kind = kind;
        return std::optional<SandboxFault>(fault);
    };
    if (name == "hang")
        return withoutValue(Kind::Hang);
    if (name == "reset")
        return withoutValue(Kind::Reset);
    if (name == "truncate")
        return withoutValue(Kind::Truncate);
    if (name == "invalid-json")
        return withoutValue(Kind::InvalidJson);
    if (name == "html-502")
        return withoutValue(Kind::Html502);
    if (name == "slow-drip")
        return withoutValue(Kind::SlowDrip);
    if (name == "delay") {
        fault.kind = Kind::Delay;
        if (!parseNumber(value, 0, MaxDelayMs, &fault.value))
            return fail(QStringLiteral("delay needs milliseconds from 0 to %1").arg(MaxDelayMs));
        return fault;
    }
    if (name == "status") {
        fault.kind = Kind::Status;
        if (!parseNumber(value, 200, 599, &fault.value))
            return fail(QStringLiteral("status needs a code from 200 to 599"));
        return fault;
    }
    if (name == "huge") {
        fault.kind = Kind::Huge;
        if (!parseNumber(value, 1, MaxHugeMiB, &fault.value))
            return fail(QStringLiteral("huge needs a size in MB from 1 to %1").arg(MaxHugeMiB));
        return fault;
    }
    if (name == "redirect") {
        fault.kind = Kind::Redirect;
        fault.url = QUrl(QString::fromUtf8(value), QUrl::StrictMode);
        const QString scheme = fault.url.scheme();
        if (!fault.url.isValid() || fault.url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return fail(QStringLiteral("redirect needs an absolute http(s) URL"));
        return fault;
    }
    return fail(QStringLiteral("unknown fault \"%1\"; known: delay=MS, hang, reset, truncate, "
                               "invalid-json, html-502, status=CODE, redirect=URL, huge=MB, "
                               "slow-drip")
                    .arg(QString::fromLatin1(name)));
}

SandboxResponse SandboxFault::replacement() const
{
    SandboxResponse response;
    switch (kind) {
    case Kind::InvalidJson:
        response.status = 200;
        response.addHeader("Content-Type", "application/json");
        response.body =
            QByteArrayLiteral("{\"data\":[{\"id\":\"10001\",\"name\":\"Sandbox\"},{\"id\":");
        break;
    case Kind::Html502:
        response.status = 502;
        response.addHeader("Content-Type", "text/html");
        response.body = QByteArrayLiteral(
            "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
            "</body>\r\n</html>\r\n");
        break;
    case Kind::Status:
        response.status = int(value);
        if (response.status != 204 && response.status != 304) {
            response.addHeader("Content-Type", "application/json");
            response.body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("statusCode"), response.status},
                                {QStringLiteral("error"), QStringLiteral("sandbox_fault")},
                                {QStringLiteral("message"),
                                 QStringLiteral("Status %1 forced by "
                                                "x-sandbox-fault.")
                                     .arg(value)}})
                    .toJson(QJsonDocument::Compact);
        }
        if (response.status == 429 || response.status == 503)
            response.addHeader("Retry-After", "1");
        break;
    case Kind::Redirect:
        response.status = 302;
        response.addHeader("Content-Type", "application/json");
        response.addHeader("Location", url.toEncoded());
        response.body =
            QJsonDocument(QJsonObject{{QStringLiteral("statusCode"), 302},
                                      {QStringLiteral("error"), QStringLiteral("sandbox_fault")},
                                      {QStringLiteral("message"),
                                       QStringLiteral("Moved elsewhere by "
                                                      "x-sandbox-fault.")}})
                .toJson(QJsonDocument::Compact);
        break;
    default:
        break;
    }
    return response;
}

SandboxHugeBody::SandboxHugeBody(qint64 size)
    : m_size(size)
    , m_prefix(QByteArrayLiteral("{\"data\":["))
{
    // Items of fixed length, then whitespace padding so the total is exact.
    constexpr qint64 SuffixReserve = 32;
    m_items = std::max<qint64>(0, (size - m_prefix.size() - SuffixReserve) / (HugeItemLength + 1));
    m_suffix = QByteArrayLiteral("],\"count\":") + QByteArray::number(m_items) + '}';
    const qint64 itemBytes = m_items * HugeItemLength + std::max<qint64>(0, m_items - 1);
    m_paddingLeft = std::max<qint64>(0, size - m_prefix.size() - itemBytes - m_suffix.size());
    m_size = m_prefix.size() + itemBytes + m_paddingLeft + m_suffix.size();
}

QByteArray SandboxHugeBody::itemAt(qint64 index) const
{
    QByteArray item = QByteArrayLiteral("{\"id\":\"")
        + QByteArray::number(index + 1).rightJustified(10, '0')
        + QByteArrayLiteral("\",\"name\":\"Sandbox filler record\",\"note\":\"");
    const QByteArray end = QByteArrayLiteral("\"}");
    item.append(QByteArray(HugeItemLength - item.size() - end.size(), 'x'));
    item.append(end);
    return item;
}

QByteArray SandboxHugeBody::next(qint64 maxBytes)
{
    QByteArray chunk;
    while (chunk.size() < maxBytes && !m_suffixDone) {
        if (!m_prefixDone) {
            chunk.append(m_prefix);
            m_prefixDone = true;
        } else if (m_nextItem < m_items) {
            if (m_nextItem > 0)
                chunk.append(',');
            chunk.append(itemAt(m_nextItem++));
        } else if (m_paddingLeft > 0) {
            const qint64 spaces = std::min<qint64>(m_paddingLeft, 64 * 1024);
            chunk.append(QByteArray(spaces, ' '));
            m_paddingLeft -= spaces;
        } else if (!m_suffixDone) {
            chunk.append(m_suffix);
            m_suffixDone = true;
        }
    }
    m_produced += chunk.size();
    return chunk;
}
