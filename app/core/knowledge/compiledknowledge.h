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
struct CompiledKnowledge
{
    static constexpr quint32 magic = 0x534d4b42; // "SMKB"
    static constexpr quint32 formatVersion = 1;

    const char16_t *text = nullptr;
    qsizetype textSize = 0;
    const quint32 *words = nullptr;
    qsizetype wordCount = 0;
};

} // namespace SmtpCodes
