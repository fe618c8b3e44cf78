// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"

namespace SmtpCodes {

class ComparisonBuilder
{
public:
    explicit ComparisonBuilder(const KnowledgeBase &base);

    // Both lookups must have resolved to entries.
    Comparison build(const Lookup &left, const Lookup &right) const;
    // The usual partner of a code: its first curated distinction's other code, if any.
    QString curatedPartner(const QString &key) const;

private:
    QStringList generatedDifferences(const Lookup &left, const Lookup &right) const;
    QString classSentence(const Lookup &left, const Lookup &right, bool *same) const;

    const KnowledgeBase &m_base;
};

} // namespace SmtpCodes
