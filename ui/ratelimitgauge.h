// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ratelimit/rategaugestate.h"

#include <QPointer>
#include <QWidget>

class QTimer;
class RequestSession;

// The always-visible rate-limit gauge of the active key: used/limit over a track, a sparkline
// of the last 60 s, and the state in words (OK, near limit, throttling, paused until T), with
// "estimate" when the server sends no rate-limit headers. Renders what RateLimiter says: set
// by setState(), or followed for a RequestSession's key on every change and once a second for
// the countdowns. A click, Enter or Space emits clicked(), for the owner to open the details.
class RateLimitGauge : public QWidget
{
    Q_OBJECT
public:
    explicit RateLimitGauge(QWidget *parent = nullptr);

    void setState(const RateGaugeState &state);
    // Shows the session's rate window from now on; the gauge is per key, so every session using
    // one key shows the same window.
    void setSession(RequestSession *session);
    // Shows the followed session's window again (its environment's limit changed).
    void refresh();
    const RateGaugeState &state() const { return m_state; }

    // The words shown beside the sparkline, e.g. "Throttling: 3 queued, next in 12 s".
    QString stateText() const;
    // The same words for any state, without the " · estimate" mark.
    static QString stateWords(const RateGaugeState &state);
    // The count as a progress bar's value text: "212 of 300 requests in the last minute".
    QString usageText() const;
    // Everything the gauge shows, as sentences: the tooltip and the accessible description.
    QString description() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clicked();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // A pause's words: a 429's refusal, or a quota the server reported used up.
    static QString pausedWords(bool serverRefused, const QString &until, const QString &seconds);
    struct Layout
    {
        QRect track;
        QRect sparkline;
        QRect text;
    };
    Layout layout() const;
    QColor stateColor() const;
    QString countText() const;
    void refreshTexts();

    RateGaugeState m_state;
    QPointer<RequestSession> m_session;
    QTimer *const m_tick;
    QMetaObject::Connection m_limiterConnection;
    bool m_pressed = false; // a release only clicks after a press on the gauge itself
};
