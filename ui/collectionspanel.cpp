// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collectionspanel.h"

#include "accessibility.h"
#include "collections/collectionfolder.h"
#include "collections/collectionmodel.h"
#include "collectionvariablesdialog.h"
#include "methodbadge.h"
#include "session/collectionrun.h"
#include "session/explorersettings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using Kind = CollectionModel::Kind;

namespace {

// The filtered tree with the style's folder and file icons, which the core model cannot carry.
class IconFilterModel : public CollectionFilterModel
{
public:
    using CollectionFilterModel::CollectionFilterModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole)
            return CollectionFilterModel::data(index, role);
        switch (index.data(CollectionModel::KindRole).value<Kind>()) {
        case Kind::Folder:
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        case Kind::File:
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        case Kind::Request:
            break;
        }
        return {};
    }
};

} // namespace

CollectionsPanel::CollectionsPanel(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_folder(new CollectionFolder(this))
    , m_model(new CollectionModel(m_folder, this))
    , m_filter(new IconFilterModel(this))
    , m_open(new QToolButton(this))
    , m_recent(new QMenu(this))
    , m_variables(new QToolButton(this))
    , m_search(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_open->setObjectName(QStringLiteral("openCollectionButton"));
    m_open->setText(tr("Open folder…"));
    m_open->setAccessibleName(tr("Open a collection folder"));
    m_open->setToolTip(tr("Open a folder of .http files"));
    m_open->setPopupMode(QToolButton::MenuButtonPopup);
    m_open->setMenu(m_recent);
    m_open->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_recent->setObjectName(QStringLiteral("recentCollectionsMenu"));
    connect(m_open, &QToolButton::clicked, this, &CollectionsPanel::askOpenFolder);
    connect(m_recent, &QMenu::aboutToShow, this, &CollectionsPanel::updateRecentMenu);

    m_variables->setObjectName(QStringLiteral("collectionVariablesButton"));
    m_variables->setText(tr("Variables…"));
    m_variables->setAccessibleName(tr("Edit the collection's environment variables"));
    m_variables->setToolTip(tr("The variables of each environment (http-client.env.json)"));
    connect(m_variables, &QToolButton::clicked, this, &CollectionsPanel::editVariables);

    m_search->setObjectName(QStringLiteral("collectionFilter"));
    m_search->setPlaceholderText(tr("Filter by name, method or URL"));
    m_search->setAccessibleName(tr("Filter the collection"));
    enableClearButton(m_search);

    m_notice->setObjectName(QStringLiteral("collectionNotice"));
    m_notice->setAccessibleName(tr("Collection notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_filter->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("collectionTree"));
    m_tree->setAccessibleName(tr("Collection"));
    m_tree->setModel(m_filter);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new MethodBadgeDelegate(CollectionModel::MethodRole, Qt::DisplayRole,
                                                    CollectionModel::DetailRole, m_tree));
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed); // F2, through renameAction
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_open);
    buttons->addWidget(m_variables);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_search);
    layout->addWidget(m_notice);
    layout->addWidget(m_tree, 1);

    // Enter and double-click open a request through QTreeView::activated.
    addAction(QStringLiteral("newFolderAction"), tr("New &folder…"), {},
              &CollectionsPanel::newFolder);
    addAction(QStringLiteral("newFileAction"), tr("New fi&le…"), {}, &CollectionsPanel::newFile);
    m_newRequest =
        addAction(QStringLiteral("newRequestAction"), tr("New &request"),
                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &CollectionsPanel::newRequest);
    addAction(QStringLiteral("runAction"), tr("R&un…"), {}, &CollectionsPanel::runCurrent);
    m_itemActions = {
        addAction(QStringLiteral("renameAction"), tr("Re&name"), QKeySequence(Qt::Key_F2),
                  &CollectionsPanel::renameCurrent),
        addAction(QStringLiteral("duplicateAction"), tr("&Duplicate"),
                  QKeySequence(Qt::CTRL | Qt::Key_D), &CollectionsPanel::duplicateCurrent),
        addAction(QStringLiteral("moveAction"), tr("&Move to…"), {},
                  &CollectionsPanel::moveCurrent),
        addAction(QStringLiteral("deleteAction"), tr("De&lete…"), QKeySequence::Delete,
                  &CollectionsPanel::deleteCurrent),
    };

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree, &QTreeView::activated, this, &CollectionsPanel::activate);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CollectionsPanel::updateActions);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_expanded.insert(index.data(CollectionModel::PathRole).toString());
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expanded.remove(index.data(CollectionModel::PathRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CollectionsPanel::restoreExpanded);
    connect(m_model, &CollectionModel::itemMoved, this,
            [this](const QString &path, int requestIndex) { report(path, requestIndex, {}); });
    connect(m_model, &CollectionModel::operationFailed, this,
            [this](const QString &error) { report({}, -1, error); });
    connect(m_folder, &CollectionFolder::loaded, this, [this] {
        m_expanded.clear();
        m_tree->expandToDepth(0);
        showCollectionProblems();
        updateActions();
    });
    connect(m_folder, &CollectionFolder::snapshotChanged, this,
            &CollectionsPanel::showCollectionProblems);
    connect(m_folder, &CollectionFolder::filesChanged, this, &CollectionsPanel::filesChanged);
    showCollectionProblems();
    updateActions();
}

