// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <functional>

namespace {

// Loads into a new translator owned by app; the file it loaded, empty when it loaded none.
QString install(QCoreApplication *app, const std::function<bool(QTranslator *)> &load)
{
    auto *translator = new QTranslator(app);
    if (!load(translator) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return {};
    }
    return translator->filePath();
}

} // namespace

QString installTranslators(QCoreApplication *app, const QLocale &locale)
{
    const QString forced = qEnvironmentVariable(heroTranslationFileVariable);
    if (!forced.isEmpty())
        return install(app, [&forced](QTranslator *t) { return t->load(forced); });
    // Qt's own words (standard buttons, context menus) come from its catalogue of the locale.
    install(app, [&locale](QTranslator *t) {
        return t->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    const QString ours = install(app, [&locale](QTranslator *t) {
        return t->load(locale, QStringLiteral("hero"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"));
    });
    if (!ours.isEmpty())
        return ours;
    // The source language: its catalogue only carries the plural forms of "%n" texts.
    return install(app,
                   [](QTranslator *t) { return t->load(QStringLiteral(":/i18n/hero_en_GB.qm")); });
}
