#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace papo::desk {

// A group of operators (GRP-1; "Group object" in docs/protocol.md). `key` is what a page
// names it by: window.PapoGroupID='suporte'.
struct ChatGroup
{
    qint64 id = 0;
    qint64 websiteId = 0;
    QString name;
    QString key;
    QList<qint64> operatorIds;

    bool hasMember(qint64 operatorId) const { return operatorIds.contains(operatorId); }
    // The line of the install snippet that sends a page's visitors to this group.
    QString snippetLine() const;
    static ChatGroup fromJson(const QJsonObject &object);
    bool operator==(const ChatGroup &other) const = default;
};

} // namespace papo::desk
