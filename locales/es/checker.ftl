# The checker's words in Spanish: rule messages (and their .help), places,
# names of formats and languages, the command line and the cover email.
# Syntax: https://projectfluent.org/fluent/guide/ ; ids are the keys of the
# report (`word-limit.over`) with the dot written `_`. Functions: see
# docs/translating.md.

format_docx = Word (.docx)
format_docm = Word con macros (.docm)
format_doc = Word 97-2003 (.doc)
format_encrypted-ooxml = Word protegido con contraseña
format_pdf = PDF
format_odt = OpenDocument (.odt)
format_rtf = texto enriquecido (.rtf)
format_txt = texto plano
format_html = página web (HTML)
format_image = imagen
format_empty = archivo vacío
format_unknown = archivo no reconocido
language_en = inglés
language_fr = francés
language_es = español
language_pt = portugués
unreadable-file_corrupt = No se puede abrir este archivo: parece estar dañado.
    .help = Abra el original en Word o LibreOffice, guárdelo con otro nombre y compruebe el archivo nuevo. Si lo recibió por correo electrónico, descárguelo de nuevo.
unreadable-file_too-large = Este archivo es demasiado grande o complejo para comprobarlo de forma segura.
    .help = Compruebe que es el archivo correcto. Guarde una copia sin imágenes grandes (en Word: Archivo > Comprimir imágenes) y compruebe esa copia.
unreadable-file_unsupported = El verificador no puede leer el texto de un archivo { FORMATS($format) }, así que no puede contar las palabras ni buscar contenido oculto.
    .help = Guarde el documento en formato Word (.docx) o PDF: en Word, Archivo > Guardar como; en LibreOffice, Archivo > Guardar como > Word 2007-365; en Google Docs, Archivo > Descargar > Microsoft Word (.docx). Después compruebe el archivo nuevo.
unreadable-file_empty = Este archivo está vacío (0 bytes): no contiene nada que enviar.
    .help = Guarde de nuevo su documento y elija el archivo guardado, no un acceso directo ni un archivo que aún se está descargando.
password-protected = Este archivo está protegido con contraseña, así que la secretaría no podrá abrirlo ni publicarlo.
    .help = Quite la contraseña y envíe el archivo sin protección. En Word: Archivo > Información > Proteger documento > Cifrar con contraseña, borre la contraseña, Aceptar y guarde. En LibreOffice: Archivo > Guardar como, desmarque «Guardar con contraseña». En Acrobat: Archivo > Propiedades > Seguridad > Sin seguridad.
file-format_not-accepted = La convocatoria acepta archivos { FORMATS($accepted) }; este archivo está en formato { FORMATS($format) }.
    .help = Ábralo en Word, LibreOffice o Google Docs y guarde una copia como { FORMATS($accepted) }: en Word, Archivo > Guardar como y elija el tipo; en LibreOffice, Archivo > Guardar como, o Archivo > Exportar a PDF; en Google Docs, Archivo > Descargar y elija el tipo. Después compruebe el archivo nuevo.
file-format_unrecognised = La convocatoria acepta archivos { FORMATS($accepted) }; este archivo es { MESSAGE($kind) }.
    .help = Abra el documento en el programa con el que lo escribió y guárdelo o expórtelo como { FORMATS($accepted) }. En Apple Pages: Archivo > Exportar a > Word o PDF. En LibreOffice: Archivo > Guardar como, o Archivo > Exportar a PDF. En Google Docs: Archivo > Descargar.
kind_unrecognised = de un formato que el verificador no reconoce
kind_apple-pages = un documento de Apple Pages
kind_spreadsheet = una hoja de cálculo
kind_presentation = una presentación
kind_zip-archive = un archivo ZIP
kind_opendocument-other = un archivo OpenDocument que no es un documento de texto
kind_office-legacy-other = un archivo antiguo de Office que no es un documento de Word
kind_damaged-zip = un archivo dañado
file-format_macros = Este es un archivo de Word con macros (.docm). Los servidores de correo suelen bloquear estos adjuntos y es posible que la secretaría no lo abra.
    .help = Guárdelo como documento de Word normal: Archivo > Guardar como > Documento de Word (*.docx). Las macros se eliminan y el texto se conserva.
unreadable-file_legacy-word = Este es un archivo de Word anterior a Word 97 (Word 6 o Word 95). La convocatoria acepta archivos de Word, pero este verificador no puede leer un formato tan antiguo, así que no se comprobó nada más.
    .help = Guárdelo como .docx y compruebe el archivo nuevo, que se comprobará por completo: en Word, Archivo > Guardar como > Documento de Word (.docx); en LibreOffice, Archivo > Guardar como > Word 2007-365 (.docx); en Google Docs, ábralo y elija Archivo > Descargar > Microsoft Word (.docx).
wrong-extension = El archivo se llama «{ $name }», pero en realidad es un archivo { FORMATS($format) }.
    .help = Guárdelo de nuevo en el formato correcto desde el programa que lo creó, o cámbiele el nombre para que termine en .{ $expected }. Un nombre incorrecto puede impedir que el ordenador de la secretaría lo abra.
word-limit_over =
    El documento tiene { $counted ->
        [one] { $counted } palabra
        [many] { $counted } de palabras
       *[other] { $counted } palabras
    }; la convocatoria permite { $limit }. Elimine al menos { $excess ->
        [one] { $excess } palabra
        [many] { $excess } de palabras
       *[other] { $excess } palabras
    }.
    .help = Se contó { MESSAGE($what) }. Acorte el texto o pase los detalles a un anexo enviado por separado si la convocatoria lo permite. Word muestra su propio recuento en Revisar > Contar palabras.
word-limit_near =
    El documento tiene { $counted ->
        [one] { $counted } palabra
        [many] { $counted } de palabras
       *[other] { $counted } palabras
    }, justo por debajo del límite de { $limit }.
    .help = Se contó { MESSAGE($what) }. Word puede contar algunas palabras de otra manera: deje un pequeño margen.
