// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationsections.h"

#include "explainer.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// The most specific entry says best what to do: the enhanced code's, else the basic one's.
const Lookup &adviceSource(const ExplainedReply &reply)
{
    return reply.enhanced ? reply.enhanced : reply.basic;
}

QString where(const ParsedReply &reply)
{
    if (reply.mail < 0 && reply.source != ReplySource::DeliveryStatus) {
        return u"line %1"_s.arg(reply.line);
    }
    switch (reply.source) {
    case ReplySource::DeliveryStatus:
        return u"delivery status"_s;
    case ReplySource::Transcript:
        return u"transcript"_s;
    case ReplySource::Headers:
        return u"header field"_s;
    case ReplySource::Body:
        break;
    }
    return u"bounce text"_s;
}

QString bounceSentence(Bounce bounce)
{
    switch (bounce) {
    case Bounce::Hard:
        return u"Hard bounce: the address is bad and will stay so."_s;
    case Bounce::Soft:
        return u"Soft bounce: this message failed, but the address is fine."_s;
    case Bounce::None:
        break;
    }
    return {};
}

QString reasonLine(const ExplainedReply &reply)
{
    const QString title = reply.reasonVariant ? reply.reasonVariant->title : reply.reason->title;
    QString line = u"Reason: %1 (%2, %3)."_s.arg(title, reply.reason->id, reply.reasonEvidence);
    if (const QString bounce = bounceSentence(reply.bounce); !bounce.isEmpty()) {
        line += u' ' + bounce;
    }
    if (reply.bounce != Bounce::None) {
        // The provider's own retry advice is the more specific one.
        line += u' '
            + (reply.providerResponse     ? reply.providerResponse->retry
                    : reply.reasonVariant ? reply.reasonVariant->retry
                                          : reply.reason->retry);
    }
    return line;
}

// "Provider: Gmail / Google Workspace (host gmail-smtp-in.l.google.com)." and its response.
QStringList providerLines(const ExplainedReply &reply)
{
    QStringList lines;
    if (!reply.provider) {
        return lines;
    }
    lines.append(u"Provider: %1 (%2)."_s.arg(reply.provider->name, reply.providerEvidence));
    if (const ProviderResponse *response = reply.providerResponse) {
        lines.append(
            u"%1 means by it: %2 %3"_s.arg(reply.provider->name, response->title + u'.', response->meaning));
        lines.append((response->documented ? u"Documented by the provider: "_s
                                           : u"Seen in real bounces, not documented by the provider: "_s)
            + response->sources.value(0));
    }
    return lines;
}

} // namespace

// What to do comes from the most specific knowledge that matched: the provider's response,
// else the reason when the reply's words decided it over a code that says little, else the
// entry of the most specific code.
Section ExplanationSections::advice(const ExplainedReply &reply)
{
    Section fix;
    fix.id = u"howToFix"_s;
    if (const ProviderResponse *response = reply.providerResponse) {
        fix.heading = u"What to do (%1: %2)"_s.arg(reply.provider->name, response->title);
        fix.paragraphs = {response->fix};
        fix.linkUrls = true;
        return fix;
    }
    if (const ReasonVariant *variant = reply.reasonVariant) {
        fix.heading = u"What to do (%1)"_s.arg(variant->title);
        fix.paragraphs = {variant->advice};
        return fix;
    }
    const Lookup &advice = adviceSource(reply);
    const bool wordsDecided = reply.reason && reply.reasonEvidence.startsWith(u"text:"_s);
    if (wordsDecided
        && (!advice || reply.reply.enhanced.isEmpty() || reply.reply.enhanced.endsWith(u".0"_s)
            || reply.reply.enhanced.endsWith(u".7.1"_s))) {
        fix.heading = u"What to do (%1)"_s.arg(reply.reason->title);
        fix.paragraphs = {reply.reason->meaning + u' ' + reply.reason->retry};
        return fix;
    }
    if (advice) {
        fix.heading = u"What to do (%1)"_s.arg(advice.code);
        fix.paragraphs = {advice.entry->howToFix};
    }
    return fix;
}

