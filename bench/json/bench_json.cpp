// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
//
// A ~100 MB {"data":[…400,000 patient-like objects…]} body, parsed four ways, each in its own
// child process so that its peak RSS is its own:
//   simdjson   bare simdjson DOM parse of a padded copy (the reference)
//   model      parseJson() + JsonDocumentModel::setDocument(): bytes to first level shown
//   job        the same through JsonParseJob on a worker, measuring the GUI event loop's
//              longest stall meanwhile
//   qjson      QJsonDocument::fromJson() and reading the first level
// Prints one table: median of runs, ratio to bare simdjson (goal ≤ 1.5), peak RSS (goal ≤ 4×
// body), longest event-loop stall (goal ≤ 50 ms).
#include "json/jsondocumentmodel.h"
#include "json/jsonparsejob.h"
#include "json/jsonparseresult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <simdjson.h>
#include <vector>

namespace {

constexpr int Patients = 400000;

QByteArray generateBody()
{
    static const char *const first[] = {"Alice", "Bilal", "Chloe", "Dmitri", "Eve", "Farah"};
    static const char *const last[] = {"Smith", "Khan", "Jones", "Okafor", "Brown", "Nowak"};
    QByteArray body;
    body.reserve(Patients * 260);
    body += "{\"data\":[";
    for (int i = 0; i < Patients; ++i) {
        if (i)
            body += ',';
        const QByteArray id = QByteArray::number(100000 + i);
        body += "{\"id\":\"" + id + "\",\"nhs_number\":\"94" + QByteArray::number(34765919 + i)
            + "\",\"first_name\":\"" + first[i % 6] + "\",\"last_name\":\"" + last[(i / 6) % 6]
            + "\",\"date_of_birth\":\"19" + QByteArray::number(40 + i % 60) + "-0"
            + QByteArray::number(1 + i % 9) + "-1" + QByteArray::number(i % 10) + "\",\"email\":\"p"
            + id + "@example.com\",\"mobile\":\"077009" + id
            + "\",\"registered\":" + (i % 3 ? "true" : "false")
            + ",\"age\":" + QByteArray::number(i % 100) + ",\"address\":{\"postcode\":\"LS1 "
            + QByteArray::number(i % 9) + "AB\",\"city\":\"Leeds\"}}";
    }
    body += "],\"count\":" + QByteArray::number(Patients) + "}";
    return body;
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// One mode, several runs; prints "median min max peakRssKb stallMs".
int runChild(const QString &mode, const QString &fileName, int runs)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return 2;
    // Kept, as the response viewer keeps the raw bytes. "-padded" modes read into a buffer with
    // spare capacity, as a network layer that reserves Content-Length + 64 would.
    QByteArray body;
    if (mode.endsWith(QLatin1String("-padded"))) {
        body.reserve(file.size() + 64);
        body.resize(file.size());
        if (file.read(body.data(), body.size()) != body.size())
            return 2;
    } else {
        body = file.readAll();
    }
    std::vector<double> times;
    double stall = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        if (mode == QLatin1String("simdjson")) {
            const simdjson::padded_string padded(body.constData(), size_t(body.size()));
            simdjson::dom::parser parser;
            timer.start();
            simdjson::dom::element root;
            if (parser.parse(padded).get(root))
                return 3;
            times.push_back(timer.nsecsElapsed() / 1e6);
        } else if (mode.startsWith(QLatin1String("model"))) {
            JsonDocumentModel model;
            timer.start();
            JsonParseResult result = parseJson(body);
            model.setDocument(std::move(result.document));
            if (model.rowCount() == 0)
                return 3;
            times.push_back(timer.nsecsElapsed() / 1e6);
        } else if (mode.startsWith(QLatin1String("job"))) {
            JsonDocumentModel model;
            QTimer ticker;
            ticker.setTimerType(Qt::PreciseTimer);
            ticker.setInterval(1);
            QElapsedTimer gap;
            double worst = 0;
            QObject::connect(&ticker, &QTimer::timeout, &ticker, [&gap, &worst] {
                worst = std::max(worst, gap.nsecsElapsed() / 1e6);
                gap.start();
            });
            bool shown = false;
            timer.start();
            gap.start();
            ticker.start();
            auto *job = new JsonParseJob(body);
            QObject::connect(job, &JsonParseJob::finished, &model,
                             [&model, &shown](const JsonParseResult &result) {
                                 model.setDocument(result.document);
                                 shown = model.rowCount() > 0;
                             });
            job->start();
            while (!shown)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            times.push_back(timer.nsecsElapsed() / 1e6);
            // One more tick measures the stall caused by the delivery itself.
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            ticker.stop();
            stall = std::max(stall, worst);
        } else if (mode == QLatin1String("qjson")) {
            timer.start();
            const QJsonDocument document = QJsonDocument::fromJson(body);
            if (document.object().keys().isEmpty())
                return 3;
            times.push_back(timer.nsecsElapsed() / 1e6);
        } else {
            return 1;
        }
    }
    std::sort(times.begin(), times.end());
    QTextStream(stdout) << median(times) << ' ' << times.front() << ' ' << times.back() << ' '
                        << peakRssKb() << ' ' << stall << '\n';
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 5 && args.at(1) == QLatin1String("--child"))
        return runChild(args.at(2), args.at(3), args.at(4).toInt());
    const int runs = args.contains(QStringLiteral("--quick")) ? 3 : 7;

    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString fileName = dir.filePath(QStringLiteral("body.json"));
    const QByteArray body = generateBody();
    {
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(body) != body.size())
            return 2;
    }
    const double bodyMb = body.size() / 1e6;
    const long bodyKb = long(body.size() / 1024);

    out << "Large JSON body: " << Patients << " patient objects, "
        << QString::number(bodyMb, 'f', 1) << " MB; median of " << runs
        << " runs, each mode in its own process\n";
    out << "machine: " << QSysInfo::prettyProductName() << ", "
        << QSysInfo::currentCpuArchitecture() << ", " << QThread::idealThreadCount()
        << " threads; simdjson " << int(simdjson::SIMDJSON_VERSION_MAJOR) << '.'
        << int(simdjson::SIMDJSON_VERSION_MINOR) << '.' << int(simdjson::SIMDJSON_VERSION_REVISION)
        << "; build: "
