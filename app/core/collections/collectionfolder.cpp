// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionfolder.h"

#include "collections/httpfilestore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

const QString HttpSuffix = QStringLiteral(".http");

bool isUnder(const QString &path, const QString &folder)
{
    return path.startsWith(folder + u'/');
}

QString checkedName(const QString &name, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = QObject::tr("A name cannot be empty.");
        return {};
    }
    if (trimmed.contains(u'/') || trimmed.contains(u'\\')) {
        *error = QObject::tr("A name cannot contain / or \\.");
        return {};
    }
    if (trimmed.startsWith(u'.')) {
        *error = QObject::tr("A name cannot start with a dot.");
        return {};
    }
    return trimmed;
}

QString withHttpSuffix(const QString &name)
{
    return name.endsWith(HttpSuffix, Qt::CaseInsensitive) ? name : name + HttpSuffix;
}

// "list copy.http", then "list copy 2.http", … : the first that does not exist.
QString freeCopyPath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.isDir() ? QString() : u'.' + info.suffix();
    const QString stem = info.isDir() ? info.fileName() : info.completeBaseName();
    for (int n = 1;; ++n) {
        const QString copy =
            n == 1 ? QObject::tr("%1 copy").arg(stem) : QObject::tr("%1 copy %2").arg(stem).arg(n);
        const QString candidate = info.absolutePath() + u'/' + copy + suffix;
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

bool pathLess(const CollectionFile &a, const CollectionFile &b)
{
    return a.path < b.path;
}

} // namespace

CollectionSnapshot CollectionSnapshot::load(const QString &root)
{
    CollectionSnapshot snapshot;
    snapshot.root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    QDirIterator folders(snapshot.root, QDir::Dirs | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
    QStringList roots{snapshot.root};
    // QDir::Hidden is not set, so hidden folders (.git, .idea) and everything below are skipped.
    while (folders.hasNext())
        snapshot.folders.append(folders.next());
    std::sort(snapshot.folders.begin(), snapshot.folders.end());
    roots += snapshot.folders;
    for (const QString &folder : std::as_const(roots)) {
        const QFileInfoList entries =
            QDir(folder).entryInfoList({QStringLiteral("*.http")}, QDir::Files, QDir::Name);
        for (const QFileInfo &entry : entries) {
            CollectionFile file;
            file.path = entry.absoluteFilePath();
            QFile in(file.path);
            if (in.open(QIODevice::ReadOnly))
                file.file = HttpFile::parse(in.readAll());
            else
                file.error = QObject::tr("%1 could not be read: %2")
                                 .arg(QDir::toNativeSeparators(file.path), in.errorString());
            snapshot.files.append(file);
        }
    }
    std::sort(snapshot.files.begin(), snapshot.files.end(), pathLess);
    CollectionEnvironments::load(snapshot.root, &snapshot.environments,
                                 &snapshot.environmentsError);
    return snapshot;
}

int CollectionSnapshot::fileIndex(const QString &path) const
{
    for (int i = 0; i < files.size(); ++i) {
        if (files.at(i).path == path)
            return i;
    }
    return -1;
}

CollectionFolder::CollectionFolder(QObject *parent)
    : QObject(parent)
    , m_reloadTimer(new QTimer(this))
    , m_watchThread(new QThread(this))
    , m_watchContext(new QObject)
{
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200); // an editor's save or a git pull writes several files
    connect(m_reloadTimer, &QTimer::timeout, this, [this] { startLoad(false); });
    // Watching thousands of paths takes tens of milliseconds (a stat and an inotify watch
    // each): that happens on a thread of the folder's own, and only the news comes back.
    m_watchContext->moveToThread(m_watchThread);
    connect(m_watchThread, &QThread::finished, m_watchContext, &QObject::deleteLater);
    m_watchThread->setObjectName(QStringLiteral("collection watch"));
    m_watchThread->start();
}

CollectionFolder::~CollectionFolder()
{
    m_watchThread->quit();
    m_watchThread->wait();
}

void CollectionFolder::setReloadDelay(int milliseconds)
{
    m_reloadTimer->setInterval(milliseconds);
}

void CollectionFolder::open(const QString &root)
{
    close();
    m_snapshot.root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    startLoad(true);
}

void CollectionFolder::close()
{
    ++m_generation; // a load still running is dropped when it finishes
    m_loading = false;
    m_reloadTimer->stop();
    m_snapshot = {};
    watch();
}

