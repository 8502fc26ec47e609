# The checker's words in French: rule messages (and their .help), places,
# names of formats and languages, the command line and the cover email.
# Syntax: https://projectfluent.org/fluent/guide/ ; ids are the keys of the
# report (`word-limit.over`) with the dot written `_`. Functions: see
# docs/translating.md.

format_docx = Word (.docx)
format_docm = Word avec macros (.docm)
format_doc = Word 97-2003 (.doc)
format_encrypted-ooxml = Word protégé par mot de passe
format_pdf = PDF
format_odt = OpenDocument (.odt)
format_rtf = texte enrichi (.rtf)
format_txt = texte brut
format_html = page web (HTML)
format_image = image
format_empty = fichier vide
format_unknown = fichier non reconnu
language_en = anglais
language_fr = français
language_es = espagnol
language_pt = portugais
unreadable-file_corrupt = Ce fichier ne peut pas être ouvert : il semble endommagé.
    .help = Ouvrez l’original dans Word ou LibreOffice, enregistrez-le sous un nouveau nom, puis vérifiez le nouveau fichier. S’il vous a été envoyé par courriel, téléchargez-le à nouveau.
unreadable-file_too-large = Ce fichier est trop volumineux ou trop complexe pour être vérifié sans risque.
    .help = Vérifiez qu’il s’agit du bon fichier. Enregistrez une copie sans grandes images (dans Word : Fichier > Compresser les images) et vérifiez cette copie.
unreadable-file_unsupported = Le vérificateur ne sait pas lire le texte d’un fichier { FORMATS($format) } : il ne peut ni compter les mots ni chercher le contenu caché.
    .help = Enregistrez le document au format Word (.docx) ou PDF : dans Word, Fichier > Enregistrer sous ; dans LibreOffice, Fichier > Enregistrer sous > Word 2007-365 ; dans Google Docs, Fichier > Télécharger > Microsoft Word (.docx). Vérifiez ensuite le nouveau fichier.
unreadable-file_empty = Ce fichier est vide (0 octet) : il n’y a rien à envoyer.
    .help = Enregistrez de nouveau votre document et choisissez le fichier enregistré, pas un raccourci ni un fichier en cours de téléchargement.
password-protected = Ce fichier est protégé par un mot de passe : le secrétariat ne pourra ni l’ouvrir ni le publier.
    .help = Retirez le mot de passe et envoyez le fichier sans protection. Dans Word : Fichier > Informations > Protéger le document > Chiffrer avec mot de passe, effacez le mot de passe, OK, puis enregistrez. Dans LibreOffice : Fichier > Enregistrer sous, décochez « Enregistrer avec mot de passe ». Dans Acrobat : Fichier > Propriétés > Sécurité > Aucune sécurité.
file-format_not-accepted = L’appel accepte les fichiers { FORMATS($accepted) } ; ce fichier est au format { FORMATS($format) }.
    .help = Ouvrez-le dans Word, LibreOffice ou Google Docs et enregistrez-en une copie au format { FORMATS($accepted) } : dans Word, Fichier > Enregistrer sous, puis choisissez le type ; dans LibreOffice, Fichier > Enregistrer sous, ou Fichier > Exporter au format PDF ; dans Google Docs, Fichier > Télécharger, puis choisissez le type. Vérifiez ensuite le nouveau fichier.
file-format_unrecognised = L’appel accepte les fichiers { FORMATS($accepted) } ; ce fichier est { MESSAGE($kind) }.
    .help = Ouvrez le document dans le programme avec lequel vous l’avez écrit et enregistrez-le ou exportez-le au format { FORMATS($accepted) }. Dans Apple Pages : Fichier > Exporter vers > Word ou PDF. Dans LibreOffice : Fichier > Enregistrer sous, ou Fichier > Exporter au format PDF. Dans Google Docs : Fichier > Télécharger.
kind_unrecognised = dans un format que le vérificateur ne reconnaît pas
kind_apple-pages = un document Apple Pages
kind_spreadsheet = une feuille de calcul
kind_presentation = une présentation
kind_zip-archive = une archive ZIP
kind_opendocument-other = un fichier OpenDocument qui n’est pas un document texte
kind_office-legacy-other = un ancien fichier Office qui n’est pas un document Word
kind_damaged-zip = un fichier endommagé
file-format_macros = Ce fichier Word contient des macros (.docm). Les serveurs de messagerie bloquent souvent ce type de pièce jointe, et le secrétariat risque de ne pas l’ouvrir.
    .help = Enregistrez-le comme document Word ordinaire : Fichier > Enregistrer sous > Document Word (*.docx). Les macros sont retirées, le texte est conservé.
unreadable-file_legacy-word = Ce fichier Word est antérieur à Word 97 (Word 6 ou Word 95). L’appel accepte les fichiers Word, mais ce vérificateur ne sait pas lire un format aussi ancien : rien d’autre n’a été vérifié.
    .help = Enregistrez-le en .docx, puis vérifiez le nouveau fichier : il sera vérifié entièrement. Dans Word : Fichier > Enregistrer sous > Document Word (.docx) ; dans LibreOffice : Fichier > Enregistrer sous > Word 2007-365 (.docx) ; dans Google Docs : ouvrez-le, puis Fichier > Télécharger > Microsoft Word (.docx).
wrong-extension = Le fichier s’appelle « { $name } », mais c’est en réalité un fichier { FORMATS($format) }.
    .help = Enregistrez-le de nouveau au bon format depuis le programme qui l’a créé, ou renommez-le pour qu’il se termine par .{ $expected }. Un nom erroné peut empêcher l’ordinateur du secrétariat de l’ouvrir.
word-limit_over =
    Le document compte { $counted ->
        [one] { $counted } mot
        [many] { $counted } de mots
       *[other] { $counted } mots
    } ; l’appel en autorise { $limit }. Supprimez au moins { $excess ->
        [one] { $excess } mot
        [many] { $excess } de mots
       *[other] { $excess } mots
    }.
    .help = Mots comptés : { MESSAGE($what) }. Raccourcissez le texte, ou placez les détails dans une annexe envoyée à part si l’appel le permet. Word affiche son propre décompte sous Révision > Statistiques.
