// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "panelscrollarea.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

PanelScrollArea::PanelScrollArea(QWidget *panel, QWidget *parent)
    : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const bool shown = !panel->isHidden();
    setWidget(panel); // shows the panel
    panel->setVisible(shown);
    setVisible(shown);
}

QSize PanelScrollArea::sizeHint() const
{
    const QWidget *panel = widget();
    if (!panel)
        return QScrollArea::sizeHint();
    const int width = std::max(viewport()->width(), panel->minimumSizeHint().width());
    const int height =
        panel->hasHeightForWidth() ? panel->heightForWidth(width) : panel->sizeHint().height();
    return {panel->minimumSizeHint().width(), height};
}

QSize PanelScrollArea::minimumSizeHint() const
{
    // Room for the title and a line; the rest scrolls.
    const int lines = fontMetrics().lineSpacing() * 3;
    const int width = widget() ? widget()->minimumSizeHint().width() : 0;
    return {width + verticalScrollBar()->sizeHint().width(), std::min(sizeHint().height(), lines)};
}

bool PanelScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget()) {
        switch (event->type()) {
        case QEvent::ShowToParent:
            show();
            emit panelShown();
            break;
        case QEvent::HideToParent:
            hide();
            break;
        case QEvent::LayoutRequest:
            updateGeometry(); // the panel's height changed with its content
            break;
        default:
            break;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}
