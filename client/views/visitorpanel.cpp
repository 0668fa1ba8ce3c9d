#include "visitorpanel.h"

#include "elidedlabel.h"
#include "fullheight.h"
#include "models/durationtext.h"
#include "models/visitorlistmodel.h"
#include "tones.h"
#include "valuelabel.h"
#include "visitortabs.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace papo::desk {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    Tones::setTone(label, Tones::Tone::Muted);
    return label;
}

} // namespace

VisitorPanel::VisitorPanel(VisitorController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("visitorPanel"));
    setAccessibleName(tr("Visitor details"));

    auto *empty = new QLabel(tr("Open a chat to see who you are talking to."), m_stack);
    empty->setObjectName(QStringLiteral("visitorPanelEmptyLabel"));
    empty->setTextFormat(Qt::PlainText);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(16);
    Tones::setTone(empty, Tones::Tone::Muted);
    m_stack->addWidget(empty);
    m_stack->addWidget(createDetailsPage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_controller, &VisitorController::visitorChanged, this, &VisitorPanel::showVisitor);
    connect(m_controller, &VisitorController::fieldSaved, this, [this] { m_contactError->hide(); });
    connect(m_controller, &VisitorController::fieldFailed, this, &VisitorPanel::showFieldError);
    connect(m_controller, &VisitorController::visitorLoadFailed, this,
            [this](const QString &reason) {
                m_presence->setText(tr("Could not load the visitor: %1").arg(reason));
            });
    showVisitor(m_controller->visitorId());
}

QSize VisitorPanel::sizeHint() const
{
    return {320, QWidget::sizeHint().height()};
}

void VisitorPanel::addGroupBox(QWidget *box, QWidget *control)
{
    m_contactForm->insertRow(0, tr("Group"), box);
    // Tab reaches the choice where the eye does: just before the visitor's name. Qt ignores
    // a tab order that starts at a widget without focus, so start at the last one that has it.
    QWidget *before = m_nameEdit->previousInFocusChain();
    while (before != m_nameEdit && before->focusPolicy() == Qt::NoFocus)
        before = before->previousInFocusChain();
    QWidget::setTabOrder(before, control);
}

void VisitorPanel::addContactFormStatus(QWidget *status)
{
    m_contactForm->insertRow(m_contactForm->rowCount() - 1, tr("Contact form"), status);
}

QWidget *VisitorPanel::createDetailsPage()
{
    auto *page = new QWidget(m_stack);

    // Header: who and whether they are here now.
    auto *header = new QWidget(page);
    header->setObjectName(QStringLiteral("visitorPanelHeader"));
    header->setStyleSheet(
        QStringLiteral("QWidget#visitorPanelHeader { border-bottom: 1px solid palette(mid); }"));
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("visitorPanelNameLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_presence = createValueLabel(QStringLiteral("visitorPresenceLabel"), header);
    Tones::setTone(m_presence, Tones::Tone::Muted);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(12, 10, 12, 10);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_presence);

    // The contact fields and the visit at their natural height; the lists get the rest.
    auto *details = new QWidget(page);
    details->setObjectName(QStringLiteral("visitorDetails"));
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(12, 8, 12, 8);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(sectionTitle(tr("Contact"), details));
    detailsLayout->addWidget(createContactSection(details));
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(sectionTitle(tr("Visit"), details));
    detailsLayout->addWidget(createVisitSection(details));
    // WID-6: what the website passed with Papo('setVisitorData'), e.g. the plan or the cart.
    m_customFieldsTitle = sectionTitle(tr("From the website"), details);
    detailsLayout->addWidget(m_customFieldsTitle);
    auto *customFields = new QWidget(details);
    customFields->setObjectName(QStringLiteral("visitorCustomFields"));
    m_customFields = new QFormLayout(customFields);
    m_customFields->setContentsMargins(0, 0, 0, 0);
    m_customFields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    detailsLayout->addWidget(customFields);
    keepFullHeight(details); // a value on two lines (the form's progress) pushes the rest down

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(header);
    layout->addWidget(details);
    auto *tabs = new VisitorTabs(m_controller, page);
    connect(tabs, &VisitorTabs::conversationSelected, this, &VisitorPanel::conversationSelected);
    layout->addWidget(tabs, 1);
    return page;
}

