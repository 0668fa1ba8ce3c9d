#include "attachmenttype.h"

#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QStringList>

namespace papo::server::AttachmentType {

namespace {

const QString PlainText = QStringLiteral("text/plain; charset=utf-8");

// Extensions each accepted type may carry; the first is appended when the name has none.
const QHash<QString, QStringList> &extensions()
{
    static const QHash<QString, QStringList> map = {
        {QStringLiteral("image/png"), {QStringLiteral("png")}},
        {QStringLiteral("image/jpeg"),
         {QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("jfif")}},
        {QStringLiteral("image/gif"), {QStringLiteral("gif")}},
        {QStringLiteral("image/webp"), {QStringLiteral("webp")}},
        {QStringLiteral("application/pdf"), {QStringLiteral("pdf")}},
        {QStringLiteral("application/zip"), {QStringLiteral("zip")}},
        {PlainText,
         {QStringLiteral("txt"), QStringLiteral("csv"), QStringLiteral("log"),
          QStringLiteral("md")}},
        {QStringLiteral("application/msword"), {QStringLiteral("doc")}},
        {QStringLiteral("application/vnd.ms-excel"), {QStringLiteral("xls")}},
        {QStringLiteral("application/vnd.ms-powerpoint"), {QStringLiteral("ppt")}},
        {QStringLiteral("application/"
                        "vnd.openxmlformats-officedocument.wordprocessingml.document"),
         {QStringLiteral("docx")}},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
         {QStringLiteral("xlsx")}},
        {QStringLiteral("application/"
                        "vnd.openxmlformats-officedocument.presentationml.presentation"),
         {QStringLiteral("pptx")}},
        {QStringLiteral("application/vnd.oasis.opendocument.text"), {QStringLiteral("odt")}},
        {QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"), {QStringLiteral("ods")}},
        {QStringLiteral("application/vnd.oasis.opendocument.presentation"),
         {QStringLiteral("odp")}},
    };
    return map;
}

QString suffixOf(const QString &fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

// A container's type is what its name says, among the types that container can hold.
QString containerType(const QString &fileName, const QStringList &types, const QString &fallback)
{
    const QString suffix = suffixOf(fileName);
    for (const QString &type : types) {
        if (extensions().value(type).contains(suffix))
            return type;
    }
    return fallback;
}

bool isPlainText(const QByteArray &content)
{
    for (const char c : content) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(content);
    // Markup is refused even as text: a browser told otherwise could render it.
    return !decoder.hasError() && !text.trimmed().startsWith(QLatin1Char('<'));
}

} // namespace

QString detect(const QByteArray &content, const QString &fileName)
{
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith("GIF87a") || content.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (content.startsWith("RIFF") && content.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("PK\x03\x04")) {
        static const QStringList zipped
            = {QStringLiteral("application/"
                              "vnd.openxmlformats-officedocument.wordprocessingml.document"),
               QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
               QStringLiteral("application/"
                              "vnd.openxmlformats-officedocument.presentationml.presentation"),
               QStringLiteral("application/vnd.oasis.opendocument.text"),
               QStringLiteral("application/vnd.oasis.opendocument.spreadsheet"),
               QStringLiteral("application/vnd.oasis.opendocument.presentation")};
        return containerType(fileName, zipped, QStringLiteral("application/zip"));
    }
    if (content.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        static const QStringList ole
            = {QStringLiteral("application/msword"), QStringLiteral("application/vnd.ms-excel"),
               QStringLiteral("application/vnd.ms-powerpoint")};
        return containerType(fileName, ole, {});
    }
    if (!content.isEmpty() && extensions().value(PlainText).contains(suffixOf(fileName))
        && isPlainText(content))
        return PlainText;
    return {};
}

QString cleanName(const QString &fileName, const QString &type)
{
    // Browsers on Windows may send a full path; only its last part is the name.
    QString name = fileName.section(QLatin1Char('/'), -1).section(QLatin1Char('\\'), -1);
    name.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    name = name.trimmed().left(200);
    const QStringList allowed = extensions().value(type);
    if (name.isEmpty())
        name = QStringLiteral("file");
    if (!allowed.isEmpty() && !allowed.contains(suffixOf(name)))
        name = name.left(195) + QLatin1Char('.') + allowed.first();
    return name;
}

} // namespace papo::server::AttachmentType
