// SPDX-License-Identifier: GPL-3.0-or-later
#include "entry.h"

using namespace Qt::StringLiterals;

namespace SmtpCodes {

QString Entry::kindName() const
{
    return isBasic() ? u"basic"_s : u"enhanced"_s;
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