QAction *CollectionsPanel::addAction(const QString &objectName, const QString &text,
                                     const QKeySequence &key, void (CollectionsPanel::*slot)())
{
    auto *action = new QAction(text, m_tree);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, slot);
    m_tree->addAction(action);
    return action;
}

void CollectionsPanel::askOpenFolder()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Open a collection folder"), m_folder->root());
    if (!path.isEmpty())
        openFolder(path);
}

void CollectionsPanel::openFolder(const QString &path)
{
    if (!QFileInfo(path).isDir()) {
        showNotice(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(path)), true);
        return;
    }
    if (m_settings)
        ExplorerSettings(m_settings).addRecentCollection(QDir::cleanPath(path));
    m_operationNotice.clear();
    m_search->clear();
    m_folder->open(path);
    showNotice(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), false);
    updateActions();
}

void CollectionsPanel::updateRecentMenu()
{
    m_recent->clear();
    const QStringList recent =
        m_settings ? ExplorerSettings(m_settings).recentCollections() : QStringList();
    for (const QString &path : recent) {
        QAction *action = m_recent->addAction(QDir::toNativeSeparators(path), this,
                                              [this, path] { openFolder(path); });
        action->setEnabled(QFileInfo(path).isDir());
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent folders"))->setEnabled(false);
}

void CollectionsPanel::updateActions()
{
    const bool open = !m_folder->root().isEmpty() && !m_folder->isLoading();
    const QModelIndex current = m_tree->currentIndex();
    for (QAction *action : m_tree->actions())
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_itemActions))
        action->setEnabled(open && current.isValid());
    const auto kind = current.data(CollectionModel::KindRole).value<Kind>();
    m_newRequest->setEnabled(open && current.isValid() && kind != Kind::Folder);
    m_variables->setEnabled(open);
}

void CollectionsPanel::showNotice(const QString &text, bool problem)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    // Routine news muted; a problem in the text colour, where the user looks before the tree.
    m_notice->setForegroundRole(problem ? QPalette::WindowText : QPalette::PlaceholderText);
}

QString CollectionsPanel::notice() const
{
    return m_notice->isVisible() || !m_notice->text().isEmpty() ? m_notice->text() : QString();
}

