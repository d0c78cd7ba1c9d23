// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QScrollArea>

// Holds a panel that comes and goes (the diagnosis): shown only while the panel is, asking for
// the panel's whole height but content with a few lines, so that a tall panel scrolls instead of
// pushing the window past the screen.
class PanelScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit PanelScrollArea(QWidget *panel, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The panel has just been shown (again): the owner may make room for it.
    void panelShown();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
