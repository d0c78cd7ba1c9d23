// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "historyentry.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

template <typename T> class QFutureWatcher;

// The request history: redacted entries, kept in one owner-only JSON file written atomically
// (QSaveFile: a process killed mid-write leaves the previous file whole) off the GUI thread a
// moment after the last change, bounded by count and bytes (oldest dropped). A file that cannot
// be read is moved aside with a notice; the store then starts empty.
//
// Request and response bodies may hold patient data: they are stored only while keepBodies() is
// on (off by default). Bodies already in the file stay, whatever the switch, until the user
// clears them (clearStoredBodies() or clear()): never dropped silently.
class HistoryStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxEntries = 500;
    static constexpr qint64 DefaultMaxBytes = 5 * 1024 * 1024;
    static constexpr qint64 DefaultMaxBodyBytes = 256 * 1024;
    static constexpr int DefaultSaveDelayMs = 1000;
    static constexpr int FormatVersion = 1;

    explicit HistoryStore(const QString &filePath, QObject *parent = nullptr);
    ~HistoryStore() override; // writes what is still pending, synchronously

    QString filePath() const { return m_filePath; }

    // Replaces what is in memory with the file's entries, bodies included. Connect notice()
    // first.
    void load();

    void add(const Exchange &exchange, const HistoryContext &context);
    void addEntry(HistoryEntry entry);
    void clear(); // writes the empty history at once: the user asked for the data to go
    // Drops every stored request and response body, keeps the entries, and writes at once.
    void clearStoredBodies();
    // How many entries hold a body, e.g. from before the switch was turned off.
    int storedBodyCount() const;

    const QList<HistoryEntry> &entries() const { return m_entries; } // oldest first
    QList<HistoryEntry> search(const QString &text) const; // newest first
    bool find(const QString &id, HistoryEntry *entry) const;

    // Limits apply at once: entries over them are dropped, oldest first.
    void setLimits(int maxEntries, qint64 maxBytes);
    int maxEntries() const { return m_maxEntries; }
    qint64 maxBytes() const { return m_maxBytes; }
    // The serialised size of the entries, which the file does not exceed by more than its
    // small envelope.
    qint64 totalBytes() const { return m_totalBytes; }

    // Whether new entries keep their request and response bodies. Off by default; turning it off
    // keeps the bodies already stored (see clearStoredBodies()).
    void setKeepBodies(bool keep);
    bool keepBodies() const { return m_keepBodies; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    void setSaveDelay(int ms) { m_saveTimer.setInterval(ms); }
    bool hasUnsavedChanges() const { return m_dirty || m_saveWatcher != nullptr; }
    // Writes now, on this thread, after any save in flight; false (and a notice) on failure.
    bool saveNow();

signals:
    void entryAdded(const HistoryEntry &entry);
    void oldestDropped(int count);
    void reset(); // after load(), clear() and clearStoredBodies(): read entries() again
    void keepBodiesChanged(bool keep);
    void saved();
    // Something the user should know, in a sentence for the status bar.
    void notice(const QString &text);

private:
    void scheduleSave();
    void startBackgroundSave();
    void onBackgroundSaveFinished();
    void waitForBackgroundSave();
    void enforceLimits(bool announce);
    void recountBytes();
    qint64 entryBudget() const;
    void setAside(const QString &suffix, const QString &why);

    const QString m_filePath;
    QList<HistoryEntry> m_entries;
    QList<qint64> m_entryBytes;
    qint64 m_totalBytes = 0;
    int m_maxEntries = DefaultMaxEntries;
    qint64 m_maxBytes = DefaultMaxBytes;
    qint64 m_maxBodyBytes = DefaultMaxBodyBytes;
    bool m_keepBodies = false;
    bool m_dirty = false;
    bool m_savingDisabled = false; // the file could be neither read nor moved aside
    QTimer m_saveTimer;
    QFutureWatcher<QString> *m_saveWatcher = nullptr; // the save in flight, a child
};
