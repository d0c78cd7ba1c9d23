// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "historypanel.h"

#include "accessibility.h"
#include "focusframe.h"
#include "history/historyfiltermodel.h"
#include "history/historymodel.h"
#include "history/historystore.h"
#include "tones.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Colours the status column by outcome. The status text itself always says what happened, so
// the colour is never the only signal.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        Tones::Tone tone = Tones::Tone::Error;
        switch (HistoryOutcome(index.data(HistoryModel::OutcomeRole).toInt())) {
        case HistoryOutcome::Success:
            tone = Tones::Tone::Ok;
            break;
        case HistoryOutcome::Redirect:
            tone = Tones::Tone::Info;
            break;
        case HistoryOutcome::ClientError:
            tone = Tones::Tone::Warning;
            break;
        case HistoryOutcome::ServerError:
        case HistoryOutcome::Failed:
            option->font = Tones::boldFont(option->font);
            break;
        }
        option->palette.setColor(QPalette::Text,
                                 Tones::text(tone, option->palette, QPalette::Base));
    }
};

// The columns in the order they stay when the panel is narrow; the last gives way first.
const HistoryModel::Column ColumnsByImportance[] = {
    HistoryModel::StatusColumn,     HistoryModel::MethodColumn, HistoryModel::PathColumn,
    HistoryModel::TimeColumn,       HistoryModel::GroupColumn,  HistoryModel::ElapsedColumn,
    HistoryModel::EnvironmentColumn};

} // namespace

HistoryPanel::HistoryPanel(HistoryStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new HistoryModel(store, this))
    , m_filter(new HistoryFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_open(new QPushButton(tr("Open in composer"), this))
    , m_clear(new QPushButton(tr("Clear history…"), this))
    , m_keepBodies(new QCheckBox(tr("Keep bodies in history"), this))
    , m_bodiesWarning(new QLabel(this))
    , m_clearBodies(new QPushButton(tr("Clear stored bodies"), this))
{
    m_filter->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search method, path, status, group or environment"));
    enableClearButton(m_search);

    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it
    ringFocus(m_view);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::TimeColumn, Qt::DescendingOrder);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // a path keeps its start and its end
    m_view->verticalHeader()->hide();
    m_view->setItemDelegateForColumn(HistoryModel::StatusColumn, new StatusDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::PathColumn, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Request history"));

    m_open->setObjectName(QStringLiteral("historyOpen"));
    m_open->setToolTip(tr("Put the selected request back into the composer (Enter)"));
    m_clear->setObjectName(QStringLiteral("historyClear"));
    m_keepBodies->setObjectName(QStringLiteral("historyKeepBodies"));
    m_keepBodies->setChecked(m_store->keepBodies());
    m_keepBodies->setToolTip(
        tr("Request and response bodies can contain patient data. When this is on, up to %1 KiB "
           "of each body is written to the history file on this computer, and the bodies of the "
           "tabs left open are kept for the next start. Off by default; bodies already stored "
           "stay until you clear them.")
            .arg(m_store->maxBodyBytes() / 1024));
    m_bodiesWarning->setObjectName(QStringLiteral("historyBodiesWarning"));
    m_bodiesWarning->setToolTip(m_keepBodies->toolTip());
    m_bodiesWarning->setWordWrap(true);
    m_clearBodies->setObjectName(QStringLiteral("historyClearBodies"));
    m_clearBodies->setToolTip(
        tr("Remove every stored request and response body; the entries themselves stay"));

    // Rows, so that a side panel's width holds every control whole.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_keepBodies, 0, Qt::AlignLeft);
    layout->addWidget(m_bodiesWarning);
    layout->addWidget(m_clearBodies, 0, Qt::AlignRight);
    m_view->viewport()->installEventFilter(this);

    connect(m_search, &QLineEdit::textChanged, m_filter, &HistoryFilterModel::setSearchText);
    connect(m_view, &QAbstractItemView::activated, this, &HistoryPanel::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &HistoryPanel::openCurrent);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPanel::showContextMenu);
    connect(m_clear, &QPushButton::clicked, this, &HistoryPanel::confirmClear);
    connect(m_keepBodies, &QCheckBox::toggled, m_store, &HistoryStore::setKeepBodies);
    connect(m_clearBodies, &QPushButton::clicked, m_store, &HistoryStore::clearStoredBodies);
    connect(m_store, &HistoryStore::keepBodiesChanged, this, [this](bool keep) {
        m_keepBodies->setChecked(keep);
        updateBodiesNotice();
    });
    connect(m_store, &HistoryStore::reset, this, &HistoryPanel::updateBodiesNotice);
    connect(m_store, &HistoryStore::entryAdded, this, &HistoryPanel::updateBodiesNotice);
    connect(m_store, &HistoryStore::oldestDropped, this, &HistoryPanel::updateBodiesNotice);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPanel::updateControls);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::updateControls);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::updateControls);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateControls);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryPanel::updateControls);
    // Queued: the view measures new rows only after it has taken them in.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &HistoryPanel::fitColumns,
            Qt::QueuedConnection);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &HistoryPanel::fitColumns,
            Qt::QueuedConnection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryPanel::fitColumns,
            Qt::QueuedConnection);
    updateControls();
    updateBodiesNotice();
    fitColumns();
}

