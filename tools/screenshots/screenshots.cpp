// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Saves a PNG of each main view, staged by stageViews(), in the light theme and again in the dark
// one (NAME-dark.png).
#include "staging.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>
#include <QWidget>

namespace {

bool save(QWidget *widget, const QString &directory, const QString &name)
{
    QApplication::processEvents();
    const QString file = QDir(directory).filePath(name + QStringLiteral(".png"));
    const bool ok = widget->grab().save(file);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << file << '\n';
    return ok;
}

// Renders every main view in a window of the given size into directory, light then dark; false
// when a view could not be rendered or the window did not keep its size.
bool renderAll(const QString &out, const QSize &size, bool states)
{
    QDir().mkpath(out);
    bool ok =
        stageViews(size, Tones::Theme::Light, states,
                   [&out](QWidget *view, const QString &name) { return save(view, out, name); });
    ok &= stageViews(size, Tones::Theme::Dark, false, [&out](QWidget *view, const QString &name) {
        return save(view, out, name + QStringLiteral("-dark"));
    });
    return ok;
}

} // namespace

// hero-screenshots OUT [WxH]... [states]: one set of views per size (1280x800 when none is given),
// each size but the first in its own OUT/WxH folder.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Hero API Explorer screenshots"));
    const QString out =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QList<QSize> sizes;
    bool states = false; // "states" adds the states of issue 13, not part of the docs
    for (int i = 2; i < argc; ++i) {
        if (qstrcmp(argv[i], "states") == 0) {
            states = true;
            continue;
        }
        const QStringList parts = QString::fromLocal8Bit(argv[i]).split(u'x');
        if (parts.size() == 2 && parts.at(0).toInt() > 0 && parts.at(1).toInt() > 0)
            sizes.append(QSize(parts.at(0).toInt(), parts.at(1).toInt()));
    }
    if (sizes.isEmpty())
        sizes.append(QSize(1280, 800));
    bool ok = true;
    for (const QSize &size : std::as_const(sizes)) {
        const QString folder = size == sizes.first()
            ? out
            : QDir(out).filePath(QStringLiteral("%1x%2").arg(size.width()).arg(size.height()));
        ok &= renderAll(folder, size, states && size == sizes.first());
    }
    return ok ? 0 : 1;
}
