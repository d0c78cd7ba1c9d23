// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// Imports generated OpenAPI documents through Catalogue::load: ~5 MB / 1,000 operations and
// ~50 MB / 10,000 operations, as JSON and as block YAML. Prints one table with the median of
// several runs (goal: 5 MB JSON ≤ 0.5 s, 50 MB JSON ≤ 5 s), then a table of what each import
// spent of its ImportLimits. Given files instead (`bench_catalogue FILE…`), it prints that second
// table for them, with the time of one import and whether the limits changed the result.
#include "catalogue/catalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <vector>

namespace {

QString lorem(int i, int words)
{
    static const char *const vocabulary[] = {
        "patient", "practice", "appointment", "booking", "message", "record", "slot", "location",
        "returns", "the",      "of",          "for",     "with",    "when",   "NHS",  "group"};
    QString text;
    for (int w = 0; w < words; ++w) {
        if (w)
            text += QLatin1Char(' ');
        text += QLatin1String(vocabulary[(i * 7 + w * 3) % 16]);
    }
    return text + QLatin1Char('.');
}

QJsonObject property(const QString &type, int i, int words)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("description"), lorem(i, words)}};
}

QJsonObject schemaFor(int i)
{
    QJsonObject properties;
    for (int p = 0; p < 9; ++p) {
        const QString type = p % 4 == 0 ? QStringLiteral("integer")
            : p % 5 == 0                ? QStringLiteral("boolean")
                                        : QStringLiteral("string");
        properties.insert(QStringLiteral("field_%1").arg(p), property(type, i + p, 12));
    }
    properties.insert(
        QStringLiteral("address"),
        QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Address")}});
    properties.insert(
        QStringLiteral("children"),
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("array")},
            {QStringLiteral("items"),
             QJsonObject{{QStringLiteral("$ref"),
                          QStringLiteral("#/components/schemas/Resource%1").arg(i)}}}}); // a cycle
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("description"), lorem(i, 30)},
            {QStringLiteral("required"), QJsonArray{QStringLiteral("field_0")}},
            {QStringLiteral("properties"), properties}};
}

QJsonObject operationFor(int i, bool withBody)
{
    QJsonArray parameters;
    parameters.append(
        QJsonObject{{QStringLiteral("name"), QStringLiteral("id")},
                    {QStringLiteral("in"), QStringLiteral("path")},
                    {QStringLiteral("required"), true},
                    {QStringLiteral("schema"), property(QStringLiteral("string"), i, 4)}});
    for (int q = 0; q < 3; ++q)
        parameters.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("filter_%1").arg(q)},
                        {QStringLiteral("in"), QStringLiteral("query")},
                        {QStringLiteral("description"), lorem(i + q, 10)},
                        {QStringLiteral("schema"), property(QStringLiteral("string"), i, 4)}});
    const QJsonObject ref{
        {QStringLiteral("$ref"), QStringLiteral("#/components/schemas/Resource%1").arg(i)}};
    QJsonObject responses{
        {QStringLiteral("200"),
         QJsonObject{{QStringLiteral("description"), lorem(i, 6)},
                     {QStringLiteral("content"),
                      QJsonObject{{QStringLiteral("application/json"),
                                   QJsonObject{{QStringLiteral("schema"), ref}}}}}}},
        {QStringLiteral("401"),
         QJsonObject{{QStringLiteral("description"), QStringLiteral("Unauthorised")}}},
        {QStringLiteral("404"),
         QJsonObject{{QStringLiteral("description"), QStringLiteral("Not found")}}}};
    QJsonObject operation{
        {QStringLiteral("operationId"), QStringLiteral("operation%1").arg(i)},
        {QStringLiteral("summary"), lorem(i, 6)},
        {QStringLiteral("description"), lorem(i, 60)},
        {QStringLiteral("tags"), QJsonArray{QStringLiteral("Tag %1").arg(i % 25)}},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("responses"), responses}};
    if (withBody)
        operation.insert(
            QStringLiteral("requestBody"),
            QJsonObject{{QStringLiteral("content"),
                         QJsonObject{{QStringLiteral("application/json"),
                                      QJsonObject{{QStringLiteral("schema"), ref}}}}}});
    return operation;
}

