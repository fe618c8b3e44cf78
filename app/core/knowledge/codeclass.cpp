// SPDX-License-Identifier: GPL-3.0-or-later
#include "codeclass.h"

#include <array>

using namespace Qt::StringLiterals;

namespace SmtpCodes::CodeClasses {

namespace {
struct ClassInfo
{
    CodeClass codeClass;
    QStringView id;
    QStringView label;
    QStringView meaning;
    int digit;
    Outcome outcome;
};

// Meanings paraphrase RFC 5321 §4.2.1 (basic) and RFC 3463 §2 (enhanced).
constexpr std::array<ClassInfo, 7> classInfos {{
    {CodeClass::PositiveCompletion, u"positive-completion", u"Positive Completion (2yz)",
        u"The requested action was completed; the client may send the next command.", 2, Outcome::Success},
    {CodeClass::PositiveIntermediate, u"positive-intermediate", u"Positive Intermediate (3yz)",
        u"The command was accepted, but the server waits for more information before it acts.", 3,
        Outcome::Intermediate},
    {CodeClass::TransientNegative, u"transient-negative", u"Transient Negative Completion (4yz)",
        u"The command was not accepted, but the condition is temporary: the same request may succeed if it "
        u"is "
        u"tried again later.",
        4, Outcome::TemporaryFailure},
    {CodeClass::PermanentNegative, u"permanent-negative", u"Permanent Negative Completion (5yz)",
        u"The command was not accepted and will not be accepted if repeated unchanged; something must change "
        u"first.",
        5, Outcome::PermanentFailure},
    {CodeClass::Success, u"success", u"Success (2.X.X)",
        u"The delivery action succeeded; the detail may report a change made on the way.", 2,
        Outcome::Success},
    {CodeClass::PersistentTransient, u"persistent-transient", u"Persistent Transient Failure (4.X.X)",
        u"The message is valid but a temporary condition delayed or stopped delivery; sending again later "
        u"may "
        u"succeed.",
        4, Outcome::TemporaryFailure},
    {CodeClass::Permanent, u"permanent", u"Permanent Failure (5.X.X)",
        u"Resending the message as it is will not succeed; the message or the destination must change first.",
        5, Outcome::PermanentFailure},
}};

const ClassInfo &info(CodeClass codeClass)
{
    for (const auto &classInfo : classInfos) {
        if (classInfo.codeClass == codeClass) {
            return classInfo;
        }
    }
    Q_UNREACHABLE();
}
} // namespace

QString id(CodeClass codeClass)
{
    return info(codeClass).id.toString();
}

std::optional<CodeClass> fromId(const QString &id)
{
    for (const auto &classInfo : classInfos) {
        if (classInfo.id == id) {
            return classInfo.codeClass;
        }
    }
    return std::nullopt;
}

QString label(CodeClass codeClass)
{
    return info(codeClass).label.toString();
}

QString meaning(CodeClass codeClass)
{
    return info(codeClass).meaning.toString();
}

int digit(CodeClass codeClass)
{
    return info(codeClass).digit;
}

bool isEnhanced(CodeClass codeClass)
{
    return codeClass == CodeClass::Success || codeClass == CodeClass::PersistentTransient
        || codeClass == CodeClass::Permanent;
}

std::optional<CodeClass> basicFromDigit(int digit)
{
    switch (digit) {
    case 2:
        return CodeClass::PositiveCompletion;
    case 3:
        return CodeClass::PositiveIntermediate;
    case 4:
        return CodeClass::TransientNegative;
    case 5:
        return CodeClass::PermanentNegative;
    default:
        return std::nullopt;
    }
}

std::optional<CodeClass> enhancedFromDigit(int digit)
{
    switch (digit) {
    case 2:
        return CodeClass::Success;
    case 4:
        return CodeClass::PersistentTransient;
    case 5:
        return CodeClass::Permanent;
    default:
        return std::nullopt;
    }
}

Outcome outcome(CodeClass codeClass)
{
    return info(codeClass).outcome;
}

} // namespace SmtpCodes::CodeClasses
