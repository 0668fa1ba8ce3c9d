#pragma once

#include "net/websitesettings.h"

#include <QAbstractTableModel>

namespace papo::desk {

// WID-3: one language's widget texts, a row per key: what the text is (WidgetTextLabels; the
// key itself in KeyRole), its default and the custom text (editable; empty means the default).
// Reads and writes a website's custom texts.
class WidgetTextsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, DefaultColumn, CustomColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, IsCustomRole };

    explicit WidgetTextsModel(QObject *parent = nullptr);

    void setDefaults(const WidgetTextDefaults &defaults);
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setCustomTexts(const QHash<QString, WebsiteSettings::Texts> &texts);
    QHash<QString, WebsiteSettings::Texts> customTexts() const { return m_custom; }
    // "Restore default": forgets the custom text of that row.
    void restoreDefault(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void customTextsEdited();

private:
    static QString toolTip(const QString &key);

    WidgetTextDefaults m_defaults;
    QString m_language;
    QHash<QString, WebsiteSettings::Texts> m_custom;
};

} // namespace papo::desk
