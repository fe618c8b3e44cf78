// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QSettings;

namespace SmtpCodes {

class CodeFilterProxyModel;
class ProviderTable;

// The filter row of the Browse view: class, kind, provider and command, each a combo box with
// a label, kept consistent with each other (a provider shows its responses, a kind without
// commands greys the command filter out) and remembered across restarts.
class BrowseFilters final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowseFilters)

public:
    explicit BrowseFilters(QWidget *parent = nullptr);
    ~BrowseFilters() override;

    // Lists providers by name; the chosen one stays chosen when the new table still has it.
    void setProviders(const ProviderTable &providers);
    // Sets the proxy's filters to what the combos show (greyed-out combos filter nothing).
    void applyTo(CodeFilterProxyModel &proxy) const;
    // Every filter back to "all", without emitting changed().
    void clear();

    // The first and last combo, for the tab order of the view around the row.
    QWidget *firstCombo() const;
    QWidget *lastCombo() const;

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    void changed();

private:
    void buildCombos();
    void kindChosen();
    void providerChosen();
    // Greys out the filters the chosen kind has no data for.
    void updateEnabled();

    QComboBox *m_classFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_providerFilter;
    QComboBox *m_commandFilter;
};

} // namespace SmtpCodes
