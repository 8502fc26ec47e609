# The checker's words in Portuguese: rule messages (and their .help), places,
# names of formats and languages, the command line and the cover email.
# Syntax: https://projectfluent.org/fluent/guide/ ; ids are the keys of the
# report (`word-limit.over`) with the dot written `_`. Functions: see
# docs/translating.md.

format_docx = Word (.docx)
format_docm = Word com macros (.docm)
format_doc = Word 97-2003 (.doc)
format_encrypted-ooxml = Word protegido por senha
format_pdf = PDF
format_odt = OpenDocument (.odt)
format_rtf = texto formatado (.rtf)
format_txt = texto simples
format_html = página web (HTML)
format_image = imagem
format_empty = arquivo vazio
format_unknown = arquivo não reconhecido
language_en = inglês
language_fr = francês
language_es = espanhol
language_pt = português
unreadable-file_corrupt = Não é possível abrir este arquivo: parece estar danificado.
    .help = Abra o original no Word ou no LibreOffice, salve-o com outro nome e verifique o novo arquivo. Se ele chegou por e-mail, baixe-o novamente.
unreadable-file_too-large = Este arquivo é grande ou complexo demais para ser verificado com segurança.
    .help = Confirme que é o arquivo certo. Salve uma cópia sem imagens grandes (no Word: Arquivo > Compactar imagens) e verifique essa cópia.
unreadable-file_unsupported = O verificador não consegue ler o texto de um arquivo { FORMATS($format) }, portanto não pode contar as palavras nem procurar conteúdo oculto.
    .help = Salve o documento como Word (.docx) ou PDF: no Word, Arquivo > Salvar como; no LibreOffice, Arquivo > Salvar como > Word 2007-365; no Google Docs, Arquivo > Fazer download > Microsoft Word (.docx). Depois verifique o novo arquivo.
unreadable-file_empty = Este arquivo está vazio (0 bytes): não há nada nele para enviar.
    .help = Salve o documento novamente e escolha o arquivo salvo, não um atalho nem um arquivo que ainda está sendo baixado.
password-protected = Este arquivo está protegido por senha; por isso, a secretaria não poderá abri-lo nem publicá-lo.
    .help = Remova a senha e envie o arquivo sem proteção. No Word: Arquivo > Informações > Proteger Documento > Criptografar com Senha, apague a senha, OK e salve. No LibreOffice: Arquivo > Salvar como, desmarque “Salvar com senha”. No Acrobat: Arquivo > Propriedades > Segurança > Sem segurança.
file-format_not-accepted = A chamada aceita arquivos { FORMATS($accepted) }; este arquivo está no formato { FORMATS($format) }.
    .help = Abra-o no Word, no LibreOffice ou no Google Docs e salve uma cópia como { FORMATS($accepted) }: no Word, Arquivo > Salvar como e escolha o tipo; no LibreOffice, Arquivo > Salvar como, ou Arquivo > Exportar como PDF; no Google Docs, Arquivo > Fazer download e escolha o tipo. Depois verifique o novo arquivo.
file-format_unrecognised = A chamada aceita arquivos { FORMATS($accepted) }; este arquivo é { MESSAGE($kind) }.
    .help = Abra o documento no programa em que o escreveu e salve-o ou exporte-o como { FORMATS($accepted) }. No Apple Pages: Arquivo > Exportar para > Word ou PDF. No LibreOffice: Arquivo > Salvar como, ou Arquivo > Exportar como PDF. No Google Docs: Arquivo > Fazer download.
kind_unrecognised = de um formato que o verificador não reconhece
kind_apple-pages = um documento do Apple Pages
kind_spreadsheet = uma planilha
kind_presentation = uma apresentação
kind_zip-archive = um arquivo ZIP
kind_opendocument-other = um arquivo OpenDocument que não é um documento de texto
kind_office-legacy-other = um arquivo antigo do Office que não é um documento do Word
kind_damaged-zip = um arquivo danificado
file-format_macros = Este é um arquivo do Word com macros (.docm). Os servidores de e-mail costumam bloquear esses anexos, e a secretaria pode não abri-lo.
    .help = Salve-o como documento comum do Word: Arquivo > Salvar como > Documento do Word (*.docx). As macros são removidas e o texto é mantido.
unreadable-file_legacy-word = Este é um arquivo do Word anterior ao Word 97 (Word 6 ou Word 95). A chamada aceita arquivos do Word, mas este verificador não lê um formato tão antigo; por isso, nada mais foi verificado.
    .help = Salve-o como .docx e verifique o novo arquivo, que será verificado por completo: no Word, Arquivo > Salvar como > Documento do Word (.docx); no LibreOffice, Arquivo > Salvar como > Word 2007-365 (.docx); no Google Docs, abra-o e use Arquivo > Fazer download > Microsoft Word (.docx).
wrong-extension = O arquivo se chama “{ $name }”, mas na verdade é um arquivo { FORMATS($format) }.
    .help = Salve-o novamente no formato certo a partir do programa que o criou, ou renomeie-o para terminar em .{ $expected }. Um nome errado pode impedir que o computador da secretaria o abra.
word-limit_over =
    O documento tem { $counted ->
        [one] { $counted } palavra
        [many] { $counted } de palavras
       *[other] { $counted } palavras
    }; a chamada permite { $limit }. Corte pelo menos { $excess ->
        [one] { $excess } palavra
        [many] { $excess } de palavras
       *[other] { $excess } palavras
    }.
    .help = Foi contado { MESSAGE($what) }. Encurte o texto ou passe os detalhes para um anexo enviado à parte, se a chamada permitir. O Word mostra a própria contagem em Revisão > Contar palavras.
word-limit_near =
    O documento tem { $counted ->
        [one] { $counted } palavra
        [many] { $counted } de palavras
       *[other] { $counted } palavras
    }, logo abaixo do limite de { $limit }.
    .help = Foi contado { MESSAGE($what) }. O Word pode contar algumas palavras de outra forma: deixe uma pequena margem.
