// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"
#include "parsedreply.h"

#include <QList>

namespace SmtpCodes {

enum class Verdict { Delivered, Continue, TemporaryFailure, PermanentFailure, Unknown };

// One reply found in a paste, linked to its knowledge-base entries and judged.
struct ExplainedReply
{
    ParsedReply reply;
    Lookup basic; // empty when the reply has no basic code
    Lookup enhanced; // empty when it has no enhanced code or the code is not in the registry
    Verdict verdict = Verdict::Unknown;
    QString verdictBasis; // "RFC 5321 §4.2.1"
    QStringList warnings; // the parser's and the knowledge base's
};

struct Explanation
{
    QList<ExplainedReply> replies;
    QString message; // why nothing was found, when replies is empty
};

} // namespace SmtpCodes