void CollectionsPanel::showCollectionProblems()
{
    const CollectionSnapshot &snapshot = m_folder->snapshot();
    if (snapshot.root.isEmpty()) {
        showNotice(tr("Open a folder of .http files to keep requests as a collection."), false);
        return;
    }
    if (m_folder->isLoading()) {
        // A reload (a file watcher's, say) is under way: what the user just did failed now,
        // and says so now; the folder's own problems follow when the reload ends.
        if (!m_operationNotice.isEmpty())
            showNotice(m_operationNotice, true);
        return;
    }
    QStringList problems;
    if (!m_operationNotice.isEmpty())
        problems.append(m_operationNotice);
    if (!snapshot.environmentsError.isEmpty())
        problems.append(snapshot.environmentsError);
    int unreadable = 0;
    int withProblems = 0;
    for (const CollectionFile &file : snapshot.files) {
        if (!file.error.isEmpty())
            ++unreadable;
        else if (!file.file.problems().isEmpty())
            ++withProblems;
    }
    if (unreadable)
        problems.append(tr("%n file(s) could not be read; hover them for why.", "", unreadable));
    if (withProblems)
        problems.append(tr("%n file(s) have lines that were not understood; hover them for where.",
                           "", withProblems));
    if (problems.isEmpty() && snapshot.files.isEmpty())
        showNotice(tr("No .http files here yet: add one with New file in the context menu."),
                   false);
    else
        showNotice(problems.join(u'\n'), !problems.isEmpty());
}

void CollectionsPanel::activate(const QModelIndex &proxyIndex)
{
    if (proxyIndex.data(CollectionModel::KindRole).value<Kind>() != Kind::Request)
        return;
    const QString path = proxyIndex.data(CollectionModel::PathRole).toString();
    const int index = proxyIndex.data(CollectionModel::RequestIndexRole).toInt();
    const CollectionSnapshot &snapshot = m_folder->snapshot();
    const int file = snapshot.fileIndex(path);
    if (file < 0 || index >= snapshot.files.at(file).file.requests().size())
        return;
    emit requestActivated(path, index, snapshot.files.at(file).file.requests().at(index).request);
}

void CollectionsPanel::restoreExpanded()
{
    for (const QString &path : std::as_const(m_expanded)) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(path));
        if (index.isValid())
            m_tree->expand(index);
    }
    if (!m_search->text().trimmed().isEmpty())
        m_tree->expandAll();
    updateActions();
}

void CollectionsPanel::runCurrent()
{
    const QString path = currentPath().isEmpty() ? m_folder->root() : currentPath();
    if (path.isEmpty())
        return;
    const int index = currentRequestIndex();
    QString filter;
    if (index >= 0) {
        // One request: its file, filtered to its title (a name shared in the file runs both).
        QStringList errors;
        const QList<RunItem> items = collectRunItems({path}, {}, &errors);
        if (index < items.size())
            filter = items.at(index).title();
    }
    emit runRequested({path}, filter);
}

QString CollectionsPanel::currentPath() const
{
    return m_tree->currentIndex().data(CollectionModel::PathRole).toString();
}

int CollectionsPanel::currentRequestIndex() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(CollectionModel::RequestIndexRole).toInt() : -1;
}

void CollectionsPanel::select(const QString &path, int requestIndex)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(path, requestIndex));
    if (!index.isValid())
        return;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QString CollectionsPanel::targetFolder() const
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return m_folder->root();
    const QString path = current.data(CollectionModel::PathRole).toString();
    return current.data(CollectionModel::KindRole).value<Kind>() == Kind::Folder
        ? path
        : QFileInfo(path).absolutePath();
}

QString CollectionsPanel::askName(const QString &title, const QString &label, const QString &text)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, text, &ok);
    return ok ? name : QString();
}

void CollectionsPanel::report(const QString &path, int requestIndex, const QString &error)
{
    m_operationNotice = path.isEmpty() ? error : QString();
    showCollectionProblems();
    if (!path.isEmpty())
        select(path, requestIndex);
    m_tree->setFocus();
}

void CollectionsPanel::newFolder()
{
    const QString name = askName(tr("New folder"), tr("Folder name:"));
    if (name.isEmpty())
        return;
    QString error;
    report(m_folder->createFolder(targetFolder(), name, &error), -1, error);
}

