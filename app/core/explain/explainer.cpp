// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainer.h"

#include "bouncewriter.h"
#include "deliverystatusreader.h"
#include "mailreader.h"
#include "mailreplies.h"
#include "reasonclassifier.h"
#include "recipientgrouping.h"
#include "replyparser.h"
#include "returnedcopy.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
Verdict verdictOfDigit(int digit)
{
    switch (digit) {
    case 2:
        return Verdict::Delivered;
    case 3:
        return Verdict::Continue;
    case 4:
        return Verdict::TemporaryFailure;
    case 5:
        return Verdict::PermanentFailure;
    default:
        return Verdict::Unknown;
    }
}

// Text that is mostly replacement characters or NULs was not text to begin with.
bool looksBinary(QStringView text)
{
    const QStringView sample = text.left(4096);
    qsizetype odd = 0;
    for (const QChar c : sample) {
        if (c == QChar::ReplacementCharacter || c.unicode() == 0) {
            ++odd;
        }
    }
    return sample.size() > 0 && odd * 10 > sample.size();
}
} // namespace

Explainer::Explainer(const KnowledgeBase &base)
    : m_base(base)
    , m_providers(base.providers())
{ }

QString Explainer::verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Delivered:
        return u"delivered"_s;
    case Verdict::Continue:
        return u"continue"_s;
    case Verdict::TemporaryFailure:
        return u"temporary-failure"_s;
    case Verdict::PermanentFailure:
        return u"permanent-failure"_s;
    case Verdict::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString Explainer::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Delivered:
        return u"Delivered: the server accepted this step"_s;
    case Verdict::Continue:
        return u"In progress: the server waits for the next part"_s;
    case Verdict::TemporaryFailure:
        return u"Temporary failure: retry later"_s;
    case Verdict::PermanentFailure:
        return u"Permanent failure: do not retry unchanged"_s;
    case Verdict::Unknown:
        break;
    }
    return u"Unknown"_s;
}

Lookup Explainer::lookup(const QString &code, LookupCache *cache) const
{
    if (!cache) {
        return m_base.lookup(code);
    }
    auto it = cache->constFind(code);
    if (it == cache->cend()) {
        it = cache->insert(code, m_base.lookup(code));
    }
    return *it;
}

ExplainedReply Explainer::explainReply(const ParsedReply &reply) const
{
    return explainReply(reply, nullptr);
}

ExplainedReply Explainer::explainReply(const ParsedReply &reply, LookupCache *cache) const
{
    ExplainedReply result;
    result.reply = reply;
    result.warnings = reply.warnings;
    if (!reply.basic.isEmpty()) {
        result.basic = lookup(reply.basic, cache);
        if (!result.basic) {
            result.warnings.append(
                u"unknown code %1: no RFC or registry defines it, so clients read it by its first "
                u"digit (RFC 5321 §4.2)"_s.arg(reply.basic));
        } else if (!result.basic.entry->standard) {
            result.warnings.append(u"non-standard code %1: no RFC defines it as a reply"_s.arg(reply.basic));
        }
    }
    if (!reply.enhanced.isEmpty()) {
        result.enhanced = lookup(reply.enhanced, cache);
    }
    matchProvider(result);
    const int basicDigit = reply.basic.isEmpty() ? 0 : reply.basic.at(0).digitValue();
    const int enhancedDigit = reply.enhanced.isEmpty() ? 0 : reply.enhanced.at(0).digitValue();
    if (basicDigit != 0) {
        result.verdict = verdictOfDigit(basicDigit);
        result.verdictBasis = u"RFC 5321 §4.2.1"_s;
        if (enhancedDigit != 0 && enhancedDigit != basicDigit) {
            result.warnings.append(
                u"the classes disagree: %1 is %2 but %3 is %4; RFC 2034 §4 requires them to agree, "
                u"and clients act on the basic code"_s.arg(reply.basic,
                    verdictLabel(verdictOfDigit(basicDigit)).section(u':', 0, 0).toLower(), reply.enhanced,
                    verdictLabel(verdictOfDigit(enhancedDigit)).section(u':', 0, 0).toLower()));
        }
    } else if (enhancedDigit != 0) {
        result.verdict = verdictOfDigit(enhancedDigit);
        result.verdictBasis = u"RFC 3463 §2"_s;
    }
    ReasonClassifier(m_base.reasons()).classify(result);
    return result;
}

void Explainer::matchProvider(ExplainedReply &result) const
{
    const ParsedReply &reply = result.reply;
    const bool registered = reply.enhanced.isEmpty() || bool(result.enhanced);
    const ProviderMatch match = m_providers.match(reply, registered);
    result.provider = match.provider;
    result.providerEvidence = match.providerEvidence;
    result.providerResponse = match.response;
    result.responseEvidence = match.responseEvidence;
    const ProviderResponse *response = match.response;
    const bool providersCode = response && !response->enhanced.isEmpty();
    if (!registered && providersCode) {
        // The registry does not know it, but the provider does: say whose code it is.
        result.warnings.append(u"%1 is not in the IANA registry: it is %2's own code"_s.arg(
            reply.enhanced, match.provider->name));
    } else if (!registered) {
        const auto code = SmtpCode::parse(reply.enhanced);
        const Entry *subject = code ? m_base.entry(code->subjectKey()) : nullptr;
        result.warnings.append(subject
                ? u"%1 is not in the IANA registry: a provider-specific code; its subject is %2 (%3)"_s.arg(
                    reply.enhanced, subject->code, subject->title)
                : u"%1 is not in the IANA registry: a provider-specific code"_s.arg(reply.enhanced));
    } else if (providersCode && response->registryDiffers && result.enhanced) {
        result.warnings.append(u"%1 gives %2 its own meaning (%3); the registry's %4 is \u201c%5\u201d"_s.arg(
            match.provider->name, reply.enhanced, response->title, result.enhanced.entry->code,
            result.enhanced.entry->title));
    }
}

