// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "crossorg/networkmap.h"

#include <QPointer>
#include <QWidget>

// The practice groups one key has been seen to reach or be refused for: its home group on top,
// the groups sharing its network in a box named after the network, refused groups outside it.
// State is shown by colour and by a mark and a word (✓ reached, ✕ refused, ○ reachable).
class NetworkMapView : public QWidget
{
    Q_OBJECT
public:
    explicit NetworkMapView(QWidget *parent = nullptr);

    // The map is not owned; the view follows NetworkMap::changed for that fingerprint.
    void setMap(NetworkMap *map, const QString &fingerprint);
    void setFingerprint(const QString &fingerprint);
    QString fingerprint() const { return m_fingerprint; }

    // What is drawn, from the map; refreshed on every change.
    const QList<NetworkMap::Group> &groups() const { return m_groups; }
    // The caption of the shared-network box, e.g. "Network: Northside PCN".
    QString networkCaption() const;
    // Where a group's node is drawn; empty when it is not shown.
    QRect groupRect(const QString &groupId) const;
    // One line per group, as read to screen readers.
    QString description() const;
    // The line of groups().at(index): "Refused: 2001 Lakeside, last answer 403: no shared network."
    QString groupLine(int index) const;
    // The group with the keyboard focus ring (the arrow keys move it), or -1 without groups.
    int currentGroup() const { return m_current; }
    void setCurrentGroup(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    struct Node
    {
        NetworkMap::Group group;
        QRect rect;
        bool inNetwork = true;
    };
    struct Layout
    {
        QRect box; // the shared network
        QRect caption;
        QList<Node> nodes;
        int height = 0;
    };
    Layout layoutFor(int width) const;
    void refresh();
    QString stateText(const NetworkMap::Group &group) const;
    void drawMark(QPainter &painter, const QRectF &box, NetworkMap::Reach reach) const;

    QPointer<NetworkMap> m_map;
    QString m_fingerprint;
    QList<NetworkMap::Group> m_groups;
    int m_current = -1;
};
