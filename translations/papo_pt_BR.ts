<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AuthorName</name>
    <message>
        <source>Bot</source>
        <translation>Assistente virtual</translation>
    </message>
    <message>
        <source>%1 (bot)</source>
        <translation>%1 (assistente virtual)</translation>
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
        <translation>Arquivo: %1</translation>
    </message>
</context>
<context>
    <name>PhotoFileDialog</name>
    <message>
        <source>Choose your photo</source>
        <translation>Escolha sua foto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.gif)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.webp *.gif)</translation>
    </message>
</context>
<context>
    <name>WebsitePage</name>
    <message>
        <source>Website:</source>
        <translation>Site:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server to suggest at the first login.</source>
        <translation>Servidor sugerido no primeiro login.</translation>
    </message>
    <message>
        <source>A papo:// link or an invite link to open.</source>
        <translation>Um link papo:// ou um link de convite para abrir.</translation>
    </message>
</context>
<context>
    <name>papo::desk::AccessibleText</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>last message from %1: %2</source>
        <translation>última mensagem de %1: %2</translation>
    </message>
    <message>
        <source>last message: %1</source>
        <translation>última mensagem: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Aguardando na fila</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aberta</translation>
    </message>
    <message>
        <source>%1, on %2</source>
        <translation>%1, em %2</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, file %2</source>
        <translation>%1, arquivo %2</translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation>%1, editada</translation>
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
            <numerusform>A nova senha precisa de pelo menos %n caractere.</numerusform>
            <numerusform>A nova senha precisa de pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password is too long.</source>
        <translation>A nova senha é longa demais.</translation>
    </message>
    <message>
        <source>Not connected to the server. Try again in a moment.</source>
        <translation>Sem conexão com o servidor. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Your current password is not right.</source>
        <translation>Sua senha atual não está correta.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait a minute and try again.</source>
        <translation>Senhas erradas demais. Aguarde um minuto e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <source>The new password does not follow the rules: at least %n characters.</source>
        <translation>
            <numerusform>A nova senha não segue as regras: pelo menos %n caractere.</numerusform>
            <numerusform>A nova senha não segue as regras: pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>papo::desk::ActionConditionRow</name>
    <message>
        <source>is</source>
        <translation>é</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>não é</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contém</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>não contém</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>pelo menos</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>menos de</translation>
    </message>
    <message>
        <source>matches (* is any text)</source>
        <translation>corresponde a (* é qualquer texto)</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>no máximo</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>exatamente</translation>
    </message>
    <message>
        <source>is a number over</source>
        <translation>é um número acima de</translation>
    </message>
    <message>
        <source>is a number under</source>
        <translation>é um número abaixo de</translation>
    </message>
    <message>
        <source>is the number</source>
        <translation>é o número</translation>
    </message>
    <message>
        <source>is one of (1 = Monday … 7 = Sunday)</source>
        <translation>é um destes (1 = segunda … 7 = domingo)</translation>
    </message>
    <message>
        <source>is between (09:00-18:00)</source>
        <translation>está entre (09:00-18:00)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>returning</source>
        <translation>recorrente</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fechada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>live chat</source>
        <translation>chat ao vivo</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>messenger</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>Endereço da página</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Título da página</translation>
    </message>
    <message>
        <source>Time on the page (seconds)</source>
        <translation>Tempo na página (segundos)</translation>
    </message>
    <message>
        <source>Has not changed page for (seconds)</source>
        <translation>Não mudou de página há (segundos)</translation>
    </message>
    <message>
        <source>Time on the site (seconds)</source>
        <translation>Tempo no site (segundos)</translation>
    </message>
    <message>
        <source>Pages viewed this visit</source>
        <translation>Páginas vistas nesta visita</translation>
    </message>
    <message>
        <source>Came from (referrer)</source>
        <translation>Veio de (referência)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Browser language</source>
        <translation>Idioma do navegador</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Has chatted before</source>
        <translation>Já conversou antes</translation>
    </message>
    <message>
        <source>Chat window</source>
        <translation>Janela do chat</translation>
    </message>
    <message>
        <source>Widget mode</source>
        <translation>Modo do widget</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Visitor data (setVisitorData)</source>
        <translation>Dados do visitante (setVisitorData)</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Dia da semana</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora do dia</translation>
    </message>
    <message>
        <source>field name, e.g. cart value</source>
        <translation>nome do campo, ex.: valor do carrinho</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
</context>
<context>
    <name>papo::desk::ActionEditor</name>
    <message>
        <source>When operators are online (live chat)</source>
        <translation>Quando há operadores online (chat ao vivo)</translation>
    </message>
    <message>
        <source>When nobody is online (messenger)</source>
        <translation>Quando ninguém está online (messenger)</translation>
    </message>
    <message>
        <source>Save action</source>
        <translation>Salvar ação</translation>
    </message>
    <message>
        <source>Once per visit</source>
        <translation>Uma vez por visita</translation>
    </message>
    <message>
        <source>Once per visitor</source>
        <translation>Uma vez por visitante</translation>
    </message>
    <message>
        <source>On every page load</source>
        <translation>A cada carregamento de página</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Send a targeted message</source>
        <translation>Enviar uma mensagem direcionada</translation>
    </message>
    <message>
        <source>Open the chat window</source>
        <translation>Abrir a janela do chat</translation>
    </message>
    <message>
        <source>Assign the visitor to a group</source>
        <translation>Atribuir o visitante a um grupo</translation>
    </message>
    <message>
        <source>Empty: the live text. E.g. &quot;We&apos;ll get back to you soon.&quot;</source>
        <translation>Vazio: o texto ao vivo. Ex.: &quot;Entraremos em contato em breve.&quot;</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Adicionar condição</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Conditions (all must hold):</source>
        <translation>Condições (todas devem valer):</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Com que frequência:</translation>
    </message>
    <message>
        <source>After a delay of:</source>
        <translation>Depois de um atraso de:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>O quê:</translation>
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
        <source>Fires:</source>
        <translation>Dispara:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensagem:</translation>
    </message>
    <message>
        <source>Messenger message:</source>
        <translation>Mensagem no modo messenger:</translation>
    </message>
    <message>
        <source>The bot</source>
        <translation>O bot</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Any other language</source>
        <translation>Qualquer outro idioma</translation>
    </message>
    <message>
        <source>Visitors whose browser speaks a language with its own texts get those; everyone else gets the texts for any other language.</source>
        <translation>Visitantes cujo navegador fala um idioma com textos próprios recebem esses textos; os demais recebem os textos de qualquer outro idioma.</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>Idioma dos textos:</translation>
    </message>
    <message>
        <source>Empty: visitors who speak it get the text for any other language.</source>
        <translation>Vazio: quem fala este idioma recebe o texto de qualquer outro idioma.</translation>
    </message>
    <message>
        <source>Start a chatbot scenario</source>
        <translation>Iniciar um cenário de chatbot</translation>
    </message>
    <message>
        <source>Build one in Settings → Chatbot first</source>
        <translation>Crie um antes em Configurações → Chatbot</translation>
    </message>
    <message>
        <source>To start it only once the visitor opens the chat, add the condition &quot;Chat window&quot; is open. Try it on one page first: a page address only you visit, then the real pages once you like it.</source>
        <translation>Para iniciá-lo só depois que o visitante abrir o chat, adicione a condição &quot;Janela do chat&quot; aberta. Teste primeiro em uma página: um endereço que só você visita; depois, quando estiver satisfeito, as páginas reais.</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Cenário:</translation>
    </message>
</context>
<context>
    <name>papo::desk::ActionModel</name>
    <message numerus="yes">
        <source>Fired %n time(s) this week</source>
        <translation>
            <numerusform>Disparou %n vez nesta semana</numerusform>
            <numerusform>Disparou %n vezes nesta semana</numerusform>
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
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Greet the right visitor at the right moment: each action fires when all its conditions hold. Targeted messages never interrupt a chat and reach a visitor at most once every few minutes.</source>
        <translation>Fale com o visitante certo na hora certa: cada ação dispara quando todas as suas condições valem. Mensagens direcionadas nunca interrompem um chat e chegam a um visitante no máximo uma vez a cada poucos minutos.</translation>
    </message>
    <message>
        <source>Automatic actions</source>
        <translation>Ações automáticas</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nova ação</translation>
    </message>
    <message>
        <source>Blank action</source>
        <translation>Ação em branco</translation>
    </message>
    <message>
        <source>From template: %1</source>
        <translation>A partir do modelo: %1</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Excluir ação</translation>
    </message>
    <message>
        <source>Delete the action &quot;%1&quot;? Its firings stay in the reports.</source>
        <translation>Excluir a ação &quot;%1&quot;? Os disparos dela continuam nos relatórios.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Salvar regras</translation>
    </message>
    <message>
        <source>At most one targeted message per visitor every</source>
        <translation>No máximo uma mensagem direcionada por visitante a cada</translation>
    </message>
    <message>
        <source>Time zone for days and times:</source>
        <translation>Fuso horário para dias e horas:</translation>
    </message>
</context>
<context>
    <name>papo::desk::AddOperatorDialog</name>
    <message>
        <source>Loading the team…</source>
        <translation>Carregando a equipe…</translation>
    </message>
    <message>
        <source>Hand over: add them without joining this chat</source>
        <translation>Transferir: adicionar sem entrar nesta conversa</translation>
    </message>
    <message>
        <source>Add an operator to this chat</source>
        <translation>Adicionar um atendente a esta conversa</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Colegas de equipe</translation>
    </message>
    <message>
        <source>The visitor never learns you were here.</source>
        <translation>O visitante nunca saberá que você esteve aqui.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>invisible</source>
        <translation>invisível</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
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
        <translation>Quem deve entrar nesta conversa?</translation>
    </message>
    <message>
        <source>Everyone on the team is in this chat already.</source>
        <translation>Toda a equipe já está nesta conversa.</translation>
    </message>
    <message>
        <source>Hand over: they take this chat and you leave it</source>
        <translation>Transferir: o colega assume esta conversa e você sai dela</translation>
    </message>
    <message>
        <source>The teammate owns this chat from now on and it leaves your list. The visitor is not told.</source>
        <translation>A conversa passa a ser do colega e sai da sua lista. O visitante não é avisado.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Transferir</translation>
    </message>
</context>
<context>
    <name>papo::desk::Announcer</name>
    <message>
        <source>Latest news</source>
        <translation>Últimas novidades</translation>
    </message>
    <message>
        <source>You are online</source>
        <translation>Você está online</translation>
    </message>
    <message>
        <source>You are invisible</source>
        <translation>Você está invisível</translation>
    </message>
    <message>
        <source>You are offline</source>
        <translation>Você está offline</translation>
    </message>
    <message>
        <source>Disconnected from the server, reconnecting</source>
        <translation>Desconectado do servidor, reconectando</translation>
    </message>
