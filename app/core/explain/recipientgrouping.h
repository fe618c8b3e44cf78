// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"

#include <QList>

// Replies grouped by the mail and the address they are about, in the order each address first
// appears; replies tied to no address form one group per mail.
namespace SmtpCodes::RecipientGrouping {

QList<RecipientResult> group(const QList<ExplainedReply> &replies);

} // namespace SmtpCodes::RecipientGrouping