word-limit_what-body = o texto principal, sem notas de rodapé nem notas de fim
word-limit_what-body-and-notes = o texto principal com as notas de rodapé e as notas de fim
hyperlinks-missing = A chamada pede hiperlinks para as fontes (sites, documentos, estatísticas, leis), e este documento não tem nenhum.
    .help = Adicione links para as suas fontes: selecione as palavras e, no Word, use Inserir > Link (Ctrl+K); no LibreOffice, Inserir > Hiperlink (Ctrl+K); no Google Docs, Inserir > Link; depois cole o endereço web.
deadline_passed = O prazo terminou em { $deadline } (horário de { ZONE($zone) }).
    .help = Entre em contato com a secretaria antes de enviar a contribuição: contribuições atrasadas podem não ser consideradas.
deadline_soon =
    O prazo termina em { $deadline } (horário de { ZONE($zone) }): { $days ->
        [one] falta { $days } dia.
        [many] faltam { $days } de dias.
       *[other] faltam { $days } dias.
    }
    .help = Envie a contribuição logo: o e-mail pode demorar a chegar, e o prazo termina à meia-noite, horário de { ZONE($zone) }.
deadline_today = O prazo termina hoje, { $deadline }, à meia-noite (horário de { ZONE($zone) }).
    .help = Envie a contribuição hoje, sem deixar para o último minuto: o e-mail pode demorar a chegar.

## The cover email.

mail_greeting = Prezada Secretaria,
mail_cover = Segue em anexo a nossa contribuição para a sua chamada.
mail_title = Título: { $title }
mail_file = Arquivo: { $file }
mail_words = Palavras: { $words }
mail_language = Idioma: { LANGUAGES($language) }
mail_attach = [Antes de enviar: anexe o arquivo { $file } a este e-mail.]
mail_closing = Atenciosamente,

## Publicação: quem verá o que fica escondido no arquivo.

publication_in-full = A chamada publica as contribuições na íntegra, como recebidas, então isto ficará público.
publication_received = Qualquer pessoa que receber o arquivo pode ver isto.
comments = Ainda há comentários no arquivo: { $count } (respostas: { $replies }; marcados como resolvidos: { $resolved }), escritos por { LIST($authors) }. { MESSAGE($audience) }
    .help = Exclua todos os comentários; marcar um como resolvido só o esconde. Word: Revisão > Excluir (a seta embaixo) > Excluir Todos os Comentários do Documento. LibreOffice: Exibir > Anotações para mostrá-las e, depois, clique com o botão direito em uma anotação > Excluir todas as anotações. Google Docs: abra o histórico de comentários (o ícone de balão no canto superior direito) e exclua cada conversa (⋮ > Excluir) antes de baixar. Depois, verifique o arquivo de novo.
tracked-changes = Ainda há alterações controladas no arquivo: { $count } (inserções: { $insertions }; exclusões: { $deletions }; movimentações: { $moves }; formatação: { $formatting }), feitas por { LIST($authors) } (datas: { DATES($dates) }). { MESSAGE($audience) }
    .help = Aceite ou rejeite cada alteração e desligue o controle. Word: Revisão > Aceitar (a seta embaixo) > Aceitar Todas as Alterações e Parar o Controle. LibreOffice: Editar > Registrar alterações > Aceitar todas e, depois, desmarque Editar > Registrar alterações > Registrar. Google Docs: Ferramentas > Revisar edições sugeridas > Aceitar tudo. Salve e verifique o arquivo de novo.
tracked-changes_with-deleted = Ainda há alterações controladas no arquivo: { $count } (inserções: { $insertions }; exclusões: { $deletions }; movimentações: { $moves }; formatação: { $formatting }), feitas por { LIST($authors) } (datas: { DATES($dates) }). { MESSAGE($audience) } O texto excluído continua dentro do arquivo e qualquer pessoa pode lê-lo, por exemplo: “{ $deleted }”.
    .help = Aceite ou rejeite cada alteração e desligue o controle: só então o texto excluído some de verdade. Word: Revisão > Aceitar (a seta embaixo) > Aceitar Todas as Alterações e Parar o Controle. LibreOffice: Editar > Registrar alterações > Aceitar todas e, depois, desmarque Editar > Registrar alterações > Registrar. Google Docs: Ferramentas > Revisar edições sugeridas > Aceitar tudo. Salve e verifique o arquivo de novo.
hidden-text = Ainda há texto oculto no arquivo (trechos: { $count }). O Word não o mostra nem o imprime, mas ele está lá e qualquer pessoa pode revelá-lo. { MESSAGE($audience) }
    .help = Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Texto Oculto, clique em Inspecionar e depois em Remover Tudo (para vê-lo antes: Página Inicial > ¶, que mostra o texto oculto sublinhado com pontos). LibreOffice: marque Ferramentas > Opções > LibreOffice Writer > Recursos de formatação > Caracteres ocultos para vê-lo e exclua-o, ou selecione-o e desmarque Formatar > Caractere > Efeitos de fonte > Oculto. O Google Docs não tem texto oculto: remova-o no Word ou no LibreOffice. Depois, verifique o arquivo de novo.
headers-footers = Cabeçalhos e rodapés são impressos em todas as páginas e publicados com o documento. Confira se não dizem nada que você não queira tornar público: { $texts }.
    .help = Para editá-los: no Word, clique duas vezes na margem superior ou inferior de uma página; no LibreOffice, clique no cabeçalho ou no rodapé; no Google Docs, clique bem no alto ou bem embaixo de uma página. Lembre-se da primeira página e das páginas pares e ímpares, que podem ter os seus próprios.
headers-footers_watermark = O documento tem uma marca-d’água nas páginas: { $text }.
    .help = Se ela não deve ser publicada (por exemplo, “Rascunho” ou “Confidencial”), remova-a. Word: Design > Marca-d’água > Remover Marca-d’água. LibreOffice: Formatar > Marca d'água e apague o texto. Google Docs: Inserir > Marca-d’água > Remover marca-d’água.
