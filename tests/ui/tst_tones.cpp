// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorerfixture.h"
#include "session/explorersettings.h"
#include "targetbar.h"
#include "tones.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

class TestTones : public QObject
{
    Q_OBJECT
private slots:
    void blendMovesFromTheFirstTowardsTheSecond();
    void contrastRatioIsWcags();
    void tonesMeetAaOnAnyBackground_data();
    void tonesMeetAaOnAnyBackground();
    void everyPairMeetsAaInEveryTheme_data();
    void everyPairMeetsAaInEveryTheme();
    void darkIsToldByTheWindowsLightness();
    void themeMenuSwitchesThePaletteLiveAndPersists();
};

void TestTones::blendMovesFromTheFirstTowardsTheSecond()
{
    const QColor black = Tones::foregroundOn(QColor(0xff, 0xff, 0xff));
    const QColor white = Tones::foregroundOn(black);
    QCOMPARE(Tones::blend(black, white, 0.0), black);
    QCOMPARE(Tones::blend(black, white, 1.0), white);
    QCOMPARE(Tones::blend(black, white, 0.25).red(), 64);
}

void TestTones::contrastRatioIsWcags()
{
    const QColor black(0, 0, 0);
    const QColor white(0xff, 0xff, 0xff);
    QCOMPARE(qRound(Tones::contrastRatio(black, white)), 21);
    QCOMPARE(Tones::contrastRatio(white, white), 1.0);
    // #767676 is the lightest grey with 4.5:1 on white.
    QVERIFY(Tones::contrastRatio(QColor(0x76, 0x76, 0x76), white) >= 4.5);
    QVERIFY(Tones::contrastRatio(QColor(0x77, 0x77, 0x77), white) < 4.5);
}

void TestTones::tonesMeetAaOnAnyBackground_data()
{
    QTest::addColumn<QColor>("background");
    QTest::newRow("white") << QColor(0xff, 0xff, 0xff);
    QTest::newRow("black") << QColor(0, 0, 0);
    QTest::newRow("mid grey") << QColor(0x76, 0x76, 0x76);
    QTest::newRow("dark slate") << QColor(0x20, 0x21, 0x24);
    QTest::newRow("pale yellow") << QColor(0xff, 0xf4, 0xc0);
    QTest::newRow("deep red") << QColor(0x80, 0x10, 0x10);
}

void TestTones::tonesMeetAaOnAnyBackground()
{
    QFETCH(QColor, background);
    const QPalette palette = Tones::themePalette(Tones::Theme::Light);
    for (const auto tone :
         {Tones::Tone::Error, Tones::Tone::Warning, Tones::Tone::Info, Tones::Tone::Ok,
          Tones::Tone::Production, Tones::Tone::Muted, Tones::Tone::Accent}) {
        const QColor text = Tones::text(tone, palette, background);
        QVERIFY2(Tones::contrastRatio(text, background) >= Tones::TextRatio,
                 qPrintable(text.name()));
        QVERIFY(Tones::contrastRatio(Tones::mark(tone, palette, background), background)
                >= Tones::MarkRatio);
    }
    QVERIFY(Tones::contrastRatio(Tones::foregroundOn(background), background) >= 4.5);
}

void TestTones::everyPairMeetsAaInEveryTheme_data()
{
    QTest::addColumn<Tones::Theme>("theme");
    for (const Tones::Theme theme : Tones::themes())
        QTest::newRow(qPrintable(Tones::themeKey(theme))) << theme;
}

void TestTones::everyPairMeetsAaInEveryTheme()
{
    QFETCH(Tones::Theme, theme);
    const QList<Tones::Pair> pairs = Tones::pairs(Tones::themePalette(theme));
    QVERIFY(pairs.size() > 40);
    for (const Tones::Pair &pair : pairs) {
        QVERIFY2(Tones::contrastRatio(pair.foreground, pair.background) >= pair.required,
                 qPrintable(QStringLiteral("%1: %2 on %3")
                                .arg(pair.name, pair.foreground.name(), pair.background.name())));
    }
}

void TestTones::darkIsToldByTheWindowsLightness()
{
    QVERIFY(Tones::isDark(Tones::themePalette(Tones::Theme::Dark)));
    QVERIFY(Tones::isDark(Tones::themePalette(Tones::Theme::HighContrast)));
    QVERIFY(!Tones::isDark(Tones::themePalette(Tones::Theme::Light)));
}

void TestTones::themeMenuSwitchesThePaletteLiveAndPersists()
{
    QTemporaryDir directory;
    {
        Explorer explorer(directory.path());
        QVERIFY(!Tones::isDark(QApplication::palette()));
        auto *problem = explorer.window->findChild<TargetBar *>()->problemLabel();
        const QColor lightError = problem->palette().color(QPalette::WindowText);
        auto *dark = explorer.window->findChild<QAction *>(QStringLiteral("themeAction_dark"));
        QVERIFY(dark && dark->isCheckable());
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(!explorer.window->findChild<QAction *>(QStringLiteral("themeAction_system"))
                     ->isChecked());
        QCoreApplication::processEvents();
        // Live: the application, the window and a widget that keeps a tone of its own.
        QVERIFY(Tones::isDark(QApplication::palette()));
        QVERIFY(Tones::isDark(explorer.window->palette()));
        const QColor darkError = problem->palette().color(QPalette::WindowText);
        QVERIFY(darkError != lightError);
        QCOMPARE(darkError, Tones::text(Tones::Tone::Error, problem->palette()));
        QVERIFY(Tones::contrastRatio(darkError, problem->palette().color(QPalette::Window)) >= 4.5);
        QCOMPARE(ExplorerSettings(&explorer.settings).theme(), QStringLiteral("dark"));
    }
    Tones::applyTheme(Tones::Theme::Light);
    {
        // The next start comes up dark, with Dark ticked.
        Explorer explorer(directory.path());
        QVERIFY(Tones::isDark(QApplication::palette()));
        QVERIFY(
            explorer.window->findChild<QAction *>(QStringLiteral("themeAction_dark"))->isChecked());
        explorer.window->findChild<QAction *>(QStringLiteral("themeAction_high-contrast"))
            ->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window).lightness(), 0);
        explorer.window->findChild<QAction *>(QStringLiteral("themeAction_light"))->trigger();
        QVERIFY(!Tones::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(ExplorerSettings(&explorer.settings).theme(), QStringLiteral("light"));
    }
}

QTEST_MAIN(TestTones)
#include "tst_tones.moc"
