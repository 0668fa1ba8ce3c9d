<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuthorName</name>
    <message>
        <source>Bot</source>
        <translation>Asistente virtual</translation>
    </message>
    <message>
        <source>%1 (bot)</source>
        <translation>%1 (asistente virtual)</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (grupo)</translation>
    </message>
</context>
<context>
    <name>MessagePreview</name>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
</context>
<context>
    <name>PhotoFileDialog</name>
    <message>
        <source>Choose your photo</source>
        <translation>Elige tu foto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server to suggest at the first login.</source>
        <translation>Servidor sugerido en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>A papo:// link or an invite link to open.</source>
        <translation>Un enlace papo:// o un enlace de invitación para abrir.</translation>
    </message>
</context>
<context>
    <name>papo::desk::AccessibleText</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>last message from %1: %2</source>
        <translation>último mensaje de %1: %2</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>último mensaje: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Esperando en la cola</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, archivo %2</translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation>%1, editado</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::AccountController</name>
    <message numerus="yes">
        <source>The new password needs at least %n characters.</source>
        <translation>
            <numerusform>La nueva contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La nueva contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password is too long.</source>
        <translation>La nueva contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>Not connected to the server. Try again in a moment.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Tu contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a minute and try again.</source>
        <translation>Demasiadas contraseñas incorrectas. Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The new password does not follow the rules: at least %n characters.</source>
        <translation>
            <numerusform>La nueva contraseña no cumple las reglas: al menos %n carácter.</numerusform>
            <numerusform>La nueva contraseña no cumple las reglas: al menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>papo::desk::ActionConditionRow</name>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>no contiene</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>al menos</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menos de</translation>
    </message>
    <message>
        <source>matches (* is any text)</source>
        <translation>coincide con (* es cualquier texto)</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exactamente</translation>
    </message>
    <message>
        <source>is a number over</source>
        <translation>es un número mayor que</translation>
    </message>
    <message>
        <source>is a number under</source>
        <translation>es un número menor que</translation>
    </message>
    <message>
        <source>is the number</source>
        <translation>es el número</translation>
    </message>
    <message>
        <source>is one of (1 = Monday … 7 = Sunday)</source>
        <translation>es uno de (1 = lunes … 7 = domingo)</translation>
    </message>
    <message>
        <source>is between (09:00-18:00)</source>
        <translation>está entre (09:00-18:00)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>recurrente</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>live chat</source>
        <translation>chat en vivo</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>messenger</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>Dirección de la página</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título de la página</translation>
    </message>
    <message>
        <source>Time on the page (seconds)</source>
        <translation>Tiempo en la página (segundos)</translation>
    </message>
    <message>
        <source>Has not changed page for (seconds)</source>
        <translation>No ha cambiado de página en (segundos)</translation>
    </message>
    <message>
        <source>Time on the site (seconds)</source>
        <translation>Tiempo en el sitio (segundos)</translation>
    </message>
    <message>
        <source>Pages viewed this visit</source>
        <translation>Páginas vistas en esta visita</translation>
    </message>
    <message>
        <source>Came from (referrer)</source>
        <translation>Llegó desde (referente)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Browser language</source>
        <translation>Idioma del navegador</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Has chatted before</source>
        <translation>Ya chateó antes</translation>
    </message>
    <message>
        <source>Chat window</source>
        <translation>Ventana del chat</translation>
    </message>
    <message>
        <source>Widget mode</source>
        <translation>Modo del widget</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Visitor data (setVisitorData)</source>
        <translation>Datos del visitante (setVisitorData)</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>field name, e.g. cart value</source>
        <translation>nombre del campo, p. ej. valor del carrito</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
</context>
<context>
    <name>papo::desk::ActionEditor</name>
    <message>
        <source>When operators are online (live chat)</source>
        <translation>Cuando hay operadores en línea (chat en vivo)</translation>
    </message>
    <message>
        <source>When nobody is online (messenger)</source>
        <translation>Cuando no hay nadie en línea (messenger)</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>Guardar acción</translation>
    </message>
    <message>
        <source>Once per visit</source>
        <translation>Una vez por visita</translation>
    </message>
    <message>
        <source>Once per visitor</source>
        <translation>Una vez por visitante</translation>
    </message>
    <message>
        <source>On every page load</source>
        <translation>En cada carga de página</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send a targeted message</source>
        <translation>Enviar un mensaje dirigido</translation>
    </message>
    <message>
        <source>Open the chat window</source>
        <translation>Abrir la ventana del chat</translation>
    </message>
    <message>
        <source>Assign the visitor to a group</source>
        <translation>Asignar el visitante a un grupo</translation>
    </message>
    <message>
        <source>Start a chatbot scenario</source>
        <translation>Iniciar un escenario de chatbot</translation>
    </message>
    <message>
        <source>Build one in Settings → Chatbot first</source>
        <translation>Primero crea uno en Configuración → Chatbot</translation>
    </message>
    <message>
        <source>To start it only once the visitor opens the chat, add the condition &quot;Chat window&quot; is open. Try it on one page first: a page address only you visit, then the real pages once you like it.</source>
        <translation>Para iniciarlo solo cuando el visitante abra el chat, agrega la condición &quot;Ventana del chat&quot; es &quot;abierta&quot;. Pruébalo primero en una página: una dirección que solo visites tú; luego, cuando te guste, en las páginas reales.</translation>
    </message>
    <message>
        <source>Any other language</source>
        <translation>Cualquier otro idioma</translation>
    </message>
    <message>
        <source>Visitors whose browser speaks a language with its own texts get those; everyone else gets the texts for any other language.</source>
        <translation>Los visitantes cuyo navegador usa un idioma con textos propios reciben esos textos; los demás reciben los textos de cualquier otro idioma.</translation>
    </message>
    <message>
        <source>Empty: the live text. E.g. &quot;We&apos;ll get back to you soon.&quot;</source>
        <translation>Vacío: el texto en vivo. P. ej. &quot;Te responderemos pronto.&quot;</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Agregar condición</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Conditions (all must hold):</source>
        <translation>Condiciones (deben cumplirse todas):</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Con qué frecuencia:</translation>
    </message>
    <message>
        <source>After a delay of:</source>
        <translation>Después de una espera de:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Escenario:</translation>
    </message>
    <message>
        <source>Fires:</source>
        <translation>Se activa:</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>Idioma de los textos:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
    <message>
        <source>Messenger message:</source>
        <translation>Mensaje en modo messenger:</translation>
    </message>
    <message>
        <source>The bot</source>
        <translation>El bot</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Empty: visitors who speak it get the text for any other language.</source>
        <translation>Vacío: quienes hablan este idioma reciben el texto de cualquier otro idioma.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ActionModel</name>
    <message numerus="yes">
        <source>Fired %n time(s) this week</source>
        <translation>
            <numerusform>Se activó %n vez esta semana</numerusform>
            <numerusform>Se activó %n veces esta semana</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>papo::desk::ActionsSettingsPage</name>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Greet the right visitor at the right moment: each action fires when all its conditions hold. Targeted messages never interrupt a chat and reach a visitor at most once every few minutes.</source>
        <translation>Habla con el visitante indicado en el momento indicado: cada acción se activa cuando se cumplen todas sus condiciones. Los mensajes dirigidos nunca interrumpen un chat y llegan a un visitante como máximo una vez cada pocos minutos.</translation>
    </message>
    <message>
        <source>Automatic actions</source>
        <translation>Acciones automáticas</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Guardar reglas</translation>
    </message>
    <message>
        <source>At most one targeted message per visitor every</source>
        <translation>Como máximo un mensaje dirigido por visitante cada</translation>
    </message>
    <message>
        <source>Time zone for days and times:</source>
        <translation>Zona horaria para días y horas:</translation>
    </message>
    <message>
        <source>Blank action</source>
        <translation>Acción en blanco</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>A partir de la plantilla: %1</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <source>Delete the action &quot;%1&quot;? Its firings stay in the reports.</source>
        <translation>¿Eliminar la acción &quot;%1&quot;? Sus activaciones se conservan en los reportes.</translation>
    </message>
</context>
<context>
    <name>papo::desk::AddOperatorDialog</name>
    <message>
        <source>Loading the team…</source>
        <translation>Cargando el equipo…</translation>
    </message>
    <message>
        <source>Hand over: they take this chat and you leave it</source>
        <translation>Transferir: tu compañero toma este chat y tú sales de él</translation>
    </message>
    <message>
        <source>Hand over: add them without joining this chat</source>
        <translation>Transferir: agregarlo sin entrar a este chat</translation>
    </message>
    <message>
        <source>Add an operator to this chat</source>
        <translation>Agregar un operador a este chat</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Compañeros de equipo</translation>
    </message>
    <message>
        <source>The teammate owns this chat from now on and it leaves your list. The visitor is not told.</source>
        <translation>Desde ahora el chat es de tu compañero y sale de tu lista. El visitante no recibe ningún aviso.</translation>
    </message>
    <message>
        <source>The visitor never learns you were here.</source>
        <translation>El visitante nunca sabrá que estuviste aquí.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>invisible</source>
        <translation>invisible</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Who should join this chat?</source>
        <translation>¿Quién debe entrar a este chat?</translation>
    </message>
    <message>
        <source>Everyone on the team is in this chat already.</source>
        <translation>Todo el equipo ya está en este chat.</translation>
    </message>
</context>
<context>
    <name>papo::desk::Announcer</name>
    <message>
        <source>Latest news</source>
        <translation>Últimas novedades</translation>
    </message>
    <message>
        <source>You are online</source>
        <translation>Estás en línea</translation>
    </message>
    <message>
        <source>You are invisible</source>
        <translation>Estás invisible</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>Estás desconectado</translation>
    </message>
    <message>
        <source>Disconnected from the server, reconnecting</source>
        <translation>Desconectado del servidor, reconectando</translation>
    </message>
