#include "widgettextspage.h"

#include "models/widgettextsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace papo::desk {

namespace {
// The names column is as wide as its longest name up to about this many characters; longer
// names wrap onto a second line, so the texts themselves keep most of the width.
constexpr int MaxNameColumnChars = 34;
} // namespace

WidgetTextsPage::WidgetTextsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new WidgetTextsModel(this))
    , m_language(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_restore(new QPushButton(tr("Restore default"), this))
{
    setObjectName(QStringLiteral("widgetTextsPage"));
    m_language->setObjectName(QStringLiteral("textsLanguageCombo"));
    m_table->setObjectName(QStringLiteral("widgetTextsTable"));
    m_restore->setObjectName(QStringLiteral("restoreDefaultButton"));

    auto *hint = new QLabel(
        tr("Visitors see the texts in their browser's language, or in the website's default "
           "language. Double-click \"Your text\" to change a text; leave it empty to use the "
           "default."),
        this);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Names and long texts wrap: a row grows to show them whole, never shorter than usual.
    m_table->verticalHeader()->setMinimumSectionSize(
        m_table->verticalHeader()->defaultSectionSize());
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WidgetTextsModel::KeyColumn,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(WidgetTextsModel::DefaultColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WidgetTextsModel::CustomColumn,
                                                      QHeaderView::Stretch);

    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setLanguage(m_language->currentData().toString());
        updateRestoreButton();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WidgetTextsPage::fitNameColumn);
    connect(m_restore, &QPushButton::clicked, this, &WidgetTextsPage::restoreSelected);
    connect(m_model, &WidgetTextsModel::customTextsEdited, this, [this] {
        updateRestoreButton();
        emit edited();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WidgetTextsPage::updateRestoreButton);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Language:"), this));
    top->addWidget(m_language);
    top->addStretch(1);
    top->addWidget(m_restore);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    updateRestoreButton();
}

QString WidgetTextsPage::languageName(const QString &language)
{
    if (language == QLatin1String("en"))
        return tr("English");
    if (language == QLatin1String("pt"))
        return tr("Portuguese (Brazil)");
    if (language == QLatin1String("es"))
        return tr("Spanish");
    return language;
}

void WidgetTextsPage::setDefaults(const WidgetTextDefaults &defaults)
{
    const QString current = m_language->currentData().toString();
    m_model->setDefaults(defaults);
    {
        const QSignalBlocker blocker(m_language);
        m_language->clear();
        for (const QString &language : defaults.languages)
            m_language->addItem(languageName(language), language);
        m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    }
    m_model->setLanguage(m_language->currentData().toString());
    updateRestoreButton();
}

void WidgetTextsPage::setCustomTexts(const QHash<QString, WebsiteSettings::Texts> &texts)
{
    m_model->setCustomTexts(texts);
    updateRestoreButton();
}

QHash<QString, WebsiteSettings::Texts> WidgetTextsPage::customTexts() const
{
    return m_model->customTexts();
}

void WidgetTextsPage::fitNameColumn()
{
    m_table->resizeColumnToContents(WidgetTextsModel::KeyColumn);
    const int widest = m_table->fontMetrics().averageCharWidth() * MaxNameColumnChars;
    if (m_table->columnWidth(WidgetTextsModel::KeyColumn) > widest)
        m_table->setColumnWidth(WidgetTextsModel::KeyColumn, widest);
}

void WidgetTextsPage::restoreSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_model->restoreDefault(current.row());
}

void WidgetTextsPage::updateRestoreButton()
{
    const QModelIndex current = m_table->currentIndex();
    m_restore->setEnabled(current.isValid()
                          && current.data(WidgetTextsModel::IsCustomRole).toBool());
}

} // namespace papo::desk
