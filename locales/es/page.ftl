# The page's own words in Spanish (rule messages come from checker.ftl).

# This language's own name, in the language menu.
language-name = Español
page_title = Verificador de contribuciones
title = Verifique su contribución antes de enviarla
privacy = Su documento se queda en este dispositivo: se lee aquí, en su navegador, y no se sube nada.
language = Idioma
call = Convocatoria
call_rules = Lo que pide la convocatoria
fact_to = Enviar a
fact_cc = Copia a
fact_subject = Asunto del correo
fact_deadline = Fecha límite
fact_words = Límite de palabras
fact_formats = Formatos
fact_languages = Idiomas
not-given = no se indica en esta convocatoria
not-stated = no se indica
words_count =
    { $n ->
        [one] { $n } palabra
        [many] { $n } de palabras
       *[other] { $n } palabras
    }
document = Su documento
choose = Elija su documento (Word, PDF u OpenDocument)
drop = o suéltelo aquí
checking = Verificando { $name }…
still-checking =
    Sigue la verificación de { $name }: { $seconds ->
        [one] { $seconds } segundo hasta ahora.
        [many] { $seconds } de segundos hasta ahora.
       *[other] { $seconds } segundos hasta ahora.
    }
seconds = { $seconds } s
checked = { $name } verificado: { $verdict }
result = Resultado
ready = Listo para enviar.
ready-but =
    { $n ->
        [one] Cumple las reglas de la convocatoria, pero { $n } elemento del archivo se publicaría con él: vea abajo.
        [many] Cumple las reglas de la convocatoria, pero { $n } de elementos del archivo se publicarían con él: vea abajo.
       *[other] Cumple las reglas de la convocatoria, pero { $n } elementos del archivo se publicarían con él: vea abajo.
    }
to-fix =
    { $n ->
        [one] { $n } cosa que corregir antes de enviar.
        [many] { $n } de cosas que corregir antes de enviar.
       *[other] { $n } cosas que corregir antes de enviar.
    }
to-look =
    { $n ->
        [one] Revise el punto que aparece abajo.
        [many] Revise los { $n } de puntos que aparecen abajo.
       *[other] Revise los { $n } puntos que aparecen abajo.
    }
fig_file = Archivo
fig_title = Título
fig_words = Palabras
fig_words-of = { $counted } de { $limit } permitidas
fig_notes = (notas al pie y notas finales: { $n } más)
fig_pages = Páginas
fig_language = Idioma
fig_not-sure = (no es seguro)
fig_links = Enlaces
sev_error = Por corregir
sev_warning = Por revisar
sev_info = Para su información
where = Dónde:
send = Enviar su contribución
send_not-ready = Puede preparar el correo ahora, pero todavía no se cumplen las reglas de la convocatoria: corrija primero los puntos de arriba.
no-address = Esta convocatoria no indica ninguna dirección de correo. Búsquela en la página de la convocatoria antes de enviar.
hint = La convocatoria anterior del mismo órgano usaba { $address }: compruebe que sigue vigente antes de usarla.
copy_address = Copiar la dirección
copy_subject = Copiar el asunto
copied = Copiado: { $text }
copy-failed = No se pudo copiar. Seleccione el texto y cópielo usted.
organisation = Su organización (opcional)
contact = Nombre de la persona de contacto (opcional)
sender_note = Solo se usa en el mensaje de abajo. No se envía nada hasta que usted envíe el correo.
mailto = Escribir el correo en mi programa de correo
mailto_note = Su programa de correo abre un correo nuevo con la dirección, el asunto y una nota breve. Adjunte su archivo antes de enviarlo.
eml = Descargar el correo con el archivo adjunto (.eml)
eml_preparing = Preparando el borrador…
eml_note = Outlook en Windows abre este archivo como un borrador listo para enviar. Otros programas (Apple Mail, Thunderbird, el nuevo Outlook, el correo web) pueden abrirlo como un mensaje recibido, o no abrirlo: en Apple Mail use Mensaje > Volver a enviar, en Thunderbird Mensaje > Editar como nuevo mensaje, o use el botón de arriba y adjunte el archivo usted.
share = Compartir el archivo…
share_note = Abre el menú para compartir de su dispositivo (por ejemplo, un programa de correo) con el archivo.
trapped = El verificador se detuvo al leer este archivo y se ha reiniciado. Su archivo no se envió a ningún sitio. Elija el archivo de nuevo; si vuelve a ocurrir, guarde otra vez el documento desde Word y verifique la copia nueva.
failed = No se pudo verificar el archivo: { $error }
start-failed = El verificador no puede iniciarse en este navegador. Use una versión reciente de Firefox, Chrome, Edge o Safari.
load-failed = No se pudo descargar una parte del verificador. Compruebe su conexión e inténtelo de nuevo. No se envió nada a ningún sitio.
config-error = Este verificador no está bien configurado ({ $error }). Avise al responsable de la página.
# In the browser console, for a page that sets a lang attribute the checker does not speak.
unknown-lang = El idioma «{ $lang }» no está disponible, así que el verificador usa el inglés.
offline-failed = No se pudo guardar el verificador para usarlo sin conexión ({ $error }); funciona como antes mientras haya red.