bool HistoryPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Queued: the view finishes its own resizing (and its header) first.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        QMetaObject::invokeMethod(this, &HistoryPanel::fitColumns, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::fitColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics = m_view->fontMetrics();
    const int available = m_view->viewport()->width();
    const QAbstractItemView *view = m_view; // QTableView hides sizeHintForColumn()
    const int slack = metrics.averageCharWidth() * 2; // the header's rounding and margins
    // The view measures the contents of shown columns only: measure them all first.
    QMap<HistoryModel::Column, int> widths;
    for (const HistoryModel::Column column : ColumnsByImportance) {
        m_view->setColumnHidden(column, false);
        widths.insert(column,
                      std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)));
    }
    int used = 0;
    for (const HistoryModel::Column column : ColumnsByImportance) {
        int needed = widths.value(column);
        if (column == HistoryModel::PathColumn) // it stretches, down to a readable stub
            needed = std::min(needed, metrics.averageCharWidth() * 16);
        const bool always = column == HistoryModel::StatusColumn
            || column == HistoryModel::MethodColumn || column == HistoryModel::PathColumn;
        const bool shown = always || used + needed + slack <= available;
        m_view->setColumnHidden(column, !shown);
        if (shown)
            used += needed;
    }
}

QString HistoryPanel::currentEntryId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HistoryModel::IdRole).toString();
}

void HistoryPanel::openCurrent()
{
    HistoryEntry entry;
    if (!m_store->find(currentEntryId(), &entry))
        return;
    emit reopenRequested(entry.toRequest());
}

void HistoryPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex at = m_view->indexAt(position);
    if (!at.isValid())
        return;
    m_view->setCurrentIndex(at);
    HistoryEntry entry;
    if (!m_store->find(currentEntryId(), &entry))
        return;
    const HistoryRequest request = entry.toRequest();
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, request] { emit reopenRequested(request); });
    menu.addAction(tr("&Save to collection…"), this,
                   [this, request] { emit saveToCollectionRequested(request); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void HistoryPanel::confirmClear()
{
    const int count = int(m_store->entries().size());
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Clear history"),
                        tr("Remove all %n entries from the request history?", nullptr, count),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("historyClearConfirm"));
    box->setInformativeText(tr("This cannot be undone."));
    box->button(QMessageBox::Yes)->setText(tr("Clear history"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            m_store->clear();
    });
    box->open();
}

void HistoryPanel::updateControls()
{
    m_open->setEnabled(!currentEntryId().isEmpty());
    m_clear->setEnabled(m_model->rowCount() > 0);
}

void HistoryPanel::updateBodiesNotice()
{
    const int stored = m_store->storedBodyCount();
    QString text;
    if (m_store->keepBodies())
        text = tr("Request and response bodies can contain patient data, and they are saved on "
                  "this computer.");
    else if (stored > 0)
        text = tr("%1 of %2 older entries still hold bodies saved on this computer, which can "
                  "contain patient data.")
                   .arg(stored)
                   .arg(m_store->entries().size());
    m_bodiesWarning->setText(text);
    m_bodiesWarning->setVisible(!text.isEmpty());
    m_clearBodies->setVisible(stored > 0);
}
