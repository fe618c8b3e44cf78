// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"
#include "parsedreply.h"

#include <QList>

namespace SmtpCodes {

enum class Verdict { Delivered, Continue, TemporaryFailure, PermanentFailure, Unknown };

// Hard: the address is bad and will stay so; soft: this message failed, the address is fine.
enum class Bounce { None, Hard, Soft };

// One reply found in a paste, linked to its knowledge-base entries and judged.
struct ExplainedReply
{
    ParsedReply reply;
    Lookup basic; // empty when the reply has no basic code
    Lookup enhanced; // empty when it has no enhanced code or the code is not in the registry
    Verdict verdict = Verdict::Unknown;
    QString verdictBasis; // "RFC 5321 §4.2.1"
    QStringList warnings; // the parser's and the knowledge base's
    const BounceReason *reason = nullptr; // why it failed (or Delivered); null for 3xx and no data
    QString reasonEvidence; // "from X.2.2", "text: “mailbox is full”"
    const ReasonVariant *reasonVariant = nullptr; // set when the words tell one: greylisting
    Bounce bounce = Bounce::None;
    // The provider that sent it and its known response, when they can be told.
    const Provider *provider = nullptr;
    QString providerEvidence; // "host gmail-smtp-in.l.google.com"
    const ProviderResponse *providerResponse = nullptr;
    QString responseEvidence; // "Microsoft 365 / Exchange Online 5.7.606–5.7.649, text: “banned sending ip”"
};

// One mail of the input (a bounce, or one message of an mbox), as its headers name it.
struct MailSummary
{
    qint64 offset = 0; // byte offset of the message in the input
    QString subject;
    QString from;
    QString date;
    QString messageId;
    QString writer; // the MTA or service that wrote the bounce, when it can be told: "Postfix"
    QString writerEvidence; // what told it: "X-Postfix-Queue-ID header"
    QString reportingMta; // the DSN's Reporting-MTA
};

// What happened to one recipient of one mail: the replies about that address and what the
// delivery status says of it.
struct RecipientResult
{
    int mail = -1; // index into Explanation::mails; -1 for text that is not a mail
    QString recipient; // empty: replies no address could be tied to
    QString originalRecipient;
    QString action; // failed, delayed, delivered, relayed, expanded; empty when not said
    QString status; // the DSN's Status field
    QString reportingMta;
    QString remoteMta;
    QList<qsizetype> replies; // indexes into Explanation::replies, in input order
    QStringList warnings; // e.g. the DSN Status disagrees with the SMTP reply
};

struct Explanation
{
    QList<ExplainedReply> replies;
    QList<MailSummary> mails; // empty when the input was not a mail
    QList<RecipientResult> recipients; // every reply is in exactly one
    QString message; // why nothing was found, when replies is empty
    bool cancelled = false; // the user stopped it; what was found so far is kept
};

} // namespace SmtpCodes
