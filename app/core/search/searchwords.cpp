// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchwords.h"

#include "synonymtable.h"
#include "tokenindex.h"
#include "wordforms.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes::SearchWords {

using namespace TextSearch;

std::vector<SearchWord> prepare(const QString &text, const SynonymTable *synonyms)
{
    // Words longer than any entry cannot match; capping keeps a pasted novel from costing more
    // than a search for one long word.
    static const QRegularExpression enhanced(u"^[245]\\.(.*)$"_s);
    std::vector<SearchWord> words;
    // Split as the token index splits the texts, so that no word can span two tokens.
    QStringList parts;
    // Word joiners are invisible, and rich text puts them inside codes ("X.\u20601.1") to keep
    // them on one line; a code copied from there must still be found.
    const QString lowered = text.left(1000).toLower().remove(QChar(0x2060));
    TokenIndex::forEachToken(lowered, [&parts](QStringView part) { parts.append(part.toString()); });
    for (const QString &part : std::as_const(parts)) {
        SearchWord word;
        word.text = part;
        const auto match = enhanced.match(part);
        if (match.hasMatch() && !part.contains(u"xxx.xxx"_s)) {
            word.codeForm = u"x."_s + match.captured(1);
            word.codeFormGrams = gramsOf(word.codeForm);
        }
        word.grams = gramsOf(word.text);
        word.chars.add(word.text);
        word.oneAsciiChar
            = word.text.size() == 1 && word.text.front().unicode() < 128 && !word.text.front().isNull();
        if (word.codeForm.isEmpty()) {
            QStringList forms = WordForms::stems(word.text);
            if (synonyms) {
                const QStringList bases = QStringList {word.text} + forms;
                for (const QString &base : bases) {
                    forms += synonyms->synonymsOf(base);
                }
            }
            addAlternatives(word, forms);
        }
        words.push_back(std::move(word));
    }
    return words;
}

void addAlternatives(SearchWord &word, const QStringList &texts)
{
    for (const QString &text : texts) {
        // A text holding the word itself adds nothing: the word already finds it.
        // A text of white space alone would match by a phrase of nothing.
        const bool known = text.trimmed().isEmpty() || text.contains(word.text)
            || std::any_of(word.alternatives.begin(), word.alternatives.end(),
                [&text](const SearchAlternative &other) { return other.text == text; });
        if (known) {
            continue;
        }
        SearchAlternative alternative;
        alternative.text = text;
        alternative.grams = gramsOf(text);
        alternative.chars.add(text);
        word.alternatives.push_back(std::move(alternative));
    }
}

QStringList corrections(const std::vector<SearchWord> &words)
{
    QStringList result;
    for (const SearchWord &word : words) {
        if (word.typo) {
            QStringList texts;
            for (const SearchAlternative &alternative : word.alternatives) {
                texts.append(alternative.text);
            }
            result.append(word.text + u" -> "_s + texts.join(u", "_s));
        }
    }
    return result;
}

// Whether every row matching `words` also matches `base`, so that a search for `words` need
// only look at the rows `base` matched. True when each word of `base` is the start of the word
// at its place in `words`: text containing the longer word contains the shorter one. The code
// form breaks this once: "5" has none, "5." has one ("x."), which rows without a 5 can match.
bool narrows(const std::vector<SearchWord> &base, const std::vector<SearchWord> &words)
{
    if (base.size() > words.size()) {
        return false;
    }
    for (std::size_t i = 0; i < base.size(); ++i) {
        if (!words[i].text.startsWith(base[i].text)
            || (base[i].codeForm.isEmpty() && !words[i].codeForm.isEmpty()) || words[i].typo
            || base[i].typo) {
            return false;
        }
        // Each text the longer word matches by must hold one the shorter word matched by, or a
        // row found only through a new synonym would be missed.
        const auto holdsBase = [&base, i](const QString &text) {
            return text.contains(base[i].text)
                || std::any_of(base[i].alternatives.begin(), base[i].alternatives.end(),
                    [&text](
                        const SearchAlternative &alternative) { return text.contains(alternative.text); });
        };
        if (!std::all_of(words[i].alternatives.begin(), words[i].alternatives.end(),
                [&holdsBase](const SearchAlternative &alternative) { return holdsBase(alternative.text); })) {
            return false;
        }
    }
    return true;
}

bool same(const std::vector<SearchWord> &a, const std::vector<SearchWord> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
        [](const SearchWord &x, const SearchWord &y) { return x.text == y.text && x.typo == y.typo; });
}

} // namespace SmtpCodes::SearchWords
