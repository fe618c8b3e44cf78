// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace SmtpCodes {

// Basic reply codes (RFC 5321 §4.2.1) and enhanced status codes (RFC 3463 §2) classify
// their first digit differently, so they get separate values rather than a shared digit.
enum class CodeClass {
    PositiveCompletion,
    PositiveIntermediate,
    TransientNegative,
    PermanentNegative,
    Success,
    PersistentTransient,
    Permanent,
};

enum class Outcome { Success, Intermediate, TemporaryFailure, PermanentFailure };

namespace CodeClasses {
// The identifier used in the knowledge-base files, e.g. "positive-completion".
QString id(CodeClass codeClass);
std::optional<CodeClass> fromId(const QString &id);
// A human label, e.g. "Positive Completion (2yz)".
QString label(CodeClass codeClass);
// One sentence on what a reply of this class tells the client.
QString meaning(CodeClass codeClass);
// The first digit the class stands for.
int digit(CodeClass codeClass);
bool isEnhanced(CodeClass codeClass);
std::optional<CodeClass> basicFromDigit(int digit);
std::optional<CodeClass> enhancedFromDigit(int digit);
Outcome outcome(CodeClass codeClass);
} // namespace CodeClasses

} // namespace SmtpCodes
