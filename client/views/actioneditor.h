#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace papo::desk {

class ActionConditionRow;

// The editor of one automatic action (ACT-1…4): its name; its conditions, each added from a
// menu with its own input; when (how often, after what delay); what (a targeted message from
// an operator, a group or the bot, opening the chat window, assigning a group, starting a
// chatbot scenario); in which
// modes, with the live and messenger texts, for any language and per widget language. Save
// emits the action's wire form.
class ActionEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ActionEditor(QWidget *parent = nullptr);

    // Whom a message may come from and which groups there are: {id, name}.
    void setPeople(const QList<QPair<qint64, QString>> &operators,
                   const QList<QPair<qint64, QString>> &groups);
    // An action (or a template) to edit; its id is kept, so saving it updates it.
    void edit(const QJsonObject &action);
    QJsonObject action() const;
    void showError(const QString &text);
    // The chatbot scenarios an action may start (BOT-6), as the server lists them.
    void setScenarios(const QList<QJsonObject> &scenarios);

signals:
    void saveRequested(const QJsonObject &action);

private:
    void addCondition(const QString &field, const QJsonObject &values = {});
    void showKind();
    // Keeps what the text boxes hold for the language shown, then shows `language`'s.
    void showTextsOf(const QString &language);
    // Every language's {live, messenger} texts, the boxes' current words included; "" is the
    // text for any other language.
    QMap<QString, QPair<QString, QString>> allTexts() const;

    QJsonObject m_action;
    QList<QPair<qint64, QString>> m_operators;
    QList<QPair<qint64, QString>> m_groups;
    QLineEdit *m_name;
    QVBoxLayout *m_conditionsLayout;
    QList<ActionConditionRow *> m_conditions;
    QComboBox *m_repeat;
    QSpinBox *m_delay;
    QComboBox *m_kind;
    QComboBox *m_sender;
    QComboBox *m_group;
    QComboBox *m_scenario;
    QLabel *m_scenarioHint;
    QCheckBox *m_live;
    QCheckBox *m_messenger;
    QComboBox *m_textLanguage;
    QPlainTextEdit *m_liveText;
    QPlainTextEdit *m_messengerText;
    QMap<QString, QPair<QString, QString>> m_texts; // language -> {live, messenger}
    QString m_shownLanguage;
    QPushButton *m_save;
    QLabel *m_error;
};

} // namespace papo::desk