word-limit_near =
    Le document compte { $counted ->
        [one] { $counted } mot
        [many] { $counted } de mots
       *[other] { $counted } mots
    }, juste en dessous de la limite de { $limit }.
    .help = Mots comptés : { MESSAGE($what) }. Word peut compter quelques mots différemment : gardez une petite marge.
word-limit_what-body = le texte principal, sans les notes de bas de page ni les notes de fin
word-limit_what-body-and-notes = le texte principal avec les notes de bas de page et les notes de fin
hyperlinks-missing = L’appel demande des liens hypertexte vers les sources (sites web, documents, statistiques, lois), et ce document n’en contient aucun.
    .help = Ajoutez des liens vers vos sources : sélectionnez les mots, puis dans Word, Insertion > Lien (Ctrl+K) ; dans LibreOffice, Insertion > Hyperlien (Ctrl+K) ; dans Google Docs, Insertion > Lien ; et collez l’adresse web.
deadline_passed = La date limite était le { $deadline } (heure de { ZONE($zone) }) ; elle est dépassée.
    .help = Contactez le secrétariat avant d’envoyer votre contribution : les contributions tardives risquent de ne pas être prises en compte.
deadline_soon =
    La date limite est le { $deadline } (heure de { ZONE($zone) }) : { $days ->
        [one] il reste { $days } jour.
        [many] il reste { $days } de jours.
       *[other] il reste { $days } jours.
    }
    .help = Envoyez votre contribution rapidement : un courriel peut mettre du temps à arriver, et le délai expire à minuit, heure de { ZONE($zone) }.
deadline_today = La date limite est aujourd’hui, { $deadline }, jusqu’à minuit (heure de { ZONE($zone) }).
    .help = Envoyez votre contribution aujourd’hui, sans attendre la dernière minute : un courriel peut mettre du temps à arriver.

## The cover email.

mail_greeting = Madame, Monsieur,
mail_cover = Veuillez trouver ci-joint notre contribution à votre appel à contributions.

## Publication : qui verra ce qui est caché dans le fichier.

publication_in-full = L’appel publie les contributions intégralement, telles que reçues : ceci sera donc public.
publication_received = Toute personne qui reçoit le fichier peut le voir.
comments = Des commentaires restent dans le fichier : { $count } (réponses : { $replies } ; marqués comme résolus : { $resolved }), rédigés par { LIST($authors) }. { MESSAGE($audience) }
    .help = Supprimez tous les commentaires ; marquer un commentaire comme résolu ne fait que le masquer. Word : Révision > Supprimer (la flèche en dessous) > Supprimer tous les commentaires du document. LibreOffice : Affichage > Commentaires pour les afficher, puis clic droit sur un commentaire > Supprimer tous les commentaires. Google Docs : ouvrez l’historique des commentaires (l’icône de bulle en haut à droite) et supprimez chaque fil (⋮ > Supprimer) avant de télécharger. Vérifiez ensuite de nouveau le fichier.
tracked-changes = Des modifications suivies restent dans le fichier : { $count } (insertions : { $insertions } ; suppressions : { $deletions } ; déplacements : { $moves } ; mise en forme : { $formatting }), faites par { LIST($authors) } (dates : { DATES($dates) }). { MESSAGE($audience) }
    .help = Acceptez ou refusez chaque modification, puis arrêtez le suivi. Word : Révision > Accepter (la flèche en dessous) > Accepter toutes les modifications et arrêter le suivi. LibreOffice : Édition > Suivi des modifications > Tout accepter, puis décochez Édition > Suivi des modifications > Enregistrer. Google Docs : Outils > Examiner les modifications suggérées > Tout accepter. Enregistrez, puis vérifiez de nouveau le fichier.
tracked-changes_with-deleted = Des modifications suivies restent dans le fichier : { $count } (insertions : { $insertions } ; suppressions : { $deletions } ; déplacements : { $moves } ; mise en forme : { $formatting }), faites par { LIST($authors) } (dates : { DATES($dates) }). { MESSAGE($audience) } Le texte supprimé est toujours dans le fichier et tout le monde peut le lire, par exemple : « { $deleted } ».
    .help = Acceptez ou refusez chaque modification, puis arrêtez le suivi : c’est seulement alors que le texte supprimé disparaît vraiment. Word : Révision > Accepter (la flèche en dessous) > Accepter toutes les modifications et arrêter le suivi. LibreOffice : Édition > Suivi des modifications > Tout accepter, puis décochez Édition > Suivi des modifications > Enregistrer. Google Docs : Outils > Examiner les modifications suggérées > Tout accepter. Enregistrez, puis vérifiez de nouveau le fichier.
hidden-text = Du texte masqué reste dans le fichier (passages : { $count }). Word ne l’affiche ni ne l’imprime, mais il est là et n’importe qui peut le faire apparaître. { MESSAGE($audience) }
    .help = Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Texte masqué, cliquez sur Inspecter, puis sur Supprimer tout (pour le voir d’abord : Accueil > ¶, qui affiche le texte masqué souligné en pointillés). LibreOffice : cochez Outils > Options > LibreOffice Writer > Aides au formatage > Caractères masqués pour le voir, puis supprimez-le, ou sélectionnez-le et décochez Format > Caractère > Effets de caractère > Masqué. Google Docs ne connaît pas le texte masqué : supprimez-le dans Word ou LibreOffice. Vérifiez ensuite de nouveau le fichier.
headers-footers = Les en-têtes et pieds de page sont imprimés sur chaque page et publiés avec le document. Vérifiez qu’ils ne contiennent rien que vous ne souhaitez pas rendre public : { $texts }.
    .help = Pour les modifier : dans Word, double-cliquez dans la marge du haut ou du bas d’une page ; dans LibreOffice, cliquez dans l’en-tête ou le pied de page ; dans Google Docs, cliquez tout en haut ou tout en bas d’une page. N’oubliez pas la première page et les pages paires et impaires, qui peuvent avoir les leurs.
headers-footers_watermark = Le document porte un filigrane sur ses pages : { $text }.
    .help = S’il ne doit pas être publié (par exemple « Projet » ou « Confidentiel »), supprimez-le. Word : Création > Filigrane > Supprimer le filigrane. LibreOffice : Format > Filigrane, puis effacez le texte. Google Docs : Insertion > Filigrane, puis Supprimer le filigrane.
