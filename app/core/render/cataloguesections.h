// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "knowledgebase.h"
#include "section.h"

#include <QList>

namespace SmtpCodes {

// The sections only a provider's response or a reason has: the provider and its codes' standard
// meaning beside its own, the reason with hard or soft, who acts, whether the provider
// documents it, and the sources with the date they were checked.
class CatalogueSections
{
public:
    explicit CatalogueSections(const KnowledgeBase &base);

    QList<Section> responseSections(const Entry &entry) const;
    QList<Section> reasonSections(const Entry &entry) const;

private:
    const KnowledgeBase &m_base;
};

} // namespace SmtpCodes
