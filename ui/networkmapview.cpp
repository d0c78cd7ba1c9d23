// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "networkmapview.h"

#include "accessibility.h"
#include "statusmarks.h"
#include "tones.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QTimer>

#include <algorithm>

namespace {

Tones::Tone reachTone(NetworkMap::Reach reach)
{
    switch (reach) {
    case NetworkMap::Reach::Home:
        return Tones::Tone::Accent;
    case NetworkMap::Reach::Reached:
        return Tones::Tone::Ok;
    case NetworkMap::Reach::Reachable:
        return Tones::Tone::Muted;
    case NetworkMap::Reach::Refused:
        break;
    }
    return Tones::Tone::Error;
}

// A group's mark and its line, on the window.
QColor reachMark(const QPalette &palette, NetworkMap::Reach reach)
{
    return Tones::mark(reachTone(reach), palette);
}

// A group's state in words, inside the network's box or outside it.
QColor reachText(const QPalette &palette, NetworkMap::Reach reach)
{
    return Tones::readable(Tones::text(reachTone(reach), palette, QPalette::AlternateBase),
                           palette.color(QPalette::Window));
}

QString groupText(const NetworkMap::Group &group)
{
    return group.name.isEmpty() ? group.id : group.id + QLatin1Char(' ') + group.name;
}

} // namespace

NetworkMapView::NetworkMapView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("networkMapView"));
    installAccessibleInterfaces();
    setAccessibleName(tr("Network map"));
    setFocusPolicy(Qt::StrongFocus); // the arrow keys walk its groups
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    refresh();
}

void NetworkMapView::setMap(NetworkMap *map, const QString &fingerprint)
{
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    m_fingerprint = fingerprint;
    if (m_map) {
        connect(m_map, &NetworkMap::changed, this, [this](const QString &changed) {
            if (changed == m_fingerprint)
                refresh();
        });
    }
    refresh();
}

void NetworkMapView::setFingerprint(const QString &fingerprint)
{
    m_fingerprint = fingerprint;
    refresh();
}

void NetworkMapView::refresh()
{
    m_groups = m_map && !m_fingerprint.isEmpty() ? m_map->groups(m_fingerprint)
                                                 : QList<NetworkMap::Group>();
    m_current = std::min(m_current, int(m_groups.size()) - 1);
    const QString text = description();
    setAccessibleDescription(text);
    setToolTip(text);
    updateGeometry();
    update();
}

QString NetworkMapView::networkCaption() const
{
    QStringList networks;
    bool any = false;
    for (const NetworkMap::Group &group : m_groups) {
        if (group.reach == NetworkMap::Reach::Refused)
            continue;
        any = true;
        if (!group.network.isEmpty() && !networks.contains(group.network))
            networks.append(group.network);
    }
    if (!any)
        return QString();
    if (networks.isEmpty())
        return tr("Shared network (name not known yet)");
    return tr("Network: %1").arg(networks.join(QStringLiteral(", ")));
}

QString NetworkMapView::stateText(const NetworkMap::Group &group) const
{
    switch (group.reach) {
    case NetworkMap::Reach::Home:
        return tr("Home group of the key");
    case NetworkMap::Reach::Reached:
        return group.lastStatus > 0 ? tr("Reached: answered %1").arg(group.lastStatus)
                                    : tr("Reached");
    case NetworkMap::Reach::Reachable:
        return tr("Reachable: listed, not called yet");
    case NetworkMap::Reach::Refused:
        return group.lastStatus > 0 ? tr("Refused: %1, no shared network").arg(group.lastStatus)
                                    : tr("Refused: no shared network");
    }
    return QString();
}

QString NetworkMapView::description() const
{
    if (m_groups.isEmpty())
        return tr("No practice groups seen for this key yet.");
    QStringList lines;
    if (!m_fingerprint.isEmpty())
        lines << tr("Practice groups seen with key %1.").arg(m_fingerprint);
    const QString caption = networkCaption();
    if (!caption.isEmpty())
        lines << caption + QLatin1Char('.');
    for (int i = 0; i < m_groups.size(); ++i)
        lines << groupLine(i);
    return lines.join(QLatin1Char('\n'));
}

QString NetworkMapView::groupLine(int index) const
{
    if (index < 0 || index >= m_groups.size())
        return QString();
    const NetworkMap::Group &group = m_groups.at(index);
    QString line;
    const QString network =
        group.network.isEmpty() ? QString() : tr(", network %1").arg(group.network);
    switch (group.reach) {
    case NetworkMap::Reach::Home:
        line = tr("Home group: %1%2.").arg(groupText(group), network);
        break;
    case NetworkMap::Reach::Reached:
        line = tr("Reached: %1%2, last answer %3.")
                   .arg(groupText(group), network)
                   .arg(group.lastStatus);
        break;
    case NetworkMap::Reach::Reachable:
        line = tr("Reachable: %1%2, listed by the API, not called yet.")
                   .arg(groupText(group), network);
        break;
    case NetworkMap::Reach::Refused:
        line = tr("Refused: %1, last answer %2: no shared network.")
                   .arg(groupText(group))
                   .arg(group.lastStatus);
        break;
    }
    return line;
}