personal-metadata_author = Les propriétés du fichier indiquent son auteur : « { $value } ». { MESSAGE($audience) }
    .help = Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Propriétés du document et informations personnelles, Inspecter, puis Supprimer tout ; ou, sous Fichier > Informations > Personnes associées, clic droit sur le nom > Supprimer la personne. LibreOffice : Fichier > Propriétés > Général, cliquez sur Réinitialiser les propriétés et décochez Appliquer les données utilisateur ; Outils > Options > LibreOffice > Sécurité > Options > Supprimer les informations personnelles lors de l’enregistrement le fait à chaque fois. Google Docs : un fichier téléchargé au format Word (Fichier > Télécharger) n’indique aucun auteur.
personal-metadata_last-modified-by = Les propriétés du fichier indiquent la dernière personne qui l’a enregistré : « { $value } ». { MESSAGE($audience) }
    .help = Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Propriétés du document et informations personnelles, Inspecter, puis Supprimer tout. LibreOffice : Fichier > Propriétés > Général, cliquez sur Réinitialiser les propriétés et décochez Appliquer les données utilisateur ; Outils > Options > LibreOffice > Sécurité > Options > Supprimer les informations personnelles lors de l’enregistrement le fait à chaque fois. Google Docs : un fichier téléchargé au format Word (Fichier > Télécharger) n’indique personne.
personal-metadata_company = Les propriétés du fichier indiquent une société ou une organisation : « { $value } ». { MESSAGE($audience) }
    .help = Si elle ne doit pas être publiée, supprimez-la. Word : Fichier > Informations > Propriétés > Propriétés avancées > Résumé, effacez Société ; ou Inspecter le document (Fichier > Informations > Vérifier la présence de problèmes) > Propriétés du document et informations personnelles > Supprimer tout. LibreOffice : Fichier > Propriétés > Propriétés personnalisées. Google Docs : un fichier téléchargé au format Word n’indique aucune société.
personal-metadata_manager = Les propriétés du fichier indiquent un responsable : « { $value } ». { MESSAGE($audience) }
    .help = S’il ne doit pas être publié, supprimez-le. Word : Fichier > Informations > Propriétés > Propriétés avancées > Résumé, effacez Gestionnaire ; ou Inspecter le document (Fichier > Informations > Vérifier la présence de problèmes) > Propriétés du document et informations personnelles > Supprimer tout. LibreOffice : Fichier > Propriétés > Propriétés personnalisées. Google Docs : un fichier téléchargé au format Word n’indique aucun responsable.
personal-metadata_template-user = Le fichier indique le modèle dont il est issu par un chemin qui montre le nom d’utilisateur « { $user } » : { $value }. { MESSAGE($audience) }
    .help = Word : Fichier > Options > Compléments, Gérer : Modèles, Atteindre, et attachez Normal à la place (ou videz la case). Quel que soit le programme, copier le texte dans un nouveau document vierge (Ctrl+A, Ctrl+C, Fichier > Nouveau, Ctrl+V) et enregistrer celui-ci laisse le chemin derrière. Google Docs : un fichier téléchargé au format Word ne contient aucun chemin de modèle.
personal-metadata_template = Le fichier indique le modèle dont il est issu par un chemin sur un ordinateur ou un réseau : { $value }. { MESSAGE($audience) }
    .help = Word : Fichier > Options > Compléments, Gérer : Modèles, Atteindre, et attachez Normal à la place (ou videz la case). Quel que soit le programme, copier le texte dans un nouveau document vierge (Ctrl+A, Ctrl+C, Fichier > Nouveau, Ctrl+V) et enregistrer celui-ci laisse le chemin derrière. Google Docs : un fichier téléchargé au format Word ne contient aucun chemin de modèle.
personal-metadata_custom = Le fichier contient des propriétés personnalisées ({ $count }), que Word n’affiche pas dans la page : { $value }. { MESSAGE($audience) }
    .help = Word : Fichier > Informations > Propriétés > Propriétés avancées > Personnalisation, sélectionnez chacune et cliquez sur Supprimer ; ou Inspecter le document (Fichier > Informations > Vérifier la présence de problèmes) > Propriétés du document et informations personnelles > Supprimer tout. LibreOffice : Fichier > Propriétés > Propriétés personnalisées, supprimez chacune. Google Docs : un fichier téléchargé au format Word n’a pas de propriétés personnalisées.
personal-metadata_pdf-author = Les propriétés du PDF indiquent son auteur : « { $value } ». { MESSAGE($audience) }
    .help = Le PDF le reprend du document dont il est issu : effacez l’auteur dans celui-ci (dans Word, Fichier > Informations > Propriétés) et exportez de nouveau le PDF. Dans Acrobat : Fichier > Propriétés > Description, effacez Auteur, puis enregistrez ; Acrobat Pro supprime toutes ces données avec Outils > Biffure > Supprimer les informations masquées.
personal-metadata_pdf-creator = Les propriétés du PDF indiquent le programme ou le fichier dont il est issu : « { $value } ». { MESSAGE($audience) }
    .help = C’est en général sans conséquence, mais cela peut révéler le nom de fichier d’un projet. Renommez le fichier source avant d’exporter de nouveau le PDF, ou, dans Acrobat Pro, utilisez Outils > Biffure > Supprimer les informations masquées, cochez Métadonnées, puis Supprimer.
macros = Le fichier contient du code de macro ({ $parts }). Les macros sont des programmes : les serveurs de messagerie et les secrétariats bloquent souvent les fichiers qui en contiennent.
    .help = Enregistrez le document sans macros. Word : Fichier > Enregistrer sous > Document Word (*.docx) : les macros sont retirées, le texte est conservé. LibreOffice : Fichier > Enregistrer sous > Word 2007-365 (.docx). Google Docs n’ajoute jamais de macros : un fichier téléchargé au format Word n’en contient pas. Vérifiez ensuite le nouveau fichier.
embedded-files = Fichiers incorporés dans le document : { $count } ({ $names }). Ils voyagent entiers dans votre fichier et peuvent contenir plus que ce que montre la page, par exemple un classeur complet derrière un tableau ou un graphique. { MESSAGE($audience) }
    .help = Si seul ce que montre la page est utile, remplacez chaque objet par une image. Word : sélectionnez-le, Ctrl+X, puis Accueil > Coller > Collage spécial > Image. LibreOffice : sélectionnez-le, Ctrl+X, puis Édition > Collage spécial > Collage spécial et choisissez un format d’image. Google Docs : supprimez-le et insérez une image (Insertion > Image). Vérifiez ensuite de nouveau le fichier.
