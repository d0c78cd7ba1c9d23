// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "focuschain.h"

#include <QSet>
#include <QWidget>

namespace {

bool isTabStop(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
}

} // namespace

void chainTabStops(const QList<QWidget *> &parts)
{
    QList<QWidget *> stops;
    QSet<QWidget *> chained; // a widget inside two parts is chained once, with the first
    for (QWidget *part : parts) {
        if (isTabStop(part) && !chained.contains(part)) {
            stops.append(part);
            chained.insert(part);
        }
        // The part's own stops, in the focus chain's order. The chain runs through every widget
        // of the window, those of hidden request tabs too, so the walk ends once it has seen
        // them all rather than going round the whole ring: with many tabs open that walk, for
        // each part on every tab change, took most of a second.
        const QList<QWidget *> inside = part->findChildren<QWidget *>();
        // A dialog parented here has a focus chain of its own, never met on this one.
        const QSet<QWidget *> wanted = [&inside, part] {
            QSet<QWidget *> set;
            for (QWidget *w : inside)
                if (isTabStop(w) && w->window() == part->window())
                    set.insert(w);
            return set;
        }();
        qsizetype found = 0;
        for (QWidget *w = part->nextInFocusChain(); w != part && found < wanted.size();
             w = w->nextInFocusChain()) {
            if (!wanted.contains(w))
                continue;
            ++found;
            if (!chained.contains(w)) {
                stops.append(w);
                chained.insert(w);
            }
        }
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}
