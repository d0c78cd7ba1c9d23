// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "historystore.h"

#include "storage/privatestorage.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

const QString FormatName = QStringLiteral("hero-api-explorer-history");
// Room left in the byte budget for the file's envelope around the entries.
constexpr qint64 EnvelopeBytes = 128;
// A file far above any limit is not read into memory on the GUI thread.
constexpr qint64 MinReadableBytes = 64LL * 1024 * 1024;

qint64 serialisedSize(const HistoryEntry &entry)
{
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact).size() + 1; // + comma
}

QByteArray serialise(const QList<HistoryEntry> &entries)
{
    QJsonArray array;
    for (const HistoryEntry &entry : entries)
        array.append(entry.toJson());
    const QJsonObject root{{QStringLiteral("format"), FormatName},
                           {QStringLiteral("version"), HistoryStore::FormatVersion},
                           {QStringLiteral("entries"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

// Runs on a worker thread: it touches only its arguments. Returns an error text, or nothing.
QString writeFile(const QString &path, const QList<HistoryEntry> &entries)
{
    const QByteArray bytes = serialise(entries);
    QString error;
    if (!makePrivateFolder(QFileInfo(path).absolutePath(), QString(), &error))
        return error;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    // Bodies (when kept), paths and practice groups are the user's data: owner only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return QString();
}

} // namespace

HistoryStore::HistoryStore(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(DefaultSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &HistoryStore::startBackgroundSave);
}

HistoryStore::~HistoryStore()
{
    m_saveTimer.stop();
    waitForBackgroundSave();
    if (m_dirty && !m_savingDisabled)
        writeFile(m_filePath, m_entries);
}

void HistoryStore::load()
{
    m_saveTimer.stop();
    waitForBackgroundSave();
    m_entries.clear();
    m_entryBytes.clear();
    m_totalBytes = 0;
    m_dirty = false;
    m_savingDisabled = false;

    const auto finish = [this] {
        enforceLimits(false);
        emit reset();
    };
    QFile file(m_filePath);
    if (!file.exists())
        return finish();
    makePrivateFile(m_filePath); // a file from before files were made owner-only
    if (file.size() > std::max(MinReadableBytes, 4 * m_maxBytes)) {
        setAside(QStringLiteral("corrupt"), tr("it is far larger than the history limit"));
        return finish();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setAside(QStringLiteral("corrupt"),
                 tr("it could not be read (%1)").arg(file.errorString()));
        return finish();
    }
    const QByteArray bytes = file.readAll();
    file.close();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setAside(QStringLiteral("corrupt"),
                 tr("it is not valid JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
        return finish();
    }
    const QJsonObject root = document.object();
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != FormatName
        || !root.value(QStringLiteral("entries")).isArray() || version < 1) {
        setAside(QStringLiteral("corrupt"), tr("it is not a history file"));
        return finish();
    }
    if (version > FormatVersion) {
        // Keep the newer version's file intact; read what this version understands.
        const QString copy = m_filePath + u".v" + QString::number(version) + u'-'
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
        if (QFile::copy(m_filePath, copy))
            emit notice(tr("The history was written by a newer version of Hero API Explorer. "
                           "It was copied to %1; the entries this version understands were loaded.")
                            .arg(QDir::toNativeSeparators(copy)));
        else {
            m_savingDisabled = true;
            emit notice(tr("The history was written by a newer version of Hero API Explorer "
                           "and could not be copied aside; it will not be changed this session."));
        }
    }

    const QJsonArray array = root.value(QStringLiteral("entries")).toArray();
    int skipped = 0;
    for (const QJsonValue &value : array) {
        HistoryEntry entry;
        if (!HistoryEntry::fromJson(value.toObject(), &entry)) {
            ++skipped;
            continue;
        }
        m_entries.append(entry); // with its bodies, whatever the switch: the user clears them
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.time < b.time; });
    recountBytes();
    if (skipped > 0)
        emit notice(
            tr("%n history entries could not be read and were left out.", nullptr, skipped));
    if (skipped > 0)
        scheduleSave();
    finish();
}

void HistoryStore::add(const Exchange &exchange, const HistoryContext &context)
{
    addEntry(HistoryEntry::fromExchange(exchange, context, m_keepBodies, m_maxBodyBytes));
}

void HistoryStore::addEntry(HistoryEntry entry)
{
    if (!m_keepBodies)
        entry.dropBodies();
    qint64 size = serialisedSize(entry);
    if (size > entryBudget()) {
        // Keep the record of the call, without the bodies that made it too large.
        entry.dropBodies();
        entry.requestBodyTruncated = entry.requestBodySize > 0;
        size = serialisedSize(entry);
        if (size > entryBudget())
            return;
    }
    m_entries.append(entry);
    m_entryBytes.append(size);
    m_totalBytes += size;
    emit entryAdded(entry);
    enforceLimits(true);
    scheduleSave();
}

void HistoryStore::clear()
{
    m_entries.clear();
    m_entryBytes.clear();
    m_totalBytes = 0;
    emit reset();
    m_dirty = true;
    saveNow();
}

void HistoryStore::clearStoredBodies()
{
    for (HistoryEntry &entry : m_entries)
        entry.dropBodies();
    recountBytes();
    emit reset();
    m_dirty = true;
    saveNow();
}

int HistoryStore::storedBodyCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const HistoryEntry &entry) { return entry.holdsBodies(); }));
}

