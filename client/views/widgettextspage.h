#pragma once

#include "net/websitesettings.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace papo::desk {

class WidgetTextsModel;

// Settings → Widget → Texts (WID-3): a language, then every widget text with its default
// and the website's own text, edited in place; "Restore default" forgets the own text.
class WidgetTextsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit WidgetTextsPage(QWidget *parent = nullptr);

    static QString languageName(const QString &language);

    void setDefaults(const WidgetTextDefaults &defaults);
    void setCustomTexts(const QHash<QString, WebsiteSettings::Texts> &texts);
    QHash<QString, WebsiteSettings::Texts> customTexts() const;
    WidgetTextsModel *model() const { return m_model; }

signals:
    void edited();

private:
    void fitNameColumn();
    void restoreSelected();
    void updateRestoreButton();

    WidgetTextsModel *m_model;
    QComboBox *m_language;
    QTableView *m_table;
    QPushButton *m_restore;
};

} // namespace papo::desk