word-limit_what-body = el texto principal, sin notas al pie ni notas finales
word-limit_what-body-and-notes = el texto principal con las notas al pie y las notas finales
hyperlinks-missing = La convocatoria pide hipervínculos a las fuentes (sitios web, documentos, estadísticas, leyes) y este documento no tiene ninguno.
    .help = Añada enlaces a sus fuentes: seleccione las palabras y, en Word, elija Insertar > Vínculo (Ctrl+K); en LibreOffice, Insertar > Hiperenlace (Ctrl+K); en Google Docs, Insertar > Enlace; después pegue la dirección web.
deadline_passed = El plazo terminó el { $deadline } (hora de { ZONE($zone) }).
    .help = Póngase en contacto con la secretaría antes de enviar su contribución: es posible que no se tengan en cuenta las contribuciones tardías.
deadline_soon =
    El plazo termina el { $deadline } (hora de { ZONE($zone) }): { $days ->
        [one] queda { $days } día.
        [many] quedan { $days } de días.
       *[other] quedan { $days } días.
    }
    .help = Envíe su contribución pronto: el correo puede tardar en llegar y el plazo termina a medianoche, hora de { ZONE($zone) }.
deadline_today = El plazo termina hoy, { $deadline }, a medianoche (hora de { ZONE($zone) }).
    .help = Envíe su contribución hoy, sin esperar al último momento: el correo puede tardar en llegar.

## The cover email.

mail_greeting = Estimada Secretaría:
mail_cover = Adjuntamos nuestra contribución a su convocatoria.
mail_title = Título: { $title }
mail_file = Archivo: { $file }
mail_words = Palabras: { $words }
mail_language = Idioma: { LANGUAGES($language) }
mail_attach = [Antes de enviar: adjunte el archivo { $file } a este correo.]
mail_closing = Atentamente,

## Publicación: quién verá lo que queda oculto en el archivo.

publication_in-full = La convocatoria publica las contribuciones íntegramente, tal como se reciben, así que esto será público.
publication_received = Cualquier persona que reciba el archivo puede verlo.
comments = Quedan comentarios en el archivo: { $count } (respuestas: { $replies }; marcados como resueltos: { $resolved }), escritos por { LIST($authors) }. { MESSAGE($audience) }
    .help = Elimine todos los comentarios; marcar uno como resuelto solo lo oculta. Word: Revisar > Eliminar (la flecha de abajo) > Eliminar todos los comentarios del documento. LibreOffice: Ver > Comentarios para mostrarlos y, después, clic derecho en un comentario > Eliminar todos los comentarios. Google Docs: abra el historial de comentarios (el icono de bocadillo arriba a la derecha) y elimine cada conversación (⋮ > Eliminar) antes de descargar. Después, vuelva a verificar el archivo.
tracked-changes = Quedan cambios controlados en el archivo: { $count } (inserciones: { $insertions }; eliminaciones: { $deletions }; movimientos: { $moves }; formato: { $formatting }), hechos por { LIST($authors) } (fechas: { DATES($dates) }). { MESSAGE($audience) }
    .help = Acepte o rechace cada cambio y desactive el control de cambios. Word: Revisar > Aceptar (la flecha de abajo) > Aceptar todos los cambios y detener el seguimiento. LibreOffice: Editar > Control de cambios > Aceptar todo y, después, desmarque Editar > Control de cambios > Grabar. Google Docs: Herramientas > Revisar cambios sugeridos > Aceptar todo. Guarde y vuelva a verificar el archivo.
tracked-changes_with-deleted = Quedan cambios controlados en el archivo: { $count } (inserciones: { $insertions }; eliminaciones: { $deletions }; movimientos: { $moves }; formato: { $formatting }), hechos por { LIST($authors) } (fechas: { DATES($dates) }). { MESSAGE($audience) } El texto eliminado sigue dentro del archivo y cualquiera puede leerlo, por ejemplo: «{ $deleted }».
    .help = Acepte o rechace cada cambio y desactive el control de cambios: solo entonces el texto eliminado desaparece de verdad. Word: Revisar > Aceptar (la flecha de abajo) > Aceptar todos los cambios y detener el seguimiento. LibreOffice: Editar > Control de cambios > Aceptar todo y, después, desmarque Editar > Control de cambios > Grabar. Google Docs: Herramientas > Revisar cambios sugeridos > Aceptar todo. Guarde y vuelva a verificar el archivo.
hidden-text = Queda texto oculto en el archivo (pasajes: { $count }). Word no lo muestra ni lo imprime, pero está ahí y cualquiera puede hacerlo visible. { MESSAGE($audience) }
    .help = Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Texto oculto, haga clic en Inspeccionar y luego en Quitar todo (para verlo antes: Inicio > ¶, que muestra el texto oculto subrayado con puntos). LibreOffice: marque Herramientas > Opciones > LibreOffice Writer > Ayudas de formato > Caracteres ocultos para verlo y elimínelo, o selecciónelo y desmarque Formato > Carácter > Efectos tipográficos > Oculto. Google Docs no tiene texto oculto: elimínelo en Word o LibreOffice. Después, vuelva a verificar el archivo.
headers-footers = Los encabezados y pies de página se imprimen en cada página y se publican con el documento. Compruebe que no digan nada que usted no quiera hacer público: { $texts }.
    .help = Para editarlos: en Word, haga doble clic en el margen superior o inferior de una página; en LibreOffice, haga clic en el encabezado o el pie de página; en Google Docs, haga clic en la parte superior o inferior de una página. Recuerde la primera página y las páginas pares e impares, que pueden tener los suyos.
headers-footers_watermark = El documento tiene una marca de agua en sus páginas: { $text }.
    .help = Si no debe publicarse (por ejemplo, «Borrador» o «Confidencial»), quítela. Word: Diseño > Marca de agua > Quitar marca de agua. LibreOffice: Formato > Marca de agua y borre el texto. Google Docs: Insertar > Marca de agua > Quitar marca de agua.
