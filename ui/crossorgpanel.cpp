// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorgpanel.h"

#include "accessibility.h"
#include "flowlayout.h"
#include "statusmarks.h"
#include "tones.h"

#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyleOptionFocusRect>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include <algorithm>
#include <array>
#include <functional>

namespace {

// The diagram's columns are the core's lanes, whose words flowLaneText() gives.
constexpr int AppLane = int(FlowLane::App);
constexpr int ApiLane = int(FlowLane::Api);
constexpr int CheckLane = int(FlowLane::Check);
constexpr int LaneCount = CheckLane + 1;
constexpr int AnimationMs = 400;

} // namespace

// The painted sequence diagram. It holds the flow, the selection, the focus ring and the
// animation; the panel around it adds the summary, the evidence and the buttons.
class CrossOrgDiagram : public QWidget
{
public:
    explicit CrossOrgDiagram(QWidget *parent);

    void setFlow(const CrossOrgFlow *flow, bool animate);
    void setSelected(int index);
    int selected() const { return m_selected; }
    int focused() const { return m_focused; }
    QRect stepRect(int index) const;
    void setAnimationsEnabled(bool enabled);
    bool animationsEnabled() const { return m_animationsEnabled; }
    bool isAnimating() const { return m_animation->state() == QAbstractAnimation::Running; }

    std::function<void(int)> selectionChanged;

    QString rowText(int index) const; // a step's words, as drawn
    QString laneText(int lane) const; // what a lane's header says under its title

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return layoutFor(width).height; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QRect band; // the clickable area of the step
        QRect badge;
        QRect label;
        QString text;
        int arrowY = 0;
        int from = AppLane;
        int to = ApiLane;
        bool note = false; // drawn as a note without an arrowhead: the step did not send anything
    };
    struct Geometry
    {
        std::array<QRect, LaneCount> headers;
        std::array<QString, LaneCount> headerTexts;
        std::array<int, LaneCount> laneX{};
        int titleHeight = 0;
        int headerHeight = 0;
        QList<Row> rows;
        int height = 0;
        int width = 0;
    };

    Geometry layoutFor(int width) const;
    static QString laneTitle(int lane);
    void moveFocus(int index);
    void drawRow(QPainter &painter, const Geometry &geometry, int index, qreal fraction) const;
    void drawBadge(QPainter &painter, const QRectF &box, FlowStep::State state) const;
    void announceFocusedStep();

    const CrossOrgFlow *m_flow = nullptr;
    int m_selected = -1;
    int m_focused = -1;
    qreal m_progress = 1.0;
    bool m_animationsEnabled = true;
    QVariantAnimation *const m_animation;
};

CrossOrgDiagram::CrossOrgDiagram(QWidget *parent)
    : QWidget(parent)
    , m_animation(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("flowDiagram"));
    installAccessibleInterfaces();
    setAccessibleName(CrossOrgPanel::tr("Cross-organisational flow"));
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setDuration(AnimationMs);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_progress = value.toReal();
        update();
    });
    announceFocusedStep();
}

void CrossOrgDiagram::setFlow(const CrossOrgFlow *flow, bool animate)
{
    m_flow = flow && !flow->steps.isEmpty() ? flow : nullptr;
    m_animation->stop();
    m_focused = -1;
    m_selected = m_flow ? m_flow->failingStep() : -1;
    if (m_flow && animate && m_animationsEnabled) {
        m_progress = 0.0;
        m_animation->start();
    } else {
        m_progress = 1.0;
    }
    updateGeometry();
    announceFocusedStep();
    update();
}

void CrossOrgDiagram::setSelected(int index)
{
    if (!m_flow || index < -1 || index >= m_flow->steps.size())
        return;
    m_selected = index;
    update();
    if (selectionChanged)
        selectionChanged(index);
}

void CrossOrgDiagram::setAnimationsEnabled(bool enabled)
{
    m_animationsEnabled = enabled;
    if (!enabled && isAnimating()) {
        m_animation->stop();
        m_progress = 1.0;
        update();
    }
}

QRect CrossOrgDiagram::stepRect(int index) const
{
    if (!m_flow || index < 0 || index >= m_flow->steps.size())
        return QRect();
    return layoutFor(width()).rows.value(index).band;
}

QString CrossOrgDiagram::laneTitle(int lane)
{
    switch (lane) {
    case AppLane:
        return CrossOrgPanel::tr("Your app");
    case ApiLane:
        return CrossOrgPanel::tr("Hero API");
    case CheckLane:
        return CrossOrgPanel::tr("Network check");
    }
    return QString();
}

