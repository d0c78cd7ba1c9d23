// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionvariables.h"
#include "collections/httpfilestore.h"
#include "killloop.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Runs = 200;
constexpr int MaxRequests = 40; // the writer removes the oldest past this

// The requests' names in the collection file, each checked whole: its body as long as its name
// says ("p<pid>-<n>-<length>") and its assertion kept. Empty with *problem set when not.
QStringList namesIn(const QString &path, QString *problem)
{
    if (!QFileInfo::exists(path))
        return {};
    HttpFile file;
    if (!readHttpFile(path, &file, problem))
        return {};
    if (!file.problems().isEmpty()) {
        *problem = QStringLiteral("%1 lines not understood, the first: line %2, %3")
                       .arg(file.problems().size())
                       .arg(file.problems().constFirst().line)
                       .arg(file.problems().constFirst().text);
        return {};
    }
    QStringList names;
    for (const HttpFileRequest &entry : file.requests()) {
        const HttpRequestText &request = entry.request;
        const qsizetype length = request.name.section(u'-', 2).toLongLong();
        if (request.body.size() != length
            || request.assertions != QStringList{QStringLiteral("?? status == 201")}) {
            *problem = QStringLiteral("request %1 is not whole: a body of %2 characters")
                           .arg(request.name)
                           .arg(request.body.size());
            return {};
        }
        names.append(request.name);
    }
    if (names.isEmpty())
        *problem = QStringLiteral("the file is there but holds no request");
    return names;
}

} // namespace

// Killed mid-write, nothing lost (issue 14), for collections: collectionwriter appends a request
// to a .http file and then names it in http-client.env.json, both written as the explorer writes
// them, and prints its name once both are committed; it is SIGKILLed at a random moment, 200
// times (killloop.h). After each kill the .http file reads whole, holding exactly the requests
// committed so far (the newest MaxRequests), plus at most the one whose write was in flight, and
// the env file loads and names the last request committed or a later one. Each run starts from the
// files the last one left.
class TestCollectionKill : public QObject
{
    Q_OBJECT
private slots:
    void everyCommittedRequestSurvivesAKill();
};

void TestCollectionKill::everyCommittedRequestSurvivesAKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("checks.http"));

    QStringList committed; // what the file must hold, oldest first
    QString committedLast; // the request the env file must name at least
    const auto check = [&](const QStringList &printed) -> QString {
        QString problem;
        const QStringList names = namesIn(path, &problem);
        if (!problem.isEmpty())
            return problem;
        const QStringList expected = expectedAfterKill(committed, printed, names, MaxRequests);
        if (names != expected)
            return QStringLiteral("the file holds %1 requests, %2 expected")
                .arg(names.size())
                .arg(expected.size());
        CollectionEnvironments environments;
        if (!CollectionEnvironments::load(dir.path(), &environments, &problem))
            return problem;
        // The env file names the newest request committed whole, or one after it whose writes
        // were in flight.
        const QString last =
            environments.variables(QStringLiteral("staging")).value(QStringLiteral("last"));
        const QString atLeast = printed.isEmpty() ? committedLast : printed.constLast();
        if (!atLeast.isEmpty() && names.indexOf(last) < names.indexOf(atLeast))
            return QStringLiteral("the env file names %1, %2 was committed")
                .arg(last.isEmpty() ? QStringLiteral("nothing") : last, atLeast);
        committedLast = last;
        committed = names;
        return {};
    };
    const KillLoopResult result = killRepeatedly(
        QStringLiteral(COLLECTION_WRITER), {dir.path(), QString::number(MaxRequests)}, Runs, check);
    QVERIFY2(result.failure.isEmpty(), qPrintable(result.failure));
    QVERIFY(!committed.isEmpty());
}

QTEST_GUILESS_MAIN(TestCollectionKill)
#include "tst_collectionkill.moc"
