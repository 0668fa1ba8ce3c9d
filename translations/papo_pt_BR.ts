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
</TS>
