<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
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
        <source>Find in the document</source>
        <translation>Chercher dans le document</translation>
    </message>
    <message>
        <source>Filter the Index</source>
        <translation>Filtrer l’index</translation>
    </message>
    <message>
        <source>Names of the Index</source>
        <translation>Noms de l’index</translation>
    </message>
    <message>
        <source>Mentions of the chosen name</source>
        <translation>Mentions du nom choisi</translation>
    </message>
    <message>
        <source>listing the tags</source>
        <translation>liste des étiquettes</translation>
    </message>
    <message>
        <source>Select a passage to highlight first.</source>
        <translation>Sélectionnez d’abord un passage à surligner.</translation>
    </message>
    <message>
        <source>Yours (the colour you chose)</source>
        <translation>La vôtre (la couleur choisie)</translation>
    </message>
    <message>
        <source>listing the trash</source>
        <translation>lister la corbeille</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) deleted for good.</source>
        <translation>
            <numerusform>%n surlignage supprimé définitivement.</numerusform>
            <numerusform>%n surlignages supprimés définitivement.</numerusform>
        </translation>
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
        <source>Yours (the passage you selected)</source>
        <translation>La vôtre (le passage sélectionné)</translation>
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
        <source>unknown author</source>
        <translation>auteur inconnu</translation>
    </message>
    <message>
        <source>by {author}, changed by {editor}</source>
        <translation>par {author}, modifié par {editor}</translation>
    </message>
    <message>
        <source>(not found in this version) </source>
        <translation>(introuvable dans cette version) </translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«&#xa0;{quote}&#xa0;»</translation>
    </message>
    <message>
        <source>Filter: words in passage, note or tags</source>
        <translation>Filtrer&#xa0;: passage, note, étiquettes</translation>
    </message>
    <message>
        <source>Highlights whose passage, note or tags hold every word (accents and case ignored)</source>
        <translation>Les surlignages dont le passage, la note ou les étiquettes contiennent tous les mots (accents et casse ignorés)</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Tags: #a #big data</source>
        <translation>#a #big data</translation>
    </message>
    <message>
        <source>Highlights with every tag typed, as #a #big data or a, big data (and subtags)</source>
        <translation>Les surlignages qui ont toutes les étiquettes tapées, comme #a #big data ou a, big data (sous-étiquettes comprises)</translation>
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
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This document has no chapters or headings.</source>
        <translation>Ce document n’a ni chapitres ni titres.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
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
        <source>opening the document</source>
        <translation>ouverture du document</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Langue&#xa0;: {language}</translation>
    </message>
    <message>
        <source>The file changed since your last visit:</source>
        <translation>Le fichier a changé depuis votre dernière visite&#xa0;:</translation>
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
        <source>listing recent documents</source>
        <translation>liste des documents récents</translation>
    </message>
    <message>
        <source>No recent documents</source>
        <translation>Aucun document récent</translation>
    </message>
    <message>
        <source>looking for changes</source>
        <translation>recherche des modifications</translation>
    </message>
    <message>
        <source>reading the annotations</source>
        <translation>lecture des annotations</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
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
        <translation>{type}&#xa0;: cliquez pour aller à chaque mention</translation>
    </message>
    <message>
        <source>{name}: mention {n} of {total}</source>
        <translation>{name}&#xa0;: mention {n} sur {total}</translation>
    </message>
    <message>
        <source>loading the entity pipeline</source>
        <translation>chargement du modèle d’entités</translation>
    </message>
    <message>
        <source>Entities: recognising with {pipeline}…</source>
        <translation>Entités&#xa0;: reconnaissance avec {pipeline}…</translation>
    </message>
    <message>
        <source>Entities: not available</source>
        <translation>Entités&#xa0;: non disponibles</translation>
    </message>
    <message>
        <source>keeping the entities</source>
        <translation>enregistrement des entités</translation>
    </message>
    <message>
        <source>recognising entities</source>
        <translation>reconnaissance des entités</translation>
    </message>
    <message>
        <source>rules only: no spaCy pipeline for this language</source>
        <translation>règles seules (pas de modèle spaCy)</translation>
    </message>
    <message>
        <source>Entities: {source}</source>
        <translation>Entités&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Names, dates and amounts are found by this spaCy pipeline plus reader&apos;s rules.</source>
        <translation>Les noms, dates et montants sont trouvés par ce modèle spaCy et les règles de reader.</translation>
    </message>
    <message>
        <source>Install a spaCy pipeline for this language to find names (see README).</source>
        <translation>Installez un modèle spaCy pour cette langue pour trouver les noms (voir le README).</translation>
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
        <source>applying the corrections</source>
        <translation>application des corrections</translation>
    </message>
    <message>
        <source>Select the text to mark as an entity first.</source>
        <translation>Sélectionnez d’abord le texte à marquer comme entité.</translation>
    </message>
    <message>
        <source>reading your entity list</source>
        <translation>lecture de votre liste d’entités</translation>
    </message>
    <message>
        <source>Entity “{text}” ({type})</source>
        <translation>Entité «&#xa0;{text}&#xa0;» ({type})</translation>
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
        <translation>Jamais une entité&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Entity types</source>
        <translation>Types d’entités</translation>
    </message>
    <message>
        <source>  Entities: </source>
        <translation>  Entités&#xa0;: </translation>
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
        <translation>Les noms de cette liste prennent le type choisi dans chaque document&#xa0;; «&#xa0;Jamais une entité&#xa0;» masque un nom partout. Les changements s’appliquent aussitôt et peuvent être annulés (Ctrl+Z).</translation>
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
        <source>exporting</source>
        <translation>export</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (*.json);;All files (*)</source>
        <translation>JSON W3C Web Annotation (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importée</numerusform>
            <numerusform>%n importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present</source>
        <translation>
            <numerusform>%n déjà présente</numerusform>
            <numerusform>%n déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in this text</source>
        <translation>
            <numerusform>%n introuvable dans ce texte</numerusform>
            <numerusform>%n introuvables dans ce texte</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotations imported: {counts}. Undo with Ctrl+Z.</source>
        <translation>Annotations importées&#xa0;: {counts}. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Import de {name}…</translation>
    </message>
    <message>
        <source>reading the annotations file</source>
        <translation>lecture du fichier d’annotations</translation>
    </message>
    <message>
        <source>Annotated Markdown: the whole text with highlights and notes</source>
        <translation>Markdown annoté&#xa0;: tout le texte avec les surlignages et les notes</translation>
    </message>
    <message>
        <source>Highlights list (Markdown): only the highlights, notes and tags</source>
        <translation>Liste des surlignages (Markdown)&#xa0;: seulement les surlignages, les notes et les étiquettes</translation>
    </message>
    <message>
        <source>Standalone HTML page: printable, no scripts</source>
        <translation>Page HTML autonome&#xa0;: imprimable, sans scripts</translation>
    </message>
    <message>
        <source>W3C Web Annotation JSON (to exchange annotations)</source>
        <translation>JSON W3C Web Annotation (pour échanger des annotations)</translation>
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
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Language of the export&apos;s headings</source>
        <translation>Langue des titres de l’export</translation>
    </message>
    <message>
        <source>The document&apos;s ({code})</source>
        <translation>Celle du document ({code})</translation>
    </message>
    <message>
        <source>Headings and colour names in:</source>
        <translation>Titres et noms de couleur en&#xa0;:</translation>
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
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
        <source>{path} is a folder: add a file name.</source>
        <translation>{path} est un dossier&#xa0;: ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Find in document (accents and case ignored)</source>
        <translation>Chercher dans le document (accents et casse ignorés)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Résultat précédent (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Résultat suivant (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Chercher&#xa0;:</translation>
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
        <source>listing the library</source>
        <translation>liste de la bibliothèque</translation>
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
        <source>adding documents</source>
        <translation>ajout de documents</translation>
    </message>
    <message>
        <source>reading a document</source>
        <translation>lecture d’un document</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library? The file itself is not touched.</source>
        <translation>Retirer «&#xa0;{title}&#xa0;» de la bibliothèque&#xa0;? Le fichier lui-même n’est pas touché.</translation>
    </message>
    <message>
        <source>Also delete its annotations (this cannot be undone)</source>
        <translation>Supprimer aussi ses annotations (irréversible)</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Ouverts récemment</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Ajoutés récemment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>Les miens</translation>
    </message>
    <message>
        <source>Show only the highlights you made or changed last</source>
        <translation>N’afficher que les surlignages que vous avez faits ou modifiés en dernier</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Most annotated</source>
        <translation>Les plus annotés</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
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
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>? annotations</source>
        <translation>? annotations</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>? documents</source>
        <translation>? documents</translation>
    </message>
    <message>
        <source>? tags</source>
        <translation>? étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n étiquette</numerusform>
            <numerusform>%n étiquettes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>reader: the library</source>
        <translation>reader&#xa0;: la bibliothèque</translation>
    </message>
    <message>
        <source>Show Details</source>
        <translation>Afficher les détails</translation>
    </message>
    <message>
        <source>Restore the newest good backup</source>
        <translation>Restaurer la dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>Made {age} ({date}): {annotations}, {documents}. The library as it is now is kept in the backups folder first.</source>
        <translation>Faite {age} ({date})&#xa0;: {annotations}, {documents}. La bibliothèque dans son état actuel est d’abord conservée dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>There is no good backup of this library to restore.</source>
        <translation>Cette bibliothèque n’a aucune sauvegarde saine à restaurer.</translation>
    </message>
    <message>
        <source>Recover what can be read into a new library…</source>
        <translation>Récupérer ce qui peut être lu dans une nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Every row that can still be read is copied into a new file you choose; this library is left as it is.</source>
        <translation>Chaque ligne encore lisible est copiée dans un nouveau fichier de votre choix&#xa0;; cette bibliothèque reste telle quelle.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>When the other program has let go of the library.</source>
        <translation>Quand l’autre programme aura libéré la bibliothèque.</translation>
    </message>
    <message>
        <source>Open another library…</source>
        <translation>Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>Choose another library file, or a new one.</source>
        <translation>Choisir un autre fichier de bibliothèque, ou un nouveau.</translation>
    </message>
    <message>
        <source>Keep reading, read-only</source>
        <translation>Continuer la lecture, en lecture seule</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Reading, search and export work; nothing can be saved.</source>
        <translation>La lecture, la recherche et l’export fonctionnent&#xa0;; rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Leave the library as it is.</source>
        <translation>Laisser la bibliothèque telle quelle.</translation>
    </message>
    <message>
        <source>Restore from a Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup you choose takes the place of the library. The library as it is now is kept in the backups folder first, so this can be undone by restoring that one.</source>
        <translation>La sauvegarde choisie prend la place de la bibliothèque. La bibliothèque dans son état actuel est d’abord conservée dans le dossier des sauvegardes&#xa0;: restaurer celle-ci annule l’opération.</translation>
    </message>
    <message>
        <source>This library has no backups yet (File ▸ Library ▸ Back Up Now makes one).</source>
        <translation>Cette bibliothèque n’a encore aucune sauvegarde (Fichier ▸ Bibliothèque ▸ Sauvegarder maintenant en fait une).</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{path}: cannot be read</source>
        <translation>{path}&#xa0;: illisible</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Recover into a New Library</source>
        <translation>Récupérer dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Open Another Library</source>
        <translation>Ouvrir une autre bibliothèque</translation>
    </message>
    <message>
        <source>reader libraries (*.sqlite3 *.sqlite *.db)</source>
        <translation>Bibliothèques reader (*.sqlite3 *.sqlite *.db)</translation>
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
        <source>Index</source>
        <translation>Index</translation>
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
        <translation>Ouvrir l’article d’e&amp;xemple</translation>
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
        <source>&amp;Trash…</source>
        <translation>C&amp;orbeille…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>C&amp;hercher…</translation>
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
        <translation>A&amp;nnoter</translation>
    </message>
    <message>
        <source>Highlight {colour}</source>
        <translation>Surligner&#xa0;: {colour}</translation>
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
        <translation>T&amp;ypes d’entités</translation>
    </message>
    <message>
        <source>Entity &amp;Legend</source>
        <translation>Lé&amp;gende des entités</translation>
    </message>
    <message>
        <source>&amp;Caret Browsing</source>
        <translation>Navigation au &amp;curseur</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Plei&amp;n écran</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
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
    <message>
        <source>{duration} read</source>
        <translation>{duration} de lecture</translation>
    </message>
    <message>
        <source>Cannot {what}: {message}</source>
        <translation>Échec de «&#xa0;{what}&#xa0;»&#xa0;: {message}</translation>
    </message>
    <message>
        <source>reader: {what}</source>
        <translation>reader&#xa0;: {what}</translation>
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
        <source>Delete Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>opening dropped files</source>
        <translation>ouverture des fichiers déposés</translation>
    </message>
    <message>
        <source>Cannot be stopped halfway: {what}; it goes on to the end and says what came of it.</source>
        <translation>Ne peut pas être interrompu en cours de route&#xa0;: {what}&#xa0;; le travail va jusqu’au bout et dit ce qu’il en est.</translation>
    </message>
    <message>
        <source>About reader</source>
        <translation>À propos de reader</translation>
    </message>
    <message>
        <source>A desktop reader with annotation tools: named entities highlighted, passages highlighted, noted and tagged, annotated copies exported.</source>
        <translation>Une liseuse de bureau avec des outils d’annotation&#xa0;: entités nommées mises en évidence, passages surlignés, annotés et étiquetés, copies annotées exportées.</translation>
    </message>
    <message>
        <source>Made with PySide6 (Qt {qt}), SQLAlchemy, spaCy and langdetect.</source>
        <translation>Réalisé avec PySide6 (Qt {qt}), SQLAlchemy, spaCy et langdetect.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (a scan?): its pages can be read, not highlighted or searched.</source>
        <translation>Ce PDF n’a pas de couche de texte (un scan&#xa0;?)&#xa0;: ses pages se lisent, mais ne peuvent être ni surlignées ni fouillées.</translation>
    </message>
    <message>
        <source>Reading the text of this PDF… its pages can be looked at meanwhile.</source>
        <translation>Lecture du texte de ce PDF… ses pages peuvent être consultées en attendant.</translation>
    </message>
    <message>
        <source>&amp;Page View</source>
        <translation>Vue &amp;page</translation>
    </message>
    <message>
        <source>Show a PDF&apos;s pages as printed, or its reflowed text</source>
        <translation>Montrer les pages d’un PDF telles qu’imprimées, ou son texte recomposé</translation>
    </message>
    <message>
        <source>Fit Page &amp;Width</source>
        <translation>Ajuster à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit W&amp;hole Page</source>
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
        <translation>Le mot de passe de {name} n’a pas été accepté. Réessayez&#xa0;:</translation>
    </message>
    <message>
        <source>{name} is protected by a password:</source>
        <translation>{name} est protégé par un mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>{name} was not opened.</source>
        <translation>{name} n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>reading the PDF&apos;s pages</source>
        <translation>lecture des pages du PDF</translation>
    </message>
    <message>
        <source>looking for the PDF&apos;s annotations</source>
        <translation>recherche des annotations du PDF</translation>
    </message>
    <message>
        <source>Annotations in this PDF</source>
        <translation>Annotations de ce PDF</translation>
    </message>
    <message numerus="yes">
        <source>{title} has %n highlight(s) or note(s) made in another viewer. Import them as your own annotations?</source>
        <translation>
            <numerusform>«&#xa0;{title}&#xa0;» contient %n surlignage ou note faits dans une autre visionneuse. L’importer comme l’une de vos annotations&#xa0;?</numerusform>
            <numerusform>«&#xa0;{title}&#xa0;» contient %n surlignages ou notes faits dans une autre visionneuse. Les importer comme vos propres annotations&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) imported from the PDF</source>
        <translation>
            <numerusform>%n annotation importée du PDF</numerusform>
            <numerusform>%n annotations importées du PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n over no text left out</source>
        <translation>
            <numerusform>; %n sans texte dessous laissée de côté</numerusform>
            <numerusform>; %n sans texte dessous laissées de côté</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Thè&amp;me</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>S&amp;épia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Follow the System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Sau&amp;vegardes</translation>
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
        <source>&amp;Go to Percentage…</source>
        <translation>Aller au p&amp;ourcentage…</translation>
    </message>
    <message>
        <source>Add &amp;Bookmark</source>
        <translation>Ajouter un si&amp;gnet</translation>
    </message>
    <message>
        <source>Mark the place at the top of the page</source>
        <translation>Marquer l’endroit en haut de la page</translation>
    </message>
    <message>
        <source>finding where you were</source>
        <translation>recherche de votre position</translation>
    </message>
    <message>
        <source>saving where you were</source>
        <translation>enregistrement de votre position</translation>
    </message>
    <message>
        <source>{duration} left in chapter</source>
        <translation>reste {duration} dans le chapitre</translation>
    </message>
    <message>
        <source>{duration} left in book</source>
        <translation>reste {duration} dans le livre</translation>
    </message>
    <message>
        <source>Go to Percentage</source>
        <translation>Aller au pourcentage</translation>
    </message>
    <message>
        <source>Percentage of the document:</source>
        <translation>Pourcentage du document&#xa0;:</translation>
    </message>
    <message>
        <source>Bookmark added (Ctrl+Z undoes it).</source>
        <translation>Signet ajouté (Ctrl+Z pour annuler).</translation>
    </message>
    <message>
        <source>listing bookmarks</source>
        <translation>liste des signets</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address outside reader?</source>
        <translation>Ouvrir cette adresse hors de reader&#xa0;?</translation>
    </message>
    <message>
        <source>Ctrl+click: go to the note</source>
        <translation>Ctrl+clic&#xa0;: aller à la note</translation>
    </message>
    <message>
        <source>Ctrl+click: go there</source>
        <translation>Ctrl+clic&#xa0;: y aller</translation>
    </message>
    <message>
        <source>Ctrl+click: open</source>
        <translation>Ctrl+clic&#xa0;: ouvrir</translation>
    </message>
    <message>
        <source>Search every document, note, highlight and tag (accents ignored; &quot;a phrase&quot;, pref*)</source>
        <translation>Chercher dans chaque document, note, surlignage et étiquette (accents ignorés&#xa0;; &quot;une phrase&quot;, préf*)</translation>
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
    <message>
        <source>Filter names (accents and case ignored)</source>
        <translation>Filtrer les noms</translation>
    </message>
    <message>
        <source>Whole library</source>
        <translation>Toute la bibliothèque</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Ce document</translation>
    </message>
    <message>
        <source>The entities of every document of the library, or of this one</source>
        <translation>Les entités de tous les documents de la bibliothèque, ou de celui-ci</translation>
    </message>
    <message>
        <source>Dates and Other Types</source>
        <translation>Dates et autres types</translation>
    </message>
    <message>
        <source>Hidden Entries</source>
        <translation>Entrées masquées</translation>
    </message>
    <message>
        <source>Also list the entries you hid</source>
        <translation>Lister aussi les entrées que vous avez masquées</translation>
    </message>
    <message>
        <source>Full Window</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Show the Index in a window of its own (and back)</source>
        <translation>Afficher l’index dans sa propre fenêtre (et revenir)</translation>
    </message>
    <message>
        <source>The Index lists the entities of recognised documents.</source>
        <translation>L’index liste les entités des documents reconnus.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an entry to see every mention in context.</source>
        <translation>Choisissez une entrée pour voir chaque mention en contexte.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>{name} (also {names})</source>
        <translation>{name} (aussi {names})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n mention(s)</source>
        <translation>
            <numerusform>{name}&#xa0;: %n mention</numerusform>
            <numerusform>{name}&#xa0;: %n mentions</numerusform>
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
        <translation>Rien trouvé pour «&#xa0;{query}&#xa0;»</translation>
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
        <source>Add a tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Add a tag (e.g. chine/cloud), Enter to add</source>
        <translation>Ajouter une étiquette (ex. chine/cloud), Entrée</translation>
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
        <source>Tags of the library</source>
        <translation>Étiquettes de la bibliothèque</translation>
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
        <source>Bringing the Index up to date…</source>
        <translation>Mise à jour de l’index…</translation>
    </message>
    <message>
        <source>updating the index</source>
        <translation>mise à jour de l’index</translation>
    </message>
    <message numerus="yes">
        <source>Bringing the Index up to date… {done} of %n document(s)</source>
        <translation>
            <numerusform>Mise à jour de l’index… {done} sur %n document</numerusform>
            <numerusform>Mise à jour de l’index… {done} sur %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>no document is open</source>
        <translation>aucun document n’est ouvert</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>filtrées</translation>
    </message>
    <message>
        <source>reading the index</source>
        <translation>lecture de l’index</translation>
    </message>
    <message>
        <source>reading the mentions</source>
        <translation>lecture des mentions</translation>
    </message>
    <message>
        <source>Highlight Every Mention in This Document</source>
        <translation>Surligner chaque mention dans ce document</translation>
    </message>
    <message>
        <source>Highlight and Tag Every Mention…</source>
        <translation>Surligner et étiqueter chaque mention…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Entries into “{name}”</source>
        <translation>
            <numerusform>Fusionner %n entrée dans «&#xa0;{name}&#xa0;»</numerusform>
            <numerusform>Fusionner %n entrées dans «&#xa0;{name}&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Select several entries, then choose the one they are</source>
        <translation>Sélectionnez plusieurs entrées, puis choisissez celle qu’elles désignent</translation>
    </message>
    <message>
        <source>Split into Its Spellings</source>
        <translation>Séparer selon ses graphies</translation>
    </message>
    <message>
        <source>Show in the Index</source>
        <translation>Afficher dans l’index</translation>
    </message>
    <message>
        <source>Hide from the Index</source>
        <translation>Masquer de l’index</translation>
    </message>
    <message>
        <source>Export Mentions as Markdown…</source>
        <translation>Exporter les mentions en Markdown…</translation>
    </message>
    <message>
        <source>Export Mentions as CSV…</source>
        <translation>Exporter les mentions en CSV…</translation>
    </message>
    <message>
        <source>Tag every mention</source>
        <translation>Étiqueter chaque mention</translation>
    </message>
    <message>
        <source>Tag for every “{name}”:</source>
        <translation>Étiquette pour chaque «&#xa0;{name}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Rename entry</source>
        <translation>Renommer l’entrée</translation>
    </message>
    <message>
        <source>Name shown in the Index (empty: as the text spells it):</source>
        <translation>Nom affiché dans l’index (vide&#xa0;: tel que le texte l’écrit)&#xa0;:</translation>
    </message>
    <message>
        <source>Export the mentions</source>
        <translation>Exporter les mentions</translation>
    </message>
    <message>
        <source>exporting the mentions</source>
        <translation>export des mentions</translation>
    </message>
    <message>
        <source>Mentions written to {path}</source>
        <translation>Mentions écrites dans {path}</translation>
    </message>
    <message>
        <source>the Index</source>
        <translation>l’index</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l’étiquette</translation>
    </message>
    <message>
        <source>New name for “{tag}”:</source>
        <translation>Nouveau nom pour «&#xa0;{tag}&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>rename “{old}” to “{new}”</source>
        <translation>renommer «&#xa0;{old}&#xa0;» en «&#xa0;{new}&#xa0;»</translation>
    </message>
    <message>
        <source>Merge Tags</source>
        <translation>Fusionner des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n tags into:</source>
        <translation>
            <numerusform>Fusionner %n étiquette dans&#xa0;:</numerusform>
            <numerusform>Fusionner %n étiquettes dans&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>merge {tags} into “{target}”</source>
        <translation>fusionner {tags} dans «&#xa0;{target}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete Tags</source>
        <translation>Supprimer des étiquettes</translation>
    </message>
    <message>
        <source>Remove {tags} from every highlight? The highlights themselves are kept.</source>
        <translation>Retirer {tags} de chaque surlignage&#xa0;? Les surlignages eux-mêmes sont conservés.</translation>
    </message>
    <message>
        <source>remove {tags} from every highlight</source>
        <translation>retirer {tags} de tous les surlignages</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Fichier modifié</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk. Reload it? This is a team library: the text everyone reads stays the library&apos;s, and you are told if your copy differs.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque. Le recharger&#xa0;? C’est une bibliothèque d’équipe&#xa0;: le texte que tous lisent reste celui de la bibliothèque, et vous êtes averti si votre copie en diffère.</translation>
    </message>
    <message>
        <source>“{name}” was changed on disk. Reload it? Your highlights will follow the text.</source>
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque. Le recharger&#xa0;? Vos surlignages suivront le texte.</translation>
    </message>
    <message>
        <source>“{name}” was moved or deleted. What is shown stays as it was read.</source>
        <translation>«&#xa0;{name}&#xa0;» a été déplacé ou supprimé. Ce qui est affiché reste tel qu’il a été lu.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Keep This Version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <source>finding in the document</source>
        <translation>recherche dans le document</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Première mention</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>Aussi&#xa0;: {names}</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masquée)</translation>
    </message>
    <message>
        <source>backups and checks work on library files only</source>
        <translation>les sauvegardes et vérifications ne fonctionnent que sur des fichiers de bibliothèque</translation>
    </message>
    <message>
        <source>The backup was restored: {annotations}, {documents}.</source>
        <translation>La sauvegarde a été restaurée&#xa0;: {annotations}, {documents}.</translation>
    </message>
    <message>
        <source>The damaged library was moved to {path}.</source>
        <translation>La bibliothèque endommagée a été déplacée vers {path}.</translation>
    </message>
    <message>
        <source>The library as it was is kept as {path}.</source>
        <translation>La bibliothèque telle qu’elle était est conservée sous {path}.</translation>
    </message>
    <message numerus="yes">
        <source>{saved} of %n annotation(s)</source>
        <translation>
            <numerusform>{saved} sur %n annotation</numerusform>
            <numerusform>{saved} sur %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>{annotations} saved into {path} (with {documents} and {tags}).</source>
        <translation>{annotations} sauvées dans {path} (avec {documents} et {tags}).</translation>
    </message>
    <message>
        <source>The documents of some annotations were lost: those annotations are kept under “Recovered annotations”.</source>
        <translation>Les documents de certaines annotations ont été perdus&#xa0;: ces annotations sont conservées sous «&#xa0;Annotations récupérées&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Check the Library</source>
        <translation>&amp;Vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>R&amp;ecover into a New Library…</source>
        <translation>Ré&amp;cupérer dans une nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Open Another Library…</source>
        <translation>&amp;Ouvrir une autre bibliothèque…</translation>
    </message>
    <message>
        <source>the library is read-only: {reason}</source>
        <translation>la bibliothèque est en lecture seule&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot be done: {reason}</source>
        <translation>Impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No backup can be made: {reason}</source>
        <translation>Aucune sauvegarde possible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot restore: {reason}</source>
        <translation>Restauration impossible&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing can be saved: {reason}</source>
        <translation>Rien ne peut être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>backing up the library</source>
        <translation>sauvegarde de la bibliothèque</translation>
    </message>
    <message>
        <source>Backed up ({size}, {documents}, {annotations}) to {path}</source>
        <translation>Sauvegardée ({size}, {documents}, {annotations}) dans {path}</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>Vérification de la bibliothèque…</translation>
    </message>
    <message>
        <source>checking the library</source>
        <translation>vérification de la bibliothèque</translation>
    </message>
    <message>
        <source>The library is sound ({contents}): its pages, indexes, references and search index were checked in {duration}.</source>
        <translation>La bibliothèque est saine ({contents})&#xa0;: ses pages, index, références et index de recherche ont été vérifiés en {duration}.</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Note&#xa0;: {note}.</translation>
    </message>
    <message>
        <source>reader: check</source>
        <translation>reader&#xa0;: vérification</translation>
    </message>
    <message numerus="yes">
        <source>The library {path} is damaged: the check found %n problem(s).</source>
        <translation>
            <numerusform>La bibliothèque {path} est endommagée&#xa0;: la vérification a trouvé %n problème.</numerusform>
            <numerusform>La bibliothèque {path} est endommagée&#xa0;: la vérification a trouvé %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search index does not match the library (your documents and annotations are sound). Rebuilding it repairs the library.</source>
        <translation>L’index de recherche ne correspond pas à la bibliothèque (vos documents et annotations sont intacts). Le reconstruire répare la bibliothèque.</translation>
    </message>
    <message>
        <source>Rebuild the Search Index</source>
        <translation>Reconstruire l’index de recherche</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruction de l’index de recherche</translation>
    </message>
    <message>
        <source>The search index was rebuilt.</source>
        <translation>L’index de recherche a été reconstruit.</translation>
    </message>
    <message>
        <source>The library {path} is damaged, so it was opened read-only: nothing you do can be saved in it.</source>
        <translation>La bibliothèque {path} est endommagée&#xa0;; elle a donc été ouverte en lecture seule&#xa0;: rien de ce que vous faites ne peut y être enregistré.</translation>
    </message>
    <message>
        <source>looking for a good backup</source>
        <translation>recherche d’une sauvegarde saine</translation>
    </message>
    <message>
        <source>listing the backups</source>
        <translation>liste des sauvegardes</translation>
    </message>
    <message>
        <source>Recovering what can be read…</source>
        <translation>Récupération de ce qui peut être lu…</translation>
    </message>
    <message>
        <source>recovering the library</source>
        <translation>récupération de la bibliothèque</translation>
    </message>
    <message>
        <source>reader: recover</source>
        <translation>reader&#xa0;: récupération</translation>
    </message>
    <message>
        <source>Open the Recovered Library</source>
        <translation>Ouvrir la bibliothèque récupérée</translation>
    </message>
    <message>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>Opening the library…</source>
        <translation>Ouverture de la bibliothèque…</translation>
    </message>
    <message>
        <source>opening the library</source>
        <translation>ouverture de la bibliothèque</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>Recherche d’une sauvegarde saine…</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>It is now the library in use.</source>
        <translation>C’est désormais la bibliothèque utilisée.</translation>
    </message>
    <message>
        <source>reader: restore</source>
        <translation>reader&#xa0;: restauration</translation>
    </message>
    <message>
        <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf)</source>
        <translation>Documents (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.epub *.pdf)</translation>
    </message>
    <message>
        <source>not a picture reader can show</source>
        <translation>pas une image que reader sait afficher</translation>
    </message>
    <message>
        <source>too large to show ({width} × {height} pixels)</source>
        <translation>trop grande pour être affichée ({width} × {height} pixels)</translation>
    </message>
    <message>
        <source>damaged or unreadable</source>
        <translation>endommagée ou illisible</translation>
    </message>
    <message>
        <source>Picture: {reason}</source>
        <translation>Image&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>showing pictures</source>
        <translation>affichage des images</translation>
    </message>
    <message>
        <source>Unexpected error while {doing}; this is a bug in reader (Show Details says more)</source>
        <translation>Erreur inattendue ({doing})&#xa0;; c’est un bogue de reader («&#xa0;Afficher les détails&#xa0;» en dit plus)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>What Can I Do?…</source>
        <translation>Que puis-je faire&#xa0;?…</translation>
    </message>
    <message>
        <source>This library is damaged, so it was opened read-only: reading, search and export work; changes cannot be saved.</source>
        <translation>Cette bibliothèque est endommagée&#xa0;; elle a donc été ouverte en lecture seule&#xa0;: la lecture, la recherche et l’export fonctionnent&#xa0;; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>Read-only library ({reason}): reading, search and export work; highlights, notes and other changes cannot be saved.</source>
        <translation>Bibliothèque en lecture seule ({reason})&#xa0;: la lecture, la recherche et l’export fonctionnent&#xa0;; les surlignages, notes et autres modifications ne peuvent pas être enregistrés.</translation>
    </message>
    <message>
        <source>How many daily automatic backups are kept</source>
        <translation>Nombre de sauvegardes automatiques quotidiennes conservées</translation>
    </message>
    <message>
        <source>How many weekly automatic backups are kept</source>
        <translation>Nombre de sauvegardes automatiques hebdomadaires conservées</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Daily backups kept:</source>
        <translation>Sauvegardes quotidiennes conservées&#xa0;:</translation>
    </message>
    <message>
        <source>Weekly backups kept:</source>
        <translation>Sauvegardes hebdomadaires conservées&#xa0;:</translation>
    </message>
    <message>
        <source>The library is backed up when reader starts if the last backup is over a day old, and before every upgrade. The numbers are kept in the library and rule the next automatic backup; backups made with Back Up Now are never removed.</source>
        <translation>La bibliothèque est sauvegardée au démarrage de reader si la dernière sauvegarde date de plus d’un jour, et avant chaque mise à niveau. Ces nombres sont enregistrés dans la bibliothèque et s’appliquent à la prochaine sauvegarde automatique&#xa0;; les sauvegardes faites avec «&#xa0;Sauvegarder maintenant&#xa0;» ne sont jamais supprimées.</translation>
    </message>
    <message>
        <source>reading the backup settings</source>
        <translation>lecture des réglages de sauvegarde</translation>
    </message>
    <message>
        <source>saving the backup settings</source>
        <translation>enregistrement des réglages de sauvegarde</translation>
    </message>
    <message>
        <source>Saved: the next automatic backup keeps {daily} and {weekly}.</source>
        <translation>Enregistré&#xa0;: la prochaine sauvegarde automatique conserve {daily} et {weekly}.</translation>
    </message>
    <message numerus="yes">
        <source>%n daily backup(s)</source>
        <translation>
            <numerusform>%n sauvegarde quotidienne</numerusform>
            <numerusform>%n sauvegardes quotidiennes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly backup(s)</source>
        <translation>
            <numerusform>%n sauvegarde hebdomadaire</numerusform>
            <numerusform>%n sauvegardes hebdomadaires</numerusform>
        </translation>
    </message>
    <message>
        <source>(not placed: not in this version of the file)</source>
        <translation>(non placé&#xa0;: absent de cette version du fichier)</translation>
    </message>
    <message>
        <source>Someone Else Changed This Highlight</source>
        <translation>Quelqu’un d’autre a modifié ce surlignage</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>This highlight was deleted by someone else while you edited it.</source>
        <translation>Quelqu’un d’autre a supprimé ce surlignage pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <source>{who} changed this highlight while you edited it. Nothing was overwritten: choose which version to keep.</source>
        <translation>{who} a modifié ce surlignage pendant que vous le modifiiez. Rien n’a été écrasé&#xa0;: choisissez la version à garder.</translation>
    </message>
    <message>
        <source>Theirs ({who})</source>
        <translation>La sienne ({who})</translation>
    </message>
    <message>
        <source>Yours (your changes over theirs)</source>
        <translation>La vôtre (vos modifications sur la sienne)</translation>
    </message>
    <message>
        <source>&amp;Keep Theirs</source>
        <translation>&amp;Garder la sienne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Apply My Changes over Theirs</source>
        <translation>&amp;Appliquer mes modifications sur la sienne</translation>
    </message>
    <message>
        <source>&amp;Copy Mine</source>
        <translation>&amp;Copier la mienne</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Passage&#xa0;:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(aucune étiquette)</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>deleted by {who} on {when}, restorable until {until}</source>
        <translation>supprimé par {who} le {when}, restaurable jusqu’au {until}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted highlights</source>
        <translation>Surlignages supprimés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Supprimer définitivement…</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) deleted in the last 30 days.</source>
        <translation>
            <numerusform>%n surlignage supprimé ces 30 derniers jours.</numerusform>
            <numerusform>%n surlignages supprimés ces 30 derniers jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted in the last 30 days.</source>
        <translation>Rien n’a été supprimé ces 30 derniers jours.</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n highlight(s) for good?</source>
        <translation>
            <numerusform>Supprimer définitivement %n surlignage&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement %n surlignages&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: they can no longer be restored, by you or anyone else in the team.</source>
        <translation>Cette opération est irréversible&#xa0;: ils ne pourront plus être restaurés, ni par vous ni par personne de l’équipe.</translation>
    </message>
    <message>
        <source>&amp;Delete for Good</source>
        <translation>&amp;Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>“{tag}”: %n highlight(s)</source>
        <translation>
            <numerusform>«&#xa0;{tag}&#xa0;»&#xa0;: %n surlignage</numerusform>
            <numerusform>«&#xa0;{tag}&#xa0;»&#xa0;: %n surlignages</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone Else Changed These Tags</source>
        <translation>Quelqu’un d’autre a modifié ces étiquettes</translation>
    </message>
    <message>
        <source>Someone else changed the highlights of these tags since they were listed. Nothing was changed: look at them as they are now and choose.</source>
        <translation>Quelqu’un d’autre a modifié les surlignages de ces étiquettes depuis leur affichage. Rien n’a été changé&#xa0;: voyez-les telles qu’elles sont maintenant et choisissez.</translation>
    </message>
    <message>
        <source>A tag was renamed or deleted meanwhile, so this cannot be done as asked.</source>
        <translation>Une étiquette a été renommée ou supprimée entre-temps&#xa0;: l’opération ne peut pas se faire telle que demandée.</translation>
    </message>
    <message>
        <source>You asked: {doing}</source>
        <translation>Vous avez demandé&#xa0;: {doing}</translation>
    </message>
    <message>
        <source>“{tag}”: renamed or deleted by someone else</source>
        <translation>«&#xa0;{tag}&#xa0;»&#xa0;: renommée ou supprimée par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>When you chose</source>
        <translation>Quand vous avez choisi</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>&amp;Leave Them</source>
        <translation>&amp;Les laisser</translation>
    </message>
    <message>
        <source>&amp;Apply to Them as They Are Now</source>
        <translation>&amp;Appliquer à leur état actuel</translation>
    </message>
    <message>
        <source>Your Copy — {title}</source>
        <translation>Votre copie — {title}</translation>
    </message>
    <message>
        <source>Comparing your copy with the library&apos;s text…</source>
        <translation>Comparaison de votre copie avec le texte de la bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Surligner la sélection</translation>
    </message>
    <message>
        <source>Saved on the same words of the library&apos;s text</source>
        <translation>Enregistré sur les mêmes mots du texte de la bibliothèque</translation>
    </message>
    <message>
        <source>comparing your copy</source>
        <translation>comparaison de votre copie</translation>
    </message>
    <message>
        <source>Your copy as you have it, with the library&apos;s highlights where your copy has their words (for reading: notes and tags stay in the window). A highlight you make here is saved on the same words of the library&apos;s text.</source>
        <translation>Votre copie telle que vous l’avez, avec les surlignages de la bibliothèque là où votre copie a leurs mots (pour la lecture&#xa0;: notes et étiquettes restent dans la fenêtre). Un surlignage fait ici est enregistré sur les mêmes mots du texte de la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s) are on words your copy does not have.</source>
        <translation>
            <numerusform>%n surlignage porte sur des mots que votre copie n’a pas.</numerusform>
            <numerusform>%n surlignages portent sur des mots que votre copie n’a pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot highlight this passage</source>
        <translation>Impossible de surligner ce passage</translation>
    </message>
    <message>
        <source>The library&apos;s text has more here than your copy (words your copy no longer has): select text on one side of the change, or highlight it in the window, on the library&apos;s text.</source>
        <translation>Le texte de la bibliothèque en contient plus ici que votre copie (des mots que votre copie n’a plus)&#xa0;: sélectionnez du texte d’un seul côté de la modification, ou surlignez-le dans la fenêtre, sur le texte de la bibliothèque.</translation>
    </message>
    <message>
        <source>Part of this passage exists only in your copy, not in the library&apos;s text, so it cannot be highlighted for the team: select text that both have.</source>
        <translation>Une partie de ce passage n’existe que dans votre copie, pas dans le texte de la bibliothèque&#xa0;: il ne peut pas être surligné pour l’équipe. Sélectionnez du texte que les deux contiennent.</translation>
    </message>
    <message>
        <source>Your copy differs</source>
        <translation>Votre copie diffère</translation>
    </message>
    <message>
        <source>Read My Copy…</source>
        <translation>Lire ma copie…</translation>
    </message>
    <message>
        <source>Your file as you have it, with the library&apos;s highlights on it</source>
        <translation>Votre fichier tel que vous l’avez, avec les surlignages de la bibliothèque</translation>
    </message>
    <message>
        <source>Your copy of “{name}” differs from the team library&apos;s text. You are reading the library&apos;s text, as every member does; highlights stay anchored to it.</source>
        <translation>Votre copie de «&#xa0;{name}&#xa0;» diffère du texte de la bibliothèque d’équipe. Vous lisez le texte de la bibliothèque, comme chaque membre&#xa0;; les surlignages restent ancrés sur lui.</translation>
    </message>
    <message>
        <source>“{name}” is not on this computer (not at that place): you are reading the team library&apos;s text of it, as every member does.</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas sur cet ordinateur (pas à cet endroit)&#xa0;: vous lisez son texte dans la bibliothèque d’équipe, comme chaque membre.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>duration</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h</source>
        <comment>duration</comment>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>duration</comment>
        <translation>{hours} h {minutes} min</translation>
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
Suppr&#xa0;: retirer le signet</translation>
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
    <name>EntityReasons</name>
    <message>
        <source>typed by the language model</source>
        <translation>typé par le modèle de langue</translation>
    </message>
    <message>
        <source>typed by a rule</source>
        <translation>typé par une règle</translation>
    </message>
    <message>
        <source>typed like the same name around it</source>
        <translation>typé comme le même nom alentour</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>votre correction</translation>
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
    <name>Messages</name>
    <message>
        <source>The library {library} is in use by another program, which kept it locked for more than {seconds} seconds; try again when it is done</source>
        <translation>La bibliothèque {library} est utilisée par un autre programme, qui l’a verrouillée plus de {seconds} secondes ; réessayez quand il aura fini</translation>
    </message>
    <message>
        <source>The library {library} is in use by another program, which kept it locked for more than 1 second; try again when it is done</source>
        <translation>La bibliothèque {library} est utilisée par un autre programme, qui l’a verrouillée plus d’une seconde ; réessayez quand il aura fini</translation>
    </message>
    <message>
        <source>Cannot save changes: the library {library} is read-only ({reason})</source>
        <translation>Impossible d’enregistrer les modifications : la bibliothèque {library} est en lecture seule ({reason})</translation>
    </message>
    <message>
        <source>Cannot save: the disk holding the library {library} is full; nothing was changed (free some space and try again)</source>
        <translation>Impossible d’enregistrer : le disque de la bibliothèque {library} est plein ; rien n’a été modifié (libérez de la place et réessayez)</translation>
    </message>
    <message>
        <source>The library {library} is damaged: restore a backup, or recover what can be read into a new library</source>
        <translation>La bibliothèque {library} est endommagée : restaurez une sauvegarde, ou récupérez ce qui peut être lu dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Cannot save changes: the library {library} is damaged and was opened read-only; restore a backup, or recover what can be read into a new library</source>
        <translation>Impossible d’enregistrer les modifications : la bibliothèque {library} est endommagée et a été ouverte en lecture seule ; restaurez une sauvegarde, ou récupérez ce qui peut être lu dans une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>{library} is not a reader library: it is not an SQLite database file</source>
        <translation>{library} n’est pas une bibliothèque de reader : ce n’est pas un fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>The library {library} could not be used</source>
        <translation>La bibliothèque {library} n’a pas pu être utilisée</translation>
    </message>
    <message>
        <source>Cannot open the library {library}: the file or its folder cannot be opened</source>
        <translation>Impossible d’ouvrir la bibliothèque {library} : le fichier ou son dossier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>There is not enough memory to use the library; close other programs and try again</source>
        <translation>La mémoire manque pour utiliser la bibliothèque ; fermez d’autres programmes et réessayez</translation>
    </message>
    <message>
        <source>Cannot use the library {library}: {reason}</source>
        <translation>Impossible d’utiliser la bibliothèque {library} : {reason}</translation>
    </message>
    <message>
        <source>The disk holding the library {library} could not be read</source>
        <translation>Le disque de la bibliothèque {library} n’a pas pu être lu</translation>
    </message>
    <message>
        <source>The library {library} is empty: it was probably truncated</source>
        <translation>La bibliothèque {library} est vide : elle a sans doute été tronquée</translation>
    </message>
    <message>
        <source>{message}; restore one of its backups</source>
        <translation>{message} ; restaurez l’une de ses sauvegardes</translation>
    </message>
    <message>
        <source>Cannot create the library {library}: {reason}</source>
        <translation>Impossible de créer la bibliothèque {library} : {reason}</translation>
    </message>
    <message>
        <source>The library {library} was made by an older version of reader and must be upgraded, which cannot be done: {reason}</source>
        <translation>La bibliothèque {library} a été créée par une version plus ancienne de reader et doit être mise à niveau, ce qui est impossible : {reason}</translation>
    </message>
    <message>
        <source>The library {library} was not upgraded, because the backup before upgrading failed: {reason}</source>
        <translation>La bibliothèque {library} n’a pas été mise à niveau, car la sauvegarde préalable a échoué : {reason}</translation>
    </message>
    <message>
        <source>The daily backup was not made: {reason}</source>
        <translation>La sauvegarde quotidienne n’a pas été faite : {reason}</translation>
    </message>
    <message>
        <source>{db} is neither a file path nor a database URL</source>
        <translation>{db} n’est ni un chemin de fichier ni une URL de base de données</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder} for the library: {reason}</source>
        <translation>Impossible de créer le dossier {folder} de la bibliothèque : {reason}</translation>
    </message>
    <message>
        <source>{library}: this kind of database is not supported</source>
        <translation>{library} : ce type de base de données n’est pas pris en charge</translation>
    </message>
    <message>
        <source>{library} is a database but not a reader library; it was left unchanged</source>
        <translation>{library} est une base de données mais pas une bibliothèque de reader ; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>The library {library} needs reader {needed} or newer (this is reader {version}); it was left unchanged</source>
        <translation>La bibliothèque {library} demande reader {needed} ou plus récent (ceci est reader {version}) ; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>The library {library} was made by a newer version of reader than {version} (schema revision {revision}); open it with that version (it was left unchanged)</source>
        <translation>La bibliothèque {library} a été créée par une version de reader plus récente que {version} (révision du schéma {revision}) ; ouvrez-la avec cette version (elle n’a pas été modifiée)</translation>
    </message>
    <message>
        <source>the library</source>
        <translation>la bibliothèque</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>sur le serveur</translation>
    </message>
    <message>
        <source>the backup folder</source>
        <translation>le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la sauvegarde</translation>
    </message>
    <message>
        <source>the recovered library</source>
        <translation>la bibliothèque récupérée</translation>
    </message>
    <message>
        <source>the restored library</source>
        <translation>la bibliothèque restaurée</translation>
    </message>
    <message>
        <source>the damaged library</source>
        <translation>la bibliothèque endommagée</translation>
    </message>
    <message>
        <source>Cannot write {what} {target}</source>
        <translation>Impossible d’écrire {what} {target}</translation>
    </message>
    <message>
        <source>Cannot write {what} {target}: {reason}</source>
        <translation>Impossible d’écrire {what} {target} : {reason}</translation>
    </message>
    <message>
        <source>The server of the library {library} refused the user name or password</source>
        <translation>Le serveur de la bibliothèque {library} a refusé le nom d’utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>The library {library} does not exist on its server (create the database first)</source>
        <translation>La bibliothèque {library} n’existe pas sur son serveur (créez d’abord la base de données)</translation>
    </message>
    <message>
        <source>Cannot save changes: your role on the library {library} may only read it</source>
        <translation>Impossible d’enregistrer les modifications : votre rôle sur la bibliothèque {library} ne permet que la lecture</translation>
    </message>
    <message>
        <source>The library {library} is being changed by another member, who kept it locked for more than {seconds} seconds; try again</source>
        <translation>La bibliothèque {library} est en cours de modification par un autre membre, qui l’a verrouillée plus de {seconds} secondes ; réessayez</translation>
    </message>
    <message>
        <source>The server of the library {library} is out of disk space</source>
        <translation>Le serveur de la bibliothèque {library} n’a plus d’espace disque</translation>
    </message>
    <message>
        <source>Another member changed the same thing in the library {library} at the same moment; what you did was not saved: try again</source>
        <translation>Un autre membre a modifié la même chose dans la bibliothèque {library} au même moment ; ce que vous avez fait n’a pas été enregistré : réessayez</translation>
    </message>
    <message>
        <source>The server of the library {library} cannot be reached; what you did was not saved: try again when it is back</source>
        <translation>Le serveur de la bibliothèque {library} est injoignable ; ce que vous avez fait n’a pas été enregistré : réessayez quand il sera revenu</translation>
    </message>
    <message>
        <source>it cannot be written to</source>
        <translation>on ne peut pas y écrire</translation>
    </message>
    <message>
        <source>the disk is mounted read-only</source>
        <translation>le disque est monté en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder is read-only</source>
        <translation>son dossier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder cannot be written</source>
        <translation>on ne peut pas écrire dans son dossier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>it is being recovered</source>
        <translation>elle est en cours de récupération</translation>
    </message>
    <message>
        <source>it is a backup</source>
        <translation>c’est une sauvegarde</translation>
    </message>
    <message>
        <source>it is damaged</source>
        <translation>elle est endommagée</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the disk quota is exceeded</source>
        <translation>le quota du disque est dépassé</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the name is too long for the file system</source>
        <translation>le nom est trop long pour le système de fichiers</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n’existe pas</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>son dossier n’existe pas</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>un fichier de ce nom est déjà là</translation>
    </message>
    <message>
        <source>Cannot back up to {target}: it exists already</source>
        <translation>Impossible de sauvegarder vers {target} : ce fichier existe déjà</translation>
    </message>
    <message>
        <source>Cannot back up the library onto itself</source>
        <translation>Impossible de sauvegarder la bibliothèque sur elle-même</translation>
    </message>
    <message>
        <source>The library {library} is damaged, so no backup was made (the copy failed its check: {problem})</source>
        <translation>La bibliothèque {library} est endommagée, aucune sauvegarde n’a donc été faite (la copie a échoué à sa vérification : {problem})</translation>
    </message>
    <message>
        <source>Cannot recover into {target}: it exists already</source>
        <translation>Impossible de récupérer vers {target} : ce fichier existe déjà</translation>
    </message>
    <message>
        <source>Cannot recover a library into itself</source>
        <translation>Impossible de récupérer une bibliothèque dans elle-même</translation>
    </message>
    <message>
        <source>Nothing can be recovered from {library}: it is not an SQLite database file</source>
        <translation>Rien ne peut être récupéré de {library} : ce n’est pas un fichier de base de données SQLite</translation>
    </message>
    <message>
        <source>Cannot recover {library}: it was made by a newer version of reader</source>
        <translation>Impossible de récupérer {library} : elle a été créée par une version plus récente de reader</translation>
    </message>
    <message>
        <source>The recovered library failed its check ({problem}); nothing was written</source>
        <translation>La bibliothèque récupérée a échoué à sa vérification ({problem}) ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>Nothing can be recovered: the library&apos;s list of tables cannot be read</source>
        <translation>Rien ne peut être récupéré : la liste des tables de la bibliothèque est illisible</translation>
    </message>
    <message>
        <source>Cannot restore {backup}: there is no such file</source>
        <translation>Impossible de restaurer {backup} : ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>Cannot restore {backup}: it is not an SQLite database</source>
        <translation>Impossible de restaurer {backup} : ce n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>Cannot restore {backup}: the backup itself is damaged</source>
        <translation>Impossible de restaurer {backup} : la sauvegarde elle-même est endommagée</translation>
    </message>
    <message>
        <source>Cannot restore {backup}: it is not a reader library this version can read</source>
        <translation>Impossible de restaurer {backup} : ce n’est pas une bibliothèque de reader que cette version sait lire</translation>
    </message>
    <message>
        <source>Cannot restore the library from itself</source>
        <translation>Impossible de restaurer la bibliothèque à partir d’elle-même</translation>
    </message>
    <message>
        <source>Backups and checks work on library files (SQLite) only</source>
        <translation>Les sauvegardes et vérifications ne portent que sur les fichiers de bibliothèque (SQLite)</translation>
    </message>
    <message>
        <source>There is no library at {path}</source>
        <translation>Il n’y a pas de bibliothèque à l’emplacement {path}</translation>
    </message>
    <message>
        <source>keep between {low} and {high} backups, not {value}</source>
        <translation>gardez entre {low} et {high} sauvegardes, pas {value}</translation>
    </message>
    <message>
        <source>Not a W3C annotation file: invalid JSON at line {line}, column {column} ({reason})</source>
        <translation>Ce n’est pas un fichier d’annotations W3C : JSON invalide ligne {line}, colonne {column} ({reason})</translation>
    </message>
    <message>
        <source>Not a W3C annotation file: unreadable JSON ({reason})</source>
        <translation>Ce n’est pas un fichier d’annotations W3C : JSON illisible ({reason})</translation>
    </message>
    <message>
        <source>Not a W3C annotation file: expected a JSON object or list</source>
        <translation>Ce n’est pas un fichier d’annotations W3C : un objet ou une liste JSON était attendu</translation>
    </message>
    <message>
        <source>Not a W3C annotation file: the collection has no first page</source>
        <translation>Ce n’est pas un fichier d’annotations W3C : la collection n’a pas de première page</translation>
    </message>
    <message>
        <source>Cannot import this collection: its pages are separate documents (only collections with embedded pages can be read)</source>
        <translation>Impossible d’importer cette collection : ses pages sont des documents séparés (seules les collections aux pages incluses peuvent être lues)</translation>
    </message>
    <message>
        <source>Not a W3C annotation file: expected an AnnotationCollection, an AnnotationPage or an Annotation</source>
        <translation>Ce n’est pas un fichier d’annotations W3C : une AnnotationCollection, une AnnotationPage ou une Annotation était attendue</translation>
    </message>
    <message>
        <source>Not a W3C annotation file: a page&apos;s items are not a list</source>
        <translation>Ce n’est pas un fichier d’annotations W3C : les éléments d’une page ne sont pas une liste</translation>
    </message>
    <message>
        <source>annotation {n}</source>
        <translation>l’annotation {n}</translation>
    </message>
    <message>
        <source>annotation {n} ({id})</source>
        <translation>l’annotation {n} ({id})</translation>
    </message>
    <message>
        <source>Cannot import {where}: {reason}</source>
        <translation>Impossible d’importer {where} : {reason}</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>its type is not Annotation</source>
        <translation>son type n’est pas Annotation</translation>
    </message>
    <message>
        <source>its target has no text quote or position</source>
        <translation>sa cible n’a ni citation ni position</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>elle n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>it has no target</source>
        <translation>elle n’a pas de cible</translation>
    </message>
    <message>
        <source>its target has no selector</source>
        <translation>sa cible n’a pas de sélecteur</translation>
    </message>
    <message>
        <source>its TextQuoteSelector is malformed</source>
        <translation>son TextQuoteSelector est mal formé</translation>
    </message>
    <message>
        <source>its TextPositionSelector needs 0 &lt;= start &lt;= end</source>
        <translation>son TextPositionSelector demande 0 &lt;= start &lt;= end</translation>
    </message>
    <message>
        <source>its TextPositionSelector end {end} is out of range (no text is longer than {limit} characters)</source>
        <translation>la fin {end} de son TextPositionSelector est hors limites (aucun texte ne dépasse {limit} caractères)</translation>
    </message>
    <message>
        <source>a body&apos;s value is not text</source>
        <translation>la valeur d’un corps n’est pas du texte</translation>
    </message>
    <message>
        <source>its {name} date is not text</source>
        <translation>sa date {name} n’est pas du texte</translation>
    </message>
    <message>
        <source>its {name} date {value} is not ISO 8601</source>
        <translation>sa date {name} {value} n’est pas au format ISO 8601</translation>
    </message>
    <message>
        <source>its {name} date {value} is out of range (years 1 to 9999 in UTC)</source>
        <translation>sa date {name} {value} est hors limites (années 1 à 9999 en UTC)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>the text holds characters that UTF-8 cannot store</source>
        <translation>le texte contient des caractères que l’UTF-8 ne peut pas stocker</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>it is a symbolic link (choose the file it points to, or another name)</source>
        <translation>c’est un lien symbolique (choisissez le fichier vers lequel il pointe, ou un autre nom)</translation>
    </message>
    <message>
        <source>it is a FIFO, not a file</source>
        <translation>c’est un FIFO, pas un fichier</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>c’est un périphérique, pas un fichier</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>c’est un socket, pas un fichier</translation>
    </message>
    <message>
        <source>it is the document being exported; choose another name</source>
        <translation>c’est le document en cours d’export ; choisissez un autre nom</translation>
    </message>
    <message>
        <source>{name} is not in the library</source>
        <translation>{name} n’est pas dans la bibliothèque</translation>
    </message>
    <message>
        <source>{name}: the file name is not valid UTF-8, so it cannot be kept in the library; rename the file</source>
        <translation>{name} : le nom du fichier n’est pas de l’UTF-8 valide, il ne peut donc pas être gardé dans la bibliothèque ; renommez le fichier</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} has no visible text</source>
        <translation>{name} n’a aucun texte visible</translation>
    </message>
    <message>
        <source>{name} is not a text file (it looks binary)</source>
        <translation>{name} n’est pas un fichier texte (il semble binaire)</translation>
    </message>
    <message>
        <source>{name} is not a text file (unknown encoding)</source>
        <translation>{name} n’est pas un fichier texte (encodage inconnu)</translation>
    </message>
    <message>
        <source>{name} is not a regular file; only regular files can be opened</source>
        <translation>{name} n’est pas un fichier ordinaire ; seuls les fichiers ordinaires peuvent être ouverts</translation>
    </message>
    <message>
        <source>{name} is {what}, not a document</source>
        <translation>{name} est {what}, pas un document</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>{name} est trop volumineux ({size} Mo ; la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>{name} is too large (the limit is {limit} MB)</source>
        <translation>{name} est trop volumineux (la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>{name}: no such file</source>
        <translation>{name} : fichier introuvable</translation>
    </message>
    <message>
        <source>{name}: symbolic link loop (the link points back to itself)</source>
        <translation>{name} : boucle de liens symboliques (le lien pointe sur lui-même)</translation>
    </message>
    <message>
        <source>{name}: permission denied</source>
        <translation>{name} : permission refusée</translation>
    </message>
    <message>
        <source>{name}…: file name too long</source>
        <translation>{name}… : nom de fichier trop long</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason})</source>
        <translation>{name} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>{name} has too many lines ({count}; the limit is {limit})</source>
        <translation>{name} a trop de lignes ({count} ; la limite est de {limit})</translation>
    </message>
    <message>
        <source>{name} is not a valid EPUB: the archive is damaged or truncated</source>
        <translation>{name} n’est pas un EPUB valide : l’archive est endommagée ou tronquée</translation>
    </message>
    <message>
        <source>{name} is not a valid EPUB: the archive is damaged or truncated ({detail})</source>
        <translation>{name} n’est pas un EPUB valide : l’archive est endommagée ou tronquée ({detail})</translation>
    </message>
    <message>
        <source>{name} uses a compression method reader cannot read</source>
        <translation>{name} utilise une méthode de compression que reader ne sait pas lire</translation>
    </message>
    <message>
        <source>{name} is password-protected and cannot be read</source>
        <translation>{name} est protégé par un mot de passe et ne peut pas être lu</translation>
    </message>
    <message>
        <source>{name} is refused: its archive holds {count} files</source>
        <translation>{name} est refusé : son archive contient {count} fichiers</translation>
    </message>
    <message>
        <source>{name} is refused: its archive would expand to {size} MB (the limit is {limit} MB)</source>
        <translation>{name} est refusé : son archive occuperait {size} Mo une fois décompressée (la limite est de {limit} Mo)</translation>
    </message>
    <message>
        <source>{name} is refused: {part} would expand from {packed} to {size} bytes (a zip bomb?)</source>
        <translation>{name} est refusé : {part} passerait de {packed} à {size} octets (une bombe de décompression ?)</translation>
    </message>
    <message>
        <source>{name} is refused: its text would take more than {limit} MB</source>
        <translation>{name} est refusé : son texte occuperait plus de {limit} Mo</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (it has no container file)</source>
        <translation>{name} n’est pas un livre EPUB (il n’a pas de fichier container)</translation>
    </message>
    <message>
        <source>{name} is not a valid EPUB: it lists no chapters</source>
        <translation>{name} n’est pas un EPUB valide : il ne liste aucun chapitre</translation>
    </message>
    <message>
        <source>{name} is protected by DRM and cannot be read</source>
        <translation>{name} est protégé par des DRM et ne peut pas être lu</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name} n’a aucun texte lisible</translation>
    </message>
    <message>
        <source>{name}: wrong password</source>
        <translation>{name} : mot de passe incorrect</translation>
    </message>
    <message>
        <source>{name} is encrypted: it needs a password</source>
        <translation>{name} est chiffré : il faut un mot de passe</translation>
    </message>
    <message>
        <source>{name} is protected in a way reader cannot open</source>
        <translation>{name} est protégé d’une manière que reader ne sait pas ouvrir</translation>
    </message>
    <message>
        <source>{name} is not a valid PDF: it is damaged or truncated</source>
        <translation>{name} n’est pas un PDF valide : il est endommagé ou tronqué</translation>
    </message>
    <message>
        <source>{name} has no pages</source>
        <translation>{name} n’a aucune page</translation>
    </message>
    <message>
        <source>{name} has too many pages ({count}; the limit is {limit})</source>
        <translation>{name} a trop de pages ({count} ; la limite est de {limit})</translation>
    </message>
    <message>
        <source>{name} is damaged: page {page} cannot be read</source>
        <translation>{name} est endommagé : la page {page} ne peut pas être lue</translation>
    </message>
    <message>
        <source>{name} could not be read as a web page ({reason})</source>
        <translation>{name} n’a pas pu être lu comme une page web ({reason})</translation>
    </message>
    <message>
        <source>{name} has no article text (nothing but navigation, scripts or styles)</source>
        <translation>{name} n’a pas de texte d’article (seulement de la navigation, des scripts ou des styles)</translation>
    </message>
    <message>
        <source>{name} has no article text (the page is empty)</source>
        <translation>{name} n’a pas de texte d’article (la page est vide)</translation>
    </message>
    <message>
        <source>the picture is not available</source>
        <translation>l’image n’est pas disponible</translation>
    </message>
    <message>
        <source>the book&apos;s file is unknown</source>
        <translation>le fichier du livre est inconnu</translation>
    </message>
    <message>
        <source>the picture is too large ({size} bytes)</source>
        <translation>l’image est trop volumineuse ({size} octets)</translation>
    </message>
    <message>
        <source>the picture would expand suspiciously</source>
        <translation>l’image se décompresserait de façon suspecte</translation>
    </message>
    <message>
        <source>the picture is not in the book</source>
        <translation>l’image n’est pas dans le livre</translation>
    </message>
    <message>
        <source>the picture cannot be read ({reason})</source>
        <translation>l’image ne peut pas être lue ({reason})</translation>
    </message>
    <message>
        <source>the picture is not a regular file</source>
        <translation>l’image n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the picture is too large</source>
        <translation>l’image est trop volumineuse</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>unknown colour {value}: choose one of {choices}</source>
        <translation>couleur inconnue {value} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>the selection is empty (it starts and ends at {start})</source>
        <translation>la sélection est vide (elle commence et finit en {start})</translation>
    </message>
    <message>
        <source>the selection ends before it starts ({start} &gt; {end})</source>
        <translation>la sélection finit avant de commencer ({start} &gt; {end})</translation>
    </message>
    <message>
        <source>the selection {start}-{end} is outside the text, which has {length} characters</source>
        <translation>la sélection {start}-{end} sort du texte, qui compte {length} caractères</translation>
    </message>
    <message>
        <source>the selection holds only whitespace</source>
        <translation>la sélection ne contient que des espaces</translation>
    </message>
    <message>
        <source>{what} contains characters that are not valid Unicode</source>
        <translation>{what} contient des caractères qui ne sont pas de l’Unicode valide</translation>
    </message>
    <message>
        <source>a tag cannot be blank</source>
        <translation>une étiquette ne peut pas être vide</translation>
    </message>
    <message>
        <source>Someone else changed these tags&apos; highlights since they were listed; nothing was changed: look at them as they are now and choose again</source>
        <translation>Quelqu’un d’autre a modifié les surlignages de ces étiquettes depuis leur affichage&#xa0;; rien n’a été changé&#xa0;: voyez-les telles qu’elles sont maintenant et choisissez de nouveau</translation>
    </message>
    <message>
        <source>the tag {tag} contains control characters</source>
        <translation>l’étiquette {tag} contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the tag {tag} has an empty level between &apos;/&apos;</source>
        <translation>l’étiquette {tag} a un niveau vide entre deux « / »</translation>
    </message>
    <message>
        <source>the tag {tag} is too long ({length} characters; the limit is {limit})</source>
        <translation>l’étiquette {tag} est trop longue ({length} caractères ; la limite est de {limit})</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la note</translation>
    </message>
    <message>
        <source>a tag</source>
        <translation>une étiquette</translation>
    </message>
    <message>
        <source>the quoted passage</source>
        <translation>le passage cité</translation>
    </message>
    <message>
        <source>no tag named {name}</source>
        <translation>aucune étiquette nommée {name}</translation>
    </message>
    <message>
        <source>name at least one tag to merge</source>
        <translation>nommez au moins une étiquette à fusionner</translation>
    </message>
    <message>
        <source>annotation {id} is not among those deleted in the last {days} days</source>
        <translation>l’annotation {id} ne fait pas partie de celles supprimées ces {days} derniers jours</translation>
    </message>
    <message>
        <source>Annotation {id} has neither a quote nor a usable position</source>
        <translation>L’annotation {id} n’a ni citation ni position utilisable</translation>
    </message>
    <message>
        <source>a tag must be text, not {kind}</source>
        <translation>une étiquette doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>a note must be text, not {kind}</source>
        <translation>une note doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>a search must be text, not {kind}</source>
        <translation>une recherche doit être du texte, pas {kind}</translation>
    </message>
    <message>
        <source>a selection&apos;s start and end must be whole numbers</source>
        <translation>le début et la fin d’une sélection doivent être des nombres entiers</translation>
    </message>
    <message>
        <source>the passage to find is empty</source>
        <translation>le passage à chercher est vide</translation>
    </message>
    <message>
        <source>the occurrence number counts from 1, not {occurrence}</source>
        <translation>le numéro d’occurrence compte à partir de 1, pas {occurrence}</translation>
    </message>
    <message>
        <source>{quote} does not occur in the text</source>
        <translation>{quote} n’apparaît pas dans le texte</translation>
    </message>
    <message>
        <source>{quote} occurs only once in the text (occurrence {occurrence} asked)</source>
        <translation>{quote} n’apparaît qu’une fois dans le texte (occurrence {occurrence} demandée)</translation>
    </message>
    <message>
        <source>{quote} occurs only {count} times in the text (occurrence {occurrence} asked)</source>
        <translation>{quote} n’apparaît que {count} fois dans le texte (occurrence {occurrence} demandée)</translation>
    </message>
    <message>
        <source>{id} is not an annotation id (a UUID)</source>
        <translation>{id} n’est pas un identifiant d’annotation (un UUID)</translation>
    </message>
    <message>
        <source>the annotation quotes no passage</source>
        <translation>l’annotation ne cite aucun passage</translation>
    </message>
    <message>
        <source>the same annotation id is given twice</source>
        <translation>le même identifiant d’annotation est donné deux fois</translation>
    </message>
    <message>
        <source>annotation {id} exists already</source>
        <translation>l’annotation {id} existe déjà</translation>
    </message>
    <message>
        <source>unknown sort {sort}: choose one of {choices}</source>
        <translation>tri inconnu {sort} : choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>the number of results must be a positive whole number: {limit}</source>
        <translation>le nombre de résultats doit être un nombre entier positif : {limit}</translation>
    </message>
    <message>
        <source>offset {offset} is outside the document (0-{length})</source>
        <translation>la position {offset} est hors du document (0-{length})</translation>
    </message>
    <message>
        <source>no entry called “{name}” in the Index</source>
        <translation>aucune entrée nommée « {name} » dans l’Index</translation>
    </message>
    <message>
        <source>several entries are called “{name}” ({kinds}): add --type</source>
        <translation>plusieurs entrées sont nommées « {name} » ({kinds}) : ajoutez --type</translation>
    </message>
    <message>
        <source>Unknown export format {format}; choose one of {choices}</source>
        <translation>Format d’export inconnu {format} ; choisissez parmi {choices}</translation>
    </message>
    <message>
        <source>choose a format for the mentions: {choices}</source>
        <translation>choisissez un format pour les mentions : {choices}</translation>
    </message>
    <message>
        <source>the library cannot be copied into itself</source>
        <translation>la bibliothèque ne peut pas être copiée dans elle-même</translation>
    </message>
    <message>
        <source>{name} must be a number of seconds (0 to 3600)</source>
        <translation>{name} doit être un nombre de secondes (de 0 à 3600)</translation>
    </message>
    <message>
        <source>Cannot copy: the target library holds other {table} than this one (a row like {row} is there with another id); copy into an empty library</source>
        <translation>Impossible de copier : la bibliothèque de destination contient d’autres {table} que celle-ci (une ligne comme {row} y est avec un autre identifiant) ; copiez dans une bibliothèque vide</translation>
    </message>
    <message>
        <source>no annotation with id {id}</source>
        <translation>aucune annotation d’identifiant {id}</translation>
    </message>
    <message>
        <source>no document with id {id}</source>
        <translation>aucun document d’identifiant {id}</translation>
    </message>
    <message>
        <source>no bookmark {id}</source>
        <translation>aucun signet {id}</translation>
    </message>
    <message>
        <source>Select some text to mark as an entity</source>
        <translation>Sélectionnez du texte à marquer comme entité</translation>
    </message>
    <message>
        <source>An entity name cannot be empty</source>
        <translation>Un nom d’entité ne peut pas être vide</translation>
    </message>
    <message>
        <source>An entity name is at most {limit} characters</source>
        <translation>Un nom d’entité fait au plus {limit} caractères</translation>
    </message>
    <message>
        <source>this entry is no longer in the Index</source>
        <translation>cette entrée n’est plus dans l’Index</translation>
    </message>
    <message>
        <source>Choose two different entries to merge</source>
        <translation>Choisissez deux entrées différentes à fusionner</translation>
    </message>
    <message>
        <source>This entry has only one spelling: there is nothing to split</source>
        <translation>Cette entrée n’a qu’une graphie : il n’y a rien à séparer</translation>
    </message>
    <message>
        <source>A name is at most {limit} characters</source>
        <translation>Un nom fait au plus {limit} caractères</translation>
    </message>
    <message>
        <source>Every mention of this entry in the document is highlighted already</source>
        <translation>Toutes les mentions de cette entrée dans le document sont déjà surlignées</translation>
    </message>
    <message>
        <source>{title} is not an open PDF file</source>
        <translation>{title} n’est pas un fichier PDF ouvert</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 JSON</source>
        <translation>{name} n’est pas du JSON en UTF-8</translation>
    </message>
    <message>
        <source>Someone else deleted this highlight since you opened it; your change was not saved (it can be restored from the deleted highlights)</source>
        <translation>Quelqu’un d’autre a supprimé ce surlignage depuis que vous l’avez ouvert ; votre modification n’a pas été enregistrée (il peut être restauré depuis les surlignages supprimés)</translation>
    </message>
    <message>
        <source>{who} changed this highlight since you opened it; your change was not saved: keep their version, or apply yours to it</source>
        <translation>{who} a modifié ce surlignage depuis que vous l’avez ouvert ; votre modification n’a pas été enregistrée : gardez sa version, ou appliquez-y la vôtre</translation>
    </message>
    <message>
        <source>{who} changed this highlight since you opened it: note &quot;{note}&quot;; your change was not saved: keep their version, or apply yours to it</source>
        <translation>{who} a modifié ce surlignage depuis que vous l’avez ouvert : note « {note} » ; votre modification n’a pas été enregistrée : gardez sa version, ou appliquez-y la vôtre</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Entity recognition stopped unexpectedly</source>
        <translation>La reconnaissance des entités s’est arrêtée de façon inattendue</translation>
    </message>
    <message>
        <source>Highlight in {colour}</source>
        <translation>Surligner en {colour}</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Change highlight</source>
        <translation>Modifier le surlignage</translation>
    </message>
    <message>
        <source>Delete highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>Delete {count} highlights</source>
        <translation>Supprimer {count} surlignages</translation>
    </message>
    <message>
        <source>Restore highlight</source>
        <translation>Restaurer le surlignage</translation>
    </message>
    <message>
        <source>Restore {count} highlights</source>
        <translation>Restaurer {count} surlignages</translation>
    </message>
    <message>
        <source>Delete highlight for good</source>
        <translation>Supprimer définitivement le surlignage</translation>
    </message>
    <message>
        <source>Delete {count} highlights for good</source>
        <translation>Supprimer définitivement {count} surlignages</translation>
    </message>
    <message>
        <source>Re-attach highlight</source>
        <translation>Rattacher le surlignage</translation>
    </message>
    <message>
        <source>Rename tag “{old}” to “{new}”</source>
        <translation>Renommer l’étiquette « {old} » en « {new} »</translation>
    </message>
    <message>
        <source>Merge {count} tags into “{target}”</source>
        <translation>Fusionner {count} étiquettes dans « {target} »</translation>
    </message>
    <message>
        <source>Delete tag “{name}”</source>
        <translation>Supprimer l’étiquette « {name} »</translation>
    </message>
    <message>
        <source>Delete {count} tags</source>
        <translation>Supprimer {count} étiquettes</translation>
    </message>
    <message>
        <source>Change tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Remove entity correction</source>
        <translation>Retirer la correction d’entité</translation>
    </message>
    <message>
        <source>Not an entity</source>
        <translation>Pas une entité</translation>
    </message>
    <message>
        <source>Mark as {type}</source>
        <translation>Marquer comme {type}</translation>
    </message>
    <message>
        <source>Remove “{name}” from your entity list</source>
        <translation>Retirer « {name} » de votre liste d’entités</translation>
    </message>
    <message>
        <source>Never an entity: “{name}”</source>
        <translation>Jamais une entité : « {name} »</translation>
    </message>
    <message>
        <source>“{name}” is always {type}</source>
        <translation>« {name} » est toujours {type}</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Add to library</source>
        <translation>Ajouter à la bibliothèque</translation>
    </message>
    <message>
        <source>Put back in library</source>
        <translation>Remettre dans la bibliothèque</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <source>Import annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Import the PDF&apos;s annotations</source>
        <translation>Importer les annotations du PDF</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Ajouter un signet</translation>
    </message>
    <message>
        <source>Delete bookmark</source>
        <translation>Supprimer le signet</translation>
    </message>
    <message>
        <source>Merge into “{name}”</source>
        <translation>Fusionner dans « {name} »</translation>
    </message>
    <message>
        <source>Merge entries</source>
        <translation>Fusionner des entrées</translation>
    </message>
    <message>
        <source>Split “{name}”</source>
        <translation>Séparer « {name} »</translation>
    </message>
    <message>
        <source>Split entry</source>
        <translation>Séparer l’entrée</translation>
    </message>
    <message>
        <source>Rename to “{name}”</source>
        <translation>Renommer en « {name} »</translation>
    </message>
    <message>
        <source>Restore the entry&apos;s name</source>
        <translation>Rétablir le nom de l’entrée</translation>
    </message>
    <message>
        <source>Hide “{name}”</source>
        <translation>Masquer « {name} »</translation>
    </message>
    <message>
        <source>Show “{name}”</source>
        <translation>Afficher « {name} »</translation>
    </message>
    <message>
        <source>Change the Index</source>
        <translation>Modifier l’Index</translation>
    </message>
    <message>
        <source>Highlight every “{name}”</source>
        <translation>Surligner chaque « {name} »</translation>
    </message>
    <message>
        <source>Highlight the mentions</source>
        <translation>Surligner les mentions</translation>
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
        <translation>Qt ne sait pas couper les mots&#xa0;: les lignes justifiées peuvent montrer de grands espaces.</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation>&amp;Interligne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Column width:</source>
        <translation>Largeur de &amp;colonne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation>&amp;Marges&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
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
        <translation>Couleur de &amp;surlignage par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded as the author of your highlights, notes, tags and corrections, from your next change on. Empty: your login name.</source>
        <translation>Enregistré comme auteur de vos surlignages, notes, étiquettes et corrections, à partir de votre prochaine modification. Vide&#xa0;: votre nom de connexion.</translation>
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
        <translation>&amp;Langue de l’interface&#xa0;:</translation>
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
<context>
    <name>language</name>
    <message>
        <source>Afrikaans</source>
        <translation>afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>albanais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>bengali</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>bulgare</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>catalan</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>croate</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>danois</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>estonien</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>goudjarati</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>hongrois</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>indonésien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>japonais</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>coréen</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>letton</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>lituanien</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>macédonien</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>malayalam</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>marathi</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>népalais</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>norvégien bokmål</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persan</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>pendjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>slovène</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>swahili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>suédois</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamoul</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>télougou</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thaï</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ourdou</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>vietnamien</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>gallois</translation>
    </message>
</context>
</TS>
