// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsefilters.h"

#include "codefilterproxymodel.h"
#include "providertable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SmtpCodes {

namespace {
using Kind = CodeFilterProxyModel::Kind;

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

void selectByData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

Kind kindOf(const QComboBox *combo)
{
    return Kind(combo->currentData().toInt());
}
} // namespace

BrowseFilters::BrowseFilters(QWidget *parent)
    : QWidget(parent)
    , m_classFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_providerFilter(new QComboBox(this))
    , m_commandFilter(new QComboBox(this))
{
    setObjectName(u"browseFilters"_s);
    buildCombos();
    auto *row = new QHBoxLayout(this);
    // The row lines up with the search row above it.
    row->setContentsMargins({});
    row->addWidget(buddyLabel(tr("Cla&ss:"), m_classFilter, this));
    row->addWidget(m_classFilter, 1);
    row->addWidget(buddyLabel(tr("&Kind:"), m_kindFilter, this));
    row->addWidget(m_kindFilter, 1);
    row->addWidget(buddyLabel(tr("&Provider:"), m_providerFilter, this));
    row->addWidget(m_providerFilter, 1);
    row->addWidget(buddyLabel(tr("C&ommand:"), m_commandFilter, this));
    row->addWidget(m_commandFilter, 1);
    setTabOrder(m_classFilter, m_kindFilter);
    setTabOrder(m_kindFilter, m_providerFilter);
    setTabOrder(m_providerFilter, m_commandFilter);

    for (QComboBox *combo : {m_classFilter, m_kindFilter, m_providerFilter, m_commandFilter}) {
        // Long class and provider names must not push the window wider than a small screen:
        // four filters fit an 800-pixel window.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(7);
    }
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &BrowseFilters::changed);
    connect(m_commandFilter, &QComboBox::currentIndexChanged, this, &BrowseFilters::changed);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &BrowseFilters::kindChosen);
    connect(m_providerFilter, &QComboBox::currentIndexChanged, this, &BrowseFilters::providerChosen);
    updateEnabled();
}

BrowseFilters::~BrowseFilters() = default;

void BrowseFilters::buildCombos()
{
    m_classFilter->setObjectName(u"classFilter"_s);
    m_classFilter->addItem(tr("All classes"), QString());
    for (const CodeClass codeClass : {CodeClass::PositiveCompletion, CodeClass::PositiveIntermediate,
             CodeClass::TransientNegative, CodeClass::PermanentNegative, CodeClass::Success,
             CodeClass::PersistentTransient, CodeClass::Permanent}) {
        m_classFilter->addItem(CodeClasses::label(codeClass), CodeClasses::id(codeClass));
    }
    m_kindFilter->setObjectName(u"kindFilter"_s);
    m_kindFilter->addItem(tr("All kinds"), int(Kind::Any));
    m_kindFilter->addItem(tr("Basic codes"), int(Kind::Basic));
    m_kindFilter->addItem(tr("Enhanced codes"), int(Kind::Enhanced));
    m_kindFilter->addItem(tr("Provider responses"), int(Kind::ProviderResponse));
    m_kindFilter->addItem(tr("Reasons"), int(Kind::Reason));
    m_providerFilter->setObjectName(u"providerFilter"_s);
    m_providerFilter->setAccessibleName(tr("Provider filter"));
    m_providerFilter->setToolTip(
        tr("Show only the responses one provider, filtering service or mail server sends"));
    m_providerFilter->addItem(tr("All providers"), QString());
    m_commandFilter->setObjectName(u"commandFilter"_s);
    m_commandFilter->addItem(tr("Any command"), QString());
    m_commandFilter->addItem(tr("Connection greeting"), u"CONNECT"_s);
    for (const char *command : {"EHLO", "HELO", "MAIL", "RCPT", "DATA", "BDAT", "RSET", "VRFY", "EXPN",
             "HELP", "NOOP", "QUIT", "STARTTLS", "AUTH", "ETRN", "ATRN"}) {
        m_commandFilter->addItem(QString::fromLatin1(command), QString::fromLatin1(command));
    }
}