embedded-files_pdf = Fichiers joints au PDF : { $count } ({ $names }). Ils sont publiés avec lui, en entier. { MESSAGE($audience) }
    .help = Dans Acrobat : ouvrez le panneau Pièces jointes (l’icône de trombone à gauche), sélectionnez chaque fichier, Supprimer, puis enregistrez. Ou exportez de nouveau le PDF depuis le document d’origine, ce qui n’ajoute aucune pièce jointe. Vérifiez ensuite le nouveau fichier.
# Kinds of PDF annotation, with how many there are.
annotation_text = notes : { $n }
annotation_freetext = zones de texte : { $n }
annotation_highlight = surlignages : { $n }
annotation_underline = soulignements : { $n }
annotation_strikeout = barrés : { $n }
annotation_squiggly = soulignements ondulés : { $n }
annotation_caret = marques d’insertion : { $n }
annotation_ink = dessins : { $n }
annotation_stamp = tampons : { $n }
annotation_square = rectangles : { $n }
annotation_circle = ellipses : { $n }
annotation_line = lignes : { $n }
annotation_polygon = polygones : { $n }
annotation_polyline = lignes brisées : { $n }
annotation_fileattachment = fichiers joints : { $n }
annotation_sound = sons : { $n }
annotation_redact = marques de biffure : { $n }
annotation_other = autres marques : { $n }
pdf-annotations = Des commentaires et annotations restent dans le PDF : { $count } ({ ANNOTATIONS($kinds) }), faits par { LIST($authors) }. { MESSAGE($audience) }
    .help = Dans Acrobat : ouvrez Tous les outils > Ajouter des commentaires, sélectionnez tous les commentaires de la liste (Ctrl+A) et supprimez-les, puis enregistrez ; Acrobat Pro les supprime aussi avec Outils > Biffure > Supprimer les informations masquées. Ou exportez de nouveau le PDF depuis le document d’origine (Word : Fichier > Enregistrer sous > PDF ; LibreOffice : Fichier > Exporter au format PDF ; Google Docs : Fichier > Télécharger > PDF) après avoir traité ses propres commentaires. Vérifiez ensuite le nouveau fichier.
pdf-javascript = Le PDF contient du JavaScript ou des actions qui s’exécutent d’elles-mêmes ({ $count }). Les filtres de messagerie et les secrétariats bloquent souvent ces fichiers.
    .help = Exportez de nouveau le PDF depuis le document d’origine (Word : Fichier > Enregistrer sous > PDF ; LibreOffice : Fichier > Exporter au format PDF ; Google Docs : Fichier > Télécharger > PDF) : aucun n’ajoute de JavaScript. Dans Acrobat Pro : Tous les outils > Utiliser JavaScript > JavaScripts de document, supprimez chaque script, puis enregistrez. Vérifiez ensuite le nouveau fichier.
personal-metadata_author-saved = Les propriétés du fichier indiquent son auteur, qui est aussi la dernière personne à l’avoir enregistré : « { $value } ». { MESSAGE($audience) }
    .help = Word : Fichier > Informations > Vérifier la présence de problèmes > Inspecter le document, cochez Propriétés du document et informations personnelles, Inspecter, puis Supprimer tout ; ou, sous Fichier > Informations > Personnes associées, clic droit sur le nom > Supprimer la personne. LibreOffice : Fichier > Propriétés > Général, cliquez sur Réinitialiser les propriétés et décochez Appliquer les données utilisateur ; Outils > Options > LibreOffice > Sécurité > Options > Supprimer les informations personnelles lors de l’enregistrement le fait à chaque fois. Google Docs : un fichier téléchargé au format Word (Fichier > Télécharger) n’indique personne.
mail_closing = Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.

## Names of the other languages the detector may report.

language_it = italien
language_ca = catalan
language_ro = roumain
language_de = allemand
language_nl = néerlandais
language_ru = russe
language_uk = ukrainien
language_be = biélorusse
language_bg = bulgare
language_sr = serbe
language_hr = croate
language_sl = slovène
language_mk = macédonien
language_sk = slovaque
language_cs = tchèque
language_pl = polonais
language_hu = hongrois
language_fi = finnois
language_et = estonien
language_lv = letton
language_lt = lituanien
language_sv = suédois
language_da = danois
language_nb = norvégien
language_el = grec
language_tr = turc
language_ar = arabe
language_he = hébreu
language_yi = yiddish
language_fa = persan
language_ur = ourdou
language_hi = hindi
language_bn = bengali
language_pa = pendjabi
language_gu = goudjarati
language_or = odia
language_ta = tamoul
language_te = télougou
language_kn = kannada
language_ml = malayalam
language_si = cingalais
language_mr = marathi
language_ne = népalais
language_th = thaï
language_km = khmer
language_vi = vietnamien
language_id = indonésien
language_jv = javanais
language_tl = tagalog
language_zh = chinois
language_ja = japonais
language_ko = coréen
language_am = amharique
language_ak = akan
language_zu = zoulou
language_sn = shona
language_af = afrikaans
language_la = latin
language_eo = espéranto
language_az = azerbaïdjanais
language_ka = géorgien
language_hy = arménien
language_uz = ouzbek
language_tk = turkmène
language_my = birman
language_cy = gallois

## The language rule, and places in a document.

language_not-accepted = Ce document est rédigé principalement en { LANGUAGES($main) } ; l’appel accepte les contributions en { LANGUAGES($accepted) }.
    .help = Envoyez une version dans l’une des langues acceptées. Si le texte ne peut pas être traduit à temps, demandez au secrétariat, avant la date limite, s’il peut accepter cette langue.
language_other = Environ { $share } % du texte est en { LANGUAGES($language) }, une langue que l’appel n’accepte pas.
    .help = Où : { PLACES($places) }. Traduisez ces passages en { LANGUAGES($accepted) }, ou supprimez-les s’ils ne sont pas nécessaires.
language_unsure = Le vérificateur n’a pas pu déterminer avec certitude la langue de ce document.
    .help = L’appel accepte les contributions en { LANGUAGES($accepted) }. Si le document est rédigé dans l’une de ces langues, vous pouvez ignorer cette remarque. Des passages en plusieurs langues, ou une langue proche d’une langue acceptée, peuvent rendre la réponse incertaine.
