#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace papo::desk {

// A download's progress as records done of the records announced (a busy bar until the count
// is known), with Cancel beside it: the report's CSV and the visitors' export show the same.
class DownloadProgress final : public QWidget
{
    Q_OBJECT

public:
    explicit DownloadProgress(QWidget *parent = nullptr);

    // Shows the bar, busy until the first count.
    void begin();
    void setProgress(qint64 records, qint64 total);
    qint64 records() const { return m_records; }

signals:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_count;
    QPushButton *m_cancel;
    qint64 m_records = 0;
};

} // namespace papo::desk