# The clean copy.
clean_offer = Una copia limpia deja fuera estos elementos, y también el nombre del autor: comentarios, control de cambios (aceptados tal como están), texto oculto, macros, notas de revisión, scripts y archivos adjuntos. Se hace aquí, en este dispositivo, y su archivo queda tal como está.
clean_button = Hacer una copia limpia
clean_making = Haciendo una copia limpia de { $name }…
clean_made = Copia limpia hecha a partir de { $original }: { $name } ({ $size }). El resultado de arriba es el de la copia limpia.
clean_checked = Copia limpia { $name } hecha y revisada: { $verdict }
clean_original-kept = Su propio archivo no se ha modificado. A partir de ahora, el borrador del correo, el botón para compartir y la descarga de abajo usan la copia limpia.
clean_download = Descargar la copia limpia: { $name } ({ $size })
clean_failed = No se pudo hacer la copia limpia: { $why } Su archivo no se ha modificado: puede enviarlo tal como está, o quitar en Word lo que se indica abajo y revisarlo de nuevo.
clean_why_unsupported = solo se puede hacer una copia limpia de archivos Word (.docx) y PDF.
clean_why_corrupt = una parte del archivo no se pudo reescribir de forma segura.
clean_why_too-large = el archivo es demasiado grande o complejo para limpiarlo de forma segura.
clean_why_password-protected = el archivo está protegido con contraseña.
clean_why_other = el verificador se detuvo mientras la hacía.
clean_why_download = no se pudo descargar la parte del verificador que la hace: compruebe su conexión e inténtelo de nuevo.
clean_removed_comments = Comentarios eliminados: { $n }
clean_removed_insertions = Inserciones con control de cambios aceptadas: { $n }
clean_removed_deletions = Eliminaciones con control de cambios aceptadas (su texto quitado): { $n }
clean_removed_moves = Movimientos con control de cambios aceptados: { $n }
clean_removed_property-changes = Cambios de formato aceptados: { $n }
clean_removed_hidden-runs = Fragmentos de texto oculto eliminados: { $n }
clean_removed_metadata-fields = Datos personales quitados de las propiedades del archivo: { $n }
clean_removed_macro-parts = Partes de macros eliminadas: { $n }
clean_removed_annotations = Notas de revisión y resaltados eliminados: { $n }
clean_removed_scripts = Scripts y acciones automáticas eliminados: { $n }
clean_removed_embedded-files = Archivos adjuntos eliminados: { $n }
clean_removed_info-fields = Datos del autor quitados de la información del documento: { $n }
clean_removed_xmp-properties = Datos del autor quitados de los metadatos XMP: { $n }
clean_removed_xmp-dropped = Metadatos XMP ilegibles eliminados por completo
clean_removed_decrypted = Protección con contraseña contra la impresión o la copia quitada
clean_removed_signatures = Firmas digitales que ya no son válidas en la copia: { $n }
clean_removed_nothing = No había nada que quitar: la copia tiene el mismo contenido.
uses_attach = Archivo que adjuntar: { $name }
uses_attached = Adjunto: { $name }
uses_shared = Archivo compartido: { $name }

# Where the words are: words per section, by heading, after a check.
sections = Dónde están las palabras
sections_intro = Las palabras de cada parte del texto principal, por título, en el orden del documento. No se incluyen las notas al pie ni las notas finales.
sections_over = El texto supera el límite de palabras, o se acerca a él: recortar en las secciones más extensas, marcadas, es lo que más ayuda.
sections_before = Antes del primer título
sections_caption = Palabras por sección, según los títulos
sections_heading = Sección
sections_words = Palabras
sections_share = Proporción del texto
sections_percent = { $percent }{"\u00A0"}%
sections_largest = la más extensa
