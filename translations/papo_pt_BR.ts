<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>main</name>
    <message>
        <source>Server to suggest at the first login.</source>
        <translation>Servidor sugerido no primeiro login.</translation>
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
</context>
<context>
    <name>papo::desk::ConversationDelegate</name>
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
        <source>Rated 👍 good</source>
        <translation>Avaliado 👍 bom</translation>
    </message>
    <message>
        <source>Rated 👎 bad</source>
        <translation>Avaliado 👎 ruim</translation>
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
    <name>papo::desk::LoginDialog</name>
    <message>
        <source>Log in to Papo</source>
        <translation>Entrar no Papo</translation>
    </message>
    <message>
        <source>Use the account your team&apos;s administrator created for you.</source>
        <translation>Use a conta que o administrador da sua equipe criou para você.</translation>
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
        <source>a visitor</source>
        <translation>um visitante</translation>
    </message>
    <message>
        <source>Message from %1</source>
        <translation>Mensagem de %1</translation>
    </message>
    <message>
        <source>Papo</source>
        <translation>Papo</translation>
    </message>
    <message numerus="yes">
        <source>Papo: %n unread</source>
        <translation>
            <numerusform>Papo: %n não lida</numerusform>
            <numerusform>Papo: %n não lidas</numerusform>
        </translation>
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
        <source>The note was not saved: %1</source>
        <translation>A nota não foi salva: %1</translation>
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
</context>
</TS>
