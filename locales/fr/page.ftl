# The page's own words in French (rule messages come from checker.ftl).

# This language's own name, in the language menu.
language-name = Français
page_title = Vérificateur de contributions
title = Vérifiez votre contribution avant de l’envoyer
privacy = Votre document reste sur cet appareil : il est lu ici, dans votre navigateur, et rien n’est téléversé.
language = Langue
call = Appel à contributions
call_rules = Ce que demande l’appel
fact_to = Envoyer à
fact_cc = Copie à
fact_subject = Objet du courriel
fact_deadline = Date limite
fact_words = Nombre de mots maximal
fact_formats = Formats
fact_languages = Langues
not-given = non indiquée dans cet appel
not-stated = non précisé
words_count =
    { $n ->
        [one] { $n } mot
        [many] { $n } de mots
       *[other] { $n } mots
    }
document = Votre document
choose = Choisissez votre document (Word, PDF ou OpenDocument)
drop = ou déposez-le ici
checking = Vérification de { $name }…
still-checking =
    Vérification de { $name } en cours : { $seconds ->
        [one] { $seconds } seconde jusqu’ici.
        [many] { $seconds } de secondes jusqu’ici.
       *[other] { $seconds } secondes jusqu’ici.
    }
seconds = { $seconds } s
checked = { $name } vérifié : { $verdict }
result = Résultat
ready = Prêt à envoyer.
ready-but =
    { $n ->
        [one] Conforme aux règles de l’appel, mais { $n } élément du fichier serait publié avec lui : voir ci-dessous.
        [many] Conforme aux règles de l’appel, mais { $n } d’éléments du fichier seraient publiés avec lui : voir ci-dessous.
       *[other] Conforme aux règles de l’appel, mais { $n } éléments du fichier seraient publiés avec lui : voir ci-dessous.
    }
to-fix =
    { $n ->
        [one] { $n } point à corriger avant l’envoi.
        [many] { $n } de points à corriger avant l’envoi.
       *[other] { $n } points à corriger avant l’envoi.
    }
to-look =
    { $n ->
        [one] Merci de regarder le point ci-dessous.
        [many] Merci de regarder les { $n } de points ci-dessous.
       *[other] Merci de regarder les { $n } points ci-dessous.
    }
fig_file = Fichier
fig_title = Titre
fig_words = Mots
fig_words-of = { $counted } sur { $limit } autorisés
fig_notes = (notes de bas de page et de fin : { $n } de plus)
fig_pages = Pages
fig_language = Langue
fig_not-sure = (incertain)
fig_links = Liens
sev_error = À corriger
sev_warning = À vérifier
sev_info = Bon à savoir
where = Où :
send = Envoyer votre contribution
send_not-ready = Vous pouvez préparer le courriel dès maintenant, mais les règles de l’appel ne sont pas encore respectées : corrigez d’abord les points ci-dessus.
no-address = Cet appel n’indique pas d’adresse électronique. Cherchez-la sur la page de l’appel avant d’envoyer.
hint = L’appel précédent du même organe utilisait { $address } : vérifiez qu’elle est toujours valable avant de l’utiliser.
copy_address = Copier l’adresse
copy_subject = Copier l’objet
copied = Copié : { $text }
copy-failed = Copie impossible. Sélectionnez le texte et copiez-le vous-même.
organisation = Votre organisation (facultatif)
contact = Nom de la personne à contacter (facultatif)
sender_note = Utilisé seulement dans le message ci-dessous. Rien n’est envoyé tant que vous n’envoyez pas le courriel vous-même.
mailto = Rédiger le courriel dans ma messagerie
mailto_note = Votre messagerie ouvre un nouveau courriel avec l’adresse, l’objet et un court message. Joignez votre fichier avant de l’envoyer.
eml = Télécharger le courriel avec le fichier joint (.eml)
eml_preparing = Préparation du brouillon…
eml_note = Outlook sous Windows ouvre ce fichier comme un brouillon prêt à envoyer. D’autres messageries (Apple Mail, Thunderbird, le nouvel Outlook, les webmails) peuvent l’ouvrir comme un message reçu, ou pas du tout : dans Apple Mail, utilisez Message > Renvoyer ; dans Thunderbird, Message > Modifier en tant que nouveau message ; ou utilisez le bouton ci-dessus et joignez le fichier vous-même.
share = Partager le fichier…
share_note = Ouvre le menu de partage de votre appareil (par exemple une messagerie) avec le fichier.
trapped = Le vérificateur s’est arrêté en lisant ce fichier et a été redémarré. Votre fichier n’a été envoyé nulle part. Choisissez de nouveau le fichier ; si cela se reproduit, enregistrez de nouveau le document depuis Word et vérifiez la nouvelle copie.
failed = Impossible de vérifier le fichier : { $error }
start-failed = Le vérificateur ne peut pas démarrer dans ce navigateur. Utilisez une version récente de Firefox, Chrome, Edge ou Safari.
load-failed = Une partie du vérificateur n’a pas pu être téléchargée. Vérifiez votre connexion, puis réessayez. Rien n’a été envoyé nulle part.
config-error = Ce vérificateur n’est pas configuré correctement ({ $error }). Merci de prévenir le responsable de la page.
# In the browser console, for a page that sets a lang attribute the checker does not speak.
unknown-lang = La langue « { $lang } » n’est pas disponible : le vérificateur utilise l’anglais.
offline-failed = Le vérificateur n’a pas pu être gardé pour un usage hors ligne ({ $error }) ; il fonctionne comme avant tant que le réseau est là.

