// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "clioptions.h"
#include "clirunner.h"
#include "translators.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("HeroApiExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("Hero API Explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERO_VERSION));
    installTranslators(&app);

    CliOptions options;
    QString error;
    QString helpText;
    bool exitNow = false;
    if (!parseCliOptions(QCoreApplication::arguments(), &options, &error, &helpText, &exitNow)) {
        QTextStream(stderr) << "hero-cli: " << error << "\n\n" << helpText;
        return ExitUsage;
    }
    if (exitNow) {
        QTextStream(stdout) << helpText;
        return ExitOk;
    }
    CliRunner runner(options);
    return runner.run();
}
