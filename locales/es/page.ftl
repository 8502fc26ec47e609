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
config-error = Este verificador no está bien configurado ({ $error }). Avise al responsable de la página.
# In the browser console, for a page that sets a lang attribute the checker does not speak.
unknown-lang = El idioma «{ $lang }» no está disponible, así que el verificador usa el inglés.