place_paragraph = paragraphe { $n }
place_paragraphs = paragraphes { $n }
place_page = page { $n }
place_pages = pages { $n }
place_unknown = plusieurs endroits du document

## Attachment size.

unit_megabytes = { $n }{"\u00A0"}Mo
attachment-size = Ce fichier pèse { MEGABYTES($size) } : de nombreux serveurs de messagerie refusent les pièces jointes de plus de { MEGABYTES($limit) }.
    .help = Réduisez sa taille. Les images en sont généralement la cause : dans Word, sélectionnez une image, puis Format de l’image > Compresser les images, décochez « Appliquer uniquement à cette image », cochez « Supprimer les zones de découpage des images » et choisissez Courrier électronique (96 ppp). Pour un PDF, dans Word : Fichier > Enregistrer sous, choisissez PDF et « Taille minimale (publication en ligne) » ; dans LibreOffice : Fichier > Exporter au format PDF, avec la compression JPEG et « Réduire la résolution des images ». Retirez les images inutiles. Si le fichier reste trop lourd, demandez au secrétariat comment l’envoyer.

## Links.

unreachable-link_file = Ce lien pointe vers un fichier sur un ordinateur ou un lecteur partagé ({ $url }) ; personne d’autre ne peut l’ouvrir.
    .help = Mettez le document en ligne et liez son adresse web, ou envoyez-le en pièce jointe séparée et citez-le par son titre. Pour modifier le lien dans Word : clic droit sur le lien > Modifier le lien hypertexte.
unreachable-link_local = Ce lien pointe vers cet ordinateur ou vers un réseau privé ({ $url }) ; il ne s’ouvrira ni pour le secrétariat ni pour les lecteurs.
    .help = Remplacez-le par l’adresse web publique de la même page. Pour modifier le lien dans Word : clic droit sur le lien > Modifier le lien hypertexte.
unreachable-link_intranet = Ce lien pointe vers un site interne ({ $url }) qui ne s’ouvre qu’à l’intérieur du réseau d’une organisation.
    .help = Liez plutôt une copie publique de la page ou du document. S’il n’y en a pas, citez-le par son titre et indiquez comment l’obtenir.
unreachable-link_sign-in = Ce lien pointe vers un site qui demande de se connecter ({ $url }), comme SharePoint, OneDrive professionnel ou Teams ; la plupart des lecteurs ne pourront pas l’ouvrir.
    .help = Liez plutôt une copie publique, ou partagez le fichier avec toute personne disposant du lien et utilisez ce lien. Ouvrez-le ensuite dans une fenêtre de navigation privée, sans être connecté, pour vérifier qu’il fonctionne.
unreachable-link_check-sharing = Ce lien pointe vers un fichier stocké en ligne ({ $url }) ; les lecteurs ne pourront l’ouvrir que s’il est partagé publiquement.
    .help = Vérifiez qu’il est partagé avec toute personne disposant du lien, puis ouvrez le lien dans une fenêtre de navigation privée, sans être connecté, pour vous assurer qu’il fonctionne.
malformed-link_invalid = Ce lien n’est pas une adresse web valide ({ $url }) : il ne s’ouvrira pas.
    .help = Copiez l’adresse depuis la barre d’adresse de votre navigateur et collez-la de nouveau dans le lien : dans Word, clic droit sur le lien > Modifier le lien hypertexte.
malformed-link_no-scheme = Ce lien ne commence pas par « https:// » ou « http:// » ({ $url }) : Word le prend pour un nom de fichier et il ne s’ouvrira pas.
    .help = Modifiez le lien et ajoutez https:// au début de l’adresse : dans Word, clic droit sur le lien > Modifier le lien hypertexte.
malformed-link_scheme-typo = Ce lien commence par « { $scheme }: » au lieu de « http: » ou « https: » ({ $url }) : il ne s’ouvrira pas.
    .help = Corrigez le début de l’adresse : dans Word, clic droit sur le lien > Modifier le lien hypertexte.
malformed-link_email = Ce lien de courriel ne contient pas d’adresse valide ({ $url }).
    .help = Modifiez le lien pour qu’il se compose de mailto: suivi de l’adresse complète, par exemple mailto:nom@exemple.org.
link-text-mismatch = Le lien affiche { $text }, mais il ouvre { $url }.
    .help = Les lecteurs s’attendent à ce qu’un lien ouvre l’adresse affichée. Corrigez le lien ou son texte pour qu’ils correspondent : dans Word, clic droit sur le lien > Modifier le lien hypertexte.
hyperlinks-missing_only-email = L’appel demande des liens hypertexte vers les sources (sites web, documents, statistiques, lois) ; ce document ne contient que des liens vers des adresses de courriel ({ LIST($emails) }), qui ne sont pas des sources.
    .help = Ajoutez des liens vers vos sources : sélectionnez les mots, puis dans Word, Insertion > Lien (Ctrl+K) ; dans LibreOffice, Insertion > Hyperlien (Ctrl+K) ; dans Google Docs, Insertion > Lien ; et collez l’adresse web.

## Deadline, and the names of time zones.

deadline_tomorrow = La date limite est demain, { $deadline }, jusqu’à minuit (heure de { ZONE($zone) }).
    .help = Envoyez votre contribution rapidement : un courriel peut mettre du temps à arriver.
zone_europe-zurich = Genève
zone_america-new-york = New York
zone_utc = UTC

## The command line's own words, and parts of a location.

