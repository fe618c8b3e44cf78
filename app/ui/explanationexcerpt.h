// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explanation.h"

namespace SmtpCodes {

// The part of an explanation the window lays out. A 20 MB mbox holds tens of thousands of
// replies; laid out as rich text they would hold the window for many seconds and help nobody
// reading them one by one. The window shows the first ones, says so, and counts all of them
// in the status bar; the copy commands still copy all.
class ExplanationExcerpt
{
public:
    // Replies laid out at most: enough to read, a moment to lay out.
    static constexpr qsizetype replyLimit = 500;

    // The first count replies of explanation, with the recipients and mails they belong to;
    // explanation itself when it has no more.
    static Explanation first(const Explanation &explanation, qsizetype count = replyLimit);
    static bool isCut(const Explanation &explanation, qsizetype count = replyLimit)
    {
        return explanation.replies.size() > count || explanation.mails.size() > count;
    }
};

} // namespace SmtpCodes
