// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds any bytes to the summarizer as a file would: the log-line filter, the time stamps, the
// cutting into blocks (small ones, so that every input is cut) and the counting, then renders
// the summary in every format.
#include "builtinknowledgebase.h"
#include "summarizer.h"
#include "summaryrenderer.h"

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
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Summarizer::Options options;
    options.today = QDate(2026, 12, 1);
    options.threads = 1;
    options.blockSize = 512;
    const Summary summary = Summarizer(builtIn(), options).summarizeData(bytes, u"-"_s);
    qsizetype counted = 0;
    for (const SummaryGroup &group : summary.groups) {
        counted = 0;
        for (const SummaryRow &row : group.rows) {
            counted += row.replies;
        }
        if (counted != summary.replies.size()) {
            __builtin_trap(); // every grouping counts every reply once
        }
    }
    const SummaryRenderer renderer;
    (void)renderer.toText(summary);
    (void)renderer.toMarkdown(summary);
    (void)renderer.toCsv(summary);
    (void)renderer.toJson(summary);
    (void)renderer.hardBounces(summary);
    if (renderer.toHtml(summary).contains(u"<script"_s, Qt::CaseInsensitive)) {
        __builtin_trap(); // the input's text must reach the window escaped
    }
    return 0;
}
