// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "pathtemplate.h"

#include <QRegularExpression>
#include <QStringView>
#include <QUrl>

namespace {

// "{name}": a parameter name holds neither braces nor a '/'. A "{{name}}" is a collection's
// variable, not a parameter.
const QRegularExpression &parameterPattern()
{
    static const QRegularExpression parameter(QStringLiteral("(?<!\\{)\\{([^{}/]+)\\}(?!\\})"));
    return parameter;
}

QString normalizedPath(QStringView path)
{
    const qsizetype cut = path.indexOf(QLatin1Char('?'));
    if (cut >= 0)
        path = path.left(cut);
    const qsizetype hash = path.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        path = path.left(hash);
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.toString();
}

// Keeps what a path may hold literally and encodes the rest (spaces, non-ASCII).
QString encodedLiteral(QStringView literal)
{
    return QString::fromLatin1(
        QUrl::toPercentEncoding(literal.toString(), QByteArrayLiteral("/!$&'()*+,;=:@%")));
}

QString decoded(QStringView segment)
{
    return QUrl::fromPercentEncoding(segment.toUtf8());
}

// A segment that mixes literal text and parameters, such as "{name}.json": the template turned
// into a regular expression, each parameter one capture. False when the segment does not fit.
bool matchMixedSegment(QStringView templ, QStringView segment, QMap<QString, QString> *values)
{
    QString pattern = QStringLiteral("^");
    QStringList names;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : parameterPattern().globalMatch(templ)) {
        pattern += QRegularExpression::escape(templ.mid(done, match.capturedStart() - done))
            + QStringLiteral("([^/]+)");
        names.append(match.captured(1));
        done = match.capturedEnd();
    }
    if (names.isEmpty())
        return templ == segment; // an unclosed brace is literal text
    pattern += QRegularExpression::escape(templ.mid(done)) + QLatin1Char('$');
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(segment);
    if (!match.hasMatch())
        return false;
    for (int i = 0; i < names.size(); ++i)
        values->insert(names.at(i), decoded(match.capturedView(i + 1)));
    return true;
}

} // namespace

PathTemplateMatch matchPathTemplate(const QString &pathTemplate, const QString &concretePath)
{
    const QString templ = normalizedPath(pathTemplate);
    const QString concrete = normalizedPath(concretePath);
    const auto templateSegments = QStringView(templ).split(QLatin1Char('/'));
    const auto concreteSegments = QStringView(concrete).split(QLatin1Char('/'));
    if (templateSegments.size() != concreteSegments.size())
        return {};
    PathTemplateMatch result;
    int score = 0;
    for (qsizetype i = 0; i < templateSegments.size(); ++i) {
        const QStringView t = templateSegments.at(i);
        const QStringView c = concreteSegments.at(i);
        if (t == c) {
            score += 2; // a literal segment outranks any template segment
            continue;
        }
        if (c.isEmpty() || !t.contains(QLatin1Char('{')))
            return {};
        if (t.startsWith(QLatin1Char('{')) && t.endsWith(QLatin1Char('}'))
            && t.count(QLatin1Char('{')) == 1) {
            result.values.insert(t.mid(1, t.size() - 2).toString(), decoded(c));
        } else if (!matchMixedSegment(t, c, &result.values)) {
            return {};
        }
        score += 1;
    }
    result.score = score;
    return result;
}

QStringList pathTemplateParameters(const QString &pathTemplate)
{
    QStringList names;
    for (const QRegularExpressionMatch &match : parameterPattern().globalMatch(pathTemplate)) {
        if (!names.contains(match.captured(1)))
            names.append(match.captured(1));
    }
    return names;
}

QString expandPathTemplate(const QString &pathTemplate,
                           const std::function<QString(const QString &name)> &valueOf)
{
    QString path;
    qsizetype done = 0;
    for (const QRegularExpressionMatch &match : parameterPattern().globalMatch(pathTemplate)) {
        path += encodedLiteral(QStringView(pathTemplate).mid(done, match.capturedStart() - done));
        // '/' in a value is data, not a new segment: encode everything but the unreserved set.
        path += QString::fromLatin1(QUrl::toPercentEncoding(valueOf(match.captured(1))));
        done = match.capturedEnd();
    }
    return path + encodedLiteral(QStringView(pathTemplate).mid(done));
}
