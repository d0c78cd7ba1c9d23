// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

// Rings the widget in the palette's highlight colour while it has the keyboard focus. For the
// stops whose style shows no focus of their own: an item view with no current item (an empty
// table) draws nothing different when focused.
void ringFocus(QWidget *widget);