place_footnote = note de bas de page { $n }
place_endnote = note de fin { $n }
place_comment = commentaire { $n }
place_header = en-tête
place_footer = pied de page
place_text-box = zone de texte
place_watermark = filigrane
place_document = l’ensemble du document
place_page-action = une action de la page (/AA)
place_annotation-action = une action d’annotation (/AA)
place_link-javascript = un lien qui exécute du JavaScript
place_document-javascript = le script du document « { $name } »
place_open-action = l’action exécutée à l’ouverture (/OpenAction)
place_document-action = une action du document (/AA)
place_xfa-script = un script du formulaire XFA
place_under = sous « { $heading } »
place_separator = {", "}
place_quote = « { $quote } »
cli_words = mots : { $counted }
cli_words-limit = mots : { $counted } / { $limit }
cli_notes = notes : { $n } (non comptés)
cli_pages = pages : { $n }
cli_links = liens : { $n }
cli_ready-with-warnings = PRÊT au regard des règles de l’appel, mais des contenus seraient publiés avec le fichier : voir les avertissements ci-dessous
cli_ready = PRÊT à envoyer
cli_not-ready = PAS PRÊT : corrigez les erreurs ci-dessous ({ $errors })
cli_unknown-language = La langue « { $lang } » n’est pas disponible : l’anglais est utilisé. Langues disponibles : { LIST($available) }.
# How much a finding matters, as the command line labels it.
severity_error = erreur
severity_warning = avertissement
severity_info = info
cli_where = où : { $where }
no-text = Le document ne contient aucun mot dans son texte principal.
    .help = Vérifiez qu'il s'agit du bon fichier, et non d'un modèle, d'un export vide ou d'une autre version. Si votre texte est dans des images (un document numérisé, ou des pages collées comme images), personne ne peut le compter, y chercher ni le faire lire à voix haute : envoyez le document dans lequel le texte a été rédigé (Word, ou un PDF enregistré depuis celui-ci), puis vérifiez ce fichier.
no-text-layer_some =
    { $count ->
        [one] { $count } page de ce PDF est une image de texte, sans texte (page { LIST($pages) }) : ses mots ne peuvent être ni comptés ni recherchés.
        [many] { $count } de pages de ce PDF sont des images de texte, sans texte (pages { LIST($pages) }) : leurs mots ne peuvent être ni comptés ni recherchés.
       *[other] { $count } pages de ce PDF sont des images de texte, sans texte (pages { LIST($pages) }) : leurs mots ne peuvent être ni comptés ni recherchés.
    }
    .help = Lancez la reconnaissance de texte (OCR) sur le fichier, par exemple dans Adobe Acrobat : Numériser et OCR > Reconnaître le texte ; ou, mieux, exportez de nouveau le PDF depuis le document d'origine (dans Word : Fichier > Enregistrer sous > PDF).
no-text-layer_all =
    Toutes les pages de ce PDF sont des images de texte ({ $count ->
        [one] { $count } page
        [many] { $count } de pages
       *[other] { $count } pages
    }), sans texte : rien ne peut être compté, recherché ni cité.
    .help = Envoyez le document d'origine, ou exportez-le en PDF depuis le logiciel où il a été rédigé (dans Word : Fichier > Enregistrer sous > PDF). Si vous n'avez qu'une numérisation, lancez d'abord la reconnaissance de texte (OCR), par exemple dans Adobe Acrobat : Numériser et OCR > Reconnaître le texte.
mail_title = Titre : { $title }
mail_file = Fichier : { $file }
mail_words = Nombre de mots : { $words }
mail_language = Langue : { LANGUAGES($language) }
mail_attach = [Avant l’envoi : joignez le fichier { $file } à ce courriel.]

## Reading a call's text (call_text): why a field is absent, and notes.

call-text_not-stated = l’appel ne le précise pas
call-text_not-found = introuvable :
call-text_empty-line = la ligne « { $label } » de l’appel est vide
call-text_ambiguous = l’appel donne des valeurs différentes ({ $values }) ; aucune n’a été retenue
call-text_other-unit = l’appel fixe une longueur dans une autre unité que les mots : « { $quote } »
call-text_unrecognised = « { $quote } » nomme quelque chose qui n’est pas reconnu ici : { $values }
call-text_email-protected = la page web a masqué l’adresse (« [email protected] ») : collez le code HTML de la page, ou copiez l’adresse depuis son lien
call-text_no-id = rien pour le déduire (un sigle dans l’objet ou une adresse, et une date limite) : choisissez-en un, par exemple « sr-health-2025 »
call-text_id-from-subject = déduit : « { $acronym } » de l’objet du courriel, { $year } de la date limite
call-text_id-from-email = déduit : « { $name } » de l’adresse { $email }, { $year } de la date limite
call-text_id-given = donné par le secrétariat
call-text_word-formats = (Word : .docx, .docm, .doc)
call-text_toml-drafted = Rédigé à partir du texte de l’appel par submission-checker. Vérifiez chaque valeur avec l’appel avant usage.
call-text_toml-missing = Introuvable dans l’appel (écrivez la valeur, ou laissez le champ de côté : aucune règle n’est vérifiée pour un champ absent) :

