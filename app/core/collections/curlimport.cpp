// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "curlimport.h"

#include "export/headerredaction.h"
#include "http/headernames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <optional>
#include <utility>

namespace {

// The texts of this file, in the context "CurlImport" for lupdate and the translators.
struct CurlImportTexts
{
    Q_DECLARE_TR_FUNCTIONS(CurlImport)
};

QString placeholderFor(const QString &variable)
{
    return QStringLiteral("{{$processEnv ") + variable + QStringLiteral("}}");
}

// ---- The shell's part: text → commands of words ----

struct ShellCommand
{
    QStringList words;
    int line = 1;
    QStringList notices;
};

struct ShellText
{
    QList<ShellCommand> commands;
    QString error;
    int errorLine = 0;
};

bool isNameStart(QChar c)
{
    return c == u'_' || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Reads the shell text one character at a time. Words are split on unquoted blanks, commands
// on unquoted newlines, ';', '&&', '||' and '&'; what follows a pipe or a redirection is left out.
class ShellReader
{
public:
    explicit ShellReader(const QString &text)
        : m_text(text)
    {
    }

    ShellText read()
    {
        while (m_pos < m_text.size() && m_result.error.isEmpty())
            step();
        if (m_result.error.isEmpty())
            endCommand();
        return m_result;
    }

private:
    QChar at(qsizetype pos) const { return pos < m_text.size() ? m_text.at(pos) : QChar(); }

    void fail(const QString &error, int line)
    {
        m_result.error = error;
        m_result.errorLine = line;
    }

    void startWord()
    {
        if (!m_inWord) {
            m_inWord = true;
            if (m_command.words.isEmpty() && !m_discarding)
                m_command.line = m_line;
        }
    }

    void endWord()
    {
        if (!m_inWord)
            return;
        if (!m_discarding)
            m_command.words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }

    void endCommand()
    {
        endWord();
        if (!m_command.words.isEmpty())
            m_result.commands.append(m_command);
        m_command = {};
        m_discarding = false;
    }

    void discardRest(const QString &notice)
    {
        endWord();
        if (!m_discarding)
            m_command.notices.append(notice);
        m_discarding = true;
    }

    void step()
    {
        const QChar c = m_text.at(m_pos);
        const QChar next = at(m_pos + 1);
        if (c == u'\\') {
            if (next == u'\n' || (next == u'\r' && at(m_pos + 2) == u'\n')) {
                m_pos += next == u'\n' ? 2 : 3; // a continuation line
                ++m_line;
                return;
            }
            startWord();
            if (m_pos + 1 < m_text.size())
                m_word += next;
            m_pos += 2;
            return;
        }
        if (c == u'\n') {
            endCommand();
            ++m_line;
            ++m_pos;
            return;
        }
        if (c == u' ' || c == u'\t' || c == u'\r') {
            endWord();
            ++m_pos;
            return;
        }
        if (c == u';' || c == u'&' || (c == u'|' && next == u'|')) {
            endCommand();
            m_pos += (c != u';' && next == c) ? 2 : 1;
            return;
        }
        if (c == u'|') {
            discardRest(CurlImportTexts::tr("What follows '|' was left out."));
            ++m_pos;
            return;
        }
        if (c == u'>' || c == u'<') {
            discardRest(
                CurlImportTexts::tr("A redirection ('%1') and what follows it were left out.")
                    .arg(c));
            ++m_pos;
            return;
        }
        if (c == u'#' && !m_inWord) {
            while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                ++m_pos;
            return;
        }
        startWord();
        if (c == u'\'') {
            readSingleQuoted();
        } else if (c == u'"') {
            readDoubleQuoted();
        } else if (c == u'$' && next == u'\'') {
            readAnsiQuoted();
        } else if (c == u'$') {
            readDollar();
        } else {
            m_word += c;
            ++m_pos;
        }
    }

    void readSingleQuoted()
    {
        const int startLine = m_line;
        const qsizetype end = m_text.indexOf(u'\'', m_pos + 1);
        if (end < 0)
            return fail(CurlImportTexts::tr("A single quote (') is not closed."), startLine);
        const QString inside = m_text.mid(m_pos + 1, end - m_pos - 1);
        m_line += int(inside.count(u'\n'));
        m_word += inside;
        m_pos = end + 1;
    }

    void readDoubleQuoted()
    {
        const int startLine = m_line;
        ++m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            const QChar next = at(m_pos + 1);
            if (c == u'"') {
                ++m_pos;
                return;
            }
            if (c == u'\\' && next == u'\n') {
                ++m_line;
                m_pos += 2;
            } else if (c == u'\\'
                       && (next == u'$' || next == u'`' || next == u'"' || next == u'\\')) {
                m_word += next;
                m_pos += 2;
            } else if (c == u'$') {
                readDollar();
            } else {
                if (c == u'\n')
                    ++m_line;
                m_word += c;
                ++m_pos;
            }
        }
        fail(CurlImportTexts::tr("A double quote (\") is not closed."), startLine);
    }

    // $NAME, ${NAME}: the variable's placeholder; $(…) and other uses of '$' stay as they are.
    void readDollar()
    {
        const QChar next = at(m_pos + 1);
        if (isNameStart(next)) {
            qsizetype end = m_pos + 1;
            while (end < m_text.size() && isNameChar(m_text.at(end)))
                ++end;
            m_word += placeholderFor(m_text.mid(m_pos + 1, end - m_pos - 1));
            m_pos = end;
            return;
        }
        if (next == u'{') {
            const qsizetype close = m_text.indexOf(u'}', m_pos + 2);
            const QString name = close < 0 ? QString() : m_text.mid(m_pos + 2, close - m_pos - 2);
            const bool plain = !name.isEmpty() && isNameStart(name.front())
                && std::all_of(name.cbegin(), name.cend(), isNameChar);
            if (plain) {
                m_word += placeholderFor(name);
                m_pos = close + 1;
                return;
            }
        }
        if (next == u'(')
            m_command.notices.append(CurlImportTexts::tr(
                "A command substitution $(…) was kept as text; the shell would have run it."));
        m_word += u'$';
        ++m_pos;
    }

    // Bash's $'…': backslash escapes, decoded as bytes and then read as UTF-8.
    void readAnsiQuoted()
    {
        const int startLine = m_line;
        QByteArray bytes;
        m_pos += 2;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'\'') {
                ++m_pos;
                m_word += QString::fromUtf8(bytes);
                return;
            }
            if (c != u'\\') {
                if (c == u'\n')
                    ++m_line;
                bytes += QString(c).toUtf8();
                ++m_pos;
                continue;
            }
            readAnsiEscape(&bytes);
        }
        fail(CurlImportTexts::tr("A $'…' quote is not closed."), startLine);
    }

    // Reads up to maxDigits digits of the base from m_pos; -1 when there is none.
    qint64 readNumber(int base, int maxDigits)
    {
        qint64 value = -1;
        for (int i = 0; i < maxDigits && m_pos < m_text.size(); ++i) {
            const int digit = hexValue(m_text.at(m_pos));
            if (digit < 0 || digit >= base)
                break;
            value = (value < 0 ? 0 : value * base) + digit;
            ++m_pos;
        }
        return value;
    }

    void readAnsiEscape(QByteArray *bytes)
    {
        const QChar e = at(m_pos + 1);
        m_pos += 2;
        static constexpr std::pair<char16_t, char> Simple[] = {
            {u'a', '\a'},  {u'b', '\b'}, {u'e', '\x1b'}, {u'E', '\x1b'}, {u'f', '\f'},
            {u'n', '\n'},  {u'r', '\r'}, {u't', '\t'},   {u'v', '\v'},   {u'\\', '\\'},
            {u'\'', '\''}, {u'"', '"'},  {u'?', '?'}};
        for (const auto &[escape, byte] : Simple) {
            if (e == escape) {
                *bytes += byte;
                return;
            }
        }
        switch (e.unicode()) {
        case u'c':
            if (m_pos < m_text.size())
                *bytes += char(m_text.at(m_pos++).unicode() & 0x1f);
            return;
        case u'x': {
            const qint64 value = readNumber(16, 2);
            *bytes += value < 0 ? QByteArray("\\x") : QByteArray(1, char(value));
            return;
        }
        case u'u':
        case u'U': {
            const qint64 value = readNumber(16, e == u'u' ? 4 : 8);
            if (value < 0 || value > 0x10ffff) {
                *bytes += '\\' + QString(e).toUtf8();
                return;
            }
            char32_t point = char32_t(value);
            // Chrome writes a character beyond the BMP as its two UTF-16 halves.
            if (QChar::isHighSurrogate(point) && at(m_pos) == u'\\' && at(m_pos + 1) == u'u') {
                const qsizetype restart = m_pos;
                m_pos += 2;
                const qint64 low = readNumber(16, 4);
                if (low >= 0 && QChar::isLowSurrogate(char32_t(low)))
                    point = QChar::surrogateToUcs4(char16_t(point), char16_t(low));
                else
                    m_pos = restart;
            }
            *bytes += QString::fromUcs4(&point, 1).toUtf8();
            return;
        }
        default:
            break;
        }
        if (e >= u'0' && e <= u'7') {
            --m_pos;
            *bytes += char(readNumber(8, 3) & 0xff);
            return;
        }
        if (e.isNull()) {
            *bytes += '\\';
            return;
        }
        *bytes += '\\' + QString(e).toUtf8(); // bash keeps an unknown escape as written
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_word;
    bool m_inWord = false;
    bool m_discarding = false;
    ShellCommand m_command;
    ShellText m_result;
};