personal-metadata_author = Las propiedades del archivo indican su autor: «{ $value }». { MESSAGE($audience) }
    .help = Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Propiedades del documento e información personal, Inspeccionar y luego Quitar todo; o, en Archivo > Información > Personas relacionadas, clic derecho en el nombre > Quitar persona. LibreOffice: Archivo > Propiedades > General, haga clic en Restablecer propiedades y desmarque Aplicar datos de identidad; Herramientas > Opciones > LibreOffice > Seguridad > Opciones > Eliminar información personal al guardar lo hace cada vez. Google Docs: un archivo descargado como Word (Archivo > Descargar) no indica ningún autor.
personal-metadata_last-modified-by = Las propiedades del archivo indican la última persona que lo guardó: «{ $value }». { MESSAGE($audience) }
    .help = Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Propiedades del documento e información personal, Inspeccionar y luego Quitar todo. LibreOffice: Archivo > Propiedades > General, haga clic en Restablecer propiedades y desmarque Aplicar datos de identidad; Herramientas > Opciones > LibreOffice > Seguridad > Opciones > Eliminar información personal al guardar lo hace cada vez. Google Docs: un archivo descargado como Word (Archivo > Descargar) no indica a nadie.
personal-metadata_company = Las propiedades del archivo indican una empresa u organización: «{ $value }». { MESSAGE($audience) }
    .help = Si no debe publicarse, quítela. Word: Archivo > Información > Propiedades > Propiedades avanzadas > Resumen, borre Organización; o Inspeccionar documento (Archivo > Información > Comprobar si hay problemas) > Propiedades del documento e información personal > Quitar todo. LibreOffice: Archivo > Propiedades > Propiedades personalizadas. Google Docs: un archivo descargado como Word no indica ninguna empresa.
personal-metadata_manager = Las propiedades del archivo indican un responsable: «{ $value }». { MESSAGE($audience) }
    .help = Si no debe publicarse, quítelo. Word: Archivo > Información > Propiedades > Propiedades avanzadas > Resumen, borre Administrador; o Inspeccionar documento (Archivo > Información > Comprobar si hay problemas) > Propiedades del documento e información personal > Quitar todo. LibreOffice: Archivo > Propiedades > Propiedades personalizadas. Google Docs: un archivo descargado como Word no indica ningún responsable.
personal-metadata_template-user = El archivo indica la plantilla de la que procede mediante una ruta que muestra el nombre de usuario «{ $user }»: { $value }. { MESSAGE($audience) }
    .help = Word: Archivo > Opciones > Complementos, Administrar: Plantillas, Ir, y adjunte Normal en su lugar (o vacíe la casilla). Sea cual sea el programa, copiar el texto en un documento nuevo en blanco (Ctrl+A, Ctrl+C, Archivo > Nuevo, Ctrl+V) y guardar ese documento deja atrás la ruta. Google Docs: un archivo descargado como Word no contiene ninguna ruta de plantilla.
personal-metadata_template = El archivo indica la plantilla de la que procede mediante una ruta en un equipo o una red: { $value }. { MESSAGE($audience) }
    .help = Word: Archivo > Opciones > Complementos, Administrar: Plantillas, Ir, y adjunte Normal en su lugar (o vacíe la casilla). Sea cual sea el programa, copiar el texto en un documento nuevo en blanco (Ctrl+A, Ctrl+C, Archivo > Nuevo, Ctrl+V) y guardar ese documento deja atrás la ruta. Google Docs: un archivo descargado como Word no contiene ninguna ruta de plantilla.
personal-metadata_custom = El archivo tiene propiedades personalizadas ({ $count }), que Word no muestra en la página: { $value }. { MESSAGE($audience) }
    .help = Word: Archivo > Información > Propiedades > Propiedades avanzadas > Personalizar, seleccione cada una y haga clic en Eliminar; o Inspeccionar documento (Archivo > Información > Comprobar si hay problemas) > Propiedades del documento e información personal > Quitar todo. LibreOffice: Archivo > Propiedades > Propiedades personalizadas, elimine cada una. Google Docs: un archivo descargado como Word no tiene propiedades personalizadas.
personal-metadata_pdf-author = Las propiedades del PDF indican su autor: «{ $value }». { MESSAGE($audience) }
    .help = El PDF lo toma del documento del que procede: borre el autor allí (en Word, Archivo > Información > Propiedades) y vuelva a exportar el PDF. En Acrobat: Archivo > Propiedades > Descripción, borre Autor y guarde; Acrobat Pro quita todos estos datos con Herramientas > Redactar > Eliminar información oculta.
personal-metadata_pdf-creator = Las propiedades del PDF indican el programa o el archivo del que procede: «{ $value }». { MESSAGE($audience) }
    .help = Suele ser inofensivo, pero puede revelar el nombre de archivo de un borrador. Cambie el nombre del archivo de origen antes de volver a exportar el PDF o, en Acrobat Pro, use Herramientas > Redactar > Eliminar información oculta, marque Metadatos y luego Eliminar.
macros = El archivo contiene código de macros ({ $parts }). Las macros son programas: los servidores de correo y las secretarías suelen bloquear los archivos que las contienen.
    .help = Guarde el documento sin macros. Word: Archivo > Guardar como > Documento de Word (*.docx): las macros se quitan y el texto se conserva. LibreOffice: Archivo > Guardar como > Word 2007-365 (.docx). Google Docs nunca añade macros: un archivo descargado como Word no las tiene. Después, verifique el archivo nuevo.
embedded-files = Archivos incrustados en el documento: { $count } ({ $names }). Viajan completos dentro de su archivo y pueden contener más de lo que muestra la página, por ejemplo un libro de Excel entero detrás de una tabla o un gráfico. { MESSAGE($audience) }
    .help = Si solo hace falta lo que muestra la página, sustituya cada objeto por una imagen. Word: selecciónelo, Ctrl+X y luego Inicio > Pegar > Pegado especial > Imagen. LibreOffice: selecciónelo, Ctrl+X y luego Editar > Pegado especial > Pegado especial, y elija un formato de imagen. Google Docs: elimínelo e inserte una imagen (Insertar > Imagen). Después, vuelva a verificar el archivo.
