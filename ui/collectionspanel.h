// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/httprequesttext.h"

#include <QSet>
#include <QWidget>

class CollectionFilterModel;
class CollectionFolder;
class CollectionModel;
class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSettings;
class QToolButton;
class QTreeView;

// The Collections side panel: open a folder of .http files (recent ones remembered), filter its
// tree, and create, rename, duplicate, move and delete folders, files and requests in it. It
// knows nothing of request tabs: activating a request emits requestActivated, and the window
// decides what to do with it.
class CollectionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CollectionsPanel(QSettings *settings, QWidget *parent = nullptr);

    CollectionFolder *folder() const { return m_folder; }
    void openFolder(const QString &path);
    // What is selected: a folder's or file's path (a request's file), and the request's index
    // or -1.
    QString currentPath() const;
    int currentRequestIndex() const;
    void select(const QString &path, int requestIndex = -1);
    // The line under the filter: problems of the open collection and outcomes of operations.
    QString notice() const;

    void newFolder();
    void newFile();
    void newRequest();
    void renameCurrent();
    void duplicateCurrent();
    void moveCurrent();
    void deleteCurrent();
    void editVariables();
    // Runs the selected folder, file or request (the whole collection when nothing is selected).
    void runCurrent();

signals:
    void requestActivated(const QString &file, int index, const HttpRequestText &request);
    // Files changed on disk outside the explorer; an open tab of one may need to reload.
    void filesChanged(const QStringList &paths);
    // Run these files and folders, keeping requests whose name contains filter (empty: all).
    void runRequested(const QStringList &paths, const QString &filter);

private:
    void askOpenFolder();
    void updateRecentMenu();
    void updateActions();
    void showNotice(const QString &text, bool problem);
    void showCollectionProblems();
    void activate(const QModelIndex &proxyIndex);
    void rememberExpanded();
    void restoreExpanded();
    // The folder that new things go into: the selected folder, a selected item's folder, or the
    // collection's top folder.
    QString targetFolder() const;
    QString askName(const QString &title, const QString &label, const QString &text = {});
    // Runs an operation returning the new item's path (empty on failure, with error), selects
    // what it made and reports a failure under the filter.
    void report(const QString &path, int requestIndex, const QString &error);
    QAction *addAction(const QString &objectName, const QString &text, const QKeySequence &key,
                       void (CollectionsPanel::*slot)());

    QSettings *const m_settings;
    CollectionFolder *const m_folder;
    CollectionModel *const m_model;
    CollectionFilterModel *const m_filter;
    QToolButton *const m_open;
    QMenu *const m_recent;
    QToolButton *const m_variables;
    QLineEdit *const m_search;
    QLabel *const m_notice;
    QTreeView *const m_tree;
    QList<QAction *> m_itemActions; // those that need a selected item
    QAction *m_newRequest = nullptr;
    QSet<QString> m_expanded;
    QString m_operationNotice;
};
