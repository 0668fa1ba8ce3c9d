#pragma once

#include <QString>

namespace papo::desk::CacheKey {

// The named values of LocalCache that SessionCache keeps (and the startup bench seeds).
inline const QString LastSeq = QStringLiteral("lastSeq"); // the resume position
inline const QString Profile = QStringLiteral("profile"); // the hello's `operator`
inline const QString OpenConversation = QStringLiteral("openConversation");
inline const QString Team = QStringLiteral("team");     // the last `team` answer or event
inline const QString Outbox = QStringLiteral("outbox"); // replies not acknowledged yet

} // namespace papo::desk::CacheKey
