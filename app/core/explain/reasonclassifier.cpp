// SPDX-License-Identifier: GPL-3.0-or-later
#include "reasonclassifier.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
int classOf(const ParsedReply &reply)
{
    const QString &code = reply.basic.isEmpty() ? reply.enhanced : reply.basic;
    return code.isEmpty() ? 0 : code.front().digitValue();
}
} // namespace

ReasonClassifier::ReasonClassifier(const ReasonTable &table)
    : m_table(table)
{ }

void ReasonClassifier::classify(ExplainedReply &reply) const
{
    const ParsedReply &parsed = reply.reply;
    const int replyClass = classOf(parsed);
    if (m_table.isEmpty() || replyClass < 2 || replyClass == 3) {
        return; // no reason for a reply that is neither an outcome nor a failure
    }
    const BounceReason *found = nullptr;
    QString evidence;
    if (const ProviderResponse *response = reply.providerResponse; response && replyClass >= 4) {
        found = m_table.reason(response->reason);
        evidence = reply.responseEvidence;
        if (found) {
            reply.reason = found;
            reply.reasonEvidence = evidence;
            reply.bounce = response->hard && replyClass == 5 ? Bounce::Hard : Bounce::Soft;
            return;
        }
    }
    if (replyClass == 2) {
        found = m_table.reason(u"Delivered"_s);
        evidence = u"a %1 reply: the server accepted this step"_s.arg(
            parsed.basic.isEmpty() ? parsed.enhanced : parsed.basic);
    } else {
        const QString subjectDetail = parsed.enhanced.isEmpty()
            ? QString()
            : u"X"_s + parsed.enhanced.mid(parsed.enhanced.indexOf(u'.'));
        const bool generic = subjectDetail.endsWith(u".0"_s);
        const BounceReason *byCode = subjectDetail.isEmpty() ? nullptr : m_table.byEnhanced(subjectDetail);
        QString phrase;
        const BounceReason *byText = m_table.byText(parsed.text.toLower(), &phrase);
        if (byCode && !(generic && byText)) {
            found = byCode;
            evidence = u"from %1"_s.arg(subjectDetail);
        } else if (byText) {
            found = byText;
            evidence = u"text: \u201c%1\u201d"_s.arg(phrase);
            reply.reasonVariant = byText->variantOf(phrase);
        } else if (const BounceReason *byBasic = m_table.byBasic(parsed.basic)) {
            found = byBasic;
            evidence = u"from the basic code %1"_s.arg(parsed.basic);
        } else {
            found = m_table.reason(u"Undefined"_s);
            evidence = u"no code or words of the reply name a reason"_s;
        }
    }
    if (!found) {
        return;
    }
    reply.reason = found;
    reply.reasonEvidence = evidence;
    if (found->id == u"Delivered" || found->id == u"Undefined") {
        reply.bounce = Bounce::None;
    } else {
        reply.bounce = found->hard && replyClass == 5 ? Bounce::Hard : Bounce::Soft;
    }
}

} // namespace SmtpCodes
