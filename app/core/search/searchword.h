// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textsearch.h"

#include <QString>

#include <vector>

namespace SmtpCodes {

// Another text a search word matches by: a stem, a synonym or, for a typo, a vocabulary word.
struct SearchAlternative
{
    QString text;
    std::vector<quint16> grams;
    TextSearch::CharSet chars;
};

// A search word with what matching it needs, prepared once per keystroke.
struct SearchWord
{
    QString text; // lower case
    QString codeForm; // the word as a registry key ("5.1.1" -> "x.1.1"), or empty
    std::vector<quint16> grams; // index slices that a row containing the word has set
    std::vector<quint16> codeFormGrams;
    TextSearch::CharSet chars;
    bool oneAsciiChar = false; // found or ruled out by a CharSet alone
    std::vector<SearchAlternative> alternatives;
    bool typo = false; // the alternatives are vocabulary words a typo away
};

} // namespace SmtpCodes
