// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds any bytes to the reply parser and the explainer as a paste, then renders the
// explanation: users paste whatever they hold, binary included.
#include "builtinknowledgebase.h"
#include "explainer.h"
#include "explanationrenderer.h"
#include "replyparser.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace SmtpCodes;

namespace {
const KnowledgeBase &builtIn()
{
    static const KnowledgeBase base = BuiltInKnowledgeBase::load();
    return base;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    ReplyParser parser;
    (void)parser.parse(text);
    const Explanation explanation = Explainer(builtIn()).explain(text);
    const ExplanationRenderer renderer;
    (void)renderer.toText(explanation);
    (void)renderer.toMarkdown(explanation);
    (void)renderer.toJson(explanation);
    const QString html = renderer.toHtml(explanation);
    if (html.contains(u"<script"_s, Qt::CaseInsensitive)) {
        __builtin_trap(); // pasted text must reach the explain view escaped
    }
    return 0;
}