QJsonObject specification(int operations)
{
    QJsonObject paths;
    QJsonObject schemas;
    schemas.insert(
        QStringLiteral("Address"),
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("properties"),
             QJsonObject{{QStringLiteral("line1"), property(QStringLiteral("string"), 1, 3)},
                         {QStringLiteral("postcode"), property(QStringLiteral("string"), 2, 3)}}}});
    for (int i = 0; i < operations; i += 2) {
        schemas.insert(QStringLiteral("Resource%1").arg(i), schemaFor(i));
        schemas.insert(QStringLiteral("Resource%1").arg(i + 1), schemaFor(i + 1));
        paths.insert(QStringLiteral("/v1/resource%1/{id}").arg(i / 2),
                     QJsonObject{{QStringLiteral("get"), operationFor(i, false)},
                                 {QStringLiteral("put"), operationFor(i + 1, true)}});
    }
    return {{QStringLiteral("openapi"), QStringLiteral("3.0.3")},
            {QStringLiteral("info"),
             QJsonObject{{QStringLiteral("title"), QStringLiteral("Generated")},
                         {QStringLiteral("version"), QStringLiteral("1")}}},
            {QStringLiteral("paths"), paths},
            {QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), schemas}}}};
}

QByteArray quoted(const QString &text)
{
    // A JSON string is a valid double-quoted YAML scalar.
    const QByteArray wrapped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

void emitYaml(const QJsonValue &value, int indent, QByteArray *out);

void emitScalar(const QJsonValue &value, QByteArray *out)
{
    if (value.isString())
        *out += quoted(value.toString());
    else if (value.isBool())
        *out += value.toBool() ? "true" : "false";
    else if (value.isDouble())
        *out += QByteArray::number(value.toDouble());
    else
        *out += "null";
}

void emitYaml(const QJsonValue &value, int indent, QByteArray *out)
{
    const QByteArray pad(indent, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            *out += pad + quoted(it.key()) + ':';
            const QJsonValue child = it.value();
            if ((child.isObject() && !child.toObject().isEmpty())
                || (child.isArray() && !child.toArray().isEmpty())) {
                *out += '\n';
                emitYaml(child, indent + 2, out);
            } else {
                *out += ' ';
                if (child.isObject())
                    *out += "{}";
                else if (child.isArray())
                    *out += "[]";
                else
                    emitScalar(child, out);
                *out += '\n';
            }
        }
    } else if (value.isArray()) {
        for (const QJsonValue &child : value.toArray()) {
            if (child.isObject() || child.isArray()) {
                *out += pad + "-\n";
                emitYaml(child, indent + 2, out);
            } else {
                *out += pad + "- ";
                emitScalar(child, out);
                *out += '\n';
            }
        }
    }
}

struct Measurement
{
    double median = 0;
    double min = 0;
    double max = 0;
    int operations = 0;
};

Measurement measure(const QByteArray &data, const QString &hint, int runs)
{
    std::vector<double> times;
    Measurement m;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const CatalogueLoadResult result = Catalogue::load(data, hint);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!result.ok())
            QTextStream(stderr) << "load failed: " << result.error << '\n';
        m.operations = int(result.catalogue.operations.size());
    }
    std::sort(times.begin(), times.end());
    m.median = times[times.size() / 2];
    m.min = times.front();
    m.max = times.back();
    return m;
}

QString percentOf(qint64 spent, qint64 limit)
{
    return QStringLiteral("%L1 (%2 %)")
        .arg(spent)
        .arg(100.0 * double(spent) / double(limit), 0, 'f', 2);
}

// One row of what an import of data spent against its limits, and whether it came out the same
// without them.
void printUsage(QTextStream &out, const QString &name, const QByteArray &data, const QString &hint)
{
    QElapsedTimer timer;
    timer.start();
    const CatalogueLoadResult limited = Catalogue::load(data, hint);
    const qint64 ms = timer.elapsed();
    // A refused document may need astronomical work without limits: it is not run again.
    const QString same = !limited.ok() ? QStringLiteral("-")
        : Catalogue::load(data, hint, ImportLimits::unlimited()).catalogue == limited.catalogue
        ? QStringLiteral("yes")
        : QStringLiteral("NO");
    const ImportLimits limits;
    const ImportUsage &used = limited.usage;
    const qint64 yamlValues = limits.yamlAliasValues + data.size();
    const qint64 yamlText = limits.yamlAliasTextBytes + data.size();
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
               .arg(name)
               .arg(limited.ok() ? QString::number(limited.catalogue.operations.size())
                                 : QStringLiteral("refused: ") + limited.error.left(90))
               .arg(ms)
               .arg(percentOf(used.yamlValues, yamlValues), percentOf(used.yamlTextBytes, yamlText),
                    percentOf(used.schemaNodes, limits.schemaNodes),
                    percentOf(used.exampleValues, limits.exampleValues),
                    percentOf(used.exampleBytes, limits.exampleBytes))
               .arg(same);
    out.flush();
}

