<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Evidence pack</source>
        <translation>Lot de données</translation>
    </message>
    <message>
        <source>[{badge} “{title}”] </source>
        <translation>[{badge} «&#xa0;{title}&#xa0;»] </translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <source>Edit — {kind}</source>
        <translation>Modifier — {kind}</translation>
    </message>
    <message>
        <source>Add — {kind}</source>
        <translation>Ajouter — {kind}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Type of actor</source>
        <translation>Type d&apos;acteur</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Motive</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>&amp;Motive:</source>
        <translation>&amp;Mobile&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;eans:</source>
        <translation>Mo&amp;yens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Opportunity:</source>
        <translation>&amp;Occasion&#xa0;:</translation>
    </message>
    <message>
        <source>What they supply</source>
        <translation>Ce qu&apos;ils fournissent</translation>
    </message>
    <message>
        <source>Arms, money, fighters, trade, cover</source>
        <translation>Armes, argent, combattants, commerce, couverture</translation>
    </message>
    <message>
        <source>What they &amp;supply:</source>
        <translation>Ce qu&apos;ils &amp;fournissent&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;here:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>Où ils se trouvent</translation>
    </message>
    <message>
        <source>About how man&amp;y:</source>
        <translation>E&amp;nviron combien&#xa0;:</translation>
    </message>
    <message>
        <source>About how many</source>
        <translation>Environ combien</translation>
    </message>
    <message>
        <source>&amp;Displaced:</source>
        <translation>&amp;Déplacés&#xa0;:</translation>
    </message>
    <message>
        <source>Whether displaced</source>
        <translation>S&apos;ils sont déplacés</translation>
    </message>
    <message>
        <source>&amp;Women and children:</source>
        <translation>&amp;Femmes et enfants&#xa0;:</translation>
    </message>
    <message>
        <source>Risks to women and children</source>
        <translation>Risques pour les femmes et les enfants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Re&amp;marques&#xa0;:</translation>
    </message>
    <message>
        <source>A name is needed</source>
        <translation>Un nom est nécessaire</translation>
    </message>
</context>
<context>
    <name>ActorKindPanel</name>
    <message>
        <source>About {kind}</source>
        <translation>À propos&#xa0;: {kind}</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Edit &gt; Undo brings it back.</source>
        <translation>«&#xa0;{name}&#xa0;» supprimé. Édition &gt; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>ActorTableModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Non-state</source>
        <translation>Non étatique</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extérieur</translation>
    </message>
</context>
<context>
    <name>ActorsPage</name>
    <message>
        <source>Triggers and accelerants</source>
        <translation>Déclencheurs et accélérateurs</translation>
    </message>
    <message>
        <source>Resilience factors</source>
        <translation>Facteurs de résilience</translation>
    </message>
    <message>
        <source>Key actors</source>
        <translation>Acteurs clés</translation>
    </message>
    <message>
        <source>Enablers</source>
        <translation>Facilitateurs</translation>
    </message>
    <message>
        <source>Groups at risk</source>
        <translation>Groupes menacés</translation>
    </message>
    <message>
        <source>Protective actors</source>
        <translation>Acteurs protecteurs</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Déclencheurs</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Résilience</translation>
    </message>
    <message>
        <source>Warning about the actors listed</source>
        <translation>Avertissement sur les acteurs recensés</translation>
    </message>
    <message>
        <source>Kinds of actors</source>
        <translation>Catégories d&apos;acteurs</translation>
    </message>
    <message>
        <source>&amp;Groups targeted…</source>
        <translation>&amp;Groupes visés…</translation>
    </message>
    <message>
        <source>Groups the selected key actor targets</source>
        <translation>Groupes que vise l&apos;acteur clé choisi</translation>
    </message>
    <message>
        <source>Outside statistical risk estimate (optional)</source>
        <translation>Estimation statistique extérieure du risque (facultatif)</translation>
    </message>
    <message>
        <source>E&amp;stimate:</source>
        <translation>E&amp;stimation&#xa0;:</translation>
    </message>
    <message>
        <source>Outside risk estimate</source>
        <translation>Estimation extérieure du risque</translation>
    </message>
    <message>
        <source>e.g. 6.1% two-year probability (rank 14 of 162)</source>
        <translation>p. ex. probabilité de 6,1&#x202f;% sur deux ans (rang 14 sur 162)</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>So&amp;urce&#xa0;:</translation>
    </message>
    <message>
        <source>Source of the risk estimate</source>
        <translation>Source de l&apos;estimation du risque</translation>
    </message>
    <message>
        <source>Who published the estimate</source>
        <translation>Qui a publié l&apos;estimation</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Da&amp;te&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the risk estimate</source>
        <translation>Date de l&apos;estimation du risque</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Groups targeted by {0}</source>
        <translation>Groupes visés par {0}</translation>
    </message>
    <message>
        <source>&amp;Groups at risk:</source>
        <translation>&amp;Groupes menacés&#xa0;:</translation>
    </message>
    <message>
        <source>Change the groups an actor targets</source>
        <translation>Modifier les groupes que vise un acteur</translation>
    </message>
    <message>
        <source>Date not accepted</source>
        <translation>Date refusée</translation>
    </message>
    <message>
        <source>“{text}” is not a date. Write the estimate&apos;s date as YYYY-MM-DD, e.g. 2026-03-31.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date. Écrivez la date de l&apos;estimation sous la forme AAAA-MM-JJ, p. ex. 2026-03-31.</translation>
    </message>
</context>
<context>
    <name>AimPage</name>
    <message>
        <source>Desired end &amp;state</source>
        <translation>Situation finale &amp;recherchée</translation>
    </message>
    <message>
        <source>What the situation should look like when the response has succeeded: for the people at risk, for the perpetrators, for the political process. Define it early; the objectives and options follow from it.</source>
        <translation>Ce que doit être la situation quand la réponse a réussi&#xa0;: pour les personnes menacées, pour les auteurs, pour le processus politique. Définissez-la tôt&#x202f;; les objectifs et les options en découlent.</translation>
    </message>
    <message>
        <source>Desired end state</source>
        <translation>Situation finale recherchée</translation>
    </message>
    <message>
        <source>e.g. Attacks on civilians in the province have stopped and displaced families can return in safety.</source>
        <translation>p. ex. Les attaques contre les civils ont cessé dans la province et les familles déplacées peuvent rentrer en sécurité.</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>The objectives every option must serve. Decisions name the objectives they serve; the memo lists them in this order.</source>
        <translation>Les objectifs que toute option doit servir. Chaque décision nomme les objectifs qu&apos;elle sert&#x202f;; la note les énumère dans cet ordre.</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Move objective up</source>
        <translation>Monter l&apos;objectif</translation>
    </message>
    <message>
        <source>Move objective down</source>
        <translation>Descendre l&apos;objectif</translation>
    </message>
    <message>
        <source>Objective the options must serve:</source>
        <translation>Objectif que les options doivent servir&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted the objective. Edit &gt; Undo brings it back.</source>
        <translation>Objectif supprimé. Édition &gt; Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>Evidence verdict: {verdict}</source>
        <translation>Verdict des données&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Read-only notice</source>
        <translation>Avis de lecture seule</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>What you typed is still in its field. To keep working, use File &gt; Save a Copy to write the case to a folder you can write to, then make the change there.</source>
        <translation>Ce que vous avez saisi est toujours dans son champ. Pour continuer, utilisez Fichier &gt; Enregistrer une copie pour écrire le dossier dans un répertoire accessible en écriture, puis faites-y la modification.</translation>
    </message>
    <message>
        <source>The evidence base is shown without the case&apos;s packs.</source>
        <translation>La base des constats est affichée sans les lots de données du dossier.</translation>
    </message>
    <message>
        <source>Import evidence pack</source>
        <translation>Importer un lot de données</translation>
    </message>
    <message>
        <source>Switch evidence pack</source>
        <translation>Activer ou désactiver un lot de données</translation>
    </message>
    <message>
        <source>Remove evidence pack</source>
        <translation>Retirer un lot de données</translation>
    </message>
    <message>
        <source>Add to the case&apos;s own evidence</source>
        <translation>Ajouter aux données propres du dossier</translation>
    </message>
    <message>
        <source>Case is open read-only</source>
        <translation>Dossier ouvert en lecture seule</translation>
    </message>
    <message>
        <source>{name} is open read-only: {reason}.</source>
        <translation>{name} est ouvert en lecture seule&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Edit case details</source>
        <translation>Modifier les informations du dossier</translation>
    </message>
    <message>
        <source>Edit assessment</source>
        <translation>Modifier l&apos;évaluation</translation>
    </message>
    <message>
        <source>Add actor</source>
        <translation>Ajouter un acteur</translation>
    </message>
    <message>
        <source>Edit actor</source>
        <translation>Modifier l&apos;acteur</translation>
    </message>
    <message>
        <source>Delete actor</source>
        <translation>Supprimer l&apos;acteur</translation>
    </message>
    <message>
        <source>Link actor to group</source>
        <translation>Lier l&apos;acteur au groupe</translation>
    </message>
    <message>
        <source>Unlink actor from group</source>
        <translation>Délier l&apos;acteur du groupe</translation>
    </message>
    <message>
        <source>Add {item}</source>
        <translation>Ajouter&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Edit {item}</source>
        <translation>Modifier&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Delete {item}</source>
        <translation>Supprimer&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Edit objective</source>
        <translation>Modifier l&apos;objectif</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Supprimer l&apos;objectif</translation>
    </message>
    <message>
        <source>Reorder objectives</source>
        <translation>Réordonner les objectifs</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ajouter une option</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Modifier l&apos;option</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Supprimer l&apos;option</translation>
    </message>
    <message>
        <source>Design “{property}”</source>
        <translation>Conception «&#xa0;{property}&#xa0;»</translation>
    </message>
    <message>
        <source>Date not accepted</source>
        <translation>Date refusée</translation>
    </message>
    <message>
        <source>A new revision is dated on or after the previous one ({previous}), as YYYY-MM-DD.</source>
        <translation>Une nouvelle révision est datée du jour de la précédente ({previous}) ou d&apos;après, sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Answer “{factor}”</source>
        <translation>Répondre à «&#xa0;{factor}&#xa0;»</translation>
    </message>
    <message>
        <source>Answer a factor</source>
        <translation>Répondre à un facteur</translation>
    </message>
    <message>
        <source>Judge indicator {number}</source>
        <translation>Juger l&apos;indicateur {number}</translation>
    </message>
    <message>
        <source>Judge an indicator</source>
        <translation>Juger un indicateur</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Motive</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>What they supply</source>
        <translation>Ce qu&apos;ils fournissent</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>Displaced</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Risks to women and children</source>
        <translation>Risques pour les femmes et les enfants</translation>
    </message>
    <message>
        <source>Trigger or accelerant</source>
        <translation>Déclencheur ou accélérateur</translation>
    </message>
    <message>
        <source>What to watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Resilience factor</source>
        <translation>Facteur de résilience</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Groupes visés</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence verdict</source>
        <translation>Verdict des données</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Évaluée le</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Rev.</source>
        <translation>Rév.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>Facteur de risque</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Phase, or decision point (observable event)</source>
        <translation>Phase, ou point de décision (événement observable)</translation>
    </message>
    <message>
        <source>Options used, or the response</source>
        <translation>Options employées, ou la réponse</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>What would prove it wrong</source>
        <translation>Ce qui la démentirait</translation>
    </message>
    <message>
        <source>Indicator to watch</source>
        <translation>Indicateur à surveiller</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Signes avant-coureurs</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Mesure du succès</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Consent needed</source>
        <translation>Consentement requis</translation>
    </message>
    <message>
        <source>Tool or family</source>
        <translation>Outil ou famille</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Verdict here</source>
        <translation>Verdict ici</translation>
    </message>
</context>
<context>
    <name>DecisionListModel</name>
    <message>
        <source>Family: {family}</source>
        <translation>Famille&#xa0;: {family}</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <source>The grid shows each option&apos;s judgments and their reasons side by side. It does not add them up or rank the options: weighing them is the planner&apos;s call.</source>
        <translation>La grille montre côte à côte les jugements de chaque option et leurs raisons. Elle ne les additionne pas et ne classe pas les options&#xa0;: les pondérer revient au planificateur.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Record each option considered: its status, why, what it serves, and a judgment with a reason on each criterion of the evidence-to-decision frame. Add options from the Toolbox page.</source>
        <translation>Consignez chaque option envisagée&#xa0;: son statut, pourquoi, ce qu&apos;elle sert, et un jugement motivé sur chaque critère du cadre «&#xa0;des données à la décision&#xa0;». Ajoutez des options depuis la page Boîte à outils.</translation>
    </message>
    <message>
        <source>The paper&apos;s central caution</source>
        <translation>La mise en garde centrale du document</translation>
    </message>
    <message>
        <source>Decisions views</source>
        <translation>Vues des décisions</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Add from the &amp;Toolbox…</source>
        <translation>Ajouter depuis la &amp;boîte à outils…</translation>
    </message>
    <message>
        <source>Add an option from the Toolbox</source>
        <translation>Ajouter une option depuis la boîte à outils</translation>
    </message>
    <message>
        <source>&amp;Delete option</source>
        <translation>&amp;Supprimer l&apos;option</translation>
    </message>
    <message>
        <source>Delete the selected option</source>
        <translation>Supprimer l&apos;option choisie</translation>
    </message>
    <message>
        <source>Delete the selected option (Edit &gt; Undo brings it back)</source>
        <translation>Supprimer l&apos;option choisie (Édition &gt; Annuler la rétablit)</translation>
    </message>
    <message>
        <source>The selected option</source>
        <translation>L&apos;option choisie</translation>
    </message>
    <message>
        <source>No option selected. Choose one on the left, or add one from the Toolbox page.</source>
        <translation>Aucune option choisie. Choisissez-en une à gauche, ou ajoutez-en une depuis la page Boîte à outils.</translation>
    </message>
    <message>
        <source>Title of the option</source>
        <translation>Titre de l&apos;option</translation>
    </message>
    <message>
        <source>Number of the option in the memo</source>
        <translation>Numéro de l&apos;option dans la note</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Family and tool of the option</source>
        <translation>Famille et outil de l&apos;option</translation>
    </message>
    <message>
        <source>See the &amp;evidence</source>
        <translation>Voir les &amp;données</translation>
    </message>
    <message>
        <source>See the evidence for this option on the Toolbox page</source>
        <translation>Voir les données sur cette option dans la page Boîte à outils</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Views of the selected option</source>
        <translation>Vues de l&apos;option choisie</translation>
    </message>
    <message>
        <source>&amp;Judgments (EtD)</source>
        <translation>&amp;Jugements (DàD)</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>Con&amp;ception</translation>
    </message>
    <message>
        <source>This option&apos;s e&amp;vidence</source>
        <translation>Do&amp;nnées de cette option</translation>
    </message>
    <message>
        <source>D&amp;etails</source>
        <translation>Dé&amp;tails</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Why this option, or why not</source>
        <translation>Pourquoi cette option, ou pourquoi pas</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <source>Objectives this option serves</source>
        <translation>Objectifs que sert cette option</translation>
    </message>
    <message>
        <source>Ob&amp;jectives served:</source>
        <translation>O&amp;bjectifs servis&#xa0;:</translation>
    </message>
    <message>
        <source>Lead actor</source>
        <translation>Acteur chef de file</translation>
    </message>
    <message>
        <source>&amp;Lead actor:</source>
        <translation>&amp;Chef de file&#xa0;:</translation>
    </message>
    <message>
        <source>Timing and sequencing</source>
        <translation>Calendrier et enchaînement</translation>
    </message>
    <message>
        <source>When, and after or before what</source>
        <translation>Quand, et après ou avant quoi</translation>
    </message>
    <message>
        <source>Ti&amp;ming:</source>
        <translation>&amp;Calendrier&#xa0;:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>People, money, agreements it needs</source>
        <translation>Personnel, fonds, accords nécessaires</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>Be&amp;soins&#xa0;:</translation>
    </message>
    <message>
        <source>What to monitor</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>Signs that it works, or harms</source>
        <translation>Signes qu&apos;elle fonctionne, ou qu&apos;elle nuit</translation>
    </message>
    <message>
        <source>&amp;Monitoring:</source>
        <translation>&amp;Suivi&#xa0;:</translation>
    </message>
    <message>
        <source>Findings weighed</source>
        <translation>Constats pris en compte</translation>
    </message>
    <message>
        <source>&amp;Findings weighed:</source>
        <translation>C&amp;onstats pris en compte&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence-to-decision judgments</source>
        <translation>Jugements «&#xa0;des données à la décision&#xa0;»</translation>
    </message>
    <message>
        <source>&lt;b&gt;Criterion&lt;/b&gt;</source>
        <translation>&lt;b&gt;Critère&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Judgment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jugement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;Raison&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Judgment: {criterion}</source>
        <translation>Jugement&#xa0;: {criterion}</translation>
    </message>
    <message>
        <source>Reason: {criterion}</source>
        <translation>Raison&#xa0;: {criterion}</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#x202f;?</translation>
    </message>
    <message>
        <source>About the grid</source>
        <translation>À propos de la grille</translation>
    </message>
    <message>
        <source>Show the &amp;reasons in the grid</source>
        <translation>Afficher les &amp;raisons dans la grille</translation>
    </message>
    <message>
        <source>Show the reasons in the grid</source>
        <translation>Afficher les raisons dans la grille</translation>
    </message>
    <message>
        <source>Judgments of all options side by side</source>
        <translation>Jugements de toutes les options côte à côte</translation>
    </message>
    <message>
        <source>Select a cell to read the reason given for it.</source>
        <translation>Choisissez une cellule pour lire la raison donnée.</translation>
    </message>
    <message>
        <source>Reason for the selected judgment</source>
        <translation>Raison du jugement choisi</translation>
    </message>
    <message>
        <source>{family} — tool: {tool}</source>
        <translation>{family} — outil&#xa0;: {tool}</translation>
    </message>
    <message>
        <source>No objectives yet: set them on the Aim page.</source>
        <translation>Pas encore d&apos;objectifs&#xa0;: fixez-les dans la page But.</translation>
    </message>
    <message>
        <source>The paper reviews no study of this family.</source>
        <translation>Le document n&apos;examine aucune étude de cette famille.</translation>
    </message>
</context>
<context>
    <name>DesignEditor</name>
    <message>
        <source>How this option is used changes what the evidence says about it. Answer what you know; leave the rest unknown.</source>
        <translation>La manière d&apos;employer cette option change ce qu&apos;en disent les données. Répondez à ce que vous savez&#x202f;; laissez le reste inconnu.</translation>
    </message>
    <message>
        <source>The evidence reads nothing about how this kind of tool is designed.</source>
        <translation>Les données ne disent rien de la conception de ce type d&apos;outil.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Confidence in: {property}</source>
        <translation>Confiance&#xa0;: {property}</translation>
    </message>
    <message>
        <source>Confidence not given</source>
        <translation>Confiance non indiquée</translation>
    </message>
    <message>
        <source>Note on: {property}</source>
        <translation>Remarque&#xa0;: {property}</translation>
    </message>
    <message>
        <source>Note (source, reasoning)</source>
        <translation>Remarque (source, raisonnement)</translation>
    </message>
</context>
<context>
    <name>EtdGridModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Evidence verdict</source>
        <translation>Verdict des données</translation>
    </message>
    <message>
        <source>No reason recorded.</source>
        <translation>Aucune raison consignée.</translation>
    </message>
</context>
<context>
    <name>EvidenceAboutDialog</name>
    <message>
        <source>About the evidence</source>
        <translation>À propos des données</translation>
    </message>
    <message>
        <source>Method and caveats of the evidence</source>
        <translation>Méthode et réserves des données</translation>
    </message>
</context>
<context>
    <name>EvidencePacksPanel</name>
    <message>
        <source>Evidence packs</source>
        <translation>Lots de données</translation>
    </message>
    <message>
        <source>Studies and findings added to the 2016 review, per case. Tick a pack to let the fit read it; everything a pack adds is marked as such.</source>
        <translation>Études et constats ajoutés à la revue de 2016, propres à chaque dossier. Cochez un lot pour que la lecture des données en tienne compte&#x202f;; tout ce qu&apos;un lot ajoute est signalé comme tel.</translation>
    </message>
    <message>
        <source>Evidence packs of this case</source>
        <translation>Lots de données de ce dossier</translation>
    </message>
    <message>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
        <source>Import an evidence pack (YAML) into this case</source>
        <translation>Importer un lot de données (YAML) dans ce dossier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected pack from this case</source>
        <translation>Retirer de ce dossier le lot choisi</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the selected pack to a YAML file</source>
        <translation>Écrire le lot choisi dans un fichier YAML</translation>
    </message>
    <message>
        <source>Add study and finding…</source>
        <translation>Ajouter une étude et un constat…</translation>
    </message>
    <message>
        <source>Add a study and a finding to this case&apos;s own pack</source>
        <translation>Ajouter une étude et un constat au lot propre de ce dossier</translation>
    </message>
    <message>
        <source>Let the selected pack lift the paper&apos;s ceilings (the memo says so)</source>
        <translation>Laisser le lot choisi lever les plafonds du document (la note le signale)</translation>
    </message>
    <message>
        <source>Let the selected pack lift the paper&apos;s ceilings</source>
        <translation>Laisser le lot choisi lever les plafonds du document</translation>
    </message>
    <message>
        <source>Import evidence pack</source>
        <translation>Importer un lot de données</translation>
    </message>
    <message>
        <source>Evidence packs (*.yaml *.yml);;All files (*)</source>
        <translation>Lots de données (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Evidence pack refused</source>
        <translation>Lot de données refusé</translation>
    </message>
    <message>
        <source>{name}: cannot be read ({reason}).</source>
        <translation>{name}&#xa0;: illisible ({reason}).</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Exporter le lot de données</translation>
    </message>
    <message>
        <source>Evidence packs (*.yaml)</source>
        <translation>Lots de données (*.yaml)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
</context>
<context>
    <name>FactorTreeModel</name>
    <message numerus="yes">
        <source>{answered} of %n answered</source>
        <translation>
            <numerusform>Répondu&#xa0;: {answered} sur %n</numerusform>
            <numerusform>Répondu&#xa0;: {answered} sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Situation factor</source>
        <translation>Facteur de situation</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>Facteur de risque</translation>
    </message>
    <message>
        <source>Risk indicator</source>
        <translation>Indicateur de risque</translation>
    </message>
    <message>
        <source>Actor or group</source>
        <translation>Acteur ou groupe</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Find in the case</source>
        <translation>Rechercher dans le dossier</translation>
    </message>
    <message>
        <source>Factors, indicators, actors, options, findings, notes…</source>
        <translation>Facteurs, indicateurs, acteurs, options, constats, remarques…</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n trouvé</numerusform>
            <numerusform>%n trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
</context>
<context>
    <name>FindingListModel</name>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <source>Findings that use “{factor}”</source>
        <translation>Constats qui utilisent «&#xa0;{factor}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of the evidence base depend on this factor. Each holds only under the conditions shown; the studies are mostly correlational.</source>
        <translation>
            <numerusform>%n constat de la base dépend de ce facteur. Il ne vaut que dans les conditions indiquées&#x202f;; les études sont surtout corrélationnelles.</numerusform>
            <numerusform>%n constats de la base dépendent de ce facteur. Chacun ne vaut que dans les conditions indiquées&#x202f;; les études sont surtout corrélationnelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding of the evidence base depends on this factor.</source>
        <translation>Aucun constat de la base ne dépend de ce facteur.</translation>
    </message>
    <message>
        <source>Findings that use this factor</source>
        <translation>Constats qui utilisent ce facteur</translation>
    </message>
    <message>
        <source>The selected finding</source>
        <translation>Le constat choisi</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>Framework indicator {number}: {text}</source>
        <translation>Indicateur du Cadre {number}&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add — {0}</source>
        <translation>Ajouter — {0}</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>Edit — {0}</source>
        <translation>Modifier — {0}</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete — {0}</source>
        <translation>Supprimer — {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Atrocity Desk cases (*{suffix});;All files (*)</source>
        <translation>Dossiers Atrocity Desk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The edit history, with the earlier wording of edited fields, travels with the file.</source>
        <translation>L&apos;historique des modifications, avec la formulation antérieure des champs modifiés, accompagne le fichier.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Choose a page of the case; Ctrl+1 to Ctrl+9 jump to a page</source>
        <translation>Choisissez une page du dossier&#x202f;; Ctrl+1 à Ctrl+9 mènent à une page</translation>
    </message>
    <message>
        <source>Every change is saved to the case file as you make it.</source>
        <translation>Chaque modification est enregistrée dans le fichier du dossier dès que vous la faites.</translation>
    </message>
    <message>
        <source>Atrocity Desk</source>
        <translation>Atrocity Desk</translation>
    </message>
    <message>
        <source>Assess a situation at risk of mass atrocities, weigh the international toolbox against the research evidence, record decisions and export an options memo. No case is open.</source>
        <translation>Évaluez une situation à risque d&apos;atrocités de masse, confrontez la boîte à outils internationale aux données de la recherche, consignez les décisions et exportez une note d&apos;options. Aucun dossier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Open the e&amp;xample case</source>
        <translation>Ouvrir le dossier d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Open the example case</source>
        <translation>Ouvrir le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Create a new, empty case file</source>
        <translation>Créer un fichier de dossier neuf et vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a case file</source>
        <translation>Ouvrir un fichier de dossier</translation>
    </message>
    <message>
        <source>Open &amp;Example Case</source>
        <translation>Ouvrir le dossier d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Open the bundled fictional example case</source>
        <translation>Ouvrir le dossier d&apos;exemple fictif fourni</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a complete copy of this case to another file.</source>
        <translation>Écrire une copie complète de ce dossier dans un autre fichier.</translation>
    </message>
    <message>
        <source>Save a Copy for S&amp;haring…</source>
        <translation>Enregistrer une copie à &amp;diffuser…</translation>
    </message>
    <message>
        <source>Write a copy without the edit history, for sending to others</source>
        <translation>Écrire une copie sans l&apos;historique des modifications, à envoyer à d&apos;autres</translation>
    </message>
    <message>
        <source>&amp;Export Memo…</source>
        <translation>&amp;Exporter la note…</translation>
    </message>
    <message>
        <source>Export the options memo as PDF</source>
        <translation>Exporter la note d&apos;options en PDF</translation>
    </message>
    <message>
        <source>&amp;Protect with Passphrase…</source>
        <translation>&amp;Protéger par phrase secrète…</translation>
    </message>
    <message>
        <source>Encrypt this case file with a passphrase</source>
        <translation>Chiffrer ce fichier de dossier avec une phrase secrète</translation>
    </message>
    <message>
        <source>C&amp;hange Passphrase…</source>
        <translation>C&amp;hanger la phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a new passphrase for this case</source>
        <translation>Choisir une nouvelle phrase secrète pour ce dossier</translation>
    </message>
    <message>
        <source>&amp;Remove Protection…</source>
        <translation>&amp;Retirer la protection…</translation>
    </message>
    <message>
        <source>Store this case unencrypted again</source>
        <translation>Enregistrer de nouveau ce dossier sans chiffrement</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>Close this case</source>
        <translation>Fermer ce dossier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Atrocity Desk</source>
        <translation>Quitter Atrocity Desk</translation>
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
        <source>Show the {page} page</source>
        <translation>Afficher la page {page}</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>About the &amp;Evidence…</source>
        <translation>À propos des &amp;données…</translation>
    </message>
    <message>
        <source>Method and caveats of the research evidence</source>
        <translation>Méthode et réserves des données de la recherche</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Atrocity Desk…</source>
        <translation>À &amp;propos d&apos;Atrocity Desk…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find in the case: factors, indicators, actors, options, findings, notes</source>
        <translation>Rechercher dans le dossier&#xa0;: facteurs, indicateurs, acteurs, options, constats, remarques</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un dossier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Aucun dossier récent</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can read this case and export its memo, but not change it here. File &gt; Save a Copy gives you a copy you can edit.</source>
        <translation>Lecture seule&#xa0;: {reason}. Vous pouvez lire ce dossier et exporter sa note, mais pas le modifier ici. Fichier &gt; Enregistrer une copie vous donne une copie modifiable.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protégé</translation>
    </message>
    <message>
        <source>Case upgraded</source>
        <translation>Dossier mis à niveau</translation>
    </message>
    <message>
        <source>{name} was made by an earlier version and has been upgraded. A copy of the file as it was is at {backup}; delete it when you no longer need it.</source>
        <translation>{name} a été créé par une version antérieure et a été mis à niveau. Une copie du fichier tel qu&apos;il était se trouve ici&#xa0;: {backup}&#x202f;; supprimez-la quand vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Opened {name} read-only.</source>
        <translation>{name} ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Opened {name}.</source>
        <translation>{name} ouvert.</translation>
    </message>
    <message>
        <source>The example case cannot be written</source>
        <translation>Impossible d&apos;écrire le dossier d&apos;exemple</translation>
    </message>
    <message>
        <source>Save a copy of the case</source>
        <translation>Enregistrer une copie du dossier</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>Save a copy for sharing</source>
        <translation>Enregistrer une copie à diffuser</translation>
    </message>
    <message>
        <source>for sharing</source>
        <translation>à diffuser</translation>
    </message>
    <message>
        <source>File already exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <source>{name} already exists. Choose another name; Atrocity Desk does not overwrite case files.</source>
        <translation>{name} existe déjà. Choisissez un autre nom&#x202f;; Atrocity Desk n&apos;écrase pas les fichiers de dossier.</translation>
    </message>
    <message>
        <source>Saved a complete copy to {path}.</source>
        <translation>Copie complète enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Saved a copy for sharing, without the edit history, to {path}.</source>
        <translation>Copie à diffuser, sans l&apos;historique des modifications, enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Save a clean copy of the case</source>
        <translation>Enregistrer une copie propre du dossier</translation>
    </message>
    <message>
        <source>{name} (clean)</source>
        <translation>{name} (propre)</translation>
    </message>
    <message>
        <source>Protect with Passphrase</source>
        <translation>Protéger par phrase secrète</translation>
    </message>
    <message>
        <source>Choose a passphrase. Without it nobody, you included, can open this case again: a forgotten passphrase cannot be recovered.</source>
        <translation>Choisissez une phrase secrète. Sans elle, personne, vous compris, ne pourra rouvrir ce dossier&#xa0;: une phrase secrète oubliée ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Choose the new passphrase.</source>
        <translation>Choisissez la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Remove Protection</source>
        <translation>Retirer la protection</translation>
    </message>
    <message>
        <source>Store this case without a passphrase? Anyone who gets the file can then read all of it.</source>
        <translation>Enregistrer ce dossier sans phrase secrète&#x202f;? Quiconque obtient le fichier pourra alors tout en lire.</translation>
    </message>
    <message>
        <source>Type the passphrase of this case.</source>
        <translation>Saisissez la phrase secrète de ce dossier.</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Phrase secrète erronée</translation>
    </message>
    <message>
        <source>That is not the passphrase of this case. Nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase secrète de ce dossier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is protected. Copies sent or saved before stay readable by anyone.</source>
        <translation>{name} est protégé. Les copies envoyées ou enregistrées auparavant restent lisibles par tous.</translation>
    </message>
    <message>
        <source>{name} is no longer protected.</source>
        <translation>{name} n&apos;est plus protégé.</translation>
    </message>
    <message>
        <source>Unprotected backups</source>
        <translation>Sauvegardes non protégées</translation>
    </message>
    <message>
        <source>These upgrade backups of the case are not protected and can be read by anyone:
{names}

Delete them? Copies already sent or saved elsewhere stay readable.</source>
        <translation>Ces sauvegardes de mise à niveau du dossier ne sont pas protégées et sont lisibles par tous&#xa0;:
{names}

Les supprimer&#x202f;? Les copies déjà envoyées ou enregistrées ailleurs restent lisibles.</translation>
    </message>
    <message>
        <source>Backup not deleted</source>
        <translation>Sauvegarde non supprimée</translation>
    </message>
    <message>
        <source>{name} could not be deleted ({reason}).</source>
        <translation>{name} n&apos;a pas pu être supprimé ({reason}).</translation>
    </message>
    <message>
        <source>Move between the navigation and the page</source>
        <translation>Passer de la navigation à la page</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Lists and tables</source>
        <translation>Listes et tableaux</translation>
    </message>
    <message>
        <source>Edit the selected row</source>
        <translation>Modifier la ligne choisie</translation>
    </message>
    <message>
        <source>Enter or F2</source>
        <translation>Entrée ou F2</translation>
    </message>
    <message>
        <source>Delete the selected row</source>
        <translation>Supprimer la ligne choisie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Text fields</source>
        <translation>Champs de texte</translation>
    </message>
    <message>
        <source>Save the text of a multi-line field</source>
        <translation>Enregistrer le texte d&apos;un champ de plusieurs lignes</translation>
    </message>
    <message>
        <source>Ctrl+Enter or leave the field</source>
        <translation>Ctrl+Entrée, ou quitter le champ</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Move the selected objective up or down</source>
        <translation>Monter ou descendre l&apos;objectif choisi</translation>
    </message>
    <message>
        <source>Ctrl+Up, Ctrl+Down</source>
        <translation>Ctrl+Haut, Ctrl+Bas</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <source>Judge the selected indicator present, absent or unknown</source>
        <translation>Juger l&apos;indicateur choisi présent, absent ou inconnu</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Choose another answer</source>
        <translation>Choisir une autre réponse</translation>
    </message>
    <message>
        <source>Arrow keys in the answers</source>
        <translation>Touches fléchées dans les réponses</translation>
    </message>
    <message>
        <source>{name} is no longer open elsewhere: you can edit it here.</source>
        <translation>{name} n&apos;est plus ouvert ailleurs&#xa0;: vous pouvez le modifier ici.</translation>
    </message>
</context>
<context>
    <name>MemoPage</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Situation &amp;now</source>
        <translation>Situation &amp;actuelle</translation>
    </message>
    <message>
        <source>Decision re&amp;quested</source>
        <translation>Décision &amp;demandée</translation>
    </message>
    <message>
        <source>Mee&amp;ting</source>
        <translation>&amp;Réunion</translation>
    </message>
    <message>
        <source>Meeting &amp;date</source>
        <translation>Da&amp;te de la réunion</translation>
    </message>
    <message>
        <source>A draft made from the recorded options: the memo prints it and says it is a draft. Edit it to make it yours; empty it to get the draft back.</source>
        <translation>Un brouillon tiré des options consignées&#xa0;: la note l&apos;imprime en précisant qu&apos;il s&apos;agit d&apos;un brouillon. Modifiez-le pour vous l&apos;approprier&#x202f;; videz-le pour retrouver le brouillon.</translation>
    </message>
    <message>
        <source>Your bottom line, printed at the top of the memo. Empty it to print a draft made from the options.</source>
        <translation>Votre conclusion, imprimée en tête de la note. Videz-la pour imprimer un brouillon tiré des options.</translation>
    </message>
    <message>
        <source>The memo could not be written</source>
        <translation>La note n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>The memo could not be made</source>
        <translation>La note n&apos;a pas pu être produite</translation>
    </message>
    <message>
        <source>Options memo</source>
        <translation>Note d&apos;options</translation>
    </message>
    <message>
        <source>The memo a planner takes into the meeting: marking on every page, the bottom line up front, the situation, the aim, the options with what the evidence says about each, what to monitor, and the caveats of the evidence. It is built from the latest revision.</source>
        <translation>La note qu&apos;un planificateur emporte en réunion&#xa0;: la mention de classification sur chaque page, la conclusion en tête, la situation, le but, les options avec ce qu&apos;en disent les données, ce qu&apos;il faut suivre et les réserves des données. Elle est tirée de la dernière révision.</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Include {status} options</source>
        <translation>Inclure les options au statut «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Marking printed at the top and bottom of every page</source>
        <translation>Mention imprimée en haut et en bas de chaque page</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page. Defaults to the case&apos;s marking.</source>
        <translation>Imprimée en haut et en bas de chaque page. Par défaut, la mention du dossier.</translation>
    </message>
    <message>
        <source>Case marking</source>
        <translation>Mention du dossier</translation>
    </message>
    <message>
        <source>Use the case&apos;s marking</source>
        <translation>Utiliser la mention du dossier</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Mention&#xa0;:</translation>
    </message>
    <message>
        <source>Include the annex (evidence and full tables)</source>
        <translation>Inclure l&apos;annexe (données et tableaux complets)</translation>
    </message>
    <message>
        <source>Include the annex after the body</source>
        <translation>Inclure l&apos;annexe après le corps</translation>
    </message>
    <message>
        <source>Annex:</source>
        <translation>Annexe&#xa0;:</translation>
    </message>
    <message>
        <source>Language of the memo</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <source>The window&apos;s language</source>
        <translation>La langue de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Bottom line up front</source>
        <translation>Conclusion en tête</translation>
    </message>
    <message>
        <source>&amp;Draft from recommended options</source>
        <translation>&amp;Brouillon tiré des options recommandées</translation>
    </message>
    <message>
        <source>Draft the bottom line from the recommended options</source>
        <translation>Rédiger la conclusion à partir des options recommandées</translation>
    </message>
    <message>
        <source>Replace the text with a draft made from the recorded options (Edit &gt; Undo restores it)</source>
        <translation>Remplacer le texte par un brouillon tiré des options consignées (Édition &gt; Annuler le rétablit)</translation>
    </message>
    <message>
        <source>E&amp;xport memo…</source>
        <translation>E&amp;xporter la note…</translation>
    </message>
    <message>
        <source>Export the memo as PDF</source>
        <translation>Exporter la note en PDF</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Preview the memo without saving it</source>
        <translation>Voir un aperçu de la note sans l&apos;enregistrer</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Open with system viewer</source>
        <translation>&amp;Ouvrir avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Open the exported memo with the system&apos;s PDF viewer</source>
        <translation>Ouvrir la note exportée avec la visionneuse PDF du système</translation>
    </message>
    <message>
        <source>Decision box (page 1 of the memo)</source>
        <translation>Encadré de décision (page 1 de la note)</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}&#xa0;:</translation>
    </message>
    <message>
        <source>The date of the meeting, written year-month-day</source>
        <translation>La date de la réunion, écrite année-mois-jour</translation>
    </message>
    <message>
        <source>Preview of the memo</source>
        <translation>Aperçu de la note</translation>
    </message>
    <message>
        <source>Preview the memo (nothing is saved) or export it to see it here.</source>
        <translation>Affichez un aperçu de la note (rien n&apos;est enregistré) ou exportez-la pour la voir ici.</translation>
    </message>
    <message>
        <source>Preview of the exported memo</source>
        <translation>Aperçu de la note exportée</translation>
    </message>
    <message>
        <source>The bottom line up front: what you recommend, and why.</source>
        <translation>La conclusion en tête&#xa0;: ce que vous recommandez, et pourquoi.</translation>
    </message>
    <message>
        <source>{case} - decision memo.pdf</source>
        <translation>{case} - note de décision.pdf</translation>
    </message>
    <message>
        <source>Export the decision memo</source>
        <translation>Exporter la note de décision</translation>
    </message>
    <message>
        <source>The memo builder is missing</source>
        <translation>Le générateur de notes est absent</translation>
    </message>
    <message>
        <source>This copy of Atrocity Desk cannot build memos.</source>
        <translation>Cette copie d&apos;Atrocity Desk ne peut pas produire de notes.</translation>
    </message>
    <message>
        <source>Exporting the memo to {path}…</source>
        <translation>Export de la note vers {path}…</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The memo of {case} was saved to {path}.</source>
        <translation>La note de {case} a été enregistrée dans {path}.</translation>
    </message>
    <message>
        <source>Memo saved to {path}</source>
        <translation>Note enregistrée dans {path}</translation>
    </message>
    <message>
        <source>The Word memo was saved. Open it with the system&apos;s word processor to see it.</source>
        <translation>La note Word a été enregistrée. Ouvrez-la avec le traitement de texte du système pour la voir.</translation>
    </message>
    <message>
        <source>The memo was saved, but it cannot be previewed here. Open it with the system viewer.</source>
        <translation>La note a été enregistrée, mais son aperçu ne peut pas être affiché ici. Ouvrez-la avec la visionneuse du système.</translation>
    </message>
    <message>
        <source>Preview of the memo as it would be exported now (not saved).</source>
        <translation>Aperçu de la note telle qu&apos;elle serait exportée maintenant (non enregistrée).</translation>
    </message>
    <message>
        <source>The preview could not be shown. Export the memo and open it with the system viewer.</source>
        <translation>L&apos;aperçu n&apos;a pas pu être affiché. Exportez la note et ouvrez-la avec la visionneuse du système.</translation>
    </message>
</context>
<context>
    <name>NewRevisionDialog</name>
    <message>
        <source>Start a new revision</source>
        <translation>Commencer une nouvelle révision</translation>
    </message>
    <message>
        <source>A new revision starts as a copy of the latest assessment: its answers, actors, aim and decisions. The earlier revisions stay as they are, readable and comparable.</source>
        <translation>Une nouvelle révision commence comme copie de la dernière évaluation&#xa0;: ses réponses, ses acteurs, son but et ses décisions. Les révisions antérieures restent telles quelles, lisibles et comparables.</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>e.g. Reassessment after the ceasefire talks</source>
        <translation>p. ex. Réévaluation après les pourparlers de cessez-le-feu</translation>
    </message>
    <message>
        <source>Label of the revision</source>
        <translation>Libellé de la révision</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Évaluée &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>L&amp;ibellé&#xa0;:</translation>
    </message>
    <message>
        <source>Start revision</source>
        <translation>Commencer la révision</translation>
    </message>
</context>
<context>
    <name>OptionVerdictView</name>
    <message>
        <source>What would change the verdict</source>
        <translation>Ce qui changerait le verdict</translation>
    </message>
    <message>
        <source>What was left out</source>
        <translation>Ce qui a été écarté</translation>
    </message>
    <message>
        <source>This option&apos;s tool family is not one the evidence base knows.</source>
        <translation>La famille d&apos;outils de cette option est inconnue de la base des constats.</translation>
    </message>
    <message>
        <source>This option&apos;s verdict: {verdict}</source>
        <translation>Verdict de cette option&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>No single answer still open would change this verdict.</source>
        <translation>Aucune réponse encore ouverte ne changerait à elle seule ce verdict.</translation>
    </message>
    <message>
        <source>Every finding on this family counts here.</source>
        <translation>Tous les constats sur cette famille comptent ici.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>What the case is about</source>
        <translation>L&apos;objet du dossier</translation>
    </message>
    <message>
        <source>C&amp;ountry or region:</source>
        <translation>&amp;Pays ou région&#xa0;:</translation>
    </message>
    <message>
        <source>Country or region</source>
        <translation>Pays ou région</translation>
    </message>
    <message>
        <source>e.g. Republic of Kessara, Harun province</source>
        <translation>p. ex. République de Kessara, province de Harun</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analyste&#xa0;:</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyste</translation>
    </message>
    <message>
        <source>Who prepares this assessment</source>
        <translation>Qui prépare cette évaluation</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Mention&#xa0;:</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Mention</translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every memo page</source>
        <translation>Imprimée en haut et en bas de chaque page de la note</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Informations du dossier</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>A short account of the situation: who is doing what to whom, since when, and who can act.</source>
        <translation>Un bref exposé de la situation&#xa0;: qui fait quoi à qui, depuis quand, et qui peut agir.</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>&amp;Exposé&#xa0;:</translation>
    </message>
    <message>
        <source>Created and evidence version</source>
        <translation>Création et version des données</translation>
    </message>
    <message>
        <source>Case file:</source>
        <translation>Fichier du dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Decisions at a glance</source>
        <translation>Les décisions d&apos;un coup d&apos;œil</translation>
    </message>
    <message>
        <source>Options by status with their evidence verdicts</source>
        <translation>Options par statut avec le verdict des données</translation>
    </message>
    <message>
        <source>Current assessment</source>
        <translation>Évaluation en cours</translation>
    </message>
    <message>
        <source>Current revision</source>
        <translation>Révision en cours</translation>
    </message>
    <message>
        <source>What the assessment holds</source>
        <translation>Contenu de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Completeness of the checklist</source>
        <translation>Avancement de la liste de contrôle</translation>
    </message>
    <message>
        <source>Risk-factor indicators</source>
        <translation>Indicateurs des facteurs de risque</translation>
    </message>
    <message>
        <source>Unanswered means unknown: it is shown as such and never read as “no”.</source>
        <translation>Sans réponse signifie inconnu&#xa0;: c&apos;est affiché ainsi et jamais lu comme «&#xa0;non&#xa0;».</translation>
    </message>
    <message>
        <source>Risk factors (UN Framework of Analysis)</source>
        <translation>Facteurs de risque (Cadre d&apos;analyse de l&apos;ONU)</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>Risque d&apos;ensemble</translation>
    </message>
    <message>
        <source>Next dated triggers</source>
        <translation>Prochains déclencheurs datés</translation>
    </message>
    <message>
        <source>No marking set</source>
        <translation>Aucune mention fixée</translation>
    </message>
    <message>
        <source>Marking: {marking}</source>
        <translation>Mention&#xa0;: {marking}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>unknown date</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <source>{name}, created {created}; assessed against evidence base {version} (this copy of Atrocity Desk has {ours}).</source>
        <translation>{name}, créé le {created}&#x202f;; évalué avec la base des constats {version} (cette copie d&apos;Atrocity Desk a la {ours}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>sans libellé</translation>
    </message>
    <message>
        <source>Revision {number} of {count}: {label}</source>
        <translation>Révision {number} sur {count}&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Assessed on {date}, by {who}.</source>
        <translation>Évaluée le {date}, par {who}.</translation>
    </message>
    <message>
        <source>Assessed on {date}.</source>
        <translation>Évaluée le {date}.</translation>
    </message>
    <message>
        <source>{options} recorded, {recommended} recommended.</source>
        <translation>{options} consignées, {recommended} recommandées.</translation>
    </message>
    <message>
        <source>Open the decisions</source>
        <translation>Ouvrir les décisions</translation>
    </message>
    <message>
        <source>Nothing left open: every step has an answer.</source>
        <translation>Plus rien en suspens&#xa0;: chaque étape a une réponse.</translation>
    </message>
    <message numerus="yes">
        <source>{answered} of %n answered</source>
        <translation>
            <numerusform>Répondu&#xa0;: {answered} sur %n</numerusform>
            <numerusform>Répondu&#xa0;: {answered} sur %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEntryForm</name>
    <message>
        <source>Add a study and a finding to this case&apos;s own evidence</source>
        <translation>Ajouter une étude et un constat aux données propres de ce dossier</translation>
    </message>
    <message>
        <source>Study key (e.g. smith_2021)</source>
        <translation>Clé de l&apos;étude (p. ex. smith_2021)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Study title</source>
        <translation>Titre de l&apos;étude</translation>
    </message>
    <message>
        <source>Finding id (e.g. smith_2021_local_presence)</source>
        <translation>Identifiant du constat (p. ex. smith_2021_local_presence)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Finding, in your own words</source>
        <translation>Constat, dans vos propres mots</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Outcome measured</source>
        <translation>Résultat mesuré</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>Nature des données</translation>
    </message>
    <message>
        <source>Where in the study</source>
        <translation>Où dans l&apos;étude</translation>
    </message>
    <message>
        <source>Why the entry was not added</source>
        <translation>Pourquoi l&apos;entrée n&apos;a pas été ajoutée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Holds only when</source>
        <translation>Ne vaut que si</translation>
    </message>
    <message>
        <source>— no condition: every situation —</source>
        <translation>— aucune condition&#xa0;: toute situation —</translation>
    </message>
    <message>
        <source>… has the value</source>
        <translation>… a la valeur</translation>
    </message>
    <message>
        <source>How the finding depends on it</source>
        <translation>Comment le constat en dépend</translation>
    </message>
    <message>
        <source>Why the condition matters</source>
        <translation>Pourquoi la condition compte</translation>
    </message>
    <message>
        <source>The new entry</source>
        <translation>La nouvelle entrée</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Actors and groups</source>
        <translation>Acteurs et groupes</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>But</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Toolbox</source>
        <translation>Boîte à outils</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, à nouveau</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Une phrase secrète compte au moins %n caractère.</numerusform>
            <numerusform>Une phrase secrète compte au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Problem with this entry</source>
        <translation>Problème dans cette saisie</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>“{0}” is needed.</source>
        <translation>«&#xa0;{0}&#xa0;» est nécessaire.</translation>
    </message>
    <message>
        <source>“{0}” is not a date: write it as YYYY-MM-DD, e.g. 2027-02-14.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ, p. ex. 2027-02-14.</translation>
    </message>
</context>
<context>
    <name>RevisionsPage</name>
    <message>
        <source>Assessment revisions</source>
        <translation>Révisions de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Reassess the case later in a new revision: it starts as a copy of the latest one. Only the latest revision can be edited; earlier ones stay as they were, readable and comparable.</source>
        <translation>Réévaluez le dossier plus tard dans une nouvelle révision&#xa0;: elle commence comme copie de la dernière. Seule la dernière révision se modifie&#x202f;; les précédentes restent telles quelles, lisibles et comparables.</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>&amp;Start new revision…</source>
        <translation>&amp;Commencer une nouvelle révision…</translation>
    </message>
    <message>
        <source>Start new revision</source>
        <translation>Commencer une nouvelle révision</translation>
    </message>
    <message>
        <source>Comparison and audit log</source>
        <translation>Comparaison et journal des modifications</translation>
    </message>
    <message>
        <source>&amp;Compare revisions</source>
        <translation>&amp;Comparer les révisions</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal des modifications</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Comparer depuis la révision</translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation>Comparer avec la révision</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Résumé des changements</translation>
    </message>
    <message>
        <source>Changes between the revisions</source>
        <translation>Changements entre les révisions</translation>
    </message>
    <message>
        <source>Every change to the case, newest first: when (UTC), who, what, and the values before and after.</source>
        <translation>Chaque modification du dossier, la plus récente d&apos;abord&#xa0;: quand (UTC), qui, quoi, et les valeurs avant et après.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>Select an entry to read its values before and after.</source>
        <translation>Choisissez une entrée pour lire ses valeurs avant et après.</translation>
    </message>
    <message>
        <source>Values before and after the selected change</source>
        <translation>Valeurs avant et après la modification choisie</translation>
    </message>
    <message>
        <source>Choose two different revisions to see what changed.</source>
        <translation>Choisissez deux révisions différentes pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>No differences: the two revisions hold the same judgments, decisions, actors and aim.</source>
        <translation>Aucune différence&#xa0;: les deux révisions contiennent les mêmes jugements, décisions, acteurs et but.</translation>
    </message>
    <message numerus="yes">
        <source>%n judgment(s) changed</source>
        <translation>
            <numerusform>%n jugement modifié</numerusform>
            <numerusform>%n jugements modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) changed</source>
        <translation>
            <numerusform>%n décision modifiée</numerusform>
            <numerusform>%n décisions modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n autre changement</numerusform>
            <numerusform>%n autres changements</numerusform>
        </translation>
    </message>
    <message>
        <source>Case is open read-only</source>
        <translation>Dossier ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Started revision {number}. Earlier revisions are kept as they were.</source>
        <translation>Révision {number} commencée. Les révisions antérieures sont gardées telles quelles.</translation>
    </message>
</context>
<context>
    <name>RiskFactorsPage</name>
    <message>
        <source>genocide</source>
        <translation>génocide</translation>
    </message>
    <message>
        <source>crimes against humanity</source>
        <translation>crimes contre l&apos;humanité</translation>
    </message>
    <message>
        <source>war crimes</source>
        <translation>crimes de guerre</translation>
    </message>
    <message>
        <source>Overall reading of the risk factors</source>
        <translation>Lecture d&apos;ensemble des facteurs de risque</translation>
    </message>
    <message>
        <source>The fourteen risk factors of the UN Framework of Analysis for Atrocity Crimes (2014), in this project&apos;s words. Judge each indicator present, absent or unknown; an indicator not judged stays unknown.</source>
        <translation>Les quatorze facteurs de risque du Cadre d&apos;analyse des atrocités criminelles de l&apos;ONU (2014), dans les mots de ce projet. Jugez chaque indicateur présent, absent ou inconnu&#x202f;; un indicateur non jugé reste inconnu.</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Facteurs de risque</translation>
    </message>
    <message>
        <source>Description of the risk factor</source>
        <translation>Description du facteur de risque</translation>
    </message>
    <message>
        <source>Indicators of the risk factor</source>
        <translation>Indicateurs du facteur de risque</translation>
    </message>
    <message>
        <source>P present, A absent, U unknown; F2 or Enter edits the cell</source>
        <translation>P présent, A absent, U inconnu&#x202f;; F2 ou Entrée modifie la cellule</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Keys: P present · A absent · U unknown · F2 or Enter to edit a cell (confidence, note).</source>
        <translation>Touches&#xa0;: P présent · A absent · U inconnu · F2 ou Entrée pour modifier une cellule (confiance, remarque).</translation>
    </message>
    <message>
        <source>Overall: {risk}</source>
        <translation>Ensemble&#xa0;: {risk}</translation>
    </message>
    <message>
        <source>Common risk factor</source>
        <translation>Facteur de risque commun</translation>
    </message>
    <message>
        <source>Specific risk factor</source>
        <translation>Facteur de risque spécifique</translation>
    </message>
</context>
<context>
    <name>RiskOffer</name>
    <message>
        <source>Early Warning Project estimate for the country</source>
        <translation>Estimation de l&apos;Early Warning Project pour le pays</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{name}: could not be kept ({reason}).</source>
        <translation>{name}&#xa0;: n&apos;a pas pu être conservé ({reason}).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command is also in the menus (F10 or Alt opens the menu bar).</source>
        <translation>Chaque commande figure aussi dans les menus (F10 ou Alt ouvre la barre de menus).</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>Unknown — not yet judged</source>
        <translation>Inconnu — pas encore jugé</translation>
    </message>
    <message>
        <source>Situation factors</source>
        <translation>Facteurs de situation</translation>
    </message>
    <message>
        <source>Factors by group with their answers; choose one to answer it</source>
        <translation>Facteurs par groupe avec leurs réponses&#x202f;; choisissez-en un pour y répondre</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Why this factor matters</source>
        <translation>Pourquoi ce facteur compte</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>Confidence in this answer</source>
        <translation>Confiance dans cette réponse</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confiance&#xa0;:</translation>
    </message>
    <message>
        <source>Source of this answer</source>
        <translation>Source de cette réponse</translation>
    </message>
    <message>
        <source>Where the judgment comes from: report, dataset, contact</source>
        <translation>D&apos;où vient le jugement&#xa0;: rapport, jeu de données, contact</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Note on this answer</source>
        <translation>Remarque sur cette réponse</translation>
    </message>
    <message>
        <source>Your reasoning, doubts, what would change the answer</source>
        <translation>Votre raisonnement, vos doutes, ce qui changerait la réponse</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque&#xa0;:</translation>
    </message>
    <message>
        <source>When the answer was last changed</source>
        <translation>Dernière modification de la réponse</translation>
    </message>
    <message>
        <source>Findings that use this factor</source>
        <translation>Constats qui utilisent ce facteur</translation>
    </message>
    <message>
        <source>F&amp;indings that use this factor ({count})…</source>
        <translation>Co&amp;nstats qui utilisent ce facteur ({count})…</translation>
    </message>
    <message>
        <source>Not answered yet: unknown.</source>
        <translation>Pas encore de réponse&#xa0;: inconnu.</translation>
    </message>
    <message>
        <source>Last changed {when} (UTC).</source>
        <translation>Dernière modification&#xa0;: {when} (UTC).</translation>
    </message>
</context>
<context>
    <name>StrategyModels</name>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>No option chosen</source>
        <translation>Aucune option choisie</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non fixé</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>How the options combine: in phases, each with the observable events that would make you escalate or scale back; what happens with no new action; the assumptions the plan rests on; the plausible atrocity scenarios; and the calendar of dated triggers.</source>
        <translation>Comment les options se combinent&#xa0;: par phases, chacune avec les événements observables qui feraient monter ou réduire la réponse&#x202f;; ce qui se passe sans nouvelle action&#x202f;; les hypothèses sur lesquelles repose le plan&#x202f;; les scénarios d&apos;atrocités plausibles&#x202f;; et le calendrier des déclencheurs datés.</translation>
    </message>
    <message>
        <source>Parts of the strategy</source>
        <translation>Volets de la stratégie</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phases: now, if the situation worsens, later. Select a phase and add its decision points: each an event you could observe and the response it triggers.</source>
        <translation>Phases&#xa0;: maintenant, si la situation s&apos;aggrave, plus tard. Choisissez une phase et ajoutez ses points de décision&#xa0;: chacun un événement observable et la réponse qu&apos;il déclenche.</translation>
    </message>
    <message>
        <source>Add decision &amp;point…</source>
        <translation>Ajouter un &amp;point de décision…</translation>
    </message>
    <message>
        <source>Add a decision point to the selected phase</source>
        <translation>Ajouter un point de décision à la phase choisie</translation>
    </message>
    <message>
        <source>No new action</source>
        <translation>Aucune nouvelle action</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Key assumptions (host-state consent, the perpetrators&apos; likely response, partners&apos; support): what would prove each wrong, and the indicator that would show it.</source>
        <translation>Hypothèses clés (consentement de l&apos;État hôte, réaction probable des auteurs, soutien des partenaires)&#xa0;: ce qui démentirait chacune, et l&apos;indicateur qui le montrerait.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Plausible atrocity scenarios, at least the most likely and the most dangerous, each with its warning signs.</source>
        <translation>Scénarios d&apos;atrocités plausibles, au moins le plus probable et le plus dangereux, chacun avec ses signes avant-coureurs.</translation>
    </message>
    <message>
        <source>Trigger calendar</source>
        <translation>Calendrier des déclencheurs</translation>
    </message>
    <message>
        <source>Dated triggers (elections, anniversaries, verdicts, the end of a mandate) and whether each is upcoming, happened or passed quietly. The next ones show on the Overview.</source>
        <translation>Déclencheurs datés (élections, anniversaires, jugements, fin d&apos;un mandat) et pour chacun s&apos;il est à venir, survenu ou passé sans incident. Les prochains figurent dans la Vue d&apos;ensemble.</translation>
    </message>
    <message>
        <source>Coalition and exit</source>
        <translation>Coalition et sortie</translation>
    </message>
    <message>
        <source>Measures of success</source>
        <translation>Mesures du succès</translation>
    </message>
    <message>
        <source>What success looks like for each objective of the Aim page.</source>
        <translation>À quoi ressemble le succès pour chaque objectif de la page But.</translation>
    </message>
    <message>
        <source>Legal basis and consent</source>
        <translation>Base juridique et consentement</translation>
    </message>
    <message>
        <source>The legal basis each option rests on, and whose consent it needs.</source>
        <translation>La base juridique de chaque option, et le consentement qu&apos;elle requiert.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>What is likely if nothing more is done: the risks and costs of inaction. It is judged like any option and shown as the first column of the Decisions grid.</source>
        <translation>Ce qui est probable si rien de plus n&apos;est fait&#xa0;: les risques et les coûts de l&apos;inaction. Elle est jugée comme toute option et figure en première colonne de la grille des Décisions.</translation>
    </message>
    <message>
        <source>No new action: what is likely</source>
        <translation>Aucune nouvelle action&#xa0;: ce qui est probable</translation>
    </message>
    <message>
        <source>Judgments of no new action</source>
        <translation>Jugements de l&apos;absence de nouvelle action</translation>
    </message>
    <message>
        <source>Rating: {0}</source>
        <translation>Appréciation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reason: {0}</source>
        <translation>Raison&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Coalition</source>
        <translation>Coalition</translation>
    </message>
    <message>
        <source>The coalition to build: whom, through which forum.</source>
        <translation>La coalition à bâtir&#xa0;: avec qui, par quelle enceinte.</translation>
    </message>
    <message>
        <source>Transition and exit</source>
        <translation>Transition et sortie</translation>
    </message>
    <message>
        <source>When to scale back or end the response, and to whom it hands over.</source>
        <translation>Quand réduire ou terminer la réponse, et à qui elle passe le relais.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Options used:</source>
        <translation>&amp;Options employées&#xa0;:</translation>
    </message>
    <message>
        <source>Observable &amp;event:</source>
        <translation>Év&amp;énement observable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Response it triggers:</source>
        <translation>&amp;Réponse qu&apos;il déclenche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Select the phase the decision point belongs to.</source>
        <translation>Choisissez la phase à laquelle appartient le point de décision.</translation>
    </message>
    <message>
        <source>Add decision point</source>
        <translation>Ajouter un point de décision</translation>
    </message>
    <message>
        <source>&amp;Assumption:</source>
        <translation>&amp;Hypothèse&#xa0;:</translation>
    </message>
    <message>
        <source>What would &amp;prove it wrong:</source>
        <translation>Ce qui la &amp;démentirait&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Indicator to watch:</source>
        <translation>&amp;Indicateur à surveiller&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happens:</source>
        <translation>&amp;Ce qui se passe&#xa0;:</translation>
    </message>
    <message>
        <source>Warning &amp;signs:</source>
        <translation>&amp;Signes avant-coureurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>Dé&amp;clencheur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Re&amp;marque&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Deleted. Edit &gt; Undo brings it back.</source>
        <translation>Supprimé. Édition &gt; Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Measure of success</source>
        <translation>Mesure du succès</translation>
    </message>
    <message>
        <source>What &amp;success looks like:</source>
        <translation>À quoi ressemble le &amp;succès&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Base juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Consent needed:</source>
        <translation>&amp;Consentement requis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ToolboxModel</name>
    <message>
        <source>Not reviewed by the paper</source>
        <translation>Non examinés par le document</translation>
    </message>
    <message>
        <source>{category} tools</source>
        <translation>Outils — {category}</translation>
    </message>
    <message>
        <source>(Table {table})</source>
        <translation>(tableau {table})</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdict&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Acts on: {targets}.</source>
        <translation>Agit sur&#xa0;: {targets}.</translation>
    </message>
    <message>
        <source>Tools listed in the paper&apos;s tables for which it reviews no study.</source>
        <translation>Outils figurant dans les tableaux du document, qui n&apos;en examine aucune étude.</translation>
    </message>
</context>
<context>
    <name>ToolboxPage</name>
    <message>
        <source>Not reviewed: the paper reviews no study of this tool.</source>
        <translation>Non examiné&#xa0;: le document n&apos;examine aucune étude de cet outil.</translation>
    </message>
    <message>
        <source>Toolbox and evidence</source>
        <translation>Boîte à outils et données</translation>
    </message>
    <message>
        <source>The paper&apos;s central caution</source>
        <translation>La mise en garde centrale du document</translation>
    </message>
    <message>
        <source>Search tools and families</source>
        <translation>Rechercher des outils et des familles</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Filter by mode</source>
        <translation>Filtrer par mode</translation>
    </message>
    <message>
        <source>All modes</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <source>Filter by verdict</source>
        <translation>Filtrer par verdict</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Tous les verdicts</translation>
    </message>
    <message>
        <source>Tools by category and family</source>
        <translation>Outils par catégorie et par famille</translation>
    </message>
    <message>
        <source>Number of tools shown</source>
        <translation>Nombre d&apos;outils affichés</translation>
    </message>
    <message>
        <source>Selected tool or family</source>
        <translation>Outil ou famille choisi</translation>
    </message>
    <message>
        <source>&amp;Add to decisions</source>
        <translation>&amp;Ajouter aux décisions</translation>
    </message>
    <message>
        <source>Add to decisions</source>
        <translation>Ajouter aux décisions</translation>
    </message>
    <message>
        <source>Record this tool as an option on the Decisions page (status: considered)</source>
        <translation>Consigner cet outil comme option dans la page Décisions (statut&#xa0;: envisagée)</translation>
    </message>
    <message>
        <source>Family of the tool</source>
        <translation>Famille de l&apos;outil</translation>
    </message>
    <message>
        <source>Summary of the verdict</source>
        <translation>Résumé du verdict</translation>
    </message>
    <message>
        <source>What the evidence says</source>
        <translation>Ce que disent les données</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n tools shown</source>
        <translation>
            <numerusform>Outils affichés&#xa0;: {shown} sur %n</numerusform>
            <numerusform>Outils affichés&#xa0;: {shown} sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tools</source>
        <translation>
            <numerusform>%n outil</numerusform>
            <numerusform>%n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a tool or family</source>
        <translation>Choisissez un outil ou une famille</translation>
    </message>
    <message>
        <source>Choose a tool or a family on the left to see what the reviewed studies found, how this case meets the conditions those findings depend on, and what is still unknown.</source>
        <translation>Choisissez un outil ou une famille à gauche pour voir ce qu&apos;ont constaté les études examinées, comment ce dossier remplit les conditions dont ces constats dépendent, et ce qui reste inconnu.</translation>
    </message>
    <message>
        <source>{category} tools the paper does not review</source>
        <translation>Outils — {category} — que le document n&apos;examine pas</translation>
    </message>
    <message>
        <source>The paper lists these tools but reviews no study of them: the evidence says nothing either way.</source>
        <translation>Le document cite ces outils mais n&apos;en examine aucune étude&#xa0;: les données ne disent rien, ni dans un sens ni dans l&apos;autre.</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>{category} tools</source>
        <translation>Outils — {category}</translation>
    </message>
    <message>
        <source>What the paper concludes about this kind of tool overall</source>
        <translation>Ce que le document conclut sur ce type d&apos;outil dans l&apos;ensemble</translation>
    </message>
    <message>
        <source>Studies: {studies}</source>
        <translation>Études&#xa0;: {studies}</translation>
    </message>
    <message>
        <source>acts on {targets} · the paper&apos;s Table {table}</source>
        <translation>agit sur {targets} · tableau {table} du document</translation>
    </message>
    <message>
        <source>No family: the paper reviews no study of this tool.</source>
        <translation>Aucune famille&#xa0;: le document n&apos;examine aucune étude de cet outil.</translation>
    </message>
    <message>
        <source>You may still record it in your decisions, under a reviewed family it resembles, but no finding of the evidence base speaks to it.</source>
        <translation>Vous pouvez tout de même le consigner dans vos décisions, sous une famille examinée qui lui ressemble, mais aucun constat de la base ne le concerne.</translation>
    </message>
    <message>
        <source>Family: &lt;b&gt;{family}&lt;/b&gt; — evidence verdict for this case</source>
        <translation>Famille&#xa0;: &lt;b&gt;{family}&lt;/b&gt; — verdict des données pour ce dossier</translation>
    </message>
    <message>
        <source>Evidence verdict for this case</source>
        <translation>Verdict des données pour ce dossier</translation>
    </message>
    <message>
        <source>The paper&apos;s own judgement (ceiling)</source>
        <translation>Le jugement propre du document (plafond)</translation>
    </message>
    <message>
        <source>Tools in this family</source>
        <translation>Outils de cette famille</translation>
    </message>
    <message>
        <source>The paper&apos;s tables list no tool of this family.</source>
        <translation>Les tableaux du document ne citent aucun outil de cette famille.</translation>
    </message>
    <message>
        <source>How to read this</source>
        <translation>Comment lire ceci</translation>
    </message>
    <message>
        <source>Already in your decisions: {options}</source>
        <translation>Déjà dans vos décisions&#xa0;: {options}</translation>
    </message>
    <message>
        <source>Already in your decisions</source>
        <translation>Déjà dans vos décisions</translation>
    </message>
    <message>
        <source>What the studies found, read against this case</source>
        <translation>Ce qu&apos;ont constaté les études, lu au regard de ce dossier</translation>
    </message>
    <message>
        <source>No finding of the reviewed studies concerns situations like this one.</source>
        <translation>Aucun constat des études examinées ne concerne des situations comme celle-ci.</translation>
    </message>
    <message>
        <source>{badge} finding</source>
        <translation>Constat {badge}</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>{finding}: {statement}</source>
        <translation>{finding}&#xa0;: {statement}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Studies:&lt;/i&gt; {studies}</source>
        <translation>&lt;i&gt;Études&#xa0;:&lt;/i&gt; {studies}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Reading:&lt;/i&gt; {reading}</source>
        <translation>&lt;i&gt;Lecture&#xa0;:&lt;/i&gt; {reading}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Answered with low confidence:&lt;/i&gt; {factors}</source>
        <translation>&lt;i&gt;Réponses de faible confiance&#xa0;:&lt;/i&gt; {factors}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Caveat:&lt;/i&gt; {caveat}</source>
        <translation>&lt;i&gt;Réserve&#xa0;:&lt;/i&gt; {caveat}</translation>
    </message>
    <message>
        <source>Risks and side effects the evidence names for this case</source>
        <translation>Risques et effets secondaires que les données signalent pour ce dossier</translation>
    </message>
    <message>
        <source>Risks and side effects</source>
        <translation>Risques et effets secondaires</translation>
    </message>
    <message>
        <source>What would change it, and what was left out</source>
        <translation>Ce qui le changerait, et ce qui a été écarté</translation>
    </message>
    <message>
        <source>Unknown here: answering these would sharpen the reading</source>
        <translation>Inconnu ici&#xa0;: y répondre préciserait la lecture</translation>
    </message>
    <message>
        <source>Answer this</source>
        <translation>Y répondre</translation>
    </message>
    <message>
        <source>Answer this: {factor}</source>
        <translation>Y répondre&#xa0;: {factor}</translation>
    </message>
    <message>
        <source>Go to this factor on the Situation page</source>
        <translation>Aller à ce facteur dans la page Situation</translation>
    </message>
    <message>
        <source>How an option of this kind is designed</source>
        <translation>Comment une option de ce type est conçue</translation>
    </message>
    <message>
        <source>The reading also depends on how the tool is used: {properties}. These belong to each option; answer them for an option on the Decisions page.</source>
        <translation>La lecture dépend aussi de la manière d&apos;employer l&apos;outil&#xa0;: {properties}. Ces points relèvent de chaque option&#x202f;; répondez-y pour une option dans la page Décisions.</translation>
    </message>
    <message>
        <source>Go to the options</source>
        <translation>Aller aux options</translation>
    </message>
    <message>
        <source>Go to the options on the Decisions page, where their design is answered</source>
        <translation>Aller aux options dans la page Décisions, où l&apos;on répond sur leur conception</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Atrocity Desk met an error it did not expect, so your last action may not have finished. Every edit made before it is saved in the case file. If it happens again, please report what you were doing (the error details were written to the program&apos;s log, without any case content).</source>
        <translation>Atrocity Desk a rencontré une erreur imprévue&#xa0;: votre dernière action n&apos;a peut-être pas abouti. Chaque modification faite avant est enregistrée dans le fichier du dossier. Si cela se reproduit, merci de signaler ce que vous faisiez (le détail de l&apos;erreur a été écrit dans le journal du programme, sans aucun contenu du dossier).</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Write a clean copy now?</source>
        <translation>Écrire une copie propre maintenant&#x202f;?</translation>
    </message>
    <message>
        <source>Cross-cutting</source>
        <translation>Transversal</translation>
    </message>
    <message>
        <source>outcome: {outcome}</source>
        <translation>résultat&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Caveat:&lt;/i&gt; {caveat}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Réserve&#xa0;:&lt;/i&gt; {caveat}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Studies: {studies}&lt;br&gt;Paper: {section}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Études&#xa0;: {studies}&lt;br&gt;Document&#xa0;: {section}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;About the evidence&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;À propos des données&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; {source}&lt;br&gt;&lt;b&gt;Evidence-base version:&lt;/b&gt; {version}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Source&#xa0;:&lt;/b&gt; {source}&lt;br&gt;&lt;b&gt;Version de la base des constats&#xa0;:&lt;/b&gt; {version}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The evidence base encodes, in this project&apos;s own words, the findings of the studies the paper reviews: {findings} findings from {studies} studies on {families} families of tools. Each finding carries the conditions under which it holds; the evidence fit matches them against the situation factors you answered, and shows why. It never scores or ranks options.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La base des constats reprend, dans les mots de ce projet, les constats des études qu&apos;examine le document&#xa0;: {findings} constats tirés de {studies} études sur {families} familles d&apos;outils. Chaque constat porte les conditions dans lesquelles il vaut&#x202f;; la lecture des données les confronte aux facteurs de situation auxquels vous avez répondu, et montre pourquoi. Elle ne note ni ne classe jamais les options.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Read every verdict with the paper&apos;s caveats:&lt;/b&gt; a tool works only as well as the political strategy it serves; most evidence is correlational; the data only count what is visible.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lisez chaque verdict avec les réserves du document&#xa0;:&lt;/b&gt; un outil ne vaut que ce que vaut la stratégie politique qu&apos;il sert&#x202f;; l&apos;essentiel des données est corrélationnel&#x202f;; les données ne comptent que ce qui est visible.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Method and caveats of the paper&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Méthode et réserves du document&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Studies: {studies}&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Études&#xa0;: {studies}&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Overall conclusions by kind of tool&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Conclusions d&apos;ensemble par type d&apos;outil&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;{category} tools&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Outils — {category}&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assess a mass-atrocity situation with a checklist, weigh the anti-atrocity toolbox against the research evidence, record decisions and export an options memo.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Évaluez une situation d&apos;atrocités de masse à l&apos;aide d&apos;une liste de contrôle, confrontez la boîte à outils contre les atrocités aux données de la recherche, consignez les décisions et exportez une note d&apos;options.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Evidence base: {source} (version {version}).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Base des constats&#xa0;: {source} (version {version}).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Works offline. Every change is saved to the case file as you make it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fonctionne hors ligne. Chaque modification est enregistrée dans le fichier du dossier dès que vous la faites.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Atrocity Desk</source>
        <translation>À propos d&apos;Atrocity Desk</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <source>{name} is protected with a passphrase. Type it to open the case.</source>
        <translation>{name} est protégé par une phrase secrète. Saisissez-la pour ouvrir le dossier.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>Tries left: %n.</source>
        <translation>
            <numerusform>Essai restant&#xa0;: %n.</numerusform>
            <numerusform>Essais restants&#xa0;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>revisions</name>
    <message>
        <source>No field changed.</source>
        <translation>Aucun champ modifié.</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
</context>
<context>
    <name>risk_factors</name>
    <message>
        <source>{present} present, {absent} absent, {unknown} unknown</source>
        <translation>{present} présent(s), {absent} absent(s), {unknown} inconnu(s)</translation>
    </message>
</context>
</TS>
