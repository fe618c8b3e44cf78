// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <functional>

namespace SmtpCodes {

// Long work reports how far it is, in units of its input (bytes or characters), and stops
// when this returns false. An empty function: run to the end, report nothing.
using ExplainProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace SmtpCodes
