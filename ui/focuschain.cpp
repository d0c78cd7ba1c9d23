// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "focuschain.h"

#include <QWidget>

void chainTabStops(const QList<QWidget *> &parts)
{
    QList<QWidget *> stops;
    for (QWidget *part : parts) {
        if ((part->focusPolicy() & Qt::TabFocus) && !part->focusProxy())
            stops.append(part);
        for (QWidget *w = part->nextInFocusChain(); w != part; w = w->nextInFocusChain()) {
            if (part->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
                && !stops.contains(w))
                stops.append(w);
        }
    }
    for (qsizetype i = 1; i < stops.size(); ++i)
        QWidget::setTabOrder(stops.at(i - 1), stops.at(i));
}
