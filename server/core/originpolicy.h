#pragma once

#include <QString>
#include <QStringList>

namespace papo::server::OriginPolicy {

// INS-3: an allowed origin is "https://shop.example", "http://localhost:8000" or
// "https://*.shop.example" (any subdomain); nothing else (no path, no query).
bool isValid(const QString &origin);
QString normalized(const QString &origin);

// An empty list allows every origin; otherwise the widget's Origin header must match one.
bool allows(const QStringList &allowed, const QString &origin);

} // namespace papo::server::OriginPolicy
