#pragma once

#include "app/visitorcontroller.h"

#include <QFormLayout>
#include <QWidget>

class QLabel;
class QLineEdit;
class QStackedWidget;

namespace papo::desk {

class ElidedLabel;

// The right column of the conversation (PAN-1, PAN-2): who the open chat's visitor is and
// what they are doing — location, current page, the path of pages with times, device,
// referrer, language, visits, screen — their editable name, email and phone, the team's
// notes and their previous conversations (those three in VisitorTabs). Everything the visitor
// or a teammate wrote is shown as plain text.
class VisitorPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit VisitorPanel(VisitorController *controller, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    // GRP-2: the visitor's group and how they got it (VisitorGroupBox), above the contact.
    void addGroupBox(QWidget *box, QWidget *control);
    // PAN-3: the contact form's progress, under the contact fields.
    void addContactFormStatus(QWidget *status);

signals:
    // The operator picked one of the visitor's conversations.
    void conversationSelected(qint64 conversationId);

private:
    QWidget *createDetailsPage();
    QWidget *createContactSection(QWidget *parent);
    QWidget *createVisitSection(QWidget *parent);
    void updateCustomFields(const QList<std::pair<QString, QString>> &fields);
    QLineEdit *createFieldEdit(VisitorController::Field field, const QString &objectName,
                               const QString &placeholder, QWidget *parent);
    void showVisitor(qint64 visitorId);
    void updateDetails();
    void updateField(QLineEdit *edit, const QString &value);
    void saveField(VisitorController::Field field, QLineEdit *edit);
    void showFieldError(VisitorController::Field field, const QString &reason);
    static QString fieldName(VisitorController::Field field);

    VisitorController *m_controller;
    QStackedWidget *m_stack;
    QLabel *m_title = nullptr;
    QLabel *m_presence = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_emailEdit = nullptr;
    QLineEdit *m_phoneEdit = nullptr;
    QLabel *m_contactError = nullptr;
    QFormLayout *m_contactForm = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_currentTitle = nullptr;
    ElidedLabel *m_currentUrl = nullptr;
    QLabel *m_device = nullptr;
    ElidedLabel *m_referrer = nullptr;
    QLabel *m_language = nullptr;
    QLabel *m_visits = nullptr;
    QLabel *m_screen = nullptr;
    QLabel *m_customFieldsTitle = nullptr;
    QFormLayout *m_customFields = nullptr;
};

} // namespace papo::desk
