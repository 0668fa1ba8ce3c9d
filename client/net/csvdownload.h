#pragma once

#include "csvrecordcounter.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QNetworkReply;
class QSaveFile;

namespace papo::desk {

// Downloads a CSV file the server streams (REP-3: /api/reports.csv, EXP-1:
// /api/exports/visitors.csv) straight into a file, a piece at a time as it arrives: never
// whole in memory. The file appears only once complete; a failed or cancelled download leaves
// nothing behind. Progress is in records, against the count the server announces.
class CsvDownload final : public QObject
{
    Q_OBJECT

public:
    explicit CsvDownload(QObject *parent = nullptr);
    ~CsvDownload() override;

    // Starts a download, cancelling one still running.
    void start(const QUrl &serverUrl, const QString &token, const QString &path,
               const QUrlQuery &query, const QString &filePath);
    // Stops the download and removes what was written; `cancelled` follows.
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

signals:
    // Records written so far (the column names not counted), and how many the server said
    // would come (-1: unknown).
    void progress(qint64 records, qint64 total);
    // ok: the file is in place with `records` records. Else `error` says why, in the server's
    // words when it gave some.
    void finished(bool ok, qint64 records, const QString &error);
    void cancelled();

private:
    void readPiece();
    bool writeAvailable(); // false: the disk refused it, and the download failed
    void complete();
    void fail(const QString &error);
    qint64 records() const;
    void stop(); // forgets the reply and the unfinished file

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<QSaveFile> m_file;
    CsvRecordCounter m_counter;
    qint64 m_total = -1;
};

} // namespace papo::desk
