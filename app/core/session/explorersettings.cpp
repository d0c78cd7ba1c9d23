// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "explorersettings.h"

#include "export/headerredaction.h"

#include <QSettings>

namespace {

const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString MainSplitterKey = QStringLiteral("window/mainSplitter");
const QString CenterSplitterKey = QStringLiteral("window/centerSplitter");
const QString LastEnvironmentKey = QStringLiteral("environment/last");
const QString AnimationsKey = QStringLiteral("view/animations");
const QString ThemeKey = QStringLiteral("view/theme");
const QString WelcomeDismissedKey = QStringLiteral("welcome/dismissed");
const QString TabsKey = QStringLiteral("tabs/open");
const QString CurrentTabKey = QStringLiteral("tabs/current");
const QString RecentCollectionsKey = QStringLiteral("collections/recent");

QString lastGroupKey(const QString &environmentId)
{
    return QStringLiteral("practiceGroups/") + environmentId + QStringLiteral("/last");
}

// "name\nvalue" pairs: a header name never holds a newline, and neither does a valid value.
QStringList pairsToList(const QList<QPair<QString, QString>> &pairs)
{
    QStringList list;
    for (const auto &[name, value] : pairs)
        list.append(name + u'\n' + value);
    return list;
}

QList<QPair<QString, QString>> pairsFromList(const QStringList &list)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &item : list) {
        const qsizetype split = item.indexOf(u'\n');
        if (split > 0)
            pairs.append({item.left(split), item.mid(split + 1)});
    }
    return pairs;
}

} // namespace

ExplorerSettings::ExplorerSettings(QSettings *settings)
    : m_settings(settings)
{
}

QByteArray ExplorerSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

QByteArray ExplorerSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

QByteArray ExplorerSettings::mainSplitter() const
{
    return m_settings->value(MainSplitterKey).toByteArray();
}

QByteArray ExplorerSettings::centerSplitter() const
{
    return m_settings->value(CenterSplitterKey).toByteArray();
}

void ExplorerSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state,
                                       const QByteArray &mainSplitter,
                                       const QByteArray &centerSplitter)
{
    m_settings->setValue(GeometryKey, geometry);
    m_settings->setValue(StateKey, state);
    m_settings->setValue(MainSplitterKey, mainSplitter);
    m_settings->setValue(CenterSplitterKey, centerSplitter);
}

QString ExplorerSettings::lastEnvironment(const QString &fallback) const
{
    return m_settings->value(LastEnvironmentKey, fallback).toString();
}

void ExplorerSettings::setLastEnvironment(const QString &id)
{
    m_settings->setValue(LastEnvironmentKey, id);
}

QString ExplorerSettings::lastPracticeGroup(const QString &environmentId) const
{
    return m_settings->value(lastGroupKey(environmentId)).toString();
}

void ExplorerSettings::setLastPracticeGroup(const QString &environmentId, const QString &group)
{
    m_settings->setValue(lastGroupKey(environmentId), group);
}

bool ExplorerSettings::animations(bool fallback) const
{
    return m_settings->value(AnimationsKey, fallback).toBool();
}

void ExplorerSettings::setAnimations(bool on)
{
    m_settings->setValue(AnimationsKey, on);
}

QString ExplorerSettings::theme() const
{
    return m_settings->value(ThemeKey).toString();
}

void ExplorerSettings::setTheme(const QString &key)
{
    m_settings->setValue(ThemeKey, key);
}

QStringList ExplorerSettings::recentCollections() const
{
    return m_settings->value(RecentCollectionsKey).toStringList();
}

void ExplorerSettings::addRecentCollection(const QString &folder)
{
    QStringList recent = recentCollections();
    recent.removeAll(folder);
    recent.prepend(folder);
    m_settings->setValue(RecentCollectionsKey, recent.mid(0, MaxRecentCollections));
}

bool ExplorerSettings::welcomeDismissed() const
{
    return m_settings->value(WelcomeDismissedKey).toBool();
}

void ExplorerSettings::setWelcomeDismissed(bool dismissed)
{
    m_settings->setValue(WelcomeDismissedKey, dismissed);
}

QList<SavedTab> ExplorerSettings::openTabs() const
{
    QList<SavedTab> tabs;
    const int count = m_settings->beginReadArray(TabsKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedTab tab;
        tab.environmentId = m_settings->value(QStringLiteral("environment")).toString();
        tab.keyProfileId = m_settings->value(QStringLiteral("key")).toString();
        tab.practiceGroup = m_settings->value(QStringLiteral("practiceGroup")).toString();
        tab.hasRequest = m_settings->contains(QStringLiteral("path"));
        tab.request.method = m_settings->value(QStringLiteral("method")).toString().toLatin1();
        tab.request.path = m_settings->value(QStringLiteral("path")).toString();
        tab.request.query =
            pairsFromList(m_settings->value(QStringLiteral("query")).toStringList());
        for (const auto &[name, value] :
             pairsFromList(m_settings->value(QStringLiteral("headers")).toStringList()))
            tab.request.extraHeaders.append({name.toLatin1(), value.toUtf8()});
        tab.request.body = m_settings->value(QStringLiteral("body")).toByteArray();
        if (tab.request.method.isEmpty())
            tab.request.method = "GET";
        tab.collectionFile = m_settings->value(QStringLiteral("file")).toString();
        tab.collectionRequest = m_settings->value(QStringLiteral("request")).toString();
        tab.collectionIndex = m_settings->value(QStringLiteral("index"), -1).toInt();
        tabs.append(tab);
    }
    m_settings->endArray();
    return tabs;
}

int ExplorerSettings::currentTab() const
{
    return m_settings->value(CurrentTabKey, 0).toInt();
}

void ExplorerSettings::setOpenTabs(const QList<SavedTab> &tabs, int current, bool keepBodies)
{
    m_settings->remove(TabsKey);
    m_settings->beginWriteArray(TabsKey, int(tabs.size()));
    for (int i = 0; i < tabs.size(); ++i) {
        const SavedTab &tab = tabs.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("environment"), tab.environmentId);
        m_settings->setValue(QStringLiteral("key"), tab.keyProfileId);
        m_settings->setValue(QStringLiteral("practiceGroup"), tab.practiceGroup);
        if (!tab.collectionFile.isEmpty()) {
            m_settings->setValue(QStringLiteral("file"), tab.collectionFile);
            m_settings->setValue(QStringLiteral("request"), tab.collectionRequest);
            m_settings->setValue(QStringLiteral("index"), tab.collectionIndex);
        }
        if (!tab.hasRequest)
            continue;
        m_settings->setValue(QStringLiteral("method"), QString::fromLatin1(tab.request.method));
        m_settings->setValue(QStringLiteral("path"), tab.request.path);
        m_settings->setValue(QStringLiteral("query"), pairsToList(tab.request.query));
        QList<QPair<QString, QString>> headers;
        for (const auto &[name, value] : redactHeaders(tab.request.extraHeaders))
            headers.append({QString::fromLatin1(name), QString::fromUtf8(value)});
        m_settings->setValue(QStringLiteral("headers"), pairsToList(headers));
        if (keepBodies)
            m_settings->setValue(QStringLiteral("body"), tab.request.body);
    }
    m_settings->endArray();
    m_settings->setValue(CurrentTabKey, current);
}
