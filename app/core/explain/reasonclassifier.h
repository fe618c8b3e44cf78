// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"
#include "reasontable.h"

namespace SmtpCodes {

// Gives an explained reply its reason (ReasonTable) and hard or soft verdict, from the most
// specific knowledge that matches: the provider's response when one was recognised, the
// enhanced code when it names one, the reply's words, the basic code. A generic enhanced code (X.S.0, such as
// X.7.0) says less than the words, so the words come first for it: "451 4.7.0 Greylisted" is about
// greylisting, not any policy. Hard is for an address that is bad and stays bad, and only from a permanent
// (5xx) reply; a 5xx spam block is soft: this message failed, the address is fine.
class ReasonClassifier
{
public:
    explicit ReasonClassifier(const ReasonTable &table);

    void classify(ExplainedReply &reply) const;

private:
    const ReasonTable &m_table;
};

} // namespace SmtpCodes
