// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entrysummary.h"

#include <QJsonObject>

namespace SmtpCodes::EntrySummaryWriter {

// "  Class: ...", "  What to do: ...", "  Meaning: ...", "  Often confused with: 450, 551",
// wrapped as the sections are.
QString text(const EntrySummary &summary);
// The same lines as a bullet list.
QString markdown(const EntrySummary &summary);
// A class badge, then the same lines; the codes link as the sections' do ("often confused
// with" opens the comparison) and every string is escaped.
QString html(const EntrySummary &summary);
// The background of the class badge: light, so that its black text reads on any palette.
QString badgeColor(int classDigit);
// {"class", "classLabel", "retry", "whatToDo", "whoActs", "meaning", "confusedWith", "seeAlso"}
QJsonObject json(const EntrySummary &summary);

} // namespace SmtpCodes::EntrySummaryWriter