// ---- curl's part: words → a request ----

enum class Option {
    Request,
    Header,
    Data, // -d, --data, --data-ascii: '@file' reads a file
    DataRaw,
    DataBinary,
    DataUrlencode,
    Json,
    Get,
    Head,
    Url,
    UrlQuery,
    User,
    Cookie,
    Bearer,
    Form,
    Upload,
    Config,
    Insecure,
    Location,
    Proxy,
    CaCert,
    ClientCert,
    UserAgent,
    Referer,
    Quiet, // changes nothing about the request: output, progress, timeouts, HTTP version
};

struct OptionSpec
{
    const char *longName;
    char shortName; // 0: none
    bool takesArgument;
    Option option;
};

// The options that Chrome, Firefox, Postman and people's hands write; anything else is
// reported as ignored.
constexpr OptionSpec Options[] = {
    {"request", 'X', true, Option::Request},
    {"header", 'H', true, Option::Header},
    {"data", 'd', true, Option::Data},
    {"data-ascii", 0, true, Option::Data},
    {"data-raw", 0, true, Option::DataRaw},
    {"data-binary", 0, true, Option::DataBinary},
    {"data-urlencode", 0, true, Option::DataUrlencode},
    {"json", 0, true, Option::Json},
    {"get", 'G', false, Option::Get},
    {"head", 'I', false, Option::Head},
    {"url", 0, true, Option::Url},
    {"url-query", 0, true, Option::UrlQuery},
    {"user", 'u', true, Option::User},
    {"cookie", 'b', true, Option::Cookie},
    {"oauth2-bearer", 0, true, Option::Bearer},
    {"form", 'F', true, Option::Form},
    {"form-string", 0, true, Option::Form},
    {"upload-file", 'T', true, Option::Upload},
    {"config", 'K', true, Option::Config},
    {"insecure", 'k', false, Option::Insecure},
    {"location", 'L', false, Option::Location},
    {"location-trusted", 0, false, Option::Location},
    {"proxy", 'x', true, Option::Proxy},
    {"cacert", 0, true, Option::CaCert},
    {"capath", 0, true, Option::CaCert},
    {"cert", 'E', true, Option::ClientCert},
    {"key", 0, true, Option::ClientCert},
    {"user-agent", 'A', true, Option::UserAgent},
    {"referer", 'e', true, Option::Referer},
    {"compressed", 0, false, Option::Quiet},
    {"silent", 's', false, Option::Quiet},
    {"show-error", 'S', false, Option::Quiet},
    {"verbose", 'v', false, Option::Quiet},
    {"include", 'i', false, Option::Quiet},
    {"fail", 'f', false, Option::Quiet},
    {"fail-with-body", 0, false, Option::Quiet},
    {"globoff", 'g', false, Option::Quiet},
    {"no-buffer", 'N', false, Option::Quiet},
    {"progress-bar", '#', false, Option::Quiet},
    {"no-progress-meter", 0, false, Option::Quiet},
    {"http1.1", 0, false, Option::Quiet},
    {"http2", 0, false, Option::Quiet},
    {"http2-prior-knowledge", 0, false, Option::Quiet},
    {"ipv4", '4', false, Option::Quiet},
    {"ipv6", '6', false, Option::Quiet},
    {"output", 'o', true, Option::Quiet},
    {"remote-name", 'O', false, Option::Quiet},
    {"write-out", 'w', true, Option::Quiet},
    {"max-time", 'm', true, Option::Quiet},
    {"connect-timeout", 0, true, Option::Quiet},
    {"retry", 0, true, Option::Quiet},
    {"retry-delay", 0, true, Option::Quiet},
    {"retry-max-time", 0, true, Option::Quiet},
};

