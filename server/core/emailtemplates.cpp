#include "emailtemplates.h"

#include <QHash>

namespace papo::server {

namespace {

struct Words
{
    const char *en;
    const char *pt;
    const char *es;
};

const QHash<QByteArray, Words> &dictionary()
{
    static const QHash<QByteArray, Words> words = {
        {"transcriptSubject",
         {"[%1] Chat with %2", "[%1] Conversa com %2", "[%1] Conversación con %2"}},
        {"transcriptIntro",
         {"The chat with %1 was closed. Here is the conversation.",
          "A conversa com %1 foi encerrada. Aqui está o histórico.",
          "La conversación con %1 se cerró. Aquí está el historial."}},
        {"offlineSubject",
         {"[%1] New message from %2", "[%1] Nova mensagem de %2", "[%1] Nuevo mensaje de %2"}},
        {"offlineIntro",
         {"%1 wrote while nobody was online.", "%1 escreveu enquanto ninguém estava online.",
          "%1 escribió mientras no había nadie en línea."}},
        {"replyHint",
         {"Reply to this email to answer %1 by email. Answers sent by email do not appear in "
          "the chat widget.",
          "Responda a este email para responder %1 por email. Respostas enviadas por email não "
          "aparecem no chat do site.",
          "Responda a este correo para contestar a %1 por correo. Las respuestas enviadas por "
          "correo no aparecen en el chat del sitio."}},
        {"visitorSubject", {"New reply from %1", "Nova resposta de %1", "Nueva respuesta de %1"}},
        {"visitorIntro",
         {"You have a reply from %1 that you have not read yet.",
          "Você tem uma resposta de %1 que ainda não leu.",
          "Tiene una respuesta de %1 que aún no leyó."}},
        {"backToChat",
         {"Continue the conversation", "Continuar a conversa", "Continuar la conversación"}},
        {"unsubscribe",
         {"Stop receiving these emails", "Não receber mais estes emails",
          "No recibir más estos correos"}},
        {"page", {"Page", "Página", "Página"}},
        {"visitor", {"Visitor", "Visitante", "Visitante"}},
        {"you", {"You", "Você", "Usted"}},
        {"testSubject", {"Papo test email", "Email de teste do Papo", "Correo de prueba de Papo"}},
        {"testBody",
         {"This test email from %1 arrived: email settings work.",
          "Este email de teste de %1 chegou: as configurações de email funcionam.",
          "Este correo de prueba de %1 llegó: la configuración de correo funciona."}},
        {"unsubscribedTitle",
         {"You are unsubscribed", "Inscrição cancelada", "Suscripción cancelada"}},
        {"unsubscribedText",
         {"You will not receive replies from this chat by email any more.",
          "Você não receberá mais respostas deste chat por email.",
          "Ya no recibirá respuestas de este chat por correo."}},
        {"badLinkTitle", {"Link not valid", "Link inválido", "Enlace no válido"}},
        {"badLinkText",
         {"This unsubscribe link is not valid.", "Este link para cancelar não é válido.",
          "Este enlace para cancelar no es válido."}},
    };
    return words;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString linesText(const QList<EmailLine> &lines)
{
    QString text;
    for (const EmailLine &line : lines)
        text += QStringLiteral("[%1] %2: %3\n")
                    .arg(line.at.toUTC().toString(QStringLiteral("yyyy-MM-dd hh:mm"))
                             + QStringLiteral(" UTC"),
                         line.author, line.text);
    return text;
}

QString linesHtml(const QList<EmailLine> &lines)
{
    QString html = QStringLiteral("<table cellpadding=\"6\" style=\"border-collapse:collapse\">");
    for (const EmailLine &line : lines)
        html += QStringLiteral(
                    "<tr><td style=\"color:#667;vertical-align:top;white-space:nowrap\">%1</td>"
                    "<td style=\"vertical-align:top\"><b>%2</b><br>%3</td></tr>")
                    .arg(line.at.toUTC().toString(QStringLiteral("hh:mm")), escaped(line.author),
                         escaped(line.text));
    return html + QStringLiteral("</table>");
}

QString page(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
               "</head><body style=\"font-family:sans-serif;color:#223;max-width:640px\">"
               "%2</body></html>")
        .arg(title.toHtmlEscaped(), body);
}

QString link(const QString &url, const QString &label)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), label.toHtmlEscaped());
}

} // namespace