# The clean copy.
clean_offer = Une copie propre laisse de côté ces éléments, ainsi que le nom de l’auteur : commentaires, modifications suivies (acceptées telles quelles), texte masqué, macros, notes de relecture, scripts et fichiers joints. Elle est faite ici, sur cet appareil, et votre fichier reste tel quel.
clean_button = Faire une copie propre
clean_making = Copie propre de { $name } en cours…
clean_made = Copie propre faite à partir de { $original } : { $name } ({ $size }). Le résultat ci-dessus est celui de la copie propre.
clean_checked = Copie propre { $name } faite et vérifiée : { $verdict }
clean_original-kept = Votre propre fichier n’a pas été modifié. Désormais, le brouillon de courriel, le bouton de partage et le téléchargement ci-dessous utilisent la copie propre.
clean_download = Télécharger la copie propre : { $name } ({ $size })
clean_failed = La copie propre n’a pas pu être faite : { $why } Votre fichier n’a pas été modifié : vous pouvez toujours l’envoyer tel quel, ou retirer dans Word ce qui est indiqué ci-dessous puis le vérifier à nouveau.
clean_why_unsupported = une copie propre ne peut être faite que d’un fichier Word (.docx) ou PDF.
clean_why_corrupt = une partie du fichier n’a pas pu être réécrite sans risque.
clean_why_too-large = le fichier est trop volumineux ou trop complexe pour être nettoyé sans risque.
clean_why_password-protected = le fichier est protégé par un mot de passe.
clean_why_other = le vérificateur s’est arrêté pendant qu’il la faisait.
clean_why_download = la partie du vérificateur qui la fait n’a pas pu être téléchargée : vérifiez votre connexion et réessayez.
clean_removed_comments = Commentaires supprimés : { $n }
clean_removed_insertions = Insertions suivies acceptées : { $n }
clean_removed_deletions = Suppressions suivies acceptées (leur texte retiré) : { $n }
clean_removed_moves = Déplacements suivis acceptés : { $n }
clean_removed_property-changes = Modifications de mise en forme acceptées : { $n }
clean_removed_hidden-runs = Passages de texte masqué supprimés : { $n }
clean_removed_metadata-fields = Informations personnelles retirées des propriétés du fichier : { $n }
clean_removed_macro-parts = Parties de macros supprimées : { $n }
clean_removed_annotations = Notes de relecture et surlignages supprimés : { $n }
clean_removed_scripts = Scripts et actions automatiques supprimés : { $n }
clean_removed_embedded-files = Fichiers joints supprimés : { $n }
clean_removed_info-fields = Informations d’auteur retirées des informations du document : { $n }
clean_removed_xmp-properties = Informations d’auteur retirées des métadonnées XMP : { $n }
clean_removed_xmp-dropped = Métadonnées XMP illisibles supprimées en entier
clean_removed_decrypted = Protection par mot de passe contre l’impression ou la copie retirée
clean_removed_signatures = Signatures numériques qui ne sont plus valides dans la copie : { $n }
clean_removed_nothing = Rien à retirer : la copie a le même contenu.
uses_attach = Fichier à joindre : { $name }
uses_attached = Pièce jointe : { $name }
uses_shared = Fichier partagé : { $name }

# Where the words are: words per section, by heading, after a check.
sections = Où sont les mots
sections_intro = Les mots de chaque partie du texte principal, par titre, dans l’ordre du document. Les notes de bas de page et de fin ne sont pas comprises.
sections_over = Le texte dépasse la limite de mots, ou s’en approche : c’est en coupant dans les sections les plus longues, signalées, que l’on gagne le plus.
sections_before = Avant le premier titre
sections_caption = Mots par section, selon les titres
sections_heading = Section
sections_words = Mots
sections_share = Part du texte
sections_percent = { $percent }{"\u00A0"}%
sections_largest = la plus longue