embedded-files_pdf = Archivos adjuntos al PDF: { $count } ({ $names }). Se publican con él, completos. { MESSAGE($audience) }
    .help = En Acrobat: abra el panel Archivos adjuntos (el icono del clip a la izquierda), seleccione cada archivo, Eliminar, y guarde. O vuelva a exportar el PDF desde el documento original, que no adjunta nada. Después, verifique el archivo nuevo.
# Kinds of PDF annotation, with how many there are.
annotation_text = notas: { $n }
annotation_freetext = cuadros de texto: { $n }
annotation_highlight = resaltados: { $n }
annotation_underline = subrayados: { $n }
annotation_strikeout = tachados: { $n }
annotation_squiggly = subrayados ondulados: { $n }
annotation_caret = marcas de inserción: { $n }
annotation_ink = dibujos: { $n }
annotation_stamp = sellos: { $n }
annotation_square = rectángulos: { $n }
annotation_circle = elipses: { $n }
annotation_line = líneas: { $n }
annotation_polygon = polígonos: { $n }
annotation_polyline = polilíneas: { $n }
annotation_fileattachment = archivos adjuntos: { $n }
annotation_sound = sonidos: { $n }
annotation_redact = marcas de censura: { $n }
annotation_other = otras marcas: { $n }
pdf-annotations = Quedan comentarios y marcas en el PDF: { $count } ({ ANNOTATIONS($kinds) }), hechos por { LIST($authors) }. { MESSAGE($audience) }
    .help = En Acrobat: abra Todas las herramientas > Añadir comentarios, seleccione todos los comentarios de la lista (Ctrl+A) y elimínelos, y guarde; Acrobat Pro también los quita con Herramientas > Redactar > Eliminar información oculta. O vuelva a exportar el PDF desde el documento original (Word: Archivo > Guardar como > PDF; LibreOffice: Archivo > Exportar a PDF; Google Docs: Archivo > Descargar > PDF) después de resolver sus propios comentarios. Después, verifique el archivo nuevo.
pdf-javascript = El PDF contiene JavaScript o acciones que se ejecutan solas ({ $count }). Los filtros de correo y las secretarías suelen bloquear estos archivos.
    .help = Vuelva a exportar el PDF desde el documento original (Word: Archivo > Guardar como > PDF; LibreOffice: Archivo > Exportar a PDF; Google Docs: Archivo > Descargar > PDF): ninguno añade JavaScript. En Acrobat Pro: Todas las herramientas > Usar JavaScript > JavaScripts de documento, elimine cada script y guarde. Después, verifique el archivo nuevo.
personal-metadata_author-saved = Las propiedades del archivo indican su autor, que también es la última persona que lo guardó: «{ $value }». { MESSAGE($audience) }
    .help = Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Propiedades del documento e información personal, Inspeccionar y luego Quitar todo; o, en Archivo > Información > Personas relacionadas, clic derecho en el nombre > Quitar persona. LibreOffice: Archivo > Propiedades > General, haga clic en Restablecer propiedades y desmarque Aplicar datos de identidad; Herramientas > Opciones > LibreOffice > Seguridad > Opciones > Eliminar información personal al guardar lo hace cada vez. Google Docs: un archivo descargado como Word (Archivo > Descargar) no indica a nadie.

## Names of the other languages the detector may report.

language_it = italiano
language_ca = catalán
language_ro = rumano
language_de = alemán
language_nl = neerlandés
language_ru = ruso
language_uk = ucraniano
language_be = bielorruso
language_bg = búlgaro
language_sr = serbio
language_hr = croata
language_sl = esloveno
language_mk = macedonio
language_sk = eslovaco
language_cs = checo
language_pl = polaco
language_hu = húngaro
language_fi = finés
language_et = estonio
language_lv = letón
language_lt = lituano
language_sv = sueco
language_da = danés
language_nb = noruego
language_el = griego
language_tr = turco
language_ar = árabe
language_he = hebreo
language_yi = yidis
language_fa = persa
language_ur = urdu
language_hi = hindi
language_bn = bengalí
language_pa = panyabí
language_gu = guyaratí
language_or = oriya
language_ta = tamil
language_te = telugu
language_kn = canarés
language_ml = malayálam
language_si = cingalés
language_mr = maratí
language_ne = nepalí
language_th = tailandés
language_km = jemer
language_vi = vietnamita
language_id = indonesio
language_jv = javanés
language_tl = tagalo
language_zh = chino
language_ja = japonés
language_ko = coreano
language_am = amárico
language_ak = akan
language_zu = zulú
language_sn = shona
language_af = afrikáans
language_la = latín
language_eo = esperanto
language_az = azerbaiyano
language_ka = georgiano
language_hy = armenio
language_uz = uzbeko
language_tk = turcomano
language_my = birmano
language_cy = galés

## The language rule, and places in a document.

language_not-accepted = Este documento está redactado principalmente en { LANGUAGES($main) }; la convocatoria acepta contribuciones en { LANGUAGES($accepted) }.
    .help = Envíe una versión en uno de los idiomas aceptados. Si no puede traducirse a tiempo, pregunte a la secretaría, antes de que termine el plazo, si puede aceptar este idioma.
language_other = Alrededor del { $share } % del texto está en { LANGUAGES($language) }, un idioma que la convocatoria no acepta.
    .help = Dónde: { PLACES($places) }. Traduzca estos pasajes a uno de los idiomas aceptados ({ LANGUAGES($accepted) }) o elimínelos si no son necesarios.
language_unsure = El verificador no pudo determinar con certeza en qué idioma está redactado este documento.
    .help = La convocatoria acepta contribuciones en { LANGUAGES($accepted) }. Si el documento está redactado en uno de ellos, puede ignorar este aviso. Los pasajes en varios idiomas, o un idioma cercano a uno aceptado, pueden hacer que la respuesta sea incierta.
