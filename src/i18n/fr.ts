import type { Catalog } from './catalog-types.js';
import type { MessageKey } from './en.js';

/** The French message catalog: every key of the English catalog (en.ts), each with its French text. */
export const fr: Catalog<MessageKey> = {
  // Shared by every report
  'layout.skipLink': 'Aller au rapport',
  'layout.generatedBy': 'Produit par {generator} à partir de la liste de contrôle {id} {version} ({digest}).',
  'layout.selfContained': 'Ce fichier est autonome : il ne charge rien depuis le réseau.',
  'common.contents': 'Table des matières',
  'common.none': 'Aucun.',
  'common.warningLabel': 'Avertissement :',
  'common.noteLabel': 'Remarque :',
  'common.checklist': 'Liste de contrôle',
  'common.checklistVersion': '{id}, version {version}',
  'common.country': 'Pays',
  'common.organization': 'Organisation',
  'common.role': 'Catégorie',
  'common.respondent': 'Répondant',
  'common.date': 'Date',
  'common.coverage': 'Couverture',
  'common.scores': 'Scores',
  'common.methodology': 'Méthodologie',
  'common.sources': 'Sources',
  'common.notes': 'Notes',
  'common.group': 'Groupe',
  'common.total': 'Total',
  'common.pillar': 'Pilier',
  'common.theme': 'Thème',
  'common.section': 'Section',
  'common.actor': 'Acteur',
  'common.score': 'Score',
  'common.band': 'Palier',
  'common.assessed': 'Évaluées',
  'common.weightedGap': 'Lacune pondérée',
  'common.scoresByPillar': 'Scores par pilier',
  'common.scoresByTheme': 'Scores par thème',
  'common.evidence': 'Éléments de preuve',
  'common.evidenceLabel': 'Éléments de preuve :',
  'common.notesLabel': 'Notes :',
  'common.notPublic': 'non public',
  'common.relatedProvisions': 'Dispositions connexes',
  'common.reasonNotApplicable': 'Motif (sans objet)',
  'common.footnoteLink': 'Note {number}',
  'common.footnoteLinkLabelled': 'Note {number} : {label}',
  'common.assessedCount': '{answered} évaluées',
  // Errors in a template, for whoever edits the templates
  'template.logUnavailable': '{helper} n’est pas disponible dans les modèles de rapport',
  'template.eachStreamedList': 'each-streamed attend une liste',
  'template.compilerNotLoaded':
    'un modèle fourni sous forme de texte nécessite le compilateur Handlebars, qui n’a pas été chargé',
  'template.noCompilation': 'le modèle intégré n’a pas été compilé pour {format}',
  'template.markdownNotLoaded':
    'les orientations nécessitent le moteur de rendu Markdown, qui n’a pas été chargé',
  // Report
  'report.summary.heading': 'Résumé',
  'report.summary.overallLabel': 'Score global',
  'report.summary.overallValue': 'Score global : {percent}',
  'gaps.moreTied': {
    one: '… et {count} autre lacune de même priorité que la dernière action (lacune pondérée {gap}).',
    other: '… et {count} autres lacunes de même priorité que la dernière action (lacune pondérée {gap}).',
  },
  'gaps.moreTiedShort': {
    one: '… et {count} autre de même priorité ({gap}) : {cli} report présente toutes les lacunes',
    other: '… et {count} autres de même priorité ({gap}) : {cli} report présente toutes les lacunes',
  },
  'report.noGaps': 'Aucune lacune : chaque question applicable atteint sa cible.',
  'report.heatmap.heading': 'Pilier × thème',
  'report.heatmap.explained':
    'Chaque cellule donne le score des questions d’un pilier qui portent sur un thème ; « – » signifie qu’aucune question n’est applicable. Les valeurs figurent aussi dans les tableaux ci-dessus et dans l’alternative textuelle du graphique.',
  'report.distribution.heading': 'Répartition des réponses',
  'report.distribution.caption': '{title} : nombre de questions',
  'report.scoresByActor': 'Scores par acteur responsable',
  'framework.mnr.1': 'Pilotage',
  'framework.mnr.2': 'Recherche, analyse et suivi',
  'framework.mnr.3': 'Législation',
  'framework.mnr.4': 'Services répressifs spécialisés',
  'framework.mnr.5': 'Magistrature et ministère public',
  'framework.mnr.6': 'Prise en charge des auteurs d’infractions',
  'framework.mnr.7': 'Accès aux bases de données d’images',
  'framework.mnr.8': 'Accompagnement de bout en bout',
  'framework.mnr.9': 'Personnel de la protection de l’enfance',
  'framework.mnr.10': 'Indemnisation, voies de recours et plaintes',
  'framework.mnr.11': 'Ligne d’assistance pour enfants',
  'framework.mnr.12': 'Ligne de signalement des exploitations et abus sexuels d’enfants',
  'framework.mnr.13': 'Programme éducatif',
  'framework.mnr.14': 'Participation des enfants',
  'framework.mnr.15': 'Dispositifs d’aide aux auteurs d’infractions',
  'framework.mnr.16': 'Procédures de retrait de contenus',
  'framework.mnr.17': 'Signalement des exploitations et abus sexuels d’enfants',
  'framework.mnr.18': 'Développement de solutions innovantes',
  'framework.mnr.19': 'Responsabilité sociale des entreprises',
  'framework.mnr.20': 'Traitement médiatique éthique et éclairé',
  'framework.mnr.21': 'Terminologie universelle',
  'framework.crcOpsc.I': 'Introduction',
  'framework.crcOpsc.II': 'Objectifs',
  'framework.crcOpsc.IIIA': 'Mesures d’application générale : législation',
  'framework.crcOpsc.IIIB': 'Mesures d’application générale : recueil de données',
  'framework.crcOpsc.IIIC': 'Mesures d’application générale : politique stratégique globale',
  'framework.crcOpsc.IIID': 'Mesures d’application générale : coordination, suivi et évaluation',
  'framework.crcOpsc.IIIE': 'Mesures d’application générale : allocation de ressources',
  'framework.crcOpsc.IIIF': 'Mesures d’application générale : diffusion d’informations et sensibilisation',
  'framework.crcOpsc.IIIG': 'Mesures d’application générale : formation',
  'framework.crcOpsc.IVA': 'Prévention : mesures générales',
  'framework.crcOpsc.IVB': 'Prévention : voyages et tourisme',
  'framework.crcOpsc.IVC': 'Prévention : en ligne',
  'framework.crcOpsc.V': 'Interdiction des comportements visés',
  'framework.crcOpsc.VI': 'Sanctions',
  'framework.crcOpsc.VII': 'Compétence et extradition',
  'framework.crcOpsc.VIII':
    'Droit de l’enfant victime à l’assistance et à la protection au cours de la procédure',
  'framework.crcOpsc.IX': 'Rétablissement, réinsertion et indemnisation',
  'framework.crcOpsc.X': 'Entraide judiciaire et coopération internationale',
  'report.framework.mnr.caption': 'Scores par capacité du Modèle de réponse nationale de WeProtect',
  'report.framework.mnr.heading': 'Capacité du Modèle de réponse nationale',
  'report.framework.crcOpsc.caption':
    'Scores par section des lignes directrices du Comité des droits de l’enfant relatives au Protocole facultatif (CRC/C/156)',
  'report.framework.crcOpsc.heading': 'Section de CRC/C/156',
  'report.framework.unmapped': 'Aucune question de cette liste de contrôle ne correspond à {list}.',
  'report.gapFilter': {
    one: 'Lacunes présentées : {bases} uniquement ({shown} sur {count} lacune).',
    other: 'Lacunes présentées : {bases} uniquement ({shown} sur {count} lacunes).',
  },
  'report.summary.dataGaps': {
    one: '{count} question a reçu la réponse « ne sait pas » : lacune de données à combler, présentée à part des lacunes.',
    other:
      '{count} questions ont reçu la réponse « ne sait pas » : lacunes de données à combler, présentées à part des lacunes.',
  },
  'report.themesNote': {
    one: 'Chaque thème est évalué sur les questions qui lui sont propres (colonne « Questions ») ; les questions transversales, qui concernent toutes les formes d’exploitation ({count}), sont évaluées à part.',
    other:
      'Chaque thème est évalué sur les questions qui lui sont propres (colonne « Questions ») ; les {count} questions transversales, qui concernent toutes les formes d’exploitation, sont évaluées à part.',
  },
  'report.facts.basisValue': '{basis}',
  'report.facts.basisLabel': 'Fondement :',
  'report.facts.basis': 'Fondement',
  'report.methodology.weightsCaption': 'Poids selon le fondement normatif',
  'report.methodology.exampleIntro':
    'Quatre questions fictives, qui ne proviennent pas de cette liste de contrôle, évaluées selon les règles ci-dessus : une ligne d’assistance qui n’existe pas, ses horaires (une dépendance), l’âge minimum du mariage (propre au mariage d’enfants) et un code de conduite du secteur touristique que personne n’a encore évalué.',
  'report.methodology.exampleCaption': 'Les quatre questions de l’exemple commenté',
  'report.methodology.ownOverall': 'Le présent rapport',
  'common.questions': 'Questions',
  'common.question': 'Question',
  'common.weight': 'Poids',
  'common.basis': 'Fondement',
  'common.status': 'Statut',
  'common.themes': 'Thèmes',
  'report.detail.score': 'score {score}',
  'report.lists.heading': 'Sans objet, sans données et non encore évaluées',
  'report.lists.explained':
    'Ces questions sont énumérées afin que rien ne soit écarté sans le dire. Les questions sans objet sont exclues des scores. Les questions ayant reçu la réponse « ne sait pas » sont des lacunes de données à combler ; les questions non encore évaluées attendent une réponse. Les unes comme les autres comptent pour 0 dans les scores, mais ne constituent pas des lacunes.',
  'report.lists.notApplicable': 'Sans objet',
  'report.lists.unknown': 'Lacunes de données (« ne sait pas »)',
  'report.lists.unanswered': 'Non encore évaluées',
  'report.lists.unscored': 'Questions non notées',
  'report.methodology.example': 'Exemple commenté',
  'report.methodology.scoreRange': 'Plage de scores',
  'report.methodology.bandsCaption': 'Paliers de maturité',
  'report.facts.answerGiven': 'Réponse donnée',
  'report.facts.answerGivenLabel': 'Réponse donnée :',
  'report.facts.reasonNotApplicableLabel': 'Motif (sans objet) :',
  'report.facts.target': 'Cible',
  'report.facts.targetLabel': 'Cible :',
  'report.facts.scoreWeightGap': 'Score · poids · lacune',
  'report.facts.scoreWeightGapValue': '{score} · poids {weight} · lacune {gap}',
  'report.facts.targetScoreWeightGapValue': '{target} · score {score} · poids {weight} · lacune {gap}',
  'report.facts.action': 'Action recommandée',
  'report.facts.actionLabel': 'Action recommandée :',
  'report.facts.responsibleLabel': 'Responsables :',
  'report.facts.responsible': 'Responsables',
  // fields (issue 16): the responsible entity and target date a respondent gave with an answer
  'report.facts.responsibleEntity': 'Entité responsable',
  'report.facts.responsibleEntityLabel': 'Entité responsable :',
  'report.facts.targetDate': 'Échéance',
  'report.facts.targetDateLabel': 'Échéance :',
  'report.facts.sourcesLabel': 'Sources :',
  'report.facts.relatedProvisionsLabel': 'Dispositions connexes :',
  // Sentences built by the report views
  // The brief and the full report (issue 15): page 1, the action table, the annex, the short method.
  'report.profile.kicker': 'Note de synthèse : analyse des lacunes',
  'report.profile.kickerFull': 'Rapport d’analyse des lacunes, version détaillée',
  'report.profile.titleBothSelf': '{country} : {organization} — auto-évaluation au regard de « {checklist} »',
  'report.profile.titleBoth': '{country} : {organization} — évaluation au regard de « {checklist} »',
  'report.profile.titleCountrySelf': '{country} — auto-évaluation au regard de « {checklist} »',
  'report.profile.titleCountry': '{country} — évaluation au regard de « {checklist} »',
  'report.profile.titleOrganizationSelf': '{organization} — auto-évaluation au regard de « {checklist} »',
  'report.profile.titleOrganization': '{organization} — évaluation au regard de « {checklist} »',
  'report.profile.checklistValue': '{id}, version {version}',
  'report.profile.areas': 'Domaines les plus avancés et les moins avancés',
  'report.profile.strongest': 'Domaines les plus avancés',
  'report.profile.weakest': 'Domaines les moins avancés',
  'report.profile.area': 'Domaine',
  'report.profile.areasNote': {
    one: 'Les domaines sont les sections de la liste de contrôle ; seule une section dont au moins la moitié des questions applicables ont été évaluées est citée ({count} présentée).',
    other:
      'Les domaines sont les sections de la liste de contrôle ; seules les sections dont au moins la moitié des questions applicables ont été évaluées sont citées ({count} présentées).',
  },
  'report.profile.noAreas':
    'Aucune section ne compte assez de réponses pour en dégager les points forts ou faibles.',
  // issue 16, merge: everyone who gave answers, on page 1
  'report.profile.contributors': 'Réponses fournies par',
  'report.profile.contributorNamed': '{organization}, {name}',
  'report.profile.contributorRole': '{who} ({role})',
  'report.actions.heading': 'Priorités d’action',
  'report.actions.intro':
    'Les lacunes les plus importantes entre les réponses et les cibles de la liste de contrôle, classées selon le poids et l’écart à la cible, puis selon le fondement.',
  'report.actions.caption': 'Actions recommandées, par ordre d’urgence',
  'report.actions.rank': 'N°',
  'report.actions.question': 'Lacune',
  'report.actions.action': 'Action recommandée',
  'report.actions.actors': 'Responsables',
  'report.actions.change': '{current} → {target}',
  'report.actions.changeHeading': 'Actuel → cible',
  'report.actions.basisSource': 'Fondement et source',
  'report.actions.moreGaps': {
    one: '{count} autre lacune ne figure pas dans ce tableau ; le rapport complet présente toutes les réponses.',
    other:
      '{count} autres lacunes ne figurent pas dans ce tableau ; le rapport complet présente toutes les réponses.',
  },
  'report.actions.moreGapsFull': {
    one: '{count} autre lacune ne figure pas dans ce tableau ; l’annexe indique l’action correspondante.',
    other:
      '{count} autres lacunes ne figurent pas dans ce tableau ; l’annexe indique les actions correspondantes.',
  },
  'report.annex.heading': 'Annexe : toutes les réponses, par section',
  'report.annex.intro':
    'Chaque question de la liste de contrôle, avec la réponse donnée, ses notes et ses éléments de preuve. Une question figurant déjà dans le tableau des actions y renvoie au lieu d’en répéter l’action, les acteurs et les sources.',
  'report.annex.seeAction': 'Voir l’action {rank} du tableau des actions.',
  'report.lists.count': {
    one: '{heading} : {count} question',
    other: '{heading} : {count} questions',
  },
  'report.sources.heading': 'Sources',
  'report.sources.other': 'Autres sources de la liste de contrôle',
  'method.brief.scores':
    'Chaque question a un poids de 1 à 5 qui dépend de son fondement (une obligation conventionnelle pèse le plus, puis une recommandation, puis une bonne pratique) et un score : le niveau atteint rapporté au niveau le plus élevé. Le score d’un groupe est la moyenne pondérée des scores de ses questions applicables, exprimée en pourcentage, et son palier est le palier le plus élevé dont ce pourcentage atteint le minimum.',
  'method.brief.coverage':
    'La couverture est la proportion de questions applicables qui ont été évaluées. Les réponses « ne sait pas » et les questions non encore évaluées comptent pour 0, de sorte qu’un score n’est jamais surestimé ; en dessous de 50 % de couverture, un score porte la mention « réponses insuffisantes » au lieu d’un palier. Les questions sans objet sont écartées.',
  'method.brief.gaps':
    'La lacune d’une question est son poids multiplié par son écart au niveau cible. Le tableau des actions présente les lacunes les plus importantes ; une question qui atteint sa cible n’a ni lacune ni action.',
  'report.extremes.only': 'Un seul {kind} obtient un score fondé sur suffisamment de réponses : {group}.',
  'report.extremes.equal': 'Chaque {kind} disposant de suffisamment de réponses obtient {percent}.',
  'report.extremes.both': 'Le {kind} le plus avancé : {best} ; le {kind} le moins avancé : {worst}.',
  'report.extremes.group': '{label} ({percent}{band})',
  'report.kind.pillar': 'pilier',
  'report.kind.theme': 'thème',
  'report.answeredOf': '{answered} sur {applicable}',
  'coverage.assessed': {
    one: '{assessed} question applicable évaluée sur {count}',
    other: '{assessed} sur {count} questions applicables évaluées',
  },
  'coverage.percent': ' (couverture {percent})',
  'coverage.absent': '{count} au niveau « Inexistant » (dépendance)',
  'coverage.unknown': '{count} sans données (« ne sait pas »)',
  'coverage.unanswered': '{count} en attente d’évaluation',
  'coverage.notApplicable': '{count} sans objet',
  'status.counted.answered': '{count} avec réponse',
  'status.counted.absent': '{count} au niveau « Inexistant » (dépendance)',
  'status.counted.unknown': '{count} sans données (« ne sait pas »)',
  'status.counted.unanswered': '{count} en attente d’évaluation',
  'status.counted.notApplicable': '{count} sans objet',
  'privacy.withheld': {
    one: '{count} élément de preuve marqué non public a été exclu du présent rapport.',
    other: '{count} éléments de preuve marqués non publics ont été exclus du présent rapport.',
  },
  'report.gapDefaultAction': 'Porter « {text} » au niveau de sa cible',
  'report.conditionNotMet': 'La condition qu’elle pose sur des réponses antérieures n’est pas remplie.',
  'report.chart.pillars': 'Score par pilier',
  'report.chart.themes': 'Score par thème',
  'report.chart.heatmap': 'Scores par pilier et par thème',
  'report.chart.heatmapTip': '{label} : {value}',
  'report.chart.heatmapNone': 'aucune question applicable',
  'report.chart.heatmapTooFew': 'réponses insuffisantes',
  'report.chart.heatmapTooFewLegend': 'réponses insuffisantes pour un score (moins de la moitié évaluée)',
  'report.chart.heatmapValue': {
    one: '{percent}{band}, {count} question',
    other: '{percent}{band}, {count} questions',
  },
  'report.chart.distribution': 'Répartition des réponses',
  'report.chart.allQuestions': 'Toutes les questions',
  'status.answered': 'Avec réponse',
  'status.na': 'Sans objet',
  'status.inapplicable': 'Sans objet (condition non remplie)',
  'status.absent': 'Inexistant (dépendance)',
  'status.unknown': 'Sans données (« ne sait pas »)',
  'status.unanswered': 'Non encore évaluée',
  'status.absentBecause': 'Inexistant (car {gates})',
  'status.gateAnswer': '{id} a pour réponse {answer}',
  'status.gateAbsent': '{id} n’est pas mis en place',
  'status.unansweredShort': 'Non encore évaluée',
  'status.unscored': 'Non notée',
  'instrument.opsc': 'Protocole facultatif concernant la vente d’enfants',
  'instrument.crc': 'Convention relative aux droits de l’enfant',
  'instrument.sdg': 'Cibles des ODD',
  'instrument.mnr': 'Modèle de réponse nationale de WeProtect (capacité)',
  'instrument.crcOpscGuidelines': 'CRC/C/156 (section)',
  'kind.scale': 'Choisissez un niveau',
  'kind.yesno': 'Oui ou non',
  'kind.choice': 'Choisissez une option',
  'kind.multi': 'Cochez toutes les options pertinentes',
  'kind.number': 'Indiquez un nombre',
  'kind.text': 'Rédigez votre réponse',
  'kind.noun.scale': 'à échelle',
  'kind.noun.yesno': 'oui/non',
  'kind.noun.choice': 'à choix unique',
  'kind.noun.multi': 'à choix multiples',
  'kind.noun.number': 'numérique',
  'kind.noun.text': 'textuelle',
  'kind.problem.levelNotTaken': '{id} est une question {noun} : indiquez "value", et non "level"',
  'kind.problem.value.choice': '{id} est une question à choix unique : value doit être une clé d’option',
  'kind.problem.value.multi':
    '{id} est une question à choix multiples : value doit être une liste de clés d’option',
  'kind.problem.value.number': '{id} est une question numérique : value doit être un nombre',
  'kind.problem.value.text': '{id} est une question textuelle : value doit être du texte',
  'kind.problem.value.yesno': '{id} est une question oui/non : value doit être true ou false',
  'kind.problem.targetRange': 'la cible {target} est hors de l’intervalle 0-{max}',
  'kind.problem.targetMisfit': 'la cible {target} ne convient pas à une question de type {kind}',
  'kind.problem.targetNotOption': 'la cible "{target}" ne fait pas partie des options',
  'kind.problem.targetNotLevel': 'la cible "{target}" n’est pas un niveau de l’échelle ({keys})',
  'kind.problem.targetText': 'les questions textuelles ne sont pas notées et n’ont pas de cible',
  'kind.problem.targetYesno': 'la cible d’une question oui/non doit être yes ou no',
  'kind.problem.notOption': '"{value}" n’est pas une option de {id} ({keys})',
  'kind.problem.notOptions': 'options inconnues de {id} : {values}',
  'kind.problem.notLevel': '"{level}" n’est pas un niveau de {id} ({keys})',
  'kind.problem.scaleValue': '{id} se répond sur une échelle : indiquez "level" ({keys})',
  'kind.problem.outOfRange': '{value} est hors de l’intervalle {min}-{max} de {id}',
  'kind.problem.refOption': '"{ref}" n’est pas une option de {id}',
  'kind.problem.refMulti': '{id} est une question à choix multiples : utilisez equals ou in',
  'kind.problem.refNumber': '{id} est une question numérique : comparez-la à un nombre',
  'kind.problem.refYesno': '{id} est une question oui/non : comparez-la à yes ou no',
  'kind.zero.options': 'toutes les options valent 0',
  'kind.zero.thresholds': 'tous les seuils valent 0',
  'condition.and': ' et ',
  'condition.or': ' ou ',
  'condition.not': 'la condition suivante n’est pas remplie : {condition}',
  'condition.answered': 'vous avez répondu à {id}',
  'condition.notAnswered': 'vous n’avez pas répondu à {id}',
  'condition.equals': 'vous avez répondu {value} à {id}',
  'condition.in': 'vous avez répondu {values} à {id}',
  'condition.atLeast': 'vous avez répondu {value} ou un niveau supérieur à {id}',
  'condition.yes': '« Oui »',
  'condition.no': '« Non »',
  'condition.label': '« {label} »',
  'worked.title': 'Exemple commenté',
  'worked.level.none': 'Inexistant',
  'worked.level.initial': 'Sur le papier uniquement',
  'worked.level.partial': 'Partiellement mis en œuvre',
  'worked.level.established': 'Mis en œuvre sur tout le territoire',
  'worked.theme.childMarriage': 'Mariage d’enfants',
  'worked.theme.travelTourism': 'Voyages et tourisme',
  'worked.q.helpline': 'Existe-t-il une ligne nationale d’assistance gratuite pour les enfants ?',
  'worked.q.allHours': 'La ligne d’assistance répond-elle 24 heures sur 24 ?',
  'worked.q.marriageAge': 'La loi fixe-t-elle à 18 ans l’âge minimum du mariage, sans exception ?',
  'worked.q.tourismCode':
    'Les entreprises du tourisme ont-elles adopté un code de conduite relatif à la protection des enfants ?',
  'worked.overall': 'Global : Σ w·s / Σ w = {earned} / {possible} = {percent}.',
  'worked.coverage':
    'Couverture : {assessed} questions évaluées sur {count} ({percent}) ; la question non encore évaluée ({unassessed}) compte pour 0 mais ne constitue pas une lacune, et l’évaluation est marquée comme provisoire.',
  'worked.themes':
    'Transversal : {crossCutting} ; mariage d’enfants (sa seule question propre) : {childMarriage} ; voyages et tourisme : {tourism}, présenté avec la mention « réponses insuffisantes » car aucune de ses questions n’est évaluée.',
  'worked.ranking': 'Lacunes, par ordre d’urgence : {gaps}.',
  'worked.weightRange': 'de {min} à {max}',
  'methodology.weights':
    'Chaque question notée q a un poids w(q) de 1 à 5, une valeur de réponse v(q) et une valeur maximale m (le niveau le plus élevé de son échelle ou de ses options). Son score est s(q) = v(q) / m.',
  'methodology.basis':
    'Chaque question indique son fondement normatif : une obligation (un devoir découlant du Protocole facultatif ou de la Convention relative aux droits de l’enfant, avec l’article cité), une recommandation (une recommandation explicite de la Rapporteuse spéciale) ou une bonne pratique (un exemple décrit par une source). Les poids suivent le fondement, comme le montre le tableau ci-dessous, de sorte qu’une obligation contraignante ne pèse jamais moins qu’une recommandation, ni une recommandation moins qu’un exemple ; à l’intérieur de sa fourchette, une question pèse d’autant plus que la mesure est centrale.',
  'methodology.conditions':
    'Une question peut dépendre d’une réponse antérieure de deux façons. Si elle ne s’applique que dans certains pays (par exemple là où existe un secteur touristique), elle sort du dénominateur lorsque la condition n’est pas remplie. Si elle porte sur une caractéristique d’une mesure (par exemple les horaires d’une ligne d’assistance) et que la réponse antérieure indique que la mesure n’existe pas, elle n’est pas posée et reçoit le niveau le plus bas, « Inexistant ». Ne rien avoir n’obtient donc jamais un meilleur score qu’avoir quelque chose d’insuffisant.',
  'methodology.statuses':
    'Chaque question notée se trouve dans l’un des cinq états suivants. Avec réponse : notée telle que donnée. Inexistant (dépendance) : notée 0, c’est une lacune. Sans données (« ne sait pas ») : notée 0, ce n’est pas une lacune, elle figure parmi les lacunes de données à combler. Non encore évaluée (aucune réponse, ou la réponse antérieure dont elle dépend manque) : notée 0 pour que le score ne soit jamais surestimé, mais ce n’est jamais une lacune et elle ne reçoit jamais d’action ; une évaluation comportant une telle question est marquée comme provisoire. Sans objet (réponse donnée en ce sens avec un motif, ou par l’effet d’une condition) : exclue du score.',
  'methodology.groups':
    'Le score d’une section, d’un pilier, d’un thème ou d’un acteur est Σ w·s / Σ w sur ses questions applicables, exprimé en pourcentage. La couverture est la proportion de questions applicables évaluées (avec réponse, ou inexistantes par dépendance). Lorsque la couverture est inférieure à 50 %, le score est présenté avec la mention « réponses insuffisantes » au lieu d’un palier, car il refléterait surtout ce à quoi personne n’a encore répondu.',
  'methodology.themes':
    'Une question n’est rattachée à un thème (une forme d’exploitation) que si la mesure vise spécifiquement cette forme. Le score d’un thème porte sur ses questions propres ; les mesures qui concernent toutes les formes n’ont pas de thème et sont évaluées ensemble comme transversales, à côté des thèmes.',
  'methodology.gaps':
    'La lacune d’une question est w(q) · (cible(q) − v(q)) / m lorsqu’elle est positive, la cible étant le niveau fixé par la liste de contrôle (par défaut, le haut de l’échelle). Seules les questions avec réponse et les mesures inexistantes par dépendance ont des lacunes. Les lacunes sont classées selon ce chiffre, puis selon le fondement (obligation, puis recommandation, puis bonne pratique), puis selon le poids, puis dans l’ordre de la liste de contrôle ; lorsqu’une liste de tête s’arrête au milieu d’une égalité, le rapport indique combien d’autres lacunes ont la même priorité. Les questions non notées (texte libre, nombres sans seuils) sont énumérées mais jamais notées.',
  'methodology.rounding':
    'Les pourcentages sont arrondis à l’unité, et le palier de maturité est le palier le plus élevé dont le pourcentage affiché atteint le minimum, de sorte qu’un score et son palier concordent toujours ; le classement utilise les valeurs exactes.',
  'methodology.example.overall': {
    one: 'Global : Σ w·s / Σ w = {earned} / {possible} = {percent}, sur {count} question applicable{left}{zero}.',
    other:
      'Global : Σ w·s / Σ w = {earned} / {possible} = {percent}, sur {count} questions applicables{left}{zero}.',
  },
  'methodology.example.left': ' (hors {count} sans objet)',
  'methodology.example.zero':
    ', dont {count} comptant pour 0 (mesure inexistante, sans données ou non encore évaluée)',
  'score.overall': 'Global',
  'score.crossCutting': 'Transversal',
  'score.pillars': 'Piliers',
  'score.themes': 'Thèmes',
  'score.coverage': 'couverture {percent}',
  'score.notEnough': 'réponses insuffisantes',
  'score.specific': {
    one: '{count} question propre',
    other: '{count} questions propres',
  },
  'score.crossCuttingNote': {
    one: '{count} question concerne toutes les formes d’exploitation',
    other: '{count} questions concernent toutes les formes d’exploitation',
  },
  'score.dataGaps': {
    one: '{count} lacune de données (« ne sait pas ») : {cli} report la présente',
    other: '{count} lacunes de données (« ne sait pas ») : {cli} report les présente',
  },
  'draft.mark': {
    one: 'Provisoire : {unassessed} question sur {count} non encore évaluée',
    other: 'Provisoire : {unassessed} sur {count} questions non encore évaluées',
  },
  'score.topGaps': 'Principales lacunes (poids × écart à la cible)',
  'score.noGaps': '  aucune : chaque question applicable atteint sa cible',
  'score.unscored': {
    one: '{count} question non notée, hors de tout score',
    other: '{count} questions non notées, hors de tout score',
  },
  // Comparison
  'compare.kicker.progress': 'Rapport d’évolution',
  'compare.kicker.divergence': 'Rapport de divergences',
  'compare.sideValue': '{line} (fichier de réponses {file}, version {version} de la liste de contrôle)',
  'compare.sideFile': '(fichier de réponses {file}, version {version} de la liste de contrôle)',
  'compare.side.earlier': 'Évaluation antérieure',
  'compare.side.later': 'Évaluation ultérieure',
  'compare.side.first': 'Premier répondant',
  'compare.side.second': 'Second répondant',
  'compare.atAGlance': 'En bref',
  'compare.pillarCaption': 'Score global et scores par pilier',
  'compare.answerBoth': 'Réponse (des deux côtés)',
  'compare.answerChange': '{base} → {current}',
  'compare.highlights.divergence': 'Les principales différences',
  'compare.highlights.divergenceDescribe':
    'Les questions pour lesquelles les deux réponses diffèrent le plus, pondérées selon l’importance de la question ; la liste complète suit.',
  'compare.highlights.progress': 'Les principaux changements',
  'compare.highlights.progressDescribe':
    'Toutes les questions en recul ou abandonnées, puis les plus fortes progressions ; la liste complète suit.',
  'compare.moreDifferences.title': 'Autres différences',
  'compare.moreDifferences.describe':
    'Les différences restantes, dans le même ordre. Les notes et éléments de preuve de chaque côté figurent dans son propre rapport.',
  'compare.kind': 'Type de comparaison',
  'compare.changesHeading': 'Changements par question',
  'compare.gapsHeading': 'Lacunes comblées et nouvelles lacunes',
  'compare.gapsClosed': 'Lacunes comblées ({count})',
  'compare.gapsOpened': 'Nouvelles lacunes ({count})',
  'compare.agreement': 'Concordance',
  'compare.agreementCaption':
    'Taux de concordance : questions auxquelles les deux côtés ont répondu avec le même score',
  'compare.compared': 'Questions comparées',
  'compare.differencesHeading': 'Points de divergence',
  'compare.oneSidedHeading': 'Réponses d’un seul côté',
  'compare.versionsHeading': 'Versions de la liste de contrôle',
  'compare.versions.added': 'Ajoutées',
  'compare.versions.removed': 'Supprimées',
  'compare.versions.reworded': 'Reformulées',
  'compare.versions.textMissing': '(le texte de cette question n’est pas disponible)',
  'compare.versions.was': '(auparavant : {text})',
  'compare.change': 'Changement',
  'compare.difference': 'Différence',
  'compare.overallDelta': 'global',
  'compare.coverageBoth': 'Couverture (des deux côtés)',
  'compare.coverageBothHtml': '(des deux côtés)',
  'compare.scoresBySection': 'Scores par section',
  'compare.question': 'Question',
  'compare.questions': 'Questions',
  'compare.rowFacts': 'poids {weight}',
  'compare.rowDifference': 'différence {delta}',
  'compare.rowWeightedDifference': 'différence pondérée {weighted}',
  'compare.rowWeighted': 'pondérée {weighted}',
  'compare.sidesCaption': '{id} : les deux réponses côte à côte',
  'compare.sideScore': 'Score {score} · lacune {gap}',
  'compare.sideScoreInline': 'score {score} · lacune {gap}',
  'compare.sideReason': '(motif : {reason})',
  'compare.title.progress': '{country} : {who}, comparaison entre {base} et {current}',
  'compare.title.progressNoCountry': '{who}, comparaison entre {base} et {current}',
  'compare.title.divergence': '{country} : comparaison entre {base} et {current}',
  'compare.title.divergenceNoCountry': 'Comparaison entre {base} et {current}',
  'compare.summary.overall': {
    one: 'Score global {base} ({baseLabel}) et {current} ({currentLabel}), {delta}, sur {count} question comparable entre les deux fichiers.',
    other:
      'Score global {base} ({baseLabel}) et {current} ({currentLabel}), {delta}, sur {count} questions comparables entre les deux fichiers.',
  },
  'compare.change.regressed': 'En recul',
  'compare.change.dropped': 'Abandonnée',
  'compare.change.improved': 'En progrès',
  'compare.change.newly-answered': 'Nouvelle réponse',
  'compare.change.unchanged': 'Inchangée',
  'compare.changeCount.regressed': '{count} en recul',
  'compare.changeCount.dropped': '{count} sans réponse notée désormais',
  'compare.changeCount.improved': '{count} en progrès',
  'compare.changeCount.newly-answered': '{count} avec une nouvelle réponse',
  'compare.changeCount.unchanged': '{count} sans changement',
  'compare.changeCounts': '{counts}.',
  'compare.describe.regressed':
    'Réponse donnée aux deux dates, à un niveau plus bas dans l’évaluation ultérieure ({current}) que dans l’évaluation antérieure ({base}) ; plus forte baisse pondérée en premier.',
  'compare.describe.dropped':
    'Réponse donnée dans l’évaluation antérieure ({base}) ; « ne sait pas », sans objet ou sans réponse dans l’évaluation ultérieure ({current}).',
  'compare.describe.improved':
    'Réponse donnée aux deux dates, à un niveau plus élevé dans l’évaluation ultérieure ({current}) ; plus forte hausse pondérée en premier.',
  'compare.describe.newly-answered':
    '« Ne sait pas », sans objet ou sans réponse dans l’évaluation antérieure ({base}) ; réponse donnée dans l’évaluation ultérieure ({current}).',
  'compare.describe.unchanged': 'La même réponse aux deux dates, ou aucune réponse notée à l’une ou l’autre.',
  'compare.gapsClosed.title': 'Lacunes comblées',
  'compare.gapsClosed.describe':
    'En dessous de la cible dans l’évaluation antérieure ({base}), à la cible dans l’évaluation ultérieure ({current}).',
  'compare.gapsOpened.title': 'Nouvelles lacunes',
  'compare.gapsOpened.describe':
    'À la cible dans l’évaluation antérieure ({base}), en dessous de la cible dans l’évaluation ultérieure ({current}).',
  'compare.coverageSentence':
    'Couverture (évaluées / applicables) : {base}, {basePercent} ({baseAnswered} sur {baseApplicable}) ; {current}, {currentPercent} ({currentAnswered} sur {currentApplicable}) ; écart : {delta}.',
  'compare.regressions': 'Reculs : {list}.',
  'compare.regression': '« {text} » ({id} : {base} → {current})',
  'compare.gapsSummary': {
    one: '{count} lacune comblée, {opened} nouvelle(s).',
    other: '{count} lacunes comblées, {opened} nouvelle(s).',
  },
  'compare.differences.title': 'Points de divergence',
  'compare.differences.describe': {
    one: 'Classées selon l’ampleur de la différence (rapportée au haut de l’échelle) multipliée par le poids de la question ; la plus importante est présentée en détail.',
    other:
      'Classées selon l’ampleur de la différence (rapportée au haut de l’échelle) multipliée par le poids de la question ; les {count} plus importantes sont présentées en détail.',
  },
  'compare.oneSided.title': 'Réponses d’un seul côté',
  'compare.oneSided.describe':
    'Un côté a donné une réponse notée ; l’autre a répondu « ne sait pas » (en premier dans la liste), sans objet, ou n’a pas répondu.',
  'compare.agreed.title': 'Points de concordance',
  'compare.agreed.describe': '{base} et {current} ont donné la même réponse.',
  'compare.summary.agreement': {
    one: 'Les deux évaluations concordent sur {agreed} question sur {count} ayant reçu une réponse des deux côtés ({percent}).',
    other:
      'Les deux évaluations concordent sur {agreed} des {count} questions ayant reçu une réponse des deux côtés ({percent}).',
  },
  'compare.summary.largest':
    'La différence la plus importante porte sur « {text} » ({id}) : {base} ({baseLabel}) contre {current} ({currentLabel}).',
  'compare.summary.oneSided': {
    one: '{count} question n’a reçu de réponse que d’un seul côté{unknowns}.',
    other: '{count} questions n’ont reçu de réponse que d’un seul côté{unknowns}.',
  },
  'compare.summary.oneSidedUnknowns': ', dont {count} pour lesquelles l’autre côté a répondu « ne sait pas »',
  'compare.agreementDetail': {
    one: '{agreed} question sur {count} ayant reçu une réponse des deux côtés',
    other: '{agreed} des {count} questions ayant reçu une réponse des deux côtés',
  },
  'compare.versions.inBoth': 'réponse dans les deux',
  'compare.versions.inOne': 'réponse dans {label} uniquement',
  'compare.versions.inNeither': 'réponse dans aucun des deux',
  'compare.versions.same':
    'Les deux fichiers ont été établis sur la version {version} de la liste de contrôle.',
  'compare.versions.different':
    'Les fichiers ont été établis sur les versions {baseVersion} ({base}) et {currentVersion} ({current}) de la liste de contrôle ; tous deux sont notés sur la version {version}.',
  'compare.versions.left': {
    one: ' {count} question est exclue de la comparaison car elle a changé d’une version à l’autre : {added} ajoutée(s), {removed} supprimée(s), {reworded} reformulée(s).',
    other:
      ' {count} questions sont exclues de la comparaison car elles ont changé d’une version à l’autre : {added} ajoutée(s), {removed} supprimée(s), {reworded} reformulée(s).',
  },
  'compare.versions.inferred':
    'La liste de contrôle sur laquelle l’un des fichiers a été établi n’est pas disponible ; les questions ajoutées depuis ont donc été déduites des questions que ce fichier mentionne (une question qu’il n’a jamais atteinte compte comme ajoutée). Indiquez la liste de contrôle antérieure avec --base-checklist pour obtenir une liste exacte.',
  'compare.chart.pillars': 'Score par pilier : {base} et {current}',
  'compare.chart.divergence':
    'Les {count} différences les plus importantes (score rapporté au haut de l’échelle)',
  'compare.draftSide': {
    one: '{side} est provisoire : {unassessed} question sur {count} non encore évaluée.',
    other: '{side} est provisoire : {unassessed} sur {count} questions non encore évaluées.',
  },
  'compare.chart.divergenceTie': {
    one: '… et {count} autre différence de même ampleur, présentée avec les autres ci-dessous.',
    other: '… et {count} autres différences de même ampleur, présentées avec les autres ci-dessous.',
  },
  'compare.methodology.scoring':
    'Les deux fichiers sont notés selon la même méthode que le rapport d’analyse des lacunes (opsc-audit report) : chaque question notée q a un poids w(q), une valeur de réponse v(q) et une valeur maximale m, et obtient le score s(q) = v(q) / m ; le score d’un groupe est Σ w·s / Σ w sur ses questions applicables, exprimé en pourcentage. « Sans objet » sort du dénominateur ; une mesure inexistante par dépendance, « ne sait pas » et les questions non encore évaluées y restent avec la valeur 0. La couverture est le rapport évaluées (avec réponse, ou inexistantes par dépendance) / applicables. Une lacune n’est comblée ou ouverte qu’entre deux évaluations de la question : un côté qui a répondu « ne sait pas » ou qui ne l’a pas encore évaluée ne dit rien de la lacune.',
  'compare.methodology.matching':
    'Les questions sont mises en correspondance par leur id. Une question ajoutée, supprimée ou reformulée entre les versions de la liste de contrôle sur lesquelles les deux fichiers ont été établis (sa formulation est enregistrée dans chaque réponse sous forme d’empreinte) figure sous « Versions de la liste de contrôle » et est exclue de tous les scores et changements du présent rapport, afin que les deux côtés soient notés sur les mêmes questions. Les questions non notées (texte libre, nombres sans seuils) ne sont pas comparées.',
  'compare.methodology.points':
    'Les différences de score sont exprimées en points de pourcentage (pts) : le score « {current} » moins le score « {base} », tous deux sous forme des pourcentages entiers affichés, de sorte que chaque différence puisse être vérifiée par le lecteur (51 % et 34 % diffèrent de 17 pts, même lorsque les scores exacts, 50,77 % et 34,34 %, diffèrent de 16,43).',
  'compare.methodology.changes':
    'Une question progresse ou recule lorsqu’elle a reçu une réponse dans les deux évaluations ({base} et {current}) et que son score s(q) a augmenté ou diminué ; elle reçoit une nouvelle réponse lorsqu’elle n’avait pas de réponse notée (« ne sait pas », sans objet ou aucune) dans l’évaluation antérieure ({base}) et en a une dans l’évaluation ultérieure ({current}), et elle est abandonnée dans le cas inverse.',
  'compare.methodology.gaps':
    'Une lacune est comblée lorsque la question était en dessous de sa cible dans le fichier de référence et atteint désormais sa cible ; une nouvelle lacune apparaît dans le cas inverse. La lacune d’une question est w · (cible − v) / m lorsqu’elle est positive.',
  'compare.methodology.agreement':
    'Deux réponses concordent lorsque les deux côtés ont donné une réponse notée avec le même score. Le taux de concordance est le rapport concordantes / avec réponse des deux côtés. Les différences sont classées selon w(q) · |s(base) − s(current)| : l’ampleur de la différence rapportée au haut de l’échelle, multipliée par le poids de la question.',
  'compare.methodology.oneSided':
    'Une question qui n’a reçu de réponse que d’un seul côté est présentée à part, avec ce que l’autre côté a indiqué (« ne sait pas », sans objet ou aucune réponse) ; elle n’entre pas dans le taux de concordance.',
  'compare.mode.forced': 'choisi avec --mode {mode}',
  'compare.mode.sameOrganization': 'la même organisation a répondu à deux dates',
  'compare.mode.differentRoles': 'les répondants relèvent de catégories différentes ({base}, {current})',
  'compare.mode.default':
    'les répondants ne relèvent pas de catégories différentes : le fichier le plus récent est donc lu comme une évolution',
  // Questionnaire
  'questionnaire.kicker': 'Questionnaire',
  'questionnaire.title': 'Questionnaire : {title}',
  'questionnaire.yes': 'Oui',
  'questionnaire.no': 'Non',
  'questionnaire.number': 'Nombre',
  'questionnaire.numberWithUnit': 'Nombre ({unit})',
  'questionnaire.answer': 'Réponse',
  'questionnaire.questionCount': { one: '{count} question', other: '{count} questions' },
  'questionnaire.aboutYou': 'Vos coordonnées',
  'questionnaire.name': 'Nom',
  'questionnaire.howTo.heading': 'Comment remplir ce formulaire',
  'questionnaire.howTo.text':
    'Cochez une case pour chaque question, ou plusieurs lorsque la question l’indique. Si vous ne savez pas, cochez « Ne sait pas » ; si la question est sans objet, cochez « Sans objet » et indiquez pourquoi. Sous chaque question, indiquez les éléments de preuve sur lesquels vous vous appuyez (un document, un lien, une date) et tout ce qu’un lecteur devrait savoir. Une question qui commence par « Répondez uniquement si » n’appelle de réponse que si tel est le cas.',
  'questionnaire.howTo.return': 'Veuillez renvoyer le formulaire rempli à la personne qui vous l’a remis.',
  'questionnaire.answerOnlyIf': 'Répondez uniquement si {condition}.',
  'questionnaire.notApplicableBecause': 'Sans objet, pour le motif suivant :',
  'questionnaire.dontKnow': 'Ne sait pas',
  'questionnaire.evidenceLine': 'Éléments de preuve (document, lien, date) :',
  'questionnaire.evidenceHint': '(document, lien, date)',
  'questionnaire.notesLine': 'Notes :',
  'questionnaire.sourceParagraphs': 'Source : {list}.',

  // Command-line messages: commands, main, loading and writing files, answers files (keys `cli.*`)
  'cli.program.description':
    'Évaluer la mise en œuvre des recommandations de la Rapporteuse spéciale des Nations Unies sur la vente et l’exploitation sexuelle d’enfants.',
  'cli.program.version': 'afficher la version',
  'cli.program.debug': 'afficher le détail des erreurs internes',
  'cli.help.option': 'afficher l’aide de la commande',
  'cli.help.command': 'afficher l’aide de la commande',
  'cli.help.afterError': '(lancez avec --help pour l’aide)',
  'cli.parse.unknownOption': "option inconnue '{flag}'",
  'cli.parse.unknownCommand': "commande inconnue '{name}'",
  'cli.parse.missingArgument': "argument obligatoire manquant '{name}'",
  'cli.parse.optionMissingArgument': "argument manquant pour l’option '{flags}'",
  'cli.parse.tooManyArguments': {
    one: "trop d’arguments pour '{command}'. {count} argument attendu, {got} reçus.",
    other: "trop d’arguments pour '{command}'. {count} arguments attendus, {got} reçus.",
  },
  'cli.parse.invalidChoice':
    "l’argument '{value}' de l’option '{flags}' n’est pas valide. Valeurs possibles : {choices}.",
  'cli.parse.didYouMean': '(Vouliez-vous dire {names} ?)',
  'cli.parse.didYouMeanOneOf': '(Vouliez-vous dire l’une des valeurs suivantes : {names} ?)',
  'cli.help.usage': 'Utilisation :',
  'cli.help.arguments': 'Arguments :',
  'cli.help.options': 'Options :',
  'cli.help.globalOptions': 'Options globales :',
  'cli.help.commands': 'Commandes :',
  'cli.help.choices': 'valeurs possibles : {choices}',
  'cli.help.default': 'par défaut : {value}',
  'cli.help.details': '({details})',
  'cli.help.formats': 'Formats :',
  // --help examples and exit codes (issue 16, docs): what each example does; the command lines are code.
  'cli.help.examples': 'Exemples :',
  'cli.help.exitCodes': 'Codes de sortie :',
  'cli.help.exitOk': 'succès',
  'cli.help.exitProblems':
    'l’exécution s’est terminée et a relevé des problèmes : erreurs (ou avertissements avec --strict), ou score inférieur à --fail-under',
  'cli.help.exitUsage':
    'utilisation incorrecte, entrée inutilisable ou non valide, ou erreur interne ; pour assess également : le fichier de réponses est ouvert dans un autre entretien, ou a été modifié pendant celui-ci',
  'cli.help.exitInterrupted':
    'entretien interrompu (Ctrl-C, Ctrl-D ou un signal) ; toutes les réponses données sont enregistrées',
  'cli.help.moreExamples': 'Chaque commande présente des exemples avec --help, par exemple : {example}',
  'cli.example.list': 'Les listes de contrôle fournies : id, version, nombre de questions, titre',
  'cli.example.listJson': 'La même chose en JSON, pour les scripts',
  'cli.example.showOutline': 'Le plan d’une liste de contrôle : ses sections et ses questions',
  'cli.example.showPdf': 'Un questionnaire vierge à imprimer, en PDF',
  'cli.example.showDocx': 'Un questionnaire vierge à remplir dans un traitement de texte',
  'cli.example.validateChecklists':
    'Vérifier toutes les listes de contrôle d’un dossier (gardez les guillemets, y compris sous Windows)',
  'cli.example.validateAnswers':
    'Vérifier un fichier de réponses au regard de la liste de contrôle fournie qu’il désigne',
  'cli.example.validateAgainst': 'Le vérifier au regard de votre propre fichier de liste de contrôle',
  'cli.example.validateGithub':
    'Dans GitHub Actions : problèmes sous forme d’annotations ; les avertissements font aussi échouer',
  'cli.example.assess':
    'Commencer l’entretien sur la liste de contrôle par défaut, ou en reprendre un dans ce dossier',
  'cli.example.assessFile': 'Enregistrer les réponses dans ce fichier (repris s’il existe)',
  'cli.example.assessOwn': 'Répondre à votre propre fichier de liste de contrôle',
  'cli.example.score': 'Les scores et les principales lacunes, dans le terminal',
  'cli.example.scoreFailUnder': 'Sortir avec le code 1 lorsque le score global est inférieur à 50 %',
  'cli.example.scoreJson': 'Les scores et les lacunes classées en JSON, pour d’autres outils',
  'cli.example.reportHtml':
    'Une note de synthèse de quelques pages, sous forme de page web à ouvrir dans n’importe quel navigateur',
  'cli.example.reportPdf': 'Le rapport complet, toutes les réponses comprises, en PDF',
  'cli.example.reportDocx': 'La note de synthèse en document Word modifiable',
  'cli.example.compareProgress':
    'Ce qui a changé depuis une évaluation antérieure de la même liste de contrôle',
  'cli.example.compareDivergence':
    'Les points sur lesquels deux répondants (un gouvernement et une ONG) ont des vues différentes',
  'cli.example.merge': 'Réunir les réponses de plusieurs ministères dans un seul fichier',
  'cli.example.mergeLatest':
    'Trancher chaque question ayant reçu des réponses différentes par la réponse la plus récente',
  'cli.example.exportChecklist':
    'Un classeur de toute la liste de contrôle, pour les personnes qui travaillent dans Excel',
  'cli.example.exportActor': 'Seulement les questions d’un acteur (ici, les services de santé)',
  'cli.example.exportAnswers':
    'Un classeur rempli à partir d’un fichier de réponses, pour relecture par un autre ministère',
  'cli.example.exportCsv': 'Les questions en CSV',
  'cli.example.importXlsx': 'Relire un classeur rempli dans un fichier de réponses',
  'cli.example.importCsv': 'Relire un fichier CSV rempli',
  'cli.option.format': 'format de sortie',
  'cli.option.output': 'écrire dans un fichier plutôt que sur la sortie standard',
  'cli.option.includePrivate': 'inclure les éléments de preuve marqués `public: false`',
  'cli.list.description': 'lister les listes de contrôle fournies (id, version, questions, titre)',
  'cli.list.json': 'afficher en JSON',
  'cli.show.description': 'afficher le plan d’une liste de contrôle, ou un questionnaire vierge imprimable',
  'cli.show.checklist': 'id d’une liste de contrôle fournie, ou chemin',
  'cli.validate.description':
    'vérifier des fichiers de listes de contrôle et de réponses, avec diagnostics file:line:col',
  'cli.validate.files': 'fichiers ou motifs glob',
  'cli.validate.checklist':
    'vérifier les fichiers de réponses au regard de cette liste de contrôle (id fourni ou chemin)',
  'cli.validate.strict': 'échouer aussi en cas d’avertissement',
  'cli.compare.description':
    'comparer deux fichiers de réponses (évolution entre deux dates, ou divergences entre gouvernement et ONG)',
  'cli.compare.base': 'le fichier de réponses antérieur (ou de référence)',
  'cli.compare.current':
    'le fichier de réponses ultérieur (ou de l’autre répondant) ; plusieurs (ou un motif glob) sont chacun comparés au fichier de référence, dans -o DOSSIER',
  'cli.compare.mode': 'type de comparaison (par défaut : choisi d’après les répondants)',
  'cli.compare.checklist': 'comparer au regard de cette liste de contrôle (id fourni ou chemin)',
  'cli.compare.baseChecklist':
    'la version de la liste de contrôle sur laquelle le fichier de référence a été établi, si elle est plus ancienne',
  'cli.assess.description': 'entretien interactif, qui reprend un fichier de réponses existant',
  'cli.assess.checklist':
    'id d’une liste de contrôle fournie, ou chemin (par défaut : la liste de contrôle fournie par défaut)',
  'cli.assess.output':
    'fichier de réponses à écrire, ou à reprendre s’il existe ; sans -o, les fichiers de réponses trouvés sont listés et le plus récent est proposé',
  'cli.score.description':
    'noter un fichier de réponses (global, piliers, thèmes, couverture, principales lacunes), ou plusieurs dans un seul tableau',
  'cli.score.answers':
    'fichiers de réponses ou motifs glob ; plusieurs fichiers donnent un tableau par liste de contrôle, une ligne par fichier',
  'cli.score.failUnder': 'sortir avec le code 1 lorsque le score global est inférieur à ce pourcentage',
  'cli.score.checklist': 'noter au regard de cette liste de contrôle (id fourni ou chemin)',
  'cli.report.description': 'produire un rapport d’analyse des lacunes (Markdown, HTML autonome ou JSON)',
  'cli.report.answers':
    'fichiers de réponses ou motifs glob ; plusieurs fichiers nécessitent -o DOSSIER (un rapport chacun)',
  'cli.report.template': 'produire le rendu avec votre propre modèle Handlebars au lieu du modèle fourni',
  'cli.report.checklist': 'établir le rapport au regard de cette liste de contrôle (id fourni ou chemin)',
  'cli.report.basis':
    'ne présenter que les lacunes de ces fondements normatifs, séparés par des virgules ({bases})',
  'cli.report.detail':
    'niveau de détail : {details} (par défaut {default} : une courte note de synthèse ; full ajoute toutes les réponses)',
  'cli.format.markdown': 'Markdown',
  'cli.format.webPage': 'une page web autonome',
  'cli.format.compareJson':
    'la comparaison sous forme de données (opsc-audit/compare-data@1, docs/data-api.md)',
  'cli.format.reportJson':
    'les scores, lacunes et réponses sous forme de données (opsc-audit/report-data@1, docs/data-api.md)',
  'cli.format.scoreText':
    'un résumé pour le terminal : global, piliers, thèmes, couverture, principales lacunes (plusieurs fichiers : un tableau)',
  'cli.format.scoreJson':
    'les scores et les lacunes classées sous forme de données (opsc-audit/score-data@2 ; plusieurs fichiers : score-table@1 ; docs/data-api.md)',
  'cli.format.outline': 'le plan de la liste de contrôle',
  'cli.format.questionnaireMd': 'un questionnaire vierge en Markdown',
  'cli.format.questionnaireHtml': 'un questionnaire vierge imprimable sous forme de page web',
  'cli.format.validateText': 'une ligne file:line:col par problème, puis un récapitulatif',
  'cli.format.validateJson': 'fichiers, problèmes et totaux en JSON',
  'cli.format.github': 'annotations GitHub Actions',
  'cli.format.sarif': 'SARIF 2.1.0, pour les tableaux de bord d’analyse de code',
  // PDF and Word output (issue 15): the formats, --paper, the Chromium printer, the Word documents' own words.
  'cli.format.pdf': 'un PDF, imprimé par le Chromium du système (nécessite -o FICHIER ou un tube)',
  'cli.format.docx': 'un document Word modifiable (nécessite -o FICHIER ou un tube)',
  'cli.format.questionnairePdf': 'un questionnaire vierge en PDF, imprimé par le Chromium du système',
  'cli.format.questionnaireDocx': 'un questionnaire vierge en document Word modifiable',
  'cli.option.paper': 'format de papier de -f pdf',
  'cli.write.binaryToTerminal':
    '-f {format} produit un fichier binaire, qu’un terminal ne peut pas afficher : nommez le fichier avec -o FICHIER (ou redirigez la sortie vers un tube)',
  'cli.write.noBytes':
    'la sortie standard ne peut pas recevoir de données binaires ici : nommez un fichier avec -o FICHIER',
  'cli.pdf.noChromium':
    'impossible d’imprimer un PDF : aucun Chromium trouvé dans le PATH (chromium, chromium-browser, google-chrome) ; installez-le ou indiquez son chemin dans {variable}',
  'cli.pdf.notProgram':
    'impossible d’imprimer un PDF : {variable} désigne {file}, qui n’est pas un programme exécutable',
  'cli.pdf.failed': 'impossible d’imprimer un PDF : Chromium ({program}) a échoué : {reason}',
  'cli.pdf.timedOut':
    'impossible d’imprimer un PDF : Chromium ({program}) ne s’est pas terminé en {seconds} secondes',
  'cli.pdf.noFile': 'il n’a écrit aucun PDF',
  'cli.pdf.exitCode': 'code de sortie {code}',
  'cli.error.unknownFormat': 'format inconnu "{name}" (utilisez {formats})',
  'cli.error.templateNotRead': 'le modèle {file} n’a pas été lu avant le rendu',
  'cli.error.compareDataMissing': 'la comparaison n’a pas été transmise à compare -f json',
  'cli.assess.noTerminal':
    'assess est un entretien interactif et nécessite un terminal ; sans terminal, rédigez vous-même le fichier de réponses (format : schemas/answers.schema.json, voir « Answers file » dans le README) et vérifiez-le avec : {cli} validate <answers.yaml>',
  'cli.assess.interruptedNothingSaved': 'Interrompu ; rien n’a été enregistré.',
  'cli.assess.interruptedUnchanged': 'Interrompu ; {file} n’a pas été modifié.',
  'cli.assess.otherChecklist':
    '{file} contient des réponses à la liste de contrôle "{found}", et non "{expected}" ; reprenez-le avec : {cli} assess {found} -o {quoted}, ou choisissez un autre fichier',
  'cli.assess.quitUnchanged':
    '{file} n’a pas été modifié. Pour voir ce qui a changé : {cli} validate {quoted}',
  'cli.assess.backupKept': 'Une copie de {file} dans son état antérieur est conservée dans {backup}.',
  'cli.assess.resuming': { other: 'Reprise de {file} : {done} sur {count} questions traitées.' },
  'cli.assess.savingTo': 'Les réponses sont enregistrées dans {file} après chaque réponse.',
  'cli.assess.savedResume': 'Enregistré dans {file}. Pour reprendre :\n\t{command}',
  'cli.assess.savedNext':
    'Enregistré dans {file}. Étape suivante, le rapport :\n\t{cli} report {quoted} -f html -o report.html',
  'cli.assess.stopped.interrupted':
    'Interrompu. Vos réponses sont enregistrées dans {file}. Pour reprendre :\n\t{command}',
  'cli.assess.stopped.sigterm':
    'Interrompu (SIGTERM). Vos réponses sont enregistrées dans {file}. Pour reprendre :\n\t{command}',
  'cli.assess.stopped.endOfInput':
    'Interrompu (fin de l’entrée). Vos réponses sont enregistrées dans {file}. Pour reprendre :\n\t{command}',
  'cli.assess.failedSaved':
    'Toutes les réponses confirmées jusqu’ici sont enregistrées dans {file}. Pour reprendre : {command}',
  'cli.assess.failedNothingSaved': 'Rien n’a été enregistré. Pour reprendre : {command}',
  'cli.assess.takeOverLock':
    '{lock} a été laissé par un entretien qui n’est plus en cours (processus {pid}, démarré {started}). Reprendre le verrou et continuer ?',
  'cli.assess.askOutput': 'Enregistrer les réponses dans (un fichier de réponses existant est repris)',
  'cli.assess.enterFileName': 'Veuillez saisir un nom de fichier.',
  // Issue 16, helper "start": choosing the answers file (resume by default, default folder, path errors).
  'cli.assess.pick.heading': {
    one: 'Fichier de réponses trouvé pour la liste de contrôle {id} :',
    other:
      '{count} fichiers de réponses trouvés pour la liste de contrôle {id}, du plus récent au plus ancien :',
  },
  'cli.assess.pick.item': '{number}. {file}',
  'cli.assess.pick.answered':
    '{who} ; {done} sur {total} traitées ({percent} %) ; dernière réponse le {date} à {time}',
  'cli.assess.pick.modified':
    '{who} ; {done} sur {total} traitées ({percent} %) ; modifié le {date} à {time}',
  'cli.assess.pick.question': {
    one: 'Le reprendre, ou commencer une nouvelle évaluation ?',
    other: 'Lequel reprendre ?',
  },
  'cli.assess.pick.startOrQuit': 'Commencer une nouvelle évaluation, ou quitter ?',
  'cli.assess.pick.separator': ', ',
  'cli.assess.pick.nobody': 'pas encore de coordonnées du répondant',
  'cli.assess.pick.unusable': '{file} contient des erreurs ; vérifiez-le avec : {cli} validate {quoted}',
  'cli.assess.pick.new': 'Commencer une nouvelle évaluation (nouveau fichier de réponses)',
  'cli.assess.pick.quit': 'Quitter',
  'cli.assess.pick.quitting': 'Rien n’a été modifié.',
  'cli.assess.found.otherChecklist': {
    one: '{count} fichier de réponses trouvé pour une autre liste de contrôle ({id}) ; pour le reprendre : {cli} assess {quoted}',
    other:
      '{count} fichiers de réponses trouvés pour une autre liste de contrôle ({id}) ; pour en reprendre un : {cli} assess {quoted}',
  },
  'cli.assess.found.otherChecklists':
    '{count} fichiers de réponses trouvés pour d’autres listes de contrôle ({ids}) ; pour en reprendre un : {cli} assess <checklist>',
  'cli.assess.ownFolder':
    'Ce dossier est celui de l’outil lui-même ({folder}) ; il vaut mieux conserver les réponses ailleurs, par exemple dans {better} (créé si vous le choisissez).',
  'cli.assess.folderCreated': 'Dossier {folder} créé pour vos fichiers de réponses.',
  'cli.assess.cannotSave.noFolder':
    'impossible d’enregistrer les réponses dans {file} : le dossier {folder} n’existe pas',
  'cli.assess.cannotSave.notFolder':
    'impossible d’enregistrer les réponses dans {file} : {folder} est un fichier, pas un dossier',
  'cli.assess.cannotSave.noPermission':
    'impossible d’enregistrer les réponses dans {file} : vous n’avez pas le droit d’écrire dans le dossier {folder}',
  // Issue 16, the kinder interview.
  'cli.assess.noDetails':
    'ne demander ni notes ni éléments de preuve après chaque réponse (à ajouter plus tard : « Notes et éléments de preuve… » à la question)',
  'cli.compare.differentChecklists':
    'impossible de comparer des réponses à des listes de contrôle différentes : {base} porte sur "{baseId}", {current} sur "{currentId}"',
  'cli.compare.otherChecklist':
    '{ref} est la liste de contrôle "{found}", mais les réponses portent sur "{id}"',
  'cli.compare.inferredVersion': 'avertissement : {note}',
  'cli.compare.reworded':
    'avertissement : {id} a été reformulée, ou son échelle ou ses options ont changé, entre les versions sur lesquelles les deux fichiers ont été établis ; elle est exclue de la comparaison',
  'cli.compare.privateWithheld': '{note} (utilisez --include-private pour les inclure).',
  'cli.report.privateWithheld': '{note} (utilisez --include-private pour les inclure).',
  'cli.report.badBasis': '--basis accepte {bases}, séparés par des virgules, et non "{value}"',
  'cli.report.badDetail': '--detail accepte l’une des valeurs {details}, et non "{value}"',
  'cli.report.templateNotApplicable': '--template s’applique à {formats}, et non à {format}',
  'cli.score.underThreshold': 'le score global de {score} % est inférieur à --fail-under {threshold}',
  'cli.score.badThreshold': '--fail-under doit être un nombre de 0 à 100, et non "{value}"',
  // issue 17, many files in one call: score a.yaml b.yaml, report/compare -o FOLDER
  'cli.score.sort':
    'ordre des lignes avec plusieurs fichiers : given (ordre donné, par défaut), file, country, organization (de A à Z), date (la plus ancienne d’abord), overall, coverage (la plus élevée d’abord) ; les lignes sans valeur en dernier, les ex æquo dans l’ordre donné',
  'cli.option.outputMany':
    'écrire dans un fichier plutôt que sur la sortie standard ; avec plusieurs entrées, le dossier où écrire un fichier pour chacune (créé s’il n’existe pas)',
  'cli.compare.onlyBase':
    'rien à comparer avec {base} : les autres fichiers indiqués ne sont que le fichier de référence lui-même',
  'cli.score.badSort': '--sort accepte l’une des valeurs {sorts}, et non "{value}"',
  'cli.score.someFailed': {
    one: '{failed} fichier de réponses sur {count} n’a pas pu être noté (voir ci-dessus)',
    other: '{failed} sur {count} fichiers de réponses n’ont pas pu être notés (voir ci-dessus)',
  },
  'cli.score.noneScored': {
    one: 'le fichier de réponses n’a pas pu être noté (voir ci-dessus)',
    other: 'aucun des {count} fichiers de réponses n’a pu être noté (voir ci-dessus)',
  },
  'cli.format.scoreCsv': 'un tableau pour tableur : une ligne par fichier de réponses, pourcentages entiers',
  'cli.format.scoreMd': 'un tableau Markdown par liste de contrôle, une ligne par fichier de réponses',
  'score.table.file': 'Fichier',
  'score.table.field': '{label} : {value}',
  'score.table.version': 'Version',
  'cli.many.needsFolder':
    'plusieurs entrées produisent chacune un fichier : indiquez un dossier avec -o, par exemple -o {example}',
  'cli.many.notFolder':
    'impossible d’écrire dans {folder} : lui-même, ou un dossier parent, est un fichier et non un dossier',
  'cli.many.cannotCreate': 'impossible de créer le dossier {folder} ({code})',
  'cli.many.sameName':
    '{first} et {second} seraient tous deux écrits sous le nom {output} : renommez l’un d’eux, ou traitez-les séparément',
  'cli.many.someFailed': {
    one: '{failed} entrée sur {count} a échoué (voir ci-dessus)',
    other: '{failed} sur {count} entrées ont échoué (voir ci-dessus)',
  },
  'cli.many.noneDone': {
    one: 'l’entrée a échoué (voir ci-dessus)',
    other: 'aucune des {count} entrées n’a pu être utilisée (voir ci-dessus)',
  },
  'cli.example.scoreMany':
    'Un seul tableau pour plusieurs pays, une ligne chacun, du score global le plus élevé au plus faible',
  'cli.example.scoreCsv': 'Le même tableau en CSV, à ouvrir dans un tableur',
  'cli.example.reportFolder':
    'Un rapport HTML par fichier de réponses, écrit dans le dossier reports/ (créé s’il n’existe pas)',
  'cli.example.compareFolder':
    'Une situation de référence comparée à deux fichiers ultérieurs : 2024-vs-2025.md et 2024-vs-2026.md, écrits dans progress/',
  // issue 16, merge: opsc-audit merge
  'cli.merge.description':
    'réunir en un seul fichier les fichiers de réponses de plusieurs répondants à une même liste de contrôle',
  'cli.merge.answers':
    'fichiers de réponses de la même version de liste de contrôle (placez en premier le fichier de l’organe de coordination)',
  'cli.merge.output': 'le fichier de réponses fusionné à écrire (- pour la sortie standard)',
  'cli.merge.prefer':
    'trancher chaque conflit par une règle : latest (la réponse donnée en dernier) ou first (le fichier indiqué en premier)',
  'cli.merge.checklist':
    'le fichier de liste de contrôle auquel se rapportent les réponses, s’il n’est pas fourni',
  'cli.merge.noOutput':
    'merge écrit un nouveau fichier de réponses : nommez-le avec -o, par exemple -o merged.yaml',
  'cli.merge.badPrefer': '--prefer accepte latest ou first, et non "{value}"',
  'cli.merge.duplicate': '{file} est le même fichier que {first} : il n’est lu qu’une fois',
  'cli.merge.otherChecklist':
    '{file} porte sur la liste de contrôle {id} {version}, mais {first} porte sur la liste de contrôle {firstId} {firstVersion} : seuls des fichiers de réponses à la même liste de contrôle peuvent être fusionnés',
  'cli.merge.otherVersion':
    '{file} porte sur {id} version {version}, mais {first} porte sur la version {firstVersion} : seuls des fichiers de réponses à la même version de la liste de contrôle peuvent être fusionnés (reprenez le plus ancien avec {cli} assess pour le mettre à jour)',
  'cli.merge.otherDigest':
    '{file} et {first} portent tous deux sur {id} {version}, mais ont été établis sur des textes différents de celle-ci (leurs empreintes de liste de contrôle diffèrent) : ils ne peuvent pas être fusionnés',
  'cli.merge.unresolved': {
    one: '{count} question a reçu des réponses différentes et rien n’a été écrit : choisissez avec --prefer latest ou --prefer first, ou lancez merge dans un terminal pour choisir chaque réponse',
    other:
      '{count} questions ont reçu des réponses différentes et rien n’a été écrit : choisissez avec --prefer latest ou --prefer first, ou lancez merge dans un terminal pour choisir chaque réponse',
  },
  'cli.merge.conflictLine': '{id} : {sides}',
  'cli.merge.side': '« {answer} » : {who}, dans {files}',
  'cli.merge.person': '{organization} ({name})',
  'cli.merge.interrupted': 'Interrompu : rien n’a été écrit.',
  'cli.merge.stdout': 'sortie standard',
  'cli.merge.ask.heading': 'Conflit {n} sur {count} : {id} a reçu des réponses différentes',
  'cli.merge.ask.side': '« {answer} » : {who}',
  'cli.merge.ask.in': 'dans {files}',
  'cli.merge.ask.inAt': 'dans {files}, réponse donnée le {time}',
  'cli.merge.ask.notes': 'Notes : {notes}',
  'cli.merge.ask.choice': '« {answer} » ({who})',
  'cli.merge.ask.which': 'Quelle réponse à {id} retenir dans le fichier fusionné ?',
  'cli.merge.summary.files': {
    one: '{count} fichier fusionné dans {output} :',
    other: '{count} fichiers fusionnés dans {output} :',
  },
  'cli.merge.summary.single':
    'Un seul fichier à fusionner : {output} contient ses réponses, chacune indiquant qui l’a donnée.',
  'cli.merge.summary.file': {
    one: '{file} : {who}, {count} réponse',
    other: '{file} : {who}, {count} réponses',
  },
  'cli.merge.summary.answers': {
    one: '{count} question avec réponse dans le fichier fusionné',
    other: '{count} questions avec réponse dans le fichier fusionné',
  },
  'cli.merge.summary.agreed': {
    one: '{count} avec la même réponse dans plusieurs fichiers : conservée une fois, avec le nom de tous ceux qui l’ont donnée',
    other:
      '{count} avec la même réponse dans plusieurs fichiers : chacune conservée une fois, avec le nom de tous ceux qui l’ont donnée',
  },
  'cli.merge.summary.conflicts': {
    one: '{count} avec des réponses différentes, tranchée comme suit :',
    other: '{count} avec des réponses différentes, tranchées comme suit :',
  },
  'cli.merge.summary.noneAgreed': 'Aucune question n’a reçu la même réponse dans plusieurs fichiers.',
  'cli.merge.summary.noConflicts': 'Aucune question n’a reçu de réponses différentes.',
  'cli.merge.summary.resolved.latest':
    '{id} : {kept} retenue plutôt que {over} (la réponse donnée en dernier, --prefer latest)',
  'cli.merge.summary.resolved.first':
    '{id} : {kept} retenue plutôt que {over} (le fichier indiqué en premier, --prefer first)',
  'cli.merge.summary.resolved.asked': '{id} : {kept} retenue plutôt que {over} (votre choix)',
  'cli.glob.tooSlow': 'la recherche du motif "{pattern}" a pris plus de {seconds} s ; restreignez-le',
  'cli.glob.tooMany': 'le motif "{pattern}" correspond à plus de {count} fichiers ; restreignez-le',
  'cli.glob.noMatch': 'aucun fichier ne correspond à "{pattern}"',
  'cli.glob.tooLong': 'le motif "{pattern}" dépasse {count} caractères',
  'cli.glob.bracesTooDeep': 'le motif "{pattern}" imbrique des accolades sur plus de {count} niveaux',
  'cli.glob.nestedGroups':
    'le motif "{pattern}" imbrique des groupes dans des groupes ; utilisez un seul niveau de ( )',
  'cli.glob.tooManyBraces': 'le motif "{pattern}" comporte plus de {count} groupes d’accolades',
  'cli.glob.tooManyWildcards':
    'le motif "{pattern}" comporte plus de {count} jokers (* ? ou groupes) dans une même partie du chemin "{segment}"',
  'cli.list.id': 'ID',
  'cli.list.version': 'VERSION',
  'cli.list.questions': 'QUESTIONS',
  'cli.list.title': 'TITRE',
  'cli.validate.checklistNotFound':
    'la liste de contrôle "{id}" n’est pas fournie ; indiquez son fichier avec --checklist, ou validez-la dans la même exécution',
  'cli.load.noBundledChecklist':
    'aucune liste de contrôle fournie "{ref}" (voir : {cli} list), et aucun fichier de ce nom',
  'cli.load.unusableChecklist': '{file} : liste de contrôle inutilisable',
  'cli.load.checklistErrors':
    '{file} : la liste de contrôle contient des erreurs (lancez : {cli} validate {quoted})',
  'cli.load.tooManyValues':
    '{file} : contient plus de {limit} valeurs YAML (clés, éléments et scalaires), au-delà de la limite ; divisez-le en fichiers plus petits',
  'cli.yaml.tooDeep': 'l’imbrication dépasse {count} niveaux',
  'cli.yaml.forbiddenKey': 'la clé "{name}" n’est pas autorisée',
  'cli.yaml.duplicateKey': 'la clé "{name}" est déjà définie à la ligne {line}',
  'cli.yaml.aliasNoAnchor': 'l’alias *{alias} ne renvoie à aucune ancre définie avant lui',
  'cli.yaml.aliasCircular':
    'l’alias *{alias} se trouve à l’intérieur du nœud auquel il renvoie, ce qui rendrait les données circulaires',
  'cli.yaml.otherVersion':
    'seul YAML 1.2 est lu (où 010 vaut dix et yes est du texte) : supprimez la ligne "%YAML {version}"',
  'cli.yaml.aliasLimit':
    'les alias produisent trop de données (plus de {count} expansions ; un fichier « billion laughs » ?)',
  'cli.yaml.multipleDocuments':
    'un fichier contient un seul document YAML : supprimez le second "---" et ce qui suit',
  'cli.read.notRegular': '{file} : n’est pas un fichier ordinaire',
  'cli.read.tooLarge': 'le fichier fait {size}, au-delà de la limite de {limit}',
  'cli.read.binary': 'le fichier contient des octets NUL : ce n’est pas un fichier texte',
  'cli.read.encoding': 'le fichier n’est pas en UTF-8 valide ; enregistrez-le en UTF-8',
  'cli.read.empty': 'le fichier est vide',
  'cli.read.mebibytes': '{size} Mio',
  'cli.read.kibibytes': '{size} Kio',
  'cli.read.templateProblem': '{file} : {problem}',
  'cli.fs.noSuchFile': '{file} : fichier introuvable',
  'cli.fs.permissionDenied': '{file} : permission refusée',
  'cli.fs.directory': '{file} : est un dossier, et non un fichier',
  'cli.fs.cannotRead': '{file} : lecture impossible ({code})',
  'cli.fs.cannotCreate': '{file} : création impossible ({code})',
  'cli.fs.cannotWrite': '{file} : écriture impossible ({code})',
  'cli.fs.unknownError': 'erreur inconnue',
  'cli.write.standardOutput': 'sortie standard',
  'cli.write.failedBecause': '{file} : écriture impossible : {reason} ({code})',
  'cli.write.noFolder': 'dossier introuvable',
  'cli.write.permissionDenied': 'permission refusée',
  'cli.write.directory': 'est un dossier, et non un fichier',
  'cli.write.noSpace': 'plus d’espace disponible sur le périphérique',
  'cli.write.quota': 'quota de disque dépassé',
  'cli.write.tooLarge': 'fichier trop volumineux',
  'cli.write.readOnly': 'système de fichiers en lecture seule',
  'cli.write.noReader': 'plus rien ne le lit',
  'cli.write.io': 'erreur d’entrée/sortie',
  'cli.write.danglingLink': '{file} : est un lien vers un fichier qui n’existe pas',
  'cli.write.overwritesInput':
    '-o {output} écraserait le fichier d’entrée {input} ; écrivez la sortie dans un autre fichier',
  // Issue 16, helper "start": an -o whose folder is missing, is a file, or may not be written.
  'cli.write.target.noFolder': 'impossible d’écrire {file} : le dossier {folder} n’existe pas',
  'cli.write.target.notFolder': 'impossible d’écrire {file} : {folder} est un fichier, et non un dossier',
  'cli.write.target.noPermission':
    'impossible d’écrire {file} : vous n’avez pas le droit d’écrire dans le dossier {folder}',
  'cli.load.nameChecklist': '{message} (indiquez le fichier de liste de contrôle avec {option})',
  'cli.answers.use.notYaml': '{file} : fichier de réponses inutilisable',
  'cli.answers.use.hasErrors':
    '{file} : le fichier de réponses contient des erreurs (lancez : {cli} validate {quoted})',
  'cli.answers.use.notAnswers':
    '{file} : ce n’est pas un fichier de réponses ("format: opsc-audit/answers@1" attendu)',
  'cli.answers.resume.notYaml':
    '{file} ne peut pas être lu comme du YAML ; corrigez {file} à l’endroit indiqué ci-dessus (vérifiez-le avec : {cli} validate {quoted}), puis relancez la même commande ; les réponses qu’il contient sont conservées',
  'cli.answers.resume.yamlError':
    '{file} contient une erreur YAML (une faute de frappe lors d’une modification ?) ; corrigez {file} à l’endroit indiqué ci-dessus (vérifiez-le avec : {cli} validate {quoted}), puis relancez la même commande ; les réponses qu’il contient sont conservées',
  'cli.answers.resume.yamlErrorAt':
    '{file} contient une erreur YAML en {file}:{line}:{col} (une faute de frappe lors d’une modification ?) ; corrigez {file} à l’endroit indiqué ci-dessus (vérifiez-le avec : {cli} validate {quoted}), puis relancez la même commande ; les réponses qu’il contient sont conservées',
  'cli.answers.resume.checklist':
    '{file} est une liste de contrôle, et non un fichier de réponses ; pour y répondre : {cli} assess {quoted} -o answers.yaml',
  'cli.answers.resume.notAnswers':
    '{file} existe et n’est pas un fichier de réponses ("format: opsc-audit/answers@1" attendu) ; choisissez un autre nom de fichier',
  'cli.answers.resume.hasErrors':
    '{file} : le fichier de réponses contient des erreurs ; corrigez {file} à l’endroit indiqué ci-dessus (vérifiez-le avec : {cli} validate {quoted}), puis relancez la même commande ; les réponses qu’il contient sont conservées',
  'cli.answers.misfit': '{file} : les réponses ne correspondent pas à la liste de contrôle {id} {version}',
  'cli.save.conflictChanged':
    '{file} a été modifié sur le disque à {time} par un autre programme ou une autre personne pendant que cet entretien l’avait ouvert ; rien n’a été écrasé. Leur version : {file}. La vôtre : {ours}. Comparez-les ({cli} compare {quoted} {quotedOurs}), conservez la bonne sous le nom {file}, puis reprenez avec : {command}',
  'cli.save.conflictGone':
    '{file} a été supprimé ou déplacé par un autre programme ou une autre personne pendant que cet entretien l’avait ouvert ; rien n’a été écrasé. Leur version : {file}. La vôtre : {ours}. Comparez-les ({cli} compare {quoted} {quotedOurs}), conservez la bonne sous le nom {file}, puis reprenez avec : {command}',
  'cli.lock.unreadable':
    '{file} est verrouillé par {lock}, qui ne peut pas être lu ; si aucun entretien n’utilise {file}, supprimez {lock} et réessayez',
  'cli.lock.inUse':
    '{file} est ouvert dans un autre entretien (processus {pid} sur {host}, démarré {started}) ; terminez d’abord cet entretien, ou, si aucun entretien n’utilise {file}, supprimez {lock} et réessayez',
  'cli.lock.stale':
    '{file} est verrouillé par {lock}, laissé par un entretien qui n’est plus en cours (processus {pid} sur {host}, démarré {started}) ; supprimez {lock} et réessayez',
  'cli.lock.raced': '{file} vient d’être verrouillé par un autre entretien ; réessayez',
  'cli.lock.cannotCreate':
    '{reason} (le verrou qui empêche deux entretiens d’écrire dans un même fichier de réponses)',
  'cli.validate.fileCount': { one: '{count} fichier', other: '{count} fichiers' },
  'cli.validate.problemCount': { one: '{count} problème', other: '{count} problèmes' },
  'cli.validate.errorCount': { one: '{count} erreur', other: '{count} erreurs' },
  'cli.validate.warningCount': { one: '{count} avertissement', other: '{count} avertissements' },
  'cli.validate.clean': '✔ Vérification terminée : {files}, aucun problème',
  'cli.validate.summary': '✖ {problems} ({errors}, {warnings}) dans {files}',
  'cli.error.unknownLanguage': 'OPSC_LANG : aucun message dans la langue "{language}"',
  'cli.error.internal': 'erreur interne : {message} ; lancez avec --debug pour plus de détails',
  // Spreadsheets out and in (issue 16, part "sheets"): export, import, the workbook's own words and problems.
  'cli.export.description':
    'écrire un classeur (xlsx) ou un fichier CSV des questions, pour qu’un ministère le remplisse sans cet outil',
  'cli.export.source':
    'id d’une liste de contrôle fournie ou chemin, ou fichier de réponses à partir duquel pré-remplir les réponses',
  'cli.export.actor': 'uniquement les questions de cet acteur (son id, par exemple parliament)',
  'cli.export.section': 'uniquement les questions de cette section (son id)',
  'cli.export.checklist':
    'pour un fichier de réponses : exporter au regard de cette liste de contrôle (id fourni ou chemin)',
  'cli.export.unknownActor': 'la liste de contrôle {id} n’a pas d’acteur "{actor}" ; ses acteurs : {actors}',
  'cli.export.unknownSection':
    'la liste de contrôle {id} n’a pas de section "{section}" ; ses sections : {sections}',
  'cli.export.noQuestions':
    'aucune question de la liste de contrôle {id} ne correspond à --actor et --section',
  'cli.format.xlsx':
    'un classeur Excel avec listes déroulantes et cellules verrouillées (nécessite -o FICHIER ou un tube)',
  'cli.format.csv': 'les questions en CSV (UTF-8), pour tout tableur',
  'cli.import.description': 'relire un classeur (xlsx) ou un fichier CSV rempli dans un fichier de réponses',
  'cli.import.file': 'le classeur (.xlsx) ou le fichier CSV (.csv) produit par opsc-audit export',
  'cli.import.output': 'le fichier de réponses à écrire (refusé s’il existe, sauf avec --force)',
  'cli.import.force': 'remplacer le fichier indiqué par -o s’il existe',
  'cli.import.checklist':
    'le lire au regard de cette liste de contrôle (id fourni ou chemin), et non de celle que le fichier indique',
  'cli.import.exists': '{file} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer',
  'cli.import.notWritten': {
    one: '{count} problème ; {file} n’a pas été écrit',
    other: '{count} problèmes ; {file} n’a pas été écrit',
  },
  'cli.import.written': {
    one: '{file} écrit : {count} réponse.',
    other: '{file} écrit : {count} réponses.',
  },
  'cli.import.unknownType': 'ni un classeur (.xlsx) ni un fichier CSV (.csv)',
  'sheet.name.instructions': 'Instructions',
  'sheet.name.questions': 'Questions',
  'sheet.name.lists': 'Listes de réponses',
  'sheet.title': '{title} : auto-évaluation',
  'sheet.intro': {
    one: 'Liste de contrôle {id}, version {version} : {count} question dans ce fichier.',
    other: 'Liste de contrôle {id}, version {version} : {count} questions dans ce fichier.',
  },
  'sheet.part.actor': 'Cette partie contient les questions destinées à : {actor}.',
  'sheet.part.section': 'Cette partie contient la section : {section}.',
  'sheet.part.both': 'Cette partie contient les questions destinées à {actor} dans la section {section}.',
  'sheet.howTo.heading': 'Marche à suivre',
  'sheet.howTo.details': 'Indiquez vos coordonnées ci-dessous, dans les cellules jaunes.',
  'sheet.howTo.answer':
    'Dans la feuille « {sheet} », répondez à chaque question dans la colonne jaune « {column} » : cliquez sur la cellule et choisissez dans sa liste. Pour un nombre, saisissez le nombre ; pour une réponse rédigée, saisissez le texte.',
  'sheet.howTo.read':
    'Les colonnes grises ne peuvent pas être modifiées : lisez la question, ses orientations et les réponses possibles sur la même ligne.',
  'sheet.howTo.leave':
    'Laissez la réponse vide pour une question à laquelle vous ne pouvez pas répondre ; quelqu’un d’autre pourra y répondre.',
  'sheet.howTo.levelsHeading': 'Comment choisir un niveau',
  'sheet.howTo.levels':
    'Choisissez le niveau qui décrit la situation actuelle, dans la pratique et sur l’ensemble du territoire, et non ce qui est prévu. La colonne « {column} » indique ce que chaque niveau signifie pour cette question. Si la situation se situe entre deux niveaux, choisissez le niveau inférieur et expliquez-le dans les notes.',
  'sheet.howTo.multi':
    'Lorsque plusieurs réponses peuvent s’appliquer, saisissez chacune telle qu’elle est écrite dans la colonne « {column} », en les séparant par des points-virgules (;).',
  'sheet.howTo.na':
    '« {na} » : la mesure ne peut pas s’appliquer dans votre pays ; indiquez pourquoi dans la colonne « {column} ». Ce n’est pas un moyen d’éviter une question difficile.',
  'sheet.howTo.dk':
    '« {dk} » : personne parmi vos interlocuteurs ne connaît la réponse. Elle est enregistrée comme une lacune de données, ce qu’il est utile de savoir aussi.',
  'sheet.howTo.evidence':
    'Éléments de preuve : le titre d’une loi, d’un rapport ou d’un autre document, son lien, sa date (AAAA-MM-JJ) et la possibilité ou non de le publier (Oui ou Non). Pour plusieurs documents, écrivez-en un par ligne dans chaque cellule d’éléments de preuve (Alt+Entrée commence une nouvelle ligne dans une cellule).',
  'sheet.howTo.returnHeading': 'Comment le renvoyer',
  'sheet.howTo.return':
    'Enregistrez le fichier en tant que classeur Excel (.xlsx) et renvoyez-le à la personne qui vous l’a envoyé. Ne renommez, ne déplacez et ne supprimez aucune feuille, ligne ou colonne : les réponses sont relues d’après leur emplacement.',
  'sheet.respondent.heading': 'Vos coordonnées',
  'sheet.column.id': 'ID de la question',
  'sheet.column.section': 'Section',
  'sheet.column.question': 'Question',
  'sheet.column.guidance': 'Orientations (résumé)',
  'sheet.column.choices': 'Réponses possibles',
  'sheet.column.answer': 'Votre réponse',
  'sheet.column.notes': 'Notes',
  'sheet.column.naReason': 'Motif, si sans objet',
  'sheet.column.evidenceTitle': 'Éléments de preuve : titre',
  'sheet.column.evidenceLink': 'Éléments de preuve : lien',
  'sheet.column.evidenceDate': 'Éléments de preuve : date (AAAA-MM-JJ)',
  'sheet.column.evidencePublic': 'Éléments de preuve publiables ? (Oui/Non)',
  'sheet.column.responsible': 'Entité responsable',
  'sheet.column.targetDate': 'Échéance (AAAA-MM-JJ)',
  'sheet.answer.notApplicable': 'Sans objet',
  'sheet.choice.level': '{label} : {description}',
  'sheet.choice.pickOne': 'Choisissez une réponse :',
  'sheet.choice.pickMany': 'Choisissez une ou plusieurs réponses, séparées par des points-virgules (;) :',
  'sheet.choice.number': 'Un nombre.',
  'sheet.choice.numberUnit': 'Un nombre ({unit}).',
  'sheet.choice.min': 'Au moins {min}.',
  'sheet.choice.max': 'Au plus {max}.',
  'sheet.choice.text': 'Une réponse rédigée.',
  'sheet.guidance.more': '{summary} …',
  'sheet.rule.listPrompt': 'Choisissez dans la liste.',
  'sheet.rule.listError': 'Choisissez l’une des réponses de la liste.',
  'sheet.rule.numberPrompt': 'Saisissez un nombre, ou choisissez « {na} » ou « {dk} » en le saisissant.',
  'sheet.rule.numberError': 'Ce n’est pas un nombre compris dans l’intervalle de cette question.',
  'sheet.rule.datePrompt': 'Saisissez une date au format AAAA-MM-JJ.',
  'sheet.rule.dateError': 'Ce n’est pas une date.',
  'sheet.problem.location': '{place} : {message}',
  'sheet.problem.tooLarge':
    'le fichier fait {size} octets, plus que les {limit} octets autorisés pour un questionnaire',
  'sheet.problem.notWorkbook': 'ce n’est pas un classeur Excel (.xlsx) lisible : {reason}',
  'sheet.problem.notZip':
    'ce n’est pas un classeur Excel (.xlsx) : un fichier .xlsx est une archive zip, et celui-ci n’en est pas une',
  'sheet.problem.expands':
    'le classeur se décompresse en plus de {limit} octets (ou {parts} parties) ; ce n’est pas un questionnaire produit par opsc-audit export',
  'sheet.problem.noAbout':
    'pas de feuille masquée « {sheet} » : ce classeur n’a pas été produit par opsc-audit export, ou cette feuille a été supprimée ; exportez de nouveau les questions',
  'sheet.problem.aboutChanged':
    'la feuille masquée « {sheet} » a été modifiée ({what} manque ou est erroné) ; exportez de nouveau les questions',
  'sheet.problem.otherFormat': 'produit dans un format que cette version d’opsc-audit ne lit pas ({format})',
  'sheet.problem.otherChecklist':
    'exporté à partir de la liste de contrôle {found}, et non {expected} ; importez-le avec --checklist {found}',
  'sheet.problem.otherVersion':
    'exporté à partir de la version {found} de la liste de contrôle {id}, mais la liste de contrôle est désormais en version {expected} ; exportez de nouveau les questions et recopiez-y les réponses',
  'sheet.problem.otherDigest':
    'exporté à partir d’un autre texte de la liste de contrôle {id} {version} (son empreinte était {found}, elle est désormais {expected}) ; exportez de nouveau les questions et recopiez-y les réponses',
  'sheet.problem.noSheet':
    'pas de feuille « {sheet} » ; les feuilles ne doivent être ni renommées ni supprimées',
  'sheet.problem.header':
    'l’en-tête de colonne devrait être « {expected} » : les colonnes ne doivent être ni déplacées, ni renommées, ni supprimées',
  'sheet.problem.idChanged':
    'ID de question « {found} » sur la ligne exportée pour {expected} ; les lignes ne doivent être ni déplacées ni modifiées',
  'sheet.problem.unknownQuestion': 'la liste de contrôle {checklist} n’a pas de question « {id} »',
  'sheet.problem.duplicate': 'question {id} en double (sa ligne est la ligne {row})',
  'sheet.problem.extraRow':
    'une ligne que l’export n’a pas écrite : les réponses doivent figurer sur la ligne de leur question',
  'sheet.problem.tooManyRows':
    'la feuille compte {count} lignes, plus que les {limit} lues par une importation',
  'sheet.problem.tooLong': 'plus de {limit} caractères',
  'sheet.problem.formula': 'une formule ({formula}) : saisissez la valeur elle-même',
  'sheet.problem.errorValue': 'une valeur d’erreur ({error}) : saisissez la valeur elle-même',
  'sheet.problem.notInList':
    '« {value} » n’est pas une réponse possible de {id} ; choisissez parmi : {choices}',
  'sheet.problem.notNumber': '« {value} » n’est pas un nombre',
  'sheet.problem.range': '{value} est en dehors de ce que {id} accepte ({min} à {max})',
  'sheet.problem.notDate':
    '« {value} » n’est pas une date ; écrivez-la au format AAAA-MM-JJ (par exemple 2025-03-31)',
  'sheet.problem.numberNotDate':
    'un nombre ({value}), et non une date ; écrivez-la au format AAAA-MM-JJ (par exemple 2025-03-31)',
  'sheet.problem.dateNotText': 'une date ({value}), là où un texte est attendu',
  'sheet.problem.booleanNotText': 'une valeur VRAI/FAUX, là où un texte est attendu',
  'sheet.problem.notYesNo': '« {value} » n’est ni « {yes} » ni « {no} »',
  'sheet.problem.notRole': '« {value} » ne fait pas partie des catégories : {roles}',
  'sheet.problem.needsAnswer':
    'des précisions sont indiquées, mais la question n’a pas de réponse dans la colonne {column} ; choisissez-en une (« {dk} » en cas de doute)',
  'sheet.problem.needsReason': '« {na} » nécessite un motif dans la colonne {column}',
  'sheet.problem.reasonWithoutNa':
    'un motif pour « {na} », mais la réponse dans la colonne {column} n’est pas « {na} »',
  'sheet.problem.evidenceNoTitle':
    'la ligne {line} des éléments de preuve n’a pas de titre dans la colonne {column}',
  'sheet.problem.csvQuote': 'un champ entre guillemets n’est pas fermé',
  'sheet.problem.csvHeader':
    'la première ligne devrait commencer par {format} : ce fichier CSV n’a pas été produit par opsc-audit export',

  // The interview (keys `interview.*`)
  'interview.choice.guidance': 'Afficher les orientations',
  'interview.choice.notApplicable': 'Sans objet…',
  'interview.choice.notApplicableHint': 'Il vous sera demandé pourquoi.',
  'interview.choice.dontKnow': 'Ne sait pas',
  'interview.choice.dontKnowHint': 'Enregistré comme lacune de données.',
  'interview.choice.skip': 'Passer pour l’instant',
  'interview.choice.skipHint': 'Reste sans réponse ; proposée de nouveau à la fin.',
  'interview.choice.back': 'Retour',
  'interview.choice.backDisabled': '(c’est la première question)',
  'interview.choice.review': 'Revoir la section',
  'interview.choice.jump': 'Aller à la section…',
  'interview.choice.quit': 'Enregistrer et quitter',
  'interview.choice.enterNumber': 'Saisir un nombre…',
  'interview.choice.enterOptions': 'Choisir des options…',
  'interview.choice.enterText': 'Saisir un texte…',
  'interview.choice.yes': 'Oui',
  'interview.choice.no': 'Non',
  'interview.prompt.answerTo': 'Votre réponse ({id})',
  'interview.prompt.naReason': 'Pourquoi cette question est-elle sans objet ?',
  'interview.invalid.naReason': 'Un motif est requis.',
  'interview.prompt.options':
    'Choisissez toutes les options pertinentes (espace pour cocher ou décocher, Entrée pour valider)',
  'interview.prompt.number': 'Nombre',
  'interview.prompt.numberWithUnit': 'Nombre ({unit})',
  'interview.prompt.numberInRange': 'Nombre de {min} à {max}',
  'interview.prompt.numberWithUnitInRange': 'Nombre ({unit}) de {min} à {max}',
  'interview.invalid.number': 'Veuillez saisir un nombre.',
  'interview.invalid.numberRange': 'Veuillez saisir un nombre de {min} à {max}.',
  'interview.prompt.answer': 'Réponse',
  'interview.invalid.text': 'Veuillez saisir un texte.',
  'interview.prompt.notes': 'Notes (facultatif ; Entrée pour passer, « - » pour effacer)',
  'interview.evidenceRecorded': {
    one: '{count} élément de preuve déjà enregistré.',
    other: '{count} éléments de preuve déjà enregistrés.',
  },
  'interview.prompt.evidenceTitle': 'Élément de preuve : titre (facultatif ; Entrée pour passer)',
  'interview.prompt.anotherEvidenceTitle': 'Autre élément de preuve : titre (Entrée pour terminer)',
  'interview.prompt.evidenceLink': 'Élément de preuve : lien ou référence (facultatif)',
  'interview.prompt.evidenceDate': 'Élément de preuve : date (AAAA-MM-JJ, facultatif)',
  'interview.invalid.evidenceDate': 'Veuillez saisir une date au format AAAA-MM-JJ.',
  'interview.prompt.evidencePublic': 'Cet élément de preuve peut-il être publié ?',
  'interview.progress':
    '[{position}/{total}] {where}  (section : {sectionDone}/{sectionTotal} traitées, {percent} % au total)',
  'interview.where': '{pillar} > {section}',
  'interview.questionIdWeighted': '{id}  ({basis}, poids {weight})',
  'interview.currentAnswer': 'Réponse actuelle : {answer}',
  'interview.noGuidance': 'Aucune orientation pour cette question.',
  'interview.evidenceHint': 'Pour étayer votre réponse : {evidence}',
  'interview.source': '{source}, par. {para}',
  'interview.sources': 'Sources : {sources}',
  'interview.scale': 'Échelle :',
  'interview.scaleLevelMeaning': '{label} - {meaning}',
  'interview.answer.skipped': 'passée pour l’instant',
  'interview.answer.notApplicable': 'sans objet ({reason})',
  'interview.answer.dontKnow': 'ne sait pas',
  'interview.answer.unanswered': 'sans réponse',
  'interview.answer.kept': '{answer} [conservée ; la question ne s’applique plus]',
  'interview.answer.yes': 'Oui',
  'interview.answer.no': 'Non',
  'interview.answer.none': '(aucune)',
  'interview.conditionReason': 'sans objet, compte tenu de la réponse à {ids}',
  'interview.role.government': 'Gouvernement',
  'interview.role.ngo': 'ONG ou société civile',
  'interview.role.nhri': 'Institution nationale des droits de l’homme',
  'interview.role.un': 'Organisation des Nations Unies',
  'interview.role.consultant': 'Consultant',
  'interview.role.other': 'Autre',
  'interview.respondent.known': 'Répondant : {country}, {organization} ({role}), {date}',
  'interview.respondent.intro':
    '\nÀ votre sujet (enregistré dans le fichier de réponses et indiqué dans les rapports).',
  'interview.prompt.country': 'Pays',
  'interview.prompt.organization': 'Organisation',
  'interview.prompt.role': 'Vous représentez',
  'interview.prompt.date': 'Date de l’évaluation (AAAA-MM-JJ)',
  'interview.invalid.required': 'Veuillez saisir une valeur.',
  'interview.invalid.date': 'Veuillez saisir une date au format AAAA-MM-JJ.',
  'interview.changes.sameVersion': 'version {version}, mais son contenu a changé',
  'interview.changes.newVersion': 'version {from} ; elle est désormais en version {to}',
  'interview.changes.heading':
    '\nLa liste de contrôle {id} a changé depuis que ces réponses ont été données ({version}).',
  'interview.changes.noneChanged': 'Aucune des questions auxquelles vous avez répondu n’a changé.',
  'interview.changes.changed': 'Questions avec réponse qui ont changé depuis ({count}) :',
  'interview.changes.removed':
    'Réponses à des questions qui ne figurent plus dans la liste de contrôle ({count}) : {ids}.',
  'interview.changes.backup':
    'Si vous continuez, elles sont supprimées du fichier ; une copie du fichier dans son état actuel est conservée dans {backup}.',
  'interview.changes.review': 'Continuer, en reposant d’abord les questions modifiées',
  'interview.changes.keep': 'Continuer, en conservant telles quelles les réponses aux questions modifiées',
  'interview.changes.continue': 'Continuer avec la liste de contrôle actuelle',
  'interview.changes.quit': 'Quitter sans modifier le fichier',
  'interview.changes.prompt': 'Comment souhaitez-vous poursuivre ?',
  'interview.sectionDone': '\nSection terminée : {section}',
  'interview.sectionDone.prompt': 'Avant de poursuivre',
  'interview.sectionDone.continue': 'Passer à {section}',
  'interview.sectionDone.change': 'Modifier une réponse de cette section',
  'interview.end.skipped': '\nToutes les questions ont été vues ; passées pour l’instant ({count}) : {ids}.',
  'interview.end.allAnswered': '\nToutes les questions ont une réponse.',
  'interview.end.answerSkipped': {
    one: 'Répondre maintenant à la question passée ({count})',
    other: 'Répondre maintenant aux {count} questions passées',
  },
  'interview.end.finishForNow': 'Terminer pour l’instant (les questions passées restent sans réponse)',
  'interview.end.finish': 'Terminer',
  'interview.end.review': 'Revoir une section',
  'interview.end.prompt': 'Et ensuite ?',
  'interview.review.notApplicableByCondition': 'sans objet (condition)',
  'interview.review.notAnswered': 'pas encore de réponse',
  'interview.review.continue': 'Continuer',
  'interview.review.prompt': 'Revue : {section}. Choisissez une question pour la modifier',
  'interview.jump.stay': 'Rester ici',
  'interview.jump.section': '{section}  ({done}/{total} traitées)',
  'interview.jump.prompt': 'Aller à la section',
  'interview.summary.heading': 'État de l’évaluation (tel que score et report le comptent) :',
  'interview.summary.total': 'Total',
  'interview.keys.navigate': 'naviguer',
  'interview.keys.select': 'sélectionner',
  'interview.keys.submit': 'valider',
  'interview.keys.all': 'tout',
  'interview.keys.invert': 'inverser',
  'interview.keys.space': 'espace',
  'interview.disabledChoice': 'Cette option est désactivée et ne peut pas être sélectionnée.',
  'interview.disabledToggle': 'Cette option est désactivée et ne peut pas être cochée.',
  'interview.confirm.yes': 'Oui',
  'interview.confirm.no': 'Non',
  'interview.confirm.invalid': 'Vous devez répondre par « {yes} » ou « {no} »',
  // Issue 16, the kinder interview: editor, pasted notes, details later, respondent details, small terminals.
  'interview.prompt.notesOrEditor':
    'Notes (Entrée pour passer, « - » pour effacer, « e » pour ouvrir votre éditeur)',
  'interview.editorFailed':
    'Aucun éditeur n’a pu être ouvert (indiquez-en un dans EDITOR ou VISUAL) ; saisissez ou collez plutôt les notes ici.',
  'interview.invalid.notesTooLong':
    'Les notes comptent au plus {max} caractères ; celles-ci en comptent {count}.',
  'interview.invalid.tooLong': 'Au plus {max} caractères, s’il vous plaît ; ce texte en compte {count}.',
  'interview.choice.details': 'Notes et éléments de preuve…',
  'interview.choice.detailsHint': 'Ajouter ou modifier les notes et les éléments de preuve de cette réponse.',
  'interview.choice.respondent': 'Coordonnées du répondant…',
  'interview.prompt.name': 'Votre nom (facultatif)',
  'interview.respondent.knownNamed': 'Répondant : {name}, {country}, {organization} ({role}), {date}',
  'interview.respondent.change':
    'Modifier les coordonnées du répondant (Entrée conserve chacune telle quelle).',
  // Validation diagnostics (keys `validate.*`)
  'validate.band-order.first': 'le premier palier doit commencer à 0',
  'validate.band-order': 'les paliers doivent être dans l’ordre croissant de "min" ({previous} puis {next})',
  'validate.band-label-clash':
    'le palier "{label}" porte le nom du niveau d’échelle "{level}" ; nommez les paliers autrement que les niveaux, afin qu’un score et une réponse ne se confondent jamais',
  'validate.scale-order':
    'les niveaux de l’échelle doivent avoir des valeurs croissantes ({previous} puis {next})',
  'validate.duplicate-id.source': 'la source "{name}" est déclarée deux fois',
  'validate.duplicate-id.pillar': 'le pilier "{name}" est déclaré deux fois',
  'validate.duplicate-id.theme': 'le thème "{name}" est déclaré deux fois',
  'validate.duplicate-id.actor': 'l’acteur "{name}" est déclaré deux fois',
  'validate.duplicate-id.section': 'l’id de section "{id}" est déjà utilisé par la section {number}',
  'validate.duplicate-id.question': 'l’id de question "{id}" est déjà utilisé dans la section "{section}"',
  'validate.duplicate-key.level': 'le niveau "{name}" est déclaré deux fois',
  'validate.duplicate-key.option': 'l’option "{name}" est déclarée deux fois',
  'validate.unknown-pillar': 'le pilier "{pillar}" n’est pas déclaré sous "pillars"',
  'validate.unknown-theme': 'le thème "{theme}" n’est pas déclaré sous "themes"',
  'validate.unknown-actor': 'l’acteur "{actor}" n’est pas déclaré sous "actors"',
  'validate.unknown-source': 'la source "{source}" n’est pas déclarée sous "sources"',
  'validate.unknown-scale': 'l’échelle "{scale}" n’est pas définie sous "scales"',
  'validate.paragraph-malformed':
    'le paragraphe "{para}" doit être un numéro, éventuellement suivi de subdivisions, par exemple 88(d)(iii)',
  'validate.paragraph-out-of-range':
    'le paragraphe {para} est hors de {source}, qui compte les paragraphes 1 à {last}',
  'validate.empty-pillar': 'le pilier "{pillar}" n’a aucune question',
  'validate.kind-mismatch.field': '"{field}" ne s’applique qu’aux questions de type {kinds}, et non {kind}',
  'validate.kind-mismatch.required': 'une question de type {kind} nécessite "{field}"',
  'validate.kind-mismatch.compare': 'impossible de comparer {id} à {value}',
  'validate.zero-top-score':
    '{id} ne peut jamais obtenir plus de 0 ({why}), de sorte qu’aucune réponse ne peut compter dans un score ; donnez un score positif à sa meilleure réponse, ou faites-en une question textuelle',
  'validate.when-never-true':
    'la condition "when" de {id} ne peut jamais être vraie : la question ne serait jamais posée',
  'validate.when-undecided':
    'abandon après {steps} étapes pour déterminer si la condition "when" de {id} peut être vraie ; simplifiez-la',
  'validate.when-self-reference': 'la condition "when" de {id} renvoie à la question elle-même',
  'validate.when-unknown-question': 'la condition "when" renvoie à une question inconnue "{question}"',
  'validate.when-cycle':
    'la condition "when" de {id} renvoie à {other}, et les conditions des deux questions dépendent l’une de l’autre',
  'validate.when-forward-reference':
    'la condition "when" renvoie à {question}, qui vient plus loin ; les conditions ne peuvent utiliser que des réponses antérieures',
  'validate.when-unscored-question':
    '{id} est une question {kind} ; une condition "when" peut seulement demander si elle a reçu une réponse',
  'validate.requires-never-true':
    'la condition "requires" de {id} ne peut jamais être vraie lorsque la question s’applique : la mesure compterait toujours comme inexistante',
  'validate.requires-undecided':
    'abandon après {steps} étapes pour déterminer si la condition "requires" de {id} peut être vraie ; simplifiez-la',
  'validate.requires-self-reference': 'la condition "requires" de {id} renvoie à la question elle-même',
  'validate.requires-unknown-question':
    'la condition "requires" renvoie à une question inconnue "{question}"',
  'validate.requires-cycle':
    'la condition "requires" de {id} renvoie à {other}, et les conditions des deux questions dépendent l’une de l’autre',
  'validate.requires-forward-reference':
    'la condition "requires" renvoie à {question}, qui vient plus loin ; les conditions ne peuvent utiliser que des réponses antérieures',
  'validate.requires-unscored-question':
    '{id} est une question {kind} ; une condition "requires" peut seulement demander si elle a reçu une réponse',
  'validate.obligation-without-article':
    '{id} est une obligation, mais ses "refs" ne citent aucun article du Protocole facultatif ("opsc") ni de la Convention ("crc")',
  'validate.weight-outside-basis.obligation':
    'le poids {weight} est hors de la fourchette d’une obligation ({min} à {max})',
  'validate.weight-outside-basis.recommendation':
    'le poids {weight} est hors de la fourchette d’une recommandation ({min} à {max})',
  'validate.weight-outside-basis.practice':
    'le poids {weight} est hors de la fourchette d’une bonne pratique ({min} à {max})',
  'validate.schema.calendarDate': '"date" {date} n’est pas un jour du calendrier',
  'validate.unknown-framework-ref':
    '"{value}" dans refs.{key} ne désigne aucune entrée de ce cadre (valeurs possibles : {valid})',
  'validate.all-themes':
    '{id} cite tous les thèmes de la liste de contrôle ; une mesure qui concerne toutes les formes d’exploitation est transversale et ne doit citer aucun thème',
  'validate.theme-too-few-questions': {
    one: 'le thème "{theme}" est cité par {count} question ; un thème nécessite au moins {min} questions qui le visent spécifiquement',
    other:
      'le thème "{theme}" est cité par {count} questions ; un thème nécessite au moins {min} questions qui le visent spécifiquement',
  },
  'validate.incomplete-translation':
    'aucune traduction en {languages} (d’autres textes de ce fichier en ont une)',
  'validate.checklist-mismatch':
    'les réponses portent sur la liste de contrôle "{answers}", mais ont été vérifiées au regard de "{checklist}"',
  'validate.unknown-question': 'la question "{id}" ne figure pas dans {checklist} {version}',
  'validate.na-without-reason': '« sans objet » pour {id} nécessite un motif',
  'validate.applicability-mismatch.inapplicable.unconditional':
    '{id} est marquée "inapplicable", mais elle s’applique (elle n’a pas de condition) : la marque est ignorée et la réponse est notée',
  'validate.applicability-mismatch.inapplicable.conditionMet':
    '{id} est marquée "inapplicable", mais elle s’applique (sa condition sur des réponses antérieures est remplie) : la marque est ignorée et la réponse est notée',
  'validate.applicability-mismatch.naByCondition.unconditional':
    '{id} est enregistrée comme sans objet par l’effet d’une condition, mais elle s’applique (elle n’a pas de condition) : elle est notée comme sans réponse',
  'validate.applicability-mismatch.naByCondition.conditionMet':
    '{id} est enregistrée comme sans objet par l’effet d’une condition, mais elle s’applique (sa condition sur des réponses antérieures est remplie) : elle est notée comme sans réponse',
  // issue 16, merge: who gave an answer
  'validate.unknown-contributor':
    'la réponse à {id} a pour "by" "{key}", qui ne figure pas parmi les "contributors" du fichier : on ignore qui l’a donnée (ajoutez "{key}" sous "contributors", ou corrigez la clé)',
  'validate.question-changed':
    '{id} a été reformulée, ou son échelle ou ses options ont changé, depuis la réponse ; la réponse est notée telle quelle : revoyez-la',
  'validate.digest-missing':
    'le fichier n’enregistre aucune empreinte de liste de contrôle : ses scores ne peuvent donc pas être vérifiés au regard des changements de formulation de la liste de contrôle (ajoutez "digest: {digest}" sous "checklist" une fois les réponses vérifiées au regard de la version {version})',
  'validate.digest-mismatch.sameVersion':
    'la liste de contrôle a changé depuis que ces réponses ont été données (toujours en version {version}) ; aucune question avec réponse n’a changé',
  'validate.digest-mismatch.sameVersion.changed': {
    one: 'la liste de contrôle a changé depuis que ces réponses ont été données (toujours en version {version}) ; {count} question avec réponse a changé depuis ({ids})',
    other:
      'la liste de contrôle a changé depuis que ces réponses ont été données (toujours en version {version}) ; {count} questions avec réponse ont changé depuis ({ids})',
  },
  'validate.digest-mismatch.newVersion':
    'la liste de contrôle a changé depuis que ces réponses ont été données (version {from} -> {to}) ; aucune question avec réponse n’a changé',
  'validate.digest-mismatch.newVersion.changed': {
    one: 'la liste de contrôle a changé depuis que ces réponses ont été données (version {from} -> {to}) ; {count} question avec réponse a changé depuis ({ids})',
    other:
      'la liste de contrôle a changé depuis que ces réponses ont été données (version {from} -> {to}) ; {count} questions avec réponse ont changé depuis ({ids})',
  },
  'validate.digest-mismatch.version':
    'les réponses ont été données sur la version {answers} ; la liste de contrôle est en version {checklist}',
  'validate.unknown-format.wrong': '"format" doit être {checklist} ou {answers}',
  'validate.unknown-format.missing':
    'ce n’est pas un fichier opsc-audit : ajoutez "format: {checklist}" ou "format: {answers}"',
  'validate.schema.subject.document': 'le document',
  'validate.schema.subject.item': 'l’élément {number} de "{list}"',
  'validate.schema.subject.key': '"{key}"',
  'validate.schema.subject.answer': 'la réponse à {id}',
  'validate.schema.subject.keyName': 'la clé "{key}"',
  'validate.schema.unknownKey': 'clé inconnue "{key}"',
  'validate.schema.unknownKey.allowed': 'clé inconnue "{key}" (clés admises : {keys})',
  'validate.schema.required': '{subject} : clé obligatoire "{key}" manquante',
  'validate.schema.oneOf.ambiguous': '{subject} : correspond à plus d’une forme',
  'validate.schema.oneOf.none': '{subject} : ne correspond à aucune forme admise',
  'validate.schema.oneOf.localizedString':
    '{subject} : doit être un texte, ou une table associant un code de langue à un texte',
  'validate.schema.oneOf.category':
    '{subject} : doit être une clé (par exemple child_marriage) ou une table avec id, label et description',
  'validate.schema.oneOf.condition':
    '{subject} : doit être une condition : {question, equals|in|atLeast|answered}, ou {all: [...]}, {any: [...]} ou {not: ...}',
  'validate.schema.oneOf.answer':
    '{subject} : nécessite exactement un élément parmi : level, value, na, unknown, skipped',
  'validate.schema.oneOf.para':
    '{subject} : doit être un paragraphe (par exemple "88(d)(iii)") ou un localisateur',
  'validate.schema.oneOf.scale':
    '{subject} : doit être le nom d’une échelle sous `scales`, ou une liste de niveaux',
  'validate.schema.oneOf.value':
    '{subject} : doit être oui/non (true ou false), un nombre, un texte ou une liste de clés d’option',
  'validate.schema.pattern': '{subject} : doit correspondre à {pattern}',
  'validate.schema.pattern.kebabCase':
    '{subject} : doit être en kebab-case : lettres minuscules et chiffres reliés par des traits d’union',
  'validate.schema.pattern.key':
    '{subject} : doit être composé de lettres minuscules et de chiffres, reliés par _ ou -',
  'validate.schema.pattern.questionId':
    '{subject} : doit avoir la forme PRV-LAW-01 : lettres majuscules et chiffres reliés par des traits d’union',
  'validate.schema.pattern.version': '{subject} : doit être une version sémantique, par exemple 1.0.0',
  'validate.schema.pattern.language': '{subject} : doit être une étiquette de langue, par exemple en ou fr',
  'validate.schema.pattern.publicationDate':
    '{subject} : doit être une date écrite AAAA-MM-JJ, ou l’année seule (AAAA), ou l’année et le mois (AAAA-MM)',
  'validate.schema.pattern.webAddress':
    '{subject} : doit être une adresse web commençant par https:// ou http://',
  'validate.schema.pattern.digest':
    '{subject} : doit être "sha256:" suivi de 64 chiffres hexadécimaux (tel qu’opsc-audit l’écrit)',
  'validate.schema.pattern.questionDigest':
    '{subject} : doit comporter 12 chiffres hexadécimaux (tel qu’opsc-audit l’écrit)',
  'validate.schema.pattern.symbol':
    '{subject} : doit être une cote de document telle que A/HRC/49/51 : lettres, chiffres et / . _ -',
  'validate.schema.const': '{subject} : doit valoir {value}',
  'validate.schema.enum': '{subject} : doit être l’une des valeurs suivantes : {values}',
  'validate.schema.format': '{subject} : doit être au format {format}',
  'validate.schema.format.date': '{subject} : doit être une date écrite AAAA-MM-JJ',
  'validate.schema.format.dateTime':
    '{subject} : doit être une date et une heure, par exemple 2026-11-22T10:15:00Z',
  'validate.schema.format.uri': '{subject} : doit être un lien absolu, par exemple https://example.org/',
  'validate.schema.empty': '{subject} : ne doit pas être vide',
  'validate.schema.tooShort': '{subject} : trop court',
  'validate.schema.tooLong': '{subject} : dépasse la limite de {limit} caractères',
  'validate.schema.conditionTest':
    '{subject} : nécessite "question" et exactement un élément parmi : {tests}',
  'validate.schema.keyCount': '{subject} : nombre de clés incorrect',
  'validate.schema.invalid': '{subject} : non valide',
  'validate.schema.ajv': '{subject} {problem}',

  // Checklist translation files: validate, and the text of a checklist in the command's language (issue 18).
  'validate.translation-missing.entry': '{entry} n’est pas traduit : le texte anglais est affiché',
  'validate.translation-missing.fields':
    '{entry} : champs non traduits ({fields}) : le texte anglais est affiché',
  'validate.translation-outdated':
    '{entry} : le texte anglais a changé depuis la traduction ; vérifiez la traduction, puis supprimez sa ligne source et lancez {cli} translate pour y inscrire de nouveau l’empreinte',
  'validate.translation-unstamped': {
    one: '{count} entrée traduite ({entry}) n’a pas encore d’empreinte source : lancez {cli} translate avec la liste de contrôle et la langue de ce fichier pour l’inscrire',
    other:
      '{count} entrées traduites (la première : {entry}) n’ont pas encore d’empreinte source : lancez {cli} translate avec la liste de contrôle et la langue de ce fichier pour les inscrire',
  },
  'validate.translation-unknown.entry': '{entry} n’est pas dans la liste de contrôle {checklist}',
  'validate.translation-unknown.key': '{entry} : le champ anglais {field} n’a pas de clé {key}',
  'validate.translation-extra-field': '{entry} : l’anglais n’a pas de champ {field} à traduire',
  'validate.translation-language.own':
    'la langue {language} est celle de la liste de contrôle : rien à traduire',
  'validate.translation-language.unknown':
    'l’outil ne parle pas la langue {language} ; traduisez en {languages}',
  'validate.translation-structure.placeholders':
    '{entry} : {field} ne reprend pas les paramètres entre accolades de l’anglais',
  'validate.translation-structure.lists':
    '{entry} : {field} n’a pas autant d’éléments de liste que l’anglais',
  'validate.translation-structure.bold':
    '{entry} : {field} n’a pas autant de marques de gras (**) que l’anglais',
  'validate.translation-file-missing':
    'aucune traduction en {languages} à côté de cette liste de contrôle ({cli} translate en crée une) ; le texte anglais est affiché dans ces langues',
  'validate.checklist-not-found.translation':
    'aucune liste de contrôle {id} à côté de ce fichier de traduction ({file}) ni parmi les listes de contrôle fournies',
  'validate.checklist-not-found.broken':
    'la liste de contrôle de cette traduction ({file}) comporte des erreurs : validez-la d’abord',
  'validate.checklist-mismatch.translation':
    'cette traduction est celle de {translation}, mais {file}, à côté, est {checklist}',
  'cli.translate.none':
    'aucune traduction en {language} de la liste de contrôle {checklist} : son texte est affiché dans sa langue ({own})',
  'cli.translate.unusable':
    'la traduction en {language} de la liste de contrôle {checklist} ({file}) est inutilisable (lancez {cli} validate {quoted}) : son texte est affiché dans sa langue ({own})',
  'cli.load.translationNotChecklist':
    '{file} est une traduction de la liste de contrôle {checklist}, pas une liste de contrôle : indiquez la liste de contrôle et choisissez la langue avec --lang',

  // Reports, remaining short words (keys `words.*`)
  'words.role.government': 'gouvernement',
  'words.role.ngo': 'organisation non gouvernementale',
  'words.role.nhri': 'institution nationale des droits de l’homme',
  'words.role.un': 'entité des Nations Unies',
  'words.role.consultant': 'consultant indépendant',
  'words.role.other': 'autre répondant',
  'words.basis.obligation': 'obligation conventionnelle',
  'words.basis.recommendation': 'recommandation',
  'words.basis.practice': 'bonne pratique',
  'words.mode.progress': 'évolution',
  'words.mode.divergence': 'divergences',
  'words.date': '{day}/{month}/{year}',
  'words.yes': 'Oui',
  'words.no': 'Non',
  'words.none': 'Aucun',
  'words.scoreOf': '{score} sur {max}',
  'words.answerScore': '{answer} ({score})',
  'words.targetScore': '{target} ({score})',
  'words.notAvailable': 'n.d.',
  'words.percent': '{percent} %',
  'words.points': '{sign}{points} pts',
  'words.baseFile': 'Référence ({file})',
  'words.currentFile': 'Actuel ({file})',
  'words.paragraph': 'par. {para}',
  'words.paragraphs': 'par. {para}',
  'words.page': 'p. {page}',
  'words.sources': 'Sources :',
  'words.conditional': 'conditionnelle',
  // Two counts, each with its own plural forms, joined by one message so a translator can reorder them.
  'words.outlineCounts': '{questions} dans {sections}',
  'words.questionCount': { one: '{count} question', other: '{count} questions' },
  'words.sectionCount': { one: '{count} section', other: '{count} sections' },
  // Languages (issue 18)
  'cli.program.lang':
    'langue des messages et des rapports : {languages} (par défaut : OPSC_LANG, puis LC_ALL, LC_MESSAGES ou LANG, puis l’anglais)',
  'cli.error.unknownLangOption':
    '--lang : aucun message dans la langue « {language} » (disponibles : {languages})',
  'cli.assess.otherLanguage':
    'Ces réponses ont été données en {language}. Pour continuer dans cette langue : {command}',
  // opsc-audit translate: checklist translation files (issue 18).
  'cli.translate.description':
    'créer le fichier de traduction d’une liste de contrôle dans une langue, ou inscrire l’empreinte de l’anglais sur ses entrées traduites',
  'cli.translate.checklist': 'id d’une liste de contrôle fournie, ou chemin',
  'cli.translate.output':
    'le fichier de traduction (par défaut : à côté de la liste de contrôle, <checklist>.<lang>.yaml)',
  'cli.translate.ownLanguage': '--lang {language} : la liste de contrôle est déjà rédigée dans cette langue.',
  'cli.translate.badLanguage': '--lang {language} : choisissez parmi {languages}.',
  'cli.translate.created': {
    one: 'Fichier {file} créé, avec {count} entrée à traduire. Pour traduire un champ, retirez "# " au début de ses lignes et remplacez l’anglais ; lancez ensuite {command} pour inscrire sur chaque entrée traduite l’empreinte de son texte anglais.',
    other:
      'Fichier {file} créé, avec {count} entrées à traduire. Pour traduire un champ, retirez "# " au début de ses lignes et remplacez l’anglais ; lancez ensuite {command} pour inscrire sur chaque entrée traduite l’empreinte de son texte anglais.',
  },
  'cli.translate.fileHelp':
    'Traduction d’une liste de contrôle, entrée par entrée. Chaque entrée reprend son texte anglais en commentaire : pour traduire un champ,\nretirez "# " au début de ses lignes et remplacez l’anglais. Conservez tels quels les paramètres entre accolades, les marqueurs Markdown, les id et les clés.\nN’écrivez pas de lignes `source:` ; une fois la traduction faite, lancez\n  {command}\nqui inscrit sur chaque entrée traduite l’empreinte du texte anglais qu’elle traduit. Lorsque l’anglais change,\nvalidate signale l’entrée comme périmée : vérifiez la traduction, supprimez sa ligne `source:` et relancez la commande.',
  'cli.translate.stamped': {
    one: 'Empreinte de son texte anglais inscrite sur {count} entrée de {file}.',
    other: 'Empreinte de leur texte anglais inscrite sur {count} entrées de {file}.',
  },
  'cli.translate.nothing': 'Rien à inscrire dans {file} : chaque entrée traduite a déjà sa source.',
  'cli.translate.outdated': {
    one: '{count} entrée traduit un texte anglais qui a changé depuis : {ids}. Vérifiez sa traduction au regard de l’anglais, supprimez sa ligne source et relancez {command}.',
    other:
      '{count} entrées traduisent un texte anglais qui a changé depuis : {ids}. Vérifiez chaque traduction au regard de l’anglais, supprimez sa ligne source et relancez {command}.',
  },
  'cli.translate.unreadable':
    'Impossible d’inscrire les empreintes dans {file} : ce n’est pas une table YAML. Lancez {command} pour en connaître la raison.',
  'cli.example.translate':
    'Créer le fichier de traduction française d’une liste de contrôle, ou inscrire l’empreinte sur les entrées traduites depuis',
  'words.partSeparator': ' ; ',
  'words.itemSeparator': ', ',
};
