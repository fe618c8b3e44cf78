// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace SmtpCodes::SearchRank {

// How well one search word matches one row, best first: 0 the exact code (5.1.1 is X.1.1), 1 a
// code prefix (55, 5.7), 2 a title word, 3 a keyword, 4 a word of the description, 5 one of the
// other texts. A row's rank is that of its weakest word.
enum Rank : int {
    ExactCode = 0,
    CodePrefix,
    TitleWord,
    KeywordWord,
    DescriptionWord,
    BodyWord,
    NoMatch = -1
};

} // namespace SmtpCodes::SearchRank
