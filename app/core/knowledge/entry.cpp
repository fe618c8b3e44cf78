// SPDX-License-Identifier: GPL-3.0-or-later
#include "entry.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

QString Entry::kindName() const
{
    switch (kind) {
    case CodeKind::Basic:
        return u"basic"_s;
    case CodeKind::ProviderResponse:
        return u"provider"_s;
    case CodeKind::Reason:
        return u"reason"_s;
    case CodeKind::EnhancedClass:
    case CodeKind::EnhancedSubject:
    case CodeKind::EnhancedDetail:
        break;
    }
    return u"enhanced"_s;
}

QString Entry::classIds() const
{
    QStringList ids;
    for (const CodeClass codeClass : classes) {
        ids.append(CodeClasses::id(codeClass));
    }
    return ids.join(u'/');
}

} // namespace SmtpCodes
