// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "statusmarks.h"

#include <QPainter>
#include <QPainterPath>

void drawTickMark(QPainter &painter, const QPointF &centre, qreal radius)
{
    QPainterPath tick;
    tick.moveTo(centre.x() - radius, centre.y());
    tick.lineTo(centre.x() - radius * 0.25, centre.y() + radius * 0.8);
    tick.lineTo(centre.x() + radius * 1.1, centre.y() - radius * 0.8);
    painter.drawPath(tick);
}

void drawCrossMark(QPainter &painter, const QPointF &centre, qreal radius)
{
    painter.drawLine(QPointF(centre.x() - radius, centre.y() - radius),
                     QPointF(centre.x() + radius, centre.y() + radius));
    painter.drawLine(QPointF(centre.x() + radius, centre.y() - radius),
                     QPointF(centre.x() - radius, centre.y() + radius));
}
