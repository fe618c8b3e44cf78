// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace SmtpCodes {

// Roles of CodeListModel; they start past Qt::UserRole so they never collide with Qt's own.
enum CodeRole {
    CodeKeyRole = Qt::UserRole + 1, // QString, the entry's key: "250", "X.1.1"
    TitleRole, // QString
    KindRole, // int, a CodeKind
    ClassDigitRole, // int: 2, 3, 4 or 5 when the entry has a single class, else 0
    ClassIdsRole, // QString: "positive-completion", "persistent-transient/permanent"
    ClassLabelRole, // QString: "Permanent Negative Completion (5yz)"
    StandardRole, // bool
    CommandsRole, // QStringList
    LocalRole, // bool: the entry comes from the user's overlay, not the built-in data
    HasLocalNotesRole, // bool: the user's overlay adds notes to the entry
    ProviderRole, // QString: the provider id of a provider's response ("google"), else empty
};

// Columns of CodeListModel, kept apart from the roles.
enum CodeColumn { CodeColumnCode = 0, CodeColumnTitle, CodeColumnCount };

} // namespace SmtpCodes
