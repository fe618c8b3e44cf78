// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "comparison.h"
#include "entryrenderer.h"
#include "section.h"

#include <QJsonObject>

#include <optional>

namespace SmtpCodes {

// One aligned row of a comparison: the same kind of section for each code.
struct ComparisonRow
{
    QString id;
    QString heading;
    Section left;
    Section right;
};

// Renders a Comparison, answer first: the key differences and when to use which, then the
// class, then the aligned rows in a fixed order (class, description, when you see it, how to
// fix, commands, references) so that the columns of every output line up, and last the
// curated distinction in full.
class ComparisonRenderer
{
public:
    explicit ComparisonRenderer(const KnowledgeBase &base);

    QString title(const Comparison &comparison) const;
    QList<ComparisonRow> rows(const Comparison &comparison) const;
    // The sections before the rows: key differences, when to use which.
    QList<Section> answerSections(const Comparison &comparison) const;
    Section classSection(const Comparison &comparison) const;
    // The section after the rows: how the RFCs settle it, when the pair has a distinction.
    std::optional<Section> distinctionSection(const Comparison &comparison) const;

    QString toText(const Comparison &comparison) const;
    QString toMarkdown(const Comparison &comparison) const;
    QString toHtml(const Comparison &comparison) const;
    QJsonObject toJson(const Comparison &comparison) const;

private:
    // The aligned rows as a Markdown table, one row per section, one column per code.
    QString markdownTable(const Comparison &comparison) const;

    EntryRenderer m_entries;
};

} // namespace SmtpCodes
