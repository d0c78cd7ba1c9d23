// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "endpointbrowser.h"

#include "accessibility.h"
#include "catalogue/operationsfiltermodel.h"
#include "catalogue/operationsmodel.h"
#include "focusframe.h"
#include "methodbadge.h"
#include "tones.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString confidenceText(const QString &confidence)
{
    if (confidence.isEmpty())
        return EndpointBrowser::tr("Confidence: not stated");
    if (confidence == u"documented")
        return EndpointBrowser::tr("Confidence: documented by Hero");
    if (confidence == u"partial")
        return EndpointBrowser::tr("Confidence: partial (some fields inferred)");
    return EndpointBrowser::tr("Confidence: %1").arg(confidence);
}

} // namespace

EndpointBrowser::EndpointBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new OperationsModel(this))
    , m_filterModel(new OperationsFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_noMatches(new QLabel(this))
    , m_details(new QWidget(this))
    , m_badge(new MethodBadge(m_details))
    , m_path(new QLabel(m_details))
    , m_summary(new QLabel(m_details))
    , m_description(new QLabel(m_details))
    , m_scope(new QLabel(m_details))
    , m_confidence(new QLabel(m_details))
    , m_parametersTitle(new QLabel(tr("<b>Parameters</b>"), m_details))
    , m_parameters(new QTableWidget(0, 4, m_details))
    , m_placeholder(new QLabel(tr("Select an endpoint to see its description, parameters and "
                                  "required scope."),
                               m_details))
{
    setObjectName(QStringLiteral("endpointBrowser"));
    m_filter->setObjectName(QStringLiteral("endpointFilter"));
    m_tree->setObjectName(QStringLiteral("endpointTree"));
    m_noMatches->setObjectName(QStringLiteral("endpointNoMatches"));
    m_details->setObjectName(QStringLiteral("endpointDetails"));
    m_path->setObjectName(QStringLiteral("endpointPath"));
    m_summary->setObjectName(QStringLiteral("endpointSummary"));
    // The catalogue's words, as the API describes itself: never translated.
    for (QLabel *data : {m_path, m_summary, m_description})
        data->setProperty("heroData", true);
    m_description->setObjectName(QStringLiteral("endpointDescription"));
    m_scope->setObjectName(QStringLiteral("endpointScope"));
    m_confidence->setObjectName(QStringLiteral("endpointConfidence"));
    m_parameters->setObjectName(QStringLiteral("endpointParameters"));

    m_filter->setPlaceholderText(tr("Filter endpoints (Ctrl+K)"));
    enableClearButton(m_filter);
    m_filter->setAccessibleName(tr("Filter endpoints"));
    m_filter->setToolTip(tr("Words to find in the path, summary or tag. "
                            "Down moves to the list, Esc clears."));
    m_filter->installEventFilter(this);
    m_tree->viewport()->installEventFilter(this);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &EndpointBrowser::showContextMenu);

    m_filterModel->setSourceModel(m_model);
    m_tree->setModel(m_filterModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setItemDelegate(new MethodBadgeDelegate(OperationsModel::MethodRole,
                                                    OperationsModel::PathRole,
                                                    OperationsModel::SummaryRole, m_tree));
    m_tree->setAccessibleName(tr("Endpoints"));
    m_tree->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    m_tree->setIndentation(fontMetrics().averageCharWidth() * 2); // room for the paths

    m_noMatches->setAlignment(Qt::AlignCenter);
    m_noMatches->setWordWrap(true);
    m_noMatches->setForegroundRole(QPalette::PlaceholderText);
    m_noMatches->setVisible(false);

    // Details: what the operation is, what it takes and what it needs.
    m_summary->setFont(Tones::boldFont(m_summary->font()));
    for (QLabel *label : {m_path, m_summary, m_description, m_scope, m_confidence}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_path->setWordWrap(false);
    m_path->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_parameters->setHorizontalHeaderLabels(
        {tr("Name"),
         //: Where the parameter goes (OpenAPI's "in"): path, query, header or cookie
         tr("In"), tr("Type"), tr("Description")});
    m_parameters->verticalHeader()->setVisible(false);
    m_parameters->horizontalHeader()->setStretchLastSection(true);
    m_parameters->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_parameters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parameters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parameters->setWordWrap(false);
    m_parameters->setTabKeyNavigation(false);
    ringFocus(m_parameters);
    m_parameters->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_parameters->setAccessibleName(tr("Parameters"));

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_badge);
    titleRow->addWidget(m_path, 1);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_placeholder);
    detailsLayout->addLayout(titleRow);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(m_description);
    detailsLayout->addWidget(m_scope);
    detailsLayout->addWidget(m_confidence);
    detailsLayout->addWidget(m_parametersTitle);
    detailsLayout->addWidget(m_parameters, 10);
    detailsLayout->addStretch(1); // takes the room when an operation has no parameters

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // its labels and table are the stops

    auto *treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_filter);
    treeLayout->addWidget(m_tree, 1);
    treeLayout->addWidget(m_noMatches);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("endpointSplitter"));
    splitter->addWidget(treePane);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_parameters);

    connect(m_filter, &QLineEdit::textChanged, this, &EndpointBrowser::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::activated, this, &EndpointBrowser::activateIndex);

    showDetails(nullptr);
}

