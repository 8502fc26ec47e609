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
        "file-format.unrecognised",
        "La convocatoria acepta archivos {accepted:formats}; este archivo es {kind:text}.",
        "Abra el documento en el programa con el que lo escribió y guárdelo o expórtelo como {accepted:formats}. En Apple Pages: Archivo > Exportar a > Word o PDF. En LibreOffice: Archivo > Guardar como, o Archivo > Exportar como PDF. En Google Docs: Archivo > Descargar.",
    ),
    ("kind.unrecognised", "de un formato que el verificador no reconoce", ""),
    ("kind.apple-pages", "un documento de Apple Pages", ""),
    ("kind.spreadsheet", "una hoja de cálculo", ""),
    ("kind.presentation", "una presentación", ""),
    ("kind.zip-archive", "un archivo ZIP", ""),
    ("kind.opendocument-other", "un archivo OpenDocument que no es un documento de texto", ""),
    ("kind.office-legacy-other", "un archivo antiguo de Office que no es un documento de Word", ""),
    ("kind.damaged-zip", "un archivo dañado", ""),
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
    // Publicación: quién verá lo que queda oculto en el archivo.
    ("publication.in-full", "La convocatoria publica las contribuciones íntegramente, tal como se reciben, así que esto será público.", ""),
    ("publication.received", "Cualquier persona que reciba el archivo puede verlo.", ""),
    (
        "comments",
        "Quedan comentarios en el archivo: {count} (respuestas: {replies}; marcados como resueltos: {resolved}), escritos por {authors}. {audience:text}",
        "Elimine todos los comentarios; marcar uno como resuelto solo lo oculta. Word: Revisar > Eliminar (la flecha de abajo) > Eliminar todos los comentarios del documento. LibreOffice: Ver > Comentarios para mostrarlos y, después, clic derecho en un comentario > Eliminar todos los comentarios. Google Docs: abra el historial de comentarios (el icono de bocadillo arriba a la derecha) y elimine cada conversación (⋮ > Eliminar) antes de descargar. Después, vuelva a verificar el archivo.",
    ),
    (
        "tracked-changes",
        "Quedan cambios controlados en el archivo: {count} (inserciones: {insertions}; eliminaciones: {deletions}; movimientos: {moves}; formato: {formatting}), hechos por {authors} (fechas: {dates}). {audience:text}",
        "Acepte o rechace cada cambio y desactive el control de cambios. Word: Revisar > Aceptar (la flecha de abajo) > Aceptar todos los cambios y detener el seguimiento. LibreOffice: Editar > Control de cambios > Aceptar todo y, después, desmarque Editar > Control de cambios > Grabar cambios. Google Docs: Herramientas > Revisar cambios sugeridos > Aceptar todo. Guarde y vuelva a verificar el archivo.",
    ),
    (
        "tracked-changes.with-deleted",
        "Quedan cambios controlados en el archivo: {count} (inserciones: {insertions}; eliminaciones: {deletions}; movimientos: {moves}; formato: {formatting}), hechos por {authors} (fechas: {dates}). {audience:text} El texto eliminado sigue dentro del archivo y cualquiera puede leerlo, por ejemplo: «{deleted}».",
        "Acepte o rechace cada cambio y desactive el control de cambios: solo entonces el texto eliminado desaparece de verdad. Word: Revisar > Aceptar (la flecha de abajo) > Aceptar todos los cambios y detener el seguimiento. LibreOffice: Editar > Control de cambios > Aceptar todo y, después, desmarque Editar > Control de cambios > Grabar cambios. Google Docs: Herramientas > Revisar cambios sugeridos > Aceptar todo. Guarde y vuelva a verificar el archivo.",
    ),
    (
        "hidden-text",
        "Queda texto oculto en el archivo (pasajes: {count}). Word no lo muestra ni lo imprime, pero está ahí y cualquiera puede hacerlo visible. {audience:text}",
        "Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Texto oculto, haga clic en Inspeccionar y luego en Quitar todo (para verlo antes: Inicio > ¶, que muestra el texto oculto subrayado con puntos). LibreOffice: marque Herramientas > Opciones > LibreOffice Writer > Ayudas de formato > Caracteres ocultos para verlo y elimínelo, o selecciónelo y desmarque Formato > Carácter > Efectos tipográficos > Oculto. Google Docs no tiene texto oculto: elimínelo en Word o LibreOffice. Después, vuelva a verificar el archivo.",
    ),
    (
        "hidden-text.headers-footers",
        "Los encabezados y pies de página se imprimen en cada página y se publican con el documento. Compruebe que no digan nada que usted no quiera hacer público: {texts}.",
        "Para editarlos: en Word, haga doble clic en el margen superior o inferior de una página; en LibreOffice, haga clic en el encabezado o el pie de página; en Google Docs, haga clic en la parte superior o inferior de una página. Recuerde la primera página y las páginas pares e impares, que pueden tener los suyos.",
    ),
    (
        "hidden-text.watermark",
        "El documento tiene una marca de agua en sus páginas: {text}.",
        "Si no debe publicarse (por ejemplo, «Borrador» o «Confidencial»), quítela. Word: Diseño > Marca de agua > Quitar marca de agua. LibreOffice: Formato > Marca de agua y borre el texto. Google Docs: Insertar > Marca de agua > Quitar marca de agua.",
    ),
    (
        "personal-metadata.author",
        "Las propiedades del archivo indican su autor: «{value}». {audience:text}",
        "Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Propiedades del documento e información personal, Inspeccionar y luego Quitar todo; o, en Archivo > Información > Personas relacionadas, clic derecho en el nombre > Quitar persona. LibreOffice: Archivo > Propiedades > General, haga clic en Restablecer propiedades y desmarque Aplicar datos de usuario; Herramientas > Opciones > LibreOffice > Seguridad > Opciones > Eliminar información personal al guardar lo hace cada vez. Google Docs: un archivo descargado como Word (Archivo > Descargar) no indica ningún autor.",
    ),
    (
        "personal-metadata.last-modified-by",
        "Las propiedades del archivo indican la última persona que lo guardó: «{value}». {audience:text}",
        "Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Propiedades del documento e información personal, Inspeccionar y luego Quitar todo. LibreOffice: Archivo > Propiedades > General, haga clic en Restablecer propiedades y desmarque Aplicar datos de usuario; Herramientas > Opciones > LibreOffice > Seguridad > Opciones > Eliminar información personal al guardar lo hace cada vez. Google Docs: un archivo descargado como Word (Archivo > Descargar) no indica a nadie.",
    ),
    (
        "personal-metadata.company",
        "Las propiedades del archivo indican una empresa u organización: «{value}». {audience:text}",
        "Si no debe publicarse, quítela. Word: Archivo > Información > Propiedades > Propiedades avanzadas > Resumen, borre Organización; o Inspeccionar documento (Archivo > Información > Comprobar si hay problemas) > Propiedades del documento e información personal > Quitar todo. LibreOffice: Archivo > Propiedades > Propiedades personalizadas. Google Docs: un archivo descargado como Word no indica ninguna empresa.",
    ),
    (
        "personal-metadata.manager",
        "Las propiedades del archivo indican un responsable: «{value}». {audience:text}",
        "Si no debe publicarse, quítelo. Word: Archivo > Información > Propiedades > Propiedades avanzadas > Resumen, borre Administrador; o Inspeccionar documento (Archivo > Información > Comprobar si hay problemas) > Propiedades del documento e información personal > Quitar todo. LibreOffice: Archivo > Propiedades > Propiedades personalizadas. Google Docs: un archivo descargado como Word no indica ningún responsable.",
    ),
    (
        "personal-metadata.template-user",
        "El archivo indica la plantilla de la que procede mediante una ruta que muestra el nombre de usuario «{user}»: {value}. {audience:text}",
        "Word: Archivo > Opciones > Complementos, Administrar: Plantillas, Ir, y adjunte Normal en su lugar (o vacíe la casilla). Sea cual sea el programa, copiar el texto en un documento nuevo en blanco (Ctrl+A, Ctrl+C, Archivo > Nuevo, Ctrl+V) y guardar ese documento deja atrás la ruta. Google Docs: un archivo descargado como Word no contiene ninguna ruta de plantilla.",
    ),
    (
        "personal-metadata.template",
        "El archivo indica la plantilla de la que procede mediante una ruta en un equipo o una red: {value}. {audience:text}",
        "Word: Archivo > Opciones > Complementos, Administrar: Plantillas, Ir, y adjunte Normal en su lugar (o vacíe la casilla). Sea cual sea el programa, copiar el texto en un documento nuevo en blanco (Ctrl+A, Ctrl+C, Archivo > Nuevo, Ctrl+V) y guardar ese documento deja atrás la ruta. Google Docs: un archivo descargado como Word no contiene ninguna ruta de plantilla.",
    ),
    (
        "personal-metadata.custom",
        "El archivo tiene propiedades personalizadas ({count}), que Word no muestra en la página: {value}. {audience:text}",
        "Word: Archivo > Información > Propiedades > Propiedades avanzadas > Personalizar, seleccione cada una y haga clic en Eliminar; o Inspeccionar documento (Archivo > Información > Comprobar si hay problemas) > Propiedades del documento e información personal > Quitar todo. LibreOffice: Archivo > Propiedades > Propiedades personalizadas, elimine cada una. Google Docs: un archivo descargado como Word no tiene propiedades personalizadas.",
    ),
    (
        "personal-metadata.pdf-author",
        "Las propiedades del PDF indican su autor: «{value}». {audience:text}",
        "El PDF lo toma del documento del que procede: borre el autor allí (en Word, Archivo > Información > Propiedades) y vuelva a exportar el PDF. En Acrobat: Archivo > Propiedades > Descripción, borre Autor y guarde; Acrobat Pro quita todos estos datos con Herramientas > Redactar > Eliminar información oculta.",
    ),
    (
        "personal-metadata.pdf-creator",
        "Las propiedades del PDF indican el programa o el archivo del que procede: «{value}». {audience:text}",
        "Suele ser inofensivo, pero puede revelar el nombre de archivo de un borrador. Cambie el nombre del archivo de origen antes de volver a exportar el PDF o, en Acrobat Pro, use Herramientas > Redactar > Eliminar información oculta, marque Metadatos y luego Eliminar.",
    ),
    (
        "macros",
        "El archivo contiene código de macros ({parts}). Las macros son programas: los servidores de correo y las secretarías suelen bloquear los archivos que las contienen.",
        "Guarde el documento sin macros. Word: Archivo > Guardar como > Documento de Word (*.docx): las macros se quitan y el texto se conserva. LibreOffice: Archivo > Guardar como > Word 2007-365 (.docx). Google Docs nunca añade macros: un archivo descargado como Word no las tiene. Después, verifique el archivo nuevo.",
    ),
    (
        "embedded-files",
        "Archivos incrustados en el documento: {count} ({names}). Viajan completos dentro de su archivo y pueden contener más de lo que muestra la página, por ejemplo un libro de Excel entero detrás de una tabla o un gráfico. {audience:text}",
        "Si solo hace falta lo que muestra la página, sustituya cada objeto por una imagen. Word: selecciónelo, Ctrl+X y luego Inicio > Pegar > Pegado especial > Imagen. LibreOffice: selecciónelo, Ctrl+X y luego Editar > Pegado especial > Pegado especial, y elija un formato de imagen. Google Docs: elimínelo e inserte una imagen (Insertar > Imagen). Después, vuelva a verificar el archivo.",
    ),
    (
        "embedded-files.pdf",
        "Archivos adjuntos al PDF: {count} ({names}). Se publican con él, completos. {audience:text}",
        "En Acrobat: abra el panel Archivos adjuntos (el icono del clip a la izquierda), seleccione cada archivo, Eliminar, y guarde. O vuelva a exportar el PDF desde el documento original, que no adjunta nada. Después, verifique el archivo nuevo.",
    ),
    (
        "pdf-annotations",
        "Quedan comentarios y marcas en el PDF: {count} ({kinds}), hechos por {authors}. {audience:text}",
        "En Acrobat: abra Todas las herramientas > Añadir comentarios, seleccione todos los comentarios de la lista (Ctrl+A) y elimínelos, y guarde; Acrobat Pro también los quita con Herramientas > Redactar > Eliminar información oculta. O vuelva a exportar el PDF desde el documento original (Word: Archivo > Guardar como > PDF; LibreOffice: Archivo > Exportar como PDF; Google Docs: Archivo > Descargar > PDF) después de resolver sus propios comentarios. Después, verifique el archivo nuevo.",
    ),
    (
        "pdf-javascript",
        "El PDF contiene JavaScript o acciones que se ejecutan solas ({count}). Los filtros de correo y las secretarías suelen bloquear estos archivos.",
        "Vuelva a exportar el PDF desde el documento original (Word: Archivo > Guardar como > PDF; LibreOffice: Archivo > Exportar como PDF; Google Docs: Archivo > Descargar > PDF): ninguno añade JavaScript. En Acrobat Pro: Todas las herramientas > Usar JavaScript > JavaScripts de documento, elimine cada script y guarde. Después, verifique el archivo nuevo.",
    ),
    (
        "personal-metadata.author-saved",
        "Las propiedades del archivo indican su autor, que también es la última persona que lo guardó: «{value}». {audience:text}",
        "Word: Archivo > Información > Comprobar si hay problemas > Inspeccionar documento, marque Propiedades del documento e información personal, Inspeccionar y luego Quitar todo; o, en Archivo > Información > Personas relacionadas, clic derecho en el nombre > Quitar persona. LibreOffice: Archivo > Propiedades > General, haga clic en Restablecer propiedades y desmarque Aplicar datos de usuario; Herramientas > Opciones > LibreOffice > Seguridad > Opciones > Eliminar información personal al guardar lo hace cada vez. Google Docs: un archivo descargado como Word (Archivo > Descargar) no indica a nadie.",
    ),
];
