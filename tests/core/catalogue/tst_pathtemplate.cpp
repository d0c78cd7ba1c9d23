// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "catalogue/pathtemplate.h"

#include <QTest>

using Values = QMap<QString, QString>;

class TestPathTemplate : public QObject
{
    Q_OBJECT

private slots:
    void matchGivesScoreAndValues_data();
    void matchGivesScoreAndValues();
    void aLiteralSegmentOutranksAParameter();
    void parametersInOrderOnce_data();
    void parametersInOrderOnce();
    void expandEncodesValuesAsData_data();
    void expandEncodesValuesAsData();
    void expandThenMatchGivesTheValuesBack();
};

void TestPathTemplate::matchGivesScoreAndValues_data()
{
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("score");
    QTest::addColumn<Values>("values");
    const QString patient = QStringLiteral("/v1/patients/{id}");
    QTest::newRow("literal") << "/v1/me"
                             << "/v1/me" << 6 << Values{};
    QTest::newRow("one parameter") << patient << "/v1/patients/42" << 7
                                   << Values{{QStringLiteral("id"), QStringLiteral("42")}};
    QTest::newRow("value is decoded") << patient << "/v1/patients/a%2Fb%20c" << 7
                                      << Values{{QStringLiteral("id"), QStringLiteral("a/b c")}};
    QTest::newRow("query and trailing slash ignored")
        << patient << "/v1/patients/42/?x=1" << 7
        << Values{{QStringLiteral("id"), QStringLiteral("42")}};
    QTest::newRow("two parameters") << "/v1/groups/{group}/notes/{note}"
                                    << "/v1/groups/1001/notes/n7" << 10
                                    << Values{{QStringLiteral("group"), QStringLiteral("1001")},
                                              {QStringLiteral("note"), QStringLiteral("n7")}};
    QTest::newRow("mixed segment") << "/v1/files/{name}.json"
                                   << "/v1/files/report.json" << 7
                                   << Values{{QStringLiteral("name"), QStringLiteral("report")}};
    QTest::newRow("mixed segment, other suffix") << "/v1/files/{name}.json"
                                                 << "/v1/files/report.xml" << -1 << Values{};
    QTest::newRow("an empty segment is no value") << patient << "/v1/patients//" << -1 << Values{};
    QTest::newRow("other literal") << patient << "/v2/patients/42" << -1 << Values{};
    QTest::newRow("more segments") << patient << "/v1/patients/42/notes" << -1 << Values{};
    QTest::newRow("fewer segments") << patient << "/v1/patients" << -1 << Values{};
}

void TestPathTemplate::matchGivesScoreAndValues()
{
    QFETCH(QString, pathTemplate);
    QFETCH(QString, path);
    QFETCH(int, score);
    QFETCH(Values, values);
    const PathTemplateMatch match = matchPathTemplate(pathTemplate, path);
    QCOMPARE(match.score, score);
    QCOMPARE(match.matches(), score >= 0);
    QCOMPARE(match.values, values);
}

void TestPathTemplate::aLiteralSegmentOutranksAParameter()
{
    const QString path = QStringLiteral("/v1/patients/register");
    QVERIFY(matchPathTemplate(QStringLiteral("/v1/patients/register"), path).score
            > matchPathTemplate(QStringLiteral("/v1/patients/{id}"), path).score);
}

void TestPathTemplate::parametersInOrderOnce_data()
{
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("none") << "/v1/me" << QStringList{};
    QTest::newRow("two") << "/v1/a/{id}/b/{key}"
                         << QStringList{QStringLiteral("id"), QStringLiteral("key")};
    QTest::newRow("repeated") << "/v1/{id}/x/{id}" << QStringList{QStringLiteral("id")};
    QTest::newRow("mixed") << "/v1/files/{name}.{ext}"
                           << QStringList{QStringLiteral("name"), QStringLiteral("ext")};
    QTest::newRow("unclosed brace is text") << "/v1/{id" << QStringList{};
    // A collection's {{variable}} is filled in from its variables, not as a parameter.
    QTest::newRow("variables are not parameters")
        << "/v1/{{area}}/{id}?limit={{limit}}" << QStringList{QStringLiteral("id")};
}

void TestPathTemplate::parametersInOrderOnce()
{
    QFETCH(QString, pathTemplate);
    QFETCH(QStringList, names);
    QCOMPARE(pathTemplateParameters(pathTemplate), names);
}

void TestPathTemplate::expandEncodesValuesAsData_data()
{
    QTest::addColumn<QString>("pathTemplate");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("path");
    QTest::newRow("plain") << "/v1/patients/{id}"
                           << Values{{QStringLiteral("id"), QStringLiteral("42")}}
                           << "/v1/patients/42";
    QTest::newRow("a slash in a value stays data")
        << "/v1/patients/{id}" << Values{{QStringLiteral("id"), QStringLiteral("a/b?c")}}
        << "/v1/patients/a%2Fb%3Fc";
    QTest::newRow("literal text is encoded where needed")
        << "/v1/my files/{id}" << Values{{QStringLiteral("id"), QStringLiteral("é")}}
        << "/v1/my%20files/%C3%A9";
    QTest::newRow("a missing value is empty") << "/v1/{a}/x" << Values{} << "/v1//x";
    QTest::newRow("mixed segment")
        << "/v1/files/{name}.json" << Values{{QStringLiteral("name"), QStringLiteral("r 1")}}
        << "/v1/files/r%201.json";
}

void TestPathTemplate::expandEncodesValuesAsData()
{
    QFETCH(QString, pathTemplate);
    QFETCH(Values, values);
    QFETCH(QString, path);
    QCOMPARE(expandPathTemplate(pathTemplate,
                                [&values](const QString &name) { return values.value(name); }),
             path);
}

void TestPathTemplate::expandThenMatchGivesTheValuesBack()
{
    const QString pathTemplate = QStringLiteral("/v1/groups/{group}/notes/{note}");
    const Values values{{QStringLiteral("group"), QStringLiteral("10 01")},
                        {QStringLiteral("note"), QStringLiteral("a/b%c")}};
    const QString path = expandPathTemplate(
        pathTemplate, [&values](const QString &name) { return values.value(name); });
    QCOMPARE(matchPathTemplate(pathTemplate, path).values, values);
}

QTEST_GUILESS_MAIN(TestPathTemplate)
#include "tst_pathtemplate.moc"
