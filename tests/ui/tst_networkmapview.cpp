// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "crossorg/networkmap.h"
#include "diagnosis/diagnosis.h"
#include "http/apiclient.h"
#include "networkmapview.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// The sandbox fixture's fictional key (SANDBOX.md); it works nowhere else.
const QByteArray RiversideKey = "hero_sbx_full_7Q2mX9";
const QString Home = QStringLiteral("1001");

int pixelsLike(const QImage &image, const QRect &area, bool (*matches)(const QColor &))
{
    int count = 0;
    const QRect inside = area.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x) {
            if (matches(image.pixelColor(x, y)))
                ++count;
        }
    }
    return count;
}

bool reddish(const QColor &c)
{
    return c.red() > c.green() + 60 && c.red() > c.blue() + 60;
}

bool greenish(const QColor &c)
{
    return c.green() > c.red() + 40 && c.green() > c.blue() + 20;
}

} // namespace

class TestNetworkMapView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mapShowsNorthsideReachedAndElmTreeRefused();
    void stateIsDrawnInColourAndMark();
    void followsChangesOfItsKeyOnly();
    void grabsAtOneAndTwoTimesScaleAreSaved();
    void emptyMapSaysSo();
    void sizeHintFollowsTheFont();

private:
    Exchange send(const QByteArray &group, const QString &path);
    void feed(NetworkMap *map, const QByteArray &group, const QString &path);

    SandboxServer m_sandbox;
    QNetworkAccessManager m_network;
    ApiClient m_client{&m_network};
    Environment m_environment;
    NetworkMap m_map;
    QString m_fingerprint;
    QTemporaryDir m_screenshots;
};

Exchange TestNetworkMapView::send(const QByteArray &group, const QString &path)
{
    ApiRequest request;
    request.path = path;
    ApiCall *call = m_client.send(m_environment, {RiversideKey, group}, request);
    QSignalSpy finished(call, &ApiCall::finished);
    if (!finished.wait(10000))
        return Exchange();
    return finished.first().first().value<Exchange>();
}

void TestNetworkMapView::feed(NetworkMap *map, const QByteArray &group, const QString &path)
{
    const Exchange exchange = send(group, path);
    QVERIFY(exchange.status > 0);
    DiagnosisContext context;
    context.environment = m_environment;
    context.homePracticeGroup = Home;
    map->recordExchange(m_fingerprint, Home, exchange, diagnose(exchange, context));
}

void TestNetworkMapView::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start(SandboxOptions{}, &error), qPrintable(error));
    m_environment = sandboxEnvironment(m_sandbox.baseUrl());
    m_fingerprint = redactedKey(RiversideKey);
    // The names the explorer knows from its practice-group settings; a refused group's own
    // answer never names it.
    QMap<QString, QString> names;
    for (const SandboxPracticeGroup &group : m_sandbox.fixture().practiceGroups)
        names.insert(group.id, group.name);
    m_map.setNames(names);
    QVERIFY(m_screenshots.isValid());
    // HERO_KEEP_SCREENSHOTS=1 keeps the PNGs for a human to look at.
    m_screenshots.setAutoRemove(qEnvironmentVariableIsEmpty("HERO_KEEP_SCREENSHOTS"));
    // The sequence: the same GET as 1001, 1003 and 2001, then the list of groups.
    for (const QByteArray &group : {QByteArray("1001"), QByteArray("1003"), QByteArray("2001")})
        feed(&m_map, group, QStringLiteral("/v1/me"));
    feed(&m_map, "1001", QStringLiteral("/v1/practice-groups"));
}

void TestNetworkMapView::mapShowsNorthsideReachedAndElmTreeRefused()
{
    NetworkMapView view;
    view.setMap(&m_map, m_fingerprint);
    QVERIFY2(view.networkCaption().contains(QStringLiteral("Northside PCN")),
             qPrintable(view.networkCaption()));
    const QString text = view.accessibleDescription();
    for (const QString &line :
         {QStringLiteral("Home group: 1001 Riverside Medical Practice"),
          QStringLiteral(
              "Reached: 1003 Northside PCN Hub, network Northside PCN, last answer 200."),
          QStringLiteral("Reachable: 1002 Hillview Surgery"),
          QStringLiteral("Refused: 2001 Elm Tree Practice, last answer 403")})
        QVERIFY2(text.contains(line), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(RiversideKey)));

    // The home group on top, the refused group last and outside the network box.
    view.resize(360,
                view.heightForWidth(360) > 0 ? view.heightForWidth(360) : view.sizeHint().height());
    const QRect home = view.groupRect(Home);
    const QRect hub = view.groupRect(QStringLiteral("1003"));
    const QRect elm = view.groupRect(QStringLiteral("2001"));
    QVERIFY(!home.isEmpty() && !hub.isEmpty() && !elm.isEmpty());
    QVERIFY(home.bottom() < hub.top());
    QVERIFY(hub.bottom() < elm.top());
    QVERIFY(home.left() < hub.left());
}