</context>
<context>
    <name>papo::desk::AttachmentSender</name>
    <message>
        <source>%1 is too large to send.</source>
        <translation>%1 é grande demais para enviar.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vazio.</translation>
    </message>
    <message>
        <source>%1 is larger than the server accepts.</source>
        <translation>%1 é maior do que o servidor aceita.</translation>
    </message>
    <message>
        <source>%1 cannot be sent: only pictures, PDF, text, zip and office documents can.</source>
        <translation>%1 não pode ser enviado: só é possível enviar imagens, PDF, texto, zip e documentos de escritório.</translation>
    </message>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 não foi enviado: %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::ChangePasswordDialog</name>
    <message>
        <source>Log out my other devices</source>
        <translation>Sair da conta nos meus outros dispositivos</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters. A few words you use nowhere else make a strong password.</source>
        <translation>
            <numerusform>Use pelo menos %n caractere. Algumas palavras que você não usa em nenhum outro lugar formam uma senha forte.</numerusform>
            <numerusform>Use pelo menos %n caracteres. Algumas palavras que você não usa em nenhum outro lugar formam uma senha forte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every other computer signed in to your account has to log in again</source>
        <translation>Todos os outros computadores conectados à sua conta precisarão entrar de novo</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita a nova senha</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>As duas novas senhas não são iguais.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ChatController</name>
    <message numerus="yes">
        <source>The message is too long: at most %n characters.</source>
        <translation>
            <numerusform>A mensagem é longa demais: no máximo %n caractere.</numerusform>
            <numerusform>A mensagem é longa demais: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another operator is already answering this chat.</source>
        <translation>Outro operador já está atendendo este chat.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ChatbotController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sem conexão com o servidor. Tente de novo quando estiver conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ChatbotPage</name>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>The bot greets visitors and offers replies to choose from; each reply leads to the bot&apos;s next message, or hands the visitor to a person. An automatic action starts a scenario.</source>
        <translation>O bot cumprimenta os visitantes e oferece respostas para escolher; cada resposta leva à próxima mensagem do bot ou transfere o visitante para uma pessoa. Uma ação automática inicia o cenário.</translation>
    </message>
    <message>
        <source>Chatbot scenarios</source>
        <translation>Cenários do chatbot</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Cenário novo</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Excluir cenário</translation>
    </message>
    <message>
        <source>Delete the scenario &quot;%1&quot;?</source>
        <translation>Excluir o cenário &quot;%1&quot;?</translation>
    </message>
</context>
<context>
    <name>papo::desk::ComposerEdit</name>
    <message>
        <source>Write a reply. Enter sends, Shift+Enter starts a new line.</source>
        <translation>Escreva uma resposta. Enter envia, Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConnectionBanner</name>
    <message>
        <source>Connection status</source>
        <translation>Estado da conexão</translation>
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
        <source>Reconnect now</source>
        <translation>Reconectar agora</translation>
    </message>
    <message>
        <source>Not connected: the server&apos;s certificate is not trusted (%1).</source>
        <translation>Sem conexão: o certificado do servidor não é confiável (%1).</translation>
    </message>
</context>
<context>
    <name>papo::desk::ContactFormPage</name>
    <message>
        <source>Ticked: the visitor must answer it. Drag to reorder; double-click to rename.</source>
        <translation>Marcada: o visitante precisa responder. Arraste para reordenar; clique duas vezes para renomear.</translation>
    </message>
    <message>
        <source>The name is required</source>
        <translation>O nome é obrigatório</translation>
    </message>
    <message>
        <source>The email is required</source>
        <translation>O e-mail é obrigatório</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Adicionar pergunta</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Ask for consent to marketing email</source>
        <translation>Pedir consentimento para e-mails de marketing</translation>
    </message>
    <message>
        <source>Receive messages only when the contact form is filled</source>
        <translation>Receba mensagens apenas quando o formulário de contato for preenchido</translation>
    </message>
    <message>
        <source>Receive offline messages only when the contact form is filled</source>
        <translation>Receba mensagens offline apenas quando o formulário de contato for preenchido</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <source>If operators are slow to respond</source>
        <translation>Se os operadores demorarem a responder</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before the form is asked</source>
        <translation>Segundos até o formulário ser pedido</translation>
    </message>
    <message>
        <source>The website&apos;s own questions</source>
        <translation>As perguntas do próprio site</translation>
    </message>
    <message>
        <source>e.g. Company, Order number</source>
        <translation>p. ex. Empresa, Número do pedido</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nova pergunta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>Tipo de resposta</translation>
    </message>
    <message>
        <source>When the bot asks</source>
        <translation>Quando o bot pergunta</translation>
    </message>
    <message>
        <source>after</source>
        <translation>após</translation>
    </message>
    <message>
        <source>Team online:</source>
        <translation>Equipe online:</translation>
    </message>
    <message>
        <source>Always: the bot asks every visitor who writes.</source>
        <translation>Sempre: o bot pergunta a todo visitante que escreve.</translation>
    </message>
    <message>
        <source>Team offline:</source>
        <translation>Equipe offline:</translation>
    </message>
    <message>
        <source>The bot asks only after the visitor&apos;s first message, so targeted messages and chatbot scenarios go on undisturbed.</source>
        <translation>O bot só pergunta depois da primeira mensagem do visitante, então mensagens direcionadas e cenários do chatbot seguem sem interrupção.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>The bot asks for the name, then the email, then these, one at a time.</source>
        <translation>O bot pede o nome, depois o e-mail e então estas, uma de cada vez.</translation>
    </message>
    <message>
        <source>Anonymous visitors</source>
        <translation>Visitantes anônimos</translation>
    </message>
    <message>
        <source>Filling in the form is optional unless you choose otherwise: then the visitor cannot go on until it is filled, and no message or notification reaches the team before.</source>
        <translation>Preencher o formulário é opcional, a menos que você escolha o contrário: então o visitante não pode continuar até preenchê-lo, e nenhuma mensagem ou notificação chega à equipe antes disso.</translation>
    </message>
    <message>
        <source>Saved. The bot asks this way from the next message on.</source>
        <translation>Salvo. O bot pergunta assim a partir da próxima mensagem.</translation>
    </message>
    <message>
        <source>Needs the form asked always while the team is online</source>
        <translation>Exige que o formulário seja sempre pedido enquanto a equipe está online</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>After their first message, the bot asks visitors to introduce themselves</source>
        <translation>Após a primeira mensagem, o bot pede aos visitantes que se apresentem</translation>
    </message>
    <message>
        <source>Questions and timing</source>
        <translation>Perguntas e momento</translation>
    </message>
    <message>
        <source>The bot&apos;s words</source>
        <translation>As frases do bot</translation>
    </message>
</context>
<context>
    <name>papo::desk::ContactFormStatus</name>
    <message>
        <source>Filled in · %1</source>
        <translation>Preenchido · %1</translation>
    </message>
    <message>
        <source>Skipped · %1</source>
        <translation>Recusado · %1</translation>
    </message>
    <message>
        <source>Asked · %1, not filled in yet</source>
        <translation>Pedido · %1, ainda não preenchido</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Não pedido</translation>
    </message>
    <message>
        <source>Agreed to marketing email · %1</source>
        <translation>Aceitou e-mails de marketing · %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationActions</name>
    <message>
        <source>Not connected to the server.</source>
        <translation>Sem conexão com o servidor.</translation>
    </message>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sem conexão com o servidor; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Only the operators in this chat may do that.</source>
        <translation>Só os atendentes desta conversa podem fazer isso.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationDelegate</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>closed · %1</source>
        <translation>encerrada · %1</translation>
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
        <translation>Fila</translation>
    </message>
    <message>
        <source>My chats</source>
        <translation>Meus chats</translation>
    </message>
    <message>
        <source>Chats waiting for a reply from anyone</source>
        <translation>Chats aguardando a resposta de alguém da equipe</translation>
    </message>
    <message>
        <source>Chats you are handling</source>
        <translation>Chats que você está atendendo</translation>
    </message>
    <message>
        <source>Queue (%1)</source>
        <translation>Fila (%1)</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Meus (%1)</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meus</translation>
    </message>
    <message>
        <source>Dismiss from the queue</source>
        <translation>Remover da fila</translation>
    </message>
    <message>
        <source>Closed chats</source>
        <translation>Conversas encerradas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerradas</translation>
    </message>
    <message>
        <source>Resolved chats; they reopen when the visitor writes again</source>
        <translation>Conversas resolvidas; reabrem quando o visitante escreve de novo</translation>
    </message>
    <message>
        <source>Show the chats of</source>
        <translation>Mostrar os chats de</translation>
    </message>
    <message>
        <source>Show the chats of one group only</source>
        <translation>Mostrar só os chats de um grupo</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
</context>
<context>
    <name>papo::desk::ConversationSearch</name>
    <message>
        <source>Search all conversations</source>
        <translation>Buscar em todas as conversas</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversas</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da busca</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nada encontrado para “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n mensagem encontrada</numerusform>
            <numerusform>%n mensagens encontradas</numerusform>
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
        <translation>Escolha um chat na Fila ou em Meus para vê-lo aqui.</translation>
    </message>
    <message>
        <source>Load earlier messages</source>
        <translation>Carregar mensagens anteriores</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Aguardando na fila</translation>
    </message>
    <message>
        <source>You are handling this chat</source>
        <translation>Você está atendendo este chat</translation>
    </message>
    <message>
        <source>Handled by a teammate</source>
        <translation>Atendido por um colega</translation>
    </message>
    <message>
        <source>%1 · on %2</source>
        <translation>%1 · em %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>The visitor is typing…</source>
        <translation>O visitante está digitando…</translation>
    </message>
    <message>
        <source>The visitor is typing: %1</source>
        <translation>O visitante está digitando: %1</translation>
    </message>
    <message>
        <source>Rated good</source>
        <translation>Avaliado como bom</translation>
    </message>
    <message>
        <source>Rated bad</source>
        <translation>Avaliado como ruim</translation>
    </message>
    <message>
        <source>Editing your message · Enter saves, Esc cancels</source>
        <translation>Editando sua mensagem · Enter salva, Esc cancela</translation>
    </message>
    <message>
        <source>Add operator…</source>
        <translation>Adicionar atendente…</translation>
    </message>
    <message>
        <source>Bring a teammate into this chat, or hand it over</source>
        <translation>Chame um colega para esta conversa ou transfira-a</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Encerrar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Put this chat back among the open ones</source>
        <translation>Devolver esta conversa às abertas</translation>
    </message>
    <message>
        <source>Mark this chat as resolved; it reopens when the visitor writes again</source>
        <translation>Marcar esta conversa como resolvida; ela reabre quando o visitante escrever de novo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Encerrada</translation>
    </message>
    <message>
        <source>Send a picture or a file</source>
        <translation>Enviar uma imagem ou um arquivo</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Anexar arquivo</translation>
    </message>
    <message>
        <source>Sending the file…</source>
        <translation>Enviando o arquivo…</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar arquivo</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.csv *.zip *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;All files (*)</source>
        <translation>Imagens e documentos (*.png *.jpg *.jpeg *.gif *.webp *.pdf *.txt *.csv *.zip *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.odt *.ods *.odp);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Visitors who left their email get unread replies by email. Answers sent from your mail client do not appear in the chat widget.</source>
        <translation>Visitantes que deixaram o e-mail recebem por e-mail as respostas que não leram. Respostas enviadas pelo seu programa de e-mail não aparecem no chat do site.</translation>
    </message>
    <message>
        <source>Export to Help Scout</source>
        <translation>Exportar para o Help Scout</translation>
    </message>
    <message>
        <source>Copy this chat into your Help Scout mailbox, filed under the visitor&apos;s email</source>
        <translation>Copiar este chat para a sua caixa no Help Scout, arquivado sob o e-mail do visitante</translation>
    </message>
