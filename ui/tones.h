// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

// The one look module: every colour the explorer paints or sets comes from here, derived from
// the current palette and pulled lighter or darker until it meets WCAG AA against the background
// it is shown on, so that light, dark and high-contrast palettes all read. Each meaning is also
// carried by words or shape where it is shown; a colour is never the only sign.
namespace Tones {

// What a colour means, not what it is.
enum class Tone { Error, Warning, Info, Ok, Production, Muted, Accent };

// WCAG AA: 4.5:1 for body text, 3:1 for large text and graphical marks.
constexpr qreal TextRatio = 4.5;
constexpr qreal MarkRatio = 3.0;

// `from` moved towards `to` by `towardsTo` (0 keeps `from`, 1 gives `to`).
QColor blend(const QColor &from, const QColor &to, qreal towardsTo);
// The WCAG contrast ratio of two colours, from 1 (none) to 21 (black on white).
qreal contrastRatio(const QColor &a, const QColor &b);
// True when the palette's window is dark (Qt 6.4 has no colour-scheme hint to ask).
bool isDark(const QPalette &palette);
// `colour`'s hue, made lighter or darker until it reaches `ratio` against `background`.
QColor readable(const QColor &colour, const QColor &background, qreal ratio = TextRatio);
// Black or white, whichever reads better on `background`.
QColor foregroundOn(const QColor &background);

// A tone as text (4.5:1) or as a graphical mark (3:1) on a background colour or palette role.
QColor text(Tone tone, const QPalette &palette, const QColor &background);
QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole on = QPalette::Window);
QColor mark(Tone tone, const QPalette &palette, const QColor &background);
QColor mark(Tone tone, const QPalette &palette, QPalette::ColorRole on = QPalette::Window);
// A faint wash of a tone over a background role, for boxes and halos behind palette text.
QColor tint(Tone tone, const QPalette &palette, QPalette::ColorRole on = QPalette::Window,
            qreal strength = 0.1);

// The production banner's (and production environment box's) fill, and the text on it.
QColor productionFill(const QPalette &palette);
QColor productionText(const QPalette &palette);

// HTTP methods: the pill's fill over Base, its outline (3:1), and its text (4.5:1 on the fill).
QColor methodFill(const QString &method, const QPalette &palette);
QColor methodOutline(const QString &method, const QPalette &palette);
QColor methodText(const QString &method, const QPalette &palette);

// An HTTP status as a tone: 2xx ok, 3xx info, 4xx warning, 5xx and no answer error.
Tone statusTone(int status);

// A copy of `base` a step smaller (for captions and secondary lines).
QFont smallerFont(const QFont &base);
// A copy of `base` in bold.
QFont boldFont(const QFont &base);
// A copy of `base` in bold, `scale` times as large (titles and headings).
QFont headingFont(const QFont &base, qreal scale);

// Whether the desktop asks for reduced motion. Qt 6.4 has no reduced-motion hint, so this reads
// what is cheap to read: the QT_REDUCED_MOTION environment variable ("1" reduce, "0" animate; it
// wins over the rest), on Windows SPI_GETCLIENTAREAANIMATION, on Linux gtk-enable-animations in
// the GTK 3/4 settings.ini and AnimationDurationFactor=0 in kdeglobals (GNOME's dconf is not read).
bool prefersReducedMotion();

// A text/background pair the module hands out, for the contrast test.
struct Pair
{
    QString name;
    QColor foreground;
    QColor background;
    qreal required;
};
// Every pair the module hands out for this palette.
QList<Pair> pairs(const QPalette &palette);

// Themes: System follows the desktop, Light and Dark use Fusion with the module's palettes.
enum class Theme { System, Light, Dark, HighContrast };
QList<Theme> themes();
QString themeKey(Theme theme); // stable, for settings: "system", "light", "dark", "high-contrast"
Theme themeFromKey(const QString &key); // System for anything unknown
QPalette themePalette(Theme theme); // the desktop's palette for System
// Sets the application's style and palette, live; widgets get ApplicationPaletteChange.
void applyTheme(Theme theme);

// Shows a widget's text (WindowText) in `tone`, readable on the widget's window colour, now and
// after every palette or theme change. clearTextTone() gives it the plain text colour back.
void setTextTone(QWidget *widget, Tone tone);
void clearTextTone(QWidget *widget);
// Fills a widget's window (for autoFillBackground frames) with a wash of `tone` over its parent's
// window colour, now and after every palette or theme change; its labels' tones follow.
void setTint(QWidget *widget, Tone tone, qreal strength);

// Calls `refresh` now and whenever `widget`'s palette changes (application theme included), for
// widgets that set tone colours into their own or their children's palettes.
void followPalette(QWidget *widget, std::function<void()> refresh);

} // namespace Tones
