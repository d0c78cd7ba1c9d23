// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "methodbadge.h"

#include "accessibility.h"
#include "tones.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

#include <algorithm>

int methodBadgeWidth(const QFontMetrics &metrics)
{
    return metrics.horizontalAdvance(QStringLiteral("DELETE")) + metrics.height();
}

void paintMethodBadge(QPainter *painter, const QRectF &rect, const QString &method,
                      const QPalette &palette, const QFont &font)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Tones::methodOutline(method, palette), 1));
    painter->setBrush(Tones::methodFill(method, palette));
    const qreal radius = rect.height() / 2;
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    QFont badgeFont = Tones::boldFont(font);
    badgeFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    painter->setFont(badgeFont);
    painter->setPen(Tones::methodText(method, palette));
    painter->drawText(rect, Qt::AlignCenter, method.toUpper());
    painter->restore();
}

MethodBadgeDelegate::MethodBadgeDelegate(int methodRole, int textRole, int detailRole,
                                         QObject *parent)
    : QStyledItemDelegate(parent)
    , m_methodRole(methodRole)
    , m_textRole(textRole)
    , m_detailRole(detailRole)
{
}

void MethodBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QString method = index.data(m_methodRole).toString();
    if (method.isEmpty()) {
        // Group rows (tags) in bold, so that they read as headings between the operations.
        QStyleOptionViewItem group = option;
        group.font.setBold(index.model()->hasChildren(index));
        QStyledItemDelegate::paint(painter, group, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QString detail = m_detailRole >= 0 ? index.data(m_detailRole).toString() : QString();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const RowLayout row = rowLayout(opt);
    paintMethodBadge(painter, row.badge, method, opt.palette, opt.font);
    const QFontMetrics metrics(opt.font);
    const int gap = metrics.horizontalAdvance(u' ');
    QRect rest = row.text;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QString shown = shownText(option, index);
    painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft, shown);
    rest.setLeft(rest.left() + metrics.horizontalAdvance(shown) + gap * 2);
    if (!detail.isEmpty() && rest.width() > metrics.averageCharWidth() * 6) {
        // Muted, but still readable on the row, selected or not.
        const QColor behind =
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        painter->setPen(
            Tones::readable(Tones::blend(painter->pen().color(), behind, 0.35), behind));
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(detail, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

MethodBadgeDelegate::RowLayout
MethodBadgeDelegate::rowLayout(const QStyleOptionViewItem &option) const
{
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &option, widget);
    const QFontMetrics metrics(option.font);
    const int gap = metrics.horizontalAdvance(u' ');
    const int badgeHeight = std::min(textRect.height() - 4, metrics.height() + 2);
    const QRectF badge(textRect.left() + gap / 2.0,
                       textRect.top() + (textRect.height() - badgeHeight) / 2.0,
                       methodBadgeWidth(metrics), badgeHeight);
    QRect text = textRect;
    text.setLeft(int(badge.right()) + gap);
    return {badge, text};
}

QString MethodBadgeDelegate::shownText(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    return QFontMetrics(opt.font).elidedText(index.data(m_textRole).toString(), Qt::ElideMiddle,
                                             rowLayout(opt).text.width());
}

QSize MethodBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics metrics(option.font);
    // Every row gets the badge's height, so views with uniform row heights stay even.
    size.setHeight(std::max(size.height(), metrics.height() + metrics.height() / 2));
    if (!index.data(m_methodRole).toString().isEmpty())
        size.rwidth() += methodBadgeWidth(metrics) + metrics.horizontalAdvance(u' ') * 2;
    return size;
}

MethodBadge::MethodBadge(QWidget *parent)
    : QWidget(parent)
{
    installAccessibleInterfaces();
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void MethodBadge::setMethod(const QString &method)
{
    m_method = method.toUpper();
    setAccessibleName(m_method);
    setVisible(!m_method.isEmpty());
    updateGeometry();
    update();
}

QSize MethodBadge::sizeHint() const
{
    return {methodBadgeWidth(fontMetrics()), fontMetrics().height() + fontMetrics().height() / 3};
}

void MethodBadge::paintEvent(QPaintEvent *)
{
    if (m_method.isEmpty())
        return;
    QPainter painter(this);
    paintMethodBadge(&painter, QRectF(rect()), m_method, palette(), font());
}
