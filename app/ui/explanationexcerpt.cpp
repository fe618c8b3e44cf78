// SPDX-License-Identifier: GPL-3.0-or-later
#include "explanationexcerpt.h"

namespace SmtpCodes {

Explanation ExplanationExcerpt::first(const Explanation &explanation, qsizetype count)
{
    if (!isCut(explanation, count)) {
        return explanation;
    }
    Explanation excerpt;
    excerpt.message = explanation.message;
    excerpt.cancelled = explanation.cancelled;
    excerpt.replies = explanation.replies.first(std::min(count, explanation.replies.size()));
    // Replies come mail by mail, so the mails of the replies shown are the first ones: the
    // excerpt keeps those (indexes stay valid) and no more than count, since every mail is a
    // section of its own, the ones without a reply too.
    qsizetype mails = std::min(count, explanation.mails.size());
    if (!excerpt.replies.isEmpty() && excerpt.replies.last().reply.mail >= 0) {
        mails = std::min(mails, qsizetype(excerpt.replies.last().reply.mail) + 1);
    }
    excerpt.mails = explanation.mails.first(mails);
    // Every reply is in exactly one recipient: so it stays in the excerpt, which keeps the
    // recipients of the replies shown, and only those replies of theirs.
    for (RecipientResult recipient : explanation.recipients) {
        recipient.replies.removeIf([count](qsizetype reply) { return reply >= count; });
        if (!recipient.replies.isEmpty() && recipient.mail < excerpt.mails.size()) {
            excerpt.recipients.append(recipient);
        }
    }
    return excerpt;
}

} // namespace SmtpCodes
