// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

// What a first run shows instead of the workspace: what the explorer is, and the two ways in.
class WelcomePane : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePane(QWidget *parent = nullptr);

signals:
    void sandboxRequested();
    void addStagingKeyRequested();
};
