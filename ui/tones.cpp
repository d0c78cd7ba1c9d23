// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "tones.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QTimer>
#include <QWidget>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

#include <algorithm>
#include <cmath>

namespace Tones {

namespace {

// The conventional hue of each meaning. Only the hue is kept: readable() sets the lightness for
// the background a colour is shown on.
QColor baseHue(Tone tone, const QPalette &palette)
{
    switch (tone) {
    case Tone::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Tone::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Tone::Production:
        return QColor(0xb0, 0x1e, 0x1e);
    case Tone::Info:
    case Tone::Accent:
        return palette.color(QPalette::Highlight);
    case Tone::Muted:
        break;
    }
    return blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.35);
}

QColor methodHue(const QString &method)
{
    const QString upper = method.toUpper();
    if (upper == u"GET")
        return QColor(0x2f, 0x80, 0xed);
    if (upper == u"POST")
        return QColor(0x21, 0x9a, 0x52);
    if (upper == u"PUT")
        return QColor(0xe0, 0x80, 0x1c);
    if (upper == u"PATCH")
        return QColor(0x8e, 0x44, 0xd6);
    if (upper == u"DELETE")
        return QColor(0xd6, 0x3c, 0x3c);
    return QColor(0x80, 0x80, 0x80);
}

const QColor Black(0, 0, 0);
const QColor White(0xff, 0xff, 0xff);

qreal relativeLuminance(const QColor &color)
{
    const auto channel = [](qreal c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

// A translucent colour as it shows over `background`.
QColor composite(const QColor &colour, const QColor &background)
{
    if (colour.alphaF() >= 1.0)
        return colour;
    QColor opaque = blend(background, colour, colour.alphaF());
    opaque.setAlphaF(1.0);
    return opaque;
}

// The 8-bit colour a painter would use, so that a ratio checked here holds on screen.
QColor rounded(const QColor &colour)
{
    return QColor(colour.red(), colour.green(), colour.blue());
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor base(0x17, 0x18, 0x1a);
    const QColor button(0x30, 0x31, 0x34);
    const QColor disabled(0x80, 0x86, 0x8b);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x27, 0x2a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x70, 0x75, 0x7a));
    p.setColor(QPalette::Dark, QColor(0x14, 0x15, 0x17));
    p.setColor(QPalette::Shadow, Black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, White);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3c, 0x40, 0x43));
    return p;
}

QPalette highContrastPalette()
{
    QPalette p;
    for (const auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
          QPalette::ToolTipBase, QPalette::Dark, QPalette::Shadow})
        p.setColor(role, Black);
    for (const auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
          QPalette::BrightText, QPalette::Light, QPalette::Midlight, QPalette::Mid})
        p.setColor(role, White);
    p.setColor(QPalette::AlternateBase, QColor(0x1c, 0x1c, 0x1c));
    p.setColor(QPalette::Highlight, QColor(0xff, 0xff, 0x00));
    p.setColor(QPalette::HighlightedText, Black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xd0, 0xd0, 0xd0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

// Muted text stays readable on Window and Base, whatever the desktop's placeholder colour is
// (Qt's default is half-transparent text, under 4.5:1 on white), and so does selected text
// (Fusion's light highlight is 3.6:1 under white).
QPalette withReadableRoles(QPalette palette)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        QColor muted = palette.color(group, QPalette::PlaceholderText);
        for (const auto role : {QPalette::Window, QPalette::Base})
            muted =
                readable(composite(muted, palette.color(group, role)), palette.color(group, role));
        palette.setColor(group, QPalette::PlaceholderText, muted);
        palette.setColor(group, QPalette::Highlight,
                         readable(palette.color(group, QPalette::Highlight),
                                  palette.color(group, QPalette::HighlightedText)));
    }
    return palette;
}

struct DesktopLook
{
    QString style;
    QPalette palette;
};

// The desktop's style and palette, as they were before the first theme was applied.
const DesktopLook &desktopLook()
{
    static const DesktopLook look{QApplication::style() ? QApplication::style()->name() : QString(),
                                  QGuiApplication::palette()};
    return look;
}

