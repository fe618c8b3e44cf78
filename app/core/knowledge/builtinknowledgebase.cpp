// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinknowledgebase.h"

#include "compiledknowledgereader.h"
#include "knowledgebaseloader.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

// Defined in the source the build writes (builtinknowledgedata.cpp).
extern const CompiledKnowledge builtInKnowledgeData;

QString BuiltInKnowledgeBase::name()
{
    return u"built-in knowledge base"_s;
}

const CompiledKnowledge &BuiltInKnowledgeBase::data()
{
    return builtInKnowledgeData;
}

KnowledgeBase BuiltInKnowledgeBase::load(QList<LoadProblem> *problems)
{
    if (problems) {
        problems->clear();
    }
    std::optional<KnowledgeBase> base
        = CompiledKnowledgeReader(builtInKnowledgeData, listStrings()).finishedBase();
    if (!base) {
        if (problems) {
            problems->append(
                {name(), 0, 0, {}, {}, u"the compiled data is damaged; reinstall the program"_s});
        }
        return {};
    }
    return std::move(*base);
}

void BuiltInKnowledgeBase::loadInto(KnowledgeBaseLoader &loader)
{
    loader.loadCompiled(builtInKnowledgeData, listStrings(), name());
}

const QList<QString> &BuiltInKnowledgeBase::listStrings()
{
    // Made once, on the first load, and kept: every base read since holds lists over it.
    static const QList<QString> strings = CompiledKnowledgeReader::listStrings(builtInKnowledgeData);
    return strings;
}

} // namespace SmtpCodes