## The clean copy (the command line).
cli_clean_written = Copie propre de { $original } : { $copy }
cli_clean_nothing = rien à retirer : la copie a le même contenu
cli_clean_comments = commentaires supprimés : { $n }
cli_clean_insertions = insertions suivies acceptées : { $n }
cli_clean_deletions = suppressions suivies acceptées (leur texte retiré) : { $n }
cli_clean_moves = déplacements suivis acceptés : { $n }
cli_clean_property-changes = modifications de mise en forme acceptées : { $n }
cli_clean_hidden-runs = passages de texte masqué supprimés : { $n }
cli_clean_metadata-fields = informations personnelles retirées des propriétés : { $n }
cli_clean_macro-parts = parties de macros supprimées : { $n }
cli_clean_annotations = annotations de relecture supprimées (notes, surlignages…) : { $n }
cli_clean_scripts = scripts et actions automatiques supprimés : { $n }
cli_clean_embedded-files = fichiers incorporés supprimés : { $n }
cli_clean_info-fields = champs d’auteur retirés des informations du document : { $n }
cli_clean_xmp-properties = champs d’auteur retirés des métadonnées XMP : { $n }
cli_clean_xmp-dropped = les métadonnées XMP, illisibles, supprimées en entier
cli_clean_decrypted = la protection par mot de passe (contre l’impression ou la copie) retirée
cli_clean_signatures = signatures numériques qui ne sont plus valides dans la copie : { $n }
cli_clean_exists = { $path } existe déjà et n’a pas été modifié : choisissez un autre nom avec -o
cli_clean_is-original = { $path } est le fichier d’origine : la copie propre ne le remplace jamais ; choisissez un autre nom avec -o
cli_clean_not-folder = { $path } n’est pas un dossier : avec plusieurs fichiers, -o désigne le dossier des copies
cli_clean_cannot-read = impossible de lire { $name } : { $error }
cli_clean_failed = pas de copie propre de { $name } : { $error }
cli_clean_cannot-write = impossible d’écrire { $path } : { $error }
cli_clean_attached = Le brouillon joint la copie propre, { $copy }.
cli_clean_not-cleanable = une copie propre se fait d’un fichier Word (.docx, .docm) ou PDF, et celui-ci est au format { MESSAGE($format) }
cli_clean_refused_case-twins = le paquet contient deux fois la partie { $part }, sous des noms qui ne diffèrent que par la casse : une copie propre pourrait laisser l’une d’elles telle quelle.
cli_clean_refused_cut-field = dans { $part }, une modification suivie ou du texte masqué coupe un champ en deux (un numéro de page ou un renvoi, par exemple) : l’accepter pourrait abîmer le champ.
cli_clean_refused_deleted-mark = dans { $part }, une suppression suivie porte sur autre chose qu’un paragraphe (dans une équation, ou la mise en forme d’un passage), ce que la copie propre n’accepte pas encore.
cli_clean_refused_change-kind = dans { $part }, une modification suivie d’un type que la copie propre n’accepte pas encore ({ $element }).
clean-pdf_write = impossible de faire une copie propre de ce PDF : son écriture a échoué ({ $error })
clean-pdf_unreadable = impossible de faire une copie propre de ce PDF : la copie est illisible ({ $error })
clean-pdf_still-holds = impossible de faire une copie propre de ce PDF : la copie contiendrait encore { MESSAGE($what) }
clean-pdf_differs = impossible de faire une copie propre de ce PDF : la copie ne correspondrait pas à l’original (ce qui diffère : { MESSAGE($what) })
clean-pdf_dynamic-xfa = impossible de faire une copie propre de ce PDF : c’est un formulaire XFA dynamique qui contient des scripts, et ses pages sont dessinées par le formulaire ; sans ses scripts, la copie n’afficherait plus le formulaire. Enregistrez-le en PDF standard (Imprimer en PDF) et nettoyez ce fichier
clean-pdf_left_annotations = des annotations de relecture
clean-pdf_left_scripts = des scripts
clean-pdf_left_files = des fichiers incorporés
clean-pdf_left_author = le nom d’un auteur
clean-pdf_what_pages = les pages
clean-pdf_what_text = le texte
clean-pdf_what_headers-footers = les en-têtes et pieds de page
clean-pdf_what_links = les liens
clean-pdf_what_form-fields = les champs de formulaire
clean-pdf_what_title = le titre

## Accessibility (rules/accessibility.rs and the rules that use it).
link-text-vague = Ces textes de lien ne disent rien hors contexte : { LIST($texts) }.
    .help = Où : { PLACES($places) }. Les personnes qui utilisent un lecteur d’écran passent de lien en lien et n’entendent que les mots du lien. Faites-leur dire où mène le lien (par exemple « le rapport 2024 de la Rapporteuse spéciale ») : dans Word ou LibreOffice, clic droit sur le lien > Modifier le lien hypertexte (LibreOffice : Éditer l’hyperlien) et changez le texte à afficher ; dans Google Docs, cliquez sur le lien > Modifier le lien.
link-text-vague_url = Certains liens affichent comme texte une longue adresse web : les lecteurs d’écran l’épellent caractère par caractère.
    .help = Où : { PLACES($places) }. Affichez plutôt une courte description (le titre de la page ou du document) et gardez l’adresse comme cible du lien : dans Word, clic droit sur le lien > Modifier le lien hypertexte > Texte à afficher ; dans LibreOffice, clic droit sur le lien > Éditer l’hyperlien > Texte ; dans Google Docs, cliquez sur le lien > Modifier le lien. Si l’appel demande que les adresses soient visibles, vous pouvez ignorer cette remarque.
headings_none = Ce document compte { $words ->
        [one] { $words } mot
        [many] { $words } de mots
       *[other] { $words } mots
    } et aucun titre : les personnes qui utilisent un lecteur d’écran ne peuvent pas le parcourir par sections.
    .help = Donnez à chaque titre de section un style de titre plutôt que du gras ou un texte plus grand : dans Word, sélectionnez le titre, puis Accueil > Styles > Titre 1 (Titre 2 pour une sous-section) ; dans LibreOffice, Styles > Titre 1 ; dans Google Docs, Format > Styles de paragraphe > Titre 1. Le volet de navigation et la table des matières montrent alors les sections.
headings_skipped = Le Titre { $from } est suivi d’un Titre { $to } : un niveau de titre est sauté, ce qui laisse croire qu’une section manque.
    .help = Où : { PLACES($places) }. Utilisez le niveau juste en dessous (Titre 2 sous un Titre 1) : dans Word, sélectionnez le titre, puis Accueil > Styles ; dans LibreOffice, Styles ; dans Google Docs, Format > Styles de paragraphe.
pdf-accessibility_untagged = Ce PDF n’est pas balisé : les lecteurs d’écran ne distinguent pas ses titres, listes, tableaux et images du texte, ni ne le lisent dans l’ordre.
    .help = Exportez de nouveau le PDF avec des balises : dans Word, Fichier > Enregistrer sous > PDF > Options, cochez « Balises de structure de document pour l’accessibilité » ; dans LibreOffice, Fichier > Exporter au format PDF > Général, cochez « PDF balisé (ajouter la structure du document) » ; une impression en PDF n’est jamais balisée. Si vous n’avez que le PDF, Adobe Acrobat Pro peut ajouter les balises : Accessibilité > Baliser automatiquement le document.
pdf-accessibility_no-title = Ce PDF n’a pas de titre dans ses propriétés : les lecteurs d’écran et les onglets du navigateur annoncent le nom du fichier à la place.
    .help = Donnez un titre au document et exportez-le de nouveau : dans Word, Fichier > Informations > Propriétés > Titre ; dans LibreOffice, Fichier > Propriétés > Description > Titre ; dans Adobe Acrobat, Fichier > Propriétés > Description > Titre.
pdf-accessibility_file-name-title = Le titre de ce PDF n’est qu’un nom de fichier ou un titre par défaut (« { $title } »), écrit par le programme qui l’a produit : c’est ce qu’annoncent les lecteurs d’écran et les onglets du navigateur.
    .help = Donnez au document un vrai titre et exportez-le de nouveau : dans Word, Fichier > Informations > Propriétés > Titre ; dans LibreOffice, Fichier > Propriétés > Description > Titre ; dans Adobe Acrobat, Fichier > Propriétés > Description > Titre. Une impression en PDF écrit le nom du fichier comme titre ; Fichier > Enregistrer sous > PDF dans Word écrit le vrai titre.
