// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>

class QPainter;

// The tick and cross drawn inside status circles, with the painter's current pen, so the
// flow panel and the network map mark "passed" and "refused" alike.
void drawTickMark(QPainter &painter, const QPointF &centre, qreal radius);
void drawCrossMark(QPainter &painter, const QPointF &centre, qreal radius);