QString CrossOrgDiagram::laneText(int lane) const
{
    return flowLaneText(*m_flow, FlowLane(lane));
}

QString CrossOrgDiagram::rowText(int index) const
{
    return flowStepLabel(*m_flow, index);
}

CrossOrgDiagram::Geometry CrossOrgDiagram::layoutFor(int width) const
{
    Geometry g;
    const QFontMetrics metrics = fontMetrics();
    const int unit = metrics.height();
    const int margin = std::max(4, unit / 2);
    const int pad = std::max(2, unit / 4);
    g.width = std::max(width, minimumSizeHint().width());
    if (!m_flow) {
        g.height = unit * 3;
        return g;
    }

    // Lane headers: a bold title over the practice groups, wrapped to the lane.
    const QFont bold = Tones::boldFont(font());
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(Tones::smallerFont(font()));
    const int gap = std::max(4, unit / 2);
    const int laneWidth = (g.width - 2 * margin - (LaneCount - 1) * gap) / LaneCount;
    int textHeight = 0;
    for (int lane = 0; lane < LaneCount; ++lane) {
        g.headerTexts[lane] = laneText(lane);
        const QRect title =
            boldMetrics.boundingRect(QRect(0, 0, laneWidth - 2 * pad, 10'000),
                                     Qt::TextWordWrap | Qt::AlignHCenter, laneTitle(lane));
        const QRect text =
            smallMetrics.boundingRect(QRect(0, 0, laneWidth - 2 * pad, 10'000),
                                      Qt::TextWordWrap | Qt::AlignHCenter, g.headerTexts[lane]);
        g.titleHeight = std::max(g.titleHeight, title.height());
        textHeight = std::max(textHeight, text.height());
        g.laneX[lane] = margin + lane * (laneWidth + gap) + laneWidth / 2;
    }
    // Every header as tall as the tallest title plus the tallest text: the texts line up.
    g.headerHeight = g.titleHeight + textHeight + 3 * pad;
    for (int lane = 0; lane < LaneCount; ++lane)
        g.headers[lane] =
            QRect(margin + lane * (laneWidth + gap), margin, laneWidth, g.headerHeight);

    // One row per step: the words above, the arrow below.
    int y = margin + g.headerHeight + unit / 2 + pad;
    const int badgeSize = unit;
    for (int i = 0; i < m_flow->steps.size(); ++i) {
        Row row;
        row.text = rowText(i);
        switch (m_flow->steps.at(i).kind) {
        case FlowStep::Kind::RequestSent:
            row.from = AppLane;
            row.to = ApiLane;
            row.note = !m_flow->wasSent(); // no arrow for what never left the app
            break;
        case FlowStep::Kind::CallKind:
            row.from = ApiLane;
            row.to = CheckLane;
            row.note = m_flow->callKind == CallKind::SameGroup;
            break;
        case FlowStep::Kind::NetworkCheck:
            row.from = CheckLane;
            row.to = ApiLane;
            row.note = m_flow->networkCheck == NetworkCheckResult::NotNeeded;
            break;
        case FlowStep::Kind::Answer:
            row.from = ApiLane;
            row.to = AppLane;
            row.note = !m_flow->wasSent();
            break;
        }
        // Words start at their arrow's sender or receiver; between the API and the check
        // they may start over the API's box, so that they do not wrap into a narrow column.
        const int left = std::min(row.from, row.to) == AppLane ? g.laneX[AppLane] + pad
                                                               : g.headers[ApiLane].left() + pad;
        const int right = g.width - margin;
        const int textLeft = left + badgeSize + pad;
        // The failing edge is drawn bold, so it is measured bold.
        const QFontMetrics rowMetrics = i == m_flow->failingStep() ? boldMetrics : metrics;
        const QRect text = rowMetrics.boundingRect(QRect(textLeft, y, right - textLeft, 10'000),
                                                   Qt::TextWordWrap | Qt::AlignLeft, row.text);
        const int labelHeight = std::max(badgeSize, text.height());
        row.badge = QRect(left, y + (metrics.height() - badgeSize) / 2, badgeSize, badgeSize);
        row.label = QRect(textLeft, y, right - textLeft, labelHeight);
        row.arrowY = y + labelHeight + unit / 2;
        const int bottom = row.arrowY + unit / 2;
        row.band = QRect(margin / 2, y - pad, g.width - margin, bottom - y + 2 * pad);
        g.rows.append(row);
        y = bottom + 2 * pad + pad;
    }
    g.height = y + margin;
    return g;
}

QSize CrossOrgDiagram::sizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 46;
    return QSize(width, layoutFor(width).height);
}

QSize CrossOrgDiagram::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 30;
    return QSize(width, fontMetrics().height() * 3);
}

void CrossOrgDiagram::drawBadge(QPainter &painter, const QRectF &box, FlowStep::State state) const
{
    const QPalette &pal = palette();
    QColor colour;
    switch (state) {
    case FlowStep::State::Done:
        colour = Tones::mark(Tones::Tone::Ok, pal);
        break;
    case FlowStep::State::Failed:
        colour = Tones::mark(Tones::Tone::Error, pal);
        break;
    case FlowStep::State::Unknown:
        colour = pal.color(QPalette::WindowText);
        break;
    case FlowStep::State::NotReached:
        colour = pal.color(QPalette::PlaceholderText);
        break;
    }
    const QRectF circle = box.adjusted(1, 1, -1, -1);
    const qreal w = circle.width();
    painter.save();
    if (state == FlowStep::State::NotReached || state == FlowStep::State::Unknown) {
        painter.setPen(QPen(colour, std::max(1.0, w / 12), Qt::DotLine));
        painter.setBrush(pal.color(QPalette::Window));
    } else {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
    }
    painter.drawEllipse(circle);
    const QColor mark = state == FlowStep::State::Done || state == FlowStep::State::Failed
        ? pal.color(QPalette::Window)
        : colour;
    QPen pen(mark, std::max(1.5, w / 8), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = circle.center();
    const qreal r = w * 0.24;
    switch (state) {
    case FlowStep::State::Done: {
        drawTickMark(painter, c, r);
        break;
    }
    case FlowStep::State::Failed:
        drawCrossMark(painter, c, r);
        break;
    case FlowStep::State::Unknown: {
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(std::max(6, int(w * 0.7)));
        painter.setFont(font);
        painter.drawText(circle, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case FlowStep::State::NotReached:
        painter.drawLine(QPointF(c.x() - r, c.y()), QPointF(c.x() + r, c.y()));
        break;
    }
    painter.restore();
}

void CrossOrgDiagram::drawRow(QPainter &painter, const Geometry &g, int index, qreal fraction) const
{
    const Row &row = g.rows.at(index);
    const FlowStep &step = m_flow->steps.at(index);
    const QPalette &pal = palette();
    const bool failing = index == m_flow->failingStep();
    const QFontMetrics metrics = fontMetrics();
    const qreal unit = metrics.height();

    // The band: error tint on the failing edge, highlight tint on the selection.
    QColor band = pal.color(QPalette::Window);
    if (failing)
        band = Tones::tint(Tones::Tone::Error, pal, QPalette::Window, 0.14);
    else if (index == m_selected)
        band = Tones::tint(Tones::Tone::Accent, pal, QPalette::Window, 0.16);
    if (failing || index == m_selected) {
        painter.save();
        painter.setPen(Qt::NoPen);
        painter.setBrush(band);
        painter.drawRoundedRect(QRectF(row.band), unit / 4, unit / 4);
        if (failing && index == m_selected) {
            // Both at once: the selection is a bar at the start of the band.
            painter.setBrush(pal.color(QPalette::Highlight));
            painter.drawRoundedRect(
                QRectF(row.band.left(), row.band.top(), unit / 5, row.band.height()), unit / 10,
                unit / 10);
        }
        painter.restore();
    }
    if (index == m_focused && hasFocus()) {
        painter.save();
        painter.setPen(
            QPen(pal.color(QPalette::Highlight), std::max(1.0, unit / 10), Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(QRectF(row.band).adjusted(1, 1, -1, -1), unit / 4, unit / 4);
        painter.restore();
    }

    QColor colour = pal.color(QPalette::WindowText);
    Qt::PenStyle style = Qt::SolidLine;
    qreal lineWidth = std::max(1.0, unit / 12);
    switch (step.state) {
    case FlowStep::State::Done:
        if (row.note) {
            colour = pal.color(QPalette::PlaceholderText);
            style = Qt::DotLine;
        }
        break;
    case FlowStep::State::Failed:
        colour = Tones::text(Tones::Tone::Error, pal, band);
        if (failing)
            lineWidth = std::max(2.5, unit / 5);
        break;
    case FlowStep::State::Unknown:
        style = Qt::DashDotLine;
        break;
    case FlowStep::State::NotReached:
        colour = pal.color(QPalette::PlaceholderText);
        style = Qt::DashLine;
        break;
    }

    painter.save();
    painter.setOpacity(std::clamp(fraction * 2, 0.0, 1.0));
    drawBadge(painter, row.badge, step.state);
    QFont font = this->font();
    font.setBold(failing);
    painter.setFont(font);
    painter.setPen(step.state == FlowStep::State::NotReached ? pal.color(QPalette::PlaceholderText)
                       : step.state == FlowStep::State::Failed ? colour
                                                               : pal.color(QPalette::WindowText));
    // A halo of the band's colour interrupts the lifelines under the words.
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    const QRect words = QFontMetrics(font).boundingRect(row.label, flags, row.text);
    painter.fillRect(words.adjusted(-2, 0, 2, 0), band);
    painter.drawText(row.label, flags, row.text);
    painter.restore();

    // The arrow, drawn out from its sender as the animation runs.
    const qreal x1 = g.laneX[row.from];
    const qreal x2 = g.laneX[row.to];
    const qreal end = x1 + (x2 - x1) * fraction;
    const qreal y = row.arrowY;
    painter.save();
    QPen pen(colour, lineWidth, style, Qt::FlatCap, Qt::MiterJoin);
    painter.setPen(pen);
    const qreal head = unit * (failing ? 0.6 : 0.45);
    const qreal direction = x2 > x1 ? 1.0 : -1.0;
    const bool arrowhead = !row.note && fraction >= 1.0;
    painter.drawLine(QPointF(x1, y), QPointF(arrowhead ? end - direction * head * 0.8 : end, y));
    if (arrowhead) {
        QPainterPath tip;
        tip.moveTo(end, y);
        tip.lineTo(end - direction * head, y - head / 2);
        tip.lineTo(end - direction * head, y + head / 2);
        tip.closeSubpath();
        painter.setPen(Qt::NoPen);
        if (step.state == FlowStep::State::NotReached || step.state == FlowStep::State::Unknown) {
            painter.setPen(QPen(colour, std::max(1.0, unit / 12)));
            painter.setBrush(pal.color(QPalette::Window));
        } else {
            painter.setBrush(colour);
        }
        painter.drawPath(tip);
    }
    painter.restore();
}

void CrossOrgDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    if (!m_flow) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(metrics.height() / 2, 0, -metrics.height() / 2, 0),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         CrossOrgPanel::tr("No call yet. Send a request to see how it went "
                                           "through the Hero API."));
        // With no step to ring yet, the focus rings the whole diagram.
        if (hasFocus()) {
            QStyleOptionFocusRect option;
            option.initFrom(this);
            option.backgroundColor = pal.color(QPalette::Window);
            style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
        }
        return;
    }
    const Geometry g = layoutFor(width());
    const qreal unit = metrics.height();

    // Lifelines under everything.
    painter.setPen(QPen(pal.color(QPalette::Mid), std::max(1.0, unit / 14), Qt::DashLine));
    for (int lane = 0; lane < LaneCount; ++lane)
        painter.drawLine(QPointF(g.laneX[lane], g.headers[lane].bottom()),
                         QPointF(g.laneX[lane], g.height - unit / 2));

    // Lane headers.
    const QFont bold = Tones::boldFont(font());
    const QFont small = Tones::smallerFont(font());
    const int pad = std::max(2, metrics.height() / 4);
    for (int lane = 0; lane < LaneCount; ++lane) {
        const QRectF box = QRectF(g.headers[lane]).adjusted(0.5, 0.5, -0.5, -0.5);
        const bool checkIdle =
            lane == CheckLane && m_flow->callKind != CallKind::CrossOrganisational;
        painter.setPen(QPen(pal.color(QPalette::Mid), 1, checkIdle ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(checkIdle ? pal.color(QPalette::Window)
                                   : pal.color(QPalette::AlternateBase));
        painter.drawRoundedRect(box, unit / 4, unit / 4);
        painter.setPen(checkIdle ? pal.color(QPalette::PlaceholderText)
                                 : pal.color(QPalette::WindowText));
        painter.setFont(bold);
        const QRect inner = g.headers[lane].adjusted(pad, pad, -pad, -pad);
        painter.drawText(inner, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         laneTitle(lane));
        painter.setFont(small);
        if (!checkIdle)
            painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(inner.adjusted(0, g.titleHeight + pad / 2, 0, 0),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, g.headerTexts[lane]);
    }
    painter.setFont(font());

    // Rows appear one after the other while the animation runs.
    const int count = g.rows.size();
    for (int i = 0; i < count; ++i) {
        const qreal fraction = std::clamp(m_progress * count - i, 0.0, 1.0);
        if (fraction > 0)
            drawRow(painter, g, i, fraction);
    }
}

void CrossOrgDiagram::moveFocus(int index)
{
    if (!m_flow)
        return;
    m_focused = std::clamp(index, 0, int(m_flow->steps.size()) - 1);
    announceFocusedStep();
    update();
}

void CrossOrgDiagram::announceFocusedStep()
{
    // The steps are the list items of the diagram's accessible interface (accessibility.cpp).
    if (m_flow)
        announceFocusedItem(this, m_focused);
}

void CrossOrgDiagram::mousePressEvent(QMouseEvent *event)
{
    if (!m_flow || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const Geometry g = layoutFor(width());
    for (int i = 0; i < g.rows.size(); ++i) {
        if (g.rows.at(i).band.contains(event->position().toPoint())) {
            setFocus(Qt::MouseFocusReason);
            moveFocus(i);
            setSelected(i);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void CrossOrgDiagram::keyPressEvent(QKeyEvent *event)
{
    if (!m_flow) {
        QWidget::keyPressEvent(event);
        return;
    }
    const int last = int(m_flow->steps.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        moveFocus(m_focused < 0 ? 0 : m_focused - 1);
        return;
    case Qt::Key_Down:
    case Qt::Key_Right:
        moveFocus(m_focused < 0 ? 0 : m_focused + 1);
        return;
    case Qt::Key_Home:
        moveFocus(0);
        return;
    case Qt::Key_End:
        moveFocus(last);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_focused >= 0)
            setSelected(m_focused);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CrossOrgDiagram::focusNextPrevChild(bool next)
{
    // Tab walks the steps first, then leaves the diagram.
    if (m_flow && hasFocus()) {
        const int last = int(m_flow->steps.size()) - 1;
        if (next && m_focused < last) {
            moveFocus(m_focused + 1);
            return true;
        }
        if (!next && m_focused > 0) {
            moveFocus(m_focused - 1);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

void CrossOrgDiagram::focusInEvent(QFocusEvent *event)
{
    if (m_flow) {
        if (event->reason() == Qt::BacktabFocusReason)
            m_focused = int(m_flow->steps.size()) - 1;
        else if (event->reason() == Qt::TabFocusReason || m_focused < 0)
            m_focused = m_selected >= 0 && event->reason() != Qt::TabFocusReason ? m_selected : 0;
    }
    QWidget::focusInEvent(event);
    // After Qt tells screen readers that the diagram took the focus: then the step has it.
    QTimer::singleShot(0, this, [this] { announceFocusedStep(); });
    update();
}

void CrossOrgDiagram::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void CrossOrgDiagram::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

CrossOrgPanel::CrossOrgPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_diagram(new CrossOrgDiagram(this))
    , m_evidence(new QLabel(this))
    , m_switchHome(new QPushButton(tr("Switch to home group"), this))
    , m_runDoctor(new QPushButton(tr("Run the 403 doctor"), this))
{
    setObjectName(QStringLiteral("crossOrgPanel"));
    setAccessibleName(tr("Cross-organisational flow"));
    m_summary->setObjectName(QStringLiteral("flowSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setFont(Tones::boldFont(m_summary->font()));
    m_evidence->setObjectName(QStringLiteral("flowEvidence"));
    m_evidence->setWordWrap(true);
    m_evidence->setTextFormat(Qt::PlainText); // evidence quotes the server's words
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_switchHome->setObjectName(QStringLiteral("flowSwitchHome"));
    m_runDoctor->setObjectName(QStringLiteral("flowRunDoctor"));
    m_runDoctor->setToolTip(tr("Find out with safe GET probes which rule refused the call"));

    // The buttons wrap rather than widen a narrow side panel past its scroll area.
    auto *buttons = new FlowLayout;
    buttons->setSpacing(fontMetrics().averageCharWidth());
    buttons->addWidget(m_switchHome);
    buttons->addWidget(m_runDoctor);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_diagram);
    layout->addWidget(m_evidence);
    layout->addLayout(buttons);
    layout->addStretch();

    m_diagram->selectionChanged = [this](int index) { showEvidence(index); };
    connect(m_switchHome, &QPushButton::clicked, this,
            [this] { emit switchToHomeGroupRequested(m_flow.homeGroup); });
    connect(m_runDoctor, &QPushButton::clicked, this, &CrossOrgPanel::runDoctorRequested);
    setAnimationsEnabled(!Tones::prefersReducedMotion());
    refresh();
}

void CrossOrgPanel::setFlow(const CrossOrgFlow &flow)
{
    m_flow = flow;
    m_hasFlow = !flow.steps.isEmpty();
    m_diagram->setFlow(m_hasFlow ? &m_flow : nullptr, true);
    refresh();
}

void CrossOrgPanel::setExchange(const Exchange &exchange, const Diagnosis &diagnosis,
                                const QString &homeGroup, const QMap<QString, QString> &names,
                                const QString &keyFingerprint)
{
    setFlow(deriveFlow(exchange, diagnosis, homeGroup, names, keyFingerprint));
}

void CrossOrgPanel::clear()
{
    m_flow = CrossOrgFlow();
    m_hasFlow = false;
    m_diagram->setFlow(nullptr, false);
    refresh();
}

QString CrossOrgPanel::stepAccessibleName(const CrossOrgFlow &flow, int index)
{
    if (index < 0 || index >= flow.steps.size())
        return QString();
    const FlowStep &step = flow.steps.at(index);
    return tr("Step %1 of %2: %3, %4")
        .arg(index + 1)
        .arg(flow.steps.size())
        .arg(step.title, flowStepStateText(step.state));
}

QString CrossOrgPanel::stepText(int index) const
{
    return m_hasFlow && index >= 0 && index < m_flow.steps.size() ? m_diagram->rowText(index)
                                                                  : QString();
}

QStringList CrossOrgPanel::laneTexts() const
{
    QStringList texts;
    for (int lane = 0; m_hasFlow && lane < LaneCount; ++lane)
        texts << m_diagram->laneText(lane);
    return texts;
}

int CrossOrgPanel::highlightedStep() const
{
    return m_hasFlow ? m_flow.failingStep() : -1;
}

int CrossOrgPanel::selectedStep() const
{
    return m_diagram->selected();
}

void CrossOrgPanel::selectStep(int index)
{
    m_diagram->setSelected(index);
}

int CrossOrgPanel::focusedStep() const
{
    return m_diagram->focused();
}

QRect CrossOrgPanel::stepRect(int index) const
{
    return m_diagram->stepRect(index);
}

QWidget *CrossOrgPanel::diagram() const
{
    return m_diagram;
}

void CrossOrgPanel::setAnimationsEnabled(bool enabled)
{
    m_diagram->setAnimationsEnabled(enabled);
}

bool CrossOrgPanel::animationsEnabled() const
{
    return m_diagram->animationsEnabled();
}

bool CrossOrgPanel::isAnimating() const
{
    return m_diagram->isAnimating();
}

QString CrossOrgPanel::summaryText() const
{
    return m_hasFlow ? flowSummary(m_flow) : tr("Cross-organisational flow: no call yet");
}

void CrossOrgPanel::showEvidence(int index)
{
    if (!m_hasFlow || index < 0 || index >= m_flow.steps.size()) {
        m_evidence->setText(m_hasFlow ? tr("Click a step to see what it rests on.") : QString());
        m_evidence->setVisible(m_hasFlow);
        return;
    }
    m_evidence->setText(flowStepDetail(m_flow, index));
    m_evidence->setVisible(true);
}

void CrossOrgPanel::refresh()
{
    const QString description = m_hasFlow ? describeFlow(m_flow) : tr("No call yet.");
    setAccessibleDescription(description);
    m_diagram->setAccessibleDescription(description);
    m_diagram->setToolTip(m_hasFlow ? tr("Click a step, or use Tab and the arrow keys, to see "
                                         "its evidence")
                                    : QString());
    m_summary->setText(summaryText());
    showEvidence(m_diagram->selected());
    // The buttons offer what the diagnosis offers, and nothing it does not.
    m_switchHome->setVisible(m_hasFlow && m_flow.offers(NextStep::SwitchToHomeGroup)
                             && !m_flow.homeGroup.isEmpty());
    m_switchHome->setToolTip(m_hasFlow
                                 ? tr("Send the call again as %1, the key's home group")
                                       .arg(compactGroupText(m_flow.homeGroup, m_flow.homeName))
                                 : QString());
    m_runDoctor->setVisible(m_hasFlow && m_flow.offers(NextStep::RunDoctor));
}

void CrossOrgPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_switchHome->setText(tr("Switch to home group"));
        m_runDoctor->setText(tr("Run the 403 doctor"));
        refresh();
    }
    QWidget::changeEvent(event);
}
