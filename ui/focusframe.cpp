// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "focusframe.h"

#include <QEvent>
#include <QFocusFrame>
#include <QPalette>
#include <QWidget>

namespace {

// Shows the frame on focus in and takes it away on focus out.
class FocusRing : public QFocusFrame
{
public:
    explicit FocusRing(QWidget *widget)
        : QFocusFrame(widget)
        , m_watched(widget)
    {
        QPalette ring = palette();
        ring.setColor(QPalette::WindowText, ring.color(QPalette::Highlight));
        setPalette(ring);
        widget->installEventFilter(this);
        hide(); // until the widget has the focus
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_watched && event->type() == QEvent::FocusIn)
            setWidget(m_watched);
        else if (watched == m_watched && event->type() == QEvent::FocusOut)
            setWidget(nullptr);
        return QFocusFrame::eventFilter(watched, event);
    }

private:
    QWidget *const m_watched;
};

} // namespace

void ringFocus(QWidget *widget)
{
    new FocusRing(widget); // a child of the widget, so it goes with it
}
