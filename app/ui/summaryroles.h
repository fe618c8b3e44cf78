// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace SmtpCodes {

// Roles of the summary's models; past Qt::UserRole so they never collide with Qt's own.
enum SummaryRole {
    SummarySortRole = Qt::UserRole + 1, // qlonglong for counts and times, lower-case QString for words
    SummaryShareRole, // double, 0 to 1: the row's part of all replies
    SummaryFilterRole, // QString, lower case: what typing in the filter field matches
    SummaryEntryRole, // QString: the entry a row or reply opens; empty when none
    SummaryRowRole, // int: the row of the group, or the reply's index into Summary::replies
};

// Columns of SummaryGroupModel.
enum SummaryGroupColumn {
    GroupLabelColumn = 0,
    GroupKeyColumn,
    GroupRepliesColumn,
    GroupShareColumn,
    GroupHardColumn,
    GroupSoftColumn,
    GroupAddressesColumn,
    GroupColumnCount
};

// Columns of SummaryReplyModel.
enum SummaryReplyColumn {
    ReplyTimeColumn = 0,
    ReplyPlaceColumn,
    ReplyRecipientColumn,
    ReplyCodesColumn,
    ReplyTextColumn,
    ReplyColumnCount
};

} // namespace SmtpCodes
