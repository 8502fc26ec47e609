//! Português. As mesmas chaves do catálogo inglês.

use super::Entry;

pub(super) const CATALOGUE: &[Entry] = &[
    ("format.docx", "Word (.docx)", ""),
    ("format.docm", "Word com macros (.docm)", ""),
    ("format.doc", "Word 97-2003 (.doc)", ""),
    ("format.encrypted-ooxml", "Word protegido por senha", ""),
    ("format.pdf", "PDF", ""),
    ("format.odt", "OpenDocument (.odt)", ""),
    ("format.rtf", "texto formatado (.rtf)", ""),
    ("format.txt", "texto simples", ""),
    ("format.html", "página web (HTML)", ""),
    ("format.image", "imagem", ""),
    ("format.empty", "arquivo vazio", ""),
    ("format.unknown", "arquivo não reconhecido", ""),
    ("language.en", "inglês", ""),
    ("language.fr", "francês", ""),
    ("language.es", "espanhol", ""),
    ("language.pt", "português", ""),
    (
        "unreadable-file.corrupt",
        "Não é possível abrir este arquivo: parece estar danificado ({detail}).",
        "Abra o original no Word ou no LibreOffice, salve-o com outro nome e verifique o novo arquivo. Se ele chegou por e-mail, baixe-o novamente.",
    ),
    (
        "unreadable-file.too-large",
        "Este arquivo é grande ou complexo demais para ser verificado com segurança ({detail}).",
        "Confirme que é o arquivo certo. Salve uma cópia sem imagens grandes (no Word: Arquivo > Compactar imagens) e verifique essa cópia.",
    ),
    (
        "unreadable-file.unsupported",
        "O verificador não consegue ler o texto de um arquivo {format:formats}, portanto não pode contar as palavras nem procurar conteúdo oculto.",
        "Salve o documento como Word (.docx) ou PDF: no Word, Arquivo > Salvar como; no LibreOffice, Arquivo > Salvar como > Word 2007-365; no Google Docs, Arquivo > Fazer download > Microsoft Word (.docx). Depois verifique o novo arquivo.",
    ),
    (
        "unreadable-file.empty",
        "Este arquivo está vazio (0 bytes): não há nada nele para enviar.",
        "Salve o documento novamente e escolha o arquivo salvo, não um atalho nem um arquivo que ainda está sendo baixado.",
    ),
    (
        "password-protected",
        "Este arquivo está protegido por senha, então a secretaria não poderá abri-lo nem publicá-lo.",
        "Remova a senha e envie o arquivo sem proteção. No Word: Arquivo > Informações > Proteger documento > Criptografar com senha, apague a senha, OK e salve. No Acrobat: Arquivo > Propriedades > Segurança > Sem segurança.",
    ),
    (
        "file-format.not-accepted",
        "A chamada aceita arquivos {accepted:formats}; este arquivo é {format:formats}.",
        "Salve o documento como {accepted:formats}: no Word, Arquivo > Salvar como e escolha o tipo; no LibreOffice, Arquivo > Salvar como (ou Arquivo > Exportar como PDF); no Google Docs, Arquivo > Fazer download.",
    ),
    (
        "file-format.macros",
        "Este é um arquivo do Word com macros (.docm). Os servidores de e-mail costumam bloquear esses anexos, e a secretaria pode não abri-lo.",
        "Salve-o como documento comum do Word: Arquivo > Salvar como > Documento do Word (*.docx). As macros são removidas e o texto é mantido.",
    ),
    (
        "unreadable-file.legacy-word",
        "Este é um arquivo antigo do Word 97-2003 (.doc). A chamada aceita arquivos do Word, mas este verificador não lê .doc, então nada mais foi verificado.",
        "Salve-o como .docx (no Word: Arquivo > Salvar como > Documento do Word) e verifique o novo arquivo: ele será verificado por completo.",
    ),
    (
        "wrong-extension",
        "O arquivo se chama “{name}”, mas na verdade é um arquivo {format:formats}.",
        "Salve-o novamente no formato certo a partir do programa que o criou, ou renomeie-o para terminar em .{expected}. Um nome errado pode impedir que o computador da secretaria o abra.",
    ),
    (
        "word-limit.over",
        "O documento tem {counted} palavras; a chamada permite {limit}. Corte pelo menos {excess} palavras.",
        "Contado: {what:text}. Encurte o texto ou passe os detalhes para um anexo enviado à parte, se a chamada permitir. O Word mostra a própria contagem em Revisão > Contar palavras.",
    ),
    (
        "word-limit.near",
        "O documento tem {counted} palavras, logo abaixo do limite de {limit}.",
        "Contado: {what:text}. O Word pode contar algumas palavras de outra forma: deixe uma pequena margem.",
    ),
    ("word-limit.what-body", "o texto principal, sem notas de rodapé nem notas de fim", ""),
    ("word-limit.what-body-and-notes", "o texto principal com as notas de rodapé e as notas de fim", ""),
    (
        "hyperlinks-missing",
        "A chamada pede hiperlinks para as fontes (sites, documentos, estatísticas, leis), e este documento não tem nenhum.",
        "Adicione links para as suas fontes: selecione as palavras e use Inserir > Link (Ctrl+K) no Word ou no LibreOffice, ou Inserir > Link no Google Docs, e cole o endereço web.",
    ),
    (
        "deadline.passed",
        "O prazo terminou em {deadline} (hora de {zone}).",
        "Fale com a secretaria antes de enviar: contribuições atrasadas podem não ser consideradas.",
    ),
    (
        "deadline.soon",
        "O prazo termina em {deadline} (hora de {zone}): falta(m) {days} dia(s).",
        "Envie logo: o e-mail pode demorar a chegar, e o prazo termina à meia-noite, hora de {zone}.",
    ),
    (
        "deadline.today",
        "O prazo termina hoje, {deadline}, à meia-noite, hora de {zone}.",
        "Envie hoje.",
    ),
    // The cover email.
    ("mail.greeting", "Prezada Secretaria,", ""),
    ("mail.cover", "Segue em anexo a nossa contribuição para a sua chamada.", ""),
    ("mail.title", "Título: {title}", ""),
    ("mail.file", "Arquivo: {file}", ""),
    ("mail.words", "Palavras: {words}", ""),
    ("mail.language", "Idioma: {language:languages}", ""),
    ("mail.attach", "[Antes de enviar: anexe o arquivo {file} a este e-mail.]", ""),
    ("mail.closing", "Atenciosamente,", ""),
];