personal-metadata_author = As propriedades do arquivo indicam o autor: “{ $value }”. { MESSAGE($audience) }
    .help = Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Propriedades do Documento e Informações Pessoais, Inspecionar e depois Remover Tudo; ou, em Arquivo > Informações > Pessoas Relacionadas, clique com o botão direito no nome > Remover Pessoa. LibreOffice: Arquivo > Propriedades > Geral, clique em Redefinir propriedades e desmarque Utilizar os dados do usuário; Ferramentas > Opções > LibreOffice > Segurança > Opções > Remover informações pessoais ao salvar faz isso sempre. Google Docs: um arquivo baixado como Word (Arquivo > Fazer download) não indica nenhum autor.
personal-metadata_last-modified-by = As propriedades do arquivo indicam a última pessoa que o salvou: “{ $value }”. { MESSAGE($audience) }
    .help = Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Propriedades do Documento e Informações Pessoais, Inspecionar e depois Remover Tudo. LibreOffice: Arquivo > Propriedades > Geral, clique em Redefinir propriedades e desmarque Utilizar os dados do usuário; Ferramentas > Opções > LibreOffice > Segurança > Opções > Remover informações pessoais ao salvar faz isso sempre. Google Docs: um arquivo baixado como Word (Arquivo > Fazer download) não indica ninguém.
personal-metadata_company = As propriedades do arquivo indicam uma empresa ou organização: “{ $value }”. { MESSAGE($audience) }
    .help = Se ela não deve ser publicada, remova-a. Word: Arquivo > Informações > Propriedades > Propriedades Avançadas > Resumo, apague Empresa; ou Inspecionar Documento (Arquivo > Informações > Verificar Problemas) > Propriedades do Documento e Informações Pessoais > Remover Tudo. LibreOffice: Arquivo > Propriedades > Propriedades personalizadas. Google Docs: um arquivo baixado como Word não indica nenhuma empresa.
personal-metadata_manager = As propriedades do arquivo indicam um gerente: “{ $value }”. { MESSAGE($audience) }
    .help = Se ele não deve ser publicado, remova-o. Word: Arquivo > Informações > Propriedades > Propriedades Avançadas > Resumo, apague Gerente; ou Inspecionar Documento (Arquivo > Informações > Verificar Problemas) > Propriedades do Documento e Informações Pessoais > Remover Tudo. LibreOffice: Arquivo > Propriedades > Propriedades personalizadas. Google Docs: um arquivo baixado como Word não indica nenhum gerente.
personal-metadata_template-user = O arquivo indica o modelo de que foi feito por um caminho que mostra o nome de usuário “{ $user }”: { $value }. { MESSAGE($audience) }
    .help = Word: Arquivo > Opções > Suplementos, Gerenciar: Modelos, Ir, e anexe o Normal no lugar (ou esvazie a caixa). Em qualquer programa, copiar o texto para um documento novo em branco (Ctrl+A, Ctrl+C, Arquivo > Novo, Ctrl+V) e salvar esse documento deixa o caminho para trás. Google Docs: um arquivo baixado como Word não tem caminho de modelo.
personal-metadata_template = O arquivo indica o modelo de que foi feito por um caminho em um computador ou em uma rede: { $value }. { MESSAGE($audience) }
    .help = Word: Arquivo > Opções > Suplementos, Gerenciar: Modelos, Ir, e anexe o Normal no lugar (ou esvazie a caixa). Em qualquer programa, copiar o texto para um documento novo em branco (Ctrl+A, Ctrl+C, Arquivo > Novo, Ctrl+V) e salvar esse documento deixa o caminho para trás. Google Docs: um arquivo baixado como Word não tem caminho de modelo.
personal-metadata_custom = O arquivo tem propriedades personalizadas ({ $count }), que o Word não mostra na página: { $value }. { MESSAGE($audience) }
    .help = Word: Arquivo > Informações > Propriedades > Propriedades Avançadas > Personalizar, selecione cada uma e clique em Excluir; ou Inspecionar Documento (Arquivo > Informações > Verificar Problemas) > Propriedades do Documento e Informações Pessoais > Remover Tudo. LibreOffice: Arquivo > Propriedades > Propriedades personalizadas, remova cada uma. Google Docs: um arquivo baixado como Word não tem propriedades personalizadas.
personal-metadata_pdf-author = As propriedades do PDF indicam o autor: “{ $value }”. { MESSAGE($audience) }
    .help = O PDF copia esse dado do documento de origem: apague o autor lá (no Word, Arquivo > Informações > Propriedades) e exporte o PDF de novo. No Acrobat: Arquivo > Propriedades > Descrição, apague Autor e salve; o Acrobat Pro remove todos esses dados com Ferramentas > Redigir > Remover informações ocultas.
personal-metadata_pdf-creator = As propriedades do PDF indicam o programa ou o arquivo de que ele foi feito: “{ $value }”. { MESSAGE($audience) }
    .help = Em geral não causa problema, mas pode revelar o nome do arquivo de um rascunho. Renomeie o arquivo de origem antes de exportar o PDF de novo ou, no Acrobat Pro, use Ferramentas > Redigir > Remover informações ocultas, marque Metadados e depois Remover.
macros = O arquivo contém código de macro ({ $parts }). Macros são programas: servidores de e-mail e secretarias costumam bloquear arquivos que as contêm.
    .help = Salve o documento sem macros. Word: Arquivo > Salvar como > Documento do Word (*.docx): as macros ficam de fora e o texto é mantido. LibreOffice: Arquivo > Salvar como > Word 2007-365 (.docx). O Google Docs nunca adiciona macros: um arquivo baixado dele como Word não tem nenhuma. Depois, verifique o arquivo novo.
embedded-files = Arquivos incorporados ao documento: { $count } ({ $names }). Eles vão inteiros dentro do seu arquivo e podem conter mais do que a página mostra, por exemplo uma planilha completa por trás de uma tabela ou de um gráfico. { MESSAGE($audience) }
    .help = Se só o que a página mostra é necessário, substitua cada objeto por uma imagem. Word: selecione-o, Ctrl+X e depois Página Inicial > Colar > Colar Especial > Imagem. LibreOffice: selecione-o, Ctrl+X e depois Editar > Colar especial > Colar especial, e escolha um formato de imagem. Google Docs: exclua-o e insira uma imagem (Inserir > Imagem). Depois, verifique o arquivo de novo.