void CollectionFolder::startLoad(bool opening)
{
    const int generation = ++m_generation;
    const QString root = m_snapshot.root;
    m_loading = true;
    auto *watcher = new QFutureWatcher<CollectionSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, opening] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // closed, reopened, or a newer reload is on its way
        m_loading = false;
        applyLoaded(watcher->result(), opening);
    });
    watcher->setFuture(QtConcurrent::run([root] { return CollectionSnapshot::load(root); }));
}

void CollectionFolder::applyLoaded(CollectionSnapshot snapshot, bool opening)
{
    QStringList changed;
    if (!opening) {
        QHash<QString, const CollectionFile *> before;
        before.reserve(m_snapshot.files.size());
        for (const CollectionFile &file : std::as_const(m_snapshot.files))
            before.insert(file.path, &file);
        for (const CollectionFile &file : std::as_const(snapshot.files)) {
            const CollectionFile *old = before.take(file.path);
            if (!old || old->file.bytes() != file.file.bytes() || old->error != file.error)
                changed.append(file.path);
        }
        changed += before.keys(); // removed
    }
    const bool treeChanged = opening || !changed.isEmpty() || snapshot.folders != m_snapshot.folders
        || snapshot.environmentsError != m_snapshot.environmentsError;
    const bool environmentsChanged = !opening
        && (snapshot.environmentsError != m_snapshot.environmentsError
            || snapshot.environments.names() != m_snapshot.environments.names() || [&] {
                   for (const QString &name : snapshot.environments.names()) {
                       if (snapshot.environments.variables(name)
                           != m_snapshot.environments.variables(name))
                           return true;
                   }
                   return false;
               }());
    m_snapshot = std::move(snapshot);
    watch();
    if (treeChanged)
        emit snapshotChanged();
    if (opening)
        emit loaded(); // after the model has followed snapshotChanged
    if (!changed.isEmpty())
        emit filesChanged(changed);
    if (environmentsChanged)
        emit this->environmentsChanged();
}

void CollectionFolder::watch()
{
    QStringList paths;
    if (!m_snapshot.root.isEmpty()) {
        paths.append(m_snapshot.root);
        paths += m_snapshot.folders;
        for (const CollectionFile &file : std::as_const(m_snapshot.files))
            paths.append(file.path);
        const QString environments =
            m_snapshot.root + u'/' + QLatin1String(CollectionEnvironments::FileName);
        if (QFileInfo::exists(environments))
            paths.append(environments);
    }
    // A file replaced by a rename (QSaveFile, most editors, git) loses its watch, so every reload
    // watches the paths afresh, with a new watcher: the old one's news is stale.
    QObject *context = m_watchContext;
    QMetaObject::invokeMethod(m_watchContext, [this, context, paths] {
        qDeleteAll(context->findChildren<QFileSystemWatcher *>());
        if (paths.isEmpty())
            return;
        auto *watcher = new QFileSystemWatcher(context);
        watcher->addPaths(paths);
        // Queued to the folder's thread; dropped if the folder is gone by then.
        connect(watcher, &QFileSystemWatcher::fileChanged, this, &CollectionFolder::scheduleReload);
        connect(watcher, &QFileSystemWatcher::directoryChanged, this,
                &CollectionFolder::scheduleReload);
        QMetaObject::invokeMethod(this, &CollectionFolder::watching, Qt::QueuedConnection);
    });
}

void CollectionFolder::scheduleReload()
{
    if (!m_snapshot.root.isEmpty())
        m_reloadTimer->start();
}

bool CollectionFolder::insideCollection(const QString &path) const
{
    return !m_snapshot.root.isEmpty()
        && (path == m_snapshot.root || isUnder(QDir::cleanPath(path), m_snapshot.root));
}

