#pragma once

#include "clock.h"
#include "helpscoutexports.h"

#include <helpscoutrepository.h>

#include <QSqlDatabase>

namespace papo::server {

class OutboxWorker;

// Settings → Help Scout and exporting a chat by hand (INT-3, docs/integrations.md). The
// app's secret is kept, never given back; every text that comes in is checked here.
class HelpScoutService final
{
public:
    HelpScoutService(QSqlDatabase db, OutboxWorker &worker, Clock clock = systemClock());

    HelpScoutSettings settings();
    // Checks and stores. An empty secret keeps the stored one; an empty app ID disconnects
    // (and forgets the secret). Returns what is wrong, naming the field, or an empty text.
    QString save(HelpScoutSettings settings);
    HelpScoutExports::Outcome exportConversation(qint64 conversationId);

private:
    QSqlDatabase m_db;
    OutboxWorker &m_worker;
    Clock m_clock;
};

} // namespace papo::server