#ifdef NDEBUG
        << "release"
#else
        << "debug (numbers are not representative)"
#endif
        << "\n\n";
    out << "| mode | median ms | min ms | max ms | × simdjson (goal ≤ 1.5) | peak RSS MB | "
           "× body (goal ≤ 4) | GUI stall ms (goal ≤ 50) |\n";
    out << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    out.flush();

    double reference = 0;
    const QStringList modes = {QStringLiteral("simdjson"),     QStringLiteral("model"),
                               QStringLiteral("model-padded"), QStringLiteral("job"),
                               QStringLiteral("job-padded"),   QStringLiteral("qjson")};
    for (const QString &mode : modes) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--child"), mode, fileName, QString::number(runs)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            out << "| " << mode << " | failed (exit " << child.exitCode() << ") |\n";
            continue;
        }
        const QStringList fields =
            QString::fromLatin1(child.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
        if (fields.size() < 5)
            continue;
        const double medianMs = fields.at(0).toDouble();
        if (mode == QLatin1String("simdjson"))
            reference = medianMs;
        const long rssKb = fields.at(3).toLong();
        const bool isJob = mode.startsWith(QLatin1String("job"));
        out << "| " << mode << " | " << QString::number(medianMs, 'f', 0) << " | "
            << QString::number(fields.at(1).toDouble(), 'f', 0) << " | "
            << QString::number(fields.at(2).toDouble(), 'f', 0) << " | "
            << (reference > 0 ? QString::number(medianMs / reference, 'f', 2) : QStringLiteral("-"))
            << " | " << QString::number(rssKb / 1024.0, 'f', 0) << " | "
            << QString::number(double(rssKb) / double(bodyKb), 'f', 2) << " | "
            << (isJob ? QString::number(fields.at(4).toDouble(), 'f', 1) : QStringLiteral("-"))
            << " |\n";
        out.flush();
    }
    out << "\nPeak RSS includes the body itself, which the process keeps (as the response viewer "
           "does).\n";
    return 0;
}
