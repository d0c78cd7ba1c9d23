// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "history/historyentry.h"

#include <QWidget>

class HistoryFilterModel;
class HistoryModel;
class HistoryStore;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

// The request history: search, a table newest first, "Open in composer", "Clear history"
// (asked first) and the opt-in to keep request and response bodies on disk, with the
// patient-data warning; while entries still hold bodies (kept earlier) it says so and offers to
// clear them.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(HistoryStore *store, QWidget *parent = nullptr);

    QString currentEntryId() const;

signals:
    // The user wants this request in the composer again.
    void reopenRequested(const HistoryRequest &request);
    // "Save to collection…" from the entry's context menu.
    void saveToCollectionRequested(const HistoryRequest &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows the columns that fit whole, giving way from the least telling (environment) up;
    // method, path and status always stay.
    void fitColumns();
    void openCurrent();
    void showContextMenu(const QPoint &position);
    void confirmClear();
    void updateControls();
    void updateBodiesNotice();

    HistoryStore *const m_store;
    HistoryModel *const m_model;
    HistoryFilterModel *const m_filter;
    QLineEdit *const m_search;
    QTableView *const m_view;
    QPushButton *const m_open;
    QPushButton *const m_clear;
    QCheckBox *const m_keepBodies;
    QLabel *const m_bodiesWarning;
    QPushButton *const m_clearBodies;
};
