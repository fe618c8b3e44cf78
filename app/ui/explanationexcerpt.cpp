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
    excerpt.replies = explanation.replies.first(count);
    // The mails stay whole: recipients point into them by index.
    excerpt.mails = explanation.mails;
    // Every reply is in exactly one recipient: so it stays in the excerpt, which keeps the
    // recipients of the replies shown, and only those replies of theirs.
    for (RecipientResult recipient : explanation.recipients) {
        recipient.replies.removeIf([count](qsizetype reply) { return reply >= count; });
        if (!recipient.replies.isEmpty()) {
            excerpt.recipients.append(recipient);
        }
    }
    return excerpt;
}

} // namespace SmtpCodes
