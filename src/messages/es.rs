//! Español. Las mismas claves que el catálogo inglés.

use super::Entry;

pub(super) const CATALOGUE: &[Entry] = &[
    ("format.docx", "Word (.docx)", ""),
    ("format.docm", "Word con macros (.docm)", ""),
    ("format.doc", "Word 97-2003 (.doc)", ""),
    ("format.encrypted-ooxml", "Word protegido con contraseña", ""),
    ("format.pdf", "PDF", ""),
    ("format.odt", "OpenDocument (.odt)", ""),
    ("format.rtf", "texto enriquecido (.rtf)", ""),
    ("format.txt", "texto sin formato", ""),
    ("format.html", "página web (HTML)", ""),
    ("format.image", "imagen", ""),
    ("format.empty", "archivo vacío", ""),
    ("format.unknown", "archivo no reconocido", ""),
    ("language.en", "inglés", ""),
    ("language.fr", "francés", ""),
    ("language.es", "español", ""),
    ("language.pt", "portugués", ""),
    (
        "unreadable-file.corrupt",
        "No se puede abrir este archivo: parece estar dañado ({detail}).",
        "Abra el original en Word o LibreOffice, guárdelo con otro nombre y compruebe el archivo nuevo. Si lo recibió por correo electrónico, descárguelo de nuevo.",
    ),
    (
        "unreadable-file.too-large",
        "Este archivo es demasiado grande o complejo para comprobarlo de forma segura ({detail}).",
        "Compruebe que es el archivo correcto. Guarde una copia sin imágenes grandes (en Word: Archivo > Comprimir imágenes) y compruebe esa copia.",
    ),
    (
        "unreadable-file.unsupported",
        "El verificador no puede leer el texto de un archivo {format:formats}, así que no puede contar las palabras ni buscar contenido oculto.",
        "Guarde el documento en formato Word (.docx) o PDF: en Word, Archivo > Guardar como; en LibreOffice, Archivo > Guardar como > Word 2007-365; en Google Docs, Archivo > Descargar > Microsoft Word (.docx). Después compruebe el archivo nuevo.",
    ),
    (
        "unreadable-file.empty",
        "Este archivo está vacío (0 bytes): no contiene nada que enviar.",
        "Guarde de nuevo su documento y elija el archivo guardado, no un acceso directo ni un archivo que aún se está descargando.",
    ),
    (
        "password-protected",
        "Este archivo está protegido con contraseña, así que la secretaría no podrá abrirlo ni publicarlo.",
        "Quite la contraseña y envíe el archivo sin protección. En Word: Archivo > Información > Proteger documento > Cifrar con contraseña, borre la contraseña, Aceptar y guarde. En Acrobat: Archivo > Propiedades > Seguridad > Sin seguridad.",
    ),
    (
        "file-format.not-accepted",
        "La convocatoria acepta archivos {accepted:formats}; este archivo es {format:formats}.",
        "Guarde el documento como {accepted:formats}: en Word, Archivo > Guardar como y elija el tipo; en LibreOffice, Archivo > Guardar como (o Archivo > Exportar como PDF); en Google Docs, Archivo > Descargar.",
    ),
    (
        "file-format.macros",
        "Este es un archivo de Word con macros (.docm). Los servidores de correo suelen bloquear estos adjuntos y es posible que la secretaría no lo abra.",
        "Guárdelo como documento de Word normal: Archivo > Guardar como > Documento de Word (*.docx). Las macros se eliminan y el texto se conserva.",
    ),
    (
        "unreadable-file.legacy-word",
        "Este es un archivo de Word 97-2003 (.doc), un formato antiguo. La convocatoria acepta archivos de Word, pero este verificador no puede leer .doc, así que no se comprobó nada más.",
        "Guárdelo como .docx (en Word: Archivo > Guardar como > Documento de Word) y compruebe el archivo nuevo: se comprobará por completo.",
    ),
    (
        "wrong-extension",
        "El archivo se llama «{name}», pero en realidad es un archivo {format:formats}.",
        "Guárdelo de nuevo en el formato correcto desde el programa que lo creó, o cámbiele el nombre para que termine en .{expected}. Un nombre incorrecto puede impedir que el ordenador de la secretaría lo abra.",
    ),
    (
        "word-limit.over",
        "El documento tiene {counted} palabras; la convocatoria permite {limit}. Elimine al menos {excess} palabras.",
        "Se contó {what:text}. Acorte el texto o pase los detalles a un anexo enviado por separado si la convocatoria lo permite. Word muestra su propio recuento en Revisar > Contar palabras.",
    ),
    (
        "word-limit.near",
        "El documento tiene {counted} palabras, justo por debajo del límite de {limit}.",
        "Se contó {what:text}. Word puede contar algunas palabras de otra manera: deje un pequeño margen.",
    ),
    ("word-limit.what-body", "el texto principal, sin notas al pie ni notas finales", ""),
    ("word-limit.what-body-and-notes", "el texto principal con las notas al pie y las notas finales", ""),
    (
        "hyperlinks-missing",
        "La convocatoria pide hipervínculos a las fuentes (sitios web, documentos, estadísticas, leyes) y este documento no tiene ninguno.",
        "Añada enlaces a sus fuentes: seleccione las palabras y elija Insertar > Vínculo (Ctrl+K) en Word o LibreOffice, o Insertar > Enlace en Google Docs, y pegue la dirección web.",
    ),
    (
        "deadline.passed",
        "El plazo terminó el {deadline} (hora de {zone}).",
        "Póngase en contacto con la secretaría antes de enviarlo: es posible que no se tengan en cuenta las contribuciones tardías.",
    ),
    (
        "deadline.soon",
        "El plazo termina el {deadline} (hora de {zone}): queda(n) {days} día(s).",
        "Envíelo pronto: el correo puede tardar en llegar y el plazo termina a medianoche, hora de {zone}.",
    ),
    (
        "deadline.today",
        "El plazo termina hoy, {deadline}, a medianoche, hora de {zone}.",
        "Envíelo hoy.",
    ),
    // The cover email.
    ("mail.greeting", "Estimada Secretaría:", ""),
    ("mail.cover", "Adjuntamos nuestra contribución a su convocatoria.", ""),
    ("mail.title", "Título: {title}", ""),
    ("mail.file", "Archivo: {file}", ""),
    ("mail.words", "Palabras: {words}", ""),
    ("mail.language", "Idioma: {language:languages}", ""),
    ("mail.attach", "[Antes de enviar: adjunte el archivo {file} a este correo.]", ""),
    ("mail.closing", "Atentamente,", ""),
];
