# The page's own words in Portuguese (rule messages come from checker.ftl).

# This language's own name, in the language menu.
language-name = Português
page_title = Verificador de contribuições
title = Verifique sua contribuição antes de enviá-la
privacy = Seu documento fica neste dispositivo: ele é lido aqui, no seu navegador, e nada é enviado pela internet.
language = Idioma
call = Chamada para contribuições
call_rules = O que a chamada pede
fact_to = Enviar para
fact_cc = Cópia para
fact_subject = Assunto do e-mail
fact_deadline = Prazo
fact_words = Limite de palavras
fact_formats = Formatos
fact_languages = Idiomas
not-given = não indicado nesta chamada
not-stated = não indicado
words_count =
    { $n ->
        [one] { $n } palavra
        [many] { $n } de palavras
       *[other] { $n } palavras
    }
document = Seu documento
choose = Escolha seu documento (Word, PDF ou OpenDocument)
drop = ou solte-o aqui
checking = Verificando { $name }…
still-checking =
    Ainda verificando { $name }: { $seconds ->
        [one] { $seconds } segundo até agora.
        [many] { $seconds } de segundos até agora.
       *[other] { $seconds } segundos até agora.
    }
seconds = { $seconds } s
checked = { $name } verificado: { $verdict }
result = Resultado
ready = Pronto para enviar.
ready-but =
    { $n ->
        [one] Cumpre as regras da chamada, mas { $n } item do arquivo seria publicado com ele: veja abaixo.
        [many] Cumpre as regras da chamada, mas { $n } de itens do arquivo seriam publicados com ele: veja abaixo.
       *[other] Cumpre as regras da chamada, mas { $n } itens do arquivo seriam publicados com ele: veja abaixo.
    }
to-fix =
    { $n ->
        [one] { $n } coisa a corrigir antes de enviar.
        [many] { $n } de coisas a corrigir antes de enviar.
       *[other] { $n } coisas a corrigir antes de enviar.
    }
to-look =
    { $n ->
        [one] Veja o ponto abaixo.
        [many] Veja os { $n } de pontos abaixo.
       *[other] Veja os { $n } pontos abaixo.
    }
fig_file = Arquivo
fig_title = Título
fig_words = Palavras
fig_words-of = { $counted } de { $limit } permitidas
fig_notes = (notas de rodapé e notas finais: mais { $n })
fig_pages = Páginas
fig_language = Idioma
fig_not-sure = (incerto)
fig_links = Links
sev_error = A corrigir
sev_warning = A verificar
sev_info = Para informação
where = Onde:
send = Enviar sua contribuição
send_not-ready = Você pode preparar o e-mail agora, mas as regras da chamada ainda não foram cumpridas: corrija primeiro os pontos acima.
no-address = Esta chamada não indica nenhum endereço de e-mail. Procure-o na página da chamada antes de enviar.
hint = A chamada anterior do mesmo órgão usava { $address }: confirme que ainda é válido antes de o usar.
copy_address = Copiar o endereço
copy_subject = Copiar o assunto
copied = Copiado: { $text }
copy-failed = Não foi possível copiar. Selecione o texto e copie-o você mesmo.
organisation = Sua organização (opcional)
contact = Nome da pessoa de contato (opcional)
sender_note = Usado apenas na mensagem abaixo. Nada é enviado até que você envie o e-mail.
mailto = Escrever o e-mail no meu programa de e-mail
mailto_note = Seu programa de e-mail abre um e-mail novo com o endereço, o assunto e uma nota curta. Anexe seu arquivo antes de enviá-lo.
eml = Baixar o e-mail com o arquivo anexado (.eml)
eml_preparing = Preparando o rascunho…
eml_note = O Outlook no Windows abre este arquivo como um rascunho pronto para enviar. Outros programas (Apple Mail, Thunderbird, o novo Outlook, webmail) podem abri-lo como uma mensagem recebida, ou não o abrir: no Apple Mail use Mensagem > Enviar novamente, no Thunderbird Mensagem > Editar como nova mensagem, ou use o botão acima e anexe o arquivo você mesmo.
share = Compartilhar o arquivo…
share_note = Abre o menu de compartilhamento do seu dispositivo (por exemplo, um programa de e-mail) com o arquivo.
trapped = O verificador parou ao ler este arquivo e foi reiniciado. Seu arquivo não foi enviado para lugar nenhum. Escolha o arquivo de novo; se acontecer outra vez, salve o documento novamente no Word e verifique a nova cópia.
failed = Não foi possível verificar o arquivo: { $error }
start-failed = O verificador não consegue iniciar neste navegador. Use uma versão recente do Firefox, Chrome, Edge ou Safari.
load-failed = Não foi possível baixar uma parte do verificador. Verifique sua conexão e tente de novo. Nada foi enviado para lugar nenhum.
config-error = Este verificador não está bem configurado ({ $error }). Avise o responsável pela página.
# In the browser console, for a page that sets a lang attribute the checker does not speak.
unknown-lang = O idioma “{ $lang }” não está disponível, por isso o verificador usa o inglês.
offline-failed = Não foi possível guardar o verificador para uso offline ({ $error }); ele funciona como antes enquanto houver rede.

