// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;

// What a first run shows instead of the workspace: what the explorer is, and the two ways in.
class WelcomePane : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePane(QWidget *parent = nullptr);

    // "Explore the offline sandbox": where the focus starts, so it is what is read first.
    QPushButton *defaultButton() const { return m_default; }

signals:
    void sandboxRequested();
    void addStagingKeyRequested();

private:
    QPushButton *m_default = nullptr;
};