QString EmailTemplates::languageOf(const QString &language)
{
    const QString base = language.left(2).toLower();
    return base == QLatin1String("pt") || base == QLatin1String("es") ? base : QStringLiteral("en");
}

QString EmailTemplates::word(const QString &language, const char *key)
{
    const Words words = dictionary().value(key);
    const QString lang = languageOf(language);
    const char *text = lang == QLatin1String("pt")   ? words.pt
                       : lang == QLatin1String("es") ? words.es
                                                     : words.en;
    return QString::fromUtf8(text ? text : "");
}

RenderedEmail EmailTemplates::transcript(const QString &language, const QString &website,
                                         const QString &visitor, const QString &visitorEmail,
                                         const QString &pageUrl, const QList<EmailLine> &lines)
{
    return teamEmail(language, word(language, "transcriptSubject").arg(website, visitor),
                     word(language, "transcriptIntro").arg(visitor), visitor, visitorEmail, pageUrl,
                     lines);
}

RenderedEmail EmailTemplates::offlineMessage(const QString &language, const QString &website,
                                             const QString &visitor, const QString &visitorEmail,
                                             const QString &pageUrl, const QList<EmailLine> &lines)
{
    return teamEmail(language, word(language, "offlineSubject").arg(website, visitor),
                     word(language, "offlineIntro").arg(visitor), visitor, visitorEmail, pageUrl,
                     lines);
}

RenderedEmail EmailTemplates::teamEmail(const QString &language, const QString &subject,
                                        const QString &intro, const QString &visitor,
                                        const QString &visitorEmail, const QString &pageUrl,
                                        const QList<EmailLine> &lines)
{
    RenderedEmail email;
    email.subject = subject;
    email.text = intro + QStringLiteral("\n\n") + linesText(lines);
    QString html = QStringLiteral("<p>%1</p>").arg(escaped(intro)) + linesHtml(lines);
    if (!pageUrl.isEmpty()) {
        email.text += QStringLiteral("\n%1: %2\n").arg(word(language, "page"), pageUrl);
        html += QStringLiteral("<p>%1: %2</p>").arg(word(language, "page"), escaped(pageUrl));
    }
    if (!visitorEmail.isEmpty()) {
        // Reply-To is the visitor: answering from the mail client reaches them directly.
        const QString hint = word(language, "replyHint").arg(visitor);
        email.text += QStringLiteral("\n") + hint + QStringLiteral("\n");
        html += QStringLiteral("<p style=\"color:#667\">%1</p>").arg(escaped(hint));
    }
    email.html = page(email.subject, html);
    return email;
}

RenderedEmail EmailTemplates::visitorReply(const QString &language, const QString &website,
                                           const QString &pageUrl, const QString &unsubscribeUrl,
                                           const QList<EmailLine> &lines)
{
    RenderedEmail email;
    email.subject = word(language, "visitorSubject").arg(website);
    const QString intro = word(language, "visitorIntro").arg(website);
    email.text = intro + QStringLiteral("\n\n") + linesText(lines);
    QString html = QStringLiteral("<p>%1</p>").arg(escaped(intro)) + linesHtml(lines);
    if (!pageUrl.isEmpty()) {
        email.text += QStringLiteral("\n%1: %2\n").arg(word(language, "backToChat"), pageUrl);
        html += QStringLiteral("<p>%1</p>").arg(link(pageUrl, word(language, "backToChat")));
    }
    email.text += QStringLiteral("\n%1: %2\n").arg(word(language, "unsubscribe"), unsubscribeUrl);
    html += QStringLiteral("<p style=\"font-size:small\">%1</p>")
                .arg(link(unsubscribeUrl, word(language, "unsubscribe")));
    email.html = page(email.subject, html);
    return email;
}

RenderedEmail EmailTemplates::test(const QString &language, const QString &team)
{
    RenderedEmail email;
    email.subject = word(language, "testSubject");
    email.text = word(language, "testBody").arg(team) + QStringLiteral("\n");
    email.html
        = page(email.subject,
               QStringLiteral("<p>%1</p>").arg(escaped(word(language, "testBody").arg(team))));
    return email;
}

QString EmailTemplates::unsubscribedPage(const QString &language, bool ok)
{
    const QString title = word(language, ok ? "unsubscribedTitle" : "badLinkTitle");
    const QString text = word(language, ok ? "unsubscribedText" : "badLinkText");
    return page(title, QStringLiteral("<h1>%1</h1><p>%2</p>").arg(escaped(title), escaped(text)));
}

} // namespace papo::server
