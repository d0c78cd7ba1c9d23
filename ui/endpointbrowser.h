// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "catalogue/catalogue.h"

#include <QWidget>

class MethodBadge;
class OperationsFilterModel;
class OperationsModel;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableWidget;
class QTreeView;

// The catalogue by tag with a filter, and the details of the selected operation.
class EndpointBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit EndpointBrowser(QWidget *parent = nullptr);

    void setCatalogue(const Catalogue &catalogue);
    const Catalogue &catalogue() const;
    // The selected operation, or nullptr when a tag row or nothing is selected.
    const Operation *currentOperation() const;
    // Selects the operation matching a concrete request (clearing a filter that hides it).
    bool selectOperation(const QString &method, const QString &concretePath);

public slots:
    // For the window's Ctrl+F: focuses the filter and selects its text.
    void focusFilter();
    // Wide enough to show the catalogue's paths whole (up to about 32 characters), badge included.
    QSize sizeHint() const override;

signals:
    // The user selected an operation, or pressed Enter or double-clicked on one.
    void operationActivated(const Operation &operation);
    // A middle click on an operation: open it in a new tab.
    void openInNewTabRequested(const Operation &operation);
    // "Add to collection…" from the operation's context menu.
    void saveToCollectionRequested(const Operation &operation);

private:
    void applyFilter(const QString &text);
    void showDetails(const Operation *operation);
    void onCurrentChanged(const QModelIndex &current);
    void activateIndex(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    bool eventFilter(QObject *watched, QEvent *event) override;

    OperationsModel *const m_model;
    OperationsFilterModel *const m_filterModel;
    QLineEdit *const m_filter;
    QTreeView *const m_tree;
    QLabel *const m_noMatches;
    QWidget *const m_details;
    MethodBadge *const m_badge;
    QLabel *const m_path;
    QLabel *const m_summary;
    QLabel *const m_description;
    QLabel *const m_scope;
    QLabel *const m_confidence;
    QLabel *const m_parametersTitle;
    QTableWidget *const m_parameters;
    QLabel *const m_placeholder;
};