QList<HistoryEntry> HistoryStore::search(const QString &text) const
{
    QList<HistoryEntry> found;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (it->matches(text))
            found.append(*it);
    }
    return found;
}

bool HistoryStore::find(const QString &id, HistoryEntry *entry) const
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(),
                     [&id](const HistoryEntry &candidate) { return candidate.id == id; });
    if (it == m_entries.cend())
        return false;
    *entry = *it;
    return true;
}

void HistoryStore::setLimits(int maxEntries, qint64 maxBytes)
{
    m_maxEntries = std::max(1, maxEntries);
    m_maxBytes = std::max(EnvelopeBytes + 1, maxBytes);
    const qsizetype before = m_entries.size();
    enforceLimits(true);
    if (m_entries.size() != before)
        scheduleSave();
}

void HistoryStore::setKeepBodies(bool keep)
{
    if (keep == m_keepBodies)
        return;
    m_keepBodies = keep;
    emit keepBodiesChanged(keep);
}

bool HistoryStore::saveNow()
{
    m_saveTimer.stop();
    waitForBackgroundSave();
    if (m_savingDisabled)
        return false;
    m_dirty = false;
    const QString error = writeFile(m_filePath, m_entries);
    if (!error.isEmpty()) {
        m_dirty = true;
        emit notice(tr("The history could not be saved: %1").arg(error));
        return false;
    }
    emit saved();
    return true;
}

void HistoryStore::scheduleSave()
{
    m_dirty = true;
    // Started when idle, not restarted: a steady stream of calls still saves once per interval.
    if (!m_savingDisabled && !m_saveWatcher && !m_saveTimer.isActive())
        m_saveTimer.start();
}

void HistoryStore::startBackgroundSave()
{
    if (m_saveWatcher || !m_dirty || m_savingDisabled)
        return;
    m_dirty = false;
    auto *watcher = new QFutureWatcher<QString>(this);
    m_saveWatcher = watcher;
    connect(watcher, &QFutureWatcher<QString>::finished, this,
            &HistoryStore::onBackgroundSaveFinished);
    watcher->setFuture(QtConcurrent::run(writeFile, m_filePath, m_entries));
}

void HistoryStore::onBackgroundSaveFinished()
{
    if (!m_saveWatcher)
        return;
    const QString error = m_saveWatcher->result();
    m_saveWatcher->deleteLater();
    m_saveWatcher = nullptr;
    if (!error.isEmpty()) {
        m_dirty = true;
        emit notice(tr("The history could not be saved: %1").arg(error));
        return; // the next change tries again
    }
    emit saved();
    if (m_dirty)
        m_saveTimer.start();
}

void HistoryStore::waitForBackgroundSave()
{
    if (!m_saveWatcher)
        return;
    QFutureWatcher<QString> *watcher = m_saveWatcher;
    m_saveWatcher = nullptr;
    disconnect(watcher, nullptr, this, nullptr);
    watcher->waitForFinished();
    const QString error = watcher->result();
    watcher->deleteLater();
    if (!error.isEmpty())
        m_dirty = true;
}

void HistoryStore::enforceLimits(bool announce)
{
    const qint64 budget = entryBudget();
    qsizetype drop = 0;
    qint64 total = m_totalBytes;
    while (drop < m_entries.size() && (m_entries.size() - drop > m_maxEntries || total > budget)) {
        total -= m_entryBytes.at(drop);
        ++drop;
    }
    if (drop == 0)
        return;
    m_entries.remove(0, drop);
    m_entryBytes.remove(0, drop);
    m_totalBytes = total;
    if (announce)
        emit oldestDropped(int(drop));
}

void HistoryStore::recountBytes()
{
    m_entryBytes.clear();
    m_entryBytes.reserve(m_entries.size());
    m_totalBytes = 0;
    for (const HistoryEntry &entry : std::as_const(m_entries)) {
        const qint64 size = serialisedSize(entry);
        m_entryBytes.append(size);
        m_totalBytes += size;
    }
}

qint64 HistoryStore::entryBudget() const
{
    return m_maxBytes - EnvelopeBytes;
}

void HistoryStore::setAside(const QString &suffix, const QString &why)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    QString target = m_filePath + u'.' + suffix + u'-' + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = m_filePath + u'.' + suffix + u'-' + stamp + u'-' + QString::number(n);
    if (QFile::rename(m_filePath, target)) {
        emit notice(tr("The history file could not be used because %1. It was moved to %2 and "
                       "the history starts empty.")
                        .arg(why, QDir::toNativeSeparators(target)));
        return;
    }
    // Never overwrite what could not be read and could not be kept.
    m_savingDisabled = true;
    emit notice(tr("The history file could not be used because %1, and it could not be moved "
                   "aside. The history starts empty and will not be saved this session.")
                    .arg(why));
}