namespace {
QString plural(qsizetype count, const QString &one, const QString &many)
{
    return QString::number(count) + u' ' + (count == 1 ? one : many);
}
} // namespace

QString ExplanationSections::bounceId(Bounce bounce)
{
    switch (bounce) {
    case Bounce::Hard:
        return u"hard"_s;
    case Bounce::Soft:
        return u"soft"_s;
    case Bounce::None:
        break;
    }
    return {};
}

QString ExplanationSections::sourceId(ReplySource source)
{
    switch (source) {
    case ReplySource::DeliveryStatus:
        return u"delivery-status"_s;
    case ReplySource::Transcript:
        return u"transcript"_s;
    case ReplySource::Headers:
        return u"headers"_s;
    case ReplySource::Body:
        break;
    }
    return u"body"_s;
}

QString ExplanationSections::actionLabel(const QString &action)
{
    if (action == u"failed") {
        return u"failed: not delivered, and it will not be retried"_s;
    }
    if (action == u"delayed") {
        return u"delayed: not delivered yet; the reporting server keeps trying"_s;
    }
    if (action == u"delivered") {
        return u"delivered to the recipient's mailbox"_s;
    }
    if (action == u"relayed") {
        return u"relayed to a system that reports no further delivery status"_s;
    }
    if (action == u"expanded") {
        return u"delivered to a list or alias, which sends it on to its members"_s;
    }
    return action;
}

bool ExplanationSections::isGrouped(const Explanation &explanation)
{
    return !explanation.mails.isEmpty()
        || std::any_of(explanation.recipients.cbegin(), explanation.recipients.cend(),
            [](const RecipientResult &recipient) { return !recipient.recipient.isEmpty(); });
}

QString ExplanationSections::headline(const Explanation &explanation) const
{
    QString line;
    if (explanation.replies.isEmpty()) {
        line = explanation.message;
    } else if (explanation.mails.isEmpty()) {
        line = plural(explanation.replies.size(), u"reply found."_s, u"replies found."_s);
    } else {
        qsizetype addressed = 0;
        for (const RecipientResult &recipient : explanation.recipients) {
            addressed += recipient.recipient.isEmpty() ? 0 : 1;
        }
        line = plural(explanation.replies.size(), u"reply"_s, u"replies"_s) + u" for "_s
            + plural(addressed, u"recipient"_s, u"recipients"_s) + u" in "_s
            + plural(explanation.mails.size(), u"mail."_s, u"mails."_s);
    }
    if (explanation.cancelled) {
        line = u"Stopped before the end: "_s
            + (explanation.replies.isEmpty() ? u"no reply found so far."_s : line);
    }
    return line;
}

Section ExplanationSections::mailSection(const Explanation &explanation, int mail) const
{
    const MailSummary &summary = explanation.mails.at(mail);
    Section section;
    section.id = u"mail"_s;
    const QString subject = summary.subject.isEmpty() ? u"(no subject)"_s : summary.subject;
    section.heading = explanation.mails.size() == 1
        ? u"Mail: "_s + subject
        : u"Mail %1 of %2: %3"_s.arg(mail + 1).arg(explanation.mails.size()).arg(subject);
    if (!summary.from.isEmpty()) {
        section.bullets.append(u"From: "_s + summary.from);
    }
    if (!summary.date.isEmpty()) {
        section.bullets.append(u"Date: "_s + summary.date);
    }
    if (!summary.writer.isEmpty()) {
        section.bullets.append(u"Bounce written by %1 (%2)"_s.arg(summary.writer, summary.writerEvidence));
    }
    return section;
}

