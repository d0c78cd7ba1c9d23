// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/httpfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace {

// Carries the translation context of the notices.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpFile)
};

// One line of the file: [begin, end) is its text, next is where the following line starts (end
// plus its "\n" or "\r\n"; equal to end for a last line without one).
struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype next = 0;
    QString text;
    bool hasTerminator() const { return next > end; }
};

// Where the parts of one request sit, for the edits: indices into the file's lines.
struct Layout
{
    int separator = -1;
    int nameDirective = -1; // the last "# @name" line, which names the request
    QList<int> nameDirectives; // all of them
    QByteArray nameMarker; // "#" or "//" of the "# @name" line
    int requestFirst = -1;
    int requestLast = -1;
    QList<int> headers;
    int headerSectionLast = -1; // the last non-blank line before the body
    int bodyFirst = -1;
    int bodyLast = -1; // the last line of body text; trailing comments are not body
    QList<int> assertions;
    int blockEnd = 0; // index of the next separator, or the line count
    QByteArray eol;
};

// The size of the UTF-8 byte order mark the file starts with, if any: it belongs to the file,
// not to its first block.
qsizetype byteOrderMarkSize(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
}

QList<Line> splitLines(const QByteArray &bytes)
{
    QList<Line> lines;
    qsizetype begin = byteOrderMarkSize(bytes);
    while (begin < bytes.size()) {
        Line line;
        line.begin = begin;
        const qsizetype newline = bytes.indexOf('\n', begin);
        if (newline < 0) {
            line.end = line.next = bytes.size();
        } else {
            line.end = newline > begin && bytes.at(newline - 1) == '\r' ? newline - 1 : newline;
            line.next = newline + 1;
        }
        line.text = QString::fromUtf8(bytes.constData() + line.begin, line.end - line.begin);
        lines.append(line);
        begin = line.next;
    }
    return lines;
}

bool isSeparator(const QString &text)
{
    return text.startsWith(QLatin1String("###"));
}

// The text after "###" (and any further '#'), which names the request that follows.
QString separatorName(const QString &text)
{
    qsizetype at = 0;
    while (at < text.size() && text.at(at) == u'#')
        ++at;
    return text.mid(at).trimmed();
}

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(u'#') || trimmed.startsWith(QLatin1String("//"));
}

// An indented line right after the request line that goes on with its URL: a path part, the
// query or more of it ("  /get", "  ?id=42", "  &limit=50"). Other indented lines are headers.
bool isContinuation(const QString &text, const QString &trimmed)
{
    if (trimmed.isEmpty() || !text.at(0).isSpace() || trimmed.startsWith(QLatin1String("??"))
        || trimmed.startsWith(QLatin1String("//")))
        return false;
    const QChar first = trimmed.at(0);
    return first == u'/' || first == u'?' || first == u'&';
}

bool isKnownMethod(const QString &token)
{
    static const QStringList methods = {
        QStringLiteral("GET"),   QStringLiteral("HEAD"),    QStringLiteral("POST"),
        QStringLiteral("PUT"),   QStringLiteral("DELETE"),  QStringLiteral("CONNECT"),
        QStringLiteral("PATCH"), QStringLiteral("OPTIONS"), QStringLiteral("TRACE"),
    };
    return methods.contains(token.toUpper());
}

bool isUpperWord(const QString &token)
{
    return !token.isEmpty() && std::all_of(token.cbegin(), token.cend(), [](QChar c) {
        return c >= u'A' && c <= u'Z';
    });
}

// "[METHOD ]target[ HTTP/x.y]", the target possibly continued on indented lines.
void readRequestLine(const QString &joined, HttpRequestText *request)
{
    static const QRegularExpression version(QStringLiteral("\\s+HTTP/\\d+(\\.\\d+)?$"));
    QString rest = joined.trimmed();
    const qsizetype space = rest.indexOf(QRegularExpression(QStringLiteral("\\s")));
    if (space > 0) {
        const QString token = rest.left(space);
        if (isKnownMethod(token) || isUpperWord(token)) {
            request->method = token.toUpper();
            rest = rest.mid(space).trimmed();
        }
    } else if (isKnownMethod(rest)) {
        request->method = rest.toUpper();
        rest.clear();
    }
    rest.remove(version);
    request->url = rest;
}