</context>
<context>
    <name>papo::desk::AttachmentSender</name>
    <message>
        <source>%1 is too large to send.</source>
        <translation>%1 es demasiado grande para enviarlo.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is larger than the server accepts.</source>
        <translation>%1 es más grande de lo que acepta el servidor.</translation>
    </message>
    <message>
        <source>%1 cannot be sent: only pictures, PDF, text, zip and office documents can.</source>
        <translation>No se puede enviar %1: solo se pueden enviar imágenes, PDF, texto, zip y documentos de oficina.</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 no se envió: %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::ChangePasswordDialog</name>
    <message>
        <source>Log out my other devices</source>
        <translation>Cerrar sesión en mis otros dispositivos</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you use nowhere else make a strong password.</source>
        <translation>
            <numerusform>Usa al menos %n carácter. Unas cuantas palabras que no uses en ningún otro lugar forman una contraseña segura.</numerusform>
            <numerusform>Usa al menos %n caracteres. Unas cuantas palabras que no uses en ningún otro lugar forman una contraseña segura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every other computer signed in to your account has to log in again</source>
        <translation>Todas las demás computadoras con sesión iniciada en tu cuenta tendrán que volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repite la nueva contraseña</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ChatController</name>
    <message>
        <source>Another operator is already answering this chat.</source>
        <translation>Otro operador ya está atendiendo este chat.</translation>
    </message>
    <message numerus="yes">
        <source>The message is too long: at most %n characters.</source>
        <translation>
            <numerusform>El mensaje es demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>El mensaje es demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>papo::desk::ChatbotController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo cuando estés conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ChatbotPage</name>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>The bot greets visitors and offers replies to choose from; each reply leads to the bot&apos;s next message, or hands the visitor to a person. An automatic action starts a scenario.</source>
        <translation>El bot saluda a los visitantes y les ofrece respuestas para elegir; cada respuesta lleva al siguiente mensaje del bot o pasa al visitante con una persona. Una acción automática inicia el escenario.</translation>
    </message>
    <message>
        <source>Chatbot scenarios</source>
        <translation>Escenarios del chatbot</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot;?</source>
        <translation>¿Eliminar el escenario &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>papo::desk::ComposerEdit</name>
    <message>
        <source>Write a reply. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Escribe una respuesta. Enter envía, Shift+Enter inicia una nueva línea.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConnectionBanner</name>
    <message>
        <source>Reconnect now</source>
        <translation>Reconectar ahora</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Disconnected — reconnecting…</source>
        <translation>Desconectado — reconectando…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate is not trusted (%1).</source>
        <translation>Sin conexión: el certificado del servidor no es de confianza (%1).</translation>
    </message>
