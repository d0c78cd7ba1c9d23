// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;

// One keyboard shortcut of a window, as the window really has it.
struct ShortcutEntry
{
    QKeySequence keys; // the first sequence; others are in alternatives
    QList<QKeySequence> alternatives;
    QString description; // "Send", "Find in response body", …
    QString scope; // "Whole window", or the part of the window where it works
};

// Every QAction with a shortcut and every QShortcut of a window, read from the objects
// themselves so that the list cannot drift from what the keys do. A QShortcut describes itself
// through whatsThis(); a part of the window names itself through its accessibleName().
QList<ShortcutEntry> shortcutsOf(const QWidget *window);

// Help → Keyboard shortcuts: the table of shortcutsOf(window).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

private:
    QTableWidget *const m_table;
};
