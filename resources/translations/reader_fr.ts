<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <source>Document text</source>
        <translation>Texte du document</translation>
    </message>
    <message>
        <source>Entities of the document</source>
        <translation>Entités du document</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Filter the highlights</source>
        <translation>Filtrer les surlignages</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Filtrer par couleur</translation>
    </message>
    <message>
        <source>Filter by tags</source>
        <translation>Filtrer par étiquettes</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Filtrer la bibliothèque</translation>
    </message>
    <message>
        <source>Sort the library</source>
        <translation>Trier la bibliothèque</translation>
    </message>
    <message>
        <source>Documents of the library</source>
        <translation>Documents de la bibliothèque</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Chercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Select a passage to highlight first.</source>
        <translation>Sélectionnez d’abord un passage à surligner.</translation>
    </message>
    <message>
        <source>Highlight deleted. Undo with Ctrl+Z.</source>
        <translation>Surlignage supprimé. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Select the passage where this highlight belongs, then choose Re-attach.</source>
        <translation>Sélectionnez le passage où ce surlignage doit aller, puis choisissez Rattacher.</translation>
    </message>
    <message>
        <source>This passage is not in the current version of the file. To re-attach the highlight, select where it belongs and choose Re-attach (right-click it).</source>
        <translation>Ce passage n’est pas dans la version actuelle du fichier. Pour rattacher le surlignage, sélectionnez l’endroit où il doit aller et choisissez Rattacher (clic droit dessus).</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Surlignage</translation>
    </message>
    <message>
        <source>Write a note… (Ctrl+Enter to save)</source>
        <translation>Écrivez une note… (Ctrl+Entrée pour enregistrer)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>(not found in this version) </source>
        <translation>(introuvable dans cette version) </translation>
    </message>
    <message>
        <source>Filter: words in passage, note or tags</source>
        <translation>Filtre : mots du passage, de la note ou des étiquettes</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Tags: #a #big data</source>
        <translation>Étiquettes : #a #big data</translation>
    </message>
    <message>
        <source>No highlights yet.
Select a passage, then press Ctrl+1…6 or pick a colour.</source>
        <translation>Aucun surlignage pour l’instant.
