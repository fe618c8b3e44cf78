// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace SmtpCodes {

class KnowledgeBase;

// Makes the reasons and the providers' responses entries of the knowledge base, so they are
// listed, searched, shown and compared like codes. A response's entry names its codes'
// entries as related; a reason's names the codes and responses that lead to it.
namespace CatalogueEntries {
void add(KnowledgeBase &base);
} // namespace CatalogueEntries

} // namespace SmtpCodes