class PaletteFollower : public QObject
{
public:
    PaletteFollower(QWidget *widget, std::function<void()> refresh)
        : QObject(widget)
        , m_refresh(std::move(refresh))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            run();
        else if (event->type() == QEvent::ApplicationPaletteChange)
            QTimer::singleShot(0, this, [this] { run(); }); // once the widget has resolved it
        return false;
    }

private:
    void run()
    {
        if (m_busy)
            return; // refresh() setting a palette on the widget itself
        m_busy = true;
        m_refresh();
        m_busy = false;
    }

    std::function<void()> m_refresh;
    bool m_busy = false;
};

// The tones setTextTone() and setTint() keep on a widget, applied again by its PaletteFollower.
const char *const TextToneKey = "heroTextTone";
const char *const TintToneKey = "heroTintTone";
const char *const TintStrengthKey = "heroTintStrength";
const char *const FollowedKey = "heroTonesFollowed";

void applyWidgetTones(QWidget *widget)
{
    const QPalette outer =
        widget->parentWidget() ? widget->parentWidget()->palette() : QGuiApplication::palette();
    QPalette palette = widget->palette();
    const QVariant tintTone = widget->property(TintToneKey);
    if (tintTone.isValid())
        palette.setColor(QPalette::Window,
                         tint(Tone(tintTone.toInt()), outer, QPalette::Window,
                              widget->property(TintStrengthKey).toReal()));
    const QVariant textTone = widget->property(TextToneKey);
    palette.setColor(QPalette::WindowText,
                     textTone.isValid()
                         ? text(Tone(textTone.toInt()), outer, palette.color(QPalette::Window))
                         : outer.color(QPalette::WindowText));
    widget->setPalette(palette);
}

void applyAndFollow(QWidget *widget)
{
    if (widget->property(FollowedKey).toBool()) {
        applyWidgetTones(widget);
        return;
    }
    widget->setProperty(FollowedKey, true);
    followPalette(widget, [widget] { applyWidgetTones(widget); });
}

bool envFlag(const char *name, bool *value)
{
    if (!qEnvironmentVariableIsSet(name))
        return false;
    const QString text = qEnvironmentVariable(name).trimmed().toLower();
    *value = !(text.isEmpty() || text == QLatin1String("0") || text == QLatin1String("false")
               || text == QLatin1String("no"));
    return true;
}

} // namespace

