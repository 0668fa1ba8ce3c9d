#include "actionconditionrow.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>

namespace papo::desk {

namespace {

struct Op
{
    const char *name;
    QString label;
};

QList<Op> opsOf(const QString &field)
{
    const Op is{"is", ActionConditionRow::tr("is")};
    const Op isNot{"is_not", ActionConditionRow::tr("is not")};
    const Op contains{"contains", ActionConditionRow::tr("contains")};
    const Op notContains{"not_contains", ActionConditionRow::tr("does not contain")};
    const Op atLeast{"at_least", ActionConditionRow::tr("at least")};
    const Op lessThan{"less_than", ActionConditionRow::tr("less than")};
    if (field == QLatin1String("url"))
        return {is,
                contains,
                notContains,
                {"matches", ActionConditionRow::tr("matches (* is any text)")}};
    if (field == QLatin1String("title") || field == QLatin1String("referrer")
        || field == QLatin1String("city"))
        return {contains, is, notContains};
    if (field == QLatin1String("country") || field == QLatin1String("language")
        || field == QLatin1String("group"))
        return {is, isNot};
    if (field == QLatin1String("time_on_page") || field == QLatin1String("time_on_site"))
        return {atLeast, lessThan};
    if (field == QLatin1String("no_page_change"))
        return {atLeast};
    if (field == QLatin1String("pages"))
        return {atLeast,
                {"at_most", ActionConditionRow::tr("at most")},
                {"equals", ActionConditionRow::tr("exactly")}};
    if (field == QLatin1String("field"))
        return {{"equals", ActionConditionRow::tr("is")},
                contains,
                {"more_than", ActionConditionRow::tr("is a number over")},
                {"less_than", ActionConditionRow::tr("is a number under")},
                {"number_equals", ActionConditionRow::tr("is the number")}};
    if (field == QLatin1String("weekday"))
        return {{"in", ActionConditionRow::tr("is one of (1 = Monday … 7 = Sunday)")}};
    if (field == QLatin1String("time_of_day"))
        return {{"between", ActionConditionRow::tr("is between (09:00-18:00)")}};
    return {is};
}

// Choices of the yes/no kind of conditions: {value, label}.
QList<QPair<QString, QString>> choicesOf(const QString &field)
{
    using P = QPair<QString, QString>;
    if (field == QLatin1String("visitor"))
        return {P(QStringLiteral("new"), ActionConditionRow::tr("new")),
                P(QStringLiteral("returning"), ActionConditionRow::tr("returning"))};
    if (field == QLatin1String("chatted"))
        return {P(QStringLiteral("no"), ActionConditionRow::tr("no")),
                P(QStringLiteral("yes"), ActionConditionRow::tr("yes"))};
    if (field == QLatin1String("window"))
        return {P(QStringLiteral("closed"), ActionConditionRow::tr("closed")),
                P(QStringLiteral("open"), ActionConditionRow::tr("open"))};
    if (field == QLatin1String("mode"))
        return {P(QStringLiteral("live"), ActionConditionRow::tr("live chat")),
                P(QStringLiteral("messenger"), ActionConditionRow::tr("messenger"))};
    return {};
}

} // namespace

QList<QPair<QString, QString>> ActionConditionRow::fields()
{
    using P = QPair<QString, QString>;
    return {P(QStringLiteral("url"), tr("Page address")),
            P(QStringLiteral("title"), tr("Page title")),
            P(QStringLiteral("time_on_page"), tr("Time on the page (seconds)")),
            P(QStringLiteral("no_page_change"), tr("Has not changed page for (seconds)")),
            P(QStringLiteral("time_on_site"), tr("Time on the site (seconds)")),
            P(QStringLiteral("pages"), tr("Pages viewed this visit")),
            P(QStringLiteral("referrer"), tr("Came from (referrer)")),
            P(QStringLiteral("country"), tr("Country")),
            P(QStringLiteral("city"), tr("City")),
            P(QStringLiteral("language"), tr("Browser language")),
            P(QStringLiteral("visitor"), tr("Visitor")),
            P(QStringLiteral("chatted"), tr("Has chatted before")),
            P(QStringLiteral("window"), tr("Chat window")),
            P(QStringLiteral("mode"), tr("Widget mode")),
            P(QStringLiteral("group"), tr("Group")),
            P(QStringLiteral("field"), tr("Visitor data (setVisitorData)")),
            P(QStringLiteral("weekday"), tr("Day of the week")),
            P(QStringLiteral("time_of_day"), tr("Time of day"))};
}

ActionConditionRow::ActionConditionRow(const QString &field,
                                       const QList<QPair<qint64, QString>> &groups, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("actionCondition_%1").arg(field));
    QString label = field;
    for (const auto &[name, text] : fields())
        if (name == field)
            label = text;
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(label, this);
    title->setTextFormat(Qt::PlainText);
    layout->addWidget(title);
    if (field == QLatin1String("field")) {
        m_name = new QLineEdit(this);
        m_name->setObjectName(QStringLiteral("conditionFieldName"));
        m_name->setPlaceholderText(tr("field name, e.g. cart value"));
        layout->addWidget(m_name);
    }
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("conditionOp"));
    for (const Op &op : opsOf(field))
        m_op->addItem(op.label, QString::fromLatin1(op.name));
    // As wide as a usual choice, not the longest one: the value beside it needs the room.
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_op->setMinimumContentsLength(12);
    layout->addWidget(m_op);
    const auto choices = choicesOf(field);
    if (!choices.isEmpty() || field == QLatin1String("group")) {
        m_choice = new QComboBox(this);
        m_choice->setObjectName(QStringLiteral("conditionChoice"));
        for (const auto &[value, text] : choices)
            m_choice->addItem(text, value);
        if (field == QLatin1String("group")) {
            m_choice->addItem(tr("No group"), QStringLiteral("0"));
            for (const auto &[id, name] : groups)
                m_choice->addItem(name, QString::number(id));
        }
        layout->addWidget(m_choice, 1);
    } else if (field.startsWith(QLatin1String("time_")) || field == QLatin1String("no_page_change")
               || field == QLatin1String("pages")) {
        if (field == QLatin1String("time_of_day")) {
            m_text = new QLineEdit(QStringLiteral("09:00-18:00"), this);
        } else {
            m_number = new QSpinBox(this);
            m_number->setRange(0, field == QLatin1String("pages") ? 10000 : 86400);
            m_number->setValue(field == QLatin1String("pages") ? 2 : 30);
        }
    } else {
        m_text = new QLineEdit(this);
        if (field == QLatin1String("url"))
            m_text->setPlaceholderText(QStringLiteral("https://"));
        else if (field == QLatin1String("weekday"))
            m_text->setText(QStringLiteral("1,2,3,4,5"));
    }
    if (m_number) {
        m_number->setObjectName(QStringLiteral("conditionNumber"));
        layout->addWidget(m_number, 1);
    }
    if (m_text) {
        m_text->setObjectName(QStringLiteral("conditionText"));
        layout->addWidget(m_text, 1);
    }
    auto *remove = new QToolButton(this);
    remove->setObjectName(QStringLiteral("removeConditionButton"));
    remove->setText(QStringLiteral("×"));
    remove->setToolTip(tr("Remove this condition"));
    remove->setAccessibleName(tr("Remove this condition"));
    connect(remove, &QToolButton::clicked, this, &ActionConditionRow::removeRequested);
    layout->addWidget(remove);
}

QJsonObject ActionConditionRow::toJson() const
{
    QString value;
    if (m_choice)
        value = m_choice->currentData().toString();
    else if (m_number)
        value = QString::number(m_number->value());
    else if (m_text)
        value = m_text->text().trimmed();
    QJsonObject condition{{QLatin1String("field"), m_field},
                          {QLatin1String("op"), m_op->currentData().toString()},
                          {QLatin1String("value"), value}};
    if (m_name)
        condition.insert(QLatin1String("name"), m_name->text().trimmed());
    return condition;
}

void ActionConditionRow::setFromJson(const QJsonObject &condition)
{
    const int op = m_op->findData(condition.value(QLatin1String("op")).toString());
    if (op >= 0)
        m_op->setCurrentIndex(op);
    const QString value = condition.value(QLatin1String("value")).toString();
    if (m_choice) {
        const int index = m_choice->findData(value);
        if (index >= 0)
            m_choice->setCurrentIndex(index);
    }
    if (m_number)
        m_number->setValue(value.toInt());
    if (m_text)
        m_text->setText(value);
    if (m_name)
        m_name->setText(condition.value(QLatin1String("name")).toString());
}

} // namespace papo::desk
