// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "tones.h"

#include <QSize>
#include <QString>

#include <functional>

class QWidget;

// Called with each view once it is staged and its name ("welcome", "diagnosis", …); returns
// false when it could not take the shot.
using Shot = std::function<bool(QWidget *view, const QString &name)>;

// Stages every main view and dialog of the real explorer in a window of `size`, in `theme`, against
// the in-process sandbox: the welcome pane, a sent request, the cross-organisational flow and a
// refused call with its diagnosis, the 403 doctor, keys, a custom environment, proxy sign-in,
// shortcuts, tabs on production, collections and the runner (and, with `states`, the window
// states issue 13 checks). The screenshots tool saves each view; the contrast test checks it.
// False when a view could not be staged, a shot failed or the window did not keep its size.
bool stageViews(const QSize &size, Tones::Theme theme, bool states, const Shot &shot);
