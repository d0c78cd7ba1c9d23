// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "environment.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace {

struct KindName
{
    EnvironmentKind kind;
    const char *id;
};

constexpr KindName kindNames[] = {
    {EnvironmentKind::Staging, "staging"},        {EnvironmentKind::Production, "production"},
    {EnvironmentKind::PortalMock, "portal-mock"}, {EnvironmentKind::Sandbox, "sandbox"},
    {EnvironmentKind::Custom, "custom"},
};

Environment makeEnvironment(EnvironmentKind kind, const QString &name, const QString &url)
{
    Environment env;
    env.id = environmentKindId(kind);
    env.name = name;
    env.kind = kind;
    env.baseUrl = QUrl(url);
    return env;
}

} // namespace

QString Environment::origin() const
{
    return originOf(baseUrl);
}

bool operator==(const Environment &a, const Environment &b)
{
    return a.id == b.id && a.name == b.name && a.kind == b.kind && a.baseUrl == b.baseUrl
        && a.caFile == b.caFile && a.timeoutMs == b.timeoutMs && a.rateLimit == b.rateLimit
        && a.rateWindowSeconds == b.rateWindowSeconds;
}

QString environmentKindId(EnvironmentKind kind)
{
    for (const auto &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.id);
    }
    return QStringLiteral("custom");
}

bool environmentKindFromId(const QString &id, EnvironmentKind *kind)
{
    for (const auto &entry : kindNames) {
        if (id == QLatin1String(entry.id)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

QList<Environment> builtInEnvironments()
{
    return {builtInEnvironment(EnvironmentKind::Staging),
            builtInEnvironment(EnvironmentKind::Production),
            builtInEnvironment(EnvironmentKind::PortalMock)};
}

Environment builtInEnvironment(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Staging:
        return makeEnvironment(kind, QCoreApplication::translate("Environment", "Staging"),
                               QStringLiteral("https://api.staging.htech.app"));
    case EnvironmentKind::Production:
        return makeEnvironment(kind, QCoreApplication::translate("Environment", "Production"),
                               QStringLiteral("https://api.herohealth.net"));
    case EnvironmentKind::PortalMock:
        return makeEnvironment(
            kind, QCoreApplication::translate("Environment", "Portal mock server"),
            QStringLiteral("https://developer.herohealth.net/_mock/apis/public-api/openapi"));
    case EnvironmentKind::Sandbox:
        return sandboxEnvironment(QUrl());
    case EnvironmentKind::Custom:
        break;
    }
    return makeEnvironment(EnvironmentKind::Custom,
                           QCoreApplication::translate("Environment", "Custom"), QString());
}

Environment sandboxEnvironment(const QUrl &baseUrl)
{
    Environment env =
        makeEnvironment(EnvironmentKind::Sandbox,
                        QCoreApplication::translate("Environment", "Sandbox (offline)"), QString());
    env.baseUrl = baseUrl;
    return env;
}

QString originOf(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QString();
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1;
    const int port = url.port(defaultPort);
    QString host = url.host().toLower();
    if (host.contains(u':'))
        host = u'[' + host + u']'; // an IPv6 address, written as in a URL
    return scheme + u"://" + host + u':' + QString::number(port);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

namespace {

// The texts of this file, in the context "Environment" for lupdate and the translators.
struct EnvironmentTexts
{
    Q_DECLARE_TR_FUNCTIONS(Environment)
};

} // namespace

QString baseUrlProblem(const QUrl &url)
{
    if (url.isEmpty())
        return EnvironmentTexts::tr("The base URL is empty.");
    if (!url.isValid())
        return EnvironmentTexts::tr("The base URL is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return EnvironmentTexts::tr("The base URL must start with https://.");
    if (url.host().isEmpty())
        return EnvironmentTexts::tr("The base URL has no host name.");
    if (!url.userInfo().isEmpty())
        return EnvironmentTexts::tr("The base URL must not contain a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return EnvironmentTexts::tr("The base URL must not contain a query (?…) or fragment (#…).");
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return EnvironmentTexts::tr(
                   "Plain http:// is allowed only for this computer (localhost, 127.0.0.1, ::1); "
                   "use https:// for %1.")
            .arg(url.host());
    return QString();
}
