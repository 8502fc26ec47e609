//! Français. Mêmes clés que le catalogue anglais.

use super::Entry;

pub(super) const CATALOGUE: &[Entry] = &[
    ("format.docx", "Word (.docx)", ""),
    ("format.docm", "Word avec macros (.docm)", ""),
    ("format.doc", "Word 97-2003 (.doc)", ""),
    ("format.encrypted-ooxml", "Word protégé par mot de passe", ""),
    ("format.pdf", "PDF", ""),
    ("format.odt", "OpenDocument (.odt)", ""),
    ("format.rtf", "texte enrichi (.rtf)", ""),
    ("format.txt", "texte brut", ""),
    ("format.html", "page web (HTML)", ""),
    ("format.image", "image", ""),
    ("format.empty", "fichier vide", ""),
    ("format.unknown", "fichier non reconnu", ""),
    ("language.en", "anglais", ""),
    ("language.fr", "français", ""),
    ("language.es", "espagnol", ""),
    ("language.pt", "portugais", ""),
    (
        "unreadable-file.corrupt",
        "Ce fichier ne peut pas être ouvert : il semble endommagé ({detail}).",
        "Ouvrez l’original dans Word ou LibreOffice, enregistrez-le sous un nouveau nom, puis vérifiez le nouveau fichier. S’il vous a été envoyé par courriel, téléchargez-le à nouveau.",
    ),
    (
        "unreadable-file.too-large",
        "Ce fichier est trop volumineux ou trop complexe pour être vérifié sans risque ({detail}).",
        "Vérifiez qu’il s’agit du bon fichier. Enregistrez une copie sans grandes images (dans Word : Fichier > Compresser les images) et vérifiez cette copie.",
    ),
    (
        "unreadable-file.unsupported",
        "Le vérificateur ne sait pas lire le texte d’un fichier {format:formats} : il ne peut ni compter les mots ni chercher le contenu caché.",
        "Enregistrez le document au format Word (.docx) ou PDF : dans Word, Fichier > Enregistrer sous ; dans LibreOffice, Fichier > Enregistrer sous > Word 2007-365 ; dans Google Docs, Fichier > Télécharger > Microsoft Word (.docx). Vérifiez ensuite le nouveau fichier.",
    ),
    (
        "unreadable-file.empty",
        "Ce fichier est vide (0 octet) : il n’y a rien à envoyer.",
        "Enregistrez de nouveau votre document et choisissez le fichier enregistré, pas un raccourci ni un fichier en cours de téléchargement.",
    ),
    (
        "password-protected",
        "Ce fichier est protégé par un mot de passe : le secrétariat ne pourra ni l’ouvrir ni le publier.",
        "Retirez le mot de passe et envoyez le fichier sans protection. Dans Word : Fichier > Informations > Protéger le document > Chiffrer avec mot de passe, effacez le mot de passe, OK, puis enregistrez. Dans Acrobat : Fichier > Propriétés > Sécurité > Aucune sécurité.",
    ),
    (
        "file-format.not-accepted",
        "L’appel accepte les fichiers {accepted:formats} ; ce fichier est au format {format:formats}.",
        "Enregistrez le document au format {accepted:formats} : dans Word, Fichier > Enregistrer sous, puis choisissez le type ; dans LibreOffice, Fichier > Enregistrer sous (ou Fichier > Exporter au format PDF) ; dans Google Docs, Fichier > Télécharger.",
    ),
    (
        "file-format.macros",
        "Ce fichier Word contient des macros (.docm). Les serveurs de messagerie bloquent souvent ce type de pièce jointe, et le secrétariat risque de ne pas l’ouvrir.",
        "Enregistrez-le comme document Word ordinaire : Fichier > Enregistrer sous > Document Word (*.docx). Les macros sont retirées, le texte est conservé.",
    ),
    (
        "unreadable-file.legacy-word",
        "Ce fichier est à l’ancien format Word 97-2003 (.doc). L’appel accepte les fichiers Word, mais ce vérificateur ne sait pas lire le .doc : rien d’autre n’a été vérifié.",
        "Enregistrez-le en .docx (dans Word : Fichier > Enregistrer sous > Document Word) et vérifiez le nouveau fichier : il sera vérifié entièrement.",
    ),
    (
        "wrong-extension",
        "Le fichier s’appelle « {name} », mais c’est en réalité un fichier {format:formats}.",
        "Enregistrez-le de nouveau au bon format depuis le programme qui l’a créé, ou renommez-le pour qu’il se termine par .{expected}. Un nom erroné peut empêcher l’ordinateur du secrétariat de l’ouvrir.",
    ),
    (
        "word-limit.over",
        "Le document compte {counted} mots ; l’appel en autorise {limit}. Supprimez au moins {excess} mots.",
        "Décompte : {what:text}. Raccourcissez le texte, ou placez les détails dans une annexe envoyée à part si l’appel le permet. Word affiche son propre décompte sous Révision > Statistiques.",
    ),
    (
        "word-limit.near",
        "Le document compte {counted} mots, juste en dessous de la limite de {limit}.",
        "Décompte : {what:text}. Word peut compter quelques mots différemment : gardez une petite marge.",
    ),
    ("word-limit.what-body", "le texte principal, sans les notes de bas de page ni les notes de fin", ""),
    ("word-limit.what-body-and-notes", "le texte principal avec les notes de bas de page et les notes de fin", ""),
    (
        "hyperlinks-missing",
        "L’appel demande des liens hypertexte vers les sources (sites web, documents, statistiques, lois), et ce document n’en contient aucun.",
        "Ajoutez des liens vers vos sources : sélectionnez les mots, puis Insertion > Lien (Ctrl+K) dans Word ou LibreOffice, ou Insertion > Lien dans Google Docs, et collez l’adresse web.",
    ),
    (
        "deadline.passed",
        "La date limite était le {deadline} (heure de {zone}) ; elle est dépassée.",
        "Contactez le secrétariat avant d’envoyer : les contributions tardives risquent de ne pas être prises en compte.",
    ),
    (
        "deadline.soon",
        "La date limite est le {deadline} (heure de {zone}) : il reste {days} jour(s).",
        "Envoyez-la rapidement : un courriel peut mettre du temps à arriver, et le délai expire à minuit, heure de {zone}.",
    ),
    (
        "deadline.today",
        "La date limite est aujourd’hui, {deadline}, à minuit, heure de {zone}.",
        "Envoyez-la aujourd’hui.",
    ),
    // The cover email.
    ("mail.greeting", "Madame, Monsieur,", ""),
    ("mail.cover", "Veuillez trouver ci-joint notre contribution à votre appel à contributions.", ""),
    ("mail.title", "Titre : {title}", ""),
    ("mail.file", "Fichier : {file}", ""),
    ("mail.words", "Nombre de mots : {words}", ""),
    ("mail.language", "Langue : {language:languages}", ""),
    ("mail.attach", "[Avant l’envoi : joignez le fichier {file} à ce courriel.]", ""),
    ("mail.closing", "Veuillez agréer nos salutations distinguées,", ""),
];