embedded-files_pdf = Arquivos anexados ao PDF: { $count } ({ $names }). Eles são publicados com ele, inteiros. { MESSAGE($audience) }
    .help = No Acrobat: abra o painel Anexos (o ícone de clipe à esquerda), selecione cada arquivo, Excluir, e salve. Ou exporte o PDF de novo a partir do documento original, que não anexa nada. Depois, verifique o arquivo novo.
# Kinds of PDF annotation, with how many there are.
annotation_text = notas: { $n }
annotation_freetext = caixas de texto: { $n }
annotation_highlight = realces: { $n }
annotation_underline = sublinhados: { $n }
annotation_strikeout = rasurados: { $n }
annotation_squiggly = sublinhados ondulados: { $n }
annotation_caret = marcas de inserção: { $n }
annotation_ink = desenhos: { $n }
annotation_stamp = carimbos: { $n }
annotation_square = retângulos: { $n }
annotation_circle = elipses: { $n }
annotation_line = linhas: { $n }
annotation_polygon = polígonos: { $n }
annotation_polyline = polilinhas: { $n }
annotation_fileattachment = arquivos anexados: { $n }
annotation_sound = sons: { $n }
annotation_redact = marcas de ocultação: { $n }
annotation_other = outras marcas: { $n }
pdf-annotations = Ainda há comentários e marcações no PDF: { $count } ({ ANNOTATIONS($kinds) }), feitos por { LIST($authors) }. { MESSAGE($audience) }
    .help = No Acrobat: abra Todas as ferramentas > Adicionar comentários, selecione todos os comentários da lista (Ctrl+A), exclua-os e salve; o Acrobat Pro também os remove com Ferramentas > Redigir > Remover informações ocultas. Ou exporte o PDF de novo a partir do documento original (Word: Arquivo > Salvar como > PDF; LibreOffice: Arquivo > Exportar como PDF; Google Docs: Arquivo > Fazer download > PDF) depois de tratar os comentários dele. Depois, verifique o arquivo novo.
pdf-javascript = O PDF contém JavaScript ou ações que rodam sozinhas ({ $count }). Filtros de e-mail e secretarias costumam bloquear esses arquivos.
    .help = Exporte o PDF de novo a partir do documento original (Word: Arquivo > Salvar como > PDF; LibreOffice: Arquivo > Exportar como PDF; Google Docs: Arquivo > Fazer download > PDF): nenhum deles adiciona JavaScript. No Acrobat Pro: Todas as ferramentas > Usar JavaScript > JavaScripts do documento, exclua cada script e salve. Depois, verifique o arquivo novo.
personal-metadata_author-saved = As propriedades do arquivo indicam o autor, que também foi a última pessoa a salvá-lo: “{ $value }”. { MESSAGE($audience) }
    .help = Word: Arquivo > Informações > Verificar Problemas > Inspecionar Documento, marque Propriedades do Documento e Informações Pessoais, Inspecionar e depois Remover Tudo; ou, em Arquivo > Informações > Pessoas Relacionadas, clique com o botão direito no nome > Remover Pessoa. LibreOffice: Arquivo > Propriedades > Geral, clique em Redefinir propriedades e desmarque Utilizar os dados do usuário; Ferramentas > Opções > LibreOffice > Segurança > Opções > Remover informações pessoais ao salvar faz isso sempre. Google Docs: um arquivo baixado como Word (Arquivo > Fazer download) não indica ninguém.

## Names of the other languages the detector may report.

language_it = italiano
language_ca = catalão
language_ro = romeno
language_de = alemão
language_nl = holandês
language_ru = russo
language_uk = ucraniano
language_be = bielorrusso
language_bg = búlgaro
language_sr = sérvio
language_hr = croata
language_sl = esloveno
language_mk = macedônio
language_sk = eslovaco
language_cs = tcheco
language_pl = polonês
language_hu = húngaro
language_fi = finlandês
language_et = estoniano
language_lv = letão
language_lt = lituano
language_sv = sueco
language_da = dinamarquês
language_nb = norueguês
language_el = grego
language_tr = turco
language_ar = árabe
language_he = hebraico
language_yi = iídiche
language_fa = persa
language_ur = urdu
language_hi = híndi
language_bn = bengali
language_pa = punjabi
language_gu = guzerate
language_or = oriá
language_ta = tâmil
language_te = télugo
language_kn = canarim
language_ml = malaiala
language_si = cingalês
language_mr = marati
language_ne = nepalês
language_th = tailandês
language_km = khmer
language_vi = vietnamita
language_id = indonésio
language_jv = javanês
language_tl = tagalo
language_zh = chinês
language_ja = japonês
language_ko = coreano
language_am = amárico
language_ak = akan
language_zu = zulu
language_sn = xona
language_af = africâner
language_la = latim
language_eo = esperanto
language_az = azerbaijano
language_ka = georgiano
language_hy = armênio
language_uz = uzbeque
language_tk = turcomeno
language_my = birmanês
language_cy = galês

## The language rule, and places in a document.

language_not-accepted = Este documento está escrito principalmente em { LANGUAGES($main) }; a chamada aceita contribuições em { LANGUAGES($accepted) }.
    .help = Envie uma versão em um dos idiomas aceitos. Se não for possível traduzi-lo a tempo, pergunte à secretaria, antes do fim do prazo, se ela pode aceitar este idioma.
language_other = Cerca de { $share }% do texto está em { LANGUAGES($language) }, um idioma que a chamada não aceita.
    .help = Onde: { PLACES($places) }. Traduza esses trechos para um dos idiomas aceitos ({ LANGUAGES($accepted) }) ou remova-os se não forem necessários.
