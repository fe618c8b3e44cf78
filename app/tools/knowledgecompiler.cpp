// SPDX-License-Identifier: GPL-3.0-or-later
// smtpcodes-knowledge-compiler DIRECTORY OUTPUT.cpp
//
// Loads the knowledge base of DIRECTORY (meta.json and the files it names) with the same
// loader and validator the program uses for overlays, and writes it compiled, as C++ source,
// to OUTPUT.cpp. Any problem in the data is printed as the loader gives it and fails the
// build, so a broken built-in knowledge base never ships. OUTPUT.cpp is left alone when it
// would not change, so an unchanged knowledge base compiles nothing again.
#include "compiledknowledgewriter.h"
#include "knowledgebaseloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

using namespace SmtpCodes;

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: smtpcodes-knowledge-compiler DIRECTORY OUTPUT.cpp\n");
        return 2;
    }
    KnowledgeBaseLoader loader;
    loader.loadDirectory(arguments.at(1));
    CompiledKnowledgeWriter writer;
    const KnowledgeBase base = loader.finishInto(writer);
    if (!loader.problems().isEmpty()) {
        for (const LoadProblem &problem : loader.problems()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
        }
        std::fprintf(stderr, "smtpcodes-knowledge-compiler: %lld problems in the built-in knowledge base\n",
            static_cast<long long>(loader.problems().size()));
        return 1;
    }
    const QByteArray source = writer.cppSource("builtInKnowledgeData");
    QFile existing(arguments.at(2));
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == source) {
        return 0;
    }
    existing.close();
    QSaveFile output(arguments.at(2));
    if (!output.open(QIODevice::WriteOnly) || output.write(source) != source.size() || !output.commit()) {
        std::fprintf(stderr, "smtpcodes-knowledge-compiler: cannot write %s: %s\n",
            qPrintable(arguments.at(2)), qPrintable(output.errorString()));
        return 1;
    }
    std::printf("%lld entries, %lld words, %lld characters of text\n",
        static_cast<long long>(base.entries().size()), static_cast<long long>(writer.words().size()),
        static_cast<long long>(writer.text().size()));
    return 0;
}
