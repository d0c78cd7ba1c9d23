// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "collections/collectionvariables.h"
#include "collections/httpfile.h"
#include "fuzzinput.h"

#include <cstdio>
#include <cstdlib>
#include <limits>

namespace {

const QByteArray byteOrderMark("\xEF\xBB\xBF");

// The bytes of every request block but one, in order, each without a UTF-8 byte order mark at
// its start. The file's own mark is held by whichever block comes first: after the first request
// is removed, the next block starts the file and holds it. And a line may start with a mark
// mid-file (two files joined by cat): reading each line as UTF-8 drops it, so "\uFEFF###" is a
// separator, and once the blocks before it are removed that mark starts the file. Whether the file
// keeps its mark is checked on its own (keepsByteOrderMark).
QList<QByteArray> otherBlocks(const HttpFile &file, int except)
{
    QList<QByteArray> blocks;
    for (int i = 0; i < file.requests().size(); ++i) {
        if (i == except)
            continue;
        QByteArray block = file.bytes().mid(
            file.requests().at(i).begin, file.requests().at(i).end - file.requests().at(i).begin);
        if (block.startsWith(byteOrderMark))
            block.remove(0, byteOrderMark.size());
        blocks.append(block);
    }
    return blocks;
}

bool keepsByteOrderMark(const HttpFile &before, const HttpFile &after)
{
    return !before.bytes().startsWith(byteOrderMark) || after.bytes().startsWith(byteOrderMark);
}

// Aborts naming the broken invariant's line, so a replay says which one.
void checkAt(bool invariant, int line)
{
    if (!invariant) {
        fprintf(stderr, "fuzz_httpfile: invariant at line %d broken\n", line);
        abort();
    }
}
#define check(invariant) checkAt((invariant), __LINE__)

// Whether problems() has a line inside request i's block: what an edit makes of such a block
// (stray text after a handler may become body once the handler is gone) is not specified.
bool hasProblems(const HttpFile &file, int i)
{
    const int first = file.requests().at(i).firstLine;
    const int next = i + 1 < file.requests().size() ? file.requests().at(i + 1).firstLine
                                                    : std::numeric_limits<int>::max();
    for (const HttpFileNotice &problem : file.problems())
        if (problem.line >= first && problem.line < next)
            return true;
    return false;
}

// After an edit: the object is what its bytes read as, and every other block is as it was.
void checkEdit(const HttpFile &before, const HttpFile &after, int index)
{
    check(after == HttpFile::parse(after.bytes()));
    check(after.requests().size() == before.requests().size());
    check(otherBlocks(after, index) == otherBlocks(before, index));
    check(keepsByteOrderMark(before, after));
}

} // namespace

// A .http file (app/core/collections): HttpFile::parse, then for each request replaceRequest
// with itself (no byte may change) and with an edited copy (read back equal, other blocks kept),
// removeRequest and appendRequest, and resolveHttpRequest against an environment.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const HttpFile file = HttpFile::parse(bytes);
    check(file.bytes() == bytes);

    Environment environment;
    environment.name = QStringLiteral("staging");
    environment.baseUrl = QUrl(QStringLiteral("https://staging.example.com/base"));
    VariableScope scope;
    for (const auto &variable : file.fileVariables())
        scope.fileVariables.insert(variable.first, variable.second);

    for (int i = 0; i < file.requests().size(); ++i) {
        const HttpRequestText request = file.requests().at(i).request;
        (void)resolveHttpRequest(request, scope, environment);
        (void)literalKeyProblem(request);

        HttpFile same = file;
        same.replaceRequest(i, request);
        check(same.bytes() == bytes);

        // Edits a .http file can represent (HttpFile::replaceRequest's contract).
        HttpRequestText edited = request;
        edited.method = QStringLiteral("PATCH");
        edited.url = QStringLiteral("/v1/edited?x={{x}}");
        edited.headers.append({QStringLiteral("X-Fuzz"), QStringLiteral("1")});
        edited.body = QStringLiteral("{\n  \"fuzz\": true\n}");
        edited.assertions = {QStringLiteral("?? status == 200")};
        edited.name = QStringLiteral("edited");
        HttpFile changed = file;
        changed.replaceRequest(i, edited);
        checkEdit(file, changed, i);
        const bool clean = !hasProblems(file, i);
        check(!clean || changed.requests().at(i).request == edited);

        HttpRequestText emptied = request;
        emptied.headers.clear();
        emptied.body.clear();
        emptied.assertions.clear();
        emptied.name.clear();
        HttpFile cleared = file;
        cleared.replaceRequest(i, emptied);
        checkEdit(file, cleared, i);
        check(!clean || cleared.requests().at(i).request == emptied);

        HttpFile removed = file;
        removed.removeRequest(i);
        check(removed == HttpFile::parse(removed.bytes()));
        check(removed.requests().size() == file.requests().size() - 1);
        check(otherBlocks(removed, -1) == otherBlocks(file, i));
        check(keepsByteOrderMark(file, removed));
    }
    HttpFile appended = file;
    HttpRequestText added;
    added.name = QStringLiteral("added");
    added.url = QStringLiteral("/v1/me");
    appended.appendRequest(added);
    check(appended == HttpFile::parse(appended.bytes()));
    check(appended.requests().size() == file.requests().size() + 1);
    check(appended.requests().last().request == added);
    check(keepsByteOrderMark(file, appended));
    return 0;
}