pdf-accessibility_title-not-shown = Ce PDF a un titre, mais il ne demande pas aux lecteurs de PDF de l’afficher : ils affichent le nom du fichier.
    .help = Dans Adobe Acrobat, Fichier > Propriétés > Vue initiale > Options de la fenêtre > Afficher : Titre du document ; dans LibreOffice, Fichier > Exporter au format PDF > Interface utilisateur, cochez « Afficher le titre du document ». L’export PDF de Word avec les balises de structure le règle.
image-alt-text = { $count ->
        [one] { $count } image n’a
        [many] { $count } d’images n’ont
       *[other] { $count } images n’ont
    } pas de texte de remplacement : les lecteurs d’écran ne peuvent pas dire ce qu’elles montrent.
    .help = Où : { PLACES($places) }. Décrivez chaque image ou graphique en une ou deux phrases (pour un graphique, ses chiffres principaux) : dans Word, clic droit sur l’image > Afficher le texte de remplacement, puis tapez la description, ou cochez « Marquer comme décoratif » pour une image purement décorative ; dans LibreOffice, clic droit sur l’image > Propriétés > Options > Alternative textuelle ; dans Google Docs, clic droit sur l’image > Texte alternatif. Dans un PDF, Adobe Acrobat Pro : Accessibilité > Définir un texte de remplacement.
table-header = { $count ->
        [one] { $count } tableau n’a
        [many] { $count } de tableaux n’ont
       *[other] { $count } tableaux n’ont
    } pas de ligne d’en-tête marquée : les lecteurs d’écran ne peuvent pas dire à quelle colonne appartient un chiffre.
    .help = Où : { PLACES($places) }. Marquez la première ligne comme ligne d’en-tête : dans Word, cliquez dans la première ligne, puis clic droit > Propriétés du tableau > Ligne, cochez « Répéter en haut de chaque page en tant que ligne d’en-tête » (ou Disposition > Répéter les lignes d’en-tête) ; dans LibreOffice, Tableau > Propriétés > Enchaînements, cochez « Répéter le titre » ; dans Google Docs, clic droit sur le tableau > Propriétés du tableau > Ligne, « Épingler la ligne d’en-tête ». Exportez ensuite de nouveau le PDF.
document-language = Le texte est en { LANGUAGES($detected) }, mais le document se déclare en { LANGUAGES($declared) } : les lecteurs d’écran le prononceront mal.
    .help = Définissez la langue de tout le texte : dans Word, sélectionnez tout (Ctrl+A), puis Révision > Langue > Définir la langue de vérification, et choisissez { LANGUAGES($detected) } ; dans LibreOffice, Outils > Langue > Pour tout le texte ; dans Google Docs, Fichier > Langue. Dans un PDF, Adobe Acrobat : Fichier > Propriétés > Avancées > Options de lecture > Langue ; ou exportez-le de nouveau depuis le document corrigé.

# The sections table (--details): words per heading, to see where to cut.
cli_sections = Où sont les mots, par titre :
cli_sections_heading = Titre
cli_sections_words = Mots
cli_sections_share-of = Part
cli_sections_number = { $n }
cli_sections_share = { $percent }{"\u00A0"}%
cli_sections_before = (avant le premier titre)
cli_sections_largest = la plus longue

# The table for several files (check with more than one file). Rule ids,
# format ids and language codes in its cells stay as they are.
cli_table_file = FICHIER
cli_table_format = FORMAT
cli_table_words = MOTS
cli_table_language = LANGUE
cli_table_links = LIENS
cli_table_status = ÉTAT
cli_table_problems = PROBLÈMES
cli_table_ready = prêt
cli_table_ready-but = prêt, mais
cli_table_to-fix = À CORRIGER
cli_table_unreadable = ILLISIBLE
cli_table_not-opened = NON OUVERT
cli_table_warnings = avert. : { $rules }
cli_table_folder = Dans { $folder }
cli_table_files = { $files ->
        [one] { $files } fichier
        [many] { $files } de fichiers
       *[other] { $files } fichiers
    } : { $counts }
cli_table_separator = {", "}
cli_table_count-ready = { $n ->
        [one] { $n } prêt
        [many] { $n } prêts
       *[other] { $n } prêts
    }
cli_table_count-ready-but = { $n ->
        [one] { $n } prêt
        [many] { $n } prêts
       *[other] { $n } prêts
    } (dont { $but } « prêt, mais » : des contenus y seraient publiés par mégarde, voir « avert. »)
cli_table_count-to-fix = { $n } à corriger
cli_table_count-unreadable = { $n ->
        [one] { $n } illisible
        [many] { $n } illisibles
       *[other] { $n } illisibles
    }
cli_table_count-not-opened = { $n ->
        [one] { $n } non ouvert
        [many] { $n } non ouverts
       *[other] { $n } non ouverts
    }
cli_table_details = Ajoutez --details pour voir les constats de chaque fichier et la façon de les corriger.

# The command line's errors (after "submission-checker: "). `$error` is the
# system's own words ("No such file or directory"); option names stay as typed.
cli_error_cannot-read = impossible de lire { $name } : { $error }
cli_error_cannot-read-input = impossible de lire l’entrée standard : { $error }
cli_error_cannot-list = impossible de lister le dossier { $name } : { $error }
cli_error_cannot-write = impossible d’écrire { $path } : { $error }
cli_error_cannot-print = impossible d’écrire la sortie : { $error }
cli_error_unknown-call = « { $call } » n’est ni un appel intégré ({ $builtin }) ni un fichier de profil.
cli_error_bad-profile = { $name } n’est pas un profil utilisable : { $error }
cli_error_no-files = aucun fichier à vérifier dans { LIST($paths) }
cli_error_no-files-try-recursive = aucun fichier à vérifier dans { LIST($paths) } (ajoutez --recursive pour vérifier les dossiers qu’il contient)
cli_error_eml-one-file = --eml écrit le brouillon d’un seul fichier, et { $n } fichiers ont été donnés.
cli_error_today = --today : « { $value } » n’est pas une date écrite AAAA-MM-JJ (2024-05-20).
cli_error_internal = erreur interne pendant la vérification de ce fichier ; merci de la signaler
cli_error_not-found = introuvable : { $field } : { $reason }