void printUsageHeader(QTextStream &out)
{
    out << "\nWhat one import spent of its ImportLimits (YAML: of the allowance plus the file's "
           "size)\n\n"
           "| document | operations | ms | YAML values | YAML text bytes | schema nodes | "
           "example values | example bytes | same without limits |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|---|\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const QStringList files =
        app.arguments().mid(1).filter(QRegularExpression(QStringLiteral("^[^-]")));
    if (!files.isEmpty()) {
        printUsageHeader(out);
        for (const QString &fileName : files) {
            QFile file(fileName);
            if (!file.open(QIODevice::ReadOnly)) {
                QTextStream(stderr) << fileName << ": " << file.errorString() << '\n';
                return 1;
            }
            printUsage(out, QFileInfo(fileName).fileName(), file.readAll(), fileName);
        }
        return 0;
    }

    struct Case
    {
        int operations;
        double limitMs;
        int runs;
    };
    const std::vector<Case> cases = quick ? std::vector<Case>{{1000, 500, 3}}
                                          : std::vector<Case>{{1000, 500, 7}, {10000, 5000, 3}};

    out << "Catalogue import (Catalogue::load), median of N runs\n";
    out << "machine: " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
        << " threads; build: "
#ifdef NDEBUG
        << "release"
#else
        << "debug (numbers are not representative)"
#endif
        << "\n\n";
    out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
               .arg(QStringLiteral("format"), QStringLiteral("operations"),
                    QStringLiteral("size MB"), QStringLiteral("runs"), QStringLiteral("median ms"),
                    QStringLiteral("min ms"), QStringLiteral("max ms"), QStringLiteral("goal ms"),
                    QStringLiteral("meets"));
    out << "|---|---:|---:|---:|---:|---:|---:|---:|---|\n";
    out.flush();
    for (const Case &c : cases) {
        const QJsonObject spec = specification(c.operations);
        const QByteArray json = QJsonDocument(spec).toJson(QJsonDocument::Indented);
        QByteArray yaml;
        yaml.reserve(json.size());
        emitYaml(spec, 0, &yaml);
        for (const bool isYaml : {false, true}) {
            const QByteArray &data = isYaml ? yaml : json;
            const Measurement m = measure(
                data, isYaml ? QStringLiteral("spec.yaml") : QStringLiteral("spec.json"), c.runs);
            out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                       .arg(isYaml ? QStringLiteral("YAML") : QStringLiteral("JSON"))
                       .arg(m.operations)
                       .arg(data.size() / 1e6, 0, 'f', 1)
                       .arg(c.runs)
                       .arg(m.median, 0, 'f', 0)
                       .arg(m.min, 0, 'f', 0)
                       .arg(m.max, 0, 'f', 0)
                       .arg(isYaml ? QStringLiteral("-") : QString::number(c.limitMs, 'f', 0))
                       .arg(isYaml ? QStringLiteral("-")
                                   : (m.median <= c.limitMs ? QStringLiteral("yes")
                                                            : QStringLiteral("NO")));
            out.flush();
        }
    }
    printUsageHeader(out);
    printUsage(
        out, QStringLiteral("bundled catalogue"),
        [] {
            QFile file(QStringLiteral(":/hero/catalogue.json"));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }(),
        QStringLiteral("catalogue.json"));
    for (const Case &c : cases) {
        const QJsonObject spec = specification(c.operations);
        QByteArray yaml;
        emitYaml(spec, 0, &yaml);
        printUsage(out, QStringLiteral("generated, %1 operations, JSON").arg(c.operations),
                   QJsonDocument(spec).toJson(QJsonDocument::Indented), QStringLiteral("g.json"));
        printUsage(out, QStringLiteral("generated, %1 operations, YAML").arg(c.operations), yaml,
                   QStringLiteral("g.yaml"));
    }
    return 0;
}
