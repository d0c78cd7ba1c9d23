// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "welcomepane.h"

#include "tones.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomePane::WelcomePane(QWidget *parent)
    : QWidget(parent)
{
    QWidget *pane = this;
    pane->setObjectName(QStringLiteral("welcomePane"));
    auto *layout = new QVBoxLayout(pane);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to Hero API Explorer"), pane);
    title->setFont(Tones::headingFont(title->font(), 1.6));
    auto *text = new QLabel(
        tr("Explore and diagnose the Hero Health Public API. Your API keys stay in this "
           "computer's keychain and are only ever sent to the environment they belong to.\n\n"
           "No key yet? The offline sandbox emulates the API's rules — keys, scopes, "
           "cross-organisational networks and the rate limit — with ready-made keys."),
        pane);
    text->setWordWrap(true);
    const int textWidth = fontMetrics().averageCharWidth() * 70;
    text->setFixedWidth(textWidth);
    text->setMinimumHeight(text->heightForWidth(textWidth)); // a wrapped label in a centred
                                                             // layout otherwise gets one line
    auto *addKey = new QPushButton(tr("Add a staging key…"), pane);
    addKey->setObjectName(QStringLiteral("welcomeAddKey"));
    auto *sandbox = new QPushButton(tr("Explore the offline sandbox"), pane);
    sandbox->setObjectName(QStringLiteral("welcomeSandbox"));
    sandbox->setDefault(true);
    m_default = sandbox;
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(sandbox);
    buttons->addWidget(addKey);
    buttons->addStretch();
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(fontMetrics().height());
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(addKey, &QPushButton::clicked, this, &WelcomePane::addStagingKeyRequested);
    connect(sandbox, &QPushButton::clicked, this, &WelcomePane::sandboxRequested);
}