Explanation Explainer::explainData(const QByteArray &data, const ExplainProgress &progress) const
{
    const bool cut = data.size() > maximumData;
    const QByteArray read = cut ? data.left(maximumData) : data;
    Explanation explanation;
    if (MailReader::looksLikeMailOrMbox(read)) {
        explanation = explainMails(read, progress);
    }
    if (explanation.replies.isEmpty() && explanation.message.isEmpty() && !explanation.cancelled) {
        explanation = explainText(QString::fromUtf8(read), progress);
    }
    if (cut && !explanation.replies.isEmpty()) {
        explanation.replies.last().warnings.append(
            u"the file was read only to its first %1 MB"_s.arg(maximumData / (1024 * 1024)));
    }
    return explanation;
}

Explanation Explainer::explain(QStringView text, const ExplainProgress &progress) const
{
    // A mail or an mbox pasted as text is read as the mail it is (its parts, its charsets).
    const QByteArray head = text.left(16 * 1024).toUtf8();
    if (MailReader::looksLikeMailOrMbox(head)) {
        Explanation explanation = explainMails(text.toUtf8(), progress);
        if (!explanation.replies.isEmpty() || !explanation.message.isEmpty() || explanation.cancelled) {
            return explanation;
        }
    }
    return explainText(text, progress);
}

void Explainer::addReplies(
    Explanation &explanation, const QList<ParsedReply> &replies, LookupCache *cache) const
{
    // No reserve(): called once per mail of an mbox, an exact reserve each time would copy
    // every earlier reply again (quadratic); the list grows geometrically by itself.
    for (const ParsedReply &reply : replies) {
        explanation.replies.append(explainReply(reply, cache));
    }
}

Explanation Explainer::explainMails(const QByteArray &data, const ExplainProgress &progress) const
{
    MailReader reader;
    const QList<MailMessage> mails = reader.read(data, progress);
    Explanation explanation;
    explanation.cancelled = reader.wasCancelled();
    LookupCache cache;
    for (qsizetype i = 0; i < mails.size(); ++i) {
        const MailMessage &mail = mails.at(i);
        const BounceWriter::Identity writer = BounceWriter::identify(mail);
        explanation.mails.append(
            {mail.offset, mail.subject, mail.from, mail.date, mail.messageId, writer.name, writer.evidence,
                mail.deliveryStatus.isEmpty() ? QString() : mail.deliveryStatus.first().reportingMta});
        addReplies(explanation, MailReplies::of(mail, int(i)), &cache);
    }
    explanation.recipients = RecipientGrouping::group(explanation.replies);
    if (explanation.replies.isEmpty() && !mails.isEmpty()) {
        explanation.message = mails.size() == 1
            ? u"No SMTP reply found in this mail: it holds no delivery status and its text quotes no reply."_s
            : u"No SMTP reply found in these %1 mails."_s.arg(mails.size());
    }
    return explanation;
}

Explanation Explainer::explainText(QStringView text, const ExplainProgress &progress) const
{
    Explanation explanation;
    if (text.trimmed().isEmpty()) {
        explanation.message
            = u"Nothing to explain: paste an SMTP reply, a bounce, a transcript or a log line."_s;
        return explanation;
    }
    if (looksBinary(text)) {
        explanation.message
            = u"This does not look like text (NUL bytes or invalid UTF-8); no SMTP reply found."_s;
        return explanation;
    }
    if (progress && !progress(0, text.size())) {
        explanation.cancelled = true;
        return explanation;
    }
    LookupCache cache;
    if (DeliveryStatusReader::looksLikeDeliveryStatus(text)) {
        // A delivery status pasted on its own: read per recipient, as in a mail.
        MailMessage fragment;
        fragment.deliveryStatus.append(DeliveryStatusReader::read(text));
        fragment.texts.append({text.toString(), ReplySource::Body});
        addReplies(explanation, MailReplies::of(fragment, -1), &cache);
    } else {
        // A bounce pasted as text still ends with the copy of the original, which may quote
        // replies of its own.
        const qsizetype copy = ReturnedCopy::start(text);
        ReplyParser parser;
        addReplies(explanation, parser.parse(copy >= 0 ? text.left(copy) : text, progress), &cache);
        explanation.cancelled = parser.wasCancelled();
    }
    explanation.recipients = RecipientGrouping::group(explanation.replies);
    if (explanation.replies.isEmpty()) {
        explanation.message = u"No SMTP reply found: a reply starts with a code such as 550 or 5.1.1."_s;
    }
    if (progress && !explanation.cancelled) {
        progress(text.size(), text.size());
    }
    return explanation;
}

} // namespace SmtpCodes
