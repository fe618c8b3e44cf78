// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace SmtpCodes {

// The built-in knowledge base as the build compiles it (smtpcodes-knowledge-compiler): a
// sequence of 32-bit words and one UTF-16 text the words point into. Reading it parses no JSON
// and copies no text: every string is a QString over the text, which lives as long as the
// program. The words hold, in order (CompiledKnowledgeWriter writes them, CompiledKnowledgeReader
// reads them, both through the field lists of compiledfields.h):
//   magic, format version, word index of the loader context,
//   info, synonym groups, reasons, providers, responses, distinctions,
//   number of entries read from the files, number of entries, entries,
//   loader context: section table, where each file entry and distinction came from.
// A string is two words: its offset in the text plus one (0 for a null string) and its length.
// A list of strings is two words too: where its strings start in the list strings plus one (0 for
// an empty list) and how many there are. The list strings are string pairs of their own, one run
// per distinct list, so that every list can be a QList over one array of QStrings made once
// (CompiledKnowledgeReader::listStrings()) rather than a list of its own for each value.
struct CompiledKnowledge
{
    static constexpr quint32 magic = 0x534d4b42; // "SMKB"
    static constexpr quint32 formatVersion = 2;

    const char16_t *text = nullptr;
    qsizetype textSize = 0;
    const quint32 *words = nullptr;
    qsizetype wordCount = 0;
    const quint32 *listWords = nullptr;
    qsizetype listWordCount = 0;
};

} // namespace SmtpCodes
