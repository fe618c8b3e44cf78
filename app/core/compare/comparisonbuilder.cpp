// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonbuilder.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
QString classesText(const Lookup &lookup)
{
    if (const auto codeClass = lookup.effectiveClass()) {
        return CodeClasses::label(*codeClass);
    }
    QStringList labels;
    for (const CodeClass codeClass : lookup.entry->classes) {
        labels.append(CodeClasses::label(codeClass));
    }
    return u"used as "_s + labels.join(u" or "_s);
}

QString outcomeAdvice(const Lookup &lookup)
{
    if (lookup.entry->response) {
        return lookup.entry->response->retry;
    }
    const auto codeClass = lookup.effectiveClass();
    if (!codeClass) {
        return u"read it with the class digit it arrives with: 2 is success, 4 means retry later, 5 means do "
               u"not "
               u"retry unchanged."_s;
    }
    switch (CodeClasses::outcome(*codeClass)) {
    case Outcome::Success:
        return u"nothing to retry; carry on with the next step."_s;
    case Outcome::Intermediate:
        return u"send what the server asks for next."_s;
    case Outcome::TemporaryFailure:
        return u"keep the message queued and retry later, unchanged."_s;
    case Outcome::PermanentFailure:
        return u"do not retry unchanged; fix the cause first (see how to fix)."_s;
    }
    return {};
}

QStringList onlyIn(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a) {
        if (!b.contains(item)) {
            result.append(item);
        }
    }
    return result;
}
} // namespace

ComparisonBuilder::ComparisonBuilder(const KnowledgeBase &base)
    : m_base(base)
{ }

QString ComparisonBuilder::classSentence(const Lookup &left, const Lookup &right, bool *same) const
{
    const auto leftClass = left.effectiveClass();
    const auto rightClass = right.effectiveClass();
    *same = leftClass && leftClass == rightClass;
    if (*same) {
        return u"Both %1 and %2 are %3: %4"_s.arg(
            left.code, right.code, CodeClasses::label(*leftClass), CodeClasses::meaning(*leftClass));
    }
    return u"They differ in class: %1 is %2, and %3 is %4."_s.arg(
        left.code, classesText(left), right.code, classesText(right));
}

QStringList ComparisonBuilder::generatedDifferences(const Lookup &left, const Lookup &right) const
{
    const Entry &a = *left.entry;
    const Entry &b = *right.entry;
    QStringList differences;
    differences.append(
        u"%1 means \u201c%2\u201d; %3 means \u201c%4\u201d."_s.arg(left.code, a.title, right.code, b.title));
    const auto leftClass = left.effectiveClass();
    const auto rightClass = right.effectiveClass();
    if (leftClass && rightClass && leftClass != rightClass) {
        differences.append(u"After %1 the client should %2 After %3 it should %4"_s.arg(
            left.code, outcomeAdvice(left), right.code, outcomeAdvice(right)));
    }
    if (a.isBasic() != b.isBasic()) {
        const Lookup &basic = a.isBasic() ? left : right;
        const Lookup &enhanced = a.isBasic() ? right : left;
        const bool paired = enhanced.entry->basicCodes.contains(basic.entry->code);
        differences.append(u"%1 is a basic reply code; %2 is an enhanced status code, which follows a basic "
                           u"code in the reply "
                           u"text (RFC 3463). The registry %3 %2 with %1."_s.arg(
                               basic.code, enhanced.code, paired ? u"pairs"_s : u"does not pair"_s));
    }
    const QStringList onlyLeft = onlyIn(a.commands, b.commands);
    const QStringList onlyRight = onlyIn(b.commands, a.commands);
    if (!onlyLeft.isEmpty() || !onlyRight.isEmpty()) {
        QStringList parts;
        if (!onlyLeft.isEmpty()) {
            parts.append(u"only %1 answers %2"_s.arg(left.code, onlyLeft.join(u", "_s)));
        }
        if (!onlyRight.isEmpty()) {
            parts.append(u"only %1 answers %2"_s.arg(right.code, onlyRight.join(u", "_s)));
        }
        differences.append(u"Commands: "_s + parts.join(u"; "_s) + u'.');
    }
    for (const Lookup *side : {&left, &right}) {
        if (const auto &response = side->entry->response) {
            differences.append(u"%1 is %2's own response: reason %3, a %4 bounce."_s.arg(side->code,
                side->entry->providerName, response->reason, response->hard ? u"hard"_s : u"soft"_s));
        }
    }
    if (a.standard != b.standard && a.isCode() && b.isCode()) {
        const Lookup &nonStandard = a.standard ? right : left;
        differences.append(
            u"%1 is not defined by any RFC (registry or practice only), so clients may not know it; "
            u"they read it by its first digit."_s.arg(nonStandard.code));
    }
    for (const Lookup *side : {&left, &right}) {
        for (const ExtensionMeaning &meaning : side->entry->extensionMeanings) {
            differences.append(u"Under %1, %2 has another meaning: %3"_s.arg(
                meaning.extension, side->code, meaning.meaning));
        }
    }
    return differences;
}

Comparison ComparisonBuilder::build(const Lookup &left, const Lookup &right) const
{
    Comparison comparison;
    comparison.left = left;
    comparison.right = right;
    comparison.classSentence = classSentence(left, right, &comparison.sameClass);
    comparison.distinction = m_base.distinction(left.entry->code, right.entry->code);
    if (comparison.distinction) {
        comparison.keyDifferences = comparison.distinction->keyDifferences;
        comparison.forSender = comparison.distinction->forSender;
        comparison.forServer = comparison.distinction->forServer;
        return comparison;
    }
    comparison.keyDifferences = generatedDifferences(left, right);
    comparison.forSender
        = u"On %1: %2 On %3: %4"_s.arg(left.code, outcomeAdvice(left), right.code, outcomeAdvice(right));
    // A provider's response has no server-side use to advise on: its fix is for the sender.
    const auto serverAdvice = [](const Lookup &side) {
        return side.entry->response
            ? u"sent by %1, not for other servers to send."_s.arg(side.entry->providerName)
            : side.entry->useWhen;
    };
    comparison.forServer
        = u"%1: %2 %3: %4"_s.arg(left.code, serverAdvice(left), right.code, serverAdvice(right));
    return comparison;
}

QString ComparisonBuilder::curatedPartner(const QString &key) const
{
    const auto distinctions = m_base.distinctionsFor(key);
    if (distinctions.isEmpty()) {
        return {};
    }
    for (const QString &code : distinctions.first()->codes) {
        if (code != key) {
            return code;
        }
    }
    return {};
}

} // namespace SmtpCodes
