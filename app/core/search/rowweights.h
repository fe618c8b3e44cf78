// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace SmtpCodes {

// What the relevance order knows of one entry: the weight of a word found in each field
// (title, keywords, description, the other texts) and whether the entry is a failure.
struct RowWeights
{
    float fields[4] = {0, 0, 0, 0};
    qint32 descriptionLength = 0;
    bool failure = false; // a 4xx or 5xx code, which wins a tie over a success
    // A provider's response or a reason: found by words, it comes after every code the words
    // find, which are what a search in a code reference is first for; the kind filter shows
    // them alone.
    bool catalogue = false;
};

} // namespace SmtpCodes
