#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace papo::desk {

// One condition in the action editor (ACT-1): what it looks at, how, and the input that
// fits it (seconds and pages in a spin box, choices in a list, text in a line).
class ActionConditionRow final : public QWidget
{
    Q_OBJECT

public:
    // The fields the "Add condition" menu offers, in its order: {field, label}.
    static QList<QPair<QString, QString>> fields();

    // `groups`: {id, name} for the group condition.
    ActionConditionRow(const QString &field, const QList<QPair<qint64, QString>> &groups,
                       QWidget *parent = nullptr);

    QString field() const { return m_field; }
    QJsonObject toJson() const;
    void setFromJson(const QJsonObject &condition);

signals:
    void removeRequested();

private:
    QString m_field;
    QComboBox *m_op = nullptr;
    QLineEdit *m_name = nullptr;  // "field": the visitor data field's name
    QLineEdit *m_text = nullptr;  // or
    QSpinBox *m_number = nullptr; // or
    QComboBox *m_choice = nullptr;
};

} // namespace papo::desk
