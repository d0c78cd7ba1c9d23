// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// What screen readers get from the widgets the explorer paints itself: the flow's steps as a
// list, the rate gauge as a progress bar, the network map's groups as a tree, a method badge as
// text. Each widget calls installAccessibleInterfaces() when it is built; the factory is
// installed once per process, before the first interface is asked for.
void installAccessibleInterfaces();

// A label that shows a value for a row label beside it (the diagnosis evidence): its accessible
// name is the row label ("Status") and its text and value are what it shows ("403 Forbidden").
void markLabelledValue(QLabel *value, const QString &rowLabel);

// QLineEdit::setClearButtonEnabled(true), with a name for the button (Qt gives it none).
void enableClearButton(QLineEdit *edit);

// Tells screen readers that the focus is on item of a painted widget's list or tree (the
// flow's steps, the map's groups), when the widget itself has the focus.
void announceFocusedItem(QWidget *widget, int item);

// Announces news to screen readers without taking the focus: an invisible alert whose text is
// the news. Qt 6.4's AT-SPI bridge drops QAccessible::Alert events, so announce() shows the
// alert again, which reaches the bus as "object:state-changed:showing" on an object with the
// alert role (what Orca speaks), and also sends QAccessible::Alert for the other platforms.
class AccessibleAnnouncer : public QWidget
{
    Q_OBJECT
public:
    explicit AccessibleAnnouncer(QWidget *parent = nullptr);

    void announce(const QString &text);
    QString text() const { return m_text; }

signals:
    void announced(const QString &text);

private:
    QString m_text;
};
