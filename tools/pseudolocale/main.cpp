// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// hero-pseudolocale IN.ts OUT.ts: fills every message of a .ts that lupdate wrote with its
// pseudo-translation, "Send" → "[Šéñð ~]": letters accented, about 40 % longer, in brackets, so
// that a text shown plain was never translated and a label too narrow for a longer language is
// cut. What code or Qt reads in a text stays as it is: %1, %n and %L1, &-mnemonics and &&,
// HTML tags and entities, {placeholders} and {{variables}}, and URLs.
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> accents = [] {
        const QString plain = QStringLiteral("aeiouycnsdzgrltwAEIOUYCNSDZGRLTW");
        const QString marked = QStringLiteral("áéíöüýçñšðžĝŕľţŵÅÉÎÖÛÝÇÑŜÐŽĜŔĽŢŴ");
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain.at(i), marked.at(i));
        return map;
    }();
    return accents.value(c, c);
}

QString pseudo(const QString &source)
{
    if (source.trimmed().isEmpty())
        return source;
    // The parts kept verbatim: format markers, mnemonics, tags, entities, placeholders, URLs.
    static const QRegularExpression kept(QStringLiteral(
        R"(%L?(?:\d+|n)|&&|&[A-Za-z#0-9]+;|&.|<[^<>]*>|\{\{[^}]*\}\}|\{[^{}]*\}|[a-z]+://\S+)"));
    QString text;
    qsizetype at = 0;
    for (auto it = kept.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        for (; at < match.capturedStart(); ++at)
            text += accented(source.at(at));
        text += match.captured();
        at = match.capturedEnd();
    }
    for (; at < source.size(); ++at)
        text += accented(source.at(at));
    // About 40 % longer in all: the brackets, a space and tildes.
    const qsizetype longer = qMax<qsizetype>(4, (source.size() * 4 + 9) / 10);
    return u'[' + text + u' ' + QString(longer - 3, u'~') + u']';
}

// Copies the .ts from in to out, with a pseudo-translation in every <translation>.
bool rewrite(QXmlStreamReader &in, QXmlStreamWriter &out)
{
    QString source;
    bool numerus = false;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement() && in.name() == u"message")
            numerus = in.attributes().value(QStringLiteral("numerus")) == u"yes";
        if (in.isStartElement() && in.name() == u"source") {
            out.writeStartElement(QStringLiteral("source"));
            source = in.readElementText();
            out.writeCharacters(source);
            out.writeEndElement();
            continue;
        }
        if (in.isStartElement() && in.name() == u"translation") {
            in.skipCurrentElement();
            out.writeStartElement(QStringLiteral("translation"));
            if (numerus) {
                // English has two forms; the pseudo-locale writes the same text in both.
                for (int form = 0; form < 2; ++form)
                    out.writeTextElement(QStringLiteral("numerusform"), pseudo(source));
            } else {
                out.writeCharacters(pseudo(source));
            }
            out.writeEndElement();
            continue;
        }
        if (in.isDTD())
            continue; // lrelease needs none
        out.writeCurrentToken(in);
    }
    return !in.hasError();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() != 3) {
        err << "usage: hero-pseudolocale IN.ts OUT.ts\n";
        return 1;
    }
    QFile inFile(arguments.at(1));
    QFile outFile(arguments.at(2));
    if (!inFile.open(QIODevice::ReadOnly) || !outFile.open(QIODevice::WriteOnly)) {
        err << "hero-pseudolocale: cannot open " << arguments.at(1) << " or " << arguments.at(2)
            << '\n';
        return 1;
    }
    QXmlStreamReader in(&inFile);
    QXmlStreamWriter out(&outFile);
    if (!rewrite(in, out)) {
        err << "hero-pseudolocale: " << arguments.at(1) << ':' << in.lineNumber() << ": "
            << in.errorString() << '\n';
        return 1;
    }
    return 0;
}