# The clean copy.
clean_offer = Uma cópia limpa deixa de fora estes elementos, e também o nome do autor: comentários, alterações controladas (aceitas como estão), texto oculto, macros, notas de revisão, scripts e arquivos anexados. Ela é feita aqui, neste dispositivo, e o seu arquivo fica como está.
clean_button = Fazer uma cópia limpa
clean_making = Fazendo uma cópia limpa de { $name }…
clean_made = Cópia limpa feita a partir de { $original }: { $name } ({ $size }). O resultado acima é o da cópia limpa.
clean_checked = Cópia limpa { $name } feita e verificada: { $verdict }
clean_original-kept = O seu próprio arquivo não foi alterado. A partir de agora, o rascunho do e-mail, o botão de compartilhar e o download abaixo usam a cópia limpa.
clean_download = Baixar a cópia limpa: { $name } ({ $size })
clean_failed = Não foi possível fazer a cópia limpa: { $why } O seu arquivo não foi alterado: você ainda pode enviá-lo como está, ou remover no Word o que está indicado abaixo e verificá-lo de novo.
clean_why_unsupported = só é possível fazer uma cópia limpa de arquivos Word (.docx) e PDF.
clean_why_corrupt = uma parte do arquivo não pôde ser regravada com segurança.
clean_why_too-large = o arquivo é grande ou complexo demais para ser limpo com segurança.
clean_why_password-protected = o arquivo está protegido por senha.
clean_why_other = o verificador parou enquanto a fazia.
clean_why_download = não foi possível baixar a parte do verificador que a faz: verifique sua conexão e tente de novo.
clean_removed_comments = Comentários removidos: { $n }
clean_removed_insertions = Inserções controladas aceitas: { $n }
clean_removed_deletions = Exclusões controladas aceitas (o texto delas removido): { $n }
clean_removed_moves = Movimentações controladas aceitas: { $n }
clean_removed_property-changes = Alterações de formatação aceitas: { $n }
clean_removed_hidden-runs = Trechos de texto oculto removidos: { $n }
clean_removed_metadata-fields = Dados pessoais removidos das propriedades do arquivo: { $n }
clean_removed_macro-parts = Partes de macros removidas: { $n }
clean_removed_annotations = Notas de revisão e realces removidos: { $n }
clean_removed_scripts = Scripts e ações automáticas removidos: { $n }
clean_removed_embedded-files = Arquivos anexados removidos: { $n }
clean_removed_info-fields = Dados do autor removidos das informações do documento: { $n }
clean_removed_xmp-properties = Dados do autor removidos dos metadados XMP: { $n }
clean_removed_xmp-dropped = Metadados XMP ilegíveis removidos por inteiro
clean_removed_decrypted = Proteção por senha contra impressão ou cópia removida
clean_removed_signatures = Assinaturas digitais que deixam de ser válidas na cópia: { $n }
clean_removed_nothing = Não havia nada a remover: a cópia tem o mesmo conteúdo.
uses_attach = Arquivo a anexar: { $name }
uses_attached = Anexado: { $name }
uses_shared = Arquivo compartilhado: { $name }

# Where the words are: words per section, by heading, after a check.
sections = Onde estão as palavras
sections_intro = As palavras de cada parte do texto principal, por título, na ordem do documento. As notas de rodapé e as notas finais não estão incluídas.
sections_over = O texto ultrapassa o limite de palavras, ou está perto dele: cortar nas seções mais extensas, marcadas, é o que mais ajuda.
sections_before = Antes do primeiro título
sections_caption = Palavras por seção, segundo os títulos
sections_heading = Seção
sections_words = Palavras
sections_share = Parte do texto
sections_percent = { $percent }%
sections_largest = a mais extensa