QColor blend(const QColor &from, const QColor &to, qreal towardsTo)
{
    const qreal t = std::clamp(towardsTo, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const qreal la = relativeLuminance(composite(a, b));
    const qreal lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor readable(const QColor &colour, const QColor &background, qreal ratio)
{
    // A hair over the ratio, so that rounding to 8 bits per channel cannot undo it.
    const qreal target = ratio + 0.05;
    const QColor start = rounded(composite(colour, background));
    if (contrastRatio(start, background) >= target)
        return start;
    const bool darker = contrastRatio(Black, background) >= contrastRatio(White, background);
    float hue = 0, saturation = 0, lightness = 0;
    start.getHslF(&hue, &saturation, &lightness);
    for (int step = 1; step < 100; ++step) {
        const float share = float(step) / 100.0f;
        const float l = darker ? lightness * (1 - share) : lightness + (1 - lightness) * share;
        const QColor candidate = rounded(QColor::fromHslF(hue, saturation, l));
        if (contrastRatio(candidate, background) >= target)
            return candidate;
    }
    return darker ? Black : White;
}

QColor foregroundOn(const QColor &background)
{
    return contrastRatio(Black, background) >= contrastRatio(White, background) ? Black : White;
}

QColor text(Tone tone, const QPalette &palette, const QColor &background)
{
    return readable(baseHue(tone, palette), background, TextRatio);
}

QColor text(Tone tone, const QPalette &palette, QPalette::ColorRole on)
{
    return text(tone, palette, palette.color(on));
}

QColor mark(Tone tone, const QPalette &palette, const QColor &background)
{
    return readable(baseHue(tone, palette), background, MarkRatio);
}

QColor mark(Tone tone, const QPalette &palette, QPalette::ColorRole on)
{
    return mark(tone, palette, palette.color(on));
}

QColor tint(Tone tone, const QPalette &palette, QPalette::ColorRole on, qreal strength)
{
    return rounded(blend(palette.color(on), baseHue(tone, palette), strength));
}

QColor productionFill(const QPalette &palette)
{
    // A deep red under white text on every theme: production looks the same wherever it shows.
    return readable(baseHue(Tone::Production, palette), White, TextRatio);
}

QColor productionText(const QPalette &palette)
{
    return foregroundOn(productionFill(palette));
}

QColor methodFill(const QString &method, const QPalette &palette)
{
    // Strong enough to tell methods apart at a glance, soft enough to sit in a light or dark list.
    return rounded(blend(palette.color(QPalette::Base), methodHue(method), 0.55));
}

QColor methodOutline(const QString &method, const QPalette &palette)
{
    return readable(methodHue(method), palette.color(QPalette::Base), MarkRatio);
}

QColor methodText(const QString &method, const QPalette &palette)
{
    return foregroundOn(methodFill(method, palette));
}

Tone statusTone(int status)
{
    if (status >= 200 && status < 300)
        return Tone::Ok;
    if (status >= 300 && status < 400)
        return Tone::Info;
    if (status >= 400 && status < 500)
        return Tone::Warning;
    return Tone::Error;
}

QFont smallerFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    else
        font.setPixelSize(std::max(1, font.pixelSize() * 9 / 10));
    return font;
}

QFont boldFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont headingFont(const QFont &base, qreal scale)
{
    QFont font = boldFont(base);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    else
        font.setPixelSize(std::max(1, int(font.pixelSize() * scale)));
    return font;
}

bool prefersReducedMotion()
{
    bool reduce = false;
    if (envFlag("QT_REDUCED_MOTION", &reduce))
        return reduce;
#if defined(Q_OS_WIN)
    BOOL animate = TRUE;
    if (SystemParametersInfoW(SPI_GETCLIENTAREAANIMATION, 0, &animate, 0))
        return !animate;
#elif defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    for (const QString &gtk : {QStringLiteral("gtk-3.0"), QStringLiteral("gtk-4.0")}) {
        const QSettings settings(config + QLatin1Char('/') + gtk + QStringLiteral("/settings.ini"),
                                 QSettings::IniFormat);
        const QVariant value = settings.value(QStringLiteral("Settings/gtk-enable-animations"));
        if (value.isValid()) {
            const QString text = value.toString().trimmed().toLower();
            if (text == QLatin1String("0") || text == QLatin1String("false"))
                return true;
        }
    }
    const QSettings kde(config + QStringLiteral("/kdeglobals"), QSettings::IniFormat);
    const QVariant factor = kde.value(QStringLiteral("KDE/AnimationDurationFactor"));
    if (factor.isValid() && factor.toDouble() <= 0.0)
        return true;
#endif
    return false;
}