const OptionSpec *findLong(const QString &name)
{
    for (const OptionSpec &spec : Options) {
        if (name == QLatin1String(spec.longName))
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShort(QChar name)
{
    for (const OptionSpec &spec : Options) {
        if (spec.shortName != 0 && name == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

bool isCurlWord(const QString &word)
{
    const QString base = word.section(u'/', -1);
    return base == u"curl" || base.compare(u"curl.exe", Qt::CaseInsensitive) == 0;
}

bool isPlaceholder(const QString &value)
{
    const QString trimmed = value.trimmed();
    return trimmed.startsWith(u"{{") && trimmed.endsWith(u"}}")
        && trimmed.indexOf(u"}}") == trimmed.size() - 2;
}

bool isTokenName(const QString &name)
{
    static const QString separators = QStringLiteral("()<>@,;:\\\"/[]?={} \t");
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.unicode() <= 32 || c.unicode() >= 127 || separators.contains(c))
            return false;
    }
    return true;
}

// Headers a browser adds that say nothing about the API call.
bool isBrowserHeader(const QString &name)
{
    static const QStringList names{
        QStringLiteral("user-agent"),
        QStringLiteral("referer"),
        QStringLiteral("origin"),
        QStringLiteral("accept-language"),
        QStringLiteral("accept-encoding"),
        QStringLiteral("connection"),
        QStringLiteral("priority"),
        QStringLiteral("dnt"),
        QStringLiteral("te"),
        QStringLiteral("upgrade-insecure-requests"),
        QStringLiteral("pragma"),
        QStringLiteral("cache-control"),
        QStringLiteral("postman-token"),
        QStringLiteral("if-none-match"),
        QStringLiteral("if-modified-since"),
    };
    const QString lower = name.toLower();
    return lower.startsWith(u"sec-") || names.contains(lower);
}

// The request as curl's options describe it, before the URL and the headers are checked.
struct CurlOptionsRead
{
    QString method; // -X
    bool head = false;
    bool get = false;
    bool json = false;
    bool hasData = false;
    QStringList data; // each -d …, joined with '&' (or nothing, for --json)
    QStringList urls;
    QList<QPair<QString, QString>> extraQuery; // --url-query
    QList<HttpHeaderLine> headers;
    QStringList notices;
    QStringList ignoredHeaders;
};

QString urlEncodedData(const QString &argument, QStringList *notices)
{
    // --data-urlencode: "content", "=content", "name=content", "@file", "name@file".
    const qsizetype eq = argument.indexOf(u'=');
    const qsizetype at = argument.indexOf(u'@');
    if (at >= 0 && (eq < 0 || at < eq)) {
        notices->append(CurlImportTexts::tr(
                            "The body part read from the file '%1' was left out: paste its content "
                            "into the body.")
                            .arg(argument.mid(at + 1)));
        return {};
    }
    const auto encode = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    if (eq < 0)
        return encode(argument);
    const QString name = argument.left(eq);
    return name.isEmpty() ? encode(argument.mid(eq + 1))
                          : name + u'=' + encode(argument.mid(eq + 1));
}

void applyOption(const OptionSpec &spec, const QString &argument, const QString &spelled,
                 CurlOptionsRead *read)
{
    QStringList &notices = read->notices;
    const auto addData = [read, &notices](const QString &value, bool readsFiles) {
        read->hasData = true;
        if (readsFiles && value.startsWith(u'@')) {
            notices.append(CurlImportTexts::tr(
                               "The body read from the file '%1' was left out: paste its content "
                               "into the body.")
                               .arg(value.mid(1)));
            return;
        }
        read->data.append(value);
    };
    switch (spec.option) {
    case Option::Request:
        read->method = argument.trimmed().toUpper();
        return;
    case Option::Header: {
        const qsizetype colon = argument.indexOf(u':');
        const qsizetype semicolon = argument.indexOf(u';');
        if (colon < 0 && semicolon == argument.size() - 1 && semicolon > 0) {
            read->headers.append({argument.left(semicolon).trimmed(), QString()});
        } else if (colon <= 0) {
            notices.append(
                CurlImportTexts::tr("The header '%1' has no name and value; it was left out.")
                    .arg(argument.left(60)));
        } else {
            const QString value = argument.mid(colon + 1).trimmed();
            if (!value.isEmpty()) // curl's "-H 'Name:'" removes a header curl would add
                read->headers.append({argument.left(colon).trimmed(), value});
        }
        return;
    }
    case Option::Data:
        return addData(argument, true);
    case Option::DataRaw:
        return addData(argument, false);
    case Option::DataBinary:
        return addData(argument, true);
    case Option::DataUrlencode:
        read->hasData = true;
        read->data.append(urlEncodedData(argument, &notices));
        return;
    case Option::Json:
        read->json = true;
        return addData(argument, true);
    case Option::Get:
        read->get = true;
        return;
    case Option::Head:
        read->head = true;
        return;
    case Option::Url:
        read->urls.append(argument);
        return;
    case Option::UrlQuery: {
        const qsizetype eq = argument.indexOf(u'=');
        read->extraQuery.append(eq < 0 ? qMakePair(argument, QString())
                                       : qMakePair(argument.left(eq), argument.mid(eq + 1)));
        return;
    }
    case Option::User:
        notices.append(CurlImportTexts::tr(
                           "The user name and password (%1) were left out: Hero authenticates with "
                           "the key, which the explorer adds.")
                           .arg(spelled));
        return;
    case Option::Cookie:
    case Option::Bearer:
        notices.append(
            CurlImportTexts::tr("The credentials given with %1 were left out.").arg(spelled));
        return;
    case Option::Form:
    case Option::Upload:
    case Option::Config:
        notices.append(CurlImportTexts::tr("%1 is not supported; it was left out.").arg(spelled));
        return;
    case Option::Insecure:
        notices.append(CurlImportTexts::tr(
                           "%1 was ignored: TLS certificates are always checked. Set a CA file "
                           "on the environment instead.")
                           .arg(spelled));
        return;
    case Option::Location:
        notices.append(CurlImportTexts::tr(
                           "%1 was ignored: the explorer never follows redirects, so that the key "
                           "stays with its origin.")
                           .arg(spelled));
        return;
    case Option::Proxy:
        notices.append(
            CurlImportTexts::tr("The proxy (%1) was ignored: the explorer uses the system's proxy "
                                "settings.")
                .arg(spelled));
        return;
    case Option::CaCert:
    case Option::ClientCert:
        notices.append(
            CurlImportTexts::tr("%1 was ignored: certificates are set on the environment.")
                .arg(spelled));
        return;
    case Option::UserAgent:
    case Option::Referer:
        read->ignoredHeaders.append(spelled);
        return;
    case Option::Quiet:
        return;
    }
}

CurlOptionsRead readOptions(const QStringList &words)
{
    CurlOptionsRead read;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        const auto takeNext = [&words, &i, &read](const QString &spelled) {
            if (i + 1 >= words.size()) {
                read.notices.append(
                    CurlImportTexts::tr("%1 has no value; it was ignored.").arg(spelled));
                return std::optional<QString>();
            }
            return std::optional<QString>(words.at(++i));
        };
        if (word.startsWith(u"--") && word.size() > 2) {
            const OptionSpec *spec = findLong(word.mid(2));
            if (!spec) {
                read.notices.append(
                    CurlImportTexts::tr("The option %1 is not known here; it was ignored.")
                        .arg(word));
                continue;
            }
            if (!spec->takesArgument) {
                applyOption(*spec, {}, word, &read);
            } else if (const auto argument = takeNext(word)) {
                applyOption(*spec, *argument, word, &read);
            }
            continue;
        }
        if (word.startsWith(u'-') && word.size() > 1) {
            // A cluster of short options ("-sSL"); one that takes a value takes the rest of the
            // word ("-XPOST") or the next word.
            for (qsizetype k = 1; k < word.size(); ++k) {
                const QString spelled = u'-' + word.at(k);
                const OptionSpec *spec = findShort(word.at(k));
                if (!spec) {
                    read.notices.append(
                        CurlImportTexts::tr("The option %1 is not known here; it was ignored.")
                            .arg(spelled));
                    continue;
                }
                if (!spec->takesArgument) {
                    applyOption(*spec, {}, spelled, &read);
                    continue;
                }
                if (k + 1 < word.size())
                    applyOption(*spec, word.mid(k + 1), spelled, &read);
                else if (const auto argument = takeNext(spelled))
                    applyOption(*spec, *argument, spelled, &read);
                break;
            }
            continue;
        }
        read.urls.append(word);
    }
    return read;
}

QString explicitPortOrigin(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded) + u':'
        + QString::number(url.port(defaultPort));
}

// Splits "a=1&b=2" into decoded pairs, as a server reads a form or a query.
QList<QPair<QString, QString>> formPairs(const QString &text)
{
    QList<QPair<QString, QString>> pairs;
    const auto decode = [](QString part) {
        part.replace(u'+', u' ');
        return QUrl::fromPercentEncoding(part.toUtf8());
    };
    for (const QString &item : text.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype eq = item.indexOf(u'=');
        pairs.append(eq < 0 ? qMakePair(decode(item), QString())
                            : qMakePair(decode(item.left(eq)), decode(item.mid(eq + 1))));
    }
    return pairs;
}

bool setUrl(const QString &text, CurlImport *result)
{
    QString rest = text.trimmed();
    // A URL that starts with a variable ("$BASE_URL/v1/me"): only its path and query are known.
    if (rest.startsWith(u"{{")) {
        const qsizetype close = rest.indexOf(u"}}");
        rest = close < 0 ? QString() : rest.mid(close + 2);
        result->notices.append(CurlImportTexts::tr(
            "The URL starts with a variable; the request goes to the current environment."));
        if (!rest.startsWith(u'/'))
            rest.prepend(u'/');
        rest.prepend(QStringLiteral("http://placeholder.invalid"));
    } else if (!rest.contains(QStringLiteral("://"))) {
        rest.prepend(QStringLiteral("http://")); // as curl does
    }
    const QUrl url(rest, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty()) {
        result->error = CurlImportTexts::tr("The URL '%1' is not valid.").arg(text.left(200));
        return false;
    }
    if (url.scheme() != u"http" && url.scheme() != u"https") {
        result->error =
            CurlImportTexts::tr("The URL's scheme '%1' is not HTTP or HTTPS.").arg(url.scheme());
        return false;
    }
    if (!url.userInfo().isEmpty())
        result->notices.append(
            CurlImportTexts::tr("The user name and password in the URL were left out."));
    if (url.host() != u"placeholder.invalid")
        result->origin = explicitPortOrigin(url);
    result->path = url.path(QUrl::FullyEncoded);
    // The placeholders a shell variable became stay readable: {{$processEnv NAME}}.
    static const QRegularExpression encodedPlaceholder(QStringLiteral("%7B%7B(.*?)%7D%7D"));
    QRegularExpressionMatch match;
    while ((match = encodedPlaceholder.match(result->path)).hasMatch())
        result->path.replace(match.capturedStart(), match.capturedLength(),
                             QStringLiteral("{{")
                                 + QUrl::fromPercentEncoding(match.captured(1).toUtf8())
                                 + QStringLiteral("}}"));
    if (result->path.isEmpty())
        result->path = QStringLiteral("/");
    if (url.hasQuery())
        result->query = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    return true;
}

void keepHeaders(const QList<HttpHeaderLine> &headers, QStringList ignoredBrowserHeaders,
                 CurlImport *result)
{
    QStringList droppedSecrets;
    QStringList computed;
    for (const HttpHeaderLine &header : headers) {
        const QByteArray name = header.name.toLatin1();
        if (!isTokenName(header.name)) {
            result->notices.append(
                CurlImportTexts::tr("The header name '%1' is not valid; it was left out.")
                    .arg(header.name.left(60)));
        } else if (name.compare(HeaderName::ApiKey, Qt::CaseInsensitive) == 0) {
            result->droppedApiKey = true;
        } else if (name.compare(HeaderName::Host, Qt::CaseInsensitive) == 0
                   || name.compare(HeaderName::ContentLength, Qt::CaseInsensitive) == 0) {
            computed.append(header.name);
        } else if (isSecretHeaderName(name) && !isPlaceholder(header.value)) {
            droppedSecrets.append(header.name);
        } else if (isBrowserHeader(header.name)) {
            ignoredBrowserHeaders.append(header.name);
        } else {
            result->headers.append(header);
        }
    }
    if (result->droppedApiKey)
        result->notices.prepend(
            CurlImportTexts::tr("The x-api-key header was not kept: store the key in the "
                                "keychain (Keys…) instead. The explorer adds it to each "
                                "request, and only for its own environment."));
    if (!droppedSecrets.isEmpty())
        result->notices.append(
            CurlImportTexts::tr("Headers that may hold a secret were left out: %1.")
                .arg(droppedSecrets.join(QStringLiteral(", "))));
    if (!computed.isEmpty())
        result->notices.append(CurlImportTexts::tr("%1 will be set when the request is sent.")
                                   .arg(computed.join(QStringLiteral(", "))));
    if (!ignoredBrowserHeaders.isEmpty())
        result->notices.append(CurlImportTexts::tr("Browser headers were left out: %1.")
                                   .arg(ignoredBrowserHeaders.join(QStringLiteral(", "))));
}

bool hasHeader(const QList<HttpHeaderLine> &headers, const QString &name)
{
    return std::any_of(headers.cbegin(), headers.cend(), [&name](const HttpHeaderLine &h) {
        return h.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

CurlImport importCommand(const ShellCommand &command)
{
    CurlImport result;
    result.line = command.line;
    result.notices = command.notices;
    if (!isCurlWord(command.words.value(0))) {
        result.error = CurlImportTexts::tr("Line %1 is not a curl command ('%2').")
                           .arg(command.line)
                           .arg(command.words.value(0).left(40));
        return result;
    }
    CurlOptionsRead read = readOptions(command.words);
    result.notices += read.notices;
    if (read.urls.isEmpty()) {
        result.error =
            CurlImportTexts::tr("The curl command on line %1 has no URL.").arg(command.line);
        return result;
    }
    if (read.urls.size() > 1)
        result.notices.append(
            CurlImportTexts::tr("The command names %1 URLs; only the first, %2, was read.")
                .arg(read.urls.size())
                .arg(read.urls.first().left(200)));
    if (!setUrl(read.urls.first(), &result))
        return result;
    result.query += read.extraQuery;

    const QString content = read.data.join(read.json ? QString() : QStringLiteral("&"));
    if (read.get) {
        result.query += formPairs(content);
    } else if (read.hasData) {
        result.body = content.toUtf8();
    }
    if (!read.method.isEmpty())
        result.method = read.method;
    else if (read.head)
        result.method = QStringLiteral("HEAD");
    else if (read.hasData && !read.get)
        result.method = QStringLiteral("POST");

    if (read.json) {
        if (!hasHeader(read.headers, QStringLiteral("Content-Type")))
            read.headers.append(
                {QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        if (!hasHeader(read.headers, QStringLiteral("Accept")))
            read.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    } else if (!result.body.isEmpty() && !hasHeader(read.headers, QStringLiteral("Content-Type"))) {
        const QByteArray start = result.body.trimmed().left(1);
        if (start == "{" || start == "[") {
            result.notices.append(
                CurlImportTexts::tr("The body is sent as JSON; curl itself would have sent it as "
                                    "a form (application/x-www-form-urlencoded)."));
        } else {
            read.headers.append({QStringLiteral("Content-Type"),
                                 QStringLiteral("application/x-www-form-urlencoded")});
        }
    }
    keepHeaders(read.headers, read.ignoredHeaders, &result);
    return result;
}

// Chrome's and Edge's "Copy as cURL (cmd)": '^' continues lines and escapes quotes, as cmd.exe
// reads them, not a POSIX shell.
bool isWindowsCmdForm(const QString &text)
{
    static const QRegularExpression caret(
        QStringLiteral("^\\s*curl(\\.exe)?\\s+\\^\"|^\\s*curl(\\.exe)?\\s.*\\s\\^\\r?$"),
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    return caret.match(text).hasMatch();
}

QString windowsCmdError()
{
    return CurlImportTexts::tr(
        "This is the Windows cmd form of “Copy as cURL”, which is read differently; copy it "
        "as cURL (bash) instead.");
}

} // namespace

QString CurlImport::practiceGroup() const
{
    for (const HttpHeaderLine &header : headers) {
        if (header.name.compare(QLatin1String(HeaderName::PracticeGroupId), Qt::CaseInsensitive)
            == 0)
            return header.value;
    }
    return {};
}

bool looksLikeCurlCommand(const QString &text)
{
    const QString start = text.trimmed().left(10);
    return start.startsWith(u"curl ") || start.startsWith(u"curl\t") || start.startsWith(u"curl\\")
        || start.startsWith(u"curl.exe ", Qt::CaseInsensitive);
}

CurlImport parseCurlCommand(const QString &text)
{
    CurlImport result;
    if (isWindowsCmdForm(text)) {
        result.error = windowsCmdError();
        return result;
    }
    const ShellText shell = ShellReader(text).read();
    if (!shell.error.isEmpty()) {
        result.error = CurlImportTexts::tr("Line %1: %2").arg(shell.errorLine).arg(shell.error);
        return result;
    }
    if (shell.commands.isEmpty()) {
        result.error = CurlImportTexts::tr("There is no curl command in the text.");
        return result;
    }
    result = importCommand(shell.commands.first());
    if (shell.commands.size() > 1)
        result.notices.append(
            CurlImportTexts::tr("Only the first command was read; %1 more followed.")
                .arg(shell.commands.size() - 1));
    return result;
}

QList<CurlImport> parseCurlCommands(const QString &text)
{
    QList<CurlImport> results;
    if (isWindowsCmdForm(text)) {
        results.append(CurlImport{});
        results.last().error = windowsCmdError();
        return results;
    }
    const ShellText shell = ShellReader(text).read();
    for (const ShellCommand &command : shell.commands)
        results.append(importCommand(command));
    if (!shell.error.isEmpty()) {
        CurlImport broken;
        broken.line = shell.errorLine;
        broken.error = CurlImportTexts::tr("Line %1: %2").arg(shell.errorLine).arg(shell.error);
        results.append(broken);
    }
    return results;
}

HttpRequestText httpRequestText(const CurlImport &command, const QString &name)
{
    HttpRequestText request;
    request.name = name;
    request.method = command.method;
    request.url = command.path;
    if (!command.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &item : command.query)
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(item.first)),
                               QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        request.url += u'?' + query.query(QUrl::FullyEncoded);
    }
    request.headers = command.headers;
    request.body = QString::fromUtf8(command.body);
    return request;
}

ApiRequest apiRequest(const CurlImport &command)
{
    ApiRequest request;
    request.method = command.method.toLatin1();
    request.path = command.path;
    request.query = command.query;
    for (const HttpHeaderLine &header : command.headers) {
        if (header.name.compare(QLatin1String(HeaderName::PracticeGroupId), Qt::CaseInsensitive)
            != 0)
            request.extraHeaders.append({header.name.toLatin1(), header.value.toUtf8()});
    }
    request.body = command.body;
    return request;
}
