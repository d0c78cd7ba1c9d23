// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "yamljson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <limits>
#include <string>

namespace {

// Aliases can make a node contain itself; stop long before the stack would.
constexpr int MaxDepth = 512;

// Why the conversion stopped before the end, and where.
struct Stopped
{
    YAML::Mark mark;
    QString reason;
};

bool isNullWord(const std::string &s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

bool boolWord(const std::string &s, bool *value)
{
    if (s == "true" || s == "True" || s == "TRUE") {
        *value = true;
        return true;
    }
    if (s == "false" || s == "False" || s == "FALSE") {
        *value = false;
        return true;
    }
    return false;
}

bool isDigits(const std::string &s, size_t from, bool hex = false)
{
    if (from >= s.size())
        return false;
    for (size_t i = from; i < s.size(); ++i) {
        const char c = s[i];
        const bool ok =
            (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        if (!ok)
            return false;
    }
    return true;
}

bool integerWord(const std::string &s, double *value)
{
    bool ok = false;
    if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && isDigits(s, 2, true)) {
        *value = double(QByteArray::fromStdString(s.substr(2)).toULongLong(&ok, 16));
        return ok;
    }
    if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && isDigits(s, 2)) {
        *value = double(QByteArray::fromStdString(s.substr(2)).toULongLong(&ok, 8));
        return ok;
    }
    const size_t start = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    if (!isDigits(s, start))
        return false;
    *value = QByteArray::fromStdString(s).toDouble(&ok);
    return ok;
}

bool floatWord(const std::string &s, double *value)
{
    if (s == ".inf" || s == ".Inf" || s == ".INF" || s == "+.inf") {
        *value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (s == "-.inf" || s == "-.Inf" || s == "-.INF") {
        *value = -std::numeric_limits<double>::infinity();
        return true;
    }
    // [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
    size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    size_t digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        ++i;
        ++digits;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (!isDigits(s, i))
            return false;
        i = s.size();
    }
    if (i != s.size())
        return false;
    bool ok = false;
    *value = QByteArray::fromStdString(s).toDouble(&ok);
    return ok;
}

QJsonValue scalarToJson(const YAML::Node &node)
{
    const std::string &text = node.Scalar();
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str") // quoted, or explicitly a string
        return QString::fromStdString(text);
    if (tag == "?") { // plain: resolve by the core schema
        if (isNullWord(text))
            return QJsonValue(QJsonValue::Null);
        bool flag = false;
        if (boolWord(text, &flag))
            return flag;
        double number = 0;
        if (integerWord(text, &number) || floatWord(text, &number)) {
            if (std::isfinite(number))
                return number;
        }
    }
    return QString::fromStdString(text);
}

// Converts the yaml-cpp tree, which shares an aliased node instead of copying it, into JSON,
// which copies it: each alias is written out again, and the budgets count every copy.
class Converter
{
public:
    Converter(qint64 documentBytes, const ImportLimits &limits)
        : m_values(saturatingAdd(limits.yamlAliasValues, documentBytes))
        , m_textBytes(saturatingAdd(limits.yamlAliasTextBytes, documentBytes))
    {
    }

    QJsonValue toJson(const YAML::Node &node, int depth)
    {
        if (depth > MaxDepth)
            throw Stopped{node.Mark(),
                          QCoreApplication::translate(
                              "Catalogue", "nesting deeper than %1 levels (a recursive alias?)")
                              .arg(MaxDepth)};
        if (!m_values.spend())
            throw Stopped{node.Mark(),
                          QCoreApplication::translate(
                              "Catalogue",
                              "YAML aliases (*name) expand the document too much: stopped "
                              "after %L1 values")
                              .arg(m_values.limit())};
        switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar:
            spendText(node, node.Scalar());
            return scalarToJson(node);
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node &child : node)
                array.append(toJson(child, depth + 1));
            return array;
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto &entry : node) {
                const YAML::Node &key = entry.first;
                const QString name =
                    key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
                spendText(key, key.IsScalar() ? key.Scalar() : std::string());
                object.insert(name, toJson(entry.second, depth + 1));
            }
            return object;
        }
        }
        return QJsonValue(QJsonValue::Null);
    }

    qint64 values() const { return m_values.spent(); }
    qint64 textBytes() const { return m_textBytes.spent(); }

private:
    void spendText(const YAML::Node &node, const std::string &text)
    {
        if (!m_textBytes.spend(qint64(text.size())))
            throw Stopped{node.Mark(),
                          QCoreApplication::translate(
                              "Catalogue",
                              "YAML aliases (*name) expand the document too much: stopped "
                              "after %1 of text")
                              .arg(QLocale::c().formattedDataSize(
                                  m_textBytes.limit(), 0, QLocale::DataSizeTraditionalFormat))};
    }

    WorkBudget m_values;
    WorkBudget m_textBytes;
};

} // namespace

YamlJsonResult yamlToJson(const QByteArray &data, const QString &orderedMember,
                          const ImportLimits &limits)
{
    YamlJsonResult result;
    Converter converter(data.size(), limits);
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        result.value = converter.toJson(root, 0);
        if (!orderedMember.isEmpty() && root.IsMap()) {
            const YAML::Node member = root[orderedMember.toStdString()];
            if (member.IsMap()) {
                for (const auto &entry : member) {
                    if (entry.first.IsScalar())
                        result.memberKeyOrder.append(QString::fromStdString(entry.first.Scalar()));
                }
            }
        }
    } catch (const Stopped &stopped) {
        result.error = stopped.reason;
        result.line = stopped.mark.line >= 0 ? stopped.mark.line + 1 : 0;
        result.column = stopped.mark.column >= 0 ? stopped.mark.column + 1 : 0;
    } catch (const YAML::Exception &e) {
        result.error = QString::fromStdString(e.msg);
        result.line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        result.column = e.mark.column >= 0 ? e.mark.column + 1 : 0;
    }
    result.values = converter.values();
    result.textBytes = converter.textBytes();
    return result;
}