QWidget *VisitorPanel::createContactSection(QWidget *parent)
{
    auto *section = new QWidget(parent);
    auto *form = new QFormLayout(section);
    m_contactForm = form;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_nameEdit = createFieldEdit(VisitorController::Field::Name, QStringLiteral("visitorNameEdit"),
                                 tr("Add a name"), section);
    m_emailEdit = createFieldEdit(VisitorController::Field::Email,
                                  QStringLiteral("visitorEmailEdit"), tr("Add an email"), section);
    m_phoneEdit = createFieldEdit(VisitorController::Field::Phone,
                                  QStringLiteral("visitorPhoneEdit"), tr("Add a phone"), section);
    form->addRow(tr("Name"), m_nameEdit);
    form->addRow(tr("Email"), m_emailEdit);
    form->addRow(tr("Phone"), m_phoneEdit);
    m_contactError = createValueLabel(QStringLiteral("visitorContactErrorLabel"), section);
    Tones::setTone(m_contactError, Tones::Tone::Error);
    m_contactError->hide();
    form->addRow(m_contactError);
    return section;
}

QLineEdit *VisitorPanel::createFieldEdit(VisitorController::Field field, const QString &objectName,
                                         const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setMaxLength(VisitorController::MaxFieldChars);
    edit->setClearButtonEnabled(true);
    edit->setAccessibleName(fieldName(field));
    // Saved when the operator is done with the field: Enter or leaving it.
    connect(edit, &QLineEdit::editingFinished, this,
            [this, field, edit] { saveField(field, edit); });
    return edit;
}

QWidget *VisitorPanel::createVisitSection(QWidget *parent)
{
    auto *section = new QWidget(parent);
    auto *form = new QFormLayout(section);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_location = createValueLabel(QStringLiteral("visitorLocationLabel"), section);
    form->addRow(tr("Location"), m_location);

    auto *current = new QWidget(section);
    auto *currentLayout = new QVBoxLayout(current);
    currentLayout->setContentsMargins(0, 0, 0, 0);
    currentLayout->setSpacing(0);
    m_currentTitle = createValueLabel(QStringLiteral("visitorCurrentPageTitleLabel"), current);
    m_currentUrl = new ElidedLabel(current);
    m_currentUrl->setObjectName(QStringLiteral("visitorCurrentPageUrlLabel"));
    Tones::setTone(m_currentUrl, Tones::Tone::Muted);
    m_currentUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    currentLayout->addWidget(m_currentTitle);
    currentLayout->addWidget(m_currentUrl);
    form->addRow(tr("Current page"), current);

    m_device = createValueLabel(QStringLiteral("visitorDeviceLabel"), section);
    form->addRow(tr("Device"), m_device);
    m_referrer = new ElidedLabel(section);
    m_referrer->setObjectName(QStringLiteral("visitorReferrerLabel"));
    m_referrer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Referrer"), m_referrer);
    m_language = createValueLabel(QStringLiteral("visitorLanguageLabel"), section);
    form->addRow(tr("Language"), m_language);
    m_visits = createValueLabel(QStringLiteral("visitorVisitsLabel"), section);
    form->addRow(tr("Visits"), m_visits);
    m_screen = createValueLabel(QStringLiteral("visitorScreenLabel"), section);
    form->addRow(tr("Screen"), m_screen);
    return section;
}

void VisitorPanel::showVisitor(qint64 visitorId)
{
    const bool shown = visitorId > 0;
    if (shown && m_stack->currentIndex() != 1) {
        m_stack->setCurrentIndex(1);
    } else if (!shown) {
        m_stack->setCurrentIndex(0);
        m_contactError->hide();
        return;
    }
    if (m_nameEdit->property("visitorId").toLongLong() != visitorId) {
        // Another visitor: nothing typed for the previous one stays.
        for (QLineEdit *edit : {m_nameEdit, m_emailEdit, m_phoneEdit}) {
            edit->setProperty("visitorId", visitorId);
            edit->clear();
        }
        m_contactError->hide();
    }
    updateDetails();
}

