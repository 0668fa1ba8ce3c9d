#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace papo::desk {

// One papo-desk per person (REP-2): a second start hands its link (a papo:// link opened from
// the browser or a chat) to the running one over a local socket, and exits instead of opening
// a second window.
class DeskInstance final : public QObject
{
    Q_OBJECT

public:
    // The local socket's name: one per user of this machine.
    static QString defaultName();

    explicit DeskInstance(QString name = defaultName(), QObject *parent = nullptr);

    // Gives `link` (may be empty: just come to the front) to the running papo-desk; false
    // when none answers, and this one should run.
    bool handOver(const QString &link, int timeoutMs = 2000) const;
    // Becomes the running papo-desk: later starts hand their links over. False on failure
    // (this copy then runs alone, as before).
    bool listen();

signals:
    void linkReceived(const QString &link);

private:
    void readFrom(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace papo::desk