</context>
<context>
    <name>papo::desk::CsvDownload</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Only owners and admins may download this.</source>
        <translation>Só proprietários e administradores podem baixar isto.</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeliveriesPage</name>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Não foi preciso</translation>
    </message>
    <message>
        <source>Transcript to the team</source>
        <translation>Histórico para a equipe</translation>
    </message>
    <message>
        <source>Offline message to the team</source>
        <translation>Mensagem offline para a equipe</translation>
    </message>
    <message>
        <source>Reply to the visitor</source>
        <translation>Resposta ao visitante</translation>
    </message>
    <message>
        <source>Webhook %1 to %2</source>
        <translation>Webhook %1 para %2</translation>
    </message>
    <message>
        <source>New chat to Slack</source>
        <translation>Nova conversa para o Slack</translation>
    </message>
    <message>
        <source>Offline message to Slack</source>
        <translation>Mensagem offline para o Slack</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Chat exported to Help Scout</source>
        <translation>Chat exportado para o Help Scout</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeskActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atalhos de &amp;teclado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Answer the longest-waiting chat</source>
        <translation>&amp;Atender a conversa que espera há mais tempo</translation>
    </message>
    <message>
        <source>Opens the chat that has waited longest in the queue, ready for your reply</source>
        <translation>Abre a conversa que espera há mais tempo na fila, pronta para a sua resposta</translation>
    </message>
    <message>
        <source>&amp;Next chat in the list</source>
        <translation>&amp;Próxima conversa da lista</translation>
    </message>
    <message>
        <source>&amp;Previous chat in the list</source>
        <translation>Conversa a&amp;nterior da lista</translation>
    </message>
    <message>
        <source>&amp;Write a reply</source>
        <translation>&amp;Escrever uma resposta</translation>
    </message>
    <message>
        <source>&amp;Close the chat</source>
        <translation>E&amp;ncerrar a conversa</translation>
    </message>
    <message>
        <source>&amp;Reopen the chat</source>
        <translation>&amp;Reabrir a conversa</translation>
    </message>
    <message>
        <source>A&amp;dd an operator…</source>
        <translation>A&amp;dicionar atendente…</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Transferir…</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meus</translation>
    </message>
    <message>
        <source>C&amp;losed</source>
        <translation>&amp;Encerradas</translation>
    </message>
    <message>
        <source>&amp;Chats</source>
        <translation>&amp;Chats</translation>
    </message>
    <message>
        <source>&amp;Visitors online</source>
        <translation>&amp;Visitantes online</translation>
    </message>
    <message>
        <source>&amp;Saved replies</source>
        <translation>&amp;Respostas prontas</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>E&amp;quipe</translation>
    </message>
    <message>
        <source>Search &amp;conversations</source>
        <translation>&amp;Buscar conversas</translation>
    </message>
    <message>
        <source>&amp;Online</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <source>&amp;Invisible</source>
        <translation>&amp;Invisível</translation>
    </message>
    <message>
        <source>O&amp;ffline</source>
        <translation>O&amp;ffline</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>No chat is waiting in the queue.</source>
        <translation>Nenhuma conversa aguarda na fila.</translation>
    </message>
    <message>
        <source>Search all conversations</source>
        <translation>Buscar em todas as conversas</translation>
    </message>
    <message>
        <source>Your status: %1 online, %2 invisible, %3 offline</source>
        <translation>Seu status: %1 online, %2 invisível, %3 offline</translation>
    </message>
    <message>
        <source>Bring a teammate into this chat, or hand it over</source>
        <translation>Chame um colega para esta conversa ou transfira-a</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeskApp</name>
    <message>
        <source>Wrong email or password</source>
        <translation>E-mail ou senha incorretos</translation>
    </message>
    <message>
        <source>Too many attempts, wait a minute</source>
        <translation>Tentativas demais, aguarde um minuto</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Não foi possível acessar o servidor: %1</translation>
    </message>
    <message>
        <source>The server could not log you in (HTTP %1). Try again later.</source>
        <translation>O servidor não conseguiu fazer seu login (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Sua sessão terminou. Entre novamente.</translation>
    </message>
    <message>
        <source>Your working day has started</source>
        <translation>Seu expediente começou</translation>
    </message>
    <message>
        <source>You are online.</source>
        <translation>Você está online.</translation>
    </message>
    <message>
        <source>Your working day has ended</source>
        <translation>Seu expediente terminou</translation>
    </message>
    <message>
        <source>New chats no longer notify you until your next working day.</source>
        <translation>Novos chats não notificam você até o próximo expediente.</translation>
    </message>
    <message>
        <source>your team&apos;s administrator</source>
        <translation>quem administra a sua equipe</translation>
    </message>
    <message>
        <source>This invite was already used. If you already joined, log in with your email and password; if not, ask %1 for a new invite.</source>
        <translation>Este convite já foi usado. Se você já entrou para a equipe, entre com seu e-mail e sua senha; se não, peça um novo convite para %1.</translation>
    </message>
    <message>
        <source>This invite expired on %1. Ask %2 for a new one.</source>
        <translation>Este convite expirou em %1. Peça um novo para %2.</translation>
    </message>
    <message>
        <source>This invite link does not work. Check that you copied all of it, or ask whoever invited you for a new one.</source>
        <translation>Este link de convite não funciona. Confira se você copiou o link inteiro ou peça um novo para quem convidou você.</translation>
    </message>
    <message>
        <source>There is already an account for %1: log in with it.</source>
        <translation>Já existe uma conta para %1: entre com ela.</translation>
    </message>
    <message>
        <source>The password does not follow the rules: %1</source>
        <translation>A senha não segue as regras: %1</translation>
    </message>
    <message>
        <source>The server could not do it (HTTP %1). Try again later.</source>
        <translation>O servidor não conseguiu concluir (HTTP %1). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Papo did not connect (%1). Ask whoever runs the server for a valid certificate, for example from Let&apos;s Encrypt.</source>
        <translation>O certificado do servidor não é confiável, por isso o Papo não se conectou (%1). Peça a quem administra o servidor um certificado válido, por exemplo do Let&apos;s Encrypt.</translation>
    </message>
</context>
<context>
    <name>papo::desk::DeviceModel</name>
    <message>
        <source>Unnamed device</source>
        <translation>Dispositivo sem nome</translation>
    </message>
    <message>
        <source>%1 (this device)</source>
        <translation>%1 (este dispositivo)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
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
        <translation>Endereço</translation>
    </message>
</context>
<context>
    <name>papo::desk::DevicesDialog</name>
    <message>
        <source>Log out</source>
        <translation>Sair da conta</translation>
    </message>
    <message>
        <source>Log out everywhere…</source>
        <translation>Sair em todos os dispositivos…</translation>
    </message>
    <message>
        <source>My devices</source>
        <translation>Meus dispositivos</translation>
    </message>
    <message>
        <source>Where your account is signed in to papo-desk. Log out a computer you no longer use, or every one if you think someone else knows your password.</source>
        <translation>Onde a sua conta está conectada ao papo-desk. Saia de um computador que você não usa mais, ou de todos se achar que alguém sabe a sua senha.</translation>
    </message>
    <message>
        <source>Log out everywhere</source>
        <translation>Sair em todos os dispositivos</translation>
    </message>
    <message>
        <source>Log out of papo-desk on every device, this one too? Each of them, this one included, has to log in again with your password.</source>
        <translation>Sair do papo-desk em todos os dispositivos, inclusive neste? Cada um deles, este também, vai precisar entrar de novo com a sua senha.</translation>
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
        <translation>Começando…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 linhas</translation>
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
        <translation>Sem conexão com o servidor. Tente de novo quando estiver conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::EmailSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Enviar e-mail de teste</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.exemplo.com.br</translation>
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
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Shop &lt;chat@shop.example&gt;</source>
        <translation>Loja &lt;chat@loja.com.br&gt;</translation>
    </message>
    <message>
        <source>team@shop.example, owner@shop.example</source>
        <translation>equipe@loja.com.br, dono@loja.com.br</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>you@shop.example</source>
        <translation>voce@loja.com.br</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Segurança:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuário:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Senha:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Remetente:</translation>
    </message>
    <message>
        <source>Team addresses:</source>
        <translation>Endereços da equipe:</translation>
    </message>
    <message>
        <source>Email unread replies to visitors after:</source>
        <translation>Enviar por e-mail respostas não lidas aos visitantes após:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sem alteração)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salva.</translation>
    </message>
    <message>
        <source>Enter the address the test email goes to.</source>
        <translation>Informe o endereço que recebe o e-mail de teste.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent. The mail server answered: %1</source>
        <translation>Enviado. O servidor de e-mail respondeu: %1</translation>
    </message>
    <message>
        <source>Not sent. The mail server answered: %1</source>
        <translation>Não enviado. O servidor de e-mail respondeu: %1</translation>
    </message>
    <message>
        <source>Empty: the team addresses above</source>
        <translation>Vazio: os endereços da equipe acima</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupo:</translation>
    </message>
    <message>
        <source>The group&apos;s own addresses:</source>
        <translation>Endereços próprios do grupo:</translation>
    </message>
    <message>
        <source>Transcripts of closed chats and messages written while nobody is online go to the team addresses; a group&apos;s own addresses replace them for that group&apos;s chats. Visitors who gave their email get the replies they have not read. Answers you send from your mail client go to the visitor&apos;s inbox and do not appear in the chat widget.</source>
        <translation>O histórico dos chats encerrados e as mensagens escritas enquanto ninguém está online vão para os endereços da equipe; os endereços próprios de um grupo os substituem nos chats desse grupo. Visitantes que deixaram o e-mail recebem as respostas que não leram. Respostas que você envia pelo seu programa de e-mail vão para a caixa de entrada do visitante e não aparecem no chat do site.</translation>
    </message>
</context>
<context>
    <name>papo::desk::GroupController</name>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sem conexão com o servidor; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Only owners and admins may change groups.</source>
        <translation>Só proprietários e administradores podem alterar os grupos.</translation>
    </message>
    <message>
        <source>This group no longer exists.</source>
        <translation>Este grupo não existe mais.</translation>
    </message>
    <message>
        <source>The server refused a value: %1</source>
        <translation>O servidor recusou um valor: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::GroupModel</name>
    <message>
        <source>Pages name it %1</source>
        <translation>As páginas o chamam de %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::GroupsSettingsPage</name>
    <message>
        <source>Website:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>A chat that belongs to a group reaches only its operators; chats without a group reach everyone. Owners and admins see every chat.</source>
        <translation>Um chat de um grupo chega só aos atendentes do grupo; os chats sem grupo chegam a todos. Proprietários e administradores veem todos os chats.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>New group, e.g. Sales</source>
        <translation>Novo grupo, por exemplo Vendas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>O grupo</translation>
    </message>
    <message>
        <source>What pages name the group by: lower-case letters, digits, - and _</source>
        <translation>Como as páginas chamam o grupo: letras minúsculas, dígitos, - e _</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Delete group…</source>
        <translation>Excluir grupo…</translation>
    </message>
    <message>
        <source>Operators of the group</source>
        <translation>Atendentes do grupo</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>On the pages whose visitors this group answers, put this line before the widget&apos;s snippet:</source>
        <translation>Nas páginas cujos visitantes este grupo atende, coloque esta linha antes do código do widget:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Key (PapoGroupID)</source>
        <translation>Chave (PapoGroupID)</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Atendentes</translation>
    </message>
    <message>
        <source>The visitor chooses</source>
        <translation>O visitante escolhe</translation>
    </message>
    <message>
        <source>Ask visitors without a group to choose one with their first message</source>
        <translation>Pedir aos visitantes sem grupo que escolham um com a primeira mensagem</translation>
    </message>
    <message>
        <source>Offer &quot;Not sure&quot;: the chat then reaches every online operator</source>
        <translation>Oferecer &quot;Não tenho certeza&quot;: o chat então chega a todos os atendentes online</translation>
    </message>
    <message>
        <source>Not asked while no group has an operator online, nor of visitors who already have a group.</source>
        <translation>A pergunta não aparece enquanto nenhum grupo tiver atendente online, nem para visitantes que já têm grupo.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Excluir grupo</translation>
    </message>
    <message>
        <source>Delete the group &quot;%1&quot;? Its chats stay and reach every operator.</source>
        <translation>Excluir o grupo &quot;%1&quot;? Os chats dele continuam e passam a chegar a todos os atendentes.</translation>
    </message>