void EndpointBrowser::setCatalogue(const Catalogue &catalogue)
{
    m_model->setCatalogue(catalogue);
    applyFilter(m_filter->text());
    showDetails(currentOperation());
}

const Catalogue &EndpointBrowser::catalogue() const
{
    return m_model->catalogue();
}

const Operation *EndpointBrowser::currentOperation() const
{
    return m_model->operationAt(m_filterModel->mapToSource(m_tree->currentIndex()));
}

bool EndpointBrowser::selectOperation(const QString &method, const QString &concretePath)
{
    const int operation = catalogue().indexOf(method, concretePath);
    if (operation < 0)
        return false;
    QModelIndex index = m_filterModel->mapFromSource(m_model->indexOfOperation(operation));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_filterModel->mapFromSource(m_model->indexOfOperation(operation));
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return index.isValid();
}

void EndpointBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

QSize EndpointBrowser::sizeHint() const
{
    const QFontMetrics metrics = m_tree->fontMetrics();
    int widest = 0;
    for (const Operation &operation : catalogue().operations)
        widest = std::max(widest, metrics.horizontalAdvance(operation.path));
    widest = std::min(widest, metrics.averageCharWidth() * 32);
    // What the delegate puts before the path, the item's margins, the frame and a scroll bar.
    const int gaps = metrics.horizontalAdvance(u' ') * 4;
    const int margins =
        (m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1) * 2;
    const int width = m_tree->indentation() + methodBadgeWidth(metrics) + gaps + margins + widest
        + m_tree->frameWidth() * 2 + m_tree->verticalScrollBar()->sizeHint().width();
    return {width, QWidget::sizeHint().height()};
}

void EndpointBrowser::applyFilter(const QString &text)
{
    m_filterModel->setFilterText(text);
    m_tree->expandAll();
    const bool empty = m_filterModel->rowCount() == 0;
    m_noMatches->setText(catalogue().isEmpty()
                             ? tr("No catalogue loaded.")
                             : tr("No endpoint matches “%1”.").arg(text.trimmed()));
    m_noMatches->setVisible(empty);
    m_tree->setVisible(!empty);
}

