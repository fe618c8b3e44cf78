// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Where a bounce's inline copy of the original message begins: the returned message holds the
// sender's own text, which may quote replies of its own, so nothing after the marker line
// ("------ This is a copy of the message, including all the headers. ------", "--- Below this
// line is a copy of the message.", "----- Original message follows -----") is searched.
namespace SmtpCodes::ReturnedCopy {

// The offset of the marker line in text, or -1 when there is none.
qsizetype start(QStringView text);

} // namespace SmtpCodes::ReturnedCopy