Section ExplanationSections::recipientSection(const RecipientResult &recipient) const
{
    Section section;
    section.id = u"recipient"_s;
    section.heading = recipient.recipient.isEmpty() ? u"Replies tied to no address"_s
                                                    : u"Recipient "_s + recipient.recipient;
    if (!recipient.originalRecipient.isEmpty()) {
        section.bullets.append(u"Original recipient: "_s + recipient.originalRecipient);
    }
    if (!recipient.action.isEmpty()) {
        section.bullets.append(u"Action: "_s + actionLabel(recipient.action) + u" (RFC 3464 §2.3.3)"_s);
    }
    if (!recipient.status.isEmpty()) {
        section.bullets.append(u"Status: "_s + recipient.status);
    }
    if (!recipient.remoteMta.isEmpty()) {
        section.bullets.append(u"Remote MTA: "_s + recipient.remoteMta);
    }
    if (!recipient.reportingMta.isEmpty()) {
        section.bullets.append(u"Reporting MTA: "_s + recipient.reportingMta);
    }
    for (const QString &warning : recipient.warnings) {
        section.bullets.append(u"Warning: "_s + warning);
    }
    return section;
}

QList<Section> ExplanationSections::replySections(const ExplainedReply &reply, qsizetype index) const
{
    const ParsedReply &parsed = reply.reply;
    Section summary;
    summary.id = u"reply"_s;
    summary.heading = u"Reply %1 (%2): %3"_s.arg(index + 1).arg(where(parsed), parsed.codes());
    if (!parsed.command.isEmpty()) {
        summary.heading += u", in reply to "_s + parsed.command;
    }
    if (!parsed.text.isEmpty()) {
        summary.paragraphs.append(u"\u201c"_s + parsed.text + u"\u201d"_s);
        summary.linkUrls = true;
    }
    summary.paragraphs.append(u"Verdict: "_s + Explainer::verdictLabel(reply.verdict)
        + (reply.verdictBasis.isEmpty() ? QString() : u" ("_s + reply.verdictBasis + u')'));
    if (reply.reason) {
        summary.paragraphs.append(reasonLine(reply));
    }
    summary.paragraphs.append(providerLines(reply));
    for (const Lookup *lookup : {&reply.basic, &reply.enhanced}) {
        if (*lookup) {
            summary.codes.append({lookup->code, lookup->entry->title, {}, {}});
        }
    }
    for (const QString &warning : reply.warnings) {
        summary.bullets.append(u"Warning: "_s + warning);
    }
    if (reply.providerResponse) {
        summary.codes.append(
            {reply.providerResponse->key(), reply.provider->name + u": "_s + reply.providerResponse->title,
                {}, {}, reply.providerResponse->codesLabel()});
    }
    QList<Section> result {summary};
    if (Section fix = advice(reply); !fix.isEmpty()) {
        result.append(fix);
    }
    return result;
}

QList<ExplanationSections::Block> ExplanationSections::blocks(const Explanation &explanation) const
{
    QList<Block> result;
    const auto addReply = [&](qsizetype index) {
        const QList<Section> parts = replySections(explanation.replies.at(index), index);
        for (qsizetype j = 0; j < parts.size(); ++j) {
            result.append({j == 0 ? Reply : Fix, parts.at(j)});
        }
    };
    if (!isGrouped(explanation)) {
        for (qsizetype i = 0; i < explanation.replies.size(); ++i) {
            addReply(i);
        }
        return result;
    }
    // Every mail shows, the ones without a reply too: an mbox is read message by message.
    QList<QList<const RecipientResult *>> byMail(explanation.mails.size() + 1);
    for (const RecipientResult &recipient : explanation.recipients) {
        const bool known = recipient.mail >= 0 && recipient.mail < explanation.mails.size();
        byMail[known ? recipient.mail + 1 : 0].append(&recipient);
    }
    for (qsizetype slot = 0; slot < byMail.size(); ++slot) {
        if (slot > 0) {
            Section mailPart = mailSection(explanation, int(slot - 1));
            if (byMail.at(slot).isEmpty()) {
                mailPart.paragraphs.append(u"No SMTP reply found in this mail."_s);
            }
            result.append({Mail, mailPart});
        }
        for (const RecipientResult *recipient : byMail.at(slot)) {
            result.append({Recipient, recipientSection(*recipient)});
            for (const qsizetype index : recipient->replies) {
                addReply(index);
            }
        }
    }
    return result;
}

} // namespace SmtpCodes