place_paragraph = párrafo { $n }
place_paragraphs = párrafos { $n }
place_page = página { $n }
place_pages = páginas { $n }
place_unknown = varios lugares del documento

## Attachment size.

unit_megabytes = { $n }{"\u00A0"}MB
attachment-size = Este archivo ocupa { MEGABYTES($size) }: muchos servidores de correo rechazan los adjuntos de más de { MEGABYTES($limit) }.
    .help = Reduzca su tamaño. Las imágenes suelen ser la causa: en Word, seleccione una imagen y elija Formato de imagen > Comprimir imágenes, desmarque «Aplicar solo a esta imagen», marque «Eliminar las áreas recortadas de las imágenes» y elija Correo electrónico (96 ppp). Para un PDF, en Word use Archivo > Guardar como, elija PDF y «Tamaño mínimo (publicación en línea)»; en LibreOffice use Archivo > Exportar a PDF con compresión JPEG y «Reducir resolución de imagen». Quite las imágenes que no sean necesarias. Si el archivo sigue siendo demasiado grande, pregunte a la secretaría cómo enviarlo.

## Links.

unreachable-link_file = Este enlace apunta a un archivo de un ordenador o de una unidad compartida ({ $url }); nadie más puede abrirlo.
    .help = Publique el documento en línea y enlace su dirección web, o envíelo como adjunto aparte y cítelo por su título. Para cambiar el enlace en Word: clic derecho en el enlace > Editar hipervínculo.
unreachable-link_local = Este enlace apunta a este ordenador o a una red privada ({ $url }); no se abrirá ni para la secretaría ni para los lectores.
    .help = Sustitúyalo por la dirección web pública de la misma página. Para cambiar el enlace en Word: clic derecho en el enlace > Editar hipervínculo.
unreachable-link_intranet = Este enlace apunta a un sitio interno ({ $url }) que solo se abre dentro de la red de una organización.
    .help = Enlace en su lugar una copia pública de la página o del documento. Si no existe, cítelo por su título e indique cómo obtenerlo.
unreachable-link_sign-in = Este enlace apunta a un sitio que pide iniciar sesión ({ $url }), como SharePoint, OneDrive para el trabajo o Teams; la mayoría de los lectores no podrá abrirlo.
    .help = Enlace en su lugar una copia pública, o comparta el archivo con cualquier persona que tenga el vínculo y use ese vínculo. Después ábralo en una ventana privada del navegador, sin iniciar sesión, para comprobar que funciona.
unreachable-link_check-sharing = Este enlace apunta a un archivo guardado en línea ({ $url }); los lectores solo podrán abrirlo si está compartido públicamente.
    .help = Compruebe que está compartido con cualquier persona que tenga el vínculo y abra el enlace en una ventana privada del navegador, sin iniciar sesión, para asegurarse de que funciona.
malformed-link_invalid = Este enlace no es una dirección web válida ({ $url }), así que no se abrirá.
    .help = Copie la dirección de la barra de direcciones del navegador y vuelva a pegarla en el enlace: en Word, clic derecho en el enlace > Editar hipervínculo.
malformed-link_no-scheme = Este enlace no empieza por «https://» ni por «http://» ({ $url }), así que Word lo trata como un nombre de archivo y no se abrirá.
    .help = Modifique el enlace y añada https:// al principio de la dirección: en Word, clic derecho en el enlace > Editar hipervínculo.
malformed-link_scheme-typo = Este enlace empieza por «{ $scheme }:» en lugar de «http:» o «https:» ({ $url }), así que no se abrirá.
    .help = Corrija el principio de la dirección: en Word, clic derecho en el enlace > Editar hipervínculo.
malformed-link_email = Este enlace de correo electrónico no contiene una dirección válida ({ $url }).
    .help = Modifique el enlace para que diga mailto: seguido de la dirección completa, por ejemplo mailto:nombre@ejemplo.org.
link-text-mismatch = El enlace muestra { $text }, pero abre { $url }.
    .help = Los lectores esperan que un enlace abra la dirección que ven. Corrija el enlace o su texto para que coincidan: en Word, clic derecho en el enlace > Editar hipervínculo.
hyperlinks-missing_only-email = La convocatoria pide hipervínculos a las fuentes (sitios web, documentos, estadísticas, leyes); este documento solo enlaza a direcciones de correo electrónico ({ LIST($emails) }), que no son fuentes.
    .help = Añada enlaces a sus fuentes: seleccione las palabras y, en Word, elija Insertar > Vínculo (Ctrl+K); en LibreOffice, Insertar > Hiperenlace (Ctrl+K); en Google Docs, Insertar > Enlace; después pegue la dirección web.

## Deadline, and the names of time zones.

deadline_tomorrow = El plazo termina mañana, { $deadline }, a medianoche (hora de { ZONE($zone) }).
    .help = Envíe su contribución pronto: el correo puede tardar en llegar.
zone_europe-zurich = Ginebra
zone_america-new-york = Nueva York
zone_utc = UTC

## The command line's own words, and parts of a location.

