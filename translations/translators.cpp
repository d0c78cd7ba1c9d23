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
    QString language;
    const QString ours = install(app, [&locale, &language](QTranslator *t) {
        const bool loaded =
            t->load(locale, QStringLiteral("hero"), QStringLiteral("_"), QStringLiteral(":/i18n"));
        language = t->language();
        return loaded;
    });
    if (ours.isEmpty()) {
        // The source language: its catalogue only carries the plural forms of "%n" texts. Qt's
        // own words stay in English too, not in a language the rest of the window is not in.
        return install(
            app, [](QTranslator *t) { return t->load(QStringLiteral(":/i18n/hero_en_GB.qm")); });
    }
    // Qt's own words (standard buttons, context menus) in the language of ours.
    install(app, [&language](QTranslator *t) {
        return t->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    return ours;
}
