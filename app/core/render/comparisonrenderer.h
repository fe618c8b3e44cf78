// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"
#include "entryrenderer.h"
#include "section.h"

#include <QJsonObject>

namespace SmtpCodes {

// One aligned row of a comparison: the same kind of section for each code.
struct ComparisonRow
{
    QString id;
    QString heading;
    Section left;
    Section right;
};

// Renders a Comparison. The rows come out in a fixed order (class, description, when you see
// it, how to fix, commands, references) so that the columns of every output line up.
class ComparisonRenderer
{
public:
    explicit ComparisonRenderer(const KnowledgeBase &base);

    QString title(const Comparison &comparison) const;
    QList<ComparisonRow> rows(const Comparison &comparison) const;
    // Sections after the rows: shared class, key differences, when to use which, distinction.
    Section classSection(const Comparison &comparison) const;
    QList<Section> closingSections(const Comparison &comparison) const;

    QString toText(const Comparison &comparison) const;
    QString toMarkdown(const Comparison &comparison) const;
    QString toHtml(const Comparison &comparison) const;
    QJsonObject toJson(const Comparison &comparison) const;

private:
    EntryRenderer m_entries;
};

} // namespace SmtpCodes
