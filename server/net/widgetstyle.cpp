#include "widgetstyle.h"

#include <accountrepository.h>

#include <QFile>

namespace papo::server {

namespace {

constexpr auto MimeType = "text/css; charset=utf-8";

QByteArray readBase()
{
    QFile file(QStringLiteral(":/widget/widget.css"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

WidgetStyle::WidgetStyle()
    : m_base(readBase())
    , m_plain(m_base, MimeType)
{}

QHttpServerResponse WidgetStyle::response(const QHttpServerRequest &request,
                                          const WidgetSettings *look)
{
    if (!look)
        return m_plain.response(request);
    // The values were checked when stored (#rrggbb, right|left); widget.js reads them back.
    const QByteArray rule = ":host{--papo-site-color:" + look->color.toLatin1()
                            + ";--papo-site-side:" + look->position.toLatin1() + "}\n";
    auto found = m_byLook.constFind(rule);
    if (found == m_byLook.cend())
        found = m_byLook.insert(rule, StaticAsset(m_base + '\n' + rule, MimeType));
    return found->response(request);
}

} // namespace papo::server