language_unsure = O verificador não conseguiu determinar com certeza o idioma deste documento.
    .help = A chamada aceita contribuições em { LANGUAGES($accepted) }. Se o documento estiver escrito em um deles, este aviso pode ser ignorado. Trechos em vários idiomas, ou um idioma próximo de um aceito, podem tornar a resposta incerta.
place_paragraph = parágrafo { $n }
place_paragraphs = parágrafos { $n }
place_page = página { $n }
place_pages = páginas { $n }
place_unknown = vários pontos do documento

## Attachment size.

unit_megabytes = { $n }{"\u00A0"}MB
attachment-size = Este arquivo tem { MEGABYTES($size) }: muitos servidores de e-mail recusam anexos com mais de { MEGABYTES($limit) }.
    .help = Reduza o tamanho. As imagens costumam ser a causa: no Word, selecione uma imagem e use Formato da Imagem > Compactar Imagens, desmarque “Aplicar somente a esta imagem”, marque “Excluir áreas cortadas das imagens” e escolha Email (96 ppi). Para um PDF, no Word use Arquivo > Salvar como, escolha PDF e “Tamanho mínimo (publicação online)”; no LibreOffice use Arquivo > Exportar como PDF com compressão JPEG e “Reduzir resolução da imagem”. Remova as imagens desnecessárias. Se o arquivo continuar grande demais, pergunte à secretaria como enviá-lo.

## Links.

unreachable-link_file = Este link aponta para um arquivo em um computador ou em uma unidade compartilhada ({ $url }); ninguém mais consegue abri-lo.
    .help = Publique o documento on-line e use o endereço web dele no link, ou envie-o como anexo separado e cite-o pelo título. Para alterar o link no Word: clique com o botão direito no link > Editar Hiperlink.
unreachable-link_local = Este link aponta para este computador ou para uma rede privada ({ $url }); ele não vai abrir para a secretaria nem para os leitores.
    .help = Substitua-o pelo endereço web público da mesma página. Para alterar o link no Word: clique com o botão direito no link > Editar Hiperlink.
unreachable-link_intranet = Este link aponta para um site interno ({ $url }) que só abre dentro da rede de uma organização.
    .help = Use um link para uma cópia pública da página ou do documento. Se não houver, cite-o pelo título e informe como obtê-lo.
unreachable-link_sign-in = Este link aponta para um site que exige login ({ $url }), como SharePoint, OneDrive corporativo ou Teams; a maioria dos leitores não conseguirá abri-lo.
    .help = Use um link para uma cópia pública ou compartilhe o arquivo com qualquer pessoa que tenha o link e use esse link. Depois abra-o em uma janela anônima do navegador, sem login, para confirmar que funciona.
unreachable-link_check-sharing = Este link aponta para um arquivo armazenado on-line ({ $url }); os leitores só conseguirão abri-lo se ele estiver compartilhado publicamente.
    .help = Confirme que ele está compartilhado com qualquer pessoa que tenha o link e abra o link em uma janela anônima do navegador, sem login, para ter certeza de que funciona.
malformed-link_invalid = Este link não é um endereço web válido ({ $url }), portanto não vai abrir.
    .help = Copie o endereço da barra de endereços do navegador e cole-o novamente no link: no Word, clique com o botão direito no link > Editar Hiperlink.
malformed-link_no-scheme = Este link não começa com “https://” nem “http://” ({ $url }), portanto o Word o trata como nome de arquivo e ele não vai abrir.
    .help = Edite o link e acrescente https:// no início do endereço: no Word, clique com o botão direito no link > Editar Hiperlink.
malformed-link_scheme-typo = Este link começa com “{ $scheme }:” em vez de “http:” ou “https:” ({ $url }), portanto não vai abrir.
    .help = Corrija o início do endereço: no Word, clique com o botão direito no link > Editar Hiperlink.
malformed-link_email = Este link de e-mail não contém um endereço válido ({ $url }).
    .help = Edite o link para que fique mailto: seguido do endereço completo, por exemplo mailto:nome@exemplo.org.
link-text-mismatch = O link mostra { $text }, mas abre { $url }.
    .help = Os leitores esperam que um link abra o endereço que veem. Corrija o link ou o texto para que correspondam: no Word, clique com o botão direito no link > Editar Hiperlink.
hyperlinks-missing_only-email = A chamada pede hiperlinks para as fontes (sites, documentos, estatísticas, leis); este documento só tem links para endereços de e-mail ({ LIST($emails) }), que não são fontes.
    .help = Adicione links para as suas fontes: selecione as palavras e, no Word, use Inserir > Link (Ctrl+K); no LibreOffice, Inserir > Hiperlink (Ctrl+K); no Google Docs, Inserir > Link; depois cole o endereço web.

## Deadline, and the names of time zones.

deadline_tomorrow = O prazo termina amanhã, { $deadline }, à meia-noite (horário de { ZONE($zone) }).
    .help = Envie a contribuição logo: o e-mail pode demorar a chegar.
zone_europe-zurich = Genebra
zone_america-new-york = Nova York
zone_utc = UTC

## The command line's own words, and parts of a location.

