#pragma once

#include "net/serverconnection.h"
#include "net/visitordetails.h"

#include <QList>
#include <QObject>

#include <chrono>

namespace papo::desk {

class ConversationFilterModel;
class ConversationListModel;
class OnlineVisitorsFeed;
class VisitorListModel;
class VisitorNoteModel;
class VisitorPageModel;

// The action API of the visitor panel (PAN) and the visitors online list (VIS), and the glue
// from the connection to their models: `visitors_changed`, `note` and `conversation` events.
// The online list itself is OnlineVisitorsFeed's.
class VisitorController final : public QObject
{
    Q_OBJECT

public:
    enum class Field { Name, Email, Phone };
    Q_ENUM(Field)

    static constexpr int MaxFieldChars = 200;

    explicit VisitorController(ServerConnection *connection, QObject *parent = nullptr);
    ~VisitorController() override;

    // VIS: everyone on the site now.
    VisitorListModel *onlineVisitors() const { return m_online; }
    // PAN: the shown visitor's pages, notes and conversations (newest first).
    VisitorPageModel *pages() const { return m_pages; }
    VisitorNoteModel *notes() const { return m_notes; }
    ConversationFilterModel *visitorConversations() const { return m_conversationsByTime; }

    qint64 visitorId() const { return m_visitorId; }
    // What is known of the shown visitor (from the online list until the details arrive).
    const VisitorInfo &visitor() const { return m_visitor; }
    bool hasDetails() const { return m_hasDetails; }
    bool isLoading() const { return m_detailsRequest != 0; }

    // How long `visitor` / `visitor_left` events wait to be applied together; 0: next turn
    // of the event loop.
    void setBatchInterval(std::chrono::milliseconds interval);
    // How often the online count is checked again with a `visitors` request.
    void setResyncInterval(std::chrono::milliseconds interval);

    // Actions.
    // Shows this visitor in the panel (0: nobody) and loads their details.
    void showVisitor(qint64 visitorId);
    void refreshVisitor();
    void refreshOnlineVisitors();
    // PAN-2: saves the shown visitor's name, email or phone ("" clears it).
    void updateField(Field field, const QString &value);
    // PAN-2: a team note about the shown visitor.
    void addNote(const QString &text);
    // ACT-7: the operator's first message to a visitor; conversationStarted follows.
    void startConversation(qint64 visitorId, const QString &text);
    // Applies the online list's waiting events now.
    void flushPendingChanges();
    // Forgets everything (logging out).
    void reset();

signals:
    // The shown visitor changed, or what is known about them.
    void visitorChanged(qint64 visitorId);
    void loadingChanged(bool loading);
    void visitorLoadFailed(const QString &reason);
    void fieldSaved(papo::desk::VisitorController::Field field);
    void fieldFailed(papo::desk::VisitorController::Field field, const QString &reason);
    void noteAdded(const papo::desk::VisitorNote &note);
    void noteFailed(const QString &reason);
    void conversationStarted(qint64 visitorId, qint64 conversationId);
    void startConversationFailed(qint64 visitorId, const QString &reason);

private:
    void handleHello();
    void handleEvent(const papo::common::Envelope &event);
    void handleVisitorEvent(const VisitorInfo &visitor);
    void handleVisitorLeft(qint64 visitorId);
    void handleNoteEvent(const QJsonObject &data);
    void handleConversationEvent(const QJsonObject &data);
    void handleMessage(const papo::common::ChatMessage &message);
    void markChatting(const papo::common::ConversationSummary &conversation);
    void requestDetails();
    void applyDetails(const VisitorDetails &details);
    void applyVisitor(const VisitorInfo &visitor);
    void setLoading(bool loading);
    QString errorText(const RequestReply &reply) const;

    ServerConnection *m_connection;
    VisitorListModel *m_online;
    OnlineVisitorsFeed *m_feed;
    VisitorPageModel *m_pages;
    VisitorNoteModel *m_notes;
    ConversationListModel *m_conversations;
    ConversationFilterModel *m_conversationsByTime;

    qint64 m_visitorId = 0;
    VisitorInfo m_visitor;
    bool m_hasDetails = false;
    quint64 m_requestSerial = 0;
    quint64 m_detailsRequest = 0; // serial of the `visitor` request in flight, 0 when none
    bool m_detailsDirty = false;  // the visitor changed while it was in flight: ask again
};

} // namespace papo::desk
