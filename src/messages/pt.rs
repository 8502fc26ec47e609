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
        "file-format.unrecognised",
        "A chamada aceita arquivos {accepted:formats}; este arquivo é {kind:text}.",
        "Abra o documento no programa em que o escreveu e salve-o ou exporte-o como {accepted:formats}. No Apple Pages: Arquivo > Exportar para > Word ou PDF. No LibreOffice: Arquivo > Salvar como, ou Arquivo > Exportar como PDF. No Google Docs: Arquivo > Fazer download.",
    ),
    ("kind.unrecognised", "de um formato que o verificador não reconhece", ""),
    ("kind.apple-pages", "um documento do Apple Pages", ""),
    ("kind.spreadsheet", "uma planilha", ""),
    ("kind.presentation", "uma apresentação", ""),
    ("kind.zip-archive", "um arquivo ZIP", ""),
    ("kind.opendocument-other", "um arquivo OpenDocument que não é um documento de texto", ""),
    ("kind.office-legacy-other", "um arquivo antigo do Office que não é um documento do Word", ""),
    ("kind.damaged-zip", "um arquivo danificado", ""),
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
    // Publicação: quem verá o que fica escondido no arquivo.
    ("publication.in-full", "A chamada publica as contribuições na íntegra, como recebidas, então isto ficará público.", ""),
    ("publication.received", "Qualquer pessoa que receber o arquivo pode ver isto.", ""),
    (
        "comments",
        "Ainda há comentários no arquivo: {count} (respostas: {replies}; marcados como resolvidos: {resolved}), escritos por {authors}. {audience:text}",
        "Exclua todos os comentários; marcar um como resolvido só o esconde. Word: Revisão > Excluir (a seta embaixo) > Excluir Todos os Comentários do Documento. LibreOffice: Exibir > Comentários para mostrá-los e, depois, clique com o botão direito em um comentário > Excluir todos os comentários. Google Docs: abra o histórico de comentários (o ícone de balão no canto superior direito) e exclua cada conversa (⋮ > Excluir) antes de baixar. Depois, verifique o arquivo de novo.",
    ),
    (
        "tracked-changes",
        "Ainda há alterações controladas no arquivo: {count} (inserções: {insertions}; exclusões: {deletions}; movimentações: {moves}; formatação: {formatting}), feitas por {authors} (datas: {dates}). {audience:text}",
        "Aceite ou rejeite cada alteração e desligue o controle. Word: Revisão > Aceitar (a seta embaixo) > Aceitar Todas as Alterações e Parar o Controle. LibreOffice: Editar > Controlar alterações > Aceitar tudo e, depois, desmarque Editar > Controlar alterações > Gravar alterações. Google Docs: Ferramentas > Revisar edições sugeridas > Aceitar tudo. Salve e verifique o arquivo de novo.",
    ),
    (
        "tracked-changes.with-deleted",
        "Ainda há alterações controladas no arquivo: {count} (inserções: {insertions}; exclusões: {deletions}; movimentações: {moves}; formatação: {formatting}), feitas por {authors} (datas: {dates}). {audience:text} O texto excluído continua dentro do arquivo e qualquer pessoa pode lê-lo, por exemplo: “{deleted}”.",
        "Aceite ou rejeite cada alteração e desligue o controle: só então o texto excluído some de verdade. Word: Revisão > Aceitar (a seta embaixo) > Aceitar Todas as Alterações e Parar o Controle. LibreOffice: Editar > Controlar alterações > Aceitar tudo e, depois, desmarque Editar > Controlar alterações > Gravar alterações. Google Docs: Ferramentas > Revisar edições sugeridas > Aceitar tudo. Salve e verifique o arquivo de novo.",
    ),
    (
        "hidden-text",
        "Ainda há texto oculto no arquivo (trechos: {count}). O Word não o mostra nem o imprime, mas ele está lá e qualquer pessoa pode revelá-lo. {audience:text}",
        "Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Texto Oculto, clique em Inspecionar e depois em Remover Tudo (para vê-lo antes: Página Inicial > ¶, que mostra o texto oculto sublinhado com pontos). LibreOffice: marque Ferramentas > Opções > LibreOffice Writer > Recursos de formatação > Caracteres ocultos para vê-lo e exclua-o, ou selecione-o e desmarque Formatar > Caractere > Efeitos de fonte > Oculto. O Google Docs não tem texto oculto: remova-o no Word ou no LibreOffice. Depois, verifique o arquivo de novo.",
    ),
    (
        "hidden-text.headers-footers",
        "Cabeçalhos e rodapés são impressos em todas as páginas e publicados com o documento. Confira se não dizem nada que você não queira tornar público: {texts}.",
        "Para editá-los: no Word, clique duas vezes na margem superior ou inferior de uma página; no LibreOffice, clique no cabeçalho ou no rodapé; no Google Docs, clique bem no alto ou bem embaixo de uma página. Lembre-se da primeira página e das páginas pares e ímpares, que podem ter os seus próprios.",
    ),
    (
        "hidden-text.watermark",
        "O documento tem uma marca-d’água nas páginas: {text}.",
        "Se ela não deve ser publicada (por exemplo, “Rascunho” ou “Confidencial”), remova-a. Word: Design > Marca-d’água > Remover Marca-d’água. LibreOffice: Formatar > Marca-d’água e apague o texto. Google Docs: Inserir > Marca-d’água > Remover marca-d’água.",
    ),
    (
        "personal-metadata.author",
        "As propriedades do arquivo indicam o autor: “{value}”. {audience:text}",
        "Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Propriedades do Documento e Informações Pessoais, Inspecionar e depois Remover Tudo; ou, em Arquivo > Informações > Pessoas Relacionadas, clique com o botão direito no nome > Remover Pessoa. LibreOffice: Arquivo > Propriedades > Geral, clique em Redefinir propriedades e desmarque Aplicar dados do usuário; Ferramentas > Opções > LibreOffice > Segurança > Opções > Remover informações pessoais ao salvar faz isso sempre. Google Docs: um arquivo baixado como Word (Arquivo > Fazer download) não indica nenhum autor.",
    ),
    (
        "personal-metadata.last-modified-by",
        "As propriedades do arquivo indicam a última pessoa que o salvou: “{value}”. {audience:text}",
        "Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Propriedades do Documento e Informações Pessoais, Inspecionar e depois Remover Tudo. LibreOffice: Arquivo > Propriedades > Geral, clique em Redefinir propriedades e desmarque Aplicar dados do usuário; Ferramentas > Opções > LibreOffice > Segurança > Opções > Remover informações pessoais ao salvar faz isso sempre. Google Docs: um arquivo baixado como Word (Arquivo > Fazer download) não indica ninguém.",
    ),
    (
        "personal-metadata.company",
        "As propriedades do arquivo indicam uma empresa ou organização: “{value}”. {audience:text}",
        "Se ela não deve ser publicada, remova-a. Word: Arquivo > Informações > Propriedades > Propriedades Avançadas > Resumo, apague Empresa; ou Inspecionar Documento (Arquivo > Informações > Verificar Problemas) > Propriedades do Documento e Informações Pessoais > Remover Tudo. LibreOffice: Arquivo > Propriedades > Propriedades personalizadas. Google Docs: um arquivo baixado como Word não indica nenhuma empresa.",
    ),
    (
        "personal-metadata.manager",
        "As propriedades do arquivo indicam um gerente: “{value}”. {audience:text}",
        "Se ele não deve ser publicado, remova-o. Word: Arquivo > Informações > Propriedades > Propriedades Avançadas > Resumo, apague Gerente; ou Inspecionar Documento (Arquivo > Informações > Verificar Problemas) > Propriedades do Documento e Informações Pessoais > Remover Tudo. LibreOffice: Arquivo > Propriedades > Propriedades personalizadas. Google Docs: um arquivo baixado como Word não indica nenhum gerente.",
    ),
    (
        "personal-metadata.template-user",
        "O arquivo indica o modelo de que foi feito por um caminho que mostra o nome de usuário “{user}”: {value}. {audience:text}",
        "Word: Arquivo > Opções > Suplementos, Gerenciar: Modelos, Ir, e anexe o Normal no lugar (ou esvazie a caixa). Em qualquer programa, copiar o texto para um documento novo em branco (Ctrl+A, Ctrl+C, Arquivo > Novo, Ctrl+V) e salvar esse documento deixa o caminho para trás. Google Docs: um arquivo baixado como Word não tem caminho de modelo.",
    ),
    (
        "personal-metadata.template",
        "O arquivo indica o modelo de que foi feito por um caminho em um computador ou em uma rede: {value}. {audience:text}",
        "Word: Arquivo > Opções > Suplementos, Gerenciar: Modelos, Ir, e anexe o Normal no lugar (ou esvazie a caixa). Em qualquer programa, copiar o texto para um documento novo em branco (Ctrl+A, Ctrl+C, Arquivo > Novo, Ctrl+V) e salvar esse documento deixa o caminho para trás. Google Docs: um arquivo baixado como Word não tem caminho de modelo.",
    ),
    (
        "personal-metadata.custom",
        "O arquivo tem propriedades personalizadas ({count}), que o Word não mostra na página: {value}. {audience:text}",
        "Word: Arquivo > Informações > Propriedades > Propriedades Avançadas > Personalizar, selecione cada uma e clique em Excluir; ou Inspecionar Documento (Arquivo > Informações > Verificar Problemas) > Propriedades do Documento e Informações Pessoais > Remover Tudo. LibreOffice: Arquivo > Propriedades > Propriedades personalizadas, remova cada uma. Google Docs: um arquivo baixado como Word não tem propriedades personalizadas.",
    ),
    (
        "personal-metadata.pdf-author",
        "As propriedades do PDF indicam o autor: “{value}”. {audience:text}",
        "O PDF copia esse dado do documento de origem: apague o autor lá (no Word, Arquivo > Informações > Propriedades) e exporte o PDF de novo. No Acrobat: Arquivo > Propriedades > Descrição, apague Autor e salve; o Acrobat Pro remove todos esses dados com Ferramentas > Redigir > Remover informações ocultas.",
    ),
    (
        "personal-metadata.pdf-creator",
        "As propriedades do PDF indicam o programa ou o arquivo de que ele foi feito: “{value}”. {audience:text}",
        "Em geral não causa problema, mas pode revelar o nome do arquivo de um rascunho. Renomeie o arquivo de origem antes de exportar o PDF de novo ou, no Acrobat Pro, use Ferramentas > Redigir > Remover informações ocultas, marque Metadados e depois Remover.",
    ),
    (
        "macros",
        "O arquivo contém código de macro ({parts}). Macros são programas: servidores de e-mail e secretarias costumam bloquear arquivos que as contêm.",
        "Salve o documento sem macros. Word: Arquivo > Salvar como > Documento do Word (*.docx): as macros ficam de fora e o texto é mantido. LibreOffice: Arquivo > Salvar como > Word 2007-365 (.docx). O Google Docs nunca adiciona macros: um arquivo baixado dele como Word não tem nenhuma. Depois, verifique o arquivo novo.",
    ),
    (
        "embedded-files",
        "Arquivos incorporados ao documento: {count} ({names}). Eles vão inteiros dentro do seu arquivo e podem conter mais do que a página mostra, por exemplo uma planilha completa por trás de uma tabela ou de um gráfico. {audience:text}",
        "Se só o que a página mostra é necessário, substitua cada objeto por uma imagem. Word: selecione-o, Ctrl+X e depois Página Inicial > Colar > Colar Especial > Imagem. LibreOffice: selecione-o, Ctrl+X e depois Editar > Colar especial > Colar especial, e escolha um formato de imagem. Google Docs: exclua-o e insira uma imagem (Inserir > Imagem). Depois, verifique o arquivo de novo.",
    ),
    (
        "embedded-files.pdf",
        "Arquivos anexados ao PDF: {count} ({names}). Eles são publicados com ele, inteiros. {audience:text}",
        "No Acrobat: abra o painel Anexos (o ícone de clipe à esquerda), selecione cada arquivo, Excluir, e salve. Ou exporte o PDF de novo a partir do documento original, que não anexa nada. Depois, verifique o arquivo novo.",
    ),
    (
        "pdf-annotations",
        "Ainda há comentários e marcações no PDF: {count} ({kinds}), feitos por {authors}. {audience:text}",
        "No Acrobat: abra Todas as ferramentas > Adicionar comentários, selecione todos os comentários da lista (Ctrl+A), exclua-os e salve; o Acrobat Pro também os remove com Ferramentas > Redigir > Remover informações ocultas. Ou exporte o PDF de novo a partir do documento original (Word: Arquivo > Salvar como > PDF; LibreOffice: Arquivo > Exportar como PDF; Google Docs: Arquivo > Fazer download > PDF) depois de tratar os comentários dele. Depois, verifique o arquivo novo.",
    ),
    (
        "pdf-javascript",
        "O PDF contém JavaScript ou ações que rodam sozinhas ({count}). Filtros de e-mail e secretarias costumam bloquear esses arquivos.",
        "Exporte o PDF de novo a partir do documento original (Word: Arquivo > Salvar como > PDF; LibreOffice: Arquivo > Exportar como PDF; Google Docs: Arquivo > Fazer download > PDF): nenhum deles adiciona JavaScript. No Acrobat Pro: Todas as ferramentas > Usar JavaScript > JavaScripts do documento, exclua cada script e salve. Depois, verifique o arquivo novo.",
    ),
    (
        "personal-metadata.author-saved",
        "As propriedades do arquivo indicam o autor, que também foi a última pessoa a salvá-lo: “{value}”. {audience:text}",
        "Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Propriedades do Documento e Informações Pessoais, Inspecionar e depois Remover Tudo; ou, em Arquivo > Informações > Pessoas Relacionadas, clique com o botão direito no nome > Remover Pessoa. LibreOffice: Arquivo > Propriedades > Geral, clique em Redefinir propriedades e desmarque Aplicar dados do usuário; Ferramentas > Opções > LibreOffice > Segurança > Opções > Remover informações pessoais ao salvar faz isso sempre. Google Docs: um arquivo baixado como Word (Arquivo > Fazer download) não indica ninguém.",
    ),
];