void EndpointBrowser::showDetails(const Operation *operation)
{
    const bool has = operation != nullptr;
    m_placeholder->setVisible(!has);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_badge, m_path, m_summary, m_description, m_scope,
                                          m_confidence, m_parametersTitle, m_parameters})
        widget->setVisible(has);
    if (!has) {
        m_parameters->setRowCount(0);
        return;
    }
    m_badge->setMethod(operation->method);
    m_path->setText(operation->path);
    m_summary->setText(operation->summary);
    m_summary->setVisible(!operation->summary.isEmpty());
    m_description->setText(operation->description);
    m_description->setVisible(!operation->description.isEmpty());
    m_scope->setText(operation->requiredScope.isEmpty()
                         ? tr("Required scope: none known")
                         : tr("Required scope: %1").arg(operation->requiredScope));
    m_confidence->setText(confidenceText(operation->confidence));

    m_parameters->setRowCount(0);
    for (const Parameter &parameter : operation->parameters) {
        const int row = m_parameters->rowCount();
        m_parameters->insertRow(row);
        auto *name = new QTableWidgetItem(parameter.required ? parameter.name + QStringLiteral(" *")
                                                             : parameter.name);
        if (parameter.required)
            name->setToolTip(tr("Required"));
        m_parameters->setItem(row, 0, name);
        m_parameters->setItem(row, 1, new QTableWidgetItem(parameter.in));
        m_parameters->setItem(row, 2, new QTableWidgetItem(parameter.schemaType));
        QString description = parameter.description;
        if (!parameter.example.isEmpty())
            description += (description.isEmpty() ? QString() : QStringLiteral("  "))
                + tr("(e.g. %1)").arg(parameter.example);
        auto *descriptionItem = new QTableWidgetItem(description);
        descriptionItem->setToolTip(description);
        m_parameters->setItem(row, 3, descriptionItem);
    }
    const bool hasParameters = m_parameters->rowCount() > 0;
    m_parametersTitle->setText(hasParameters ? tr("<b>Parameters</b>")
                                             : tr("<b>Parameters</b>: none"));
    m_parameters->setVisible(hasParameters);
    m_parameters->resizeColumnsToContents();
}

void EndpointBrowser::onCurrentChanged(const QModelIndex &current)
{
    const Operation *operation = m_model->operationAt(m_filterModel->mapToSource(current));
    showDetails(operation);
    if (operation)
        emit operationActivated(*operation);
}

void EndpointBrowser::activateIndex(const QModelIndex &index)
{
    if (const Operation *operation = m_model->operationAt(m_filterModel->mapToSource(index)))
        emit operationActivated(*operation);
}

void EndpointBrowser::showContextMenu(const QPoint &position)
{
    const Operation *operation =
        m_model->operationAt(m_filterModel->mapToSource(m_tree->indexAt(position)));
    if (!operation)
        return;
    const Operation chosen = *operation;
    QMenu menu(this);
    menu.addAction(tr("&Open"), this, [this, chosen] { emit operationActivated(chosen); });
    menu.addAction(tr("Open in new &tab"), this,
                   [this, chosen] { emit openInNewTabRequested(chosen); });
    menu.addSeparator();
    menu.addAction(tr("&Add to collection…"), this,
                   [this, chosen] { emit saveToCollectionRequested(chosen); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

bool EndpointBrowser::eventFilter(QObject *watched, QEvent *event)
{
    const bool middleClick =
        (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease)
        && static_cast<QMouseEvent *>(event)->button() == Qt::MiddleButton;
    if (watched == m_tree->viewport() && middleClick) {
        // As in a browser: a middle click opens the operation in a new tab and leaves the
        // selection, and so the current tab, alone.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (event->type() == QEvent::MouseButtonRelease) {
            const QModelIndex index = m_tree->indexAt(mouse->position().toPoint());
            if (const Operation *operation =
                    m_model->operationAt(m_filterModel->mapToSource(index)))
                emit openInNewTabRequested(*operation);
        }
        return true;
    }
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // From the filter, Down and Enter go to the first match so that typing then Enter opens it.
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
            || key->key() == Qt::Key_Enter) {
            QModelIndex first = m_filterModel->index(0, 0);
            if (m_filterModel->rowCount(first) > 0)
                first = m_filterModel->index(0, 0, first);
            if (first.isValid()) {
                m_tree->setFocus(Qt::TabFocusReason);
                if (!m_tree->currentIndex().isValid() || key->key() != Qt::Key_Down)
                    m_tree->setCurrentIndex(first);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