enum class State { Preamble, Script, RequestLine, Headers, BeforeBody, Body, Tail, Handler };

// Reads one file into its parts; the edits read it again to find where things are.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes)
        : m_bytes(bytes)
        , m_lines(splitLines(bytes))
    {
        const qsizetype lf = bytes.indexOf('\n');
        m_eol = lf > 0 && bytes.at(lf - 1) == '\r' ? QByteArrayLiteral("\r\n")
                                                   : QByteArrayLiteral("\n");
    }

    void read()
    {
        int blockStart = 0;
        for (int index = 0; index <= m_lines.size(); ++index) {
            if (index == m_lines.size() || isSeparator(m_lines.at(index).text)) {
                readBlock(blockStart, index);
                blockStart = index;
            }
        }
    }

    const QList<Line> &lines() const { return m_lines; }
    QByteArray eol() const { return m_eol; }

    QList<HttpFileRequest> requests;
    QList<Layout> layouts;
    QList<QPair<QString, QString>> fileVariables;
    QList<HttpFileNotice> ignored;
    QList<HttpFileNotice> problems;

private:
    void note(QList<HttpFileNotice> *list, int line, const QString &text)
    {
        list->append({line + 1, text});
    }

    // Lines [first, last): a separator line first unless it is the file's first block.
    void readBlock(int first, int last)
    {
        Layout layout;
        layout.blockEnd = last;
        HttpRequestText request;
        QString nameFromSeparator;
        int index = first;
        if (index < last && isSeparator(m_lines.at(index).text)) {
            layout.separator = index;
            nameFromSeparator = separatorName(m_lines.at(index).text);
            ++index;
        }
        State state = State::Preamble;
        QString target;
        int lastBodyText = -1;
        for (; index < last; ++index) {
            const Line &line = m_lines.at(index);
            const QString trimmed = line.text.trimmed();
            switch (state) {
            case State::Preamble:
                if (trimmed.isEmpty())
                    break;
                if (isComment(trimmed)) {
                    readComment(index, &layout, &request);
                } else if (trimmed.startsWith(u'@')) {
                    readVariable(index, trimmed);
                } else if (trimmed == QLatin1String("{{")) {
                    // httpyac's script block; "{{baseUrl}}/v1/me" is a request line.
                    note(&ignored, index, Text::tr("script block ignored"));
                    state = State::Script;
                } else {
                    layout.requestFirst = layout.requestLast = layout.headerSectionLast = index;
                    target = trimmed;
                    state = State::RequestLine;
                }
                break;
            case State::Script:
                if (trimmed == QLatin1String("}}"))
                    state = State::Preamble;
                break;
            case State::RequestLine:
                if (isContinuation(line.text, trimmed)) {
                    target += trimmed;
                    layout.requestLast = layout.headerSectionLast = index;
                    break;
                }
                state = State::Headers;
                Q_FALLTHROUGH();
            case State::Headers:
                if (trimmed.isEmpty()) {
                    state = State::BeforeBody;
                } else if (readTailLine(index, trimmed, &layout, &request, &state)) {
                    if (state == State::Headers)
                        layout.headerSectionLast = index; // an assertion among the headers
                } else {
                    layout.headerSectionLast = index;
                    const qsizetype colon = trimmed.indexOf(u':');
                    if (isComment(trimmed)) {
                        // kept as it is
                    } else if (colon > 0) {
                        request.headers.append(
                            {trimmed.left(colon).trimmed(), trimmed.mid(colon + 1).trimmed()});
                        layout.headers.append(index);
                    } else {
                        note(&problems, index, Text::tr("not a header line (Name: value)"));
                    }
                }
                break;
            case State::BeforeBody:
                if (trimmed.isEmpty())
                    break;
                state = State::Body;
                Q_FALLTHROUGH();
            case State::Body:
                if (readTailLine(index, trimmed, &layout, &request, &state))
                    break;
                if (layout.bodyFirst < 0)
                    layout.bodyFirst = index;
                if (!trimmed.isEmpty() && !isComment(trimmed))
                    lastBodyText = index;
                if (trimmed.startsWith(QLatin1String("< ")) || trimmed == QLatin1String("<"))
                    note(&ignored, index,
                         Text::tr("a body from a file is not read; the line is sent as "
                                  "written"));
                break;
            case State::Tail:
                if (trimmed.isEmpty() || isComment(trimmed))
                    break;
                if (!readTailLine(index, trimmed, &layout, &request, &state))
                    note(&problems, index, Text::tr("text after the response handler is not read"));
                break;
            case State::Handler:
                if (trimmed.contains(QLatin1String("%}")))
                    state = State::Tail;
                break;
            }
        }
        if (state == State::Handler)
            note(&problems, last - 1, Text::tr("response handler script is not closed"));
        if (layout.requestFirst < 0)
            return;
        if (lastBodyText >= 0) {
            layout.bodyLast = lastBodyText;
            QStringList body;
            for (int line = layout.bodyFirst; line <= lastBodyText; ++line)
                body.append(m_lines.at(line).text);
            request.body = body.join(u'\n');
        } else {
            layout.bodyFirst = -1;
        }
        readRequestLine(target, &request);
        if (request.url.isEmpty())
            note(&problems, layout.requestFirst, Text::tr("the request line has no URL"));
        if (request.name.isEmpty())
            request.name = nameFromSeparator;
        const Line &requestLine = m_lines.at(layout.requestFirst);
        layout.eol = requestLine.hasTerminator()
            ? m_bytes.mid(requestLine.end, requestLine.next - requestLine.end)
            : m_eol;

        HttpFileRequest entry;
        entry.request = request;
        entry.firstLine = (layout.separator >= 0 ? layout.separator : first) + 1;
        entry.requestLine = layout.requestFirst + 1;
        entry.begin = first < m_lines.size() ? m_lines.at(first).begin : m_bytes.size();
        entry.end = last < m_lines.size() ? m_lines.at(last).begin : m_bytes.size();
        if (first == 0)
            entry.begin = 0;
        requests.append(entry);
        layouts.append(layout);
    }

    // "# @name x", another directive, or a plain comment.
    void readComment(int index, Layout *layout, HttpRequestText *request)
    {
        static const QRegularExpression directive(
            QStringLiteral("^\\s*(#|//)\\s*@([A-Za-z][\\w-]*)(\\s+(.*?))?\\s*$"));
        const Line &line = m_lines.at(index);
        const QRegularExpressionMatch match = directive.match(line.text);
        if (!match.hasMatch())
            return;
        if (match.captured(2) != QLatin1String("name")) {
            note(&ignored, index, Text::tr("directive @%1 is not run").arg(match.captured(2)));
            return;
        }
        const QString value = match.captured(4);
        layout->nameDirective = index;
        layout->nameDirectives.append(index);
        layout->nameMarker = match.captured(1).toLatin1();
        request->name = value;
    }

    void readVariable(int index, const QString &trimmed)
    {
        static const QRegularExpression variable(QStringLiteral("^@([^\\s=]+)\\s*=(.*)$"));
        const QRegularExpressionMatch match = variable.match(trimmed);
        if (match.hasMatch())
            fileVariables.append({match.captured(1), match.captured(2).trimmed()});
        else
            note(&problems, index, Text::tr("not a variable definition (@name = value)"));
    }

    // An assertion, a response handler, an output redirect or a response reference: true when
    // the line is one of them (the state then moves on to the part after the body).
    bool readTailLine(int index, const QString &trimmed, Layout *layout, HttpRequestText *request,
                      State *state)
    {
        if (trimmed.startsWith(QLatin1String("??"))) {
            request->assertions.append(trimmed);
            layout->assertions.append(index);
            if (*state != State::Headers)
                *state = State::Tail;
            return true;
        }
        if (trimmed.startsWith(QLatin1String("<>"))) {
            note(&ignored, index, Text::tr("response reference ignored"));
        } else if (trimmed.startsWith(QLatin1String(">>"))) {
            note(&ignored, index, Text::tr("output redirect ignored"));
        } else if (trimmed.startsWith(u'>')) {
            const QString handler = trimmed.mid(1).trimmed();
            if (handler.startsWith(QLatin1String("{%"))) {
                note(&ignored, index, Text::tr("response handler script ignored"));
                *state =
                    handler.indexOf(QLatin1String("%}"), 2) >= 0 ? State::Tail : State::Handler;
                return true;
            }
            note(&ignored, index, Text::tr("response handler file ignored"));
        } else {
            return false;
        }
        *state = State::Tail;
        return true;
    }

    const QByteArray m_bytes;
    const QList<Line> m_lines;
    QByteArray m_eol;
};

