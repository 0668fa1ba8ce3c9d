#pragma once

#include "net/websitesettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace papo::desk {

class WebsiteSettingsController;
class WidgetTextsPage;

// Settings → Widget: per website, the install snippet with a Copy button (INS-1), the
// widget's colour, side and default language (WID-2, WID-3), the allowed origins (INS-3),
// ratings (RAT-1) and, in a second tab, the texts (WidgetTextsPage). Save sends it all.
class WidgetSettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit WidgetSettingsPage(WebsiteSettingsController *controller, QWidget *parent = nullptr);

    WidgetTextsPage *textsPage() const { return m_textsPage; }
    QString snippet() const;

    // Actions (also the buttons').
    void copySnippet();
    void save();
    // BOT-1: the file becomes the bot's picture ("Choose…" asks for it).
    void uploadBotPicture(const QString &filePath);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createGeneralTab();
    void showWebsites();
    void showWebsite(int index);
    void chooseColor();
    void showBotPicture(const QImage &picture);
    void showColor(const QString &color);
    QListWidgetItem *appendOrigin(const QString &origin);
    void addOrigin();
    void removeOrigin();
    void setStatus(const QString &text, bool error);
    WebsiteSettings edited() const;

    WebsiteSettingsController *m_controller;
    WebsiteSettings m_website; // as last loaded or saved
    QComboBox *m_websiteCombo;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_snippet = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_colorButton = nullptr;
    QLineEdit *m_colorEdit = nullptr;
    QLineEdit *m_botName = nullptr; // BOT-1
    QLabel *m_botPicture = nullptr;
    QPushButton *m_botPictureButton = nullptr;
    QComboBox *m_positionCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QListWidget *m_origins = nullptr;
    QCheckBox *m_ratings = nullptr;
    WidgetTextsPage *m_textsPage;
    QLabel *m_status;
    QPushButton *m_saveButton;
};

} // namespace papo::desk
