#include "actiontemplates.h"

#include <QJsonObject>

namespace papo::server {

namespace {

struct Words
{
    const char *name;
    const char *text;
    const char *messengerText;
};

// Index: landing, complicated, contact, cart.
const Words english[] = {
    {"Landing page", "Hi! Can I help you find what you are looking for?",
     "Hi! Leave us a message and we'll get back to you soon."},
    {"Complicated page", "This form can be long. Can I help you fill it in?",
     "Any questions about this form? Write to us and we'll get back to you soon."},
    {"Contact page", "", ""},
    {"Cart page", "Any questions about your order? I'm here to help.",
     "Any questions about your order? Write to us and we'll get back to you soon."},
};
const Words portuguese[] = {
    {"Página de entrada", "Olá! Posso ajudar você a encontrar o que procura?",
     "Olá! Deixe uma mensagem e entraremos em contato em breve."},
    {"Página complicada", "Este formulário pode ser longo. Posso ajudar você a preenchê-lo?",
     "Dúvidas sobre este formulário? Escreva para nós e entraremos em contato em breve."},
    {"Página de contato", "", ""},
    {"Página do carrinho", "Alguma dúvida sobre o seu pedido? Estou aqui para ajudar.",
     "Alguma dúvida sobre o seu pedido? Escreva e entraremos em contato em breve."},
};
const Words spanish[] = {
    {"Página de entrada", "¡Hola! ¿Puedo ayudarte a encontrar lo que buscas?",
     "¡Hola! Déjanos un mensaje y te responderemos pronto."},
    {"Página complicada", "Este formulario puede ser largo. ¿Te ayudo a completarlo?",
     "¿Dudas sobre este formulario? Escríbenos y te responderemos pronto."},
    {"Página de contacto", "", ""},
    {"Página del carrito", "¿Alguna duda sobre tu pedido? Estoy aquí para ayudarte.",
     "¿Alguna duda sobre tu pedido? Escríbenos y te responderemos pronto."},
};

QJsonObject condition(const char *field, const char *op, const QString &value)
{
    return {{QLatin1String("field"), QLatin1String(field)},
            {QLatin1String("op"), QLatin1String(op)},
            {QLatin1String("value"), value}};
}

QJsonObject action(const char *key, const Words &words, QJsonArray conditions, int delay,
                   const char *kind)
{
    return {{QLatin1String("template"), QLatin1String(key)},
            {QLatin1String("name"), QString::fromUtf8(words.name)},
            {QLatin1String("enabled"), false},
            {QLatin1String("conditions"), conditions},
            {QLatin1String("repeat"), QLatin1String("once_per_visit")},
            {QLatin1String("delay"), delay},
            {QLatin1String("kind"), QLatin1String(kind)},
            {QLatin1String("sender"), QLatin1String("operator")},
            {QLatin1String("senderId"), 0},
            {QLatin1String("live"), true},
            {QLatin1String("messenger"), true},
            {QLatin1String("liveText"), QString::fromUtf8(words.text)},
            {QLatin1String("messengerText"), QString::fromUtf8(words.messengerText)}};
}

} // namespace

QJsonArray ActionTemplates::all(const QString &language)
{
    const Words *words = language.startsWith(QLatin1String("pt"))   ? portuguese
                         : language.startsWith(QLatin1String("es")) ? spanish
                                                                    : english;
    const QString url = QStringLiteral("https://");
    return {
        // The visitor did not change page: offer help before they leave.
        action("landing", words[0],
               {condition("url", "is", url),
                condition("no_page_change", "at_least", QStringLiteral("40"))},
               0, "message"),
        // A long form: offer help while they are on it.
        action("complicated", words[1],
               {condition("url", "is", url),
                condition("time_on_page", "at_least", QStringLiteral("60"))},
               0, "message"),
        // Visitors looking for a way to reach you get the chat window at once.
        action("contact", words[2], {condition("url", "is", url)}, 3, "open_window"),
        // A while on the cart page: invite them to ask.
        action("cart", words[3],
               {condition("url", "is", url),
                condition("time_on_page", "at_least", QStringLiteral("30"))},
               0, "message"),
    };
}

} // namespace papo::server
