// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordforms.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace SmtpCodes::WordForms {

namespace {
constexpr qsizetype minimumStem = 4;

bool hasDigit(const QString &word)
{
    return std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
}
} // namespace

QStringList stems(const QString &word)
{
    QStringList forms;
    if (word.size() <= minimumStem || hasDigit(word)) {
        return forms;
    }
    const auto add = [&forms, &word](const QString &form) {
        if (form.size() >= minimumStem && form != word && !forms.contains(form)) {
            forms.append(form);
        }
    };
    if (word.endsWith(u"ies"_s) || word.endsWith(u"ied"_s)) {
        add(word.chopped(3) + u'y'); // "denied" -> "deny"
        add(word.chopped(2)); // -> "deni", as in "denial"
    } else if (word.endsWith(u"ing"_s)) {
        add(word.chopped(3)); // "greylisting" -> "greylist", "throttling" -> "throttl"
    } else if (word.endsWith(u"ed"_s)) {
        add(word.chopped(2)); // "rejected" -> "reject", "limited" -> "limit"
        add(word.chopped(1)); // "refused" -> "refuse"
    } else if (word.endsWith(u"es"_s)) {
        add(word.chopped(2)); // "mailboxes" -> "mailbox"
        add(word.chopped(1)); // "codes" -> "code"
    } else if (word.endsWith(u's') && !word.endsWith(u"ss"_s)) {
        add(word.chopped(1)); // "limits" -> "limit"
    }
    if (word.endsWith(u"ation"_s)) {
        add(word.chopped(5)); // "authentication" -> "authentic"
    }
    return forms;
}

bool withinEdits(QStringView a, QStringView b, int maxEdits)
{
    if (std::abs(a.size() - b.size()) > maxEdits) {
        return false;
    }
    // Optimal string alignment distance over three rows, stopping once a row exceeds the limit.
    const qsizetype n = b.size();
    std::vector<int> before(std::size_t(n + 1));
    std::vector<int> previous(std::size_t(n + 1));
    std::vector<int> current(std::size_t(n + 1));
    for (qsizetype j = 0; j <= n; ++j) {
        previous[std::size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1,
                previous[std::size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                value = std::min(value, before[std::size_t(j - 2)] + 1);
            }
            current[std::size_t(j)] = value;
            best = std::min(best, value);
        }
        if (best > maxEdits) {
            return false;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[std::size_t(n)] <= maxEdits;
}

int allowedEdits(qsizetype length)
{
    return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

} // namespace SmtpCodes::WordForms
