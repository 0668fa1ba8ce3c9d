#include "groupassigner.h"

#include "groupservice.h"

namespace papo::server {

using common::ErrorCode;

QString groupSourceName(GroupSource source)
{
    switch (source) {
    case GroupSource::Page:
        return QStringLiteral("page");
    case GroupSource::Api:
        return QStringLiteral("api");
    case GroupSource::Action:
        return QStringLiteral("action");
    case GroupSource::TargetedMessage:
        return QStringLiteral("targeted");
    case GroupSource::Operator:
        return QStringLiteral("operator");
    case GroupSource::Visitor:
        return QStringLiteral("visitor");
    case GroupSource::Bot:
        return QStringLiteral("bot");
    }
    return {};
}

GroupAssigner::GroupAssigner(GroupRepository repository, GroupService &groups, Clock clock,
                             QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_groups(groups)
    , m_clock(std::move(clock))
{}

AssignResult GroupAssigner::assign(qint64 visitorId, qint64 groupId, GroupSource source,
                                   qint64 byOperatorId)
{
    const auto current = m_repository.visitorGroup(visitorId);
    if (!current)
        return {ErrorCode::NotFound, QStringLiteral("There is no visitor %1.").arg(visitorId)};
    if (groupId != 0) {
        const GroupRecord *group = m_groups.group(groupId);
        if (!group || group->websiteId != current->websiteId)
            return {ErrorCode::NotFound,
                    QStringLiteral("There is no group %1 on the visitor's website.").arg(groupId)};
    }
    if (!m_repository.assignVisitor(visitorId, groupId, groupSourceName(source), byOperatorId,
                                    m_clock()))
        return {ErrorCode::Internal, QStringLiteral("The group could not be stored.")};
    emit assigned(visitorId, current->groupId, groupId, source, byOperatorId);
    return {};
}

std::optional<VisitorGroup> GroupAssigner::pageSaid(qint64 visitorId, const QString &key,
                                                    GroupSource source)
{
    const QString said = key.trimmed().toLower();
    const auto current = m_repository.visitorGroup(visitorId);
    if (!current || said == current->pageKey)
        return current;
    if (said.isEmpty() && source == GroupSource::Page)
        return current; // a page without PapoGroupID says nothing about groups
    m_repository.setPageKey(visitorId, said);
    if (said.isEmpty())
        assign(visitorId, 0, source);
    else if (const GroupRecord *group = m_groups.groupByKey(current->websiteId, said))
        assign(visitorId, group->id, source);
    return m_repository.visitorGroup(visitorId);
}

} // namespace papo::server
