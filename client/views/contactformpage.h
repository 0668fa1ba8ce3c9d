#pragma once

#include "net/websitesettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace papo::desk {

class WebsiteSettingsController;
class WidgetTextsPage;

// Settings → Contact form (FRM-1…8), per website: whether the bot asks visitors to introduce
// themselves at all (off, messenger mode's email card asks for the address), when while the
// team is online (never, always, or once operators are slow; offline it
// always asks), whether the name and email are required, up to five questions of the
// website's own in the order asked (drag and drop; a tick makes one required), the
// marketing-consent box and whether messages wait for the form, live and offline apart; and,
// in a second tab, the bot's words in each language (FRM-8: widget texts, WID-3).
class ContactFormPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactFormPage(WebsiteSettingsController *controller, QWidget *parent = nullptr);

    // Actions (also the buttons').
    WidgetTextsPage *textsPage() const { return m_texts; }
    void addQuestion();
    void removeQuestion();
    void save();

    common::ContactFormSettings edited() const;

private:
    void showWebsites();
    void showWebsite(int index);
    void updateControls();
    void setStatus(const QString &text, bool error);

    WebsiteSettingsController *m_controller;
    qint64 m_websiteId = 0;
    QComboBox *m_websiteCombo;
    QCheckBox *m_enabled;
    QTabWidget *m_tabs;
    QWidget *m_settings; // everything the switch turns on
    WidgetTextsPage *m_texts;
    QComboBox *m_online;
    QSpinBox *m_slowSeconds;
    QCheckBox *m_nameRequired;
    QCheckBox *m_emailRequired;
    QListWidget *m_questions;
    QLineEdit *m_newQuestion;
    QComboBox *m_newQuestionType;
    QPushButton *m_addQuestion;
    QPushButton *m_removeQuestion;
    QCheckBox *m_consent;
    QCheckBox *m_holdLive;
    QCheckBox *m_holdMessenger;
    QLabel *m_status;
    QPushButton *m_saveButton;
};

} // namespace papo::desk
