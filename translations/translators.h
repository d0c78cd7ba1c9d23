// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// The environment variable that names a .qm file to load instead of the system locale's, for
// tests and screenshots (the build's pseudo-locale, translations/CMakeLists.txt).
inline constexpr char heroTranslationFileVariable[] = "HERO_TRANSLATION_FILE";

// Installs on app the translators of the explorer and hero-cli: ours for locale from the
// resources (":/i18n/hero_<locale>.qm", en_GB when there is none for it) and then Qt's own in
// the same language, or only the file $HERO_TRANSLATION_FILE names. Returns the file of ours
// that was loaded, empty when none could be (the source text is then shown).
QString installTranslators(QCoreApplication *app, const QLocale &locale = QLocale::system());