place_footnote = nota al pie { $n }
place_endnote = nota al final { $n }
place_comment = comentario { $n }
place_header = encabezado
place_footer = pie de página
place_text-box = cuadro de texto
place_watermark = marca de agua
place_document = todo el documento
place_page-action = una acción de la página (/AA)
place_annotation-action = una acción de una anotación (/AA)
place_link-javascript = un vínculo que ejecuta JavaScript
place_document-javascript = el script del documento «{ $name }»
place_open-action = la acción que se ejecuta al abrirlo (/OpenAction)
place_document-action = una acción del documento (/AA)
place_xfa-script = un script del formulario XFA
place_under = bajo «{ $heading }»
place_separator = {", "}
place_quote = «{ $quote }»
cli_words = palabras: { $counted }
cli_words-limit = palabras: { $counted } / { $limit }
cli_notes = notas: { $n } (sin contar)
cli_pages = páginas: { $n }
cli_links = enlaces: { $n }
cli_ready-with-warnings = LISTO según las reglas de la convocatoria, pero contiene contenido que se publicaría con el archivo: vea las advertencias abajo
cli_ready = LISTO para enviar
cli_not-ready = NO ESTÁ LISTO: corrija los errores que siguen ({ $errors })
cli_unknown-language = El idioma «{ $lang }» no está disponible, así que se usa el inglés. Idiomas disponibles: { LIST($available) }.
# How much a finding matters, as the command line labels it.
severity_error = error
severity_warning = advertencia
severity_info = información
cli_where = dónde: { $where }
no-text = El documento no tiene ninguna palabra en su texto principal.
    .help = Compruebe que es el archivo correcto, y no una plantilla, una exportación vacía u otra versión. Si su texto está en imágenes (un documento escaneado, o páginas pegadas como imágenes), nadie puede contarlo, buscar en él ni leerlo en voz alta: envíe el documento en el que se redactó el texto (Word, o un PDF guardado desde él) y luego compruebe ese archivo.
no-text-layer_some =
    { $count ->
        [one] { $count } página de este PDF es una imagen de texto, sin texto (página { LIST($pages) }): sus palabras no se pueden contar ni buscar.
        [many] { $count } de páginas de este PDF son imágenes de texto, sin texto (páginas { LIST($pages) }): sus palabras no se pueden contar ni buscar.
       *[other] { $count } páginas de este PDF son imágenes de texto, sin texto (páginas { LIST($pages) }): sus palabras no se pueden contar ni buscar.
    }
    .help = Aplique el reconocimiento de texto (OCR) al archivo, por ejemplo en Adobe Acrobat: Escanear y OCR > Reconocer texto; o, mejor, vuelva a exportar el PDF desde el documento original (en Word: Archivo > Guardar como > PDF).
no-text-layer_all =
    Todas las páginas de este PDF son imágenes de texto ({ $count ->
        [one] { $count } página
        [many] { $count } de páginas
       *[other] { $count } páginas
    }), sin texto: no se puede contar, buscar ni citar nada.
    .help = Envíe el documento original, o expórtelo a PDF desde el programa en que se redactó (en Word: Archivo > Guardar como > PDF). Si solo tiene un escaneo, aplíquele antes el reconocimiento de texto (OCR), por ejemplo en Adobe Acrobat: Escanear y OCR > Reconocer texto.

## Reading a call's text (call_text): why a field is absent, and notes.

call-text_not-stated = la convocatoria no lo indica
call-text_not-found = no encontrado:
call-text_empty-line = la línea «{ $label }» de la convocatoria está vacía
call-text_ambiguous = la convocatoria da valores distintos ({ $values }); no se eligió ninguno
call-text_other-unit = la convocatoria fija una extensión en otra unidad, no en palabras: «{ $quote }»
call-text_unrecognised = «{ $quote }» nombra algo que aquí no se reconoce: { $values }
call-text_email-protected = la página web ocultó la dirección («[email protected]»): pegue el código HTML de la página o copie la dirección de su enlace
call-text_no-id = no hay de dónde deducirlo (una sigla en el asunto o una dirección, y una fecha límite): elija uno, por ejemplo «sr-health-2025»
call-text_id-from-subject = deducido: «{ $acronym }» del asunto, { $year } de la fecha límite
call-text_id-from-email = deducido: «{ $name }» de la dirección { $email }, { $year } de la fecha límite
call-text_id-given = indicado por la secretaría
call-text_word-formats = (Word: .docx, .docm, .doc)
call-text_toml-drafted = Redactado a partir del texto de la convocatoria por submission-checker. Compruebe cada valor con la convocatoria antes de usarlo.
call-text_toml-missing = No encontrado en la convocatoria (escriba el valor u omita el campo: no se comprueba ninguna regla para un campo omitido):

## The clean copy (the command line).
cli_clean_written = Copia limpia de { $original }: { $copy }
cli_clean_nothing = nada que quitar: la copia tiene el mismo contenido
cli_clean_comments = comentarios eliminados: { $n }
cli_clean_insertions = inserciones con control de cambios aceptadas: { $n }
cli_clean_deletions = eliminaciones con control de cambios aceptadas (su texto quitado): { $n }
cli_clean_moves = movimientos con control de cambios aceptados: { $n }
cli_clean_property-changes = cambios de formato aceptados: { $n }
cli_clean_hidden-runs = fragmentos de texto oculto eliminados: { $n }
cli_clean_metadata-fields = datos personales quitados de las propiedades: { $n }
cli_clean_macro-parts = partes de macros eliminadas: { $n }
cli_clean_annotations = anotaciones de revisión eliminadas (notas, resaltados…): { $n }
cli_clean_scripts = scripts y acciones automáticas eliminados: { $n }
cli_clean_embedded-files = archivos incrustados eliminados: { $n }
cli_clean_info-fields = campos de autor quitados de la información del documento: { $n }
cli_clean_xmp-properties = campos de autor quitados de los metadatos XMP: { $n }
cli_clean_xmp-dropped = los metadatos XMP, ilegibles, eliminados por completo
cli_clean_decrypted = la protección con contraseña (contra la impresión o la copia) quitada
cli_clean_signatures = firmas digitales que ya no son válidas en la copia: { $n }
cli_clean_exists = { $path } ya existe y no se ha modificado: elija otro nombre con -o
cli_clean_is-original = { $path } es el archivo original: la copia limpia nunca lo sustituye; elija otro nombre con -o
cli_clean_not-folder = { $path } no es una carpeta: con varios archivos, -o indica la carpeta de las copias
cli_clean_cannot-read = no se puede leer { $name }: { $error }
cli_clean_failed = no hay copia limpia de { $name }: { $error }
cli_clean_cannot-write = no se puede escribir { $path }: { $error }
cli_clean_attached = El borrador adjunta la copia limpia, { $copy }.
cli_clean_not-cleanable = solo se puede hacer de un archivo Word (.docx, .docm) o PDF, y este es { MESSAGE($format) }
cli_clean_refused_case-twins = el paquete contiene dos veces la parte { $part }, con nombres que solo difieren en mayúsculas y minúsculas: una copia limpia podría dejar una de ellas tal cual.
cli_clean_refused_cut-field = en { $part }, un cambio registrado o un texto oculto corta un campo en dos (un número de página o una referencia cruzada, por ejemplo): aceptarlo podría dañar el campo.
cli_clean_refused_deleted-mark = en { $part }, una eliminación registrada afecta a algo que no es un párrafo (en una ecuación, o al formato de un fragmento), lo que la copia limpia aún no acepta.
cli_clean_refused_change-kind = en { $part }, un cambio registrado de un tipo que la copia limpia aún no acepta ({ $element }).
clean-pdf_write = no se puede hacer una copia limpia de este PDF: no se pudo escribir ({ $error })
clean-pdf_unreadable = no se puede hacer una copia limpia de este PDF: la copia no se puede leer ({ $error })
clean-pdf_still-holds = no se puede hacer una copia limpia de este PDF: la copia aún contendría { MESSAGE($what) }
clean-pdf_differs = no se puede hacer una copia limpia de este PDF: la copia no coincidiría con el original (lo que difiere: { MESSAGE($what) })
clean-pdf_dynamic-xfa = no se puede hacer una copia limpia de este PDF: es un formulario XFA dinámico que contiene scripts, y el formulario dibuja sus páginas; sin sus scripts, la copia ya no mostraría el formulario. Guárdelo como PDF estándar (Imprimir en PDF) y limpie ese archivo
clean-pdf_left_annotations = anotaciones de revisión
clean-pdf_left_scripts = scripts
clean-pdf_left_files = archivos incrustados
clean-pdf_left_author = el nombre de un autor
clean-pdf_what_pages = las páginas
clean-pdf_what_text = el texto
clean-pdf_what_headers-footers = los encabezados y pies de página
clean-pdf_what_links = los enlaces
clean-pdf_what_form-fields = los campos de formulario
clean-pdf_what_title = el título

