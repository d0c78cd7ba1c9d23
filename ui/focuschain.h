// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

class QWidget;

// Chains the Tab stops of each part, in the order of the parts, each part keeping its own order
// inside. Widgets made later (a diagnosis's buttons, path parameter fields) would otherwise
// join the window's focus chain at its end.
void chainTabStops(const QList<QWidget *> &parts);
