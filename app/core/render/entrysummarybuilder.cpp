// SPDX-License-Identifier: GPL-3.0-or-later
#include "entrysummarybuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
using Retry = EntrySummary::Retry;

Retry retryFor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return Retry::NotNeeded;
    case Outcome::Intermediate:
        return Retry::Continue;
    case Outcome::TemporaryFailure:
        return Retry::Later;
    case Outcome::PermanentFailure:
        return Retry::NotUnchanged;
    }
    return Retry::DependsOnClass;
}

// RFC 5321 §4.2.1 and RFC 3463 §2: 2 succeeded, 3 waits for more, 4 may succeed when repeated
// later, 5 will not succeed repeated as it is.
QString whatToDo(Retry retry)
{
    switch (retry) {
    case Retry::NotNeeded:
        return u"Nothing to retry: the action succeeded."_s;
    case Retry::Continue:
        return u"Nothing to retry: the client goes on and sends what the server asks for next."_s;
    case Retry::Later:
        return u"Retry later, unchanged: the sending server keeps the message queued and retries by "
               u"itself."_s;
    case Retry::NotUnchanged:
        return u"Do not retry unchanged: something must change first (see How to fix)."_s;
    case Retry::DependsOnClass:
        break;
    }
    return {};
}

// "X.1.1" written with the class digit: "4.1.1"; a basic code has its class already.
QString withClass(const QString &code, CodeClass codeClass)
{
    return QString::number(CodeClasses::digit(codeClass)) + code.mid(1);
}

QString shortAdvice(Retry retry)
{
    switch (retry) {
    case Retry::NotNeeded:
        return u"nothing to retry"_s;
    case Retry::Continue:
        return u"go on with what the server asks for"_s;
    case Retry::Later:
        return u"retry later, unchanged (the sending server does so by itself)"_s;
    case Retry::NotUnchanged:
        return u"do not retry unchanged"_s;
    case Retry::DependsOnClass:
        break;
    }
    return {};
}

// For a code written without its class: what each of its classes asks for.
QString whatToDoPerClass(const Entry &entry)
{
    QStringList parts;
    for (const CodeClass codeClass : entry.classes) {
        parts.append(u"with "_s + withClass(entry.code, codeClass) + u", "_s
            + shortAdvice(retryFor(CodeClasses::outcome(codeClass))));
    }
    return u"It depends on the class it arrives with: "_s + parts.join(u"; "_s) + u'.';
}

// "the sending server's operator, the recipient": the data's actor names in words.
QString actorsLabel(const QStringList &actors)
{
    QStringList words;
    for (const QString &actor : actors) {
        words.append(actor == u"sender"_s       ? u"the sender"_s
                : actor == u"sender-admin"_s    ? u"the sending server's operator"_s
                : actor == u"recipient"_s       ? u"the recipient"_s
                : actor == u"recipient-admin"_s ? u"the receiving server's operator"_s
                                                : actor);
    }
    return words.join(u", "_s);
}

int subjectOf(const Entry &entry)
{
    if (entry.kind != CodeKind::EnhancedDetail && entry.kind != CodeKind::EnhancedSubject) {
        return -1;
    }
    bool ok = false;
    const int subject = entry.code.section(u'.', 1, 1).toInt(&ok);
    return ok ? subject : -1;
}

bool canFail(const Lookup &lookup)
{
    if (const auto codeClass = lookup.effectiveClass()) {
        const Outcome outcome = CodeClasses::outcome(*codeClass);
        return outcome == Outcome::TemporaryFailure || outcome == Outcome::PermanentFailure;
    }
    return std::any_of(lookup.entry->classes.cbegin(), lookup.entry->classes.cend(),
        [](CodeClass each) { return CodeClasses::outcome(each) != Outcome::Success; });
}

bool isSentenceEnd(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if ((c != u'.' && c != u'!' && c != u'?') || i + 2 >= text.size() || !text.at(i + 1).isSpace()) {
        return false;
    }
    const QChar next = text.at(i + 2);
    if (!next.isUpper() && !next.isDigit() && next != u'(' && next != u'\'' && next != u'"') {
        return false;
    }
    // "e.g. Gmail", "i.e. The": an abbreviation, not the end of the sentence.
    const QStringView before = QStringView(text).first(i);
    return !before.endsWith(u"e.g") && !before.endsWith(u"i.e") && !before.endsWith(u" cf")
        && !before.endsWith(u" vs");
}