</context>
<context>
    <name>papo::desk::HelpScoutController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sem conexão com o servidor. Tente de novo quando estiver conectado.</translation>
    </message>
    <message>
        <source>Not exported to Help Scout: %1</source>
        <translation>Não exportado para o Help Scout: %1</translation>
    </message>
    <message>
        <source>This chat is already in Help Scout, as it is now.</source>
        <translation>Este chat já está no Help Scout, como está agora.</translation>
    </message>
    <message>
        <source>Exporting to Help Scout: the chat appears there in a moment.</source>
        <translation>Exportando para o Help Scout: o chat aparece lá em instantes.</translation>
    </message>
</context>
<context>
    <name>papo::desk::HelpScoutPage</name>
    <message>
        <source>Export every chat to Help Scout when it is closed</source>
        <translation>Exportar cada chat para o Help Scout quando for encerrado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>e.g. 85</source>
        <translation>ex.: 85</translation>
    </message>
    <message>
        <source>Chats become Help Scout conversations, filed under the visitor&apos;s email. In Help Scout, create an app under Your Profile → My Apps and paste its App ID and App Secret here; the mailbox ID is the number in the address of the mailbox&apos;s settings page. Operators then find &quot;Export to Help Scout&quot; above each chat.</source>
        <translation>Os chats viram conversas do Help Scout, arquivadas sob o e-mail do visitante. No Help Scout, crie um app em Your Profile → My Apps e cole aqui o App ID e o App Secret dele; o ID da caixa é o número no endereço da página de configurações da caixa. Os atendentes passam a ver &quot;Exportar para o Help Scout&quot; acima de cada chat.</translation>
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
        <translation>ID da caixa:</translation>
    </message>
    <message>
        <source>API address:</source>
        <translation>Endereço da API:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sem alteração)</translation>
    </message>
    <message>
        <source>Enter the App ID of your Help Scout app.</source>
        <translation>Informe o App ID do seu app do Help Scout.</translation>
    </message>
    <message>
        <source>Connected to Help Scout.</source>
        <translation>Conectado ao Help Scout.</translation>
    </message>
    <message>
        <source>Disconnected from Help Scout.</source>
        <translation>Desconectado do Help Scout.</translation>
    </message>
</context>
<context>
    <name>papo::desk::IntegrationsController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sem conexão com o servidor. Tente de novo quando estiver conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::IntegrationsPage</name>
    <message>
        <source>Chat started</source>
        <translation>Conversa iniciada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Chat closed</source>
        <translation>Conversa encerrada</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Visitor data changed</source>
        <translation>Dados do visitante alterados</translation>
    </message>
    <message>
        <source>Form filled</source>
        <translation>Formulário preenchido</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Adicionar webhook</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Excluir webhook</translation>
    </message>
    <message>
        <source>Save Slack URL</source>
        <translation>Salvar URL do Slack</translation>
    </message>
    <message>
        <source>Save addresses</source>
        <translation>Salvar endereços</translation>
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
        <translation>https://exemplo.com.br/eventos-papo</translation>
    </message>
    <message>
        <source>This webhook&apos;s secret, shown only now: copy it into your receiver to check each request&apos;s X-Papo-Signature.</source>
        <translation>O segredo deste webhook, mostrado só agora: copie-o para o seu receptor conferir o X-Papo-Signature de cada requisição.</translation>
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
        <translation>Site:</translation>
    </message>
    <message>
        <source>Incoming webhook URL:</source>
        <translation>URL do webhook de entrada:</translation>
    </message>
    <message>
        <source>New chats and messages written while nobody is online are posted to the channel of this Slack incoming webhook. Leave it empty for none.</source>
        <translation>Novas conversas e mensagens escritas quando ninguém está online são publicadas no canal deste webhook de entrada do Slack. Deixe em branco para não publicar.</translation>
    </message>
    <message>
        <source>Internal addresses</source>
        <translation>Endereços internos</translation>
    </message>
    <message>
        <source>10.0.0.5, fd00::5</source>
        <translation>10.0.0.5, fd00::5</translation>
    </message>
    <message>
        <source>Webhooks and Slack never reach loopback, private or link-local addresses. When a receiver lives on your network, allow its exact address here.</source>
        <translation>Webhooks e Slack nunca acessam endereços de loopback, privados ou link-local. Quando um receptor estiver na sua rede, permita aqui o endereço exato dele.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Escolha pelo menos um evento.</translation>
    </message>
    <message>
        <source>Webhook added.</source>
        <translation>Webhook adicionado.</translation>
    </message>
    <message>
        <source>Webhook deleted.</source>
        <translation>Webhook excluído.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>Each event you choose is sent to the URL as JSON, signed with the webhook&apos;s secret.</source>
        <translation>Cada evento escolhido é enviado à URL em JSON, assinado com o segredo do webhook.</translation>
    </message>
</context>
<context>
    <name>papo::desk::JoinForm</name>
    <message>
        <source>Join the team</source>
        <translation>Entrar para a equipe</translation>
    </message>
    <message>
        <source>Join your team</source>
        <translation>Entre para a sua equipe</translation>
    </message>
    <message>
        <source>e.g. João or João Araújo</source>
        <translation>ex.: João ou João Araújo</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Back to log in</source>
        <translation>Voltar para o login</translation>
    </message>
    <message>
        <source>Paste the invite link you received:</source>
        <translation>Cole o link de convite que você recebeu:</translation>
    </message>
    <message>
        <source>This is not an invite link. It looks like https://chat.example.com/invite#… — copy all of it from the message you received.</source>
        <translation>Isto não é um link de convite. Ele se parece com https://chat.example.com/invite#… — copie o link inteiro da mensagem que você recebeu.</translation>
    </message>
    <message>
        <source>Looking up the invite…</source>
        <translation>Consultando o convite…</translation>
    </message>
    <message>
        <source>Your team&apos;s administrator</source>
        <translation>Quem administra a sua equipe</translation>
    </message>
    <message>
        <source>%1 invited you to join the team on Papo as %2.</source>
        <translation>%1 convidou você para a equipe no Papo, como %2.</translation>
    </message>
    <message>
        <source>%1 invited you to join %2 on Papo as %3.</source>
        <translation>%1 convidou você para a equipe %2 no Papo, como %3.</translation>
    </message>
    <message>
        <source>Your account: %1</source>
        <translation>Sua conta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters for the password.</source>
        <translation>
            <numerusform>Use pelo menos %n caractere na senha.</numerusform>
            <numerusform>Use pelo menos %n caracteres na senha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Entrando…</translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation>
            <numerusform>A senha precisa de pelo menos %n caractere.</numerusform>
            <numerusform>A senha precisa de pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>A senha é longa demais.</translation>
    </message>
</context>
<context>
    <name>papo::desk::LoginDialog</name>
    <message>
        <source>Log in to Papo</source>
        <translation>Entrar no Papo</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@exemplo.com.br</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://chat.example.com</source>
        <translation>Informe o endereço do servidor, por exemplo https://chat.exemplo.com.br</translation>
    </message>
    <message>
        <source>Log in with your email and password, or join your team with the invite link you received.</source>
        <translation>Entre com seu e-mail e sua senha, ou entre para a sua equipe com o link de convite que você recebeu.</translation>
    </message>
    <message>
        <source>Joining a team? Use your invite link</source>
        <translation>Vai entrar para uma equipe? Use seu link de convite</translation>
    </message>
    <message>
        <source>Join your team</source>
        <translation>Entre para a sua equipe</translation>
    </message>
</context>
<context>
    <name>papo::desk::MainWindow</name>
    <message>
        <source>Papo</source>
        <translation>Papo</translation>
    </message>
    <message>
        <source>Your reply was not sent: %1</source>
        <translation>Sua resposta não foi enviada: %1</translation>
    </message>
    <message>
        <source>&amp;Papo</source>
        <translation>&amp;Papo</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Sai&amp;r da conta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Fechar o Papo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>Visitors online (%1)</source>
        <translation>Visitantes online (%1)</translation>
    </message>
    <message>
        <source>Visitors online</source>
        <translation>Visitantes online</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation>&amp;Horário de trabalho…</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Alterar &amp;senha…</translation>
    </message>
    <message>
        <source>My &amp;devices…</source>
        <translation>Meus &amp;dispositivos…</translation>
    </message>
    <message>
        <source>Your password was changed and your other devices were logged out.</source>
        <translation>Sua senha foi alterada e seus outros dispositivos saíram da conta.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Sua senha foi alterada.</translation>
    </message>
    <message>
        <source>(%1) Papo</source>
        <translation>(%1) Papo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Automatic actions</source>
        <translation>Ações automáticas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrações</translation>
    </message>
    <message>
        <source>Help Scout</source>
        <translation>Help Scout</translation>
    </message>
    <message>
        <source>Chatbot</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulário de contato</translation>
    </message>
</context>
<context>
    <name>papo::desk::MessageDelegate</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviada: %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Seen by the visitor</source>
        <translation>Vista pelo visitante</translation>
    </message>
    <message>
        <source>Message actions</source>
        <translation>Ações da mensagem</translation>
    </message>
</context>
<context>
    <name>papo::desk::MessageModel</name>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitante</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>não enviada: %1</translation>
    </message>
    <message>
        <source>seen by the visitor</source>
        <translation>vista pelo visitante</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