QList<Pair> pairs(const QPalette &palette)
{
    QList<Pair> list;
    const auto add = [&list](const QString &name, const QColor &fg, const QColor &bg, qreal r) {
        list.append({name, fg, bg, r});
    };
    const QList<std::pair<Tone, QString>> tones{{Tone::Error, QStringLiteral("error")},
                                                {Tone::Warning, QStringLiteral("warning")},
                                                {Tone::Info, QStringLiteral("info")},
                                                {Tone::Ok, QStringLiteral("ok")},
                                                {Tone::Muted, QStringLiteral("muted")},
                                                {Tone::Accent, QStringLiteral("accent")},
                                                {Tone::Production, QStringLiteral("production")}};
    for (const auto &[tone, name] : tones) {
        for (const auto role : {QPalette::Window, QPalette::Base}) {
            const QString on = role == QPalette::Window ? QStringLiteral(" on window")
                                                        : QStringLiteral(" on base");
            add(name + QStringLiteral(" text") + on, text(tone, palette, role), palette.color(role),
                TextRatio);
            add(name + QStringLiteral(" mark") + on, mark(tone, palette, role), palette.color(role),
                MarkRatio);
            // A tinted box (the diagnosis panel, the flow's halo) keeps its text readable.
            // (0.25 is the strongest wash handed out behind text: the body's JSON error.)
            const QColor wash = tint(tone, palette, role, 0.25);
            add(name + QStringLiteral(" tint, palette text") + on,
                palette.color(role == QPalette::Window ? QPalette::WindowText : QPalette::Text),
                wash, TextRatio);
            add(name + QStringLiteral(" text on its tint") + on, text(tone, palette, wash), wash,
                TextRatio);
        }
    }
    for (const Tone tone : {Tone::Error, Tone::Warning, Tone::Info, Tone::Ok}) {
        const QColor badge = tint(tone, palette, QPalette::Base, 0.55);
        add(QStringLiteral("status badge %1").arg(int(tone)), foregroundOn(badge), badge,
            TextRatio);
    }
    add(QStringLiteral("production banner"), productionText(palette), productionFill(palette),
        TextRatio);
    for (const char *method : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"}) {
        const QString name = QString::fromLatin1(method);
        add(name + QStringLiteral(" badge text"), methodText(name, palette),
            methodFill(name, palette), TextRatio);
        add(name + QStringLiteral(" badge outline"), methodOutline(name, palette),
            palette.color(QPalette::Base), MarkRatio);
    }
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> roles{
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base}};
    for (const auto &[fg, bg] : roles) {
        add(QStringLiteral("palette role %1 on %2").arg(int(fg)).arg(int(bg)), palette.color(fg),
            palette.color(bg), TextRatio);
    }
    add(QStringLiteral("placeholder on window"), palette.color(QPalette::PlaceholderText),
        palette.color(QPalette::Window), TextRatio);
    add(QStringLiteral("placeholder on base"), palette.color(QPalette::PlaceholderText),
        palette.color(QPalette::Base), TextRatio);
    return list;
}

QList<Theme> themes()
{
    return {Theme::System, Theme::Light, Theme::Dark, Theme::HighContrast};
}

QString themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::HighContrast:
        return QStringLiteral("high-contrast");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

Theme themeFromKey(const QString &key)
{
    for (const Theme theme : themes()) {
        if (themeKey(theme) == key)
            return theme;
    }
    return Theme::System;
}

QPalette themePalette(Theme theme)
{
    switch (theme) {
    case Theme::Light: {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        const QPalette light = fusion ? fusion->standardPalette() : QPalette();
        delete fusion;
        return withReadableRoles(light);
    }
    case Theme::Dark:
        return withReadableRoles(darkPalette());
    case Theme::HighContrast:
        return withReadableRoles(highContrastPalette());
    case Theme::System:
        break;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Where Qt has the platform's colour-scheme hint, a dark desktop whose platform theme hands
    // Qt no dark palette (some Linux desktops) still gets the dark one. Qt 6.4 has no hint: there
    // System is the desktop's palette, told dark or light by its window colour (isDark()).
    if (QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark
        && !isDark(desktopLook().palette))
        return withReadableRoles(darkPalette());
#endif
    return withReadableRoles(desktopLook().palette);
}

void applyTheme(Theme theme)
{
    const DesktopLook &desktop = desktopLook(); // remembered before the first change
    const QString style = theme == Theme::System ? desktop.style : QStringLiteral("Fusion");
    if (!style.isEmpty() && QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(style);
    QApplication::setPalette(themePalette(theme));
}

void setTextTone(QWidget *widget, Tone tone)
{
    widget->setProperty(TextToneKey, int(tone));
    applyAndFollow(widget);
}

void clearTextTone(QWidget *widget)
{
    widget->setProperty(TextToneKey, QVariant());
    applyAndFollow(widget);
}

void setTint(QWidget *widget, Tone tone, qreal strength)
{
    widget->setProperty(TintToneKey, int(tone));
    widget->setProperty(TintStrengthKey, strength);
    applyAndFollow(widget);
}

void followPalette(QWidget *widget, std::function<void()> refresh)
{
    refresh();
    new PaletteFollower(widget, std::move(refresh));
}

} // namespace Tones
