// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// Light English word forms for search words. Matching is by substring, so a search word only
// needs its stem to find every form that starts with it: "greylisted" finds "greylisting"
// through "greylist", "rejected" finds "reject" and "rejection", "limits" finds "limited".
namespace SmtpCodes::WordForms {

// The shorter forms of word (lower case) worth searching for as well, each of at least four
// letters; empty for a word with digits or too short to cut.
QStringList stems(const QString &word);

// Whether a and b are at most maxEdits single-character insertions, deletions, substitutions
// or swaps of neighbours apart.
bool withinEdits(QStringView a, QStringView b, int maxEdits);

// The edits a word may be away from a vocabulary word to count as a typo of it: none under
// four letters, one from four, two from eight.
int allowedEdits(qsizetype length);

} // namespace SmtpCodes::WordForms
