#pragma once

#include <QElapsedTimer>
#include <QList>

class QListView;

namespace papo::desk {
class ChatController;
class MainWindow;
} // namespace papo::desk

namespace papo::bench {

class BenchResults;
class PaintProbe;

// Issue 17's first target, against the real papo-server: a chat with 5,000 messages is
// opened from the Mine list, as a click does, and timed until its messages are painted; then
// "Load earlier messages" back to the first one, a new message in the full chat, and the
// switch with all 5,000 already in memory, as a local cache would have them.
class ConversationSwitchBench final
{
public:
    explicit ConversationSwitchBench(BenchResults &results)
        : m_results(results)
    {}

    // `switches`: how many times to go back and forth for the median. False when the server
    // or the desk could not be set up.
    bool run(int messages, int switches);

private:
    // Selects the chat in the Mine list and waits until at least minRows of its messages are
    // painted; nanoseconds from the selection, -1 on timeout.
    qint64 switchTo(qint64 conversationId, int minRows);
    QList<double> loadEverything(int messages);

    BenchResults &m_results;
    desk::MainWindow *m_window = nullptr;
    desk::ChatController *m_controller = nullptr;
    PaintProbe *m_probe = nullptr;
    QElapsedTimer m_clock;
    qint64 m_historyNs = -1; // when the last history answer was applied
};

} // namespace papo::bench
