// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

enum Column { KeysColumn, DescriptionColumn, ScopeColumn, ColumnCount };

// "&Import OpenAPI file…" → "Import OpenAPI file".
QString plainText(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)")); // "&&" is one "&"
    text.remove(mnemonic);
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

// Where a shortcut with that context works: the whole window, or the named part of it.
QString scopeOf(Qt::ShortcutContext context, const QWidget *widget)
{
    if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut || !widget)
        return ShortcutsDialog::tr("Whole window");
    for (const QWidget *part = widget; part; part = part->parentWidget()) {
        if (!part->accessibleName().isEmpty())
            return part->accessibleName();
    }
    return widget->objectName();
}

ShortcutEntry entryFor(const QList<QKeySequence> &sequences, const QString &description,
                       const QString &scope)
{
    ShortcutEntry entry;
    entry.keys = sequences.first();
    entry.alternatives = sequences.mid(1);
    entry.description = description;
    entry.scope = scope;
    return entry;
}

} // namespace

QList<ShortcutEntry> shortcutsOf(const QWidget *window)
{
    QList<ShortcutEntry> entries;
    QList<QAction *> actions = window->findChildren<QAction *>();
    // Actions a part of the window owns but lends to a menu are found through the menus too.
    for (const QMenu *menu : window->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (!actions.contains(action))
                actions.append(action);
        }
    }
    for (const QAction *action : std::as_const(actions)) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        const QWidget *owner = qobject_cast<const QWidget *>(action->parent());
        entries.append(entryFor(action->shortcuts(), plainText(action->text()),
                                scopeOf(action->shortcutContext(), owner)));
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        if (shortcut->key().isEmpty())
            continue;
        QList<QKeySequence> keys = shortcut->keys();
        entries.append(entryFor(
            keys, shortcut->whatsThis(),
            scopeOf(shortcut->context(), qobject_cast<const QWidget *>(shortcut->parent()))));
    }
    // Every request tab has its own Send and Find: the page lists each shortcut once.
    QList<ShortcutEntry> unique;
    for (const ShortcutEntry &entry : std::as_const(entries)) {
        const bool seen = std::any_of(unique.cbegin(), unique.cend(), [&entry](const auto &other) {
            return other.keys == entry.keys && other.alternatives == entry.alternatives
                && other.description == entry.description && other.scope == entry.scope;
        });
        if (!seen)
            unique.append(entry);
    }
    entries = unique;
    std::stable_sort(entries.begin(), entries.end(),
                     [](const ShortcutEntry &a, const ShortcutEntry &b) {
                         const bool aWhole = a.scope == ShortcutsDialog::tr("Whole window");
                         const bool bWhole = b.scope == ShortcutsDialog::tr("Whole window");
                         if (aWhole != bWhole)
                             return aWhole;
                         return a.scope < b.scope;
                     });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Does"), tr("Works in")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    for (const ShortcutEntry &entry : shortcutsOf(window)) {
        QStringList keys{entry.keys.toString(QKeySequence::NativeText)};
        for (const QKeySequence &alternative : entry.alternatives)
            keys.append(alternative.toString(QKeySequence::NativeText));
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, KeysColumn, new QTableWidgetItem(keys.join(tr(" or "))));
        m_table->setItem(row, DescriptionColumn, new QTableWidgetItem(entry.description));
        m_table->setItem(row, ScopeColumn, new QTableWidgetItem(entry.scope));
    }
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->resizeColumnToContents(KeysColumn);
    m_table->resizeColumnToContents(ScopeColumn);

    auto *intro = new QLabel(tr("Menus also open with Alt and the underlined letter; Tab and "
                                "Shift+Tab move between the controls."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    // A preferred size, not a minimum: on a small screen the table scrolls instead.
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 24);
}
