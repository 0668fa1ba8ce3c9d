#pragma once

#include "servercontext.h"

#include <QHttpServer>

namespace papo::server {

// CSV downloads for papo-desk, with the operator's bearer token (REP-3, EXP-1; docs/reports.md):
// GET /api/reports.csv?<the report request's fields> — any operator, about what they may see;
// GET /api/exports/visitors.csv?from=&to=&timeZone=&fields=&consented= — owners and admins.
// Both stream: the server reads and writes a page at a time, whatever the size.
class ExportRoutes final
{
public:
    explicit ExportRoutes(ServerContext context)
        : m_context(context)
    {}

    void addTo(QHttpServer &http);

private:
    void reportCsv(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void visitorsCsv(const QHttpServerRequest &request, QHttpServerResponder &&responder);

    ServerContext m_context;
};

} // namespace papo::server