bool CollectionFolder::fileAt(const QString &path, HttpFile *file, QString *error) const
{
    const int index = m_snapshot.fileIndex(path);
    if (index < 0) {
        *error = tr("%1 is not a file of this collection.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!m_snapshot.files.at(index).error.isEmpty()) {
        *error = m_snapshot.files.at(index).error;
        return false;
    }
    *file = m_snapshot.files.at(index).file;
    return true;
}

bool CollectionFolder::checkRequest(const QString &file, int index, const HttpFile &parsed,
                                    QString *error) const
{
    if (index >= 0 && index < parsed.requests().size())
        return true;
    *error = tr("%1 has no request %2 any more; it changed on disk.")
                 .arg(QFileInfo(file).fileName())
                 .arg(index + 1);
    return false;
}

bool CollectionFolder::writeFile(const QString &path, const HttpFile &file, QString *error)
{
    if (!writeHttpFile(path, file, error))
        return false;
    setFile(path, file);
    return true;
}

void CollectionFolder::setFile(const QString &path, const HttpFile &file)
{
    const int index = m_snapshot.fileIndex(path);
    if (index >= 0) {
        m_snapshot.files[index].file = file;
        m_snapshot.files[index].error.clear();
    } else {
        m_snapshot.files.append({path, file, {}});
        std::sort(m_snapshot.files.begin(), m_snapshot.files.end(), pathLess);
    }
    watch();
    changed();
}

void CollectionFolder::changed()
{
    if (m_loading) {
        // A reload that started before this operation would bring back what it replaced.
        ++m_generation;
        m_loading = false;
        m_reloadTimer->start();
    }
    emit snapshotChanged();
}

void CollectionFolder::renamePaths(const QString &from, const QString &to)
{
    const auto renamed = [&from, &to](QString &path) {
        if (path == from || isUnder(path, from))
            path = to + path.mid(from.size());
    };
    for (QString &folder : m_snapshot.folders)
        renamed(folder);
    for (CollectionFile &file : m_snapshot.files)
        renamed(file.path);
    std::sort(m_snapshot.folders.begin(), m_snapshot.folders.end());
    std::sort(m_snapshot.files.begin(), m_snapshot.files.end(), pathLess);
    watch();
    changed();
}

void CollectionFolder::dropPaths(const QString &path)
{
    const auto gone = [&path](const QString &p) { return p == path || isUnder(p, path); };
    m_snapshot.folders.erase(
        std::remove_if(m_snapshot.folders.begin(), m_snapshot.folders.end(), gone),
        m_snapshot.folders.end());
    m_snapshot.files.erase(
        std::remove_if(m_snapshot.files.begin(), m_snapshot.files.end(),
                       [&gone](const CollectionFile &f) { return gone(f.path); }),
        m_snapshot.files.end());
    watch();
    changed();
}

QString CollectionFolder::createFolder(const QString &parentFolder, const QString &name,
                                       QString *error)
{
    const QString checked = checkedName(name, error);
    if (checked.isEmpty())
        return {};
    if (!insideCollection(parentFolder)) {
        *error = tr("%1 is not in this collection.").arg(QDir::toNativeSeparators(parentFolder));
        return {};
    }
    const QString path = QDir::cleanPath(parentFolder + u'/' + checked);
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists.").arg(checked);
        return {};
    }
    if (!QDir().mkdir(path)) {
        *error = tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    m_snapshot.folders.append(path);
    std::sort(m_snapshot.folders.begin(), m_snapshot.folders.end());
    watch();
    changed();
    return path;
}

QString CollectionFolder::createFile(const QString &parentFolder, const QString &name,
                                     QString *error)
{
    const QString checked = checkedName(name, error);
    if (checked.isEmpty())
        return {};
    if (!insideCollection(parentFolder)) {
        *error = tr("%1 is not in this collection.").arg(QDir::toNativeSeparators(parentFolder));
        return {};
    }
    const QString path = QDir::cleanPath(parentFolder + u'/' + withHttpSuffix(checked));
    if (QFileInfo::exists(path)) {
        *error = tr("%1 already exists.").arg(QFileInfo(path).fileName());
        return {};
    }
    const HttpFile empty = HttpFile::parse({});
    return writeFile(path, empty, error) ? path : QString();
}

int CollectionFolder::appendRequest(const QString &file, const HttpRequestText &request,
                                    QString *error)
{
    const QString keyProblem = literalKeyProblem(request);
    if (!keyProblem.isEmpty()) {
        *error = keyProblem;
        return -1;
    }
    HttpFile parsed;
    if (!fileAt(file, &parsed, error))
        return -1;
    parsed.appendRequest(request);
    return writeFile(file, parsed, error) ? int(parsed.requests().size()) - 1 : -1;
}

bool CollectionFolder::replaceRequest(const QString &file, int index,
                                      const HttpRequestText &request, QString *error)
{
    const QString keyProblem = literalKeyProblem(request);
    if (!keyProblem.isEmpty()) {
        *error = keyProblem;
        return false;
    }
    HttpFile parsed;
    if (!fileAt(file, &parsed, error) || !checkRequest(file, index, parsed, error))
        return false;
    parsed.replaceRequest(index, request);
    return writeFile(file, parsed, error);
}

bool CollectionFolder::renameRequest(const QString &file, int index, const QString &name,
                                     QString *error)
{
    HttpFile parsed;
    if (!fileAt(file, &parsed, error) || !checkRequest(file, index, parsed, error))
        return false;
    const QString trimmed = name.trimmed();
    if (trimmed.contains(u'\n')) {
        *error = tr("A request's name is one line.");
        return false;
    }
    HttpRequestText request = parsed.requests().at(index).request;
    request.name = trimmed;
    parsed.replaceRequest(index, request);
    return writeFile(file, parsed, error);
}

QString CollectionFolder::rename(const QString &path, const QString &name, QString *error)
{
    QString checked = checkedName(name, error);
    if (checked.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!insideCollection(path) || path == m_snapshot.root || !info.exists()) {
        *error = tr("%1 is not in this collection.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (info.isFile())
        checked = withHttpSuffix(checked);
    return renameTo(path, info.absolutePath() + u'/' + checked,
                    tr("%1 already exists.").arg(checked),
                    tr("%1 could not be renamed to %2.").arg(info.fileName(), checked), error);
}

QString CollectionFolder::renameTo(const QString &path, const QString &target,
                                   const QString &exists, const QString &failed, QString *error)
{
    if (target == path)
        return path;
    if (QFileInfo::exists(target)) {
        *error = exists;
        return {};
    }
    if (!QFile::rename(path, target)) {
        *error = failed;
        return {};
    }
    renamePaths(path, target);
    return target;
}

int CollectionFolder::duplicateRequest(const QString &file, int index, QString *error)
{
    HttpFile parsed;
    if (!fileAt(file, &parsed, error) || !checkRequest(file, index, parsed, error))
        return -1;
    HttpRequestText copy = parsed.requests().at(index).request;
    if (!copy.name.isEmpty())
        copy.name = tr("%1 copy").arg(copy.name);
    return appendRequest(file, copy, error);
}

QString CollectionFolder::duplicateFile(const QString &file, QString *error)
{
    HttpFile parsed;
    if (!fileAt(file, &parsed, error))
        return {};
    const QString copy = freeCopyPath(file);
    return writeFile(copy, parsed, error) ? copy : QString();
}

int CollectionFolder::moveRequest(const QString &file, int index, const QString &toFile,
                                  QString *error)
{
    HttpFile source;
    if (!fileAt(file, &source, error) || !checkRequest(file, index, source, error))
        return -1;
    if (file == toFile) {
        *error = tr("The request is in %1 already.").arg(QFileInfo(toFile).fileName());
        return -1;
    }
    // The copy is written first: if removing it from its file then fails, the request is in both
    // files rather than in none.
    const int moved = appendRequest(toFile, source.requests().at(index).request, error);
    if (moved < 0)
        return -1;
    source.removeRequest(index);
    if (!writeFile(file, source, error)) {
        *error = tr("The request was copied to %1 but is still in %2: %3")
                     .arg(QFileInfo(toFile).fileName(), QFileInfo(file).fileName(), *error);
        return -1;
    }
    return moved;
}

QString CollectionFolder::move(const QString &path, const QString &toFolder, QString *error)
{
    const QFileInfo info(path);
    if (!insideCollection(path) || path == m_snapshot.root || !info.exists()
        || !insideCollection(toFolder) || !QFileInfo(toFolder).isDir()) {
        *error = tr("Only a file or folder of this collection moves, into one of its folders.");
        return {};
    }
    if (toFolder == path || isUnder(toFolder, path)) {
        *error = tr("A folder cannot move into itself.");
        return {};
    }
    return renameTo(path, QDir::cleanPath(toFolder + u'/' + info.fileName()),
                    tr("%1 already exists there.").arg(info.fileName()),
                    tr("%1 could not be moved.").arg(info.fileName()), error);
}

bool CollectionFolder::removeRequest(const QString &file, int index, QString *error)
{
    HttpFile parsed;
    if (!fileAt(file, &parsed, error) || !checkRequest(file, index, parsed, error))
        return false;
    parsed.removeRequest(index);
    return writeFile(file, parsed, error);
}

bool CollectionFolder::remove(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!insideCollection(path) || path == m_snapshot.root || !info.exists()) {
        *error = tr("%1 is not in this collection.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const bool removed = info.isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
    if (!removed) {
        *error = tr("%1 could not be deleted.").arg(QDir::toNativeSeparators(path));
        // A folder may be half gone: show what is left.
        startLoad(false);
        return false;
    }
    dropPaths(path);
    return true;
}

bool CollectionFolder::saveEnvironments(const CollectionEnvironments &environments, QString *error)
{
    if (m_snapshot.root.isEmpty()) {
        *error = tr("No collection is open.");
        return false;
    }
    if (!environments.save(m_snapshot.root, error))
        return false;
    // Read back, so that the private file's values still apply over what was saved.
    CollectionEnvironments::load(m_snapshot.root, &m_snapshot.environments,
                                 &m_snapshot.environmentsError);
    watch();
    emit environmentsChanged();
    changed();
    return true;
}