// One change to the bytes: [begin, end) becomes text. Applied in order of begin, then of seq.
struct Edit
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray text;
};

QByteArray withEol(const QString &text, const QByteArray &eol)
{
    QByteArray bytes = text.toUtf8();
    if (eol != "\n")
        bytes.replace('\n', eol);
    return bytes;
}

class EditList
{
public:
    EditList(const QList<Line> &lines, const QByteArray &eol)
        : m_lines(lines)
        , m_eol(eol)
    {
    }
    void replace(qsizetype begin, qsizetype end, const QByteArray &text)
    {
        m_edits.append({begin, end, text});
    }
    void replaceLine(int line, const QByteArray &text)
    {
        replace(m_lines.at(line).begin, m_lines.at(line).end, text);
    }
    // An indented line that stays might follow the request line once the lines between are
    // gone, and be read as more of its URL: a changed list is written unindented.
    bool isIndented(int line) const
    {
        const QString &text = m_lines.at(line).text;
        return !text.isEmpty() && text.at(0).isSpace();
    }
    void removeLines(int first, int last)
    {
        replace(m_lines.at(first).begin, m_lines.at(last).next, {});
    }
    // Whole lines (each ending with the file's line ending) after a line.
    void insertAfter(int line, const QByteArray &text)
    {
        const Line &after = m_lines.at(line);
        if (after.hasTerminator())
            m_edits.append({after.next, after.next, text});
        else
            m_edits.append({after.end, after.end, m_eol + text.left(text.size() - m_eol.size())});
    }
    QByteArray applyTo(const QByteArray &bytes)
    {
        std::stable_sort(m_edits.begin(), m_edits.end(),
                         [](const Edit &a, const Edit &b) { return a.begin < b.begin; });
        QByteArray out;
        out.reserve(bytes.size() + 256);
        qsizetype at = 0;
        for (const Edit &edit : std::as_const(m_edits)) {
            if (edit.begin > at)
                out += bytes.mid(at, edit.begin - at);
            out += edit.text;
            at = std::max(at, edit.end);
        }
        out += bytes.mid(at);
        return out;
    }

private:
    const QList<Line> &m_lines;
    const QByteArray m_eol;
    QList<Edit> m_edits;
};

