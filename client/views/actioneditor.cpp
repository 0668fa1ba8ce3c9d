#include "actioneditor.h"

#include "actionconditionrow.h"
#include "tones.h"
#include "widgettextspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace papo::desk {

ActionEditor::ActionEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_conditionsLayout(new QVBoxLayout)
    , m_repeat(new QComboBox(this))
    , m_delay(new QSpinBox(this))
    , m_kind(new QComboBox(this))
    , m_sender(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_scenario(new QComboBox(this))
    , m_scenarioHint(new QLabel(this))
    , m_live(new QCheckBox(tr("When operators are online (live chat)"), this))
    , m_messenger(new QCheckBox(tr("When nobody is online (messenger)"), this))
    , m_textLanguage(new QComboBox(this))
    , m_liveText(new QPlainTextEdit(this))
    , m_messengerText(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("Save action"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("actionEditor"));
    m_name->setObjectName(QStringLiteral("actionNameEdit"));
    m_name->setMaxLength(100);
    m_repeat->setObjectName(QStringLiteral("actionRepeatCombo"));
    m_repeat->addItem(tr("Once per visit"), QStringLiteral("once_per_visit"));
    m_repeat->addItem(tr("Once per visitor"), QStringLiteral("once_per_visitor"));
    m_repeat->addItem(tr("On every page load"), QStringLiteral("every_page"));
    m_delay->setObjectName(QStringLiteral("actionDelaySpin"));
    m_delay->setRange(0, 86400);
    m_delay->setSuffix(tr(" s"));
    m_kind->setObjectName(QStringLiteral("actionKindCombo"));
    m_kind->addItem(tr("Send a targeted message"), QStringLiteral("message"));
    m_kind->addItem(tr("Open the chat window"), QStringLiteral("open_window"));
    m_kind->addItem(tr("Assign the visitor to a group"), QStringLiteral("assign_group"));
    m_kind->addItem(tr("Start a chatbot scenario"), QStringLiteral("start_scenario"));
    m_scenario->setObjectName(QStringLiteral("actionScenarioCombo"));
    m_scenario->setPlaceholderText(tr("Build one in Settings → Chatbot first"));
    m_scenarioHint->setObjectName(QStringLiteral("actionScenarioHint"));
    m_scenarioHint->setText(
        tr("To start it only once the visitor opens the chat, add the condition \"Chat window\" "
           "is open. Try it on one page first: a page address only you visit, then the real "
           "pages once you like it."));
    m_scenarioHint->setTextFormat(Qt::PlainText);
    m_scenarioHint->setWordWrap(true);
    Tones::setTone(m_scenarioHint, Tones::Tone::Muted);
    m_sender->setObjectName(QStringLiteral("actionSenderCombo"));
    m_group->setObjectName(QStringLiteral("actionGroupCombo"));
    m_live->setObjectName(QStringLiteral("actionLiveCheck"));
    m_messenger->setObjectName(QStringLiteral("actionMessengerCheck"));
    m_textLanguage->setObjectName(QStringLiteral("actionTextLanguageCombo"));
    m_textLanguage->addItem(tr("Any other language"), QString());
    // The widget's languages: a visitor whose browser speaks one gets its texts.
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("pt"), QStringLiteral("es")})
        m_textLanguage->addItem(WidgetTextsPage::languageName(language), language);
    m_textLanguage->setToolTip(tr("Visitors whose browser speaks a language with its own texts "
                                  "get those; everyone else gets the texts for any other "
                                  "language."));
    m_liveText->setObjectName(QStringLiteral("actionLiveTextEdit"));
    m_messengerText->setObjectName(QStringLiteral("actionMessengerTextEdit"));
    m_messengerText->setPlaceholderText(
        tr("Empty: the live text. E.g. \"We'll get back to you soon.\""));
    for (QPlainTextEdit *text : {m_liveText, m_messengerText}) {
        text->setTabChangesFocus(true);
        text->setMaximumHeight(80);
    }
    m_save->setObjectName(QStringLiteral("saveActionButton"));
    m_error->setObjectName(QStringLiteral("actionErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    Tones::setTone(m_error, Tones::Tone::Error);
    m_error->hide();

    auto *add = new QToolButton(this);
    add->setObjectName(QStringLiteral("addConditionButton"));
    add->setText(tr("Add condition"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (const auto &[field, label] : ActionConditionRow::fields())
        menu->addAction(label, this, [this, field = field] { addCondition(field); })
            ->setObjectName(QStringLiteral("addCondition_%1").arg(field));
    add->setMenu(menu);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Conditions (all must hold):"), m_conditionsLayout);
    form->addRow(QString(), add);
    form->addRow(tr("How often:"), m_repeat);
    form->addRow(tr("After a delay of:"), m_delay);
    form->addRow(tr("What:"), m_kind);
    form->addRow(tr("From:"), m_sender);
    form->addRow(tr("Group:"), m_group);
    form->addRow(tr("Scenario:"), m_scenario);
    form->addRow(QString(), m_scenarioHint);
    form->addRow(tr("Fires:"), m_live);
    form->addRow(QString(), m_messenger);
    form->addRow(tr("Language of the texts:"), m_textLanguage);
    form->addRow(tr("Message:"), m_liveText);
    form->addRow(tr("Messenger message:"), m_messengerText);
    form->addRow(m_error);
    form->addRow(QString(), m_save);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActionEditor::showKind);
    connect(m_textLanguage, &QComboBox::currentIndexChanged, this,
            [this] { showTextsOf(m_textLanguage->currentData().toString()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_error->hide();
        emit saveRequested(action());
    });
    edit({});
}

void ActionEditor::setPeople(const QList<QPair<qint64, QString>> &operators,
                             const QList<QPair<qint64, QString>> &groups)
{
    m_operators = operators;
    m_groups = groups;
    m_sender->clear();
    m_sender->addItem(tr("The bot"), QStringLiteral("bot:0"));
    for (const auto &[id, name] : operators)
        m_sender->addItem(name, QStringLiteral("operator:%1").arg(id));
    for (const auto &[id, name] : groups)
        m_sender->addItem(tr("Group %1").arg(name), QStringLiteral("group:%1").arg(id));
    m_group->clear();
    for (const auto &[id, name] : groups)
        m_group->addItem(name, id);
    edit(m_action);
}

void ActionEditor::edit(const QJsonObject &action)
{
    m_action = action;
    m_error->hide();
    m_name->setText(action.value(QLatin1String("name")).toString());
    for (ActionConditionRow *row : std::as_const(m_conditions))
        row->deleteLater();
    m_conditions.clear();
    for (const QJsonValue &condition : action.value(QLatin1String("conditions")).toArray())
        addCondition(condition[QLatin1String("field")].toString(), condition.toObject());
    const auto select = [](QComboBox *combo, const QVariant &data) {
        const int index = combo->findData(data);
        combo->setCurrentIndex(qMax(0, index));
    };
    select(m_repeat,
           action.value(QLatin1String("repeat")).toString(QStringLiteral("once_per_visit")));
    m_delay->setValue(action.value(QLatin1String("delay")).toInt());
    select(m_kind, action.value(QLatin1String("kind")).toString(QStringLiteral("message")));
    select(m_sender, QStringLiteral("%1:%2")
                         .arg(action.value(QLatin1String("sender")).toString(QStringLiteral("bot")))
                         .arg(action.value(QLatin1String("senderId")).toInteger()));
    select(m_group, action.value(QLatin1String("groupId")).toInteger());
    m_scenario->setCurrentIndex(
        m_scenario->findData(action.value(QLatin1String("scenarioId")).toInteger()));
    m_live->setChecked(action.value(QLatin1String("live")).toBool(true));
    m_messenger->setChecked(action.value(QLatin1String("messenger")).toBool(false));
    m_texts.clear();
    m_texts.insert(QString(), {action.value(QLatin1String("liveText")).toString(),
                               action.value(QLatin1String("messengerText")).toString()});
    const QJsonObject translations = action.value(QLatin1String("translations")).toObject();
    for (auto it = translations.begin(); it != translations.end(); ++it)
        m_texts.insert(it.key(), {it.value()[QLatin1String("liveText")].toString(),
                                  it.value()[QLatin1String("messengerText")].toString()});
    {
        const QSignalBlocker blocker(m_textLanguage);
        m_textLanguage->setCurrentIndex(0);
    }
    m_shownLanguage.clear();
    m_liveText->setPlainText(m_texts.value(QString()).first);
    m_messengerText->setPlainText(m_texts.value(QString()).second);
    showKind();
}

QJsonObject ActionEditor::action() const
{
    QJsonObject action = m_action;
    action.remove(QLatin1String("template"));
    action.remove(QLatin1String("firedThisWeek"));
    action.insert(QLatin1String("name"), m_name->text().trimmed());
    if (!action.contains(QLatin1String("enabled"))
        || action.value(QLatin1String("id")).toInteger() == 0)
        action.insert(QLatin1String("enabled"), true); // a new one (from a template too) is on
    QJsonArray conditions;
    for (const ActionConditionRow *row : m_conditions)
        conditions.append(row->toJson());
    action.insert(QLatin1String("conditions"), conditions);
    action.insert(QLatin1String("repeat"), m_repeat->currentData().toString());
    action.insert(QLatin1String("delay"), m_delay->value());
    action.insert(QLatin1String("kind"), m_kind->currentData().toString());
    const QStringList sender = m_sender->currentData().toString().split(QLatin1Char(':'));
    action.insert(QLatin1String("sender"), sender.value(0, QStringLiteral("bot")));
    action.insert(QLatin1String("senderId"), sender.value(1).toLongLong());
    action.insert(QLatin1String("groupId"), m_group->currentData().toLongLong());
    if (m_kind->currentData() == QLatin1String("start_scenario"))
        action.insert(QLatin1String("scenarioId"), m_scenario->currentData().toLongLong());
    else
        action.remove(QLatin1String("scenarioId"));
    action.insert(QLatin1String("live"), m_live->isChecked());
    action.insert(QLatin1String("messenger"), m_messenger->isChecked());
    const auto texts = allTexts();
    action.insert(QLatin1String("liveText"), texts.value(QString()).first);
    action.insert(QLatin1String("messengerText"), texts.value(QString()).second);
    QJsonObject translations;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        if (!it.key().isEmpty() && !(it->first.isEmpty() && it->second.isEmpty()))
            translations.insert(it.key(),
                                QJsonObject{{QLatin1String("liveText"), it->first},
                                            {QLatin1String("messengerText"), it->second}});
    }
    action.insert(QLatin1String("translations"), translations);
    return action;
}

QMap<QString, QPair<QString, QString>> ActionEditor::allTexts() const
{
    auto texts = m_texts;
    texts.insert(m_shownLanguage,
                 {m_liveText->toPlainText().trimmed(), m_messengerText->toPlainText().trimmed()});
    return texts;
}

void ActionEditor::showTextsOf(const QString &language)
{
    m_texts = allTexts();
    m_shownLanguage = language;
    m_liveText->setPlainText(m_texts.value(language).first);
    m_messengerText->setPlainText(m_texts.value(language).second);
    m_liveText->setPlaceholderText(
        language.isEmpty()
            ? QString()
            : tr("Empty: visitors who speak it get the text for any other language."));
}

void ActionEditor::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ActionEditor::addCondition(const QString &field, const QJsonObject &values)
{
    auto *row = new ActionConditionRow(field, m_groups, this);
    if (!values.isEmpty())
        row->setFromJson(values);
    m_conditions.append(row);
    m_conditionsLayout->addWidget(row);
    row->show(); // the layout would show it only on the next turn of the event loop
    connect(row, &ActionConditionRow::removeRequested, this, [this, row] {
        m_conditions.removeOne(row);
        row->deleteLater();
    });
}

void ActionEditor::showKind()
{
    const QString kind = m_kind->currentData().toString();
    const bool message = kind == QLatin1String("message");
    m_sender->setEnabled(message);
    m_textLanguage->setEnabled(message);
    m_liveText->setEnabled(message);
    m_messengerText->setEnabled(message);
    m_group->setEnabled(kind == QLatin1String("assign_group"));
    const bool scenario = kind == QLatin1String("start_scenario");
    m_scenario->setEnabled(scenario);
    m_scenarioHint->setVisible(scenario);
}

void ActionEditor::setScenarios(const QList<QJsonObject> &scenarios)
{
    // The rest of the form keeps what the admin is typing: only this list changes.
    const QVariant chosen = m_scenario->currentIndex() >= 0
                                ? m_scenario->currentData()
                                : QVariant(m_action.value(QLatin1String("scenarioId")).toInteger());
    m_scenario->clear();
    for (const QJsonObject &scenario : scenarios)
        m_scenario->addItem(scenario.value(QLatin1String("name")).toString(),
                            scenario.value(QLatin1String("id")).toInteger());
    m_scenario->setCurrentIndex(m_scenario->findData(chosen));
}

} // namespace papo::desk
