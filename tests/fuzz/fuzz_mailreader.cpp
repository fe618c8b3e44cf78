// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds any bytes to the mail reader as a file (a mail or an mbox), then explains and renders
// them: users open whatever bounce they were sent, broken MIME and bad charsets included.
#include "builtinknowledgebase.h"
#include "deliverystatusreader.h"
#include "explainer.h"
#include "explanationrenderer.h"
#include "htmltext.h"
#include "mailreader.h"

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
    // The mbox and mail paths are both taken whatever the bytes look like.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)MailReader().read(bytes);
    (void)MailReader().read("From fuzz Tue Dec  1 10:00:00 2026\n" + bytes);
    const QString text = QString::fromUtf8(bytes);
    (void)DeliveryStatusReader::read(text);
    (void)HtmlText::toPlainText(text);
    const Explanation explanation = Explainer(builtIn()).explainData(bytes);
    const ExplanationRenderer renderer;
    (void)renderer.toText(explanation);
    (void)renderer.toMarkdown(explanation);
    (void)renderer.toJson(explanation);
    const QString html = renderer.toHtml(explanation);
    if (html.contains(u"<script"_s, Qt::CaseInsensitive)) {
        __builtin_trap(); // the mail's text must reach the explain view escaped
    }
    for (const ExplainedReply &reply : explanation.replies) {
        if (reply.reply.mail >= explanation.mails.size()) {
            __builtin_trap(); // every reply of a mail points at a mail that exists
        }
    }
    return 0;
}