void BrowseFilters::setProviders(const ProviderTable &providers)
{
    const QString chosen = m_providerFilter->currentData().toString();
    QList<const Provider *> sorted;
    for (const Provider &provider : providers.providers()) {
        sorted.append(&provider);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Provider *left, const Provider *right) {
        return left->name.compare(right->name, Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(m_providerFilter);
    while (m_providerFilter->count() > 1) {
        m_providerFilter->removeItem(1);
    }
    for (const Provider *provider : std::as_const(sorted)) {
        m_providerFilter->addItem(provider->name, provider->id);
    }
    selectByData(m_providerFilter, chosen);
    updateEnabled();
}

void BrowseFilters::applyTo(CodeFilterProxyModel &proxy) const
{
    const QString classId = m_classFilter->isEnabled() ? m_classFilter->currentData().toString() : QString();
    proxy.setClassFilter(classId.isEmpty() ? std::nullopt : CodeClasses::fromId(classId));
    proxy.setKindFilter(kindOf(m_kindFilter));
    proxy.setProviderFilter(m_providerFilter->currentData().toString());
    proxy.setCommandFilter(
        m_commandFilter->isEnabled() ? m_commandFilter->currentData().toString() : QString());
}

void BrowseFilters::clear()
{
    for (QComboBox *combo : {m_classFilter, m_kindFilter, m_providerFilter, m_commandFilter}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    updateEnabled();
}

QWidget *BrowseFilters::firstCombo() const
{
    return m_classFilter;
}

QWidget *BrowseFilters::lastCombo() const
{
    return m_commandFilter;
}

void BrowseFilters::kindChosen()
{
    // Only provider responses have a provider: another kind under one would show nothing.
    const Kind kind = kindOf(m_kindFilter);
    if (kind != Kind::Any && kind != Kind::ProviderResponse) {
        const QSignalBlocker blocker(m_providerFilter);
        m_providerFilter->setCurrentIndex(0);
    }
    updateEnabled();
    Q_EMIT changed();
}

void BrowseFilters::providerChosen()
{
    // The kind says what the list shows: a provider's responses, and nothing else.
    if (!m_providerFilter->currentData().toString().isEmpty()) {
        const QSignalBlocker blocker(m_kindFilter);
        selectByData(m_kindFilter, int(Kind::ProviderResponse));
    }
    updateEnabled();
    Q_EMIT changed();
}

void BrowseFilters::updateEnabled()
{
    // Reasons have no class, and neither reasons nor provider responses list the commands
    // they answer, so those filters would only ever empty the list.
    const Kind kind = kindOf(m_kindFilter);
    m_classFilter->setEnabled(kind != Kind::Reason);
    m_commandFilter->setEnabled(kind == Kind::Any || kind == Kind::Basic || kind == Kind::Enhanced);
    m_providerFilter->setEnabled(m_providerFilter->count() > 1);
}

void BrowseFilters::saveSettings(QSettings &settings) const
{
    settings.setValue(u"browse/classFilter"_s, m_classFilter->currentData());
    settings.setValue(u"browse/kindFilter"_s, m_kindFilter->currentData());
    settings.setValue(u"browse/providerFilter"_s, m_providerFilter->currentData());
    settings.setValue(u"browse/commandFilter"_s, m_commandFilter->currentData());
}

void BrowseFilters::restoreSettings(const QSettings &settings)
{
    // The keys are the combos' object names: "browse/kindFilter", as saveSettings() writes them.
    for (QComboBox *combo : {m_classFilter, m_kindFilter, m_providerFilter, m_commandFilter}) {
        const QSignalBlocker blocker(combo);
        const QString key = u"browse/"_s + combo->objectName();
        selectByData(combo, settings.value(key, combo->itemData(0)));
    }
    updateEnabled();
}

} // namespace SmtpCodes
