// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "summary.h"

#include <QHash>

namespace SmtpCodes {

// The replies of one block of an input, kept small: what a summary needs of each, and the
// first reply of each cause whole, for its advice.
struct SummaryPart
{
    QList<SummaryReply> replies;
    QStringList causes; // per reply: its cause's key, empty for a reply that did not fail
    QHash<QString, ExplainedReply> examples; // cause key -> its first reply
    qint64 lines = 0; // in the block, for text
    int mails = 0;
    bool cancelled = false;

    // Keeps reply as the summary needs it; file, line, mail and time are the caller's.
    SummaryReply &add(const ExplainedReply &reply);
};

// Counts the parts of an input, in input order, into a Summary.
class SummaryBuilder
{
public:
    // Lines and mails of later parts are numbered after those of earlier parts of the same file.
    void add(SummaryPart &&part, bool continuesFile);
    Summary finish(Summary summary);

private:
    void countGroups(Summary &summary) const;
    void countCauses(Summary &summary) const;
    QList<SummaryReply> m_replies;
    QStringList m_causes;
    QHash<QString, ExplainedReply> m_examples;
    QList<int> m_addressIds; // per reply: its recipient as a number, -1 for none
    qint64 m_lines = 0;
    int m_mails = 0;
    qint64 m_fileLines = 0; // lines of the earlier parts of the current file
    int m_fileMails = 0;
    bool m_cancelled = false;
};

} // namespace SmtpCodes
