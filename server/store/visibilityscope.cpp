#include "visibilityscope.h"

#include <QStringList>

namespace papo::server {

QString VisibilityScope::groupCondition(const QString &column, QVariantList &values) const
{
    QString condition = column + QLatin1String(" IS NULL");
    if (groupIds.isEmpty())
        return condition;
    QStringList marks;
    for (qint64 id : groupIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    return condition + QLatin1String(" OR ") + column + QLatin1String(" IN (")
           + marks.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString VisibilityScope::takesPartCondition(const QString &conversation, QVariantList &values) const
{
    values << operatorId << operatorId;
    return conversation
           + QLatin1String(".owner_id = ? OR EXISTS (SELECT 1 FROM conversation_participants "
                           "sp WHERE sp.conversation_id = ")
           + conversation + QLatin1String(".id AND sp.operator_id = ?)");
}

QString VisibilityScope::conversationCondition(QVariantList &values) const
{
    if (everything)
        return QStringLiteral("(1 = 1)");
    QString condition = QStringLiteral("(EXISTS (SELECT 1 FROM visitors sv WHERE sv.id = "
                                       "c.visitor_id AND (");
    condition += groupCondition(QStringLiteral("sv.group_id"), values);
    condition += QLatin1String(")) OR ") + takesPartCondition(QStringLiteral("c"), values);
    return condition + QLatin1Char(')');
}

QString VisibilityScope::visitorCondition(QVariantList &values) const
{
    if (everything)
        return QStringLiteral("(1 = 1)");
    QString condition = QLatin1Char('(') + groupCondition(QStringLiteral("v.group_id"), values);
    condition += QLatin1String(" OR EXISTS (SELECT 1 FROM conversations sc WHERE sc.visitor_id = "
                               "v.id AND (")
                 + takesPartCondition(QStringLiteral("sc"), values) + QLatin1String("))");
    return condition + QLatin1Char(')');
}

} // namespace papo::server
