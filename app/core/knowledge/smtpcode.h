// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codeclass.h"

#include <QString>
#include <optional>

namespace SmtpCodes {

enum class CodeKind {
    Basic, // 250 (RFC 5321 §4.2)
    EnhancedClass, // 5.XXX.XXX (RFC 3463 §2, class row of the IANA registry)
    EnhancedSubject, // X.1.XXX (subject row)
    EnhancedDetail, // X.1.1 or 5.1.1
    ProviderResponse, // what a provider sends: "microsoft/banned-sending-ip" (providers-*.json)
    Reason, // why a delivery failed: "MailboxFull" (reasons.json)
};

// A syntactically valid code as written by a user or a data file. The knowledge base keys
// enhanced detail codes by "X.<subject>.<detail>", so "5.1.1" and "X.1.1" share an entry and
// only the former carries a class.
class SmtpCode
{
public:
    static std::optional<SmtpCode> parse(QStringView text);
    // Why text is not a code, for messages; empty when it is one.
    static QString whyInvalid(QStringView text);

    CodeKind kind() const { return m_kind; }
    bool isBasic() const { return m_kind == CodeKind::Basic; }
    // The knowledge-base key: "250", "5.XXX.XXX", "X.1.XXX", "X.1.1".
    QString key() const { return m_key; }
    // The code as it should be shown: "250", "5.1.1", "X.1.1".
    QString text() const { return m_text; }
    // The class the written code carries, if any (none for "X.1.1" and "X.1.XXX").
    std::optional<CodeClass> codeClass() const { return m_class; }
    // The subject row an enhanced detail or subject code belongs to ("X.7.XXX").
    QString subjectKey() const;
    bool isKey() const { return m_key == m_text; }

private:
    CodeKind m_kind = CodeKind::Basic;
    QString m_key;
    QString m_text;
    std::optional<CodeClass> m_class;
    QString m_subject;
};

} // namespace SmtpCodes
