#pragma once

#include "staticasset.h"

#include <QHash>

class QHttpServerRequest;

namespace papo::server {

struct WidgetSettings;

// widget.css with the website's colour and side appended as custom properties (WID-2), so a
// new visitor's launcher is drawn in the website's look as soon as the stylesheet is in,
// without waiting for the WebSocket's hello. One compressed copy per look.
class WidgetStyle final
{
public:
    WidgetStyle();

    // `look` is null for an unknown website key: the plain stylesheet.
    QHttpServerResponse response(const QHttpServerRequest &request, const WidgetSettings *look);

private:
    QByteArray m_base;
    StaticAsset m_plain;
    QHash<QByteArray, StaticAsset> m_byLook; // the appended rule -> the stylesheet with it
};

} // namespace papo::server