</context>
<context>
    <name>papo::desk::ContactFormPage</name>
    <message>
        <source>Ticked: the visitor must answer it. Drag to reorder; double-click to rename.</source>
        <translation>Marcada: el visitante debe responderla. Arrastra para reordenar; haz doble clic para cambiar el nombre.</translation>
    </message>
    <message>
        <source>After their first message, the bot asks visitors to introduce themselves</source>
        <translation>Después de su primer mensaje, el bot pide a los visitantes que se presenten</translation>
    </message>
    <message>
        <source>The name is required</source>
        <translation>El nombre es obligatorio</translation>
    </message>
    <message>
        <source>The email is required</source>
        <translation>El correo electrónico es obligatorio</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Agregar pregunta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Ask for consent to marketing email</source>
        <translation>Pedir consentimiento para correos de marketing</translation>
    </message>
    <message>
        <source>Receive messages only when the contact form is filled</source>
        <translation>Recibir mensajes solo cuando el formulario de contacto esté completo</translation>
    </message>
    <message>
        <source>Receive offline messages only when the contact form is filled</source>
        <translation>Recibir mensajes fuera de línea solo cuando el formulario de contacto esté completo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>If operators are slow to respond</source>
        <translation>Si los operadores tardan en responder</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the form is asked</source>
        <translation>Segundos antes de pedir el formulario</translation>
    </message>
    <message>
        <source>The website&apos;s own questions</source>
        <translation>Las preguntas propias del sitio</translation>
    </message>
    <message>
        <source>e.g. Company, Order number</source>
        <translation>p. ej. Empresa, Número de pedido</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>When the bot asks</source>
        <translation>Cuándo pregunta el bot</translation>
    </message>
    <message>
        <source>after</source>
        <translation>después de</translation>
    </message>
    <message>
        <source>Team online:</source>
        <translation>Equipo en línea:</translation>
    </message>
    <message>
        <source>Always: the bot asks every visitor who writes.</source>
        <translation>Siempre: el bot pregunta a cada visitante que escribe.</translation>
    </message>
    <message>
        <source>Team offline:</source>
        <translation>Equipo desconectado:</translation>
    </message>
    <message>
        <source>The bot asks only after the visitor&apos;s first message, so targeted messages and chatbot scenarios go on undisturbed.</source>
        <translation>El bot pregunta solo después del primer mensaje del visitante, así los mensajes dirigidos y los escenarios del chatbot siguen sin interrupciones.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>The bot asks for the name, then the email, then these, one at a time.</source>
        <translation>El bot pide el nombre, luego el correo electrónico y después estas, una a la vez.</translation>
    </message>
    <message>
        <source>Anonymous visitors</source>
        <translation>Visitantes anónimos</translation>
    </message>
    <message>
        <source>Filling in the form is optional unless you choose otherwise: then the visitor cannot go on until it is filled, and no message or notification reaches the team before.</source>
        <translation>Completar el formulario es opcional, a menos que elijas lo contrario: entonces el visitante no puede continuar hasta completarlo, y ningún mensaje ni notificación llega al equipo antes.</translation>
    </message>
    <message>
        <source>Questions and timing</source>
        <translation>Preguntas y momento</translation>
    </message>
    <message>
        <source>The bot&apos;s words</source>
        <translation>Las frases del bot</translation>
    </message>
    <message>
        <source>Saved. The bot asks this way from the next message on.</source>
        <translation>Guardado. El bot pregunta así a partir del próximo mensaje.</translation>
    </message>
    <message>
        <source>Needs the form asked always while the team is online</source>
        <translation>Requiere que el formulario se pida siempre mientras el equipo está en línea</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>papo::desk::ContactFormStatus</name>
    <message>
        <source>Filled in · %1</source>
        <translation>Completado · %1</translation>
    </message>
    <message>
        <source>Skipped · %1</source>
        <translation>Omitido · %1</translation>
    </message>
    <message>
        <source>Asked · %1, not filled in yet</source>
        <translation>Pedido · %1, aún sin completar</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No pedido</translation>
    </message>
    <message>
        <source>Agreed to marketing email · %1</source>
        <translation>Aceptó correos de marketing · %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationActions</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Sin conexión con el servidor.</translation>
    </message>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sin conexión con el servidor; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Only the operators in this chat may do that.</source>
        <translation>Solo los operadores de este chat pueden hacer eso.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationDelegate</name>
    <message>
        <source>closed · %1</source>
        <translation>cerrado · %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationListModel</name>
    <message>
        <source>Visitor %1</source>
        <translation>Visitante %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationListPane</name>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>My chats</source>
        <translation>Mis chats</translation>
    </message>
    <message>
        <source>Closed chats</source>
        <translation>Chats cerrados</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrados</translation>
    </message>
    <message>
        <source>Chats waiting for a reply from anyone</source>
        <translation>Chats que esperan la respuesta de alguien del equipo</translation>
    </message>
    <message>
        <source>Chats you are handling</source>
        <translation>Chats que estás atendiendo</translation>
    </message>
    <message>
        <source>Resolved chats; they reopen when the visitor writes again</source>
        <translation>Chats resueltos; se reabren cuando el visitante vuelve a escribir</translation>
    </message>
    <message>
        <source>Show the chats of</source>
        <translation>Mostrar los chats de</translation>
    </message>
    <message>
        <source>Show the chats of one group only</source>
        <translation>Mostrar solo los chats de un grupo</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>Dismiss from the queue</source>
        <translation>Quitar de la cola</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>Cola (%1)</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Míos (%1)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationSearch</name>
    <message>
        <source>Search all conversations</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>No se encontró nada para “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n mensaje encontrado</numerusform>
            <numerusform>%n mensajes encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationView</name>
    <message>
        <source>Pick a chat from the Queue or Mine to see it here.</source>
        <translation>Elige un chat de la Cola o de Míos para verlo aquí.</translation>
    </message>
    <message>
        <source>Visitors who left their email get unread replies by email. Answers sent from your mail client do not appear in the chat widget.</source>
        <translation>Los visitantes que dejaron su correo reciben por correo las respuestas que no leyeron. Las respuestas enviadas desde tu programa de correo no aparecen en el chat del sitio.</translation>
    </message>
    <message>
        <source>Load earlier messages</source>
        <translation>Cargar mensajes anteriores</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Editing your message · Enter saves, Esc cancels</source>
        <translation>Editando tu mensaje · Enter guarda, Esc cancela</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Add operator…</source>
        <translation>Agregar operador…</translation>
    </message>
    <message>
        <source>Bring a teammate into this chat, or hand it over</source>
        <translation>Suma a un compañero a este chat o transfiérelo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export to Help Scout</source>
        <translation>Exportar a Help Scout</translation>
    </message>
    <message>
        <source>Copy this chat into your Help Scout mailbox, filed under the visitor&apos;s email</source>
        <translation>Copiar este chat a tu buzón de Help Scout, archivado bajo el correo del visitante</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send a picture or a file</source>
        <translation>Enviar una imagen o un archivo</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Enviando el archivo…</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.csv *.zip *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)</source>
        <translation>Imágenes y documentos (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.csv *.zip *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Put this chat back among the open ones</source>
        <translation>Devolver este chat a los abiertos</translation>
    </message>
    <message>
        <source>Mark this chat as resolved; it reopens when the visitor writes again</source>
        <translation>Marcar este chat como resuelto; se reabre cuando el visitante vuelve a escribir</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Esperando en la cola</translation>
    </message>
    <message>
        <source>You are handling this chat</source>
        <translation>Estás atendiendo este chat</translation>
    </message>
    <message>
        <source>Handled by a teammate</source>
        <translation>Lo atiende un compañero</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · en %2</translation>
    </message>
    <message>
        <source>Rated good</source>
        <translation>Calificado como bueno</translation>
    </message>
    <message>
        <source>Rated bad</source>
        <translation>Calificado como malo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The visitor is typing…</source>
        <translation>El visitante está escribiendo…</translation>
    </message>
    <message>
        <source>The visitor is typing: %1</source>
        <translation>El visitante está escribiendo: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::CsvDownload</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Only owners and admins may download this.</source>
        <translation>Solo los propietarios y administradores pueden descargar esto.</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeliveriesPage</name>
    <message>
        <source>Webhook %1 to %2</source>
        <translation>Webhook %1 a %2</translation>
    </message>
    <message>
        <source>Chat exported to Help Scout</source>
        <translation>Chat exportado a Help Scout</translation>
    </message>
    <message>
        <source>New chat to Slack</source>
        <translation>Nuevo chat a Slack</translation>
    </message>
    <message>
        <source>Offline message to Slack</source>
        <translation>Mensaje fuera de línea a Slack</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falló</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>No fue necesario</translation>
    </message>
    <message>
        <source>Transcript to the team</source>
        <translation>Historial para el equipo</translation>
    </message>
    <message>
        <source>Offline message to the team</source>
        <translation>Mensaje fuera de línea para el equipo</translation>
    </message>
    <message>
        <source>Reply to the visitor</source>
        <translation>Respuesta al visitante</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeskActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Answer the longest-waiting chat</source>
        <translation>&amp;Atender el chat que más lleva esperando</translation>
    </message>
    <message>
        <source>Opens the chat that has waited longest in the queue, ready for your reply</source>
        <translation>Abre el chat que más tiempo lleva esperando en la cola, listo para tu respuesta</translation>
    </message>
    <message>
        <source>&amp;Next chat in the list</source>
        <translation>&amp;Siguiente chat de la lista</translation>
    </message>
    <message>
        <source>&amp;Previous chat in the list</source>
        <translation>Chat a&amp;nterior de la lista</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>&amp;Escribir una respuesta</translation>
    </message>
    <message>
        <source>&amp;Close the chat</source>
        <translation>&amp;Cerrar el chat</translation>
    </message>
    <message>
        <source>&amp;Reopen the chat</source>
        <translation>&amp;Reabrir el chat</translation>
    </message>
    <message>
        <source>A&amp;dd an operator…</source>
        <translation>A&amp;gregar un operador…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Cola</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Míos</translation>
    </message>
    <message>
        <source>C&amp;losed</source>
        <translation>Cerra&amp;dos</translation>
    </message>
    <message>
        <source>&amp;Chats</source>
        <translation>C&amp;hats</translation>
    </message>
    <message>
        <source>&amp;Visitors online</source>
        <translation>&amp;Visitantes en línea</translation>
    </message>
    <message>
        <source>&amp;Saved replies</source>
        <translation>&amp;Respuestas guardadas</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipo</translation>
    </message>
    <message>
        <source>Search &amp;conversations</source>
        <translation>&amp;Buscar conversaciones</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;En línea</translation>
    </message>
    <message>
        <source>&amp;Invisible</source>
        <translation>&amp;Invisible</translation>
    </message>
    <message>
        <source>O&amp;ffline</source>
        <translation>&amp;Desconectado</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>Esta&amp;do</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>No chat is waiting in the queue.</source>
        <translation>Ningún chat espera en la cola.</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Buscar en todas las conversaciones</translation>
    </message>
    <message>
        <source>Your status: %1 online, %2 invisible, %3 offline</source>
        <translation>Tu estado: %1 en línea, %2 invisible, %3 desconectado</translation>
    </message>
    <message>
        <source>Bring a teammate into this chat, or hand it over</source>
        <translation>Suma a un compañero a este chat o transfiérelo</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeskApp</name>
    <message>
        <source>Your working day has started</source>
        <translation>Tu jornada comenzó</translation>
    </message>
    <message>
        <source>You are online.</source>
        <translation>Estás en línea.</translation>
    </message>
    <message>
        <source>Your working day has ended</source>
        <translation>Tu jornada terminó</translation>
    </message>
    <message>
        <source>New chats no longer notify you until your next working day.</source>
        <translation>Los nuevos chats ya no te notificarán hasta tu próxima jornada.</translation>
    </message>
    <message>
        <source>Wrong email or password</source>
        <translation>Correo o contraseña incorrectos</translation>
    </message>
    <message>
        <source>Too many attempts, wait a minute</source>
        <translation>Demasiados intentos, espera un minuto</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>No se pudo conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Papo did not connect (%1). Ask whoever runs the server for a valid certificate, for example from Let&apos;s Encrypt.</source>
        <translation>El certificado del servidor no es de confianza, así que Papo no se conectó (%1). Pide a quien administra el servidor un certificado válido, por ejemplo de Let&apos;s Encrypt.</translation>
    </message>
    <message>
        <source>The server could not log you in (HTTP %1). Try again later.</source>
        <translation>El servidor no pudo iniciar tu sesión (HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>your team&apos;s administrator</source>
        <translation>quien administra tu equipo</translation>
    </message>
    <message>
        <source>This invite was already used. If you already joined, log in with your email and password; if not, ask %1 for a new invite.</source>
        <translation>Esta invitación ya se usó. Si ya te uniste, inicia sesión con tu correo y tu contraseña; si no, pide una nueva invitación a %1.</translation>
    </message>
    <message>
        <source>This invite expired on %1. Ask %2 for a new one.</source>
        <translation>Esta invitación venció el %1. Pide una nueva a %2.</translation>
    </message>
    <message>
        <source>This invite link does not work. Check that you copied all of it, or ask whoever invited you for a new one.</source>
        <translation>Este enlace de invitación no funciona. Revisa que lo hayas copiado completo o pide uno nuevo a quien te invitó.</translation>
    </message>
    <message>
        <source>There is already an account for %1: log in with it.</source>
        <translation>Ya existe una cuenta para %1: inicia sesión con ella.</translation>
    </message>
    <message>
        <source>The password does not follow the rules: %1</source>
        <translation>La contraseña no cumple las reglas: %1</translation>
    </message>
    <message>
        <source>The server could not do it (HTTP %1). Try again later.</source>
        <translation>El servidor no pudo completarlo (HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Tu sesión terminó. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeviceModel</name>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sin nombre</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>papo::desk::DevicesDialog</name>
    <message>
        <source>Log out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Log out everywhere…</source>
        <translation>Cerrar sesión en todos lados…</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>Mis dispositivos</translation>
    </message>
    <message>
        <source>Where your account is signed in to papo-desk. Log out a computer you no longer use, or every one if you think someone else knows your password.</source>
        <translation>Dónde tiene tu cuenta la sesión iniciada en papo-desk. Cierra la sesión en una computadora que ya no uses, o en todas si crees que alguien más conoce tu contraseña.</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Cerrar sesión en todos lados</translation>
    </message>
    <message>
        <source>Log out of papo-desk on every device, this one too? Each of them, this one included, has to log in again with your password.</source>
        <translation>¿Cerrar la sesión de papo-desk en todos los dispositivos, también en este? Cada uno de ellos, incluido este, tendrá que volver a iniciar sesión con tu contraseña.</translation>
    </message>
</context>
<context>
    <name>papo::desk::DownloadProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>papo::desk::DurationText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>papo::desk::EmailSettingsController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo cuando estés conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::EmailSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.ejemplo.com</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Shop &lt;chat@shop.example&gt;</source>
        <translation>Tienda &lt;chat@tienda.ejemplo&gt;</translation>
    </message>
    <message>
        <source>team@shop.example, owner@shop.example</source>
        <translation>equipo@tienda.ejemplo, dueno@tienda.ejemplo</translation>
    </message>
    <message>
        <source>Empty: the team addresses above</source>
        <translation>Vacío: las direcciones del equipo de arriba</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>you@shop.example</source>
        <translation>tu@tienda.ejemplo</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Team addresses:</source>
        <translation>Direcciones del equipo:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>The group&apos;s own addresses:</source>
        <translation>Direcciones propias del grupo:</translation>
    </message>
    <message>
        <source>Email unread replies to visitors after:</source>
        <translation>Enviar por correo las respuestas no leídas a los visitantes después de:</translation>
    </message>
    <message>
        <source>Transcripts of closed chats and messages written while nobody is online go to the team addresses; a group&apos;s own addresses replace them for that group&apos;s chats. Visitors who gave their email get the replies they have not read. Answers you send from your mail client go to the visitor&apos;s inbox and do not appear in the chat widget.</source>
        <translation>Los historiales de los chats cerrados y los mensajes escritos cuando no hay nadie en línea van a las direcciones del equipo; las direcciones propias de un grupo las reemplazan en los chats de ese grupo. Los visitantes que dejaron su correo reciben las respuestas que no leyeron. Las respuestas que envías desde tu programa de correo llegan a la bandeja de entrada del visitante y no aparecen en el chat del sitio.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Enter the address the test email goes to.</source>
        <translation>Escribe la dirección que recibirá el correo de prueba.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent. The mail server answered: %1</source>
        <translation>Enviado. El servidor de correo respondió: %1</translation>
    </message>
    <message>
        <source>Not sent. The mail server answered: %1</source>
        <translation>No enviado. El servidor de correo respondió: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::GroupController</name>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sin conexión con el servidor; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Only owners and admins may change groups.</source>
        <translation>Solo los propietarios y administradores pueden cambiar los grupos.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Este grupo ya no existe.</translation>
    </message>
    <message>
        <source>The server refused a value: %1</source>
        <translation>El servidor rechazó un valor: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::GroupModel</name>
    <message>
        <source>Pages name it %1</source>
        <translation>Las páginas lo llaman %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::GroupsSettingsPage</name>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>A chat that belongs to a group reaches only its operators; chats without a group reach everyone. Owners and admins see every chat.</source>
        <translation>Un chat que pertenece a un grupo llega solo a sus operadores; los chats sin grupo llegan a todos. Los propietarios y administradores ven todos los chats.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>New group, e.g. Sales</source>
        <translation>Nuevo grupo, p. ej. Ventas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>El grupo</translation>
    </message>
    <message>
        <source>What pages name the group by: lower-case letters, digits, - and _</source>
        <translation>Cómo llaman las páginas al grupo: letras minúsculas, dígitos, - y _</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Eliminar grupo…</translation>
    </message>
    <message>
        <source>Operators of the group</source>
        <translation>Operadores del grupo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>On the pages whose visitors this group answers, put this line before the widget&apos;s snippet:</source>
        <translation>En las páginas cuyos visitantes atiende este grupo, coloca esta línea antes del código del widget:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Key (PapoGroupID)</source>
        <translation>Clave (PapoGroupID)</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>The visitor chooses</source>
        <translation>El visitante elige</translation>
    </message>
    <message>
        <source>Ask visitors without a group to choose one with their first message</source>
        <translation>Pedir a los visitantes sin grupo que elijan uno con su primer mensaje</translation>
    </message>
    <message>
        <source>Offer &quot;Not sure&quot;: the chat then reaches every online operator</source>
        <translation>Ofrecer &quot;No estoy seguro&quot;: el chat llega entonces a todos los operadores en línea</translation>
    </message>
    <message>
        <source>Not asked while no group has an operator online, nor of visitors who already have a group.</source>
        <translation>No se pregunta mientras ningún grupo tenga un operador en línea, ni a los visitantes que ya tienen grupo.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;? Its chats stay and reach every operator.</source>
        <translation>¿Eliminar el grupo &quot;%1&quot;? Sus chats se conservan y llegan a todos los operadores.</translation>
    </message>
</context>
<context>
    <name>papo::desk::HelpScoutController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo cuando estés conectado.</translation>
    </message>
    <message>
        <source>Not exported to Help Scout: %1</source>
        <translation>No se exportó a Help Scout: %1</translation>
    </message>
    <message>
        <source>This chat is already in Help Scout, as it is now.</source>
        <translation>Este chat ya está en Help Scout, tal como está ahora.</translation>
    </message>
    <message>
        <source>Exporting to Help Scout: the chat appears there in a moment.</source>
        <translation>Exportando a Help Scout: el chat aparecerá allí en un momento.</translation>
    </message>
</context>
<context>
    <name>papo::desk::HelpScoutPage</name>
    <message>
        <source>Export every chat to Help Scout when it is closed</source>
        <translation>Exportar cada chat a Help Scout cuando se cierre</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>e.g. 85</source>
        <translation>p. ej. 85</translation>
    </message>
    <message>
        <source>Chats become Help Scout conversations, filed under the visitor&apos;s email. In Help Scout, create an app under Your Profile → My Apps and paste its App ID and App Secret here; the mailbox ID is the number in the address of the mailbox&apos;s settings page. Operators then find &quot;Export to Help Scout&quot; above each chat.</source>
        <translation>Los chats se convierten en conversaciones de Help Scout, archivadas bajo el correo del visitante. En Help Scout, crea una app en Your Profile → My Apps y pega aquí su App ID y su App Secret; el ID del buzón es el número en la dirección de la página de configuración del buzón. Luego los operadores verán &quot;Exportar a Help Scout&quot; arriba de cada chat.</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App ID:</translation>
    </message>
    <message>
        <source>App Secret:</source>
        <translation>App Secret:</translation>
    </message>
    <message>
        <source>Mailbox ID:</source>
        <translation>ID del buzón:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Dirección de la API:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Enter the App ID of your Help Scout app.</source>
        <translation>Escribe el App ID de tu app de Help Scout.</translation>
    </message>
    <message>
        <source>Connected to Help Scout.</source>
        <translation>Conectado a Help Scout.</translation>
    </message>
    <message>
        <source>Disconnected from Help Scout.</source>
        <translation>Desconectado de Help Scout.</translation>
    </message>
</context>
<context>
    <name>papo::desk::IntegrationsController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo cuando estés conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::IntegrationsPage</name>
    <message>
        <source>Chat started</source>
        <translation>Chat iniciado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Chat closed</source>
        <translation>Chat cerrado</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Visitor data changed</source>
        <translation>Datos del visitante modificados</translation>
    </message>
    <message>
        <source>Form filled</source>
        <translation>Formulario completado</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Agregar webhook</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Save Slack URL</source>
        <translation>Guardar URL de Slack</translation>
    </message>
    <message>
        <source>Save addresses</source>
        <translation>Guardar direcciones</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>https://example.com/papo-events</source>
        <translation>https://ejemplo.com/eventos-papo</translation>
    </message>
    <message>
        <source>This webhook&apos;s secret, shown only now: copy it into your receiver to check each request&apos;s X-Papo-Signature.</source>
        <translation>El secreto de este webhook, que se muestra solo ahora: cópialo en tu receptor para verificar el X-Papo-Signature de cada solicitud.</translation>
    </message>
    <message>
        <source>Each event you choose is sent to the URL as JSON, signed with the webhook&apos;s secret.</source>
        <translation>Cada evento que elijas se envía a la URL en JSON, firmado con el secreto del webhook.</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>https://hooks.slack.com/services/…</source>
        <translation>https://hooks.slack.com/services/…</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Incoming webhook URL:</source>
        <translation>URL del webhook entrante:</translation>
    </message>
    <message>
        <source>New chats and messages written while nobody is online are posted to the channel of this Slack incoming webhook. Leave it empty for none.</source>
        <translation>Los nuevos chats y los mensajes escritos cuando no hay nadie en línea se publican en el canal de este webhook entrante de Slack. Déjalo vacío para no publicar nada.</translation>
    </message>
    <message>
        <source>Internal addresses</source>
        <translation>Direcciones internas</translation>
    </message>
    <message>
        <source>10.0.0.5, fd00::5</source>
        <translation>10.0.0.5, fd00::5</translation>
    </message>
    <message>
        <source>Webhooks and Slack never reach loopback, private or link-local addresses. When a receiver lives on your network, allow its exact address here.</source>
        <translation>Los webhooks y Slack nunca acceden a direcciones de loopback, privadas o de enlace local. Si un receptor está en tu red, permite aquí su dirección exacta.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Elige al menos un evento.</translation>
    </message>
    <message>
        <source>Webhook added.</source>
        <translation>Webhook agregado.</translation>
    </message>
    <message>
        <source>Webhook deleted.</source>
        <translation>Webhook eliminado.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::JoinForm</name>
    <message>
        <source>Join the team</source>
        <translation>Unirse al equipo</translation>
    </message>
    <message>
        <source>Join your team</source>
        <translation>Únete a tu equipo</translation>
    </message>
    <message>
        <source>e.g. João or João Araújo</source>
        <translation>p. ej. María o María González</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation>Volver al inicio de sesión</translation>
    </message>
    <message>
        <source>Paste the invite link you received:</source>
        <translation>Pega el enlace de invitación que recibiste:</translation>
    </message>
    <message>
        <source>This is not an invite link. It looks like https://chat.example.com/invite#… — copy all of it from the message you received.</source>
        <translation>Esto no es un enlace de invitación. Se ve así: https://chat.example.com/invite#… — cópialo completo del mensaje que recibiste.</translation>
    </message>
    <message>
        <source>Looking up the invite…</source>
        <translation>Consultando la invitación…</translation>
    </message>
    <message>
        <source>Your team&apos;s administrator</source>
        <translation>Quien administra tu equipo</translation>
    </message>
    <message>
        <source>%1 invited you to join the team on Papo as %2.</source>
        <translation>%1 te invitó a unirte al equipo en Papo como %2.</translation>
    </message>
    <message>
        <source>%1 invited you to join %2 on Papo as %3.</source>
        <translation>%1 te invitó a unirte a %2 en Papo como %3.</translation>
    </message>
    <message>
        <source>Your account: %1</source>
        <translation>Tu cuenta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters for the password.</source>
        <translation>
            <numerusform>Usa al menos %n carácter en la contraseña.</numerusform>
            <numerusform>Usa al menos %n caracteres en la contraseña.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Uniéndote…</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>La contraseña necesita al menos %n carácter.</numerusform>
            <numerusform>La contraseña necesita al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>La contraseña es demasiado larga.</translation>
    </message>
</context>
<context>
    <name>papo::desk::LoginDialog</name>
    <message>
        <source>Log in to Papo</source>
        <translation>Iniciar sesión en Papo</translation>
    </message>
    <message>
        <source>Log in with your email and password, or join your team with the invite link you received.</source>
        <translation>Inicia sesión con tu correo y tu contraseña, o únete a tu equipo con el enlace de invitación que recibiste.</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>tu@ejemplo.com</translation>
    </message>
    <message>
        <source>Joining a team? Use your invite link</source>
        <translation>¿Te vas a unir a un equipo? Usa tu enlace de invitación</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Join your team</source>
        <translation>Únete a tu equipo</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://chat.example.com</source>
        <translation>Escribe la dirección del servidor, por ejemplo https://chat.ejemplo.com</translation>
    </message>
</context>
<context>
    <name>papo::desk::MainWindow</name>
    <message>
        <source>Papo</source>
        <translation>Papo</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reportes</translation>
    </message>
    <message>
        <source>Your reply was not sent: %1</source>
        <translation>Tu respuesta no se envió: %1</translation>
    </message>
    <message>
        <source>(%1) Papo</source>
        <translation>(%1) Papo</translation>
    </message>
    <message>
        <source>&amp;Papo</source>
        <translation>&amp;Papo</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation>&amp;Horario laboral…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir de Papo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Ca&amp;mbiar contraseña…</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>Mis &amp;dispositivos…</translation>
    </message>
    <message>
        <source>Your password was changed and your other devices were logged out.</source>
        <translation>Tu contraseña se cambió y se cerró la sesión en tus otros dispositivos.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Tu contraseña se cambió.</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Automatic actions</source>
        <translation>Acciones automáticas</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integraciones</translation>
    </message>
    <message>
        <source>Help Scout</source>
        <translation>Help Scout</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <source>Visitors online (%1)</source>
        <translation>Visitantes en línea (%1)</translation>
    </message>
    <message>
        <source>Visitors online</source>
        <translation>Visitantes en línea</translation>
    </message>
</context>
<context>
    <name>papo::desk::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Seen by the visitor</source>
        <translation>Visto por el visitante</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Acciones del mensaje</translation>
    </message>
</context>
<context>
    <name>papo::desk::MessageModel</name>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>seen by the visitor</source>
        <translation>visto por el visitante</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
</context>
<context>
    <name>papo::desk::OneTimeLinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
</context>
<context>
    <name>papo::desk::PictureUpload</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The picture is larger than 5 MiB. Choose a smaller one.</source>
        <translation>La imagen pesa más de 5 MiB. Elige una más pequeña.</translation>
    </message>
    <message>
        <source>This file is not a picture Papo can use. Choose a PNG, JPEG, WebP or GIF picture.</source>
        <translation>Este archivo no es una imagen que Papo pueda usar. Elige una imagen PNG, JPEG, WebP o GIF.</translation>
    </message>
    <message>
        <source>Only owners and admins can do this.</source>
        <translation>Solo los propietarios y administradores pueden hacer esto.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>No se pudo conectar con el servidor: %1</translation>
    </message>
    <message>
        <source>The server did not take the picture (HTTP %1).</source>
        <translation>El servidor no aceptó la imagen (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>papo::desk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>A new chat in the queue</source>
        <translation>Un nuevo chat en la cola</translation>
    </message>
    <message>
        <source>A new message in my chats</source>
        <translation>Un nuevo mensaje en mis chats</translation>
    </message>
    <message>
        <source>I am invited into a chat</source>
        <translation>Me invitan a un chat</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volumen: %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Reproducir: %1</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>While a chat waits in the queue, alert again every</source>
        <translation>Mientras un chat espera en la cola, volver a avisar cada</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Papo changes language the next time it starts.</source>
        <translation>Papo cambia de idioma la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ProfileSetupDialog</name>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>Complete your profile</source>
        <translation>Completa tu perfil</translation>
    </message>
    <message>
        <source>Visitors see your name, title and photo when you answer. A friendly, real photo builds much more trust than a logo.</source>
        <translation>Los visitantes ven tu nombre, tu cargo y tu foto cuando respondes. Una foto real y amable genera mucha más confianza que un logotipo.</translation>
    </message>
    <message>
        <source>e.g. João or João Araújo</source>
        <translation>p. ej. María o María González</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>p. ej. Atención al cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Photo updated.</source>
        <translation>Foto actualizada.</translation>
    </message>
    <message>
        <source>Welcome to Papo, %1!</source>
        <translation>¡Te damos la bienvenida a Papo, %1!</translation>
    </message>
    <message>
        <source>Welcome to Papo!</source>
        <translation>¡Te damos la bienvenida a Papo!</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Subiendo la foto…</translation>
    </message>
</context>
<context>
    <name>papo::desk::ReportsView</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Guardar CSV…</translation>
    </message>
    <message>
        <source>Export visitors&apos; emails…</source>
        <translation>Exportar correos de los visitantes…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>Targeted messages</source>
        <translation>Mensajes dirigidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Missed chats</source>
        <translation>Chats perdidos</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Primera respuesta (mediana)</translation>
    </message>
    <message>
        <source>First response (90th percentile)</source>
        <translation>Primera respuesta (percentil 90)</translation>
    </message>
    <message>
        <source>Response time (median)</source>
        <translation>Tiempo de respuesta (mediana)</translation>
    </message>
    <message>
        <source>Chat duration (median)</source>
        <translation>Duración del chat (mediana)</translation>
    </message>
    <message>
        <source>Satisfaction (share rated good)</source>
        <translation>Satisfacción (% de calificaciones buenas)</translation>
    </message>
    <message>
        <source>Online time</source>
        <translation>Tiempo en línea</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Saving the CSV file was cancelled; no file was written.</source>
        <translation>Se canceló el guardado del archivo CSV; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>No se pudo cargar el reporte: %1</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Guardar el reporte como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The report is saved in %1 (%2 rows).</source>
        <translation>El reporte se guardó en %1 (%2 filas).</translation>
    </message>
    <message>
        <source>The CSV file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo CSV: %1</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Nobody (not taken)</source>
        <translation>Nadie (no atendido)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>% of ratings</source>
        <translation>% de las valoraciones</translation>
    </message>
</context>
<context>
    <name>papo::desk::SavedRepliesView</name>
    <message>
        <source>New reply</source>
        <translation>Nueva respuesta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>e.g. shipping</source>
        <translation>p. ej. envío</translation>
    </message>
    <message>
        <source>The text inserted in the chat</source>
        <translation>El texto que se inserta en el chat</translation>
    </message>
    <message>
        <source>Type / and a keyword in a chat&apos;s reply field to insert one of these. They are shared by the whole team.</source>
        <translation>Escribe / y una palabra clave en el campo de respuesta de un chat para insertar una de estas. Las comparte todo el equipo.</translation>
    </message>
    <message>
        <source>Shortcut: /</source>
        <translation>Atajo: /</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>A saved reply needs a shortcut and a text.</source>
        <translation>Una respuesta guardada necesita un atajo y un texto.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardada.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminada.</translation>
    </message>
</context>
<context>
    <name>papo::desk::SavedReplyController</name>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sin conexión con el servidor; vuelve a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>papo::desk::SavedReplyPopup</name>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
</context>
<context>
    <name>papo::desk::ScenarioEditor</name>
    <message>
        <source>Sales or support?</source>
        <translation>¿Ventas o soporte?</translation>
    </message>
    <message>
        <source>The button the visitor presses</source>
        <translation>El botón que presiona el visitante</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>A person who takes over is from:</source>
        <translation>Quien toma el chat es de:</translation>
    </message>
    <message>
        <source>Visitor&apos;s reply:</source>
        <translation>Respuesta del visitante:</translation>
    </message>
    <message>
        <source>Bot&apos;s message:</source>
        <translation>Mensaje del bot:</translation>
    </message>
    <message>
        <source>The visitor sees:</source>
        <translation>El visitante ve:</translation>
    </message>
    <message>
        <source>+ Add visitor reply</source>
        <translation>+ Agregar respuesta del visitante</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>Eliminar rama</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>When the scenario ends, send:</source>
        <translation>Cuando termine el escenario, enviar:</translation>
    </message>
    <message>
        <source>Empty: the standard end message, in the visitor&apos;s language</source>
        <translation>Vacío: el mensaje de cierre estándar, en el idioma del visitante</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Leave empty to hand the visitor to a person: their reply goes to the team, who is notified.</source>
        <translation>Déjalo vacío para pasar al visitante con una persona: su respuesta va al equipo, que recibe una notificación.</translation>
    </message>
    <message>
        <source>Greet the visitor and ask what they want to do.</source>
        <translation>Saluda al visitante y pregúntale qué quiere hacer.</translation>
    </message>
    <message>
        <source>Visitor: %1</source>
        <translation>Visitante: %1</translation>
    </message>
    <message>
        <source>(A person takes over: the reply goes to the team, who is notified.)</source>
        <translation>(Una persona toma el chat: la respuesta va al equipo, que recibe una notificación.)</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>(the standard end message)</source>
        <translation>(el mensaje de cierre estándar)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ScenarioTree</name>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Bot: (write the first message)</source>
        <translation>Bot: (escribe el primer mensaje)</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>(write the visitor&apos;s reply)</source>
        <translation>(escribe la respuesta del visitante)</translation>
    </message>
    <message>
        <source>Visitor: %1 → a person takes over</source>
        <translation>Visitante: %1 → una persona toma el chat</translation>
    </message>
    <message>
        <source>Visitor: %1 → Bot: %2</source>
        <translation>Visitante: %1 → Bot: %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::SearchResultModel</name>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Visitor %1 · %2: %3</source>
        <translation>Visitante %1 · %2: %3</translation>
    </message>
</context>
<context>
    <name>papo::desk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>papo::desk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Lists and tabs</source>
        <translation>Listas y pestañas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Writing a reply</source>
        <translation>Al escribir una respuesta</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respuestas guardadas</translation>
    </message>
    <message>
        <source>/ then the keyword, ↑ ↓ and Enter or Tab</source>
        <translation>/ y la palabra clave, ↑ ↓ y Enter o Tab</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>Editar tu último mensaje</translation>
    </message>
    <message>
        <source>↑ in an empty field</source>
        <translation>↑ con el campo vacío</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar la edición</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Dismiss the chat from the queue</source>
        <translation>Quitar el chat de la cola</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Del campo de búsqueda a los resultados</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>papo::desk::SlowAlertsController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo cuando estés conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::StatusSelector</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>You get new chats and notifications</source>
        <translation>Recibes nuevos chats y notificaciones</translation>
    </message>
    <message>
        <source>No new chats or notifications; you can still chat</source>
        <translation>Sin nuevos chats ni notificaciones; aún puedes chatear</translation>
    </message>
    <message>
        <source>No notifications; visitors can leave messages</source>
        <translation>Sin notificaciones; los visitantes pueden dejar mensajes</translation>
    </message>
</context>
<context>
    <name>papo::desk::TeamController</name>
    <message>
        <source>Not connected to the server. Try again in a moment.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Only owners and admins can do this.</source>
        <translation>Solo los propietarios y administradores pueden hacer esto.</translation>
    </message>
    <message>
        <source>Your name may not be empty.</source>
        <translation>Tu nombre no puede quedar vacío.</translation>
    </message>
</context>
<context>
    <name>papo::desk::TeamModel</name>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisible</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>papo::desk::TeamPane</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil guardado.</translation>
    </message>
    <message>
        <source>Photo updated.</source>
        <translation>Foto actualizada.</translation>
    </message>
    <message>
        <source>Send this link to your teammate. It works once, until %1.</source>
        <translation>Envía este enlace a tu compañero. Funciona una sola vez, hasta el %1.</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mi perfil</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, WebP or GIF picture of at most 5 MiB; visitors see it in the chat window</source>
        <translation>Una imagen PNG, JPEG, WebP o GIF de hasta 5 MiB; los visitantes la ven en la ventana del chat</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>p. ej. Atención al cliente</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Invite teammate…</source>
        <translation>Invitar al equipo…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Log the teammate out everywhere and make a one-time link to choose a new password</source>
        <translation>Cierra la sesión del compañero en todos lados y crea un enlace de un solo uso para elegir una nueva contraseña</translation>
    </message>
    <message>
        <source>Team name…</source>
        <translation>Nombre del equipo…</translation>
    </message>
    <message>
        <source>The name new teammates see on their invite</source>
        <translation>El nombre que ven los nuevos compañeros en su invitación</translation>
    </message>
    <message>
        <source>teammate@example.com</source>
        <translation>companero@ejemplo.com</translation>
    </message>
    <message>
        <source>Create invite link</source>
        <translation>Crear enlace de invitación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Make operator</source>
        <translation>Hacer operador</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Hacer administrador</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reactivar…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Subiendo la foto…</translation>
    </message>
    <message>
        <source>Enter your teammate&apos;s email address.</source>
        <translation>Escribe el correo electrónico de la persona que quieres invitar.</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Reactivar cuenta</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Desactivar cuenta</translation>
    </message>
    <message>
        <source>Let %1 log in again?</source>
        <translation>¿Permitir que %1 vuelva a iniciar sesión?</translation>
    </message>
    <message>
        <source>Deactivate %1? They are logged out at once and cannot log in again until reactivated. Their conversations stay.</source>
        <translation>¿Desactivar a %1? Su sesión se cierra de inmediato y no podrá volver a iniciarla hasta que se reactive la cuenta. Sus conversaciones se conservan.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password? %1 is logged out of papo-desk everywhere at once and the current password stops working. You get a link, valid for 1 hour, to send to %1 to choose a new one.</source>
        <translation>¿Restablecer la contraseña de %1? La sesión de %1 en papo-desk se cierra de inmediato en todos lados y la contraseña actual deja de funcionar. Recibirás un enlace, válido por 1 hora, para enviarle a %1 y que elija una nueva.</translation>
    </message>
    <message>
        <source>your teammate</source>
        <translation>tu compañero</translation>
    </message>
    <message>
        <source>Password reset link</source>
        <translation>Enlace para restablecer la contraseña</translation>
    </message>
    <message>
        <source>Send this link to %1 (by chat or email). It works once, until %2, and lets %1 choose a new password.</source>
        <translation>Envía este enlace a %1 (por chat o por correo). Funciona una sola vez, hasta el %2, y permite que %1 elija una nueva contraseña.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>The name new teammates see on their invite, e.g. your shop&apos;s:</source>
        <translation>El nombre que ven los nuevos compañeros en su invitación, por ejemplo el de tu tienda:</translation>
    </message>
</context>
<context>
    <name>papo::desk::TrayNotifier</name>
    <message>
        <source>Open Papo</source>
        <translation>Abrir Papo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n sin leer</numerusform>
            <numerusform>%n sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Papo</source>
        <translation>Papo</translation>
    </message>
    <message>
        <source>Papo: %1</source>
        <translation>Papo: %1</translation>
    </message>
    <message>
        <source>New chat from %1</source>
        <translation>Nuevo chat de %1</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensaje de %1</translation>
    </message>
    <message>
        <source>You were added to the chat with %1</source>
        <translation>Te agregaron al chat con %1</translation>
    </message>
    <message>
        <source>%1 is waiting for an answer</source>
        <translation>%1 está esperando una respuesta</translation>
    </message>
    <message>
        <source>%1 was put in your group</source>
        <translation>%1 se asignó a tu grupo</translation>
    </message>
    <message>
        <source>%1 was put in your group %2</source>
        <translation>%1 se asignó a tu grupo %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorController</name>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>Demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Esta no es una dirección de correo electrónico.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>La nota es demasiado larga: como máximo %n carácter.</numerusform>
            <numerusform>La nota es demasiado larga: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is too long: at most %n characters.</source>
        <translation>
            <numerusform>El mensaje es demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>El mensaje es demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say which chat the message went to.</source>
        <translation>El servidor no indicó a qué chat llegó el mensaje.</translation>
    </message>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sin conexión con el servidor; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server does not know this visitor.</source>
        <translation>El servidor no conoce a este visitante.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>No tienes permiso para hacer esto.</translation>
    </message>
    <message>
        <source>Another operator is already answering this chat.</source>
        <translation>Otro operador ya está atendiendo este chat.</translation>
    </message>
    <message>
        <source>The server refused the value.</source>
        <translation>El servidor rechazó el valor.</translation>
    </message>
    <message>
        <source>The server refused the value: %1</source>
        <translation>El servidor rechazó el valor: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorExportDialog</name>
    <message>
        <source>Only visitors who agreed to marketing email</source>
        <translation>Solo los visitantes que aceptaron recibir correos de marketing</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Export visitors&apos; emails</source>
        <translation>Exportar correos de los visitantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Marketing consent (when given)</source>
        <translation>Consentimiento de marketing (cuándo se dio)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>The email address is always exported.</source>
        <translation>La dirección de correo siempre se exporta.</translation>
    </message>
    <message>
        <source>Leaves out visitors who gave their address only to get an answer: that is no permission to send them marketing.</source>
        <translation>Deja fuera a quienes dieron su dirección solo para recibir una respuesta: eso no es permiso para enviarles marketing.</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Guardar en:</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Visitors who left an email address and visited from %1 to %2.</source>
        <translation>Visitantes que dejaron una dirección de correo y visitaron el sitio del %1 al %2.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Say where to save the file: type a file name or press Choose…</source>
        <translation>Indica dónde guardar el archivo: escribe un nombre de archivo o haz clic en Elegir…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>1 visitor exported to %1.</source>
        <translation>1 visitante exportado a %1.</translation>
    </message>
    <message>
        <source>%1 visitors exported to %2.</source>
        <translation>%1 visitantes exportados a %2.</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorGroupBox</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>The group whose operators this chat reaches</source>
        <translation>El grupo a cuyos operadores llega este chat</translation>
    </message>
    <message>
        <source>The group was not changed: %1</source>
        <translation>El grupo no se cambió: %1</translation>
    </message>
    <message>
        <source>From the page</source>
        <translation>Desde la página</translation>
    </message>
    <message>
        <source>Set by the website&apos;s script</source>
        <translation>Definido por el script del sitio</translation>
    </message>
    <message>
        <source>By an automatic action</source>
        <translation>Por una acción automática</translation>
    </message>
    <message>
        <source>From a targeted message</source>
        <translation>Por un mensaje dirigido</translation>
    </message>
    <message>
        <source>Chosen by the visitor</source>
        <translation>Elegido por el visitante</translation>
    </message>
    <message>
        <source>Handed over by the chatbot</source>
        <translation>Transferido por el chatbot</translation>
    </message>
    <message>
        <source>Chosen by %1</source>
        <translation>Elegido por %1</translation>
    </message>
    <message>
        <source>Chosen by an operator</source>
        <translation>Elegido por un operador</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorListModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Chatting now</source>
        <translation>Chateando ahora</translation>
    </message>
    <message>
        <source>Chatted before</source>
        <translation>Ya chateó</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Recurrente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No past conversations, invitation or chat window</source>
        <translation>Sin conversaciones anteriores, invitación ni ventana de chat</translation>
    </message>
    <message>
        <source>Name / email</source>
        <translation>Nombre / correo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>OS / browser</source>
        <translation>Sistema / navegador</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Time on site</source>
        <translation>Tiempo en el sitio</translation>
    </message>
    <message>
        <source>Pages viewed</source>
        <translation>Páginas vistas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Visitor %1</source>
        <translation>Visitante %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tableta</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <source>%1 Has past conversations</source>
        <translation>%1 Tiene conversaciones anteriores</translation>
    </message>
    <message>
        <source>%1 Received an invitation from an operator</source>
        <translation>%1 Recibió una invitación de un operador</translation>
    </message>
    <message>
        <source>%1 Opened the chat window</source>
        <translation>%1 Abrió la ventana del chat</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorNoteModel</name>
    <message>
        <source>— %1, %2</source>
        <translation>— %1, %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorPageModel</name>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Visit %1, %2</source>
        <translation>Visita %1, %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorPanel</name>
    <message>
        <source>Visitor details</source>
        <translation>Datos del visitante</translation>
    </message>
    <message>
        <source>Open a chat to see who you are talking to.</source>
        <translation>Abre un chat para ver con quién estás hablando.</translation>
    </message>
    <message>
        <source>Could not load the visitor: %1</source>
        <translation>No se pudo cargar el visitante: %1</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulario de contacto</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>From the website</source>
        <translation>Informado por el sitio</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Agregar un nombre</translation>
    </message>
    <message>
        <source>Add an email</source>
        <translation>Agregar un correo</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Agregar un teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página actual</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>On the site now, for %1</source>
        <translation>En el sitio ahora, desde hace %1</translation>
    </message>
    <message>
        <source>On the site now</source>
        <translation>En el sitio ahora</translation>
    </message>
    <message>
        <source>Not on the site</source>
        <translation>Fuera del sitio</translation>
    </message>
    <message>
        <source>%1 · chatting</source>
        <translation>%1 · chateando</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Direct visit</source>
        <translation>Visita directa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>%1 · pages this visit: %2</source>
        <translation>%1 · páginas en esta visita: %2</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 no se guardó: %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorTabs</name>
    <message>
        <source>The note was not saved: %1</source>
        <translation>La nota no se guardó: %1</translation>
    </message>
    <message>
        <source>Pages visited</source>
        <translation>Páginas visitadas</translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation>Notas del equipo</translation>
    </message>
    <message>
        <source>A note for the team (Ctrl+Enter adds it)</source>
        <translation>Una nota para el equipo (Ctrl+Enter la agrega)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Previous conversations</source>
        <translation>Conversaciones anteriores</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorsView</name>
    <message>
        <source>Green: chatting now · Grey: chatted before</source>
        <translation>Verde: chateando ahora · Gris: ya chateó</translation>
    </message>
    <message>
        <source>Start a chat…</source>
        <translation>Iniciar un chat…</translation>
    </message>
    <message>
        <source>Write the first message to the selected visitor</source>
        <translation>Escribe el primer mensaje al visitante seleccionado</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Show the visitors of</source>
        <translation>Mostrar los visitantes de</translation>
    </message>
    <message>
        <source>Visitors online</source>
        <translation>Visitantes en línea</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>El mensaje no se envió: %1</translation>
    </message>
    <message>
        <source>Hello! Can I help you with anything?</source>
        <translation>¡Hola! ¿Puedo ayudarte en algo?</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Primer mensaje</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Online now: %n</source>
        <translation>
            <numerusform>En línea ahora: %n</numerusform>
            <numerusform>En línea ahora: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <source>The list shows at most %1 visitors: %2 per operator seat.</source>
        <translation>La lista muestra como máximo %1 visitantes: %2 por puesto de operador.</translation>
    </message>
    <message>
        <source>First message to %1:</source>
        <translation>Primer mensaje para %1:</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sin grupo</translation>
    </message>
</context>
<context>
    <name>papo::desk::WebsiteSettingsController</name>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sin conexión con el servidor; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Only owners and admins may change settings.</source>
        <translation>Solo los propietarios y administradores pueden cambiar la configuración.</translation>
    </message>
    <message>
        <source>The server does not know this website.</source>
        <translation>El servidor no conoce este sitio web.</translation>
    </message>
    <message>
        <source>The server refused a value: %1</source>
        <translation>El servidor rechazó un valor: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::WidgetSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Installation and look</source>
        <translation>Instalación y apariencia</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Saved. Visitors see the changes when they next open a page.</source>
        <translation>Guardado. Los visitantes verán los cambios la próxima vez que abran una página.</translation>
    </message>
    <message>
        <source>The bot&apos;s picture is saved.</source>
        <translation>La imagen del bot se guardó.</translation>
    </message>
    <message>
        <source>Install the widget</source>
        <translation>Instalar el widget</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste these two lines into every page of your site, before &lt;/body&gt;.</source>
        <translation>Pega estas dos líneas en todas las páginas de tu sitio, antes de &lt;/body&gt;.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Choose the widget&apos;s colour</source>
        <translation>Elige el color del widget</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Abajo a la derecha</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Abajo a la izquierda</translation>
    </message>
    <message>
        <source>The widget speaks the visitor&apos;s language when it has it, this one otherwise.</source>
        <translation>El widget usa el idioma del visitante cuando lo tiene; si no, este.</translation>
    </message>
    <message>
        <source>The name the bot&apos;s messages show, in the widget and here. Empty: the website&apos;s name.</source>
        <translation>El nombre que muestran los mensajes del asistente virtual, en el widget y aquí. Vacío: el nombre del sitio web.</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <source>The picture beside the bot&apos;s messages in the widget. Saved at once.</source>
        <translation>La imagen junto a los mensajes del bot en el widget. Se guarda al instante.</translation>
    </message>
    <message>
        <source>Choose the bot&apos;s picture</source>
        <translation>Elige la imagen del bot</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Posición:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Idioma predeterminado:</translation>
    </message>
    <message>
        <source>Bot&apos;s name:</source>
        <translation>Nombre del asistente virtual:</translation>
    </message>
    <message>
        <source>Bot&apos;s picture:</source>
        <translation>Imagen del bot:</translation>
    </message>
    <message>
        <source>Allowed sites</source>
        <translation>Sitios permitidos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>The widget loads only on these sites, e.g. https://shop.example or https://*.shop.example. With none, it loads anywhere.</source>
        <translation>El widget solo se carga en estos sitios, p. ej. https://tienda.ejemplo o https://*.tienda.ejemplo. Si no hay ninguno, se carga en cualquier sitio.</translation>
    </message>
    <message>
        <source>Ask visitors to rate the conversation</source>
        <translation>Pedir a los visitantes que califiquen la conversación</translation>
    </message>
    <message>
        <source>The snippet is in the clipboard.</source>
        <translation>El código está en el portapapeles.</translation>
    </message>
    <message>
        <source>Uploading the picture…</source>
        <translation>Subiendo la imagen…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Widget colour</source>
        <translation>Color del widget</translation>
    </message>
    <message>
        <source>The colour must be like #1f6feb.</source>
        <translation>El color debe tener la forma #1f6feb.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>papo::desk::WidgetTextLabels</name>
    <message>
        <source>Window title</source>
        <translation>Título de la ventana</translation>
    </message>
    <message>
        <source>Status when the team is online</source>
        <translation>Estado cuando el equipo está en línea</translation>
    </message>
    <message>
        <source>Under the window title while someone in the team is online.</source>
        <translation>Debajo del título de la ventana mientras alguien del equipo está en línea.</translation>
    </message>
    <message>
        <source>Status when the team is away</source>
        <translation>Estado cuando el equipo está ausente</translation>
    </message>
    <message>
        <source>Under the window title while nobody in the team is online.</source>
        <translation>Debajo del título de la ventana mientras nadie del equipo está en línea.</translation>
    </message>
    <message>
        <source>Bot badge</source>
        <translation>Etiqueta del bot</translation>
    </message>
    <message>
        <source>Bot&apos;s closing message</source>
        <translation>Mensaje de cierre del bot</translation>
    </message>
    <message>
        <source>The bot&apos;s last message when a chatbot scenario ends, unless the scenario has its own.</source>
        <translation>El último mensaje del bot cuando termina un escenario del chatbot, salvo que el escenario tenga uno propio.</translation>
    </message>
    <message>
        <source>Bot&apos;s reply buttons (screen readers)</source>
        <translation>Botones de respuesta del bot (lectores de pantalla)</translation>
    </message>
    <message>
        <source>Read by screen readers for the buttons under a bot&apos;s question.</source>
        <translation>Lo leen los lectores de pantalla para los botones debajo de una pregunta del bot.</translation>
    </message>
    <message>
        <source>Restart chatbot button</source>
        <translation>Botón de reiniciar el chatbot</translation>
    </message>
    <message>
        <source>Under the bot&apos;s last message once a chatbot scenario ends.</source>
        <translation>Debajo del último mensaje del bot cuando termina un escenario del chatbot.</translation>
    </message>
    <message>
        <source>Status while connecting</source>
        <translation>Estado mientras se conecta</translation>
    </message>
    <message>
        <source>Under the window title until the widget reaches the server.</source>
        <translation>Debajo del título de la ventana hasta que el widget se conecta al servidor.</translation>
    </message>
    <message>
        <source>Greeting when the team is online</source>
        <translation>Saludo cuando el equipo está en línea</translation>
    </message>
    <message>
        <source>First in the chat window while someone in the team is online.</source>
        <translation>Al principio de la ventana del chat mientras alguien del equipo está en línea.</translation>
    </message>
    <message>
        <source>Greeting when the team is away</source>
        <translation>Saludo cuando el equipo está ausente</translation>
    </message>
    <message>
        <source>First in the chat window while nobody in the team is online.</source>
        <translation>Al principio de la ventana del chat mientras nadie del equipo está en línea.</translation>
    </message>
    <message>
        <source>Message box hint</source>
        <translation>Texto de ayuda del cuadro de mensaje</translation>
    </message>
    <message>
        <source>Inside the message box while it is empty.</source>
        <translation>Dentro del cuadro de mensaje mientras está vacío.</translation>
    </message>
    <message>
        <source>Send button</source>
        <translation>Botón de enviar</translation>
    </message>
    <message>
        <source>Tooltip of the button that sends a message; screen readers read it too.</source>
        <translation>Aparece al pasar el cursor sobre el botón que envía el mensaje; los lectores de pantalla también lo leen.</translation>
    </message>
    <message>
        <source>Open chat button</source>
        <translation>Botón de abrir el chat</translation>
    </message>
    <message>
        <source>Tooltip of the chat button in the page&apos;s corner while the window is closed.</source>
        <translation>Aparece al pasar el cursor sobre el botón del chat, en la esquina de la página, mientras la ventana está cerrada.</translation>
    </message>
    <message>
        <source>Close chat button</source>
        <translation>Botón de cerrar el chat</translation>
    </message>
    <message>
        <source>Tooltip of the × at the top of the window, and of the chat button while the window is open.</source>
        <translation>Aparece al pasar el cursor sobre la × de la parte superior de la ventana y sobre el botón del chat mientras la ventana está abierta.</translation>
    </message>
    <message>
        <source>Message list (screen readers)</source>
        <translation>Lista de mensajes (lectores de pantalla)</translation>
    </message>
    <message>
        <source>Read by screen readers for the list of messages.</source>
        <translation>Lo leen los lectores de pantalla para la lista de mensajes.</translation>
    </message>
    <message>
        <source>Operator is typing</source>
        <translation>Operador escribiendo</translation>
    </message>
    <message>
        <source>Under the messages while an operator writes a reply.</source>
        <translation>Debajo de los mensajes mientras un operador escribe una respuesta.</translation>
    </message>
    <message>
        <source>Message being sent</source>
        <translation>Mensaje enviándose</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s message until the server has it.</source>
        <translation>Debajo del mensaje del visitante hasta que el servidor lo recibe.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Mensaje no enviado</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s message when it could not be sent; a click sends it again.</source>
        <translation>Debajo del mensaje del visitante cuando no se pudo enviar; un clic lo vuelve a enviar.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexión perdida</translation>
    </message>
    <message>
        <source>Above the message box while the widget reconnects.</source>
        <translation>Encima del cuadro de mensaje mientras el widget se reconecta.</translation>
    </message>
    <message>
        <source>Unread replies (screen readers)</source>
        <translation>Respuestas no leídas (lectores de pantalla)</translation>
    </message>
    <message>
        <source>Read by screen readers after the number of unread replies on the chat button.</source>
        <translation>Lo leen los lectores de pantalla después del número de respuestas no leídas en el botón del chat.</translation>
    </message>
    <message>
        <source>Edited mark</source>
        <translation>Indicación de mensaje editado</translation>
    </message>
    <message>
        <source>Beside the time of a message that was edited.</source>
        <translation>Junto a la hora de un mensaje que se editó.</translation>
    </message>
    <message>
        <source>Receipt: sent</source>
        <translation>Confirmación: enviado</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s last message once the server has it.</source>
        <translation>Debajo del último mensaje del visitante cuando el servidor lo recibe.</translation>
    </message>
    <message>
        <source>Receipt: seen</source>
        <translation>Confirmación: visto</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s last message once an operator has read it.</source>
        <translation>Debajo del último mensaje del visitante cuando un operador lo lee.</translation>
    </message>
    <message>
        <source>Rating question</source>
        <translation>Pregunta de calificación</translation>
    </message>
    <message>
        <source>On the rating card at the end of the chat, once someone in the team has answered.</source>
        <translation>En la tarjeta de calificación, al final del chat, cuando alguien del equipo ya respondió.</translation>
    </message>
    <message>
        <source>Good rating button</source>
        <translation>Botón de calificación positiva</translation>
    </message>
    <message>
        <source>Tooltip of the thumbs-up on the rating card.</source>
        <translation>Aparece al pasar el cursor sobre el pulgar hacia arriba en la tarjeta de calificación.</translation>
    </message>
    <message>
        <source>Bad rating button</source>
        <translation>Botón de calificación negativa</translation>
    </message>
    <message>
        <source>Tooltip of the thumbs-down on the rating card.</source>
        <translation>Aparece al pasar el cursor sobre el pulgar hacia abajo en la tarjeta de calificación.</translation>
    </message>
    <message>
        <source>Rating comment hint</source>
        <translation>Texto de ayuda del comentario de la calificación</translation>
    </message>
    <message>
        <source>Inside the comment box, once the visitor has chosen a rating.</source>
        <translation>Dentro del cuadro de comentario, cuando el visitante ya eligió una calificación.</translation>
    </message>
    <message>
        <source>Send rating button</source>
        <translation>Botón de enviar la calificación</translation>
    </message>
    <message>
        <source>Under the comment box on the rating card.</source>
        <translation>Debajo del cuadro de comentario en la tarjeta de calificación.</translation>
    </message>
    <message>
        <source>Thanks for the rating</source>
        <translation>Agradecimiento por la calificación</translation>
    </message>
    <message>
        <source>On the rating card once the rating is sent.</source>
        <translation>En la tarjeta de calificación una vez enviada la calificación.</translation>
    </message>
    <message>
        <source>Last active: just now</source>
        <translation>Última actividad: hace un momento</translation>
    </message>
    <message>
        <source>Last active: minutes ago</source>
        <translation>Última actividad: hace minutos</translation>
    </message>
    <message>
        <source>Last active: hours ago</source>
        <translation>Última actividad: hace horas</translation>
    </message>
    <message>
        <source>Last active: yesterday</source>
        <translation>Última actividad: ayer</translation>
    </message>
    <message>
        <source>Last active: days ago</source>
        <translation>Última actividad: hace días</translation>
    </message>
    <message>
        <source>Attach file button</source>
        <translation>Botón de adjuntar archivo</translation>
    </message>
    <message>
        <source>Tooltip of the paper clip beside the message box.</source>
        <translation>Aparece al pasar el cursor sobre el clip junto al cuadro de mensaje.</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Archivo demasiado grande</translation>
    </message>
    <message>
        <source>Above the message box when a file is over the size limit. {n}: the limit in MB.</source>
        <translation>Encima del cuadro de mensaje cuando un archivo supera el límite de tamaño. {n}: el límite en MB.</translation>
    </message>
    <message>
        <source>File type not allowed</source>
        <translation>Tipo de archivo no permitido</translation>
    </message>
    <message>
        <source>Above the message box when a file of that type is refused.</source>
        <translation>Encima del cuadro de mensaje cuando se rechaza un archivo de ese tipo.</translation>
    </message>
    <message>
        <source>File not sent</source>
        <translation>Archivo no enviado</translation>
    </message>
    <message>
        <source>Above the message box when a file could not be sent.</source>
        <translation>Encima del cuadro de mensaje cuando no se pudo enviar un archivo.</translation>
    </message>
    <message>
        <source>File without a name</source>
        <translation>Archivo sin nombre</translation>
    </message>
    <message>
        <source>The link to an attached file whose name is unknown.</source>
        <translation>El enlace a un archivo adjunto cuyo nombre se desconoce.</translation>
    </message>
    <message>
        <source>Email request when the team is away</source>
        <translation>Solicitud de correo cuando el equipo está ausente</translation>
    </message>
    <message>
        <source>On the card that asks for the visitor&apos;s email once they have written while nobody in the team is online.</source>
        <translation>En la tarjeta que pide el correo del visitante después de que escribe mientras nadie del equipo está en línea.</translation>
    </message>
    <message>
        <source>Email box hint</source>
        <translation>Texto de ayuda del cuadro de correo</translation>
    </message>
    <message>
        <source>Inside the email box while it is empty.</source>
        <translation>Dentro del cuadro de correo mientras está vacío.</translation>
    </message>
    <message>
        <source>Save email button</source>
        <translation>Botón de guardar el correo</translation>
    </message>
    <message>
        <source>Beside the email box.</source>
        <translation>Junto al cuadro de correo.</translation>
    </message>
    <message>
        <source>Marketing email consent</source>
        <translation>Consentimiento para correos de marketing</translation>
    </message>
    <message>
        <source>Beside the tick box for news and offers, under the email box and in the contact form.</source>
        <translation>Junto a la casilla de novedades y ofertas, debajo del cuadro de correo y en el formulario de contacto.</translation>
    </message>
    <message>
        <source>Email saved</source>
        <translation>Correo guardado</translation>
    </message>
    <message>
        <source>On the email card once the address is saved. {email}: the address the visitor gave.</source>
        <translation>En la tarjeta de correo una vez guardada la dirección. {email}: la dirección que dio el visitante.</translation>
    </message>
    <message>
        <source>Group question</source>
        <translation>Pregunta sobre el grupo</translation>
    </message>
    <message>
        <source>Above the group buttons shown with the visitor&apos;s first message.</source>
        <translation>Encima de los botones de grupo que se muestran con el primer mensaje del visitante.</translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; group button</source>
        <translation>Botón de grupo &quot;No estoy seguro&quot;</translation>
    </message>
    <message>
        <source>The last group button, for visitors who do not know which group to choose.</source>
        <translation>El último botón de grupo, para los visitantes que no saben qué grupo elegir.</translation>
    </message>
    <message>
        <source>Group chosen</source>
        <translation>Grupo elegido</translation>
    </message>
    <message>
        <source>Under the greeting once the visitor has chosen a group. {group}: the group&apos;s name.</source>
        <translation>Debajo del saludo cuando el visitante ya eligió un grupo. {group}: el nombre del grupo.</translation>
    </message>
    <message>
        <source>Form invitation</source>
        <translation>Invitación al formulario</translation>
    </message>
    <message>
        <source>The bot&apos;s message asking the visitor to introduce themselves.</source>
        <translation>El mensaje del bot que pide al visitante que se presente.</translation>
    </message>
    <message>
        <source>Name question</source>
        <translation>Pregunta del nombre</translation>
    </message>
    <message>
        <source>Above the form&apos;s name field.</source>
        <translation>Encima del campo de nombre del formulario.</translation>
    </message>
    <message>
        <source>Email question</source>
        <translation>Pregunta del correo</translation>
    </message>
    <message>
        <source>Above the form&apos;s email field.</source>
        <translation>Encima del campo de correo del formulario.</translation>
    </message>
    <message>
        <source>Next button</source>
        <translation>Botón de avanzar</translation>
    </message>
    <message>
        <source>Tooltip of the arrow that goes on to the next question.</source>
        <translation>Aparece al pasar el cursor sobre la flecha que lleva a la siguiente pregunta.</translation>
    </message>
    <message>
        <source>Back button</source>
        <translation>Botón de volver</translation>
    </message>
    <message>
        <source>Under the form&apos;s questions, from the second one on.</source>
        <translation>Debajo de las preguntas del formulario, a partir de la segunda.</translation>
    </message>
    <message>
        <source>Skip button</source>
        <translation>Botón de omitir</translation>
    </message>
    <message>
        <source>Under the form&apos;s questions, unless messages wait for the form.</source>
        <translation>Debajo de las preguntas del formulario, salvo que los mensajes esperen al formulario.</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>Falta una respuesta obligatoria</translation>
    </message>
    <message>
        <source>Under a required question the visitor left empty.</source>
        <translation>Debajo de una pregunta obligatoria que el visitante dejó vacía.</translation>
    </message>
    <message>
        <source>Bot&apos;s thanks for the form</source>
        <translation>Agradecimiento del bot por el formulario</translation>
    </message>
    <message>
        <source>The bot&apos;s message once the visitor has filled in the form.</source>
        <translation>El mensaje del bot cuando el visitante completa el formulario.</translation>
    </message>
    <message>
        <source>Change details button</source>
        <translation>Botón de cambiar los datos</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s answers once the form is filled in.</source>
        <translation>Debajo de las respuestas del visitante una vez completado el formulario.</translation>
    </message>
    <message>
        <source>Messages wait for the form</source>
        <translation>Los mensajes esperan al formulario</translation>
    </message>
    <message>
        <source>Under the form when the website holds messages until it is filled in.</source>
        <translation>Debajo del formulario cuando el sitio retiene los mensajes hasta que se completa.</translation>
    </message>
    <message>
        <source>Message waiting for the form</source>
        <translation>Mensaje a la espera del formulario</translation>
    </message>
    <message>
        <source>Under a visitor&apos;s message held until the form is filled in.</source>
        <translation>Debajo de un mensaje del visitante retenido hasta que se complete el formulario.</translation>
    </message>
    <message>
        <source>Email error: spaces</source>
        <translation>Error en el correo: espacios</translation>
    </message>
    <message>
        <source>Under the email question when the address has spaces.</source>
        <translation>Debajo de la pregunta del correo cuando la dirección tiene espacios.</translation>
    </message>
    <message>
        <source>Email error: no @</source>
        <translation>Error en el correo: sin @</translation>
    </message>
    <message>
        <source>Under the email question when the address has no @, or more than one.</source>
        <translation>Debajo de la pregunta del correo cuando la dirección no tiene @ o tiene más de una.</translation>
    </message>
    <message>
        <source>Email error: part before the @</source>
        <translation>Error en el correo: parte antes de la @</translation>
    </message>
    <message>
        <source>Under the email question when the part before the @ is missing or not valid.</source>
        <translation>Debajo de la pregunta del correo cuando falta la parte antes de la @ o no es válida.</translation>
    </message>
    <message>
        <source>Email error: part after the @</source>
        <translation>Error en el correo: parte después de la @</translation>
    </message>
    <message>
        <source>Under the email question when what follows the @ is not like example.com.</source>
        <translation>Debajo de la pregunta del correo cuando lo que sigue a la @ no es como ejemplo.com.</translation>
    </message>
    <message>
        <source>Email error: too long</source>
        <translation>Error en el correo: demasiado largo</translation>
    </message>
    <message>
        <source>Under the email question when the address is too long.</source>
        <translation>Debajo de la pregunta del correo cuando la dirección es demasiado larga.</translation>
    </message>
    <message>
        <source>At the top of the chat window; also names the sender of a targeted message that has none.</source>
        <translation>En la parte superior de la ventana del chat; también identifica al remitente de un mensaje dirigido que no tiene nombre.</translation>
    </message>
    <message>
        <source>Beside the bot&apos;s name on its messages.</source>
        <translation>Junto al nombre del bot en sus mensajes.</translation>
    </message>
    <message>
        <source>Close targeted message button</source>
        <translation>Botón de cerrar el mensaje dirigido</translation>
    </message>
    <message>
        <source>Tooltip of the × on a targeted message or bot question shown above the chat button.</source>
        <translation>Aparece al pasar el cursor sobre la × de un mensaje dirigido o de una pregunta del bot que se muestra encima del botón del chat.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active.</source>
        <translation>Debajo del estado mientras nadie del equipo está en línea: cuándo estuvo activo alguien por última vez.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active. {n}: the number of minutes.</source>
        <translation>Debajo del estado mientras nadie del equipo está en línea: cuándo estuvo activo alguien por última vez. {n}: el número de minutos.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active. {n}: the number of hours.</source>
        <translation>Debajo del estado mientras nadie del equipo está en línea: cuándo estuvo activo alguien por última vez. {n}: el número de horas.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active. {n}: the number of days.</source>
        <translation>Debajo del estado mientras nadie del equipo está en línea: cuándo estuvo activo alguien por última vez. {n}: el número de días.</translation>
    </message>
</context>
<context>
    <name>papo::desk::WidgetTextsModel</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Tu texto</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::WidgetTextsPage</name>
    <message>
        <source>Restore default</source>
        <translation>Restaurar predeterminado</translation>
    </message>
    <message>
        <source>Visitors see the texts in their browser&apos;s language, or in the website&apos;s default language. Double-click &quot;Your text&quot; to change a text; leave it empty to use the default.</source>
        <translation>Los visitantes ven los textos en el idioma de su navegador o en el idioma predeterminado del sitio. Haz doble clic en &quot;Tu texto&quot; para cambiar un texto; déjalo vacío para usar el predeterminado.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugués (Brasil)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>papo::desk::WorkingHoursController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sin conexión con el servidor. Vuelve a intentarlo cuando estés conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::WorkingHoursDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>When a working day starts Papo sets you online, and when it ends, invisible. A day lasts from 1 to 23 hours; an end before the start runs past midnight.</source>
        <translation>Cuando empieza una jornada, Papo te pone en línea y, cuando termina, invisible. Una jornada dura de 1 a 23 horas; un fin anterior al inicio pasa de la medianoche.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>While you are invisible</source>
        <translation>Mientras estés invisible</translation>
    </message>
    <message>
        <source>Notify me of new chats if online operators are slow to respond</source>
        <translation>Avisarme de nuevos chats si los operadores en línea tardan en responder</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>when a visitor has waited longer than</source>
        <translation>cuando un visitante haya esperado más de</translation>
    </message>
    <message>
        <source>An administrator sets this for the whole team.</source>
        <translation>Un administrador define esto para todo el equipo.</translation>
    </message>
    <message>
        <source>The working hours were not saved: %1</source>
        <translation>El horario laboral no se guardó: %1</translation>
    </message>
    <message>
        <source>The alert option was not saved: %1</source>
        <translation>La opción de alerta no se guardó: %1</translation>
    </message>
</context>
</TS>