void NetworkMapView::setCurrentGroup(int index)
{
    if (m_groups.isEmpty())
        return;
    m_current = std::clamp(index, 0, int(m_groups.size()) - 1);
    update();
    announceFocusedItem(this, m_current);
}

void NetworkMapView::keyPressEvent(QKeyEvent *event)
{
    const int last = int(m_groups.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        setCurrentGroup(m_current - 1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        setCurrentGroup(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentGroup(0);
        break;
    case Qt::Key_End:
        setCurrentGroup(last);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void NetworkMapView::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    // After Qt tells screen readers that the map took the focus: then the group has it.
    QTimer::singleShot(0, this, [this] { setCurrentGroup(std::max(m_current, 0)); });
}

void NetworkMapView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

NetworkMapView::Layout NetworkMapView::layoutFor(int width) const
{
    Layout layout;
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics small(Tones::smallerFont(font()));
    const int unit = metrics.height();
    const int margin = std::max(4, unit / 2);
    const int pad = std::max(2, unit / 4);
    const int inset = std::max(pad, unit / 2); // inside the network box
    const int indent = unit * 2;
    const int nodeHeight = metrics.height() + small.height() + pad;
    width = std::max(width, minimumSizeHint().width());
    if (m_groups.isEmpty()) {
        layout.height = unit * 3;
        return layout;
    }

    int y = margin;
    const QString caption = networkCaption();
    const bool hasBox = !caption.isEmpty();
    if (hasBox) {
        layout.caption =
            QRect(margin + inset, y + pad, width - 2 * margin - 2 * inset, small.height());
        y = layout.caption.bottom() + 1 + pad;
    }
    for (const NetworkMap::Group &group : m_groups) {
        if (group.reach == NetworkMap::Reach::Refused)
            continue;
        Node node;
        node.group = group;
        const int left = margin + inset + (group.reach == NetworkMap::Reach::Home ? 0 : indent);
        node.rect = QRect(left, y, width - margin - inset - left, nodeHeight);
        layout.nodes.append(node);
        y += nodeHeight + pad;
    }
    if (hasBox) {
        y += inset - pad;
        layout.box = QRect(margin, margin, width - 2 * margin, y - margin);
        y += pad * 2;
    }
    for (const NetworkMap::Group &group : m_groups) {
        if (group.reach != NetworkMap::Reach::Refused)
            continue;
        Node node;
        node.group = group;
        node.inNetwork = false;
        const int left = margin + inset + indent;
        node.rect = QRect(left, y, width - margin - inset - left, nodeHeight);
        layout.nodes.append(node);
        y += nodeHeight + pad;
    }
    layout.height = y + margin;
    return layout;
}

QRect NetworkMapView::groupRect(const QString &groupId) const
{
    const Layout layout = layoutFor(width());
    for (const Node &node : layout.nodes) {
        if (node.group.id == groupId)
            return node.rect;
    }
    return QRect();
}

void NetworkMapView::drawMark(QPainter &painter, const QRectF &box, NetworkMap::Reach reach) const
{
    const QPalette &pal = palette();
    const QColor colour = reachMark(pal, reach);
    const QRectF circle = box.adjusted(1, 1, -1, -1);
    const qreal w = circle.width();
    const QPointF c = circle.center();
    const qreal r = w * 0.24;
    painter.save();
    if (reach == NetworkMap::Reach::Reachable) {
        painter.setPen(QPen(colour, std::max(1.5, w / 9)));
        painter.setBrush(pal.color(QPalette::Base));
        painter.drawEllipse(circle.adjusted(w / 10, w / 10, -w / 10, -w / 10));
        painter.restore();
        return;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(circle);
    const QColor mark = reach == NetworkMap::Reach::Home ? Tones::foregroundOn(colour)
                                                         : pal.color(QPalette::Window);
    painter.setPen(QPen(mark, std::max(1.5, w / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    switch (reach) {
    case NetworkMap::Reach::Home: {
        // A small house: the key's own group.
        QPainterPath house;
        house.moveTo(c.x() - r, c.y() + r);
        house.lineTo(c.x() - r, c.y() - r * 0.1);
        house.lineTo(c.x(), c.y() - r);
        house.lineTo(c.x() + r, c.y() - r * 0.1);
        house.lineTo(c.x() + r, c.y() + r);
        house.closeSubpath();
        painter.drawPath(house);
        break;
    }
    case NetworkMap::Reach::Reached: {
        drawTickMark(painter, c, r);
        break;
    }
    case NetworkMap::Reach::Refused:
        drawCrossMark(painter, c, r);
        break;
    case NetworkMap::Reach::Reachable:
        break;
    }
    painter.restore();
}

void NetworkMapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    const QFont small = Tones::smallerFont(font());
    const QFontMetrics smallMetrics(small);
    const qreal unit = metrics.height();
    const int pad = std::max(2, metrics.height() / 4);
    if (m_groups.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(pad, 0, -pad, 0), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No practice groups seen for this key yet."));
        return;
    }
    const Layout layout = layoutFor(width());

    // The shared network, as a box with its name.
    if (!layout.box.isNull()) {
        painter.setPen(QPen(pal.color(QPalette::Mid), 1));
        painter.setBrush(pal.color(QPalette::AlternateBase));
        painter.drawRoundedRect(QRectF(layout.box).adjusted(0.5, 0.5, -0.5, -0.5), unit / 3,
                                unit / 3);
        const QFont bold = Tones::boldFont(small);
        painter.setFont(bold);
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(layout.caption, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetrics(bold).elidedText(networkCaption(), Qt::ElideRight,
                                                       layout.caption.width()));
    }

    // Connectors from the home group to every other group.
    const qreal markSize = unit * 1.2;
    const auto markBox = [markSize](const QRect &node) {
        return QRectF(node.left(), node.top() + (node.height() - markSize) / 2, markSize, markSize);
    };
    const Node *home = nullptr;
    for (const Node &node : layout.nodes) {
        if (node.group.reach == NetworkMap::Reach::Home)
            home = &node;
    }
    if (home) {
        const QRectF homeMark = markBox(home->rect);
        const qreal trunkX = homeMark.center().x();
        // Refused branches leave the trunk below the last group that shares the network.
        qreal sharedEnd = homeMark.bottom();
        for (const Node &node : layout.nodes) {
            if (&node != home && node.inNetwork)
                sharedEnd = std::max(sharedEnd, markBox(node.rect).center().y());
        }
        for (const Node &node : layout.nodes) {
            if (&node == home)
                continue;
            const QRectF mark = markBox(node.rect);
            const bool refused = !node.inNetwork;
            QPen pen(refused ? reachMark(pal, node.group.reach) : pal.color(QPalette::Mid),
                     std::max(1.0, unit / 12), refused ? Qt::DashLine : Qt::SolidLine);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            QPainterPath path;
            path.moveTo(trunkX, refused ? sharedEnd : homeMark.bottom());
            path.lineTo(trunkX, mark.center().y());
            path.lineTo(mark.left(), mark.center().y());
            painter.drawPath(path);
        }
    }

    for (const Node &node : layout.nodes) {
        const QRectF mark = markBox(node.rect);
        drawMark(painter, mark, node.group.reach);
        const QRect text = node.rect.adjusted(int(markSize) + pad, 0, 0, 0);
        QFont name = font();
        name.setBold(node.group.reach == NetworkMap::Reach::Home);
        painter.setFont(name);
        painter.setPen(pal.color(QPalette::WindowText));
        const QFontMetrics nameMetrics(name);
        painter.drawText(
            QRect(text.left(), text.top(), text.width(), nameMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            nameMetrics.elidedText(groupText(node.group), Qt::ElideRight, text.width()));
        painter.setFont(small);
        QString state = stateText(node.group);
        if (!node.group.network.isEmpty() && node.group.reach != NetworkMap::Reach::Refused
            && layout.box.isNull())
            state += QStringLiteral(" · ") + node.group.network;
        const NetworkMap::Reach reach = node.group.reach;
        painter.setPen(reach == NetworkMap::Reach::Reachable || reach == NetworkMap::Reach::Home
                           ? pal.color(QPalette::WindowText)
                           : reachText(pal, reach));
        painter.drawText(QRect(text.left(), text.top() + nameMetrics.height(), text.width(),
                               smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         smallMetrics.elidedText(state, Qt::ElideRight, text.width()));
    }
    if (hasFocus() && m_current >= 0 && m_current < layout.nodes.size()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = layout.nodes.at(m_current).rect.adjusted(-pad / 2, -pad / 2, pad / 2, pad / 2);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

QSize NetworkMapView::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 46;
    return QSize(width, layoutFor(width).height);
}

QSize NetworkMapView::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int width = metrics.averageCharWidth() * 26;
    return QSize(width, metrics.height() * 3);
}

void NetworkMapView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}
