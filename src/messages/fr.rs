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
        "file-format.unrecognised",
        "L’appel accepte les fichiers {accepted:formats} ; ce fichier est {kind:text}.",
        "Ouvrez le document dans le programme avec lequel vous l’avez écrit et enregistrez-le ou exportez-le au format {accepted:formats}. Dans Apple Pages : Fichier > Exporter vers > Word ou PDF. Dans LibreOffice : Fichier > Enregistrer sous, ou Fichier > Exporter au format PDF. Dans Google Docs : Fichier > Télécharger.",
    ),
    ("kind.unrecognised", "dans un format que le vérificateur ne reconnaît pas", ""),
    ("kind.apple-pages", "un document Apple Pages", ""),
    ("kind.spreadsheet", "un tableur", ""),
    ("kind.presentation", "une présentation", ""),
    ("kind.zip-archive", "une archive ZIP", ""),
    ("kind.opendocument-other", "un fichier OpenDocument qui n’est pas un document texte", ""),
    ("kind.office-legacy-other", "un ancien fichier Office qui n’est pas un document Word", ""),
    ("kind.damaged-zip", "un fichier endommagé", ""),
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
    // Publication : qui verra ce qui est caché dans le fichier.
    ("publication.in-full", "L’appel publie les contributions intégralement, telles que reçues : ceci sera donc public.", ""),
    ("publication.received", "Toute personne qui reçoit le fichier peut le voir.", ""),
    (
        "comments",
        "Des commentaires restent dans le fichier : {count} (réponses : {replies} ; marqués comme résolus : {resolved}), rédigés par {authors}. {audience:text}",
        "Supprimez tous les commentaires ; marquer un commentaire comme résolu ne fait que le masquer. Word : Révision > Supprimer (la flèche en dessous) > Supprimer tous les commentaires du document. LibreOffice : Affichage > Commentaires pour les afficher, puis clic droit sur un commentaire > Supprimer tous les commentaires. Google Docs : ouvrez l’historique des commentaires (l’icône de bulle en haut à droite) et supprimez chaque fil (⋮ > Supprimer) avant de télécharger. Vérifiez ensuite de nouveau le fichier.",
    ),
    (
        "tracked-changes",
        "Des modifications suivies restent dans le fichier : {count} (insertions : {insertions} ; suppressions : {deletions} ; déplacements : {moves} ; mise en forme : {formatting}), faites par {authors} (dates : {dates}). {audience:text}",
        "Acceptez ou refusez chaque modification, puis arrêtez le suivi. Word : Révision > Accepter (la flèche en dessous) > Accepter toutes les modifications et arrêter le suivi. LibreOffice : Édition > Suivi des modifications > Tout accepter, puis décochez Édition > Suivi des modifications > Enregistrer. Google Docs : Outils > Examiner les modifications suggérées > Tout accepter. Enregistrez, puis vérifiez de nouveau le fichier.",
    ),
    (
        "tracked-changes.with-deleted",
        "Des modifications suivies restent dans le fichier : {count} (insertions : {insertions} ; suppressions : {deletions} ; déplacements : {moves} ; mise en forme : {formatting}), faites par {authors} (dates : {dates}). {audience:text} Le texte supprimé est toujours dans le fichier et tout le monde peut le lire, par exemple : « {deleted} ».",
        "Acceptez ou refusez chaque modification, puis arrêtez le suivi : c’est seulement alors que le texte supprimé disparaît vraiment. Word : Révision > Accepter (la flèche en dessous) > Accepter toutes les modifications et arrêter le suivi. LibreOffice : Édition > Suivi des modifications > Tout accepter, puis décochez Édition > Suivi des modifications > Enregistrer. Google Docs : Outils > Examiner les modifications suggérées > Tout accepter. Enregistrez, puis vérifiez de nouveau le fichier.",
    ),
    (
        "hidden-text",
        "Du texte masqué reste dans le fichier (passages : {count}). Word ne l’affiche ni ne l’imprime, mais il est là et n’importe qui peut le faire apparaître. {audience:text}",
        "Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Texte masqué, cliquez sur Inspecter, puis sur Supprimer tout (pour le voir d’abord : Accueil > ¶, qui affiche le texte masqué souligné en pointillés). LibreOffice : cochez Outils > Options > LibreOffice Writer > Aides au formatage > Caractères masqués pour le voir, puis supprimez-le, ou sélectionnez-le et décochez Format > Caractère > Effets de caractère > Masqué. Google Docs ne connaît pas le texte masqué : supprimez-le dans Word ou LibreOffice. Vérifiez ensuite de nouveau le fichier.",
    ),
    (
        "hidden-text.headers-footers",
        "Les en-têtes et pieds de page sont imprimés sur chaque page et publiés avec le document. Vérifiez qu’ils ne contiennent rien que vous ne souhaitez pas rendre public : {texts}.",
        "Pour les modifier : dans Word, double-cliquez dans la marge du haut ou du bas d’une page ; dans LibreOffice, cliquez dans l’en-tête ou le pied de page ; dans Google Docs, cliquez tout en haut ou tout en bas d’une page. N’oubliez pas la première page et les pages paires et impaires, qui peuvent avoir les leurs.",
    ),
    (
        "hidden-text.watermark",
        "Le document porte un filigrane sur ses pages : {text}.",
        "S’il ne doit pas être publié (par exemple « Projet » ou « Confidentiel »), supprimez-le. Word : Création > Filigrane > Supprimer le filigrane. LibreOffice : Format > Filigrane, puis effacez le texte. Google Docs : Insertion > Filigrane, puis Supprimer le filigrane.",
    ),
    (
        "personal-metadata.author",
        "Les propriétés du fichier indiquent son auteur : « {value} ». {audience:text}",
        "Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Propriétés du document et informations personnelles, Inspecter, puis Supprimer tout ; ou, sous Fichier > Informations > Personnes associées, clic droit sur le nom > Supprimer la personne. LibreOffice : Fichier > Propriétés > Général, cliquez sur Réinitialiser les propriétés et décochez Appliquer les données utilisateur ; Outils > Options > LibreOffice > Sécurité > Options > Supprimer les informations personnelles lors de l’enregistrement le fait à chaque fois. Google Docs : un fichier téléchargé au format Word (Fichier > Télécharger) n’indique aucun auteur.",
    ),
    (
        "personal-metadata.last-modified-by",
        "Les propriétés du fichier indiquent la dernière personne qui l’a enregistré : « {value} ». {audience:text}",
        "Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Propriétés du document et informations personnelles, Inspecter, puis Supprimer tout. LibreOffice : Fichier > Propriétés > Général, cliquez sur Réinitialiser les propriétés et décochez Appliquer les données utilisateur ; Outils > Options > LibreOffice > Sécurité > Options > Supprimer les informations personnelles lors de l’enregistrement le fait à chaque fois. Google Docs : un fichier téléchargé au format Word (Fichier > Télécharger) n’indique personne.",
    ),
    (
        "personal-metadata.company",
        "Les propriétés du fichier indiquent une société ou une organisation : « {value} ». {audience:text}",
        "Si elle ne doit pas être publiée, supprimez-la. Word : Fichier > Informations > Propriétés > Propriétés avancées > Résumé, effacez Société ; ou Inspecter le document (Fichier > Informations > Vérifier la présence de problèmes) > Propriétés du document et informations personnelles > Supprimer tout. LibreOffice : Fichier > Propriétés > Propriétés personnalisées. Google Docs : un fichier téléchargé au format Word n’indique aucune société.",
    ),
    (
        "personal-metadata.manager",
        "Les propriétés du fichier indiquent un responsable : « {value} ». {audience:text}",
        "S’il ne doit pas être publié, supprimez-le. Word : Fichier > Informations > Propriétés > Propriétés avancées > Résumé, effacez Gestionnaire ; ou Inspecter le document (Fichier > Informations > Vérifier la présence de problèmes) > Propriétés du document et informations personnelles > Supprimer tout. LibreOffice : Fichier > Propriétés > Propriétés personnalisées. Google Docs : un fichier téléchargé au format Word n’indique aucun responsable.",
    ),
    (
        "personal-metadata.template-user",
        "Le fichier indique le modèle dont il est issu par un chemin qui montre le nom d’utilisateur « {user} » : {value}. {audience:text}",
        "Word : Fichier > Options > Compléments, Gérer : Modèles, Atteindre, et attachez Normal à la place (ou videz la case). Quel que soit le programme, copier le texte dans un nouveau document vierge (Ctrl+A, Ctrl+C, Fichier > Nouveau, Ctrl+V) et enregistrer celui-ci laisse le chemin derrière. Google Docs : un fichier téléchargé au format Word ne contient aucun chemin de modèle.",
    ),
    (
        "personal-metadata.template",
        "Le fichier indique le modèle dont il est issu par un chemin sur un ordinateur ou un réseau : {value}. {audience:text}",
        "Word : Fichier > Options > Compléments, Gérer : Modèles, Atteindre, et attachez Normal à la place (ou videz la case). Quel que soit le programme, copier le texte dans un nouveau document vierge (Ctrl+A, Ctrl+C, Fichier > Nouveau, Ctrl+V) et enregistrer celui-ci laisse le chemin derrière. Google Docs : un fichier téléchargé au format Word ne contient aucun chemin de modèle.",
    ),
    (
        "personal-metadata.custom",
        "Le fichier contient des propriétés personnalisées ({count}), que Word n’affiche pas dans la page : {value}. {audience:text}",
        "Word : Fichier > Informations > Propriétés > Propriétés avancées > Personnalisation, sélectionnez chacune et cliquez sur Supprimer ; ou Inspecter le document (Fichier > Informations > Vérifier la présence de problèmes) > Propriétés du document et informations personnelles > Supprimer tout. LibreOffice : Fichier > Propriétés > Propriétés personnalisées, supprimez chacune. Google Docs : un fichier téléchargé au format Word n’a pas de propriétés personnalisées.",
    ),
    (
        "personal-metadata.pdf-author",
        "Les propriétés du PDF indiquent son auteur : « {value} ». {audience:text}",
        "Le PDF le reprend du document dont il est issu : effacez l’auteur dans celui-ci (dans Word, Fichier > Informations > Propriétés) et exportez de nouveau le PDF. Dans Acrobat : Fichier > Propriétés > Description, effacez Auteur, puis enregistrez ; Acrobat Pro supprime toutes ces données avec Outils > Biffure > Supprimer les informations masquées.",
    ),
    (
        "personal-metadata.pdf-creator",
        "Les propriétés du PDF indiquent le programme ou le fichier dont il est issu : « {value} ». {audience:text}",
        "C’est en général sans conséquence, mais cela peut révéler le nom de fichier d’un projet. Renommez le fichier source avant d’exporter de nouveau le PDF, ou, dans Acrobat Pro, utilisez Outils > Biffure > Supprimer les informations masquées, cochez Métadonnées, puis Supprimer.",
    ),
    (
        "macros",
        "Le fichier contient du code de macro ({parts}). Les macros sont des programmes : les serveurs de messagerie et les secrétariats bloquent souvent les fichiers qui en contiennent.",
        "Enregistrez le document sans macros. Word : Fichier > Enregistrer sous > Document Word (*.docx) : les macros sont retirées, le texte est conservé. LibreOffice : Fichier > Enregistrer sous > Word 2007-365 (.docx). Google Docs n’ajoute jamais de macros : un fichier téléchargé au format Word n’en contient pas. Vérifiez ensuite le nouveau fichier.",
    ),
    (
        "embedded-files",
        "Fichiers incorporés dans le document : {count} ({names}). Ils voyagent entiers dans votre fichier et peuvent contenir plus que ce que montre la page, par exemple un classeur complet derrière un tableau ou un graphique. {audience:text}",
        "Si seul ce que montre la page est utile, remplacez chaque objet par une image. Word : sélectionnez-le, Ctrl+X, puis Accueil > Coller > Collage spécial > Image. LibreOffice : sélectionnez-le, Ctrl+X, puis Édition > Collage spécial > Collage spécial et choisissez un format d’image. Google Docs : supprimez-le et insérez une image (Insertion > Image). Vérifiez ensuite de nouveau le fichier.",
    ),
    (
        "embedded-files.pdf",
        "Fichiers joints au PDF : {count} ({names}). Ils sont publiés avec lui, en entier. {audience:text}",
        "Dans Acrobat : ouvrez le panneau Pièces jointes (l’icône de trombone à gauche), sélectionnez chaque fichier, Supprimer, puis enregistrez. Ou exportez de nouveau le PDF depuis le document d’origine, ce qui n’ajoute aucune pièce jointe. Vérifiez ensuite le nouveau fichier.",
    ),
    (
        "pdf-annotations",
        "Des commentaires et annotations restent dans le PDF : {count} ({kinds}), faits par {authors}. {audience:text}",
        "Dans Acrobat : ouvrez Tous les outils > Ajouter des commentaires, sélectionnez tous les commentaires de la liste (Ctrl+A) et supprimez-les, puis enregistrez ; Acrobat Pro les supprime aussi avec Outils > Biffure > Supprimer les informations masquées. Ou exportez de nouveau le PDF depuis le document d’origine (Word : Fichier > Enregistrer sous > PDF ; LibreOffice : Fichier > Exporter au format PDF ; Google Docs : Fichier > Télécharger > PDF) après avoir traité ses propres commentaires. Vérifiez ensuite le nouveau fichier.",
    ),
    (
        "pdf-javascript",
        "Le PDF contient du JavaScript ou des actions qui s’exécutent d’elles-mêmes ({count}). Les filtres de messagerie et les secrétariats bloquent souvent ces fichiers.",
        "Exportez de nouveau le PDF depuis le document d’origine (Word : Fichier > Enregistrer sous > PDF ; LibreOffice : Fichier > Exporter au format PDF ; Google Docs : Fichier > Télécharger > PDF) : aucun n’ajoute de JavaScript. Dans Acrobat Pro : Tous les outils > Utiliser JavaScript > JavaScripts de document, supprimez chaque script, puis enregistrez. Vérifiez ensuite le nouveau fichier.",
    ),
    (
        "personal-metadata.author-saved",
        "Les propriétés du fichier indiquent son auteur, qui est aussi la dernière personne à l’avoir enregistré : « {value} ». {audience:text}",
        "Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Propriétés du document et informations personnelles, Inspecter, puis Supprimer tout ; ou, sous Fichier > Informations > Personnes associées, clic droit sur le nom > Supprimer la personne. LibreOffice : Fichier > Propriétés > Général, cliquez sur Réinitialiser les propriétés et décochez Appliquer les données utilisateur ; Outils > Options > LibreOffice > Sécurité > Options > Supprimer les informations personnelles lors de l’enregistrement le fait à chaque fois. Google Docs : un fichier téléchargé au format Word (Fichier > Télécharger) n’indique personne.",
    ),
];
