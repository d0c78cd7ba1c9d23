// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <functional>

// Answers the next modal message box with the given button once it is shown, after handing
// it to seen (to record its text). For widget tests only: include it from tests/ui.
inline void answerNextMessageBox(QMessageBox::StandardButton answer,
                                 std::function<void(const QMessageBox &)> seen = {})
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seen)
            seen(*box);
        box->button(answer)->click();
        timer->deleteLater();
    });
    timer->start();
}

// Runs what on the next modal dialog of type Dialog once it is shown, from inside its modal
// loop: to fill it in and answer it as a user would.
template <typename Dialog> void whenModalShows(std::function<void(Dialog *)> what)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, what] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->deleteLater();
        what(dialog);
    });
    timer->start();
}
