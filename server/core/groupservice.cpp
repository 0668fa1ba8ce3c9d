#include "groupservice.h"

#include <accountrepository.h>

#include <QRegularExpression>

namespace papo::server {

using common::ErrorCode;

namespace {

GroupResult failure(ErrorCode code, const QString &message)
{
    return {code, message, {}};
}

const QList<qint64> noGroups;

} // namespace

GroupService::GroupService(GroupRepository repository, AccountRepository &accounts, Clock clock,
                           QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_accounts(accounts)
    , m_clock(std::move(clock))
{
    reload();
}

void GroupService::reload()
{
    m_groups = m_repository.groups();
    m_groupsOfOperator.clear();
    for (const GroupRecord &group : std::as_const(m_groups)) {
        for (qint64 operatorId : group.operatorIds)
            m_groupsOfOperator[operatorId].append(group.id);
    }
}

const GroupRecord *GroupService::group(qint64 groupId) const
{
    for (const GroupRecord &group : m_groups) {
        if (group.id == groupId)
            return &group;
    }
    return nullptr;
}

const GroupRecord *GroupService::groupByKey(qint64 websiteId, const QString &key) const
{
    const QString wanted = key.trimmed().toLower();
    for (const GroupRecord &group : m_groups) {
        if (group.websiteId == websiteId && group.key == wanted)
            return &group;
    }
    return nullptr;
}

const QList<qint64> &GroupService::groupsOf(qint64 operatorId) const
{
    const auto it = m_groupsOfOperator.constFind(operatorId);
    return it == m_groupsOfOperator.cend() ? noGroups : *it;
}

bool GroupService::isMember(qint64 operatorId, qint64 groupId) const
{
    return groupsOf(operatorId).contains(groupId);
}

QString GroupService::keyFromName(const QString &name)
{
    // Accents go (NFD, then the marks dropped); anything but letters and digits becomes "-".
    QString key;
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toLower();
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            key += c;
        else if (!key.endsWith(QLatin1Char('-')))
            key += QLatin1Char('-');
    }
    while (key.startsWith(QLatin1Char('-')))
        key.remove(0, 1);
    while (key.endsWith(QLatin1Char('-')))
        key.chop(1);
    return key.left(MaxKeyChars);
}

QString GroupService::checkName(qint64 websiteId, const QString &name, qint64 exceptId) const
{
    if (name.isEmpty() || name.size() > MaxNameChars)
        return QStringLiteral("\"name\" must have 1 to %1 characters.").arg(MaxNameChars);
    for (const GroupRecord &group : m_groups) {
        if (group.websiteId == websiteId && group.id != exceptId
            && group.name.compare(name, Qt::CaseInsensitive) == 0)
            return QStringLiteral("There is already a group named \"%1\".").arg(group.name);
    }
    return {};
}

QString GroupService::checkKey(qint64 websiteId, const QString &key, qint64 exceptId) const
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_-]{1,64}$"));
    if (!pattern.match(key).hasMatch())
        return QStringLiteral("\"key\" must have 1 to 64 lower-case letters, digits, - or _.");
    for (const GroupRecord &group : m_groups) {
        if (group.websiteId == websiteId && group.id != exceptId && group.key == key)
            return QStringLiteral("The key \"%1\" is taken by the group \"%2\".")
                .arg(key, group.name);
    }
    return {};
}

GroupResult GroupService::create(qint64 websiteId, const QString &name, const QString &key)
{
    const auto websites = m_accounts.websites();
    if (std::none_of(websites.cbegin(), websites.cend(),
                     [&](const WebsiteRecord &w) { return w.id == websiteId; }))
        return failure(ErrorCode::NotFound,
                       QStringLiteral("There is no website %1.").arg(websiteId));
    const QString trimmed = name.trimmed();
    QString problem = checkName(websiteId, trimmed, 0);
    if (!problem.isEmpty())
        return failure(ErrorCode::InvalidField, problem);
    QString chosenKey = key.trimmed().toLower();
    if (chosenKey.isEmpty()) {
        // A name made of symbols only still gets a key; a taken one gets a number.
        const QString base
            = keyFromName(trimmed).isEmpty() ? QStringLiteral("group") : keyFromName(trimmed);
        chosenKey = base;
        for (int n = 2; !checkKey(websiteId, chosenKey, 0).isEmpty(); ++n)
            chosenKey = base.left(MaxKeyChars - 4) + QLatin1Char('-') + QString::number(n);
    }
    problem = checkKey(websiteId, chosenKey, 0);
    if (!problem.isEmpty())
        return failure(ErrorCode::InvalidField, problem);
    const qint64 id = m_repository.create(websiteId, trimmed, chosenKey, m_clock());
    if (id == 0)
        return failure(ErrorCode::Internal, QStringLiteral("The group could not be stored."));
    reload();
    emit groupsChanged();
    return {ErrorCode::None, {}, *group(id)};
}

GroupResult GroupService::rename(qint64 groupId, const QString &name,
                                 const std::optional<QString> &key)
{
    const GroupRecord *existing = group(groupId);
    if (!existing)
        return failure(ErrorCode::NotFound, QStringLiteral("There is no group %1.").arg(groupId));
    const QString trimmed = name.trimmed();
    QString problem = checkName(existing->websiteId, trimmed, groupId);
    const QString newKey = key ? key->trimmed().toLower() : existing->key;
    if (problem.isEmpty())
        problem = checkKey(existing->websiteId, newKey, groupId);
    if (!problem.isEmpty())
        return failure(ErrorCode::InvalidField, problem);
    if (!m_repository.rename(groupId, trimmed, newKey))
        return failure(ErrorCode::Internal, QStringLiteral("The group could not be stored."));
    reload();
    emit groupsChanged();
    return {ErrorCode::None, {}, *group(groupId)};
}

GroupResult GroupService::setMembers(qint64 groupId, const QList<qint64> &operatorIds)
{
    const GroupRecord *existing = group(groupId);
    if (!existing)
        return failure(ErrorCode::NotFound, QStringLiteral("There is no group %1.").arg(groupId));
    QList<qint64> members;
    for (qint64 operatorId : operatorIds) {
        if (!m_accounts.operatorById(operatorId))
            return failure(ErrorCode::InvalidField,
                           QStringLiteral("There is no operator %1.").arg(operatorId));
        if (!members.contains(operatorId))
            members.append(operatorId);
    }
    std::sort(members.begin(), members.end());
    const QList<qint64> before = existing->operatorIds;
    if (!m_repository.setMembers(groupId, members))
        return failure(ErrorCode::Internal, QStringLiteral("The members could not be stored."));
    reload();
    emit groupsChanged();
    if (before != members)
        emit membersChanged(groupId, before, members);
    return {ErrorCode::None, {}, *group(groupId)};
}

GroupResult GroupService::remove(qint64 groupId)
{
    const GroupRecord *existing = group(groupId);
    if (!existing)
        return failure(ErrorCode::NotFound, QStringLiteral("There is no group %1.").arg(groupId));
    const GroupRecord removed = *existing;
    const auto visitors = m_repository.remove(groupId);
    if (!visitors)
        return failure(ErrorCode::Internal, QStringLiteral("The group could not be deleted."));
    reload();
    emit groupsChanged();
    emit groupRemoved(removed, *visitors);
    return {ErrorCode::None, {}, removed};
}

} // namespace papo::server
