// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpcode.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39.
bool isBasicCode(QStringView text)
{
    return text.size() == 3 && text.at(0) >= u'2' && text.at(0) <= u'5' && text.at(1) >= u'0'
        && text.at(1) <= u'5' && isDigit(text.at(2));
}

// RFC 3463 §2: subject and detail are 1*3digit. Leading zeros would make "5.01.1" and "5.1.1"
// two spellings of one code, so "0" is the only number that starts with 0.
bool isCodeNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 3 || (text.size() > 1 && text.at(0) == u'0')) {
        return false;
    }
    return std::all_of(text.begin(), text.end(), isDigit);
}

// The registry writes "XXX" (and the class rows "YYY") for any subject or detail; either case.
bool isPlaceholder(QStringView text)
{
    if (text.size() != 3) {
        return false;
    }
    const char16_t first = text.at(0).unicode() | 0x20;
    if (first != u'x' && first != u'y') {
        return false;
    }
    return (text.at(1).unicode() | 0x20) == first && (text.at(2).unicode() | 0x20) == first;
}

bool isEnhancedClass(QChar c)
{
    return c == u'2' || c == u'4' || c == u'5';
}
} // namespace

// Written out rather than as regular expressions: every lookup and every search keystroke
// parses a code, and matching three patterns cost more than the rest of a lookup.
std::optional<SmtpCode> SmtpCode::parse(QStringView input)
{
    // Rich text keeps "X.1.1" on one line with invisible word joiners; a code copied from it is
    // still the code.
    if (input.contains(QChar(0x2060))) {
        return parse(input.toString().remove(QChar(0x2060)));
    }
    const QStringView text = input.trimmed();
    SmtpCode code;
    if (isBasicCode(text)) {
        code.m_kind = CodeKind::Basic;
        code.m_key = text.toString();
        code.m_text = code.m_key;
        code.m_class = CodeClasses::basicFromDigit(text.at(0).digitValue());
        return code;
    }
    // class "." subject "." detail, the class one character.
    if (text.size() < 5 || text.at(1) != u'.') {
        return std::nullopt;
    }
    const qsizetype secondDot = text.indexOf(u'.', 2);
    if (secondDot < 0) {
        return std::nullopt;
    }
    const QChar classChar = text.at(0);
    const QStringView subject = text.sliced(2, secondDot - 2);
    const QStringView detail = text.sliced(secondDot + 1);
    if (isEnhancedClass(classChar) && isPlaceholder(subject) && isPlaceholder(detail)) {
        code.m_kind = CodeKind::EnhancedClass;
        code.m_key = classChar + u".XXX.XXX"_s;
        code.m_text = code.m_key;
        code.m_class = CodeClasses::enhancedFromDigit(classChar.digitValue());
        return code;
    }
    const bool anyClass = classChar == u'X' || classChar == u'x';
    if (!(anyClass || isEnhancedClass(classChar)) || !isCodeNumber(subject)) {
        return std::nullopt;
    }
    const bool subjectRow = isPlaceholder(detail);
    if (!subjectRow && !isCodeNumber(detail)) {
        return std::nullopt;
    }
    const QString detailPart = subjectRow ? u"XXX"_s : detail.toString();
    code.m_kind = subjectRow ? CodeKind::EnhancedSubject : CodeKind::EnhancedDetail;
    code.m_key = u"X."_s + subject + u'.' + detailPart;
    code.m_text = (anyClass ? QChar(u'X') : classChar) + (u'.' + subject.toString() + u'.' + detailPart);
    code.m_subject = u"X."_s + subject + u".XXX"_s;
    if (!anyClass) {
        code.m_class = CodeClasses::enhancedFromDigit(classChar.digitValue());
    }
    return code;
}

QString SmtpCode::whyInvalid(QStringView input)
{
    const QString text = input.trimmed().toString().remove(QChar(0x2060));
    if (text.isEmpty()) {
        return u"no code given"_s;
    }
    if (parse(text)) {
        return {};
    }
    static const QRegularExpression threeDigits(u"^[0-9]{3}$"_s);
    if (threeDigits.match(text).hasMatch()) {
        return u"%1 is not an SMTP reply code: the first digit must be 2 to 5 and the second 0 to 5 "
               u"(RFC 5321 section 4.2)"_s.arg(text);
    }
    if (text.contains(u'.')) {
        return u"%1 is not an enhanced status code: it must be class.subject.detail with class 2, 4 or 5 "
               u"and subject and detail of 1 to 3 digits without leading zeros (RFC 3463 section 2)"_s.arg(
                   text);
    }
    return u"%1 is not an SMTP code: expected a reply code such as 550 or an enhanced status code such as "
           u"5.1.1"_s.arg(text);
}

QString SmtpCode::subjectKey() const
{
    return m_subject;
}

} // namespace SmtpCodes