Sélectionnez un passage, puis appuyez sur Ctrl+1…6 ou choisissez une couleur.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n highlight(s)</source>
        <translation>
            <numerusform>{shown} sur %n surlignage</numerusform>
            <numerusform>{shown} sur %n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in this version</source>
        <translation>
            <numerusform>%n introuvable dans cette version</numerusform>
            <numerusform>%n introuvables dans cette version</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-attach to the Selected Text</source>
        <translation>Rattacher au texte sélectionné</translation>
    </message>
    <message>
        <source>Edit Note and Tags…</source>
        <translation>Modifier la note et les étiquettes…</translation>
    </message>
    <message>
        <source>This document has no chapters or headings.</source>
        <translation>Ce document n’a ni chapitres ni titres.</translation>
    </message>
    <message>
        <source>Open Document</source>
        <translation>Ouvrir un document</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Langue : {language}</translation>
    </message>
    <message>
        <source>The file changed since your last visit:</source>
        <translation>Le fichier a changé depuis votre dernière visite :</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) moved,</source>
        <translation>
            <numerusform>%n surlignage déplacé,</numerusform>
            <numerusform>%n surlignages déplacés,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found (listed at the end of the Annotations panel).</source>
        <translation>
            <numerusform>%n introuvable (listé à la fin du panneau Annotations).</numerusform>
            <numerusform>%n introuvables (listés à la fin du panneau Annotations).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the document</source>
        <translation>Impossible d’ouvrir le document</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>Aucun document récent</translation>
    </message>
    <message>
        <source>Entities appear here once recognised.</source>
        <translation>Les entités apparaissent ici une fois reconnues.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct, hidden in the text</source>
        <translation>
            <numerusform>%n distincte, masquée dans le texte</numerusform>
            <numerusform>%n distinctes, masquées dans le texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct</source>
        <translation>
            <numerusform>%n distincte</numerusform>
            <numerusform>%n distinctes</numerusform>
        </translation>
    </message>
    <message>
        <source>{type}: click to go to each mention</source>
        <translation>{type} : cliquez pour aller à chaque mention</translation>
    </message>
    <message>
        <source>{name}: mention {n} of {total}</source>
        <translation>{name} : mention {n} sur {total}</translation>
    </message>
    <message>
        <source>Entities: recognising with {pipeline}…</source>
        <translation>Entités : reconnaissance avec {pipeline}…</translation>
    </message>
    <message>
        <source>Entities: not available</source>
        <translation>Entités : non disponibles</translation>
    </message>
    <message>
        <source>Entities: {source}</source>
        <translation>Entités : {source}</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n entité</numerusform>
            <numerusform>%n entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentions.</source>
        <translation>
            <numerusform>%n mention.</numerusform>
            <numerusform>%n mentions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click one to go through its mentions.</source>
        <translation>Cliquez sur l’une d’elles pour parcourir ses mentions.</translation>
    </message>
    <message>
        <source>Select the text to mark as an entity first.</source>
        <translation>Sélectionnez d’abord le texte à marquer comme entité.</translation>
    </message>
    <message>
        <source>Entity “{text}” ({type})</source>
        <translation>Entité « {text} » ({type})</translation>
    </message>
    <message>
        <source>Change Type</source>
        <translation>Changer le type</translation>
    </message>
    <message>
        <source>Every mention of this name, in every document</source>
        <translation>Chaque mention de ce nom, dans chaque document</translation>
    </message>
    <message>
        <source>Change Type of This Mention Only</source>
        <translation>Changer le type de cette mention seulement</translation>
    </message>
    <message>
        <source>Not an Entity Here</source>
        <translation>Pas une entité ici</translation>
    </message>
    <message>
        <source>Never an Entity: “{text}”</source>
        <translation>Jamais une entité : « {text} »</translation>
    </message>
    <message>
        <source>  Entities: </source>
        <translation>  Entités : </translation>
    </message>
    <message>
        <source>Show or hide the entities of type {type} (Alt+{n})</source>
        <translation>Afficher ou masquer les entités de type {type} (Alt+{n})</translation>
    </message>
    <message>
        <source>Never an entity</source>
        <translation>Jamais une entité</translation>
    </message>
    <message>
        <source>Your Entity List</source>
        <translation>Votre liste d’entités</translation>
    </message>
    <message>
        <source>Names here get the type you choose in every document; “Never an entity” hides a name everywhere. Changes apply at once and can be undone (Ctrl+Z).</source>
        <translation>Les noms de cette liste prennent le type choisi dans chaque document ; « Jamais une entité » masque un nom partout. Les changements s’appliquent aussitôt et peuvent être annulés (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name, e.g. Jeff Zhang</source>
        <translation>Nom, par ex. Jeff Zhang</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export vers {name}…</translation>
    </message>
    <message>
        <source>Exported to {path} ({size} bytes).</source>
        <translation>Exporté vers {path} ({size} octets).</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (*.json);;All files (*)</source>
        <translation>JSON W3C Web Annotation (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>Export Annotated Copy</source>
        <translation>Exporter une copie annotée</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mark named entities in the text</source>
        <translation>Marquer les entités nommées dans le texte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Language of the export's headings</source>
        <translation>Langue des titres de l’export</translation>
    </message>
    <message>
        <source>The document's ({code})</source>
        <translation>Celle du document ({code})</translation>
    </message>
    <message>
        <source>Headings and colour names in:</source>
        <translation>Titres et noms de couleur en :</translation>
    </message>
    <message>
        <source>Open the folder afterwards</source>
        <translation>Ouvrir le dossier ensuite</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <source>Find in document (accents and case ignored)</source>
        <translation>Chercher dans le document (accents et casse ignorés)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Chercher :</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <source>Add to Library</source>
        <translation>Ajouter à la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) added to the library.</source>
        <translation>
            <numerusform>%n document ajouté à la bibliothèque.</numerusform>
            <numerusform>%n documents ajoutés à la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library? The file itself is not touched.</source>
        <translation>Retirer « {title} » de la bibliothèque ? Le fichier lui-même n’est pas touché.</translation>
    </message>
    <message>
        <source>Also delete its annotations (this cannot be undone)</source>
        <translation>Supprimer aussi ses annotations (irréversible)</translation>
    </message>
    <message>
        <source>Filter by title, author or path</source>
        <translation>Filtrer par titre, auteur ou chemin</translation>
    </message>
    <message>
        <source>Hover a document for its author, language and path</source>
        <translation>Survolez un document pour voir son auteur, sa langue et son chemin</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add documents to the library without opening them</source>
        <translation>Ajouter des documents à la bibliothèque sans les ouvrir</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>par {author}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <source>Waiting for the library… another program is writing to it.</source>
        <translation>En attente de la bibliothèque… un autre programme y écrit.</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Documents &amp;récents</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Article</source>
        <translation>Ouvrir l’article d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Add to Library…</source>
        <translation>&amp;Ajouter à la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Export Annotated Copy…</source>
        <translation>&amp;Exporter une copie annotée…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations (W3C JSON)…</source>
        <translation>&amp;Importer des annotations (JSON W3C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chercher…</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>Chercher dans la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Résultat &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Résultat &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annoter</translation>
    </message>
    <message>
        <source>Highlight {colour}</source>
        <translation>Surligner : {colour}</translation>
    </message>
    <message>
        <source>&amp;Note and Tags…</source>
        <translation>&amp;Note et étiquettes…</translation>
    </message>
    <message>
        <source>&amp;Delete Highlight</source>
        <translation>&amp;Supprimer le surlignage</translation>
    </message>
    <message>
        <source>&amp;Mark Selection as Entity</source>
        <translation>&amp;Marquer la sélection comme entité</translation>
    </message>
    <message>
        <source>Your &amp;Entity List…</source>
        <translation>Votre liste d’&amp;entités…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>É&amp;tiquettes…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Entity Types</source>
        <translation>Types d’&amp;entités</translation>
    </message>
    <message>
        <source>Entity &amp;Legend</source>
        <translation>&amp;Légende des entités</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>Navigation au &amp;curseur</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About reader</source>
        <translation>À &amp;propos de reader</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the work in progress</source>
        <translation>Arrêter le travail en cours</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lecture</numerusform>
            <numerusform>%n min de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Couleur du surlignage</translation>
    </message>
    <message>
        <source>Note and Tags…</source>
        <translation>Note et étiquettes…</translation>
    </message>
    <message>
        <source>About reader</source>
        <translation>À propos de reader</translation>
    </message>
    <message>
        <source>A desktop reader with annotation tools: named entities highlighted, passages highlighted, noted and tagged, annotated copies exported.</source>
        <translation>Une liseuse de bureau avec des outils d’annotation : entités nommées mises en évidence, passages surlignés, annotés et étiquetés, copies annotées exportées.</translation>
    </message>
    <message>
        <source>Made with PySide6 (Qt {qt}), SQLAlchemy, spaCy and langdetect.</source>
        <translation>Réalisé avec PySide6 (Qt {qt}), SQLAlchemy, spaCy et langdetect.</translation>
    </message>
    <message>
        <source>&amp;Page View</source>
        <translation>Vue &amp;page</translation>
    </message>
    <message>
        <source>Show a PDF's pages as printed, or its reflowed text</source>
        <translation>Montrer les pages d’un PDF telles qu’imprimées, ou son texte recomposé</translation>
    </message>
    <message>
        <source>Fit Page &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit &amp;Whole Page</source>
        <translation>Page &amp;entière</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>Password Needed</source>
        <translation>Mot de passe requis</translation>
    </message>
    <message>
        <source>The password for {name} was not accepted. Try again:</source>
        <translation>Le mot de passe de {name} n’a pas été accepté. Réessayez :</translation>
    </message>
    <message>
        <source>{name} is protected by a password:</source>
        <translation>{name} est protégé par un mot de passe :</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>{name} n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Annotations in this PDF</source>
        <translation>Annotations de ce PDF</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>&amp;Sépia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>&amp;Next Chapter</source>
        <translation>Chapitre &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous Chapter</source>
        <translation>Chapitre &amp;précédent</translation>
    </message>
    <message>
        <source>Go to &amp;Percentage…</source>
        <translation>Aller au &amp;pourcentage…</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation>Ajouter un &amp;signet</translation>
    </message>
    <message>
        <source>Mark the place at the top of the page</source>
        <translation>Marquer l’endroit en haut de la page</translation>
    </message>
    <message numerus="yes">
        <source>%n min left in chapter</source>
        <translation>
            <numerusform>%n min restante dans le chapitre</numerusform>
            <numerusform>%n min restantes dans le chapitre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min left in book</source>
        <translation>
            <numerusform>%n min restante dans le livre</numerusform>
            <numerusform>%n min restantes dans le livre</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to Percentage</source>
        <translation>Aller au pourcentage</translation>
    </message>
    <message>
        <source>Percentage of the document:</source>
        <translation>Pourcentage du document :</translation>
    </message>
    <message>
        <source>Bookmark added (Ctrl+Z undoes it).</source>
        <translation>Signet ajouté (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address outside reader?</source>
        <translation>Ouvrir cette adresse hors de reader ?</translation>
    </message>
    <message>
        <source>Search every document, note, highlight and tag (accents ignored; "a phrase", pref*)</source>
        <translation>Chercher dans chaque document, note, surlignage et étiquette (accents ignorés ; "une phrase", préf*)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>dans %n document</numerusform>
            <numerusform>dans %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “{query}”</source>
        <translation>Rien trouvé pour « {query} »</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Write a note and tags (Ctrl+Shift+N)</source>
        <translation>Écrire une note et des étiquettes (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Remove this highlight (Delete)</source>
        <translation>Supprimer ce surlignage (Suppr)</translation>
    </message>
    <message>
        <source>Add a tag (e.g. chine/cloud), Enter to add</source>
        <translation>Ajouter une étiquette (par ex. chine/cloud), Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>Remove the tag {tag}</source>
        <translation>Retirer l’étiquette {tag}</translation>
    </message>
    <message>
        <source>Tags of every document in your library. Select several to merge them.</source>
        <translation>Étiquettes de tous les documents de votre bibliothèque. Sélectionnez-en plusieurs pour les fusionner.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>New name for “{tag}”:</source>
        <translation>Nouveau nom pour « {tag} » :</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tags into:</source>
        <translation>
            <numerusform>Fusionner %n étiquette dans :</numerusform>
            <numerusform>Fusionner %n étiquettes dans :</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove {tags} from every highlight? The highlights themselves are kept.</source>
        <translation>Retirer {tags} de chaque surlignage ? Les surlignages eux-mêmes sont conservés.</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Fichier modifié</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk. Reload it? Your highlights will follow the text.</source>
        <translation>« {name} » a été modifié sur le disque. Le recharger ? Vos surlignages suivront le texte.</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted. What is shown stays as it was read.</source>
        <translation>« {name} » a été déplacé ou supprimé. Ce qui est affiché reste tel qu’il a été lu.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep This Version</source>
        <translation>Garder cette version</translation>
    </message>
</context>
<context>
    <name>BookmarksList</name>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>%1
Delete: remove the bookmark</source>
        <translation>%1
Suppr : retirer le signet</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
</context>
<context>
    <name>EntityTypes</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Reading</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <source>&amp;Highlights and Entities</source>
        <translation>&amp;Surlignages et entités</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>Serif (the best installed)</source>
        <translation>Avec empattements (la meilleure installée)</translation>
    </message>
    <message>
        <source>Sans serif (the best installed)</source>
        <translation>Sans empattements (la meilleure installée)</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Justify paragraphs</source>
        <translation>&amp;Justifier les paragraphes</translation>
    </message>
    <message>
        <source>Qt cannot hyphenate: justified lines may show wide gaps.</source>
        <translation>Qt ne sait pas couper les mots : les lignes justifiées peuvent montrer de grands espaces.</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interligne :</translation>
    </message>
    <message>
        <source>&amp;Column width:</source>
        <translation>Largeur de &amp;colonne :</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges :</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>Justifier</translation>
    </message>
    <message>
        <source>Default highlight colour</source>
        <translation>Couleur de surlignage par défaut</translation>
    </message>
    <message>
        <source>Default &amp;highlight colour:</source>
        <translation>Couleur de &amp;surlignage par défaut :</translation>
    </message>
    <message>
        <source>Entity types shown</source>
        <translation>Types d’entités affichés</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
</TS>