place_footnote = nota de rodapé { $n }
place_endnote = nota de fim { $n }
place_comment = comentário { $n }
place_header = cabeçalho
place_footer = rodapé
place_text-box = caixa de texto
place_watermark = marca d’água
place_document = o documento inteiro
place_page-action = uma ação da página (/AA)
place_annotation-action = uma ação de uma anotação (/AA)
place_link-javascript = um link que executa JavaScript
place_document-javascript = o script do documento “{ $name }”
place_open-action = a ação executada ao abrir (/OpenAction)
place_document-action = uma ação do documento (/AA)
place_xfa-script = um script do formulário XFA
place_under = sob “{ $heading }”
place_separator = {", "}
place_quote = “{ $quote }”
cli_words = palavras: { $counted }
cli_words-limit = palavras: { $counted } / { $limit }
cli_notes = notas: { $n } (não contadas)
cli_pages = páginas: { $n }
cli_links = links: { $n }
cli_ready-with-warnings = PRONTO segundo as regras da chamada, mas há conteúdo que seria publicado com o arquivo: veja os avisos abaixo
cli_ready = PRONTO para enviar
cli_not-ready = NÃO ESTÁ PRONTO: corrija os erros abaixo ({ $errors })
cli_unknown-language = O idioma “{ $lang }” não está disponível, por isso é usado o inglês. Idiomas disponíveis: { LIST($available) }.
# How much a finding matters, as the command line labels it.
severity_error = erro
severity_warning = aviso
severity_info = informação
cli_where = onde: { $where }
no-text = O documento não tem nenhuma palavra no texto principal.
    .help = Verifique se é o arquivo certo, e não um modelo, uma exportação vazia ou outra versão. Se o seu texto está em imagens (um documento digitalizado, ou páginas coladas como imagens), ninguém consegue contá-lo, pesquisar nele nem lê-lo em voz alta: envie o documento em que o texto foi escrito (Word, ou um PDF salvo a partir dele) e depois verifique esse arquivo.
no-text-layer_some =
    { $count ->
        [one] { $count } página deste PDF é uma imagem de texto, sem texto (página { LIST($pages) }): as suas palavras não podem ser contadas nem pesquisadas.
        [many] { $count } de páginas deste PDF são imagens de texto, sem texto (páginas { LIST($pages) }): as suas palavras não podem ser contadas nem pesquisadas.
       *[other] { $count } páginas deste PDF são imagens de texto, sem texto (páginas { LIST($pages) }): as suas palavras não podem ser contadas nem pesquisadas.
    }
    .help = Aplique o reconhecimento de texto (OCR) ao arquivo, por exemplo no Adobe Acrobat: Digitalizar e OCR > Reconhecer texto; ou, melhor, exporte de novo o PDF a partir do documento original (no Word: Arquivo > Salvar como > PDF).
no-text-layer_all =
    Todas as páginas deste PDF são imagens de texto ({ $count ->
        [one] { $count } página
        [many] { $count } de páginas
       *[other] { $count } páginas
    }), sem texto: nada pode ser contado, pesquisado ou citado.
    .help = Envie o documento original, ou exporte-o em PDF a partir do programa em que foi escrito (no Word: Arquivo > Salvar como > PDF). Se só tiver uma digitalização, aplique-lhe antes o reconhecimento de texto (OCR), por exemplo no Adobe Acrobat: Digitalizar e OCR > Reconhecer texto.

## Reading a call's text (call_text): why a field is absent, and notes.

call-text_not-stated = a chamada não o indica
call-text_not-found = não encontrado:
call-text_empty-line = a linha «{ $label }» da chamada está vazia
call-text_ambiguous = a chamada dá valores diferentes ({ $values }); nenhum foi escolhido
call-text_other-unit = a chamada fixa uma extensão noutra unidade, não em palavras: «{ $quote }»
call-text_unrecognised = «{ $quote }» nomeia algo que aqui não é reconhecido: { $values }
call-text_email-protected = a página web ocultou o endereço («[email protected]»): cole o código HTML da página ou copie o endereço do seu link
call-text_no-id = não há de onde deduzi-lo (uma sigla no assunto ou um endereço, e um prazo): escolha um, por exemplo «sr-health-2025»
call-text_id-from-subject = deduzido: «{ $acronym }» do assunto, { $year } do prazo
call-text_id-from-email = deduzido: «{ $name }» do endereço { $email }, { $year } do prazo
call-text_id-given = indicado pelo secretariado
call-text_word-formats = (Word: .docx, .docm, .doc)
call-text_toml-drafted = Redigido a partir do texto da chamada pelo submission-checker. Verifique cada valor com a chamada antes de usar.
call-text_toml-missing = Não encontrado na chamada (escreva o valor ou omita o campo: nenhuma regra é verificada para um campo omitido):

## The clean copy (the command line).
cli_clean_written = Cópia limpa de { $original }: { $copy }
cli_clean_nothing = nada a remover: a cópia tem o mesmo conteúdo
cli_clean_comments = comentários removidos: { $n }
cli_clean_insertions = inserções controladas aceitas: { $n }
cli_clean_deletions = exclusões controladas aceitas (o texto delas removido): { $n }
cli_clean_moves = movimentações controladas aceitas: { $n }
cli_clean_property-changes = alterações de formatação aceitas: { $n }
cli_clean_hidden-runs = trechos de texto oculto removidos: { $n }
cli_clean_metadata-fields = dados pessoais removidos das propriedades: { $n }
cli_clean_macro-parts = partes de macros removidas: { $n }
cli_clean_annotations = anotações de revisão removidas (notas, realces…): { $n }
cli_clean_scripts = scripts e ações automáticas removidos: { $n }
cli_clean_embedded-files = arquivos incorporados removidos: { $n }
cli_clean_info-fields = campos de autor removidos das informações do documento: { $n }
cli_clean_xmp-properties = campos de autor removidos dos metadados XMP: { $n }
cli_clean_xmp-dropped = os metadados XMP, ilegíveis, removidos por inteiro
cli_clean_decrypted = a proteção por senha (contra impressão ou cópia) removida
cli_clean_signatures = assinaturas digitais que deixam de ser válidas na cópia: { $n }
cli_clean_exists = { $path } já existe e não foi alterado: escolha outro nome com -o
cli_clean_is-original = { $path } é o arquivo original: a cópia limpa nunca o substitui; escolha outro nome com -o
cli_clean_not-folder = { $path } não é uma pasta: com vários arquivos, -o indica a pasta das cópias
cli_clean_cannot-read = não é possível ler { $name }: { $error }
cli_clean_failed = sem cópia limpa de { $name }: { $error }
cli_clean_cannot-write = não é possível gravar { $path }: { $error }
cli_clean_attached = O rascunho anexa a cópia limpa, { $copy }.
cli_clean_not-cleanable = só é possível fazê-la de um arquivo Word (.docx, .docm) ou PDF, e este é { MESSAGE($format) }
cli_clean_refused_case-twins = o pacote contém duas vezes a parte { $part }, com nomes que só diferem em maiúsculas e minúsculas: uma cópia limpa poderia deixar uma delas como está.
cli_clean_refused_cut-field = em { $part }, uma alteração controlada ou um texto oculto corta um campo em dois (um número de página ou uma referência cruzada, por exemplo): aceitá-la poderia danificar o campo.
cli_clean_refused_deleted-mark = em { $part }, uma exclusão controlada afeta algo que não é um parágrafo (numa equação, ou a formatação de um trecho), o que a cópia limpa ainda não aceita.
cli_clean_refused_change-kind = em { $part }, uma alteração controlada de um tipo que a cópia limpa ainda não aceita ({ $element }).
clean-pdf_write = não é possível fazer uma cópia limpa deste PDF: a gravação falhou ({ $error })
clean-pdf_unreadable = não é possível fazer uma cópia limpa deste PDF: a cópia não pode ser lida ({ $error })
clean-pdf_still-holds = não é possível fazer uma cópia limpa deste PDF: a cópia ainda conteria { MESSAGE($what) }
clean-pdf_differs = não é possível fazer uma cópia limpa deste PDF: a cópia não corresponderia ao original (o que difere: { MESSAGE($what) })
clean-pdf_dynamic-xfa = não é possível fazer uma cópia limpa deste PDF: é um formulário XFA dinâmico que contém scripts, e as suas páginas são desenhadas pelo formulário; sem os scripts, a cópia deixaria de mostrar o formulário. Salve-o como PDF padrão (Imprimir em PDF) e limpe esse arquivo
clean-pdf_left_annotations = anotações de revisão
clean-pdf_left_scripts = scripts
clean-pdf_left_files = arquivos incorporados
clean-pdf_left_author = o nome de um autor
clean-pdf_what_pages = as páginas
clean-pdf_what_text = o texto
clean-pdf_what_headers-footers = os cabeçalhos e rodapés
clean-pdf_what_links = os links
clean-pdf_what_form-fields = os campos de formulário
clean-pdf_what_title = o título

