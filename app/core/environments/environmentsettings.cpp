// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "environmentsettings.h"

#include <QSettings>

namespace {

QString rateKey(const Environment &environment, const char *what)
{
    return QStringLiteral("environments/") + environment.id + u'/' + QLatin1String(what);
}

} // namespace

QList<Environment> loadEnvironments(QSettings *settings)
{
    QList<Environment> environments = builtInEnvironments();
    environments.append(sandboxEnvironment(QUrl()));
    const int count = settings->beginReadArray(QStringLiteral("customEnvironments"));
    for (int i = 0; i < count; ++i) {
        settings->setArrayIndex(i);
        Environment custom = builtInEnvironment(EnvironmentKind::Custom);
        custom.id = settings->value(QStringLiteral("id"), QStringLiteral("custom-%1").arg(i + 1))
                        .toString();
        custom.name = settings->value(QStringLiteral("name")).toString();
        custom.baseUrl = QUrl(settings->value(QStringLiteral("baseUrl")).toString());
        custom.caFile = settings->value(QStringLiteral("caFile")).toString();
        if (baseUrlProblem(custom.baseUrl).isEmpty() && !custom.name.isEmpty())
            environments.append(custom);
    }
    settings->endArray();
    for (Environment &environment : environments) {
        environment.rateLimit =
            settings->value(rateKey(environment, "rateLimit"), environment.rateLimit).toInt();
        environment.rateWindowSeconds =
            settings
                ->value(rateKey(environment, "rateWindowSeconds"), environment.rateWindowSeconds)
                .toInt();
    }
    return environments;
}

void saveCustomEnvironments(QSettings *settings, const QList<Environment> &environments)
{
    settings->beginWriteArray(QStringLiteral("customEnvironments"));
    int index = 0;
    for (const Environment &environment : environments) {
        if (environment.kind != EnvironmentKind::Custom)
            continue;
        settings->setArrayIndex(index++);
        settings->setValue(QStringLiteral("id"), environment.id);
        settings->setValue(QStringLiteral("name"), environment.name);
        settings->setValue(QStringLiteral("baseUrl"), environment.baseUrl.toString());
        settings->setValue(QStringLiteral("caFile"), environment.caFile);
    }
    settings->endArray();
}

void saveRateLimit(QSettings *settings, const Environment &environment)
{
    settings->setValue(rateKey(environment, "rateLimit"), environment.rateLimit);
    settings->setValue(rateKey(environment, "rateWindowSeconds"), environment.rateWindowSeconds);
}