// Lines written in order: the common ones replaced where they differ, the rest removed or added
// after the last old one (or after `anchor` when there was none).
template <typename T, typename Format>
void editLines(EditList *edits, const QList<int> &oldLines, const QList<T> &oldValues,
               const QList<T> &newValues, int anchor, const QByteArray &prefix,
               const QByteArray &eol, Format format)
{
    const qsizetype common = std::min(oldValues.size(), newValues.size());
    for (qsizetype i = 0; i < common; ++i)
        if (!(oldValues.at(i) == newValues.at(i)) || edits->isIndented(oldLines.at(i)))
            edits->replaceLine(oldLines.at(i), format(newValues.at(i)));
    for (qsizetype i = common; i < oldValues.size(); ++i)
        edits->removeLines(oldLines.at(i), oldLines.at(i));
    if (newValues.size() > common) {
        QByteArray text = oldLines.isEmpty() ? prefix : QByteArray();
        for (qsizetype i = common; i < newValues.size(); ++i)
            text += format(newValues.at(i)) + eol;
        edits->insertAfter(oldLines.isEmpty() ? anchor : oldLines.last(), text);
    }
}

} // namespace

HttpFile HttpFile::parse(const QByteArray &bytes)
{
    Reader reader(bytes);
    reader.read();
    HttpFile file;
    file.m_bytes = bytes;
    file.m_requests = reader.requests;
    file.m_fileVariables = reader.fileVariables;
    file.m_ignored = reader.ignored;
    file.m_problems = reader.problems;
    return file;
}

int HttpFile::indexOf(const QString &name) const
{
    for (int i = 0; i < m_requests.size(); ++i)
        if (m_requests.at(i).request.name == name)
            return i;
    return -1;
}

