// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "http/apiclient.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

// One open tab as it comes back after a restart: where it goes and the request, never a
// response and never a secret (header values that look like one are stored redacted).
struct SavedTab
{
    QString environmentId;
    QString keyProfileId;
    QString practiceGroup;
    ApiRequest request;
    bool hasRequest = false; // false for a fresh tab with nothing loaded
    // The collection request the tab holds, read again from its file on restore.
    QString collectionFile;
    QString collectionRequest; // its name; empty when unnamed
    int collectionIndex = -1;
};

// The explorer's settings, typed, over the injected QSettings. The keys are the ones earlier
// versions wrote, so existing users keep their window, environment and groups.
class ExplorerSettings
{
public:
    explicit ExplorerSettings(QSettings *settings);

    QSettings *settings() const { return m_settings; }

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray mainSplitter() const;
    QByteArray centerSplitter() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                         const QByteArray &mainSplitter, const QByteArray &centerSplitter);

    QString lastEnvironment(const QString &fallback) const;
    void setLastEnvironment(const QString &id);
    // The group last acted for in an environment; empty when none was remembered.
    QString lastPracticeGroup(const QString &environmentId) const;
    void setLastPracticeGroup(const QString &environmentId, const QString &group);

    bool animations(bool fallback) const;
    void setAnimations(bool on);
    // The look chosen in View → Theme, by its key ("system", "light", …); empty when none was.
    QString theme() const;
    void setTheme(const QString &key);
    bool welcomeDismissed() const;
    void setWelcomeDismissed(bool dismissed);

    // Collection folders opened, most recent first, at most MaxRecentCollections.
    static constexpr int MaxRecentCollections = 8;
    QStringList recentCollections() const;
    void addRecentCollection(const QString &folder);

    QList<SavedTab> openTabs() const;
    int currentTab() const;
    // A request body may hold patient data: it is written only when the user keeps bodies
    // (the history's one switch), otherwise a restored tab comes back without it.
    void setOpenTabs(const QList<SavedTab> &tabs, int current, bool keepBodies);

private:
    QSettings *const m_settings;
};
