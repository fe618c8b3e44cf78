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
    std::optional<KnowledgeBase> base = CompiledKnowledgeReader(builtInKnowledgeData).finishedBase();
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
    loader.loadCompiled(builtInKnowledgeData, name());
}

} // namespace SmtpCodes
