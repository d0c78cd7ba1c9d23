// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>
#include <QWidget>

class QPainter;
class QPalette;
class QRectF;

// Wide enough for "DELETE" in the given font, so paths after badges line up.
int methodBadgeWidth(const QFontMetrics &metrics);
void paintMethodBadge(QPainter *painter, const QRectF &rect, const QString &method,
                      const QPalette &palette, const QFont &font);

// Paints a method badge, then textRole, then (muted) detailRole on every row whose methodRole is
// not empty; other rows are painted as usual.
class MethodBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MethodBadgeDelegate(int methodRole, int textRole = Qt::DisplayRole,
                                 int detailRole = -1, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The text as painted after the badge: whole, or elided in the middle when the row is too
    // narrow for it (the model's tooltip then has it whole).
    QString shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;

private:
    // Where the badge and the text after it go in a row prepared by initStyleOption().
    struct RowLayout
    {
        QRectF badge;
        QRect text;
    };
    RowLayout rowLayout(const QStyleOptionViewItem &option) const;

    const int m_methodRole;
    const int m_textRole;
    const int m_detailRole;
};

// A method badge on its own, for headers and detail panes.
class MethodBadge : public QWidget
{
    Q_OBJECT
public:
    explicit MethodBadge(QWidget *parent = nullptr);

    void setMethod(const QString &method);
    QString method() const { return m_method; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_method;
};
