#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace papo::bench {

// One run of papo-loadgen. The coordinator (the default role) starts children of the same
// binary with --role visitors / operators and the subset of these options they need.
struct Options
{
    enum class Role { Coordinator, Visitors, Operators, Compare };
    Role role = Role::Coordinator;

    QUrl serverUrl; // http://127.0.0.1:PORT
    // Where the operators connect: another node of the same database (default serverUrl).
    QUrl operatorUrl;
    QString websiteKey;
    QString email; // operators log in with these (default: PAPO_OWNER_EMAIL/_PASSWORD)
    QString password;
    qint64 serverPid = 0; // for memory and CPU readings; 0 skips them
    QString label = QStringLiteral("server");

    int visitors = 1000; // coordinator: in total; a visitors child: its own share
    int operators = 10;  // distinct operator accounts (the first is the owner)
    // Clients (sockets) per account; 0: every 5th account (the 1st, 6th, ...) on 3, the rest
    // on 1, as a team where a few people keep papo-desk open on several machines.
    int clientsPerOperator = 0;
    int perProcess = 2500; // visitors per child process (each socket is a file descriptor)
    int window = 32;       // visitor connections in flight per child while connecting
    double rate = 1000;    // visitor messages per second, all children together
    int durationSeconds = 30;
    int idleSeconds = 10;
    int settleSeconds = 3;
    int graceSeconds = 5;
    int connectTimeoutSeconds = 300;
    int childIndex = 0;
    bool batches = false; // visitors child: open `window` at once, the next batch when done

    // Phases after connecting, in this order: burst, idle, traffic (+ CPU after it), storm,
    // browse. Default: idle,traffic.
    QStringList phases;
    int burstVisitors = 1000;
    int burstBatch = 250;
    int afterSeconds = 60;    // server CPU after the traffic stops
    int stormSeconds = 15;    // traffic during the reconnect storm
    QString restartCommand;   // storm: kills the server, restarts it, prints its new pid
    bool stateless = false;   // storm: the server keeps nothing, count only the time back
    double browseRate = 1500; // page views per second, all children together
    QString runTag;           // makes the operator accounts' emails unique per run
    QString outFile;
    QStringList compareFiles; // --compare A.json B.json

    QUrl webSocketUrl(const QString &path) const;
    bool hasPhase(const char *phase) const { return phases.contains(QLatin1String(phase)); }
    // Sockets of the operator account `index` (0-based).
    int clientsOf(int index) const;
    int operatorSockets() const;
};

// Parses the command line of the running QCoreApplication; prints usage and exits on errors.
Options parseOptions(const QStringList &arguments);

} // namespace papo::bench
