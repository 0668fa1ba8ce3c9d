#pragma once

#include "integrationfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace papo::testing {

// For tests of papo-server's commands (backup, restore): a run of the binary to its end, and
// what they look at.
struct Run
{
    int exitCode = -1;
    QString output; // stdout and stderr
};

// `papo-server ARGUMENTS` run to its end.
inline Run papoServer(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(qEnvironmentVariable("PAPO_SERVER_BINARY"), arguments);
    if (!process.waitForFinished(60000))
        process.kill();
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

inline QString sqliteFile(const QString &dataDir)
{
    return QDir(dataDir).filePath("papo.sqlite");
}

inline QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

inline QStringList textsOf(const QJsonArray &messages)
{
    QStringList texts;
    for (const QJsonValue &message : messages)
        texts << message.toObject().value("text").toString();
    return texts;
}

// A conversation's messages through the operator's API (at most 100).
inline QStringList history(WsClient &operatorClient, qint64 conversationId)
{
    const auto reply
        = operatorClient.request("history", {{"conversationId", conversationId}, {"limit", 100}});
    return reply && reply->type == "ack" ? textsOf(reply->data.value("messages").toArray())
                                         : QStringList{"no history: " + codeOf(reply)};
}

inline bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "papo-backup-test");
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements)
            ok = ok && QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase("papo-backup-test");
    return ok;
}

} // namespace papo::testing