## Accessibility (rules/accessibility.rs and the rules that use it).
link-text-vague = Estes textos de link não dizem nada fora do contexto: { LIST($texts) }.
    .help = Onde: { PLACES($places) }. Quem usa um leitor de tela passa de link em link e só ouve as palavras do link. Faça com que digam para onde o link leva (por exemplo, “o relatório de 2024 da Relatora Especial”): no Word, clique com o botão direito no link > Editar Hiperlink e altere o texto para exibição; no LibreOffice, clique com o botão direito no link > Editar hiperlink; no Google Docs, clique no link > Editar link.
link-text-vague_url = Alguns links mostram como texto um endereço web longo: os leitores de tela o soletram caractere por caractere.
    .help = Onde: { PLACES($places) }. Mostre em vez disso uma descrição curta (o título da página ou do documento) e mantenha o endereço como destino do link: no Word, clique com o botão direito no link > Editar Hiperlink > Texto para exibição; no LibreOffice, clique com o botão direito no link > Editar hiperlink > Texto; no Google Docs, clique no link > Editar link. Se a chamada pedir que os endereços fiquem visíveis, este aviso pode ser ignorado.
headings_none = Este documento tem { $words ->
        [one] { $words } palavra
        [many] { $words } de palavras
       *[other] { $words } palavras
    } e nenhum título: quem usa um leitor de tela não consegue percorrê-lo por seções.
    .help = Dê a cada título de seção um estilo de título em vez de negrito ou texto maior: no Word, selecione o título e escolha Página Inicial > Estilos > Título 1 (Título 2 para uma subseção); no LibreOffice, Estilos > Título 1; no Google Docs, Formatar > Estilos de parágrafo > Título 1. O painel de navegação e o sumário passam então a mostrar as seções.
headings_skipped = Um Título { $from } é seguido de um Título { $to }: um nível de título é pulado, o que sugere que falta uma seção.
    .help = Onde: { PLACES($places) }. Use o nível imediatamente abaixo (Título 2 sob um Título 1): no Word, selecione o título e escolha Página Inicial > Estilos; no LibreOffice, Estilos; no Google Docs, Formatar > Estilos de parágrafo.
pdf-accessibility_untagged = Este PDF não tem marcas (tags): os leitores de tela não distinguem os títulos, listas, tabelas e imagens do texto, nem o leem na ordem.
    .help = Exporte o PDF novamente com marcas: no Word, Arquivo > Salvar como > PDF > Opções, marque «Marcas de estrutura de documento para acessibilidade»; no LibreOffice, Arquivo > Exportar como PDF > Geral, marque «PDF marcado (adiciona estrutura ao documento)»; imprimir em PDF nunca gera marcas. Se só tiver o PDF, o Adobe Acrobat Pro pode adicionar as marcas: Acessibilidade > Marcar documento automaticamente.
pdf-accessibility_no-title = Este PDF não tem título nas propriedades: os leitores de tela e as abas do navegador anunciam o nome do arquivo em seu lugar.
    .help = Dê um título ao documento e exporte-o novamente: no Word, Arquivo > Informações > Propriedades > Título; no LibreOffice, Arquivo > Propriedades > Descrição > Título; no Adobe Acrobat, Arquivo > Propriedades > Descrição > Título.
pdf-accessibility_file-name-title = O título deste PDF é apenas um nome de arquivo ou um título padrão («{ $title }»), escrito pelo programa que o gerou: é isso que os leitores de tela e as abas do navegador anunciam.
    .help = Dê ao documento um título real e exporte-o novamente: no Word, Arquivo > Informações > Propriedades > Título; no LibreOffice, Arquivo > Propriedades > Descrição > Título; no Adobe Acrobat, Arquivo > Propriedades > Descrição > Título. Imprimir em PDF grava o nome do arquivo como título; Arquivo > Salvar como > PDF no Word grava o título real.
