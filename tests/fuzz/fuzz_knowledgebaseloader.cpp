// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds any bytes to the knowledge-base loader as a user's overlay file, on top of the
// built-in data, then renders what loaded: an overlay is written by people and must never
// crash the reference nor inject markup into it. The same bytes are read as compiled data too.
#include "builtinknowledgebase.h"
#include "compiledknowledgereader.h"
#include "entryrenderer.h"
#include "knowledgebaseloader.h"
#include "reasontable.h"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
const KnowledgeBaseLoader &builtInLoader()
{
    // Loading the built-in data once keeps the run fast; each input gets a copy of it.
    static const KnowledgeBaseLoader loader = [] {
        KnowledgeBaseLoader built;
        BuiltInKnowledgeBase::loadInto(built);
        built.setLocal(true);
        return built;
    }();
    return loader;
}
} // namespace

namespace {
// The same bytes as compiled data after a sound header: the reader must refuse what is damaged
// without reading past the words or the text.
void readAsCompiled(const uint8_t *data, size_t size)
{
    QList<quint32> words {CompiledKnowledge::magic, CompiledKnowledge::formatVersion};
    words.resize(2 + qsizetype(size / sizeof(quint32)));
    std::memcpy(words.data() + 2, data, size / sizeof(quint32) * sizeof(quint32));
    std::u16string text(size / sizeof(char16_t), u' ');
    std::memcpy(text.data(), data, text.size() * sizeof(char16_t));
    // The words after the header serve as the list strings as well.
    const CompiledKnowledge compiled {text.data(), qsizetype(text.size()), words.constData(), words.size(),
        words.constData() + 2, words.size() - 2};
    const QList<QString> strings = CompiledKnowledgeReader::listStrings(compiled);
    if (const std::optional<KnowledgeBase> base = CompiledKnowledgeReader(compiled, strings).finishedBase()) {
        (void)base->lookup(u"550"_s);
    }
    (void)CompiledKnowledgeReader(compiled, strings).loaderState();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    readAsCompiled(data, size);
    KnowledgeBaseLoader loader = builtInLoader();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    loader.loadData(bytes, u"fuzz.json"_s);
    const KnowledgeBase base = loader.finish();
    // The side tables read the same files: the same bytes as reasons.json.
    ReasonTable reasons;
    QList<LoadProblem> reasonProblems;
    reasons.read(bytes, u"reasons.json"_s, &reasonProblems);
    for (const BounceReason &reason : reasons.reasons()) {
        if (reasons.reason(reason.id) != &reason) {
            __builtin_trap(); // every reason read is found by its name
        }
    }
    for (const LoadProblem &problem : loader.problems()) {
        const QString line = problem.toString();
        if (line.contains(u'\n')) {
            __builtin_trap(); // the terminal prints one problem a line
        }
    }
    const EntryRenderer renderer(base);
    for (const Entry &entry : base.entries()) {
        if (!entry.local && entry.localNotes.isEmpty()) {
            continue;
        }
        const Lookup lookup = base.lookup(entry.code);
        if (!lookup) {
            __builtin_trap(); // every loaded entry must be found by its own code
        }
        const QString html = renderer.toHtml(lookup);
        if (html.contains(u"<script"_s, Qt::CaseInsensitive)
            || html.contains(u"<img"_s, Qt::CaseInsensitive)) {
            __builtin_trap(); // overlay text must reach the views escaped
        }
        (void)renderer.toText(lookup);
        (void)renderer.toMarkdown(lookup);
        (void)renderer.toJson(lookup);
    }
    return 0;
}