</context>
<context>
    <name>papo::desk::OneTimeLinkDialog</name>
    <message>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
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
        <translation>Não foi possível ler %1.</translation>
    </message>
    <message>
        <source>The picture is larger than 5 MiB. Choose a smaller one.</source>
        <translation>A imagem tem mais de 5 MiB. Escolha uma menor.</translation>
    </message>
    <message>
        <source>This file is not a picture Papo can use. Choose a PNG, JPEG, WebP or GIF picture.</source>
        <translation>Este arquivo não é uma imagem que o Papo possa usar. Escolha uma imagem PNG, JPEG, WebP ou GIF.</translation>
    </message>
    <message>
        <source>Only owners and admins can do this.</source>
        <translation>Só proprietários e administradores podem fazer isso.</translation>
    </message>
    <message>
        <source>Could not reach the server: %1</source>
        <translation>Não foi possível acessar o servidor: %1</translation>
    </message>
    <message>
        <source>The server did not take the picture (HTTP %1).</source>
        <translation>O servidor não aceitou a imagem (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>papo::desk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>A new chat in the queue</source>
        <translation>Uma nova conversa na fila</translation>
    </message>
    <message>
        <source>A new message in my chats</source>
        <translation>Uma nova mensagem nas minhas conversas</translation>
    </message>
    <message>
        <source>I am invited into a chat</source>
        <translation>Sou chamado para uma conversa</translation>
    </message>
    <message>
        <source>Volume: %1</source>
        <translation>Volume: %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Tocar</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Tocar: %1</translation>
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
        <translation>Enquanto uma conversa espera na fila, alertar de novo a cada</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Cores</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Papo changes language the next time it starts.</source>
        <translation>O Papo muda de idioma na próxima vez que for aberto.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ProfileSetupDialog</name>
    <message>
        <source>Choose photo…</source>
        <translation>Escolher foto…</translation>
    </message>
    <message>
        <source>Complete your profile</source>
        <translation>Complete seu perfil</translation>
    </message>
    <message>
        <source>Visitors see your name, title and photo when you answer. A friendly, real photo builds much more trust than a logo.</source>
        <translation>Os visitantes veem seu nome, cargo e foto quando você responde. Uma foto verdadeira e simpática passa muito mais confiança do que um logotipo.</translation>
    </message>
    <message>
        <source>e.g. João or João Araújo</source>
        <translation>ex.: João ou João Araújo</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>ex.: Atendimento ao cliente</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Photo updated.</source>
        <translation>Foto atualizada.</translation>
    </message>
    <message>
        <source>Welcome to Papo, %1!</source>
        <translation>Boas-vindas ao Papo, %1!</translation>
    </message>
    <message>
        <source>Welcome to Papo!</source>
        <translation>Boas-vindas ao Papo!</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Enviando a foto…</translation>
    </message>
</context>
<context>
    <name>papo::desk::ReportsView</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
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
        <translation>Por dia</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mês</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <source>Widget</source>
        <translation>Widget</translation>
    </message>
    <message>
        <source>Targeted messages</source>
        <translation>Mensagens direcionadas</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
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
        <translation>Primeira resposta (mediana)</translation>
    </message>
    <message>
        <source>First response (90th percentile)</source>
        <translation>Primeira resposta (percentil 90)</translation>
    </message>
    <message>
        <source>Response time (median)</source>
        <translation>Tempo de resposta (mediana)</translation>
    </message>
    <message>
        <source>Chat duration (median)</source>
        <translation>Duração do chat (mediana)</translation>
    </message>
    <message>
        <source>Online time</source>
        <translation>Tempo online</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>Não foi possível carregar o relatório: %1</translation>
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
        <translation>Ninguém (não atendido)</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>Salvar CSV…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Salvar o relatório como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be saved: %1</source>
        <translation>Não foi possível salvar o arquivo CSV: %1</translation>
    </message>
    <message>
        <source>Export visitors&apos; emails…</source>
        <translation>Exportar e-mails dos visitantes…</translation>
    </message>
    <message>
        <source>Satisfaction (share rated good)</source>
        <translation>Satisfação (% de avaliações boas)</translation>
    </message>
    <message>
        <source>Saving the CSV file was cancelled; no file was written.</source>
        <translation>O salvamento do arquivo CSV foi cancelado; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>The report is saved in %1 (%2 rows).</source>
        <translation>O relatório foi salvo em %1 (%2 linhas).</translation>
    </message>
    <message>
        <source>% of ratings</source>
        <translation>% das avaliações</translation>
    </message>
</context>
<context>
    <name>papo::desk::SavedRepliesView</name>
    <message>
        <source>New reply</source>
        <translation>Nova resposta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <source>e.g. shipping</source>
        <translation>ex.: frete</translation>
    </message>
    <message>
        <source>The text inserted in the chat</source>
        <translation>O texto inserido na conversa</translation>
    </message>
    <message>
        <source>Type / and a keyword in a chat&apos;s reply field to insert one of these. They are shared by the whole team.</source>
        <translation>Digite / e uma palavra-chave no campo de resposta de uma conversa para inserir uma destas. Elas são compartilhadas por toda a equipe.</translation>
    </message>
    <message>
        <source>Shortcut: /</source>
        <translation>Atalho: /</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>A saved reply needs a shortcut and a text.</source>
        <translation>Uma resposta pronta precisa de um atalho e de um texto.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salva.</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Excluída.</translation>
    </message>
</context>
<context>
    <name>papo::desk::SavedReplyController</name>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sem conexão com o servidor; tente de novo em instantes.</translation>
    </message>
</context>
<context>
    <name>papo::desk::SavedReplyPopup</name>
    <message>
        <source>Saved replies</source>
        <translation>Respostas prontas</translation>
    </message>
</context>
<context>
    <name>papo::desk::ScenarioEditor</name>
    <message>
        <source>Sales or support?</source>
        <translation>Vendas ou suporte?</translation>
    </message>
    <message>
        <source>The button the visitor presses</source>
        <translation>O botão que o visitante pressiona</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Salvar cenário</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>A person who takes over is from:</source>
        <translation>Quem assume o chat é de:</translation>
    </message>
    <message>
        <source>Visitor&apos;s reply:</source>
        <translation>Resposta do visitante:</translation>
    </message>
    <message>
        <source>Bot&apos;s message:</source>
        <translation>Mensagem do bot:</translation>
    </message>
    <message>
        <source>The visitor sees:</source>
        <translation>O visitante vê:</translation>
    </message>
    <message>
        <source>+ Add visitor reply</source>
        <translation>+ Adicionar resposta do visitante</translation>
    </message>
    <message>
        <source>Delete branch</source>
        <translation>Excluir ramo</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>When the scenario ends, send:</source>
        <translation>Quando o cenário terminar, enviar:</translation>
    </message>
    <message>
        <source>Empty: the standard end message, in the visitor&apos;s language</source>
        <translation>Vazio: a mensagem de término padrão, no idioma do visitante</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>A equipe toda</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Grupo %1</translation>
    </message>
    <message>
        <source>Leave empty to hand the visitor to a person: their reply goes to the team, who is notified.</source>
        <translation>Deixe vazio para transferir o visitante para uma pessoa: a resposta dele vai para a equipe, que é notificada.</translation>
    </message>
    <message>
        <source>Greet the visitor and ask what they want to do.</source>
        <translation>Cumprimente o visitante e pergunte o que ele quer fazer.</translation>
    </message>
    <message>
        <source>Visitor: %1</source>
        <translation>Visitante: %1</translation>
    </message>
    <message>
        <source>(A person takes over: the reply goes to the team, who is notified.)</source>
        <translation>(Uma pessoa assume: a resposta vai para a equipe, que é notificada.)</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>(the standard end message)</source>
        <translation>(a mensagem de término padrão)</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Começar de novo</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
</context>
<context>
    <name>papo::desk::ScenarioTree</name>
    <message>
        <source>Scenario</source>
        <translation>Cenário</translation>
    </message>
    <message>
        <source>Bot: (write the first message)</source>
        <translation>Bot: (escreva a primeira mensagem)</translation>
    </message>
    <message>
        <source>Bot: %1</source>
        <translation>Bot: %1</translation>
    </message>
    <message>
        <source>(write the visitor&apos;s reply)</source>
        <translation>(escreva a resposta do visitante)</translation>
    </message>
    <message>
        <source>Visitor: %1 → a person takes over</source>
        <translation>Visitante: %1 → uma pessoa assume</translation>
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
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>papo::desk::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Lists and tabs</source>
        <translation>Listas e abas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Writing a reply</source>
        <translation>Ao escrever uma resposta</translation>
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
        <translation>Nova linha</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Respostas prontas</translation>
    </message>
    <message>
        <source>/ then the keyword, ↑ ↓ and Enter or Tab</source>
        <translation>/ e a palavra-chave, ↑ ↓ e Enter ou Tab</translation>
    </message>
    <message>
        <source>Edit your last message</source>
        <translation>Editar a sua última mensagem</translation>
    </message>
    <message>
        <source>↑ in an empty field</source>
        <translation>↑ com o campo vazio</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar a edição</translation>
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
        <translation>Remover a conversa da fila</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Do campo de busca aos resultados</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>papo::desk::SlowAlertsController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sem conexão com o servidor. Tente de novo quando estiver conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::StatusSelector</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisível</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>You get new chats and notifications</source>
        <translation>Você recebe novos chats e notificações</translation>
    </message>
    <message>
        <source>No new chats or notifications; you can still chat</source>
        <translation>Sem novos chats nem notificações; você ainda pode conversar</translation>
    </message>
    <message>
        <source>No notifications; visitors can leave messages</source>
        <translation>Sem notificações; os visitantes podem deixar mensagens</translation>
    </message>
</context>
<context>
    <name>papo::desk::TeamController</name>
    <message>
        <source>Not connected to the server. Try again in a moment.</source>
        <translation>Sem conexão com o servidor. Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Only owners and admins can do this.</source>
        <translation>Só proprietários e administradores podem fazer isso.</translation>
    </message>
    <message>
        <source>Your name may not be empty.</source>
        <translation>Seu nome não pode ficar vazio.</translation>
    </message>
</context>
<context>
    <name>papo::desk::TeamModel</name>
    <message>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Atendente</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Invisible</source>
        <translation>Invisível</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativa</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desativada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
</context>
<context>
    <name>papo::desk::TeamPane</name>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Profile saved.</source>
        <translation>Perfil salvo.</translation>
    </message>
    <message>
        <source>Photo updated.</source>
        <translation>Foto atualizada.</translation>
    </message>
    <message>
        <source>Send this link to your teammate. It works once, until %1.</source>
        <translation>Envie este link para a pessoa da equipe. Ele funciona uma única vez, até %1.</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Meu perfil</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Escolher foto…</translation>
    </message>
    <message>
        <source>A PNG, JPEG, WebP or GIF picture of at most 5 MiB; visitors see it in the chat window</source>
        <translation>Uma imagem PNG, JPEG, WebP ou GIF de até 5 MiB; os visitantes a veem na janela do chat</translation>
    </message>
    <message>
        <source>e.g. Customer support</source>
        <translation>ex.: Atendimento ao cliente</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Salvar perfil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Invite teammate…</source>
        <translation>Convidar para a equipe…</translation>
    </message>
    <message>
        <source>teammate@example.com</source>
        <translation>colega@exemplo.com.br</translation>
    </message>
    <message>
        <source>Create invite link</source>
        <translation>Criar link de convite</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Make operator</source>
        <translation>Tornar atendente</translation>
    </message>
    <message>
        <source>Make admin</source>
        <translation>Tornar administrador</translation>
    </message>
    <message>
        <source>Reactivate…</source>
        <translation>Reativar…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desativar…</translation>
    </message>
    <message>
        <source>Uploading the photo…</source>
        <translation>Enviando a foto…</translation>
    </message>
    <message>
        <source>Enter your teammate&apos;s email address.</source>
        <translation>Digite o e-mail da pessoa que você quer convidar.</translation>
    </message>
    <message>
        <source>Reactivate account</source>
        <translation>Reativar conta</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Desativar conta</translation>
    </message>
    <message>
        <source>Let %1 log in again?</source>
        <translation>Permitir que %1 entre novamente?</translation>
    </message>
    <message>
        <source>Deactivate %1? They are logged out at once and cannot log in again until reactivated. Their conversations stay.</source>
        <translation>Desativar %1? A pessoa sai na hora e não consegue entrar de novo até ser reativada. As conversas dela continuam.</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Redefinir senha…</translation>
    </message>
    <message>
        <source>Log the teammate out everywhere and make a one-time link to choose a new password</source>
        <translation>Desconecta a pessoa em todos os dispositivos e cria um link de uso único para escolher uma nova senha</translation>
    </message>
    <message>
        <source>Team name…</source>
        <translation>Nome da equipe…</translation>
    </message>
    <message>
        <source>The name new teammates see on their invite</source>
        <translation>O nome que as pessoas convidadas veem no convite</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <source>Reset %1&apos;s password? %1 is logged out of papo-desk everywhere at once and the current password stops working. You get a link, valid for 1 hour, to send to %1 to choose a new one.</source>
        <translation>Redefinir a senha de %1? %1 sai do papo-desk em todos os dispositivos na hora e a senha atual deixa de funcionar. Você recebe um link, válido por 1 hora, para enviar a %1 escolher uma nova.</translation>
    </message>
    <message>
        <source>your teammate</source>
        <translation>a pessoa da equipe</translation>
    </message>
    <message>
        <source>Password reset link</source>
        <translation>Link para redefinir a senha</translation>
    </message>
    <message>
        <source>Send this link to %1 (by chat or email). It works once, until %2, and lets %1 choose a new password.</source>
        <translation>Envie este link para %1 (por chat ou e-mail). Ele funciona uma única vez, até %2, e permite que %1 escolha uma nova senha.</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nome da equipe</translation>
    </message>
    <message>
        <source>The name new teammates see on their invite, e.g. your shop&apos;s:</source>
        <translation>O nome que as pessoas convidadas veem no convite, por exemplo o da sua loja:</translation>
    </message>
</context>
<context>
    <name>papo::desk::TrayNotifier</name>
    <message>
        <source>Open Papo</source>
        <translation>Abrir o Papo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>New chat from %1</source>
        <translation>Novo chat de %1</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensagem de %1</translation>
    </message>
    <message>
        <source>Papo</source>
        <translation>Papo</translation>
    </message>
    <message>
        <source>You were added to the chat with %1</source>
        <translation>Você foi adicionado ao chat com %1</translation>
    </message>
    <message>
        <source>%1 is waiting for an answer</source>
        <translation>%1 está esperando uma resposta</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n não lida</numerusform>
            <numerusform>%n não lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Papo: %1</source>
        <translation>Papo: %1</translation>
    </message>
    <message>
        <source>%1 was put in your group</source>
        <translation>%1 foi colocado no seu grupo</translation>
    </message>
    <message>
        <source>%1 was put in your group %2</source>
        <translation>%1 foi colocado no seu grupo %2</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorController</name>
    <message numerus="yes">
        <source>Too long: at most %n characters.</source>
        <translation>
            <numerusform>Longo demais: no máximo %n caractere.</numerusform>
            <numerusform>Longo demais: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Isto não é um endereço de e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>A nota é longa demais: no máximo %n caractere.</numerusform>
            <numerusform>A nota é longa demais: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message is too long: at most %n characters.</source>
        <translation>
            <numerusform>A mensagem é longa demais: no máximo %n caractere.</numerusform>
            <numerusform>A mensagem é longa demais: no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server did not say which chat the message went to.</source>
        <translation>O servidor não informou para qual chat a mensagem foi.</translation>
    </message>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sem conexão com o servidor; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>The server does not know this visitor.</source>
        <translation>O servidor não conhece este visitante.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Você não tem permissão para fazer isso.</translation>
    </message>
    <message>
        <source>Another operator is already answering this chat.</source>
        <translation>Outro operador já está atendendo este chat.</translation>
    </message>
    <message>
        <source>The server refused the value.</source>
        <translation>O servidor recusou o valor.</translation>
    </message>
    <message>
        <source>The server refused the value: %1</source>
        <translation>O servidor recusou o valor: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorExportDialog</name>
    <message>
        <source>Only visitors who agreed to marketing email</source>
        <translation>Só visitantes que aceitaram receber e-mail de marketing</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Export visitors&apos; emails</source>
        <translation>Exportar e-mails dos visitantes</translation>
    </message>
    <message>
        <source>Visitors who left an email address and visited from %1 to %2.</source>
        <translation>Visitantes que deixaram um endereço de e-mail e visitaram o site de %1 a %2.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primeira visita</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>Marketing consent (when given)</source>
        <translation>Consentimento de marketing (quando dado)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>The email address is always exported.</source>
        <translation>O endereço de e-mail é sempre exportado.</translation>
    </message>
    <message>
        <source>Leaves out visitors who gave their address only to get an answer: that is no permission to send them marketing.</source>
        <translation>Deixa de fora quem deu o endereço só para receber uma resposta: isso não é permissão para enviar marketing.</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Salvar em:</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>A exportação foi cancelada; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Say where to save the file: type a file name or press Choose…</source>
        <translation>Diga onde salvar o arquivo: digite um nome de arquivo ou clique em Escolher…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>A exportação falhou: %1</translation>
    </message>
    <message>
        <source>1 visitor exported to %1.</source>
        <translation>1 visitante exportado para %1.</translation>
    </message>
    <message>
        <source>%1 visitors exported to %2.</source>
        <translation>%1 visitantes exportados para %2.</translation>
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
        <translation>O grupo cujos atendentes recebem este chat</translation>
    </message>
    <message>
        <source>The group was not changed: %1</source>
        <translation>O grupo não foi alterado: %1</translation>
    </message>
    <message>
        <source>From the page</source>
        <translation>Pela página</translation>
    </message>
    <message>
        <source>Set by the website&apos;s script</source>
        <translation>Definido pelo script do site</translation>
    </message>
    <message>
        <source>By an automatic action</source>
        <translation>Por uma ação automática</translation>
    </message>
    <message>
        <source>From a targeted message</source>
        <translation>Por uma mensagem direcionada</translation>
    </message>
    <message>
        <source>Chosen by the visitor</source>
        <translation>Escolhido pelo visitante</translation>
    </message>
    <message>
        <source>Chosen by %1</source>
        <translation>Escolhido por %1</translation>
    </message>
    <message>
        <source>Chosen by an operator</source>
        <translation>Escolhido por um atendente</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Handed over by the chatbot</source>
        <translation>Transferido pelo chatbot</translation>
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
        <translation>Conversando agora</translation>
    </message>
    <message>
        <source>Chatted before</source>
        <translation>Já conversou</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>Recorrente</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name / email</source>
        <translation>Nome / e-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página atual</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Origem</translation>
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
        <translation>Tempo no site</translation>
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
        <source>Desktop</source>
        <translation>Computador</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Robô</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>No past conversations, invitation or chat window</source>
        <translation>Sem conversas anteriores, convite ou janela de chat</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>%1 Has past conversations</source>
        <translation>%1 Tem conversas anteriores</translation>
    </message>
    <message>
        <source>%1 Received an invitation from an operator</source>
        <translation>%1 Recebeu um convite de um operador</translation>
    </message>
    <message>
        <source>%1 Opened the chat window</source>
        <translation>%1 Abriu a janela de chat</translation>
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
        <translation>agora</translation>
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
        <translation>Vindo de %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorPanel</name>
    <message>
        <source>Visitor details</source>
        <translation>Dados do visitante</translation>
    </message>
    <message>
        <source>Open a chat to see who you are talking to.</source>
        <translation>Abra um chat para ver com quem você está falando.</translation>
    </message>
    <message>
        <source>Could not load the visitor: %1</source>
        <translation>Não foi possível carregar o visitante: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Adicionar um nome</translation>
    </message>
    <message>
        <source>Add an email</source>
        <translation>Adicionar um e-mail</translation>
    </message>
    <message>
        <source>Add a phone</source>
        <translation>Adicionar um telefone</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Página atual</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Origem</translation>
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
        <translation>Tela</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>On the site now, for %1</source>
        <translation>No site agora, há %1</translation>
    </message>
    <message>
        <source>On the site now</source>
        <translation>No site agora</translation>
    </message>
    <message>
        <source>Not on the site</source>
        <translation>Fora do site</translation>
    </message>
    <message>
        <source>%1 · chatting</source>
        <translation>%1 · conversando</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 no %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Direct visit</source>
        <translation>Acesso direto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · pages this visit: %2</source>
        <translation>%1 · páginas nesta visita: %2</translation>
    </message>
    <message>
        <source>%1 not saved: %2</source>
        <translation>%1 não salvo: %2</translation>
    </message>
    <message>
        <source>From the website</source>
        <translation>Informado pelo site</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formulário de contato</translation>
    </message>
</context>
<context>
    <name>papo::desk::VisitorTabs</name>
    <message>
        <source>The note was not saved: %1</source>
        <translation>A nota não foi salva: %1</translation>
    </message>
    <message>
        <source>Pages visited</source>
        <translation>Páginas visitadas</translation>
    </message>
    <message>
        <source>Team notes</source>
        <translation>Notas da equipe</translation>
    </message>
    <message>
        <source>A note for the team (Ctrl+Enter adds it)</source>
        <translation>Uma nota para a equipe (Ctrl+Enter adiciona)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>Previous conversations</source>
        <translation>Conversas anteriores</translation>
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
        <translation>Verde: conversando agora · Cinza: já conversou</translation>
    </message>
    <message>
        <source>Start a chat…</source>
        <translation>Iniciar um chat…</translation>
    </message>
    <message>
        <source>Write the first message to the selected visitor</source>
        <translation>Escreva a primeira mensagem para o visitante selecionado</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Visitors online</source>
        <translation>Visitantes online</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>A mensagem não foi enviada: %1</translation>
    </message>
    <message>
        <source>Hello! Can I help you with anything?</source>
        <translation>Olá! Posso ajudar em alguma coisa?</translation>
    </message>
    <message>
        <source>First message</source>
        <translation>Primeira mensagem</translation>
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
            <numerusform>Online agora: %n</numerusform>
            <numerusform>Online agora: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 outros</translation>
    </message>
    <message>
        <source>The list shows at most %1 visitors: %2 per operator seat.</source>
        <translation>A lista mostra no máximo %1 visitantes: %2 por vaga de atendente.</translation>
    </message>
    <message>
        <source>First message to %1:</source>
        <translation>Primeira mensagem para %1:</translation>
    </message>
    <message>
        <source>Show the visitors of</source>
        <translation>Mostrar os visitantes de</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
    </message>
    <message>
        <source>No group</source>
        <translation>Sem grupo</translation>
    </message>
</context>
<context>
    <name>papo::desk::WebsiteSettingsController</name>
    <message>
        <source>Not connected to the server; try again in a moment.</source>
        <translation>Sem conexão com o servidor; tente de novo em instantes.</translation>
    </message>
    <message>
        <source>Only owners and admins may change settings.</source>
        <translation>Só proprietários e administradores podem alterar as configurações.</translation>
    </message>
    <message>
        <source>The server does not know this website.</source>
        <translation>O servidor não conhece este site.</translation>
    </message>
    <message>
        <source>The server refused a value: %1</source>
        <translation>O servidor recusou um valor: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::WidgetSettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Installation and look</source>
        <translation>Instalação e aparência</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textos</translation>
    </message>
    <message>
        <source>Saved. Visitors see the changes when they next open a page.</source>
        <translation>Salvo. Os visitantes veem as mudanças ao abrir a próxima página.</translation>
    </message>
    <message>
        <source>Install the widget</source>
        <translation>Instalar o widget</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Paste these two lines into every page of your site, before &lt;/body&gt;.</source>
        <translation>Cole estas duas linhas em todas as páginas do seu site, antes de &lt;/body&gt;.</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Choose the widget&apos;s colour</source>
        <translation>Escolha a cor do widget</translation>
    </message>
    <message>
        <source>Bottom right</source>
        <translation>Embaixo à direita</translation>
    </message>
    <message>
        <source>Bottom left</source>
        <translation>Embaixo à esquerda</translation>
    </message>
    <message>
        <source>The widget speaks the visitor&apos;s language when it has it, this one otherwise.</source>
        <translation>O widget usa o idioma do visitante quando o tem; caso contrário, este.</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Cor:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Posição:</translation>
    </message>
    <message>
        <source>Default language:</source>
        <translation>Idioma padrão:</translation>
    </message>
    <message>
        <source>Allowed sites</source>
        <translation>Sites permitidos</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>The widget loads only on these sites, e.g. https://shop.example or https://*.shop.example. With none, it loads anywhere.</source>
        <translation>O widget só carrega nestes sites, por exemplo https://loja.exemplo ou https://*.loja.exemplo. Sem nenhum, carrega em qualquer site.</translation>
    </message>
    <message>
        <source>Ask visitors to rate the conversation</source>
        <translation>Pedir aos visitantes que avaliem a conversa</translation>
    </message>
    <message>
        <source>The snippet is in the clipboard.</source>
        <translation>O código foi copiado para a área de transferência.</translation>
    </message>
    <message>
        <source>Widget colour</source>
        <translation>Cor do widget</translation>
    </message>
    <message>
        <source>The colour must be like #1f6feb.</source>
        <translation>A cor deve ser como #1f6feb.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>The name the bot&apos;s messages show, in the widget and here. Empty: the website&apos;s name.</source>
        <translation>O nome que as mensagens do assistente virtual mostram, no widget e aqui. Vazio: o nome do site.</translation>
    </message>
    <message>
        <source>Bot&apos;s name:</source>
        <translation>Nome do assistente virtual:</translation>
    </message>
    <message>
        <source>The bot&apos;s picture is saved.</source>
        <translation>A imagem do bot foi salva.</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Escolher imagem…</translation>
    </message>
    <message>
        <source>The picture beside the bot&apos;s messages in the widget. Saved at once.</source>
        <translation>A imagem ao lado das mensagens do bot no widget. É salva na hora.</translation>
    </message>
    <message>
        <source>Choose the bot&apos;s picture</source>
        <translation>Escolha a imagem do bot</translation>
    </message>
    <message>
        <source>Bot&apos;s picture:</source>
        <translation>Imagem do bot:</translation>
    </message>
    <message>
        <source>Uploading the picture…</source>
        <translation>Enviando a imagem…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
</context>
<context>
    <name>papo::desk::WidgetTextLabels</name>
    <message>
        <source>Window title</source>
        <translation>Título da janela</translation>
    </message>
    <message>
        <source>Status when the team is online</source>
        <translation>Status quando a equipe está online</translation>
    </message>
    <message>
        <source>Under the window title while someone in the team is online.</source>
        <translation>Abaixo do título da janela enquanto alguém da equipe está online.</translation>
    </message>
    <message>
        <source>Status when the team is away</source>
        <translation>Status quando a equipe está ausente</translation>
    </message>
    <message>
        <source>Under the window title while nobody in the team is online.</source>
        <translation>Abaixo do título da janela enquanto ninguém da equipe está online.</translation>
    </message>
    <message>
        <source>Bot badge</source>
        <translation>Etiqueta do bot</translation>
    </message>
    <message>
        <source>Bot&apos;s closing message</source>
        <translation>Mensagem de encerramento do bot</translation>
    </message>
    <message>
        <source>The bot&apos;s last message when a chatbot scenario ends, unless the scenario has its own.</source>
        <translation>A última mensagem do bot quando um cenário do chatbot termina, a menos que o cenário tenha a sua própria.</translation>
    </message>
    <message>
        <source>Bot&apos;s reply buttons (screen readers)</source>
        <translation>Botões de resposta do bot (leitores de tela)</translation>
    </message>
    <message>
        <source>Read by screen readers for the buttons under a bot&apos;s question.</source>
        <translation>Lido pelos leitores de tela para os botões abaixo de uma pergunta do bot.</translation>
    </message>
    <message>
        <source>Restart chatbot button</source>
        <translation>Botão de recomeçar o chatbot</translation>
    </message>
    <message>
        <source>Under the bot&apos;s last message once a chatbot scenario ends.</source>
        <translation>Abaixo da última mensagem do bot quando um cenário do chatbot termina.</translation>
    </message>
    <message>
        <source>Status while connecting</source>
        <translation>Status durante a conexão</translation>
    </message>
    <message>
        <source>Under the window title until the widget reaches the server.</source>
        <translation>Abaixo do título da janela até o widget se conectar ao servidor.</translation>
    </message>
    <message>
        <source>Greeting when the team is online</source>
        <translation>Saudação quando a equipe está online</translation>
    </message>
    <message>
        <source>First in the chat window while someone in the team is online.</source>
        <translation>No início da janela do chat enquanto alguém da equipe está online.</translation>
    </message>
    <message>
        <source>Greeting when the team is away</source>
        <translation>Saudação quando a equipe está ausente</translation>
    </message>
    <message>
        <source>First in the chat window while nobody in the team is online.</source>
        <translation>No início da janela do chat enquanto ninguém da equipe está online.</translation>
    </message>
    <message>
        <source>Message box hint</source>
        <translation>Texto de ajuda do campo de mensagem</translation>
    </message>
    <message>
        <source>Inside the message box while it is empty.</source>
        <translation>Dentro do campo de mensagem enquanto ele está vazio.</translation>
    </message>
    <message>
        <source>Send button</source>
        <translation>Botão de enviar</translation>
    </message>
    <message>
        <source>Tooltip of the button that sends a message; screen readers read it too.</source>
        <translation>Aparece ao passar o mouse sobre o botão que envia a mensagem; os leitores de tela também o leem.</translation>
    </message>
    <message>
        <source>Open chat button</source>
        <translation>Botão de abrir o chat</translation>
    </message>
    <message>
        <source>Tooltip of the chat button in the page&apos;s corner while the window is closed.</source>
        <translation>Aparece ao passar o mouse sobre o botão do chat, no canto da página, enquanto a janela está fechada.</translation>
    </message>
    <message>
        <source>Close chat button</source>
        <translation>Botão de fechar o chat</translation>
    </message>
    <message>
        <source>Tooltip of the × at the top of the window, and of the chat button while the window is open.</source>
        <translation>Aparece ao passar o mouse sobre o × no topo da janela e sobre o botão do chat enquanto a janela está aberta.</translation>
    </message>
    <message>
        <source>Message list (screen readers)</source>
        <translation>Lista de mensagens (leitores de tela)</translation>
    </message>
    <message>
        <source>Read by screen readers for the list of messages.</source>
        <translation>Lido pelos leitores de tela para a lista de mensagens.</translation>
    </message>
    <message>
        <source>Operator is typing</source>
        <translation>Atendente digitando</translation>
    </message>
    <message>
        <source>Under the messages while an operator writes a reply.</source>
        <translation>Abaixo das mensagens enquanto um atendente escreve uma resposta.</translation>
    </message>
    <message>
        <source>Message being sent</source>
        <translation>Mensagem sendo enviada</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s message until the server has it.</source>
        <translation>Abaixo da mensagem do visitante até o servidor recebê-la.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>Mensagem não enviada</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s message when it could not be sent; a click sends it again.</source>
        <translation>Abaixo da mensagem do visitante quando ela não pôde ser enviada; um clique a envia de novo.</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Conexão perdida</translation>
    </message>
    <message>
        <source>Above the message box while the widget reconnects.</source>
        <translation>Acima do campo de mensagem enquanto o widget se reconecta.</translation>
    </message>
    <message>
        <source>Unread replies (screen readers)</source>
        <translation>Respostas não lidas (leitores de tela)</translation>
    </message>
    <message>
        <source>Read by screen readers after the number of unread replies on the chat button.</source>
        <translation>Lido pelos leitores de tela depois do número de respostas não lidas no botão do chat.</translation>
    </message>
    <message>
        <source>Edited mark</source>
        <translation>Indicação de mensagem editada</translation>
    </message>
    <message>
        <source>Beside the time of a message that was edited.</source>
        <translation>Ao lado do horário de uma mensagem que foi editada.</translation>
    </message>
    <message>
        <source>Receipt: sent</source>
        <translation>Confirmação: enviada</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s last message once the server has it.</source>
        <translation>Abaixo da última mensagem do visitante quando o servidor a recebe.</translation>
    </message>
    <message>
        <source>Receipt: seen</source>
        <translation>Confirmação: vista</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s last message once an operator has read it.</source>
        <translation>Abaixo da última mensagem do visitante quando um atendente a lê.</translation>
    </message>
    <message>
        <source>Rating question</source>
        <translation>Pergunta da avaliação</translation>
    </message>
    <message>
        <source>On the rating card at the end of the chat, once someone in the team has answered.</source>
        <translation>No cartão de avaliação, no fim do chat, depois que alguém da equipe respondeu.</translation>
    </message>
    <message>
        <source>Good rating button</source>
        <translation>Botão de avaliação positiva</translation>
    </message>
    <message>
        <source>Tooltip of the thumbs-up on the rating card.</source>
        <translation>Aparece ao passar o mouse sobre o polegar para cima no cartão de avaliação.</translation>
    </message>
    <message>
        <source>Bad rating button</source>
        <translation>Botão de avaliação negativa</translation>
    </message>
    <message>
        <source>Tooltip of the thumbs-down on the rating card.</source>
        <translation>Aparece ao passar o mouse sobre o polegar para baixo no cartão de avaliação.</translation>
    </message>
    <message>
        <source>Rating comment hint</source>
        <translation>Texto de ajuda do comentário da avaliação</translation>
    </message>
    <message>
        <source>Inside the comment box, once the visitor has chosen a rating.</source>
        <translation>Dentro do campo de comentário, depois que o visitante escolhe uma avaliação.</translation>
    </message>
    <message>
        <source>Send rating button</source>
        <translation>Botão de enviar a avaliação</translation>
    </message>
    <message>
        <source>Under the comment box on the rating card.</source>
        <translation>Abaixo do campo de comentário no cartão de avaliação.</translation>
    </message>
    <message>
        <source>Thanks for the rating</source>
        <translation>Agradecimento pela avaliação</translation>
    </message>
    <message>
        <source>On the rating card once the rating is sent.</source>
        <translation>No cartão de avaliação depois que a avaliação é enviada.</translation>
    </message>
    <message>
        <source>Last active: just now</source>
        <translation>Última atividade: agora mesmo</translation>
    </message>
    <message>
        <source>Last active: minutes ago</source>
        <translation>Última atividade: há minutos</translation>
    </message>
    <message>
        <source>Last active: hours ago</source>
        <translation>Última atividade: há horas</translation>
    </message>
    <message>
        <source>Last active: yesterday</source>
        <translation>Última atividade: ontem</translation>
    </message>
    <message>
        <source>Last active: days ago</source>
        <translation>Última atividade: há dias</translation>
    </message>
    <message>
        <source>Attach file button</source>
        <translation>Botão de anexar arquivo</translation>
    </message>
    <message>
        <source>Tooltip of the paper clip beside the message box.</source>
        <translation>Aparece ao passar o mouse sobre o clipe ao lado do campo de mensagem.</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>Arquivo grande demais</translation>
    </message>
    <message>
        <source>Above the message box when a file is over the size limit. {n}: the limit in MB.</source>
        <translation>Acima do campo de mensagem quando um arquivo passa do limite de tamanho. {n}: o limite em MB.</translation>
    </message>
    <message>
        <source>File type not allowed</source>
        <translation>Tipo de arquivo não permitido</translation>
    </message>
    <message>
        <source>Above the message box when a file of that type is refused.</source>
        <translation>Acima do campo de mensagem quando um arquivo desse tipo é recusado.</translation>
    </message>
    <message>
        <source>File not sent</source>
        <translation>Arquivo não enviado</translation>
    </message>
    <message>
        <source>Above the message box when a file could not be sent.</source>
        <translation>Acima do campo de mensagem quando não foi possível enviar um arquivo.</translation>
    </message>
    <message>
        <source>File without a name</source>
        <translation>Arquivo sem nome</translation>
    </message>
    <message>
        <source>The link to an attached file whose name is unknown.</source>
        <translation>O link de um arquivo anexado cujo nome não se conhece.</translation>
    </message>
    <message>
        <source>Email request when the team is away</source>
        <translation>Pedido de e-mail quando a equipe está ausente</translation>
    </message>
    <message>
        <source>On the card that asks for the visitor&apos;s email once they have written while nobody in the team is online.</source>
        <translation>No cartão que pede o e-mail do visitante depois que ele escreve enquanto ninguém da equipe está online.</translation>
    </message>
    <message>
        <source>Email box hint</source>
        <translation>Texto de ajuda do campo de e-mail</translation>
    </message>
    <message>
        <source>Inside the email box while it is empty.</source>
        <translation>Dentro do campo de e-mail enquanto ele está vazio.</translation>
    </message>
    <message>
        <source>Save email button</source>
        <translation>Botão de salvar o e-mail</translation>
    </message>
    <message>
        <source>Beside the email box.</source>
        <translation>Ao lado do campo de e-mail.</translation>
    </message>
    <message>
        <source>Marketing email consent</source>
        <translation>Consentimento para e-mails de marketing</translation>
    </message>
    <message>
        <source>Beside the tick box for news and offers, under the email box and in the contact form.</source>
        <translation>Ao lado da caixa de seleção de novidades e ofertas, abaixo do campo de e-mail e no formulário de contato.</translation>
    </message>
    <message>
        <source>Email saved</source>
        <translation>E-mail salvo</translation>
    </message>
    <message>
        <source>On the email card once the address is saved. {email}: the address the visitor gave.</source>
        <translation>No cartão de e-mail depois que o endereço é salvo. {email}: o endereço informado pelo visitante.</translation>
    </message>
    <message>
        <source>Group question</source>
        <translation>Pergunta sobre o grupo</translation>
    </message>
    <message>
        <source>Above the group buttons shown with the visitor&apos;s first message.</source>
        <translation>Acima dos botões de grupo exibidos com a primeira mensagem do visitante.</translation>
    </message>
    <message>
        <source>&quot;Not sure&quot; group button</source>
        <translation>Botão de grupo &quot;Não tenho certeza&quot;</translation>
    </message>
    <message>
        <source>The last group button, for visitors who do not know which group to choose.</source>
        <translation>O último botão de grupo, para visitantes que não sabem qual grupo escolher.</translation>
    </message>
    <message>
        <source>Group chosen</source>
        <translation>Grupo escolhido</translation>
    </message>
    <message>
        <source>Under the greeting once the visitor has chosen a group. {group}: the group&apos;s name.</source>
        <translation>Abaixo da saudação depois que o visitante escolhe um grupo. {group}: o nome do grupo.</translation>
    </message>
    <message>
        <source>Form invitation</source>
        <translation>Convite para o formulário</translation>
    </message>
    <message>
        <source>The bot&apos;s message asking the visitor to introduce themselves.</source>
        <translation>A mensagem do bot que pede ao visitante que se apresente.</translation>
    </message>
    <message>
        <source>Name question</source>
        <translation>Pergunta do nome</translation>
    </message>
    <message>
        <source>Above the form&apos;s name field.</source>
        <translation>Acima do campo de nome do formulário.</translation>
    </message>
    <message>
        <source>Email question</source>
        <translation>Pergunta do e-mail</translation>
    </message>
    <message>
        <source>Above the form&apos;s email field.</source>
        <translation>Acima do campo de e-mail do formulário.</translation>
    </message>
    <message>
        <source>Next button</source>
        <translation>Botão de avançar</translation>
    </message>
    <message>
        <source>Tooltip of the arrow that goes on to the next question.</source>
        <translation>Aparece ao passar o mouse sobre a seta que leva à próxima pergunta.</translation>
    </message>
    <message>
        <source>Back button</source>
        <translation>Botão de voltar</translation>
    </message>
    <message>
        <source>Under the form&apos;s questions, from the second one on.</source>
        <translation>Abaixo das perguntas do formulário, a partir da segunda.</translation>
    </message>
    <message>
        <source>Skip button</source>
        <translation>Botão de pular</translation>
    </message>
    <message>
        <source>Under the form&apos;s questions, unless messages wait for the form.</source>
        <translation>Abaixo das perguntas do formulário, a menos que as mensagens aguardem o formulário.</translation>
    </message>
    <message>
        <source>Required answer missing</source>
        <translation>Resposta obrigatória em branco</translation>
    </message>
    <message>
        <source>Under a required question the visitor left empty.</source>
        <translation>Abaixo de uma pergunta obrigatória que o visitante deixou em branco.</translation>
    </message>
    <message>
        <source>Bot&apos;s thanks for the form</source>
        <translation>Agradecimento do bot pelo formulário</translation>
    </message>
    <message>
        <source>The bot&apos;s message once the visitor has filled in the form.</source>
        <translation>A mensagem do bot depois que o visitante preenche o formulário.</translation>
    </message>
    <message>
        <source>Change details button</source>
        <translation>Botão de alterar os dados</translation>
    </message>
    <message>
        <source>Under the visitor&apos;s answers once the form is filled in.</source>
        <translation>Abaixo das respostas do visitante depois que o formulário é preenchido.</translation>
    </message>
    <message>
        <source>Messages wait for the form</source>
        <translation>Mensagens aguardam o formulário</translation>
    </message>
    <message>
        <source>Under the form when the website holds messages until it is filled in.</source>
        <translation>Abaixo do formulário quando o site retém as mensagens até ele ser preenchido.</translation>
    </message>
    <message>
        <source>Message waiting for the form</source>
        <translation>Mensagem aguardando o formulário</translation>
    </message>
    <message>
        <source>Under a visitor&apos;s message held until the form is filled in.</source>
        <translation>Abaixo de uma mensagem do visitante retida até o formulário ser preenchido.</translation>
    </message>
    <message>
        <source>Email error: spaces</source>
        <translation>Erro no e-mail: espaços</translation>
    </message>
    <message>
        <source>Under the email question when the address has spaces.</source>
        <translation>Abaixo da pergunta do e-mail quando o endereço tem espaços.</translation>
    </message>
    <message>
        <source>Email error: no @</source>
        <translation>Erro no e-mail: sem @</translation>
    </message>
    <message>
        <source>Under the email question when the address has no @, or more than one.</source>
        <translation>Abaixo da pergunta do e-mail quando o endereço não tem @ ou tem mais de um.</translation>
    </message>
    <message>
        <source>Email error: part before the @</source>
        <translation>Erro no e-mail: parte antes do @</translation>
    </message>
    <message>
        <source>Under the email question when the part before the @ is missing or not valid.</source>
        <translation>Abaixo da pergunta do e-mail quando a parte antes do @ está faltando ou não é válida.</translation>
    </message>
    <message>
        <source>Email error: part after the @</source>
        <translation>Erro no e-mail: parte depois do @</translation>
    </message>
    <message>
        <source>Under the email question when what follows the @ is not like example.com.</source>
        <translation>Abaixo da pergunta do e-mail quando o que vem depois do @ não é como exemplo.com.br.</translation>
    </message>
    <message>
        <source>Email error: too long</source>
        <translation>Erro no e-mail: longo demais</translation>
    </message>
    <message>
        <source>Under the email question when the address is too long.</source>
        <translation>Abaixo da pergunta do e-mail quando o endereço é longo demais.</translation>
    </message>
    <message>
        <source>At the top of the chat window; also names the sender of a targeted message that has none.</source>
        <translation>No topo da janela do chat; também identifica o remetente de uma mensagem direcionada que não tem nome.</translation>
    </message>
    <message>
        <source>Beside the bot&apos;s name on its messages.</source>
        <translation>Ao lado do nome do bot nas mensagens dele.</translation>
    </message>
    <message>
        <source>Close targeted message button</source>
        <translation>Botão de fechar a mensagem direcionada</translation>
    </message>
    <message>
        <source>Tooltip of the × on a targeted message or bot question shown above the chat button.</source>
        <translation>Aparece ao passar o mouse sobre o × de uma mensagem direcionada ou pergunta do bot exibida acima do botão do chat.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active.</source>
        <translation>Abaixo do status enquanto ninguém da equipe está online: quando alguém esteve ativo pela última vez.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active. {n}: the number of minutes.</source>
        <translation>Abaixo do status enquanto ninguém da equipe está online: quando alguém esteve ativo pela última vez. {n}: o número de minutos.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active. {n}: the number of hours.</source>
        <translation>Abaixo do status enquanto ninguém da equipe está online: quando alguém esteve ativo pela última vez. {n}: o número de horas.</translation>
    </message>
    <message>
        <source>Under the status while nobody in the team is online: when someone was last active. {n}: the number of days.</source>
        <translation>Abaixo do status enquanto ninguém da equipe está online: quando alguém esteve ativo pela última vez. {n}: o número de dias.</translation>
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
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Your text</source>
        <translation>Seu texto</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Chave: %1</translation>
    </message>
</context>
<context>
    <name>papo::desk::WidgetTextsPage</name>
    <message>
        <source>Restore default</source>
        <translation>Restaurar padrão</translation>
    </message>
    <message>
        <source>Visitors see the texts in their browser&apos;s language, or in the website&apos;s default language. Double-click &quot;Your text&quot; to change a text; leave it empty to use the default.</source>
        <translation>Os visitantes veem os textos no idioma do navegador ou no idioma padrão do site. Clique duas vezes em &quot;Seu texto&quot; para mudar um texto; deixe vazio para usar o padrão.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Português (Brasil)</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
</context>
<context>
    <name>papo::desk::WorkingHoursController</name>
    <message>
        <source>Not connected to the server. Try again once connected.</source>
        <translation>Sem conexão com o servidor. Tente de novo quando estiver conectado.</translation>
    </message>
</context>
<context>
    <name>papo::desk::WorkingHoursDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <source>When a working day starts Papo sets you online, and when it ends, invisible. A day lasts from 1 to 23 hours; an end before the start runs past midnight.</source>
        <translation>Quando um expediente começa, o Papo deixa você online e, quando termina, invisível. Um dia dura de 1 a 23 horas; um fim antes do início passa da meia-noite.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>While you are invisible</source>
        <translation>Enquanto você estiver invisível</translation>
    </message>
    <message>
        <source>Notify me of new chats if online operators are slow to respond</source>
        <translation>Notificar-me de novos chats se os operadores online demorarem a responder</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>when a visitor has waited longer than</source>
        <translation>quando um visitante esperar mais de</translation>
    </message>
    <message>
        <source>An administrator sets this for the whole team.</source>
        <translation>Um administrador define isto para toda a equipe.</translation>
    </message>
    <message>
        <source>The working hours were not saved: %1</source>
        <translation>O horário de trabalho não foi salvo: %1</translation>
    </message>
    <message>
        <source>The alert option was not saved: %1</source>
        <translation>A opção de alerta não foi salva: %1</translation>
    </message>
</context>
</TS>