void CollectionsPanel::newFile()
{
    const QString name = askName(tr("New file"), tr("File name (.http is added):"));
    if (name.isEmpty())
        return;
    QString error;
    report(m_folder->createFile(targetFolder(), name, &error), -1, error);
}

void CollectionsPanel::newRequest()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.data(CollectionModel::KindRole).value<Kind>() == Kind::Folder || !current.isValid())
        return;
    const QString file = current.data(CollectionModel::PathRole).toString();
    HttpRequestText request;
    request.name = tr("New request");
    request.url = QStringLiteral("/v1/me");
    QString error;
    const int index = m_folder->appendRequest(file, request, &error);
    report(index < 0 ? QString() : file, index, error);
}

void CollectionsPanel::renameCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        m_tree->edit(current);
}

void CollectionsPanel::duplicateCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    const QString path = currentPath();
    QString error;
    switch (current.data(CollectionModel::KindRole).value<Kind>()) {
    case Kind::Request: {
        const int index = m_folder->duplicateRequest(path, currentRequestIndex(), &error);
        report(index < 0 ? QString() : path, index, error);
        break;
    }
    case Kind::File:
        report(m_folder->duplicateFile(path, &error), -1, error);
        break;
    case Kind::Folder:
        report({}, -1, tr("Folders are not duplicated; duplicate its files instead."));
        break;
    }
}

void CollectionsPanel::moveCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const bool request = current.data(CollectionModel::KindRole).value<Kind>() == Kind::Request;
    const QString path = currentPath();
    const QString root = m_folder->root();
    const CollectionSnapshot &snapshot = m_folder->snapshot();
    QStringList targets;
    if (request) {
        for (const CollectionFile &file : snapshot.files) {
            if (file.path != path && file.error.isEmpty())
                targets.append(file.path);
        }
    } else {
        targets.append(root);
        for (const QString &folder : snapshot.folders) {
            if (folder != path && !folder.startsWith(path + u'/')
                && folder != QFileInfo(path).absolutePath())
                targets.append(folder);
        }
        if (QFileInfo(path).absolutePath() == root)
            targets.removeFirst();
    }
    QStringList shown;
    for (const QString &target : std::as_const(targets))
        shown.append(target == root ? tr("(top folder)") : QDir(root).relativeFilePath(target));
    if (targets.isEmpty()) {
        report({}, -1,
               request ? tr("There is no other file to move the request to.")
                       : tr("There is no other folder to move it to."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Move to"), request ? tr("Move the request to the file:") : tr("Move into:"),
        shown, 0, false, &ok);
    if (!ok)
        return;
    const QString target = targets.value(shown.indexOf(chosen));
    QString error;
    if (request) {
        const int index = m_folder->moveRequest(path, currentRequestIndex(), target, &error);
        report(index < 0 ? QString() : target, index, error);
    } else {
        report(m_folder->move(path, target, &error), -1, error);
    }
}

void CollectionsPanel::deleteCurrent()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid())
        return;
    const QString path = currentPath();
    const QString name = current.data().toString();
    const Kind kind = current.data(CollectionModel::KindRole).value<Kind>();
    const QString question = kind == Kind::Request
        ? tr("Delete the request “%1” from %2?").arg(name, QFileInfo(path).fileName())
        : kind == Kind::File ? tr("Delete the file %1 and every request in it?").arg(name)
                             : tr("Delete the folder %1 and everything in it?").arg(name);
    if (QMessageBox::question(this, tr("Delete"), question + u'\n' + tr("This cannot be undone."),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    QString error;
    const bool removed = kind == Kind::Request
        ? m_folder->removeRequest(path, currentRequestIndex(), &error)
        : m_folder->remove(path, &error);
    report(removed ? QFileInfo(path).absolutePath() : QString(), -1, error);
    if (removed && kind == Kind::Request)
        select(path);
}

void CollectionsPanel::editVariables()
{
    if (m_folder->root().isEmpty())
        return;
    auto *dialog = new CollectionVariablesDialog(m_folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
