// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "collections/collectionvariables.h"
#include "collections/httpfile.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QThread;
class QTimer;

// One .http file of a collection as it was read.
struct CollectionFile
{
    QString path; // absolute
    HttpFile file;
    QString error; // why it could not be read; empty when it was
};

// A collection folder read at one moment: its subfolders, its .http files and its environments.
// Built off the GUI thread; a value, so the GUI only ever sees a finished one.
struct CollectionSnapshot
{
    QString root; // absolute, empty when no folder is open
    QStringList folders; // absolute paths of the subfolders, sorted, without root
    QList<CollectionFile> files; // sorted by path
    CollectionEnvironments environments;
    QString environmentsError; // a broken http-client.env.json, naming the file and problem

    // Reads the folder and everything below it. Hidden folders (.git) are skipped.
    static CollectionSnapshot load(const QString &root);
    // The index into files of that path, or -1.
    int fileIndex(const QString &path) const;
};

// The open collection folder: its latest snapshot, the file operations on it, and a watch that
// reloads what changes on disk outside the explorer (a text editor, git pull).
//
// Every operation writes atomically (QSaveFile or a rename), keeps a file's other bytes, updates
// the snapshot at once, and on failure returns false with the reason in words in *error and
// leaves the disk as it was. Paths are absolute.
class CollectionFolder : public QObject
{
    Q_OBJECT
public:
    explicit CollectionFolder(QObject *parent = nullptr);
    ~CollectionFolder() override;

    // Starts reading root off the GUI thread; loaded() reports when the snapshot is in.
    void open(const QString &root);
    void close();
    bool isLoading() const { return m_loading; }
    const CollectionSnapshot &snapshot() const { return m_snapshot; }
    QString root() const { return m_snapshot.root; }

    // How long the watch waits for changes on disk to settle before it reloads.
    void setReloadDelay(int milliseconds);

    // Each returns the new item's path (or true) on success.
    QString createFolder(const QString &parentFolder, const QString &name, QString *error);
    QString createFile(const QString &parentFolder, const QString &name, QString *error);
    // The request's index in the file, or -1.
    int appendRequest(const QString &file, const HttpRequestText &request, QString *error);
    bool replaceRequest(const QString &file, int index, const HttpRequestText &request,
                        QString *error);
    bool renameRequest(const QString &file, int index, const QString &name, QString *error);
    // Files and folders; a file keeps its .http suffix when the new name has none.
    QString rename(const QString &path, const QString &name, QString *error);
    int duplicateRequest(const QString &file, int index, QString *error);
    QString duplicateFile(const QString &file, QString *error);
    // Appends to the target, then removes from the source; the request's index in the target.
    int moveRequest(const QString &file, int index, const QString &toFile, QString *error);
    // A file or a folder into another folder of the collection.
    QString move(const QString &path, const QString &toFolder, QString *error);
    bool removeRequest(const QString &file, int index, QString *error);
    // A file, or a folder with everything in it. The UI asks first.
    bool remove(const QString &path, QString *error);
    bool saveEnvironments(const CollectionEnvironments &environments, QString *error);

signals:
    void snapshotChanged(); // after a folder is read, after every operation and every reload
    void loaded(); // a newly opened folder is read (after its snapshotChanged)
    // Files whose bytes changed on disk, were added or removed outside the explorer.
    void filesChanged(const QStringList &paths);
    void environmentsChanged();
    // The watch on disk is in place for the latest snapshot: from here on an outside change is
    // reported (one made between the read and this is seen at the next reload).
    void watching();

private:
    void startLoad(bool opening);
    void applyLoaded(CollectionSnapshot snapshot, bool opening);
    void watch();
    void scheduleReload();
    bool writeFile(const QString &path, const HttpFile &file, QString *error);
    // The file's current contents from the snapshot, or false with an error.
    bool fileAt(const QString &path, HttpFile *file, QString *error) const;
    bool checkRequest(const QString &file, int index, const HttpFile &parsed, QString *error) const;
    bool insideCollection(const QString &path) const;
    // The snapshot follows an operation without reading the folder again.
    void setFile(const QString &path, const HttpFile &file);
    void renamePaths(const QString &from, const QString &to);
    void dropPaths(const QString &path);
    void changed(); // after an operation

    CollectionSnapshot m_snapshot;
    QTimer *const m_reloadTimer;
    QThread *const m_watchThread;
    QObject *const m_watchContext; // lives in m_watchThread, with the QFileSystemWatcher
    int m_generation = 0;
    bool m_loading = false;
};
