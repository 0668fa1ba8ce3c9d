#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace papo::desk {

// The admins' settings window: a list of pages on the left, the chosen page on the right.
// Each pane is its own widget, added with addPage (Widget today; Team, Groups... later).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void addPage(QWidget *page, const QString &title);
    void showPage(QWidget *page);
    QWidget *currentPage() const;

private:
    QListWidget *m_pageList;
    QStackedWidget *m_pages;
};

} // namespace papo::desk
