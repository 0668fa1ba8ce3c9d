#pragma once

#include "net/serverconnection.h"

#include <QObject>

namespace papo::desk {

class MessageModel;

// The open conversation's history, a page at a time into its MessageModel: the newest page when
// it opens (and after a reconnection), older ones on demand. One request is in flight at a
// time; an answer that arrives after another conversation was opened is dropped.
class HistoryLoader final : public QObject
{
    Q_OBJECT

public:
    HistoryLoader(ServerConnection *connection, MessageModel *messages, QObject *parent = nullptr);

    bool isLoading() const { return m_request != 0; }
    // A page of the open conversation arrived since it was opened.
    bool hasLoaded() const { return m_loaded; }
    // The page before `beforeId` (0: the newest), when connected and a conversation is open.
    void load(qint64 beforeId);
    // The page before the oldest message shown, unless that is all or a page is on its way.
    void loadOlder();
    // Another conversation is open: nothing of it is loaded, the answer in flight is dropped.
    void startOver();
    // Logging out: the same, without announcing that the loading ended.
    void reset();

signals:
    void loadingChanged(bool loading);

private:
    ServerConnection *m_connection;
    MessageModel *m_messages;
    quint64 m_request = 0; // serial of the request in flight, 0 when none
    quint64 m_serial = 0;
    bool m_loaded = false;
};

} // namespace papo::desk
