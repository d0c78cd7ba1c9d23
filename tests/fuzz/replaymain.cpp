// SPDX-FileCopyrightText: 2026 Hero API Explorer contributors
// SPDX-License-Identifier: MIT
#include "fuzzinput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

// The main() of the replay build of a harness (ctest fuzz_replay_<name>): feeds every file of
// the folders (or files) named on the command line to LLVMFuzzerTestOneInput once, so the
// corpus and every crash found before are run by the normal test suite with the normal
// compiler (hidden files such as .gitkeep are skipped). A crash, a sanitizer report in a sanitizer
// build, or an abort() in a harness fails the test; a missing folder is an error, an empty one is
// not.
int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(argument).isDir()) {
            const QDir folder(argument);
            for (const QString &name : folder.entryList(QDir::Files, QDir::Name))
                files.append(folder.filePath(name));
        } else if (QFileInfo(argument).isFile()) {
            files.append(argument);
        } else {
            std::fprintf(stderr, "replay: no such file or folder: %s\n", argv[i]);
            return 2;
        }
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray bytes = file.readAll();
            std::fprintf(stderr, "replay: %s (%lld bytes)\n", qPrintable(path),
                         static_cast<long long>(bytes.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                   size_t(bytes.size()));
            ++inputs;
        }
    }
    std::printf("replay: %d inputs ran without a crash\n", inputs);
    return 0;
}
