// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "staging.h"
#include "tones.h"

#include <QApplication>
#include <QLabel>
#include <QSet>
#include <QTest>

// Stages every main view and dialog, as the screenshots show them, in each theme, and checks
// what each view shows: every text/background pair the look module hands out for the palettes in
// use, and every visible label's text on its window, against WCAG AA.
class TestContrast : public QObject
{
    Q_OBJECT
private slots:
    void everyViewMeetsAa_data();
    void everyViewMeetsAa();
};

namespace {

QString describe(const QWidget *widget)
{
    const auto *label = qobject_cast<const QLabel *>(widget);
    const QString text = label ? label->text().left(40) : QString();
    return QStringLiteral("%1 “%2”").arg(widget->objectName(), text);
}

QString ratioProblem(const QString &what, const QColor &fg, const QColor &bg, qreal required)
{
    const qreal ratio = Tones::contrastRatio(fg, bg);
    if (ratio >= required)
        return QString();
    return QStringLiteral("%1: %2 on %3 is %4:1, under %5:1")
        .arg(what, fg.name(), bg.name(), QString::number(ratio, 'f', 2), QString::number(required));
}

} // namespace

void TestContrast::everyViewMeetsAa_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(Tones::Theme::Light);
    QTest::newRow("dark") << int(Tones::Theme::Dark);
    QTest::newRow("high contrast") << int(Tones::Theme::HighContrast);
}

void TestContrast::everyViewMeetsAa()
{
    QFETCH(int, theme);
    QStringList problems;
    QStringList views;
    QSet<qint64> palettesChecked;
    int labelsChecked = 0;
    const auto check = [&problems, &views, &palettesChecked, &labelsChecked](QWidget *view,
                                                                             const QString &name) {
        QApplication::processEvents();
        views.append(name);
        // The pairs the look module hands out for the palette the view is painted with.
        const QPalette palette = view->palette();
        if (!palettesChecked.contains(palette.cacheKey())) {
            palettesChecked.insert(palette.cacheKey());
            const QList<Tones::Pair> pairs = Tones::pairs(palette);
            for (const Tones::Pair &pair : pairs) {
                const QString problem = ratioProblem(name + u' ' + pair.name, pair.foreground,
                                                     pair.background, pair.required);
                if (!problem.isEmpty())
                    problems.append(problem);
            }
        }
        // Every label as shown, tones set into its palette included.
        const QList<QLabel *> labels = view->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!label->isVisible() || !label->isEnabled() || label->text().isEmpty())
                continue; // disabled text is exempt from AA
            ++labelsChecked;
            const QPalette &shown = label->palette();
            const QString problem =
                ratioProblem(name + u' ' + describe(label), shown.color(label->foregroundRole()),
                             shown.color(label->backgroundRole()), Tones::TextRatio);
            if (!problem.isEmpty())
                problems.append(problem);
        }
        return true;
    };
    QVERIFY(stageViews(QSize(1024, 700), Tones::Theme(theme), false, check));
    for (const char *view : {"welcome", "diagnosis", "crossorg", "doctor", "keys",
                             "custom-environment", "collections", "runner-finished"})
        QVERIFY2(views.contains(QString::fromLatin1(view)), view);
    QVERIFY(labelsChecked > 100);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
