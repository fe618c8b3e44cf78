// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtpcode.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
// RFC 5321 §4.2: Reply-code = %x32-35 %x30-35 %x30-39.
const QRegularExpression &basicPattern()
{
    static const QRegularExpression re(u"^[2-5][0-5][0-9]$"_s);
    return re;
}

// RFC 3463 §2: class "." subject "." detail, subject and detail 1*3digit; the registry
// writes "X" for any class. Leading zeros would make "5.01.1" and "5.1.1" two spellings.
const QRegularExpression &enhancedPattern()
{
    static const QRegularExpression re(u"^([245Xx])\\.(0|[1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2}|XXX|YYY)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &classRowPattern()
{
    static const QRegularExpression re(
        u"^([245])\\.(XXX|YYY)\\.(XXX|YYY)$"_s, QRegularExpression::CaseInsensitiveOption);
    return re;
}
} // namespace

std::optional<SmtpCode> SmtpCode::parse(QStringView input)
{
    const QString text = input.trimmed().toString();
    SmtpCode code;
    if (basicPattern().match(text).hasMatch()) {
        code.m_kind = CodeKind::Basic;
        code.m_key = text;
        code.m_text = text;
        code.m_class = CodeClasses::basicFromDigit(text.at(0).digitValue());
        return code;
    }
    if (const auto match = classRowPattern().match(text); match.hasMatch()) {
        code.m_kind = CodeKind::EnhancedClass;
        code.m_key = match.captured(1) + u".XXX.XXX"_s;
        code.m_text = code.m_key;
        code.m_class = CodeClasses::enhancedFromDigit(match.captured(1).toInt());
        return code;
    }
    if (const auto match = enhancedPattern().match(text); match.hasMatch()) {
        const QString classPart = match.captured(1).toUpper();
        const QString subject = match.captured(2);
        const QString detail = match.captured(3).toUpper();
        const bool subjectRow = detail == u"XXX" || detail == u"YYY";
        code.m_kind = subjectRow ? CodeKind::EnhancedSubject : CodeKind::EnhancedDetail;
        code.m_key = u"X."_s + subject + u'.' + (subjectRow ? u"XXX"_s : detail);
        code.m_text = classPart + u'.' + subject + u'.' + (subjectRow ? u"XXX"_s : detail);
        code.m_subject = u"X."_s + subject + u".XXX"_s;
        if (classPart != u"X") {
            code.m_class = CodeClasses::enhancedFromDigit(classPart.toInt());
        }
        return code;
    }
    return std::nullopt;
}

QString SmtpCode::whyInvalid(QStringView input)
{
    const QString text = input.trimmed().toString();
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