// "Registered by RFC 7372.", "The general code of the mail system subject.": where the code
// comes from rather than what it says. "No RFC defines 422." is what there is to say.
bool saysOnlyWhereItIsDefined(QStringView sentence)
{
    return sentence.size() < 60 && !sentence.startsWith(u"No ")
        && (sentence.contains(u"RFC") || sentence.contains(u"defin", Qt::CaseInsensitive)
            || sentence.contains(u"general code"));
}
} // namespace

EntrySummaryBuilder::EntrySummaryBuilder(const KnowledgeBase &base)
    : m_base(base)
{ }

QString EntrySummaryBuilder::shortMeaning(const QString &description)
{
    const QString text = description.simplified();
    bool skipped = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isSentenceEnd(text, i)) {
            continue;
        }
        if (!skipped && saysOnlyWhereItIsDefined(QStringView(text).first(i + 1))) {
            skipped = true; // the next sentence says what the code means
            continue;
        }
        return text.first(i + 1);
    }
    return text;
}

QString EntrySummaryBuilder::retryId(EntrySummary::Retry retry)
{
    switch (retry) {
    case Retry::NotNeeded:
        return u"not-needed"_s;
    case Retry::Continue:
        return u"continue"_s;
    case Retry::Later:
        return u"later"_s;
    case Retry::NotUnchanged:
        return u"not-unchanged"_s;
    case Retry::DependsOnClass:
        break;
    }
    return u"depends-on-class"_s;
}

// RFC 3463 §2 says for most subjects under whose control the problem usually lies; for
// "other or undefined" (X.0) and the delivery protocol (X.5) it names nobody.
QString EntrySummaryBuilder::whoActs(int subject)
{
    switch (subject) {
    case 1:
        return u"usually the sender, who can correct the address"_s;
    case 2:
        return u"the recipient, who controls the mailbox"_s;
    case 3:
        return u"the administrator of the receiving mail system"_s;
    case 4:
        return u"the administrator of the receiving system or of a system on the way"_s;
    case 6:
        return u"the sender and the receiver together: both must support the message's content"_s;
    case 7:
        return u"the sender, the recipient or both: the policies of both sides must allow the message"_s;
    default:
        return {};
    }
}

EntrySummary EntrySummaryBuilder::build(const Lookup &lookup) const
{
    const Entry &entry = *lookup.entry;
    EntrySummary summary;
    summary.code = lookup.code;
    summary.title = entry.title;
    summary.codeClass = lookup.effectiveClass();
    if (summary.codeClass) {
        summary.classLabel = CodeClasses::label(*summary.codeClass);
        summary.classDigit = CodeClasses::digit(*summary.codeClass);
        summary.retry = retryFor(CodeClasses::outcome(*summary.codeClass));
        summary.whatToDo = whatToDo(summary.retry);
    } else {
        QStringList labels;
        for (const CodeClass each : entry.classes) {
            labels.append(CodeClasses::label(each));
        }
        summary.classLabel = labels.join(u" or "_s);
        summary.retry = Retry::DependsOnClass;
        summary.whatToDo = whatToDoPerClass(entry);
    }
    if (canFail(lookup)) {
        summary.whoActs = whoActs(subjectOf(entry));
    }
    // A provider's response and a reason say themselves whether to retry and who acts.
    const QString retry = entry.response ? entry.response->retry
        : entry.reason                   ? entry.reason->retry
                                         : QString();
    if (!retry.isEmpty()) {
        summary.whatToDo = retry;
        summary.whoActs = actorsLabel(entry.response ? entry.response->whoActs : entry.reason->whoActs);
    }
    summary.meaning = shortMeaning(entry.description);
    addLinks(lookup, summary);
    return summary;
}

void EntrySummaryBuilder::addLinks(const Lookup &lookup, EntrySummary &summary) const
{
    const Entry &entry = *lookup.entry;
    QStringList seen;
    for (const Distinction *distinction : m_base.distinctionsFor(entry.code)) {
        for (const QString &code : distinction->codes) {
            if (code != entry.code && !seen.contains(code)) {
                seen.append(code);
                const Entry *other = m_base.entry(code);
                summary.confusedWith.append(
                    {code, other ? other->title : QString(), distinction->title, lookup.code});
            }
        }
    }
    if (!summary.confusedWith.isEmpty()) {
        return;
    }
    for (const QString &code : entry.related.first(std::min(entry.related.size(), seeAlsoLimit))) {
        const Entry *other = m_base.entry(code);
        summary.seeAlso.append({code, other ? other->title : QString(), {}, {},
            other && other->response ? other->displayCode() : QString()});
    }
}

} // namespace SmtpCodes
