// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "searchword.h"

#include <QStringList>

namespace SmtpCodes {
class SynonymTable;
}

// Turns the text typed into search words: split at white space, enhanced codes read as
// registry keys ("5.1.1" as "x.1.1"), and each other word given its stems and synonyms.
namespace SmtpCodes::SearchWords {

std::vector<SearchWord> prepare(const QString &text, const SynonymTable *synonyms);
// Adds texts as alternatives of word, leaving out those that hold the word itself (the word
// already finds them) and those it has.
void addAlternatives(SearchWord &word, const QStringList &texts);
// Whether every row matching words also matches base, so that a search for words need only
// look at the rows base matched.
bool narrows(const std::vector<SearchWord> &base, const std::vector<SearchWord> &words);
// The same words, read the same way.
bool same(const std::vector<SearchWord> &a, const std::vector<SearchWord> &b);
// "authentification -> authentication" for each word read as a typo.
QStringList corrections(const std::vector<SearchWord> &words);

} // namespace SmtpCodes::SearchWords
