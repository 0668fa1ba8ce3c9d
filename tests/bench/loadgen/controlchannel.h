#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QSocketNotifier>
#include <QStringList>

namespace papo::bench {

// A child's side of its line protocol with the coordinator: commands arrive on stdin as a
// line of words ("connect", "traffic 166.7 30000", "report", "quit"), and the child answers
// on stdout with one JSON object per line, {"event": ..., ...}.
class ControlChannel final : public QObject
{
    Q_OBJECT

public:
    explicit ControlChannel(QObject *parent = nullptr);

    static void send(const QString &event, QJsonObject fields = {});

signals:
    void commandReceived(const QStringList &words);
    void closed(); // stdin ended: the coordinator is gone

private:
    void readAvailable();

    QSocketNotifier m_notifier;
    QByteArray m_buffer;
};

} // namespace papo::bench