void VisitorPanel::updateDetails()
{
    const VisitorInfo &visitor = m_controller->visitor();
    const qint64 visitorId = m_controller->visitorId();
    VisitorInfo shown = visitor;
    shown.id = visitorId;
    m_title->setText(VisitorListModel::displayName(shown));

    QString presence;
    if (!visitor.isValid())
        presence = m_controller->isLoading() ? tr("Loading…") : QString();
    else if (visitor.online && visitor.visitStartedAt.isValid())
        presence = tr("On the site now, for %1")
                       .arg(DurationText::format(
                           visitor.visitStartedAt.secsTo(QDateTime::currentDateTimeUtc())));
    else if (visitor.online)
        presence = tr("On the site now");
    else
        presence = tr("Not on the site");
    if (visitor.chatting && visitor.online)
        presence = tr("%1 · chatting").arg(presence);
    m_presence->setText(presence);

    updateField(m_nameEdit, visitor.name);
    updateField(m_emailEdit, visitor.email);
    updateField(m_phoneEdit, visitor.phone);

    m_location->setText(VisitorListModel::locationText(visitor));

    if (visitor.hasCurrentPage) {
        m_currentTitle->setText(visitor.currentTitle.trimmed().isEmpty()
                                    ? tr("(no title)")
                                    : visitor.currentTitle.simplified());
        m_currentUrl->setFullText(visitor.currentUrl);
        m_currentUrl->show();
    } else {
        m_currentTitle->setText(tr("None"));
        m_currentUrl->setFullText(QString());
        m_currentUrl->hide();
    }

    QString device = visitor.deviceSummary;
    if (device.isEmpty() && !visitor.browser.isEmpty() && !visitor.os.isEmpty())
        device = tr("%1 on %2").arg(visitor.browser, visitor.os);
    else if (device.isEmpty())
        device = visitor.browser.isEmpty() ? visitor.os : visitor.browser;
    const QString type = VisitorListModel::deviceTypeName(visitor.deviceType);
    m_device->setText(device.isEmpty() ? type : tr("%1 · %2").arg(device, type));

    m_referrer->setFullText(visitor.referrer.isEmpty() ? tr("Direct visit") : visitor.referrer);

    QString language = visitor.language;
    if (!language.isEmpty()) {
        const QLocale locale(language);
        if (locale.language() != QLocale::C)
            language = tr("%1 (%2)").arg(language, locale.nativeLanguageName());
    }
    m_language->setText(language.isEmpty() ? tr("Unknown") : language);

    m_visits->setText(
        visitor.visits > 0
            ? tr("%1 · pages this visit: %2").arg(visitor.visits).arg(visitor.pagesThisVisit)
            : QString());
    m_screen->setText(visitor.screen.isEmpty() ? tr("Unknown") : visitor.screen);
    updateCustomFields(visitor.customFields);
}

void VisitorPanel::updateCustomFields(const QList<std::pair<QString, QString>> &fields)
{
    while (m_customFields->rowCount() > 0)
        m_customFields->removeRow(0);
    QWidget *section = m_customFields->parentWidget();
    for (const auto &[name, value] : fields) {
        auto *nameLabel = createValueLabel(QString(), section);
        nameLabel->setText(name);
        auto *valueLabel = createValueLabel(QStringLiteral("visitorCustomField"), section);
        valueLabel->setText(value);
        m_customFields->addRow(nameLabel, valueLabel);
    }
    m_customFieldsTitle->setVisible(!fields.isEmpty());
    section->setVisible(!fields.isEmpty());
}

void VisitorPanel::updateField(QLineEdit *edit, const QString &value)
{
    // What the operator is typing right now wins over what the server says.
    if (edit->hasFocus() && edit->isModified())
        return;
    if (edit->text() != value)
        edit->setText(value);
    edit->setModified(false);
}

void VisitorPanel::saveField(VisitorController::Field field, QLineEdit *edit)
{
    if (!edit->isModified())
        return;
    edit->setModified(false);
    const VisitorInfo &visitor = m_controller->visitor();
    const QString saved = field == VisitorController::Field::Name    ? visitor.name
                          : field == VisitorController::Field::Email ? visitor.email
                                                                     : visitor.phone;
    if (edit->text().trimmed() == saved)
        return;
    m_contactError->hide();
    m_controller->updateField(field, edit->text());
}

void VisitorPanel::showFieldError(VisitorController::Field field, const QString &reason)
{
    m_contactError->setText(tr("%1 not saved: %2").arg(fieldName(field), reason));
    m_contactError->show();
}

QString VisitorPanel::fieldName(VisitorController::Field field)
{
    switch (field) {
    case VisitorController::Field::Name:
        return tr("Name");
    case VisitorController::Field::Email:
        return tr("Email");
    case VisitorController::Field::Phone:
        return tr("Phone");
    }
    return {};
}

} // namespace papo::desk