## Accessibility (rules/accessibility.rs and the rules that use it).
link-text-vague = Estos textos de enlace no dicen nada fuera de contexto: { LIST($texts) }.
    .help = Dónde: { PLACES($places) }. Quienes usan un lector de pantalla pasan de enlace en enlace y solo oyen las palabras enlazadas. Haga que digan adónde lleva el enlace (por ejemplo, «el informe de 2024 de la Relatora Especial»): en Word, clic derecho en el enlace > Editar hipervínculo y cambie el texto; en LibreOffice, clic derecho en el enlace > Editar hiperenlace; en Google Docs, haga clic en el enlace > Editar enlace.
link-text-vague_url = Algunos enlaces muestran como texto una dirección web larga: los lectores de pantalla la deletrean carácter por carácter.
    .help = Dónde: { PLACES($places) }. Muestre en su lugar una descripción breve (el título de la página o del documento) y deje la dirección como destino del enlace: en Word, clic derecho en el enlace > Editar hipervínculo > Texto; en LibreOffice, clic derecho en el enlace > Editar hiperenlace > Texto; en Google Docs, haga clic en el enlace > Editar enlace. Si la convocatoria pide que las direcciones estén visibles, puede ignorar este aviso.
headings_none = Este documento tiene { $words ->
        [one] { $words } palabra
        [many] { $words } de palabras
       *[other] { $words } palabras
    } y ningún título: quienes usan un lector de pantalla no pueden recorrerlo por secciones.
    .help = Dé a cada título de sección un estilo de título en lugar de negrita o texto más grande: en Word, seleccione el título y elija Inicio > Estilos > Título 1 (Título 2 para una subsección); en LibreOffice, Estilos > Título 1; en Google Docs, Formato > Estilos de párrafo > Título 1. El panel de navegación y la tabla de contenido mostrarán entonces las secciones.
headings_skipped = Un Título { $from } va seguido de un Título { $to }: se salta un nivel de título, lo que hace pensar que falta una sección.
    .help = Dónde: { PLACES($places) }. Use el nivel inmediatamente inferior (Título 2 bajo un Título 1): en Word, seleccione el título y elija Inicio > Estilos; en LibreOffice, Estilos; en Google Docs, Formato > Estilos de párrafo.
pdf-accessibility_untagged = Este PDF no está etiquetado: los lectores de pantalla no distinguen sus títulos, listas, tablas e imágenes del texto, ni lo leen en orden.
    .help = Exporte de nuevo el PDF con etiquetas: en Word, Archivo > Guardar como > PDF > Opciones, marque «Etiquetas de la estructura del documento para accesibilidad»; en LibreOffice, Archivo > Exportar a PDF > General, marque «PDF con etiquetas (añadir estructura del documento)»; imprimir a PDF nunca etiqueta. Si solo tiene el PDF, Adobe Acrobat Pro puede añadir etiquetas: Accesibilidad > Etiquetar documento automáticamente.
pdf-accessibility_no-title = Este PDF no tiene título en sus propiedades: los lectores de pantalla y las pestañas del navegador anuncian en su lugar el nombre del archivo.
    .help = Dé un título al documento y expórtelo de nuevo: en Word, Archivo > Información > Propiedades > Título; en LibreOffice, Archivo > Propiedades > Descripción > Título; en Adobe Acrobat, Archivo > Propiedades > Descripción > Título.
pdf-accessibility_file-name-title = El título de este PDF es solo un nombre de archivo o un título predeterminado («{ $title }»), escrito por el programa que lo generó: es lo que anuncian los lectores de pantalla y las pestañas del navegador.
    .help = Dé al documento un título real y expórtelo de nuevo: en Word, Archivo > Información > Propiedades > Título; en LibreOffice, Archivo > Propiedades > Descripción > Título; en Adobe Acrobat, Archivo > Propiedades > Descripción > Título. Imprimir a PDF escribe el nombre del archivo como título; Archivo > Guardar como > PDF en Word escribe el título real.