pdf-accessibility_title-not-shown = Este PDF tem título, mas não pede aos visualizadores que o mostrem: eles mostram o nome do arquivo.
    .help = No Adobe Acrobat, Arquivo > Propriedades > Visualização inicial > Opções da janela > Mostrar: Título do documento; no LibreOffice, Arquivo > Exportar como PDF > Interface do usuário, marque «Exibir o título do documento». A exportação para PDF do Word com marcas de estrutura já o define.
image-alt-text = { $count ->
        [one] { $count } imagem não tem
        [many] { $count } de imagens não têm
       *[other] { $count } imagens não têm
    } texto alternativo: os leitores de tela não conseguem dizer o que mostram.
    .help = Onde: { PLACES($places) }. Descreva cada imagem ou gráfico em uma ou duas frases (para um gráfico, os números principais): no Word, clique com o botão direito na imagem > Exibir Texto Alt e digite a descrição, ou marque «Marcar como decorativo» se for puramente decorativa; no LibreOffice, clique com o botão direito na imagem > Propriedades > Opções > Texto alternativo; no Google Docs, clique com o botão direito na imagem > Texto alternativo. Em um PDF, Adobe Acrobat Pro: Acessibilidade > Definir texto alternativo.
table-header = { $count ->
        [one] { $count } tabela não tem
        [many] { $count } de tabelas não têm
       *[other] { $count } tabelas não têm
    } linha de cabeçalho marcada: os leitores de tela não conseguem dizer a que coluna pertence um número.
    .help = Onde: { PLACES($places) }. Marque a primeira linha como linha de cabeçalho: no Word, clique na primeira linha e depois com o botão direito > Propriedades da Tabela > Linha, marque «Repetir como linha de cabeçalho no início de cada página» (ou Layout > Repetir Linhas de Cabeçalho); no LibreOffice, Tabela > Propriedades > Fluxo do texto, marque «Repetir título»; no Google Docs, clique com o botão direito na tabela > Propriedades da tabela > Linha, «Fixar linha de cabeçalho». Depois exporte o PDF novamente.
document-language = O texto está em { LANGUAGES($detected) }, mas o documento diz estar em { LANGUAGES($declared) }: os leitores de tela vão pronunciá-lo mal.
    .help = Defina o idioma de todo o texto: no Word, selecione tudo (Ctrl+A) e escolha Revisão > Idioma > Definir Idioma de Revisão, e depois { LANGUAGES($detected) }; no LibreOffice, Ferramentas > Idioma > Para todo o texto; no Google Docs, Arquivo > Idioma. Em um PDF, Adobe Acrobat: Arquivo > Propriedades > Avançado > Opções de leitura > Idioma; ou exporte-o novamente a partir do documento corrigido.

# The sections table (--details): words per heading, to see where to cut.
cli_sections = Onde estão as palavras, por título:
cli_sections_heading = Título
cli_sections_words = Palavras
cli_sections_share-of = Parte
cli_sections_number = { $n }
cli_sections_share = { $percent }%
cli_sections_before = (antes do primeiro título)
cli_sections_largest = a mais extensa

# The table for several files (check with more than one file). Rule ids,
# format ids and language codes in its cells stay as they are.
cli_table_file = ARQUIVO
cli_table_format = FORMATO
cli_table_words = PALAVRAS
cli_table_language = IDIOMA
cli_table_links = LINKS
cli_table_status = SITUAÇÃO
cli_table_problems = PROBLEMAS
cli_table_ready = pronto
cli_table_ready-but = pronto, mas
cli_table_to-fix = A CORRIGIR
cli_table_unreadable = ILEGÍVEL
cli_table_not-opened = NÃO ABERTO
cli_table_warnings = aviso: { $rules }
cli_table_folder = Em { $folder }
cli_table_files = { $files ->
        [one] { $files } arquivo
        [many] { $files } de arquivos
       *[other] { $files } arquivos
    }: { $counts }
cli_table_separator = {", "}
cli_table_count-ready = { $n ->
        [one] { $n } pronto
        [many] { $n } prontos
       *[other] { $n } prontos
    }
cli_table_count-ready-but = { $n ->
        [one] { $n } pronto
        [many] { $n } prontos
       *[other] { $n } prontos
    } ({ $but } deles “pronto, mas”: conteúdo neles seria publicado por descuido, veja “aviso”)
cli_table_count-to-fix = { $n } a corrigir
cli_table_count-unreadable = { $n ->
        [one] { $n } ilegível
        [many] { $n } ilegíveis
       *[other] { $n } ilegíveis
    }
cli_table_count-not-opened = { $n ->
        [one] { $n } não aberto
        [many] { $n } não abertos
       *[other] { $n } não abertos
    }
cli_table_details = Adicione --details para ver os resultados de cada arquivo e como corrigi-los.

# The command line's errors (after "submission-checker: "). `$error` is the
# system's own words ("No such file or directory"); option names stay as typed.
cli_error_cannot-read = não é possível ler { $name }: { $error }
cli_error_cannot-read-input = não é possível ler a entrada padrão: { $error }
cli_error_cannot-list = não é possível listar a pasta { $name }: { $error }
cli_error_cannot-write = não é possível gravar { $path }: { $error }
cli_error_cannot-print = não é possível gravar a saída: { $error }
cli_error_unknown-call = “{ $call }” não é uma chamada incorporada ({ $builtin }) nem um arquivo de perfil.
cli_error_bad-profile = { $name } não é um perfil utilizável: { $error }
cli_error_no-files = nenhum arquivo a verificar em { LIST($paths) }
cli_error_no-files-try-recursive = nenhum arquivo a verificar em { LIST($paths) } (adicione --recursive para verificar as pastas dentro dela)
cli_error_eml-one-file = --eml grava o rascunho de um único arquivo, e foram dados { $n } arquivos.
cli_error_today = --today: “{ $value }” não é uma data escrita AAAA-MM-DD (2024-05-20).
cli_error_internal = erro interno ao verificar este arquivo; por favor, informe-o
cli_error_not-found = não encontrado: { $field }: { $reason }
