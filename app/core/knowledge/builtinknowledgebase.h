// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledknowledge.h"
#include "knowledgebase.h"
#include "loadproblem.h"

#include <QList>
#include <QString>

namespace SmtpCodes {

class KnowledgeBaseLoader;

// The knowledge base compiled into the program: resources/knowledge-base/*.json, validated and
// compiled by the build (smtpcodes-knowledge-compiler), which fails on any problem in them, so
// what ships has none.
class BuiltInKnowledgeBase
{
public:
    // How problems name it: the data has no files of its own any more.
    static QString name();
    static const CompiledKnowledge &data();
    // The strings the lists of the data are views of (CompiledKnowledgeReader::listStrings()).
    static const QList<QString> &listStrings();
    // The whole built-in knowledge base, ready to use: no JSON is read.
    static KnowledgeBase load(QList<LoadProblem> *problems = nullptr);
    // Starts loader from the built-in data, for overlay files to be read on top.
    static void loadInto(KnowledgeBaseLoader &loader);
};

} // namespace SmtpCodes