pdf-accessibility_title-not-shown = Este PDF tiene título, pero no pide a los visores que lo muestren: muestran el nombre del archivo.
    .help = En Adobe Acrobat, Archivo > Propiedades > Vista inicial > Opciones de ventana > Mostrar: Título del documento; en LibreOffice, Archivo > Exportar a PDF > Interfaz de usuario, marque «Mostrar título del documento». La exportación a PDF de Word con etiquetas de estructura lo configura.
image-alt-text = { $count ->
        [one] { $count } imagen no tiene
        [many] { $count } de imágenes no tienen
       *[other] { $count } imágenes no tienen
    } texto alternativo: los lectores de pantalla no pueden decir qué muestran.
    .help = Dónde: { PLACES($places) }. Describa cada imagen o gráfico en una o dos frases (para un gráfico, sus cifras principales): en Word, clic derecho en la imagen > Ver texto alternativo, y escriba la descripción, o marque «Marcar como decorativo» si es puramente decorativa; en LibreOffice, clic derecho en la imagen > Propiedades > Opciones > Texto alternativo; en Google Docs, clic derecho en la imagen > Texto alternativo. En un PDF, Adobe Acrobat Pro: Accesibilidad > Establecer texto alternativo.
table-header = { $count ->
        [one] { $count } tabla no tiene
        [many] { $count } de tablas no tienen
       *[other] { $count } tablas no tienen
    } marcada una fila de encabezado: los lectores de pantalla no pueden decir a qué columna pertenece una cifra.
    .help = Dónde: { PLACES($places) }. Marque la primera fila como fila de encabezado: en Word, haga clic en la primera fila y luego clic derecho > Propiedades de tabla > Fila, marque «Repetir como fila de encabezado en cada página» (o Disposición > Repetir filas de título); en LibreOffice, Tabla > Propiedades > Flujo del texto, marque «Repetir encabezado»; en Google Docs, clic derecho en la tabla > Propiedades de la tabla > Fila, «Fijar fila de encabezado». Después exporte de nuevo el PDF.
document-language = El texto está en { LANGUAGES($detected) }, pero el documento dice estar en { LANGUAGES($declared) }: los lectores de pantalla lo pronunciarán mal.
    .help = Defina el idioma de todo el texto: en Word, seleccione todo (Ctrl+A) y elija Revisar > Idioma > Establecer idioma de corrección, y luego { LANGUAGES($detected) }; en LibreOffice, Herramientas > Idioma > Para todo el texto; en Google Docs, Archivo > Idioma. En un PDF, Adobe Acrobat: Archivo > Propiedades > Avanzadas > Opciones de lectura > Idioma; o expórtelo de nuevo desde el documento corregido.

# The sections table (--details): words per heading, to see where to cut.
cli_sections = Dónde están las palabras, por título:
cli_sections_heading = Título
cli_sections_words = Palabras
cli_sections_share-of = Proporción
cli_sections_number = { $n }
cli_sections_share = { $percent }{"\u00A0"}%
cli_sections_before = (antes del primer título)
cli_sections_largest = la más extensa

# The table for several files (check with more than one file). Rule ids,
# format ids and language codes in its cells stay as they are.
cli_table_file = ARCHIVO
cli_table_format = FORMATO
cli_table_words = PALABRAS
cli_table_language = IDIOMA
cli_table_links = ENLACES
cli_table_status = ESTADO
cli_table_problems = PROBLEMAS
cli_table_ready = listo
cli_table_ready-but = listo, pero
cli_table_to-fix = POR CORREGIR
cli_table_unreadable = ILEGIBLE
cli_table_not-opened = NO ABIERTO
cli_table_warnings = aviso: { $rules }
cli_table_folder = En { $folder }
cli_table_files = { $files ->
        [one] { $files } archivo
        [many] { $files } de archivos
       *[other] { $files } archivos
    }: { $counts }
cli_table_separator = {", "}
cli_table_count-ready = { $n ->
        [one] { $n } listo
        [many] { $n } listos
       *[other] { $n } listos
    }
cli_table_count-ready-but = { $n ->
        [one] { $n } listo
        [many] { $n } listos
       *[other] { $n } listos
    } ({ $but } de ellos «listo, pero»: se publicaría por descuido contenido que llevan dentro, vea «aviso»)
cli_table_count-to-fix = { $n } por corregir
cli_table_count-unreadable = { $n ->
        [one] { $n } ilegible
        [many] { $n } ilegibles
       *[other] { $n } ilegibles
    }
cli_table_count-not-opened = { $n ->
        [one] { $n } no abierto
        [many] { $n } no abiertos
       *[other] { $n } no abiertos
    }
cli_table_details = Añada --details para ver los hallazgos de cada archivo y cómo corregirlos.

# The command line's errors (after "submission-checker: "). `$error` is the
# system's own words ("No such file or directory"); option names stay as typed.
cli_error_cannot-read = no se puede leer { $name }: { $error }
cli_error_cannot-read-input = no se puede leer la entrada estándar: { $error }
cli_error_cannot-list = no se puede listar la carpeta { $name }: { $error }
cli_error_cannot-write = no se puede escribir { $path }: { $error }
cli_error_cannot-print = no se puede escribir la salida: { $error }
cli_error_unknown-call = «{ $call }» no es una convocatoria incorporada ({ $builtin }) ni un archivo de perfil.
cli_error_bad-profile = { $name } no es un perfil utilizable: { $error }
cli_error_no-files = no hay archivos que verificar en { LIST($paths) }
cli_error_no-files-try-recursive = no hay archivos que verificar en { LIST($paths) } (añada --recursive para verificar las carpetas que contiene)
cli_error_eml-one-file = --eml escribe el borrador de un solo archivo, y se dieron { $n } archivos.
cli_error_today = --today: «{ $value }» no es una fecha escrita AAAA-MM-DD (2024-05-20).
cli_error_internal = error interno al verificar este archivo; por favor, notifíquelo
cli_error_not-found = no encontrado: { $field }: { $reason }