void TestNetworkMapView::stateIsDrawnInColourAndMark()
{
    NetworkMapView view;
    view.setMap(&m_map, m_fingerprint);
    view.resize(view.sizeHint());
    const QImage image = view.grab().toImage();
    const QRect elm = view.groupRect(QStringLiteral("2001"));
    const QRect hub = view.groupRect(QStringLiteral("1003"));
    const QRect listed = view.groupRect(QStringLiteral("1002"));
    QVERIFY(pixelsLike(image, elm, reddish) > 20);
    QCOMPARE(pixelsLike(image, hub, reddish), 0);
    QVERIFY(pixelsLike(image, hub, greenish) > 20);
    QCOMPARE(pixelsLike(image, listed, reddish), 0);
    QCOMPARE(pixelsLike(image, listed, greenish), 0);
}

void TestNetworkMapView::followsChangesOfItsKeyOnly()
{
    NetworkMap map;
    NetworkMapView view;
    view.setMap(&map, m_fingerprint);
    QVERIFY(view.groups().isEmpty());
    feed(&map, "1001", QStringLiteral("/v1/me"));
    QCOMPARE(view.groups().size(), 1);
    QCOMPARE(view.groups().first().reach, NetworkMap::Reach::Home);
    feed(&map, "2001", QStringLiteral("/v1/me"));
    QCOMPARE(view.groups().size(), 2);
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("Refused: 2001")));

    map.setHomeGroup(QStringLiteral("…other"), QStringLiteral("2001"));
    QCOMPARE(view.groups().size(), 2);
    view.setFingerprint(QStringLiteral("…other"));
    QCOMPARE(view.groups().size(), 1);
    QCOMPARE(view.groups().first().id, QStringLiteral("2001"));

    view.setMap(nullptr, m_fingerprint);
    QVERIFY(view.groups().isEmpty());
    feed(&map, "1003", QStringLiteral("/v1/me"));
    QVERIFY(view.groups().isEmpty());
}

void TestNetworkMapView::grabsAtOneAndTwoTimesScaleAreSaved()
{
    NetworkMapView view;
    view.setMap(&m_map, m_fingerprint);
    for (const int width : {320, 420}) {
        view.resize(width, view.sizeHint().height());
        for (const qreal scale : {1.0, 2.0}) {
            QPixmap pixmap(view.size() * scale);
            pixmap.setDevicePixelRatio(scale);
            pixmap.fill(view.palette().color(QPalette::Window));
            view.render(&pixmap);
            QCOMPARE(pixmap.toImage().size(), view.size() * scale);
            QVERIFY(pixmap.save(m_screenshots.filePath(
                QStringLiteral("networkmapview-%1px-%2x.png").arg(width).arg(scale))));
        }
    }
    if (!m_screenshots.autoRemove())
        qInfo("screenshots kept in %s", qPrintable(m_screenshots.path()));
}

void TestNetworkMapView::emptyMapSaysSo()
{
    NetworkMapView view;
    QVERIFY(view.groups().isEmpty());
    QVERIFY(view.networkCaption().isEmpty());
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("No practice groups")));
    QVERIFY(!view.accessibleName().isEmpty());
    view.resize(view.sizeHint());
    QVERIFY(!view.grab().isNull());
}

void TestNetworkMapView::sizeHintFollowsTheFont()
{
    NetworkMapView view;
    view.setMap(&m_map, m_fingerprint);
    const QSize normal = view.sizeHint();
    QFont large = view.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    view.setFont(large);
    const QSize big = view.sizeHint();
    QVERIFY(big.width() > normal.width() * 3 / 2);
    QVERIFY(big.height() > normal.height() * 3 / 2);
}

QTEST_MAIN(TestNetworkMapView)
#include "tst_networkmapview.moc"
