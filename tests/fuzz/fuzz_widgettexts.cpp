// WID-3: a website's custom texts (`update_website` `texts`) checked against the built-in
// texts.json, and a texts file itself.
#include "fuzzinput.h"

#include <widgettexts.h>

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = papo::fuzz::bytes(data, size);
    const papo::server::WidgetTexts &texts = papo::server::WidgetTexts::builtIn();
    papo::fuzz::require(!texts.languages().isEmpty(), "texts.json is compiled in");
    const QJsonObject custom = QJsonDocument::fromJson(input).object();
    QJsonObject checked;
    const QString error = texts.validate(custom, &checked);
    if (error.isEmpty()) {
        for (const QString &language : texts.languages())
            texts.effective(language, checked);
    }
    texts.known(custom);
    texts.pickLanguage(QString::fromUtf8(input.left(16)), QString::fromUtf8(input.mid(16, 16)),
                       QStringLiteral("en"));
    const papo::server::WidgetTexts fromFile(input);
    fromFile.defaults();
    return 0;
}