void HttpFile::replaceRequest(int index, const HttpRequestText &request)
{
    if (index < 0 || index >= m_requests.size() || m_requests.at(index).request == request)
        return;
    Reader reader(m_bytes);
    reader.read();
    const Layout &layout = reader.layouts.at(index);
    const HttpRequestText &old = reader.requests.at(index).request;
    const QByteArray eol = layout.eol;
    EditList edits(reader.lines(), eol);

    if (request.name != old.name) {
        const bool separatorNamed = layout.separator >= 0
            && !separatorName(reader.lines().at(layout.separator).text).isEmpty();
        if (layout.nameDirective >= 0 && request.name.isEmpty()) {
            for (const int line : layout.nameDirectives)
                edits.removeLines(line, line);
            if (separatorNamed) // or the separator's text would name it
                edits.replaceLine(layout.separator, "###");
        } else if (layout.nameDirective >= 0) {
            edits.replaceLine(layout.nameDirective,
                              layout.nameMarker + " @name " + request.name.toUtf8());
        } else if (layout.separator >= 0) {
            edits.replaceLine(layout.separator,
                              request.name.isEmpty() ? QByteArray("###")
                                                     : "### " + request.name.toUtf8());
        } else {
            const qsizetype at = reader.lines().at(layout.requestFirst).begin;
            edits.replace(at, at, "# @name " + request.name.toUtf8() + eol);
        }
    }
    if (request.method != old.method || request.url != old.url)
        edits.replace(reader.lines().at(layout.requestFirst).begin,
                      reader.lines().at(layout.requestLast).end,
                      (request.method + u' ' + request.url).toUtf8());
    const int headersAnchor = layout.headers.isEmpty() ? layout.requestLast : layout.headers.last();
    if (request.headers != old.headers)
        editLines(&edits, layout.headers, old.headers, request.headers, headersAnchor, {}, eol,
                  [](const HttpHeaderLine &header) {
                      return (header.name + QStringLiteral(": ") + header.value).toUtf8();
                  });

    const bool hadBody = layout.bodyFirst >= 0;
    if (request.body != old.body) {
        if (hadBody && !request.body.isEmpty())
            edits.replace(reader.lines().at(layout.bodyFirst).begin,
                          reader.lines().at(layout.bodyLast).end, withEol(request.body, eol));
        else if (hadBody)
            edits.removeLines(layout.bodyFirst, layout.bodyLast);
        else
            edits.insertAfter(layout.headerSectionLast, eol + withEol(request.body, eol) + eol);
    }
    const bool bodyStays = hadBody && !request.body.isEmpty();
    if (request.assertions != old.assertions)
        editLines(&edits, layout.assertions, old.assertions, request.assertions,
                  bodyStays ? layout.bodyLast : layout.headerSectionLast, eol, eol,
                  [](const QString &assertion) { return assertion.toUtf8(); });

    *this = parse(edits.applyTo(m_bytes));
}

void HttpFile::appendRequest(const HttpRequestText &request)
{
    Reader reader(m_bytes);
    QByteArray bytes = m_bytes;
    const QByteArray eol = reader.eol();
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += eol;
    if (!bytes.isEmpty() && !bytes.endsWith(QByteArray(eol + eol)) && bytes != eol)
        bytes += eol;
    bytes += withEol(formatHttpRequest(request), eol);
    *this = parse(bytes);
}

void HttpFile::removeRequest(int index)
{
    if (index < 0 || index >= m_requests.size())
        return;
    Reader reader(m_bytes);
    reader.read();
    const Layout &layout = reader.layouts.at(index);
    const HttpFileRequest &entry = m_requests.at(index);
    qsizetype begin = entry.begin;
    if (layout.separator < 0) {
        // The file's first block: what stands before its request (file variables, the file's
        // comments) stays.
        const int first = layout.nameDirective >= 0
            ? std::min(layout.nameDirective, layout.requestFirst)
            : layout.requestFirst;
        begin = reader.lines().at(first).begin;
    }
    begin = std::max(begin, byteOrderMarkSize(m_bytes));
    *this = parse(m_bytes.left(begin) + m_bytes.mid(entry.end));
}
