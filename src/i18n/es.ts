import type { Catalog } from './catalog-types.js';
import type { MessageKey } from './en.js';

/** The Spanish message catalog: every key of the English catalog (en.ts), each with its Spanish text. */
export const es: Catalog<MessageKey> = {
  // Shared by every report
  'layout.skipLink': 'Ir al informe',
  'layout.generatedBy':
    'Generado por {generator} a partir de la lista de verificación {id} {version} ({digest}).',
  'layout.selfContained': 'Este archivo es autónomo: no carga nada de la red.',
  'common.contents': 'Contenido',
  'common.none': 'Ninguna.',
  'common.warningLabel': 'Advertencia:',
  'common.noteLabel': 'Nota:',
  'common.checklist': 'Lista de verificación',
  'common.checklistVersion': '{id}, versión {version}',
  'common.country': 'País',
  'common.organization': 'Organización',
  'common.role': 'Función',
  'common.respondent': 'Informante',
  'common.date': 'Fecha',
  'common.coverage': 'Cobertura',
  'common.scores': 'Puntuaciones',
  'common.methodology': 'Metodología',
  'common.sources': 'Fuentes',
  'common.notes': 'Notas',
  'common.group': 'Grupo',
  'common.total': 'Total',
  'common.pillar': 'Pilar',
  'common.theme': 'Tema',
  'common.section': 'Sección',
  'common.actor': 'Actor',
  'common.score': 'Puntuación',
  'common.band': 'Franja',
  'common.assessed': 'Evaluadas',
  'common.weightedGap': 'Brecha ponderada',
  'common.scoresByPillar': 'Puntuaciones por pilar',
  'common.scoresByTheme': 'Puntuaciones por tema',
  'common.evidence': 'Evidencia',
  'common.evidenceLabel': 'Evidencia:',
  'common.notesLabel': 'Notas:',
  'common.notPublic': 'no pública',
  'common.relatedProvisions': 'Disposiciones conexas',
  'common.reasonNotApplicable': 'Motivo de no aplicabilidad',
  'common.footnoteLink': 'Nota {number}',
  'common.footnoteLinkLabelled': 'Nota {number}: {label}',
  'common.assessedCount': '{answered} evaluadas',
  // Errors in a template, for whoever edits the templates
  'template.logUnavailable': '{helper} no está disponible en las plantillas de informe',
  'template.eachStreamedList': 'each-streamed necesita una lista',
  'template.compilerNotLoaded':
    'una plantilla dada como texto necesita el compilador de Handlebars, que no se cargó',
  'template.noCompilation': 'la plantilla incluida no se compiló para {format}',
  'template.markdownNotLoaded': 'la orientación necesita el intérprete de Markdown, que no se cargó',
  // Report
  'report.summary.heading': 'Resumen ejecutivo',
  'report.summary.overallLabel': 'Puntuación global',
  'report.summary.overallValue': 'Puntuación global: {percent}',
  'gaps.moreTied': {
    one: '… y {count} brecha más con la misma prioridad que la última medida (brecha ponderada {gap}).',
    other: '… y {count} brechas más con la misma prioridad que la última medida (brecha ponderada {gap}).',
  },
  'gaps.moreTiedShort': {
    one: '… y {count} más con la misma prioridad ({gap}): {cli} report enumera todas las brechas',
    other: '… y {count} más con la misma prioridad ({gap}): {cli} report enumera todas las brechas',
  },
  'report.noGaps': 'No hay brechas: todas las preguntas aplicables alcanzan su meta.',
  'report.heatmap.heading': 'Pilar × tema',
  'report.heatmap.explained':
    'Cada celda puntúa las preguntas de un pilar que abordan un tema; “–” significa que no hay ninguna pregunta aplicable. Los valores figuran también en los cuadros anteriores y en la alternativa textual del gráfico.',
  'report.distribution.heading': 'Cómo se respondieron las preguntas',
  'report.distribution.caption': '{title}: número de preguntas',
  'report.scoresByActor': 'Puntuaciones por actor responsable',
  'framework.mnr.1': 'Liderazgo',
  'framework.mnr.2': 'Investigación, análisis y seguimiento',
  'framework.mnr.3': 'Legislación',
  'framework.mnr.4': 'Fuerzas del orden especializadas',
  'framework.mnr.5': 'Poder judicial y fiscalía',
  'framework.mnr.6': 'Proceso de gestión de los infractores',
  'framework.mnr.7': 'Acceso a bases de datos de imágenes',
  'framework.mnr.8': 'Apoyo integral',
  'framework.mnr.9': 'Personal de protección de la infancia',
  'framework.mnr.10': 'Indemnización, reparación y denuncias',
  'framework.mnr.11': 'Línea de ayuda a la infancia',
  'framework.mnr.12': 'Línea de denuncia de explotación y abuso sexual infantil',
  'framework.mnr.13': 'Programa educativo',
  'framework.mnr.14': 'Participación infantil',
  'framework.mnr.15': 'Sistemas de apoyo a los infractores',
  'framework.mnr.16': 'Procedimientos de retirada de contenidos',
  'framework.mnr.17': 'Denuncia de la explotación y el abuso sexual infantil',
  'framework.mnr.18': 'Desarrollo de soluciones innovadoras',
  'framework.mnr.19': 'Responsabilidad social empresarial',
  'framework.mnr.20': 'Cobertura mediática ética e informada',
  'framework.mnr.21': 'Terminología universal',
  'framework.crcOpsc.I': 'Introducción',
  'framework.crcOpsc.II': 'Objetivos',
  'framework.crcOpsc.IIIA': 'Medidas generales: legislación',
  'framework.crcOpsc.IIIB': 'Medidas generales: reunión de datos',
  'framework.crcOpsc.IIIC': 'Medidas generales: política y estrategia integrales',
  'framework.crcOpsc.IIID': 'Medidas generales: coordinación, seguimiento y evaluación',
  'framework.crcOpsc.IIIE': 'Medidas generales: asignación de recursos',
  'framework.crcOpsc.IIIF': 'Medidas generales: difusión y sensibilización',
  'framework.crcOpsc.IIIG': 'Medidas generales: capacitación',
  'framework.crcOpsc.IVA': 'Prevención: aspectos generales',
  'framework.crcOpsc.IVB': 'Prevención: viajes y turismo',
  'framework.crcOpsc.IVC': 'Prevención: entorno en línea',
  'framework.crcOpsc.V': 'Prohibición de los delitos',
  'framework.crcOpsc.VI': 'Sanciones',
  'framework.crcOpsc.VII': 'Jurisdicción y extradición',
  'framework.crcOpsc.VIII':
    'Derecho del niño víctima a la asistencia y a la protección en los procedimientos',
  'framework.crcOpsc.IX': 'Recuperación, reintegración e indemnización',
  'framework.crcOpsc.X': 'Asistencia judicial recíproca y cooperación internacional',
  'report.framework.mnr.caption': 'Puntuaciones por capacidad del Modelo de Respuesta Nacional de WeProtect',
  'report.framework.mnr.heading': 'Capacidad del Modelo de Respuesta Nacional',
  'report.framework.crcOpsc.caption':
    'Puntuaciones por sección de las directrices del Comité de los Derechos del Niño relativas al Protocolo facultativo (CRC/C/156)',
  'report.framework.crcOpsc.heading': 'Sección de CRC/C/156',
  'report.framework.unmapped': 'Ninguna pregunta de esta lista de verificación corresponde a {list}.',
  'report.gapFilter': {
    one: 'Brechas mostradas: solo {bases} ({shown} de {count} brecha).',
    other: 'Brechas mostradas: solo {bases} ({shown} de {count} brechas).',
  },
  'report.summary.dataGaps': {
    one: '{count} pregunta se respondió con “no sé”: una laguna de datos que subsanar, enumerada aparte de las brechas.',
    other:
      '{count} preguntas se respondieron con “no sé”: lagunas de datos que subsanar, enumeradas aparte de las brechas.',
  },
  'report.themesNote': {
    one: 'Cada tema se puntúa sobre las preguntas específicas de ese tema (la columna “Preguntas”); la pregunta transversal ({count}), que atañe a todas las formas de explotación, se puntúa aparte.',
    other:
      'Cada tema se puntúa sobre las preguntas específicas de ese tema (la columna “Preguntas”); las {count} preguntas transversales, que atañen a todas las formas de explotación, se puntúan aparte.',
  },
  'report.facts.basisValue': '{basis}',
  'report.facts.basisLabel': 'Fundamento:',
  'report.facts.basis': 'Fundamento',
  'report.methodology.weightsCaption': 'Pesos según el fundamento normativo',
  'report.methodology.exampleIntro':
    'Cuatro preguntas ilustrativas, que no provienen de esta lista de verificación, puntuadas con las reglas anteriores: una línea de ayuda que no existe, su horario de atención (una dependencia), la edad mínima para contraer matrimonio (específica del matrimonio infantil) y un código de conducta del sector turístico que nadie ha evaluado todavía.',
  'report.methodology.exampleCaption': 'Las cuatro preguntas del ejemplo práctico',
  'report.methodology.ownOverall': 'Este informe',
  'common.questions': 'Preguntas',
  'common.question': 'Pregunta',
  'common.weight': 'Peso',
  'common.basis': 'Fundamento',
  'common.status': 'Estado',
  'common.themes': 'Temas',
  'report.detail.score': 'puntuación {score}',
  'report.lists.heading': 'No aplicables, sin datos y aún no evaluadas',
  'report.lists.explained':
    'Estas preguntas se enumeran para que nada se omita sin aviso. Las preguntas no aplicables quedan fuera de las puntuaciones. Las preguntas respondidas con “no sé” son lagunas de datos que subsanar; las preguntas aún no evaluadas esperan una respuesta. Ambas cuentan como 0 en las puntuaciones, pero no son brechas.',
  'report.lists.notApplicable': 'No aplicables',
  'report.lists.unknown': 'Lagunas de datos (no sé)',
  'report.lists.unanswered': 'Aún no evaluadas',
  'report.lists.unscored': 'Preguntas sin puntuación',
  'report.methodology.example': 'Ejemplo práctico',
  'report.methodology.scoreRange': 'Rango de puntuación',
  'report.methodology.bandsCaption': 'Franjas de madurez',
  'report.facts.answerGiven': 'Respuesta dada',
  'report.facts.answerGivenLabel': 'Respuesta dada:',
  'report.facts.reasonNotApplicableLabel': 'Motivo de no aplicabilidad:',
  'report.facts.target': 'Meta',
  'report.facts.targetLabel': 'Meta:',
  'report.facts.scoreWeightGap': 'Puntuación · peso · brecha',
  'report.facts.scoreWeightGapValue': '{score} · peso {weight} · brecha {gap}',
  'report.facts.targetScoreWeightGapValue': '{target} · puntuación {score} · peso {weight} · brecha {gap}',
  'report.facts.action': 'Medida recomendada',
  'report.facts.actionLabel': 'Medida recomendada:',
  'report.facts.responsibleLabel': 'Responsable:',
  'report.facts.responsible': 'Responsable',
  // fields (issue 16): the responsible entity and target date a respondent gave with an answer
  'report.facts.responsibleEntity': 'Entidad responsable',
  'report.facts.responsibleEntityLabel': 'Entidad responsable:',
  'report.facts.targetDate': 'Fecha prevista',
  'report.facts.targetDateLabel': 'Fecha prevista:',
  'report.facts.sourcesLabel': 'Fuentes:',
  'report.facts.relatedProvisionsLabel': 'Disposiciones conexas:',
  // Sentences built by the report views
  // The brief and the full report (issue 15): page 1, the action table, the annex, the short method.
  'report.profile.kicker': 'Informe breve de análisis de brechas',
  'report.profile.kickerFull': 'Informe de análisis de brechas, versión completa',
  'report.profile.titleBothSelf': '{country}: {organization} — autoevaluación con respecto a “{checklist}”',
  'report.profile.titleBoth': '{country}: {organization} — evaluación con respecto a “{checklist}”',
  'report.profile.titleCountrySelf': '{country} — autoevaluación con respecto a “{checklist}”',
  'report.profile.titleCountry': '{country} — evaluación con respecto a “{checklist}”',
  'report.profile.titleOrganizationSelf': '{organization} — autoevaluación con respecto a “{checklist}”',
  'report.profile.titleOrganization': '{organization} — evaluación con respecto a “{checklist}”',
  'report.profile.checklistValue': '{id}, versión {version}',
  'report.profile.areas': 'Áreas más sólidas y más débiles',
  'report.profile.strongest': 'Áreas más sólidas',
  'report.profile.weakest': 'Áreas más débiles',
  'report.profile.area': 'Área',
  'report.profile.areasNote': {
    one: 'Las áreas son las secciones de la lista de verificación; solo se nombra una sección si se ha evaluado al menos la mitad de sus preguntas aplicables (se muestra {count}).',
    other:
      'Las áreas son las secciones de la lista de verificación; solo se nombran las secciones en las que se ha evaluado al menos la mitad de sus preguntas aplicables (se muestran {count}).',
  },
  'report.profile.noAreas':
    'Ninguna sección tiene respuestas suficientes para señalar sus fortalezas o debilidades.',
  // issue 16, merge: everyone who gave answers, on page 1
  'report.profile.contributors': 'Respuestas dadas por',
  'report.profile.contributorNamed': '{organization}, {name}',
  'report.profile.contributorRole': '{who} ({role})',
  'report.actions.heading': 'Qué hacer primero',
  'report.actions.intro':
    'Las mayores brechas entre las respuestas y las metas de la lista de verificación, ordenadas por peso y distancia a la meta, y luego por fundamento.',
  'report.actions.caption': 'Medidas recomendadas, de la más urgente a la menos urgente',
  'report.actions.rank': 'N.º',
  'report.actions.question': 'Brecha',
  'report.actions.action': 'Medida recomendada',
  'report.actions.actors': 'Responsable',
  'report.actions.change': '{current} → {target}',
  'report.actions.changeHeading': 'Actual → meta',
  'report.actions.basisSource': 'Fundamento y fuente',
  'report.actions.moreGaps': {
    one: 'Hay {count} brecha más que no figura en este cuadro; el informe completo recoge todas las respuestas.',
    other:
      'Hay {count} brechas más que no figuran en este cuadro; el informe completo recoge todas las respuestas.',
  },
  'report.actions.moreGapsFull': {
    one: 'Hay {count} brecha más que no figura en este cuadro; el anexo indica su medida.',
    other: 'Hay {count} brechas más que no figuran en este cuadro; el anexo indica sus medidas.',
  },
  'report.annex.heading': 'Anexo: todas las respuestas, por sección',
  'report.annex.intro':
    'Todas las preguntas de la lista de verificación, con la respuesta dada, sus notas y su evidencia. Una pregunta que ya figura en el cuadro de medidas remite a él en lugar de repetir su medida, sus actores y sus fuentes.',
  'report.annex.seeAction': 'Véase la medida {rank} del cuadro de medidas.',
  'report.lists.count': {
    one: '{heading}: {count} pregunta',
    other: '{heading}: {count} preguntas',
  },
  'report.sources.heading': 'Fuentes',
  'report.sources.other': 'Otras fuentes de la lista de verificación',
  'method.brief.scores':
    'Cada pregunta tiene un peso de 1 a 5 que depende de su fundamento (una obligación convencional es la que más pesa, seguida de una recomendación y luego de una buena práctica) y una puntuación: el nivel alcanzado respecto del nivel máximo. La puntuación de un grupo es el promedio ponderado de las puntuaciones de sus preguntas aplicables, expresado en porcentaje, y su franja es la franja más alta cuyo mínimo alcanza ese porcentaje.',
  'method.brief.coverage':
    'La cobertura es la proporción de preguntas aplicables que se han evaluado. “No sé” y “aún no evaluada” cuentan como 0, de modo que ninguna puntuación resulta inflada; con una cobertura inferior al 50%, la puntuación indica “respuestas insuficientes” en lugar de una franja. Las preguntas no aplicables quedan excluidas.',
  'method.brief.gaps':
    'La brecha de una pregunta es su peso multiplicado por su distancia al nivel meta. El cuadro de medidas enumera las mayores brechas; una pregunta que alcanza su meta no tiene brecha ni medida.',
  'report.extremes.only': 'Solo un {kind} tiene una puntuación con respuestas suficientes: {group}.',
  'report.extremes.equal': 'Cada {kind} con respuestas suficientes obtiene {percent}.',
  'report.extremes.both': 'El {kind} más sólido es {best}; el más débil, {worst}.',
  'report.extremes.group': '{label} ({percent}{band})',
  'report.kind.pillar': 'pilar',
  'report.kind.theme': 'tema',
  'report.answeredOf': '{answered} de {applicable}',
  'coverage.assessed': {
    one: '{assessed} de {count} pregunta aplicable evaluada',
    other: '{assessed} de {count} preguntas aplicables evaluadas',
  },
  'coverage.percent': ' (cobertura {percent})',
  'coverage.absent': '{count} con la medida inexistente por dependencia',
  'coverage.unknown': '{count} sin datos (no sé)',
  'coverage.unanswered': '{count} aún sin evaluar',
  'coverage.notApplicable': { one: '{count} no aplicable', other: '{count} no aplicables' },
  'status.counted.answered': { one: '{count} respondida', other: '{count} respondidas' },
  'status.counted.absent': '{count} con la medida inexistente (dependencia)',
  'status.counted.unknown': '{count} sin datos (no sé)',
  'status.counted.unanswered': '{count} aún sin evaluar',
  'status.counted.notApplicable': { one: '{count} no aplicable', other: '{count} no aplicables' },
  'privacy.withheld': {
    one: '{count} elemento de evidencia marcado como no público se omitió en este informe.',
    other: '{count} elementos de evidencia marcados como no públicos se omitieron en este informe.',
  },
  'report.gapDefaultAction': 'Llevar “{text}” hasta su meta',
  'report.conditionNotMet': 'No se cumple su condición relativa a respuestas anteriores.',
  'report.chart.pillars': 'Puntuación por pilar',
  'report.chart.themes': 'Puntuación por tema',
  'report.chart.heatmap': 'Puntuaciones por pilar y tema',
  'report.chart.heatmapTip': '{label}: {value}',
  'report.chart.heatmapNone': 'ninguna pregunta aplicable',
  'report.chart.heatmapTooFew': 'respuestas insuficientes',
  'report.chart.heatmapTooFewLegend': 'respuestas insuficientes para puntuar (menos de la mitad evaluadas)',
  'report.chart.heatmapValue': {
    one: '{percent}{band}, {count} pregunta',
    other: '{percent}{band}, {count} preguntas',
  },
  'report.chart.distribution': 'Cómo se respondieron las preguntas',
  'report.chart.allQuestions': 'Todas las preguntas',
  'status.answered': 'Respondida',
  'status.na': 'No aplicable',
  'status.inapplicable': 'No aplicable (condición no cumplida)',
  'status.absent': 'Medida inexistente (dependencia)',
  'status.unknown': 'Sin datos (no sé)',
  'status.unanswered': 'Aún no evaluada',
  'status.absentBecause': 'Medida inexistente (porque {gates})',
  'status.gateAnswer': 'la respuesta a {id} es {answer}',
  'status.gateAbsent': 'la medida de {id} no existe',
  'status.unansweredShort': 'Aún no evaluada',
  'status.unscored': 'Sin puntuación',
  'instrument.opsc': 'Protocolo facultativo (OPSC)',
  'instrument.crc': 'Convención sobre los Derechos del Niño',
  'instrument.sdg': 'Metas de los ODS',
  'instrument.mnr': 'Modelo de Respuesta Nacional de WeProtect (capacidad)',
  'instrument.crcOpscGuidelines': 'CRC/C/156 (sección)',
  'kind.scale': 'Elija un nivel',
  'kind.yesno': 'Sí o no',
  'kind.choice': 'Elija una opción',
  'kind.multi': 'Marque todas las opciones que correspondan',
  'kind.number': 'Escriba un número',
  'kind.text': 'Escriba su respuesta',
  'kind.noun.scale': 'escala',
  'kind.noun.yesno': 'sí/no',
  'kind.noun.choice': 'opción única',
  'kind.noun.multi': 'opción múltiple',
  'kind.noun.number': 'número',
  'kind.noun.text': 'texto',
  'kind.problem.levelNotTaken': '{id} es una pregunta de tipo {noun}: indique "value", no "level"',
  'kind.problem.value.choice': '{id} es una pregunta de opción única: value debe ser la clave de una opción',
  'kind.problem.value.multi':
    '{id} es una pregunta de opción múltiple: value debe ser una lista de claves de opción',
  'kind.problem.value.number': '{id} es una pregunta de tipo número: value debe ser un número',
  'kind.problem.value.text': '{id} es una pregunta de tipo texto: value debe ser un texto',
  'kind.problem.value.yesno': '{id} es una pregunta de sí/no: value debe ser true o false',
  'kind.problem.targetRange': 'la meta {target} está fuera del intervalo 0-{max}',
  'kind.problem.targetMisfit': 'la meta {target} no corresponde a una pregunta de tipo {kind}',
  'kind.problem.targetNotOption': 'la meta "{target}" no es una de las opciones',
  'kind.problem.targetNotLevel': 'la meta "{target}" no es un nivel de la escala ({keys})',
  'kind.problem.targetText': 'las preguntas de texto no se puntúan y no admiten meta',
  'kind.problem.targetYesno': 'la meta de una pregunta de sí/no debe ser yes o no',
  'kind.problem.notOption': '"{value}" no es una opción de {id} ({keys})',
  'kind.problem.notOptions': 'valores que no son opciones de {id}: {values}',
  'kind.problem.notLevel': '"{level}" no es un nivel de {id} ({keys})',
  'kind.problem.scaleValue': '{id} se responde en una escala: indique "level" ({keys})',
  'kind.problem.outOfRange': '{value} está fuera del intervalo {min}-{max} de {id}',
  'kind.problem.refOption': '"{ref}" no es una opción de {id}',
  'kind.problem.refMulti': '{id} es una pregunta de opción múltiple: use equals o in',
  'kind.problem.refNumber': '{id} es una pregunta de tipo número: compárela con un número',
  'kind.problem.refYesno': '{id} es una pregunta de sí/no: compárela con yes o no',
  'kind.zero.options': 'todas las opciones puntúan 0',
  'kind.zero.thresholds': 'todos los umbrales puntúan 0',
  'condition.and': ' y ',
  'condition.or': ' o ',
  'condition.not': 'no es cierto que {condition}',
  'condition.answered': 'respondió a {id}',
  'condition.notAnswered': 'no respondió a {id}',
  'condition.equals': 'respondió {value} a {id}',
  'condition.in': 'respondió {values} a {id}',
  'condition.atLeast': 'respondió {value} o un nivel superior a {id}',
  'condition.yes': '“Sí”',
  'condition.no': '“No”',
  'condition.label': '“{label}”',
  'worked.title': 'Ejemplo práctico',
  'worked.level.none': 'No existe',
  'worked.level.initial': 'Solo sobre el papel',
  'worked.level.partial': 'Aplicado en parte',
  'worked.level.established': 'Aplicado en todo el país',
  'worked.theme.childMarriage': 'Matrimonio infantil',
  'worked.theme.travelTourism': 'Viajes y turismo',
  'worked.q.helpline': '¿Existe una línea nacional gratuita de ayuda a la infancia?',
  'worked.q.allHours': '¿La línea de ayuda atiende las 24 horas del día?',
  'worked.q.marriageAge':
    '¿Establece la ley los 18 años como edad mínima para contraer matrimonio, sin excepciones?',
  'worked.q.tourismCode':
    '¿Han adoptado las empresas del sector turístico un código de conducta para la protección de los niños?',
  'worked.overall': 'Global: Σ w·s / Σ w = {earned} / {possible} = {percent}.',
  'worked.coverage':
    'Cobertura: {assessed} de {count} preguntas evaluadas ({percent}); la pregunta aún no evaluada ({unassessed}) cuenta como 0 pero no es una brecha, y hace que la evaluación figure como borrador.',
  'worked.themes':
    'Transversal: {crossCutting}; matrimonio infantil (su única pregunta específica): {childMarriage}; viajes y turismo: {tourism}, que figura como “respuestas insuficientes” porque ninguna de sus preguntas ha sido evaluada.',
  'worked.ranking': 'Brechas, de la más urgente a la menos urgente: {gaps}.',
  'worked.weightRange': '{min} a {max}',
  'methodology.weights':
    'Cada pregunta puntuada q tiene un peso w(q) de 1 a 5, un valor de respuesta v(q) y un valor máximo m (el nivel más alto de su escala o de sus opciones). Su puntuación es s(q) = v(q) / m.',
  'methodology.basis':
    'Cada pregunta indica su fundamento normativo: una obligación (un deber en virtud del Protocolo facultativo o de la Convención sobre los Derechos del Niño, con indicación del artículo), una recomendación (una recomendación explícita de la Relatoría Especial) o una buena práctica (un ejemplo descrito en una fuente). Los pesos dependen del fundamento, como muestra el cuadro siguiente, de modo que un deber vinculante nunca pesa menos que una recomendación, ni una recomendación menos que un ejemplo; dentro de su intervalo, una pregunta pesa más cuanto más central es la medida.',
  'methodology.conditions':
    'Una pregunta puede depender de una respuesta anterior de dos maneras. Si solo se aplica en algunos países (por ejemplo, donde existe un sector turístico), sale del denominador cuando no se cumple la condición. Si se refiere a una característica de una medida (por ejemplo, el horario de una línea de ayuda) y la respuesta anterior indica que la medida no existe, no se formula y se puntúa en el nivel más bajo: medida inexistente. Así, no tener nada nunca puntúa mejor que tener algo deficiente.',
  'methodology.statuses':
    'Cada pregunta puntuada se encuentra en uno de cinco estados. Respondida: se puntúa según la respuesta dada. Medida inexistente por dependencia: se puntúa con 0 y constituye una brecha. Sin datos (no sé): se puntúa con 0, no constituye una brecha y figura como laguna de datos que subsanar. Aún no evaluada (sin respuesta, o falta la respuesta anterior de la que depende): se puntúa con 0 para que la puntuación nunca resulte inflada, pero nunca constituye una brecha ni recibe una medida; una evaluación con alguna pregunta en este estado figura como borrador. No aplicable (respondida así con un motivo, o por una condición): queda fuera de la puntuación.',
  'methodology.groups':
    'La puntuación de una sección, un pilar, un tema o un actor es Σ w·s / Σ w sobre sus preguntas aplicables, expresada en porcentaje. La cobertura es la proporción de preguntas aplicables evaluadas (respondidas, o con la medida inexistente por dependencia). Cuando la cobertura es inferior al 50%, la puntuación se muestra con “respuestas insuficientes” en lugar de una franja, ya que reflejaría sobre todo lo que nadie ha respondido todavía.',
  'methodology.themes':
    'Una pregunta indica un tema (una forma de explotación) solo cuando la medida aborda específicamente esa forma. La puntuación de un tema se calcula sobre sus preguntas específicas; las medidas que atañen a todas las formas no llevan tema y se puntúan juntas como transversales, junto a los temas.',
  'methodology.gaps':
    'La brecha de una pregunta es w(q) · (meta(q) − v(q)) / m cuando es positiva, donde la meta es el nivel que fija la lista de verificación (por defecto, el máximo de la escala). Solo tienen brechas las preguntas respondidas y las medidas inexistentes por dependencia. Las brechas se ordenan según esta cifra, luego por fundamento (obligación, recomendación y, por último, buena práctica), luego por peso y luego según el orden de la lista de verificación; cuando una lista de las principales brechas termina en medio de un empate, el informe indica cuántas brechas más comparten esa prioridad. Las preguntas sin puntuación (texto libre, números sin umbrales) se enumeran, pero nunca se puntúan.',
  'methodology.rounding':
    'Los porcentajes se muestran como números enteros, y la franja de madurez es la franja más alta cuyo mínimo alcanza el porcentaje mostrado, de modo que una puntuación y su franja siempre concuerdan; la clasificación se hace con los valores exactos.',
  'methodology.example.overall': {
    one: 'Global: Σ w·s / Σ w = {earned} / {possible} = {percent}, sobre {count} pregunta aplicable{left}{zero}.',
    other:
      'Global: Σ w·s / Σ w = {earned} / {possible} = {percent}, sobre {count} preguntas aplicables{left}{zero}.',
  },
  'methodology.example.left': {
    one: ' (se excluye {count} no aplicable)',
    other: ' (se excluyen {count} no aplicables)',
  },
  'methodology.example.zero': {
    one: ', de las cuales {count} cuenta como 0 por medida inexistente, falta de datos o falta de evaluación',
    other:
      ', de las cuales {count} cuentan como 0 por medida inexistente, falta de datos o falta de evaluación',
  },
  'score.overall': 'Global',
  'score.crossCutting': 'Transversal',
  'score.pillars': 'Pilares',
  'score.themes': 'Temas',
  'score.coverage': 'cobertura {percent}',
  'score.notEnough': 'respuestas insuficientes',
  'score.specific': {
    one: '{count} pregunta específica',
    other: '{count} preguntas específicas',
  },
  'score.crossCuttingNote': {
    one: '{count} pregunta atañe a todas las formas de explotación',
    other: '{count} preguntas atañen a todas las formas de explotación',
  },
  'score.dataGaps': {
    one: '{count} laguna de datos (no sé): {cli} report la enumera',
    other: '{count} lagunas de datos (no sé): {cli} report las enumera',
  },
  'draft.mark': {
    one: 'Borrador: {unassessed} de {count} pregunta aún sin evaluar',
    other: 'Borrador: {unassessed} de {count} preguntas aún sin evaluar',
  },
  'score.topGaps': 'Principales brechas (peso × distancia a la meta)',
  'score.noGaps': '  ninguna: todas las preguntas aplicables alcanzan su meta',
  'score.unscored': {
    one: '{count} pregunta sin puntuación, no incluida en ninguna puntuación',
    other: '{count} preguntas sin puntuación, no incluidas en ninguna puntuación',
  },
  // Comparison
  'compare.kicker.progress': 'Informe de avances',
  'compare.kicker.divergence': 'Informe de divergencias',
  'compare.sideValue': '{line} (archivo de respuestas {file}, versión {version} de la lista de verificación)',
  'compare.sideFile': '(archivo de respuestas {file}, versión {version} de la lista de verificación)',
  'compare.side.earlier': 'Evaluación anterior',
  'compare.side.later': 'Evaluación posterior',
  'compare.side.first': 'Primer informante',
  'compare.side.second': 'Segundo informante',
  'compare.atAGlance': 'Panorama general',
  'compare.pillarCaption': 'Puntuación global y por pilar',
  'compare.answerBoth': 'Respuesta (ambas evaluaciones)',
  'compare.answerChange': '{base} → {current}',
  'compare.highlights.divergence': 'Las mayores diferencias',
  'compare.highlights.divergenceDescribe':
    'Las preguntas en las que las dos respuestas más difieren, ponderadas según la importancia de la pregunta; a continuación figura la lista completa.',
  'compare.highlights.progress': 'Los principales cambios',
  'compare.highlights.progressDescribe':
    'Todas las preguntas que retrocedieron o perdieron su respuesta y, luego, los mayores avances; a continuación figura la lista completa.',
  'compare.moreDifferences.title': 'Otras diferencias',
  'compare.moreDifferences.describe':
    'Las diferencias restantes, en el mismo orden. Las notas y la evidencia de cada parte figuran en su propio informe.',
  'compare.kind': 'Tipo de comparación',
  'compare.changesHeading': 'Cambios por pregunta',
  'compare.gapsHeading': 'Brechas cerradas y abiertas',
  'compare.gapsClosed': 'Brechas cerradas ({count})',
  'compare.gapsOpened': 'Brechas abiertas ({count})',
  'compare.agreement': 'Coincidencia',
  'compare.agreementCaption':
    'Tasa de coincidencia: preguntas respondidas por ambas partes con la misma puntuación',
  'compare.compared': 'Comparadas',
  'compare.differencesHeading': 'Dónde difieren las respuestas',
  'compare.oneSidedHeading': 'Respondidas por una sola parte',
  'compare.versionsHeading': 'Versiones de la lista de verificación',
  'compare.versions.added': 'Añadidas',
  'compare.versions.removed': 'Suprimidas',
  'compare.versions.reworded': 'Reformuladas',
  'compare.versions.textMissing': '(no se dispone del texto de esta pregunta)',
  'compare.versions.was': '(antes: {text})',
  'compare.change': 'Cambio',
  'compare.difference': 'Diferencia',
  'compare.overallDelta': 'global',
  'compare.coverageBoth': 'Cobertura (ambas evaluaciones)',
  'compare.coverageBothHtml': '(ambas evaluaciones)',
  'compare.scoresBySection': 'Puntuaciones por sección',
  'compare.question': 'Pregunta',
  'compare.questions': 'Preguntas',
  'compare.rowFacts': 'peso {weight}',
  'compare.rowDifference': 'diferencia {delta}',
  'compare.rowWeightedDifference': 'diferencia ponderada {weighted}',
  'compare.rowWeighted': 'ponderada {weighted}',
  'compare.sidesCaption': '{id}: las dos respuestas, una junto a la otra',
  'compare.sideScore': 'Puntuación {score} · brecha {gap}',
  'compare.sideScoreInline': 'puntuación {score} · brecha {gap}',
  'compare.sideReason': '(motivo: {reason})',
  'compare.title.progress': '{country}: {who}, comparación entre {base} y {current}',
  'compare.title.progressNoCountry': '{who}, comparación entre {base} y {current}',
  'compare.title.divergence': '{country}: comparación entre {base} y {current}',
  'compare.title.divergenceNoCountry': 'Comparación entre {base} y {current}',
  'compare.summary.overall': {
    one: 'Puntuación global: {base} ({baseLabel}) y {current} ({currentLabel}), {delta}, sobre {count} pregunta que ambos archivos permiten comparar.',
    other:
      'Puntuación global: {base} ({baseLabel}) y {current} ({currentLabel}), {delta}, sobre {count} preguntas que ambos archivos permiten comparar.',
  },
  'compare.change.regressed': 'Retroceso',
  'compare.change.dropped': 'Respuesta perdida',
  'compare.change.improved': 'Mejora',
  'compare.change.newly-answered': 'Nueva respuesta',
  'compare.change.unchanged': 'Sin cambios',
  'compare.changeCount.regressed': { one: '{count} retrocedió', other: '{count} retrocedieron' },
  'compare.changeCount.dropped': {
    one: '{count} perdió su respuesta',
    other: '{count} perdieron su respuesta',
  },
  'compare.changeCount.improved': { one: '{count} mejoró', other: '{count} mejoraron' },
  'compare.changeCount.newly-answered': {
    one: '{count} respondida por primera vez',
    other: '{count} respondidas por primera vez',
  },
  'compare.changeCount.unchanged': '{count} sin cambios',
  'compare.changeCounts': '{counts}.',
  'compare.describe.regressed':
    'Respondidas en ambas fechas, con un nivel más bajo en {current} que en {base}; primero la mayor caída ponderada.',
  'compare.describe.dropped': 'Respondidas en {base}; “no sé”, no aplicables o sin respuesta en {current}.',
  'compare.describe.improved':
    'Respondidas en ambas fechas, con un nivel más alto en {current}; primero el mayor avance ponderado.',
  'compare.describe.newly-answered':
    '“No sé”, no aplicables o sin respuesta en {base}; respondidas en {current}.',
  'compare.describe.unchanged':
    'La misma respuesta en ambas fechas, o ninguna respuesta puntuada en ninguna de las dos.',
  'compare.gapsClosed.title': 'Brechas cerradas',
  'compare.gapsClosed.describe': 'Por debajo de la meta en {base}; en la meta en {current}.',
  'compare.gapsOpened.title': 'Brechas abiertas',
  'compare.gapsOpened.describe': 'En la meta en {base}; por debajo de la meta en {current}.',
  'compare.coverageSentence':
    'Cobertura (evaluadas / aplicables): {basePercent} ({baseAnswered} de {baseApplicable}) en {base} y {currentPercent} ({currentAnswered} de {currentApplicable}) en {current}: {delta}.',
  'compare.regressions': 'Retrocesos: {list}.',
  'compare.regression': '“{text}” ({id}: {base} → {current})',
  'compare.gapsSummary': {
    one: 'Brechas cerradas: {count}; brechas abiertas: {opened}.',
    other: 'Brechas cerradas: {count}; brechas abiertas: {opened}.',
  },
  'compare.differences.title': 'Dónde difieren las respuestas',
  'compare.differences.describe': {
    one: 'Ordenadas según la magnitud de la diferencia (como proporción del máximo de la escala) multiplicada por el peso de la pregunta; la mayor se muestra completa.',
    other:
      'Ordenadas según la magnitud de la diferencia (como proporción del máximo de la escala) multiplicada por el peso de la pregunta; las {count} mayores se muestran completas.',
  },
  'compare.oneSided.title': 'Respondidas por una sola parte',
  'compare.oneSided.describe':
    'Una parte dio una respuesta puntuada; la otra respondió “no sé” (estas figuran primero), no aplicable, o no respondió.',
  'compare.agreed.title': 'Dónde coinciden las respuestas',
  'compare.agreed.describe': '{base} y {current} dieron la misma respuesta.',
  'compare.summary.agreement': {
    one: 'Las dos evaluaciones coinciden en {agreed} de {count} pregunta respondida por ambas ({percent}).',
    other:
      'Las dos evaluaciones coinciden en {agreed} de {count} preguntas respondidas por ambas ({percent}).',
  },
  'compare.summary.largest':
    'La mayor diferencia se refiere a “{text}” ({id}): {base} ({baseLabel}) frente a {current} ({currentLabel}).',
  'compare.summary.oneSided': {
    one: '{count} pregunta respondida por una sola parte{unknowns}.',
    other: '{count} preguntas respondidas por una sola parte{unknowns}.',
  },
  'compare.summary.oneSidedUnknowns': ', {count} de ellas con “no sé” como respuesta de la otra parte',
  'compare.agreementDetail': {
    one: '{agreed} de {count} pregunta respondida por ambas partes',
    other: '{agreed} de {count} preguntas respondidas por ambas partes',
  },
  'compare.versions.inBoth': 'respondida en ambos archivos',
  'compare.versions.inOne': 'respondida solo en {label}',
  'compare.versions.inNeither': 'no respondida en ninguno de los dos archivos',
  'compare.versions.same':
    'Ambos archivos se elaboraron con la versión {version} de la lista de verificación.',
  'compare.versions.different':
    'Los archivos se elaboraron con las versiones {baseVersion} ({base}) y {currentVersion} ({current}) de la lista de verificación; ambos se puntúan con la versión {version}.',
  'compare.versions.left': {
    one: ' {count} pregunta queda fuera de la comparación porque cambió entre versiones (añadidas: {added}; suprimidas: {removed}; reformuladas: {reworded}).',
    other:
      ' {count} preguntas quedan fuera de la comparación porque cambiaron entre versiones (añadidas: {added}; suprimidas: {removed}; reformuladas: {reworded}).',
  },
  'compare.versions.inferred':
    'No se dispone de la lista de verificación con la que se elaboró uno de los archivos, por lo que las preguntas añadidas desde entonces se dedujeron de las preguntas que menciona ese archivo (una pregunta a la que nunca llegó cuenta como añadida). Para obtener una lista exacta, indique la lista de verificación anterior con --base-checklist.',
  'compare.chart.pillars': 'Puntuación por pilar: {base} y {current}',
  'compare.chart.divergence':
    'Las {count} mayores diferencias (puntuación como proporción del máximo de la escala)',
  'compare.draftSide': {
    one: '{side} es un borrador: {unassessed} de {count} pregunta aún sin evaluar.',
    other: '{side} es un borrador: {unassessed} de {count} preguntas aún sin evaluar.',
  },
  'compare.chart.divergenceTie': {
    one: '… y {count} diferencia más de la misma magnitud, enumerada con las demás más abajo.',
    other: '… y {count} diferencias más de la misma magnitud, enumeradas con las demás más abajo.',
  },
  'compare.methodology.scoring':
    'Ambos archivos se puntúan con el mismo método que el informe de análisis de brechas (opsc-audit report): cada pregunta puntuada q tiene un peso w(q), un valor de respuesta v(q) y un valor máximo m, y obtiene la puntuación s(q) = v(q) / m; la puntuación de un grupo es Σ w·s / Σ w sobre sus preguntas aplicables, expresada en porcentaje. “No aplicable” sale del denominador; una medida inexistente por dependencia, “no sé” y las preguntas aún no evaluadas permanecen en él con 0. La cobertura es evaluadas (respondidas, o con la medida inexistente por dependencia) / aplicables. Una brecha solo se cierra o se abre entre dos evaluaciones de la pregunta: una parte que respondió “no sé” o que aún no la ha evaluado no dice nada sobre la brecha.',
  'compare.methodology.matching':
    'Las preguntas se emparejan por su id. Una pregunta añadida, suprimida o reformulada entre las versiones de la lista de verificación con las que se elaboraron los dos archivos (su redacción queda registrada en cada respuesta como un resumen criptográfico) figura en “Versiones de la lista de verificación” y queda fuera de todas las puntuaciones y cambios de este informe, de modo que ambas partes se puntúan sobre las mismas preguntas. Las preguntas sin puntuación (texto libre, números sin umbrales) no se comparan.',
  'compare.methodology.points':
    'Las diferencias de puntuación se expresan en puntos porcentuales (pp): la puntuación en {current} menos la puntuación en {base}, ambas como los porcentajes enteros mostrados, de modo que cada diferencia es la que el lector puede comprobar (51% y 34% difieren en 17 pp aun cuando las puntuaciones exactas, 50,77% y 34,34%, difieren en 16,43).',
  'compare.methodology.changes':
    'Una pregunta mejoró o retrocedió cuando se respondió tanto en {base} como en {current} y su puntuación s(q) subió o bajó; se respondió por primera vez cuando no tenía respuesta puntuada (“no sé”, no aplicable o ninguna) en {base} y sí la tiene en {current}, y perdió su respuesta en el caso contrario.',
  'compare.methodology.gaps':
    'Una brecha se cierra cuando la pregunta estaba por debajo de su meta en el archivo de base y ahora alcanza su meta; una brecha se abre en el caso contrario. La brecha de una pregunta es w · (meta − v) / m cuando es positiva.',
  'compare.methodology.agreement':
    'Dos respuestas coinciden cuando ambas partes dieron una respuesta puntuada con la misma puntuación. La tasa de coincidencia es coincidentes / respondidas por ambas. Las diferencias se ordenan por w(q) · |s(base) − s(actual)|: la magnitud de la diferencia como proporción del máximo de la escala, multiplicada por el peso de la pregunta.',
  'compare.methodology.oneSided':
    'Una pregunta respondida por una sola parte se enumera por separado, con lo que dijo la otra parte (“no sé”, no aplicable o ninguna respuesta); no cuenta en la tasa de coincidencia.',
  'compare.mode.forced': 'elegido con --mode {mode}',
  'compare.mode.sameOrganization': 'la misma organización respondió en dos fechas',
  'compare.mode.differentRoles': 'los informantes tienen funciones distintas ({base}, {current})',
  'compare.mode.default':
    'los informantes no tienen funciones distintas, por lo que el archivo posterior se interpreta como un avance',
  // Questionnaire
  'questionnaire.kicker': 'Cuestionario',
  'questionnaire.title': 'Cuestionario: {title}',
  'questionnaire.yes': 'Sí',
  'questionnaire.no': 'No',
  'questionnaire.number': 'Número',
  'questionnaire.numberWithUnit': 'Número ({unit})',
  'questionnaire.answer': 'Respuesta',
  'questionnaire.questionCount': { one: '{count} pregunta', other: '{count} preguntas' },
  'questionnaire.aboutYou': 'Sus datos',
  'questionnaire.name': 'Nombre',
  'questionnaire.howTo.heading': 'Cómo completar este formulario',
  'questionnaire.howTo.text':
    'Marque una casilla por pregunta, o varias cuando la pregunta así lo indique. Si no sabe la respuesta, marque “No sé”; si la pregunta no se aplica, marque “No aplicable” y explique por qué. Debajo de cada pregunta, anote la evidencia en la que se basa (un documento, un enlace, una fecha) y todo lo que un lector deba saber. Una pregunta que comienza con “Responda solo si” requiere respuesta únicamente en ese caso.',
  'questionnaire.howTo.return': 'Devuelva el formulario completado a la persona que se lo entregó.',
  'questionnaire.answerOnlyIf': 'Responda solo si {condition}.',
  'questionnaire.notApplicableBecause': 'No aplicable, porque:',
  'questionnaire.dontKnow': 'No sé',
  'questionnaire.evidenceLine': 'Evidencia (documento, enlace, fecha):',
  'questionnaire.evidenceHint': '(documento, enlace, fecha)',
  'questionnaire.notesLine': 'Notas:',
  'questionnaire.sourceParagraphs': 'Fuente: {list}.',

  // Command-line messages: commands, main, loading and writing files, answers files (keys `cli.*`)
  'cli.program.description':
    'Audita la aplicación de las recomendaciones de la Relatoría Especial de las Naciones Unidas sobre la venta y la explotación sexual de niños.',
  'cli.program.version': 'muestra la versión',
  'cli.program.debug': 'muestra los detalles de los errores internos',
  'cli.help.option': 'muestra la ayuda del comando',
  'cli.help.command': 'muestra la ayuda del comando',
  'cli.help.afterError': '(ejecute con --help para ver cómo se usa)',
  'cli.parse.unknownOption': "opción desconocida '{flag}'",
  'cli.parse.unknownCommand': "comando desconocido '{name}'",
  'cli.parse.missingArgument': "falta el argumento obligatorio '{name}'",
  'cli.parse.optionMissingArgument': "falta el argumento de la opción '{flags}'",
  'cli.parse.tooManyArguments': {
    one: "demasiados argumentos para '{command}'. Se esperaba {count} argumento, pero se recibieron {got}.",
    other:
      "demasiados argumentos para '{command}'. Se esperaban {count} argumentos, pero se recibieron {got}.",
  },
  'cli.parse.invalidChoice':
    "el argumento '{value}' de la opción '{flags}' no es válido. Los valores permitidos son {choices}.",
  'cli.parse.didYouMean': '(¿Quiso decir {names}?)',
  'cli.parse.didYouMeanOneOf': '(¿Quiso decir alguno de estos: {names}?)',
  'cli.help.usage': 'Uso:',
  'cli.help.arguments': 'Argumentos:',
  'cli.help.options': 'Opciones:',
  'cli.help.globalOptions': 'Opciones globales:',
  'cli.help.commands': 'Comandos:',
  'cli.help.choices': 'valores: {choices}',
  'cli.help.default': 'por defecto: {value}',
  'cli.help.details': '({details})',
  'cli.help.formats': 'Formatos:',
  // --help examples and exit codes (issue 16, docs): what each example does; the command lines are code.
  'cli.help.examples': 'Ejemplos:',
  'cli.help.exitCodes': 'Códigos de salida:',
  'cli.help.exitOk': 'éxito',
  'cli.help.exitProblems':
    'la ejecución terminó y encontró problemas: errores (o advertencias con --strict), o una puntuación inferior a --fail-under',
  'cli.help.exitUsage':
    'uso incorrecto, entrada inutilizable o no válida, o un error interno; en el caso de assess, además: el archivo de respuestas está abierto en otra entrevista o fue modificado mientras esta lo tenía abierto',
  'cli.help.exitInterrupted':
    'entrevista interrumpida (Ctrl-C, Ctrl-D o una señal); todas las respuestas dadas quedan guardadas',
  'cli.help.moreExamples': 'Cada comando muestra ejemplos con --help, por ejemplo: {example}',
  'cli.example.list': 'Las listas de verificación incluidas: id, versión, número de preguntas, título',
  'cli.example.listJson': 'Lo mismo en JSON, para scripts',
  'cli.example.showOutline': 'El esquema de una lista de verificación: sus secciones y preguntas',
  'cli.example.showPdf': 'Un cuestionario en blanco para imprimir, en PDF',
  'cli.example.showDocx': 'Un cuestionario en blanco para completar en un procesador de textos',
  'cli.example.validateChecklists':
    'Comprobar todas las listas de verificación de una carpeta (conserve las comillas, también en Windows)',
  'cli.example.validateAnswers':
    'Comprobar un archivo de respuestas con la lista de verificación incluida que este indica',
  'cli.example.validateAgainst': 'Comprobarlo con un archivo de lista de verificación propio',
  'cli.example.validateGithub':
    'En GitHub Actions: los problemas como anotaciones; las advertencias también hacen fallar la ejecución',
  'cli.example.assess':
    'Iniciar la entrevista con la lista de verificación predeterminada, o reanudar una en esta carpeta',
  'cli.example.assessFile': 'Responder en este archivo (se reanuda si ya existe)',
  'cli.example.assessOwn': 'Responder a un archivo de lista de verificación propio',
  'cli.example.score': 'Las puntuaciones y las principales brechas, en la terminal',
  'cli.example.scoreFailUnder': 'Salir con el código 1 cuando la puntuación global sea inferior al 50%',
  'cli.example.scoreJson': 'Las puntuaciones y las brechas ordenadas, en JSON, para otras herramientas',
  'cli.example.reportHtml':
    'Un informe breve de pocas páginas, como página web que se abre en cualquier navegador',
  'cli.example.reportPdf': 'El informe completo, con todas las respuestas, en PDF',
  'cli.example.reportDocx': 'El informe breve como documento de Word editable',
  'cli.example.compareProgress':
    'Qué cambió desde una evaluación anterior con la misma lista de verificación',
  'cli.example.compareDivergence': 'En qué difieren las opiniones de dos informantes (un gobierno y una ONG)',
  'cli.example.merge': 'Combinar las respuestas de varios ministerios en un solo archivo',
  'cli.example.mergeLatest':
    'Resolver cada pregunta respondida de forma distinta con la respuesta más reciente',
  'cli.example.exportChecklist': 'Un libro con toda la lista de verificación, para quienes trabajan en Excel',
  'cli.example.exportActor': 'Solo las preguntas de un actor (aquí, los servicios de salud)',
  'cli.example.exportAnswers':
    'Un libro completado a partir de un archivo de respuestas, para que otro ministerio lo revise',
  'cli.example.exportCsv': 'Las preguntas en CSV',
  'cli.example.importXlsx': 'Volver a convertir un libro completado en un archivo de respuestas',
  'cli.example.importCsv': 'Volver a leer un archivo CSV completado',
  'cli.option.format': 'formato de salida',
  'cli.option.output': 'escribe en un archivo en lugar de la salida estándar',
  'cli.option.includePrivate': 'incluye la evidencia marcada `public: false`',
  'cli.list.description': 'enumera las listas de verificación incluidas: id, versión, preguntas, título',
  'cli.list.json': 'imprime en JSON',
  'cli.show.description':
    'imprime el esquema de una lista de verificación o un cuestionario en blanco imprimible',
  'cli.show.checklist': 'id de una lista de verificación incluida, o ruta',
  'cli.validate.description':
    'comprueba archivos de listas de verificación y de respuestas; diagnósticos con archivo:línea:columna',
  'cli.validate.files': 'archivos o patrones glob',
  'cli.validate.checklist':
    'comprueba los archivos de respuestas con esta lista de verificación (id incluido o ruta)',
  'cli.validate.strict': 'falla también con advertencias',
  'cli.compare.description':
    'compara dos archivos de respuestas: avances entre dos fechas, o divergencias entre gobierno y ONG',
  'cli.compare.base': 'el archivo de respuestas anterior (o de referencia)',
  'cli.compare.current':
    'el archivo de respuestas posterior (o del otro informante); si hay varios (o un patrón glob), cada uno se compara con el de base, en -o CARPETA',
  'cli.compare.mode': 'tipo de comparación (por defecto: elegido según los informantes)',
  'cli.compare.checklist': 'compara con esta lista de verificación (id incluido o ruta)',
  'cli.compare.baseChecklist':
    'la versión de la lista de verificación con la que se elaboró el archivo de base, si es más antigua',
  'cli.assess.description': 'entrevista interactiva; reanuda un archivo de respuestas existente',
  'cli.assess.checklist':
    'id de una lista de verificación incluida, o ruta (por defecto: la lista de verificación incluida predeterminada)',
  'cli.assess.output':
    'archivo de respuestas que se escribirá, o que se reanudará si existe; sin -o, se enumeran los archivos de respuestas encontrados y se propone el más reciente',
  'cli.score.description':
    'puntúa un archivo de respuestas (global, pilares, temas, cobertura, principales brechas), o varios en un solo cuadro',
  'cli.score.answers':
    'archivos de respuestas o patrones glob; con varios se obtiene un cuadro por lista de verificación, con una fila por archivo',
  'cli.score.failUnder': 'sale con 1 cuando la puntuación global es inferior a este porcentaje',
  'cli.score.checklist': 'puntúa con esta lista de verificación (id incluido o ruta)',
  'cli.report.description': 'genera un informe de análisis de brechas: Markdown, HTML autónomo o JSON',
  'cli.report.answers':
    'archivos de respuestas o patrones glob; con varios se necesita -o CARPETA (un informe por archivo)',
  'cli.report.template': 'genera el informe con su propia plantilla de Handlebars en lugar de la incluida',
  'cli.report.checklist': 'genera el informe con esta lista de verificación (id incluido o ruta)',
  'cli.report.basis':
    'enumera solo las brechas de estos fundamentos normativos, separados por comas ({bases})',
  'cli.report.detail':
    'nivel de detalle: {details} (por defecto {default}: un informe breve; full añade todas las respuestas)',
  'cli.format.markdown': 'Markdown',
  'cli.format.webPage': 'una página web autónoma',
  'cli.format.compareJson': 'la comparación como datos (opsc-audit/compare-data@1, docs/data-api.md)',
  'cli.format.reportJson':
    'las puntuaciones, las brechas y las respuestas como datos (opsc-audit/report-data@1, docs/data-api.md)',
  'cli.format.scoreText':
    'un resumen para la terminal: global, pilares, temas, cobertura, principales brechas (con varios archivos: un cuadro)',
  'cli.format.scoreJson':
    'las puntuaciones y las brechas ordenadas como datos (opsc-audit/score-data@2; con varios archivos: score-table@1; docs/data-api.md)',
  'cli.format.outline': 'un esquema de la lista de verificación',
  'cli.format.questionnaireMd': 'un cuestionario en blanco en Markdown',
  'cli.format.questionnaireHtml': 'un cuestionario en blanco imprimible, como página web',
  'cli.format.validateText': 'una línea archivo:línea:columna por problema y, luego, un resumen',
  'cli.format.validateJson': 'archivos, problemas y recuentos en JSON',
  'cli.format.github': 'anotaciones de GitHub Actions',
  'cli.format.sarif': 'SARIF 2.1.0, para paneles de análisis de código',
  // PDF and Word output (issue 15): the formats, --paper, the Chromium printer, the Word documents' own words.
  'cli.format.pdf': 'un PDF, impreso con el Chromium del sistema (requiere -o ARCHIVO o una canalización)',
  'cli.format.docx': 'un documento de Word editable (requiere -o ARCHIVO o una canalización)',
  'cli.format.questionnairePdf': 'un cuestionario en blanco en PDF, impreso con el Chromium del sistema',
  'cli.format.questionnaireDocx': 'un cuestionario en blanco como documento de Word editable',
  'cli.option.paper': 'tamaño del papel de -f pdf',
  'cli.write.binaryToTerminal':
    '-f {format} escribe un archivo binario, que una terminal no puede mostrar: indique el archivo con -o ARCHIVO (o canalice la salida)',
  'cli.write.noBytes': 'aquí la salida estándar no admite datos binarios: indique un archivo con -o ARCHIVO',
  'cli.pdf.noChromium':
    'no se puede imprimir un PDF: no se encontró Chromium en el PATH (chromium, chromium-browser, google-chrome); instálelo o defina {variable} con su ruta',
  'cli.pdf.notProgram':
    'no se puede imprimir un PDF: {variable} indica {file}, que no es un programa ejecutable',
  'cli.pdf.failed': 'no se puede imprimir un PDF: Chromium ({program}) falló: {reason}',
  'cli.pdf.timedOut': 'no se puede imprimir un PDF: Chromium ({program}) no terminó en {seconds} segundos',
  'cli.pdf.noFile': 'no escribió ningún PDF',
  'cli.pdf.exitCode': 'código de salida {code}',
  'cli.error.unknownFormat': 'formato desconocido "{name}" (use {formats})',
  'cli.error.templateNotRead': 'la plantilla {file} no se leyó antes de generar el informe',
  'cli.error.compareDataMissing': 'la comparación no se pasó a compare -f json',
  'cli.assess.noTerminal':
    'assess es una entrevista interactiva y necesita una terminal; sin ella, escriba usted mismo el archivo de respuestas (formato: schemas/answers.schema.json; véase "Answers file" en el README) y compruébelo con: {cli} validate <answers.yaml>',
  'cli.assess.interruptedNothingSaved': 'Interrumpido; no se guardó nada.',
  'cli.assess.interruptedUnchanged': 'Interrumpido; {file} no se modificó.',
  'cli.assess.otherChecklist':
    '{file} contiene respuestas a la lista de verificación "{found}", no a "{expected}"; reanúdelo con: {cli} assess {found} -o {quoted}, o elija otro archivo',
  'cli.assess.quitUnchanged': '{file} no se modificó. Para ver qué cambió: {cli} validate {quoted}',
  'cli.assess.backupKept': 'Se conserva una copia de {file} tal como estaba en {backup}.',
  'cli.assess.resuming': {
    one: 'Se reanuda {file}: {done} de {count} pregunta respondida.',
    other: 'Se reanuda {file}: {done} de {count} preguntas respondidas.',
  },
  'cli.assess.savingTo': 'Las respuestas se guardan en {file} después de cada respuesta.',
  'cli.assess.savedResume': 'Guardado en {file}. Para reanudar:\n\t{command}',
  'cli.assess.savedNext':
    'Guardado en {file}. A continuación, el informe:\n\t{cli} report {quoted} -f html -o report.html',
  'cli.assess.stopped.interrupted':
    'Interrumpido. Sus respuestas están guardadas en {file}. Para reanudar:\n\t{command}',
  'cli.assess.stopped.sigterm':
    'Interrumpido (SIGTERM). Sus respuestas están guardadas en {file}. Para reanudar:\n\t{command}',
  'cli.assess.stopped.endOfInput':
    'Interrumpido (fin de la entrada). Sus respuestas están guardadas en {file}. Para reanudar:\n\t{command}',
  'cli.assess.failedSaved':
    'Todas las respuestas confirmadas antes de esto están guardadas en {file}. Para reanudar: {command}',
  'cli.assess.failedNothingSaved': 'No se guardó nada. Para reanudar: {command}',
  'cli.assess.takeOverLock':
    '{lock} quedó de una entrevista que ya no está en curso (proceso {pid}, iniciada el {started}). ¿Desea tomar el bloqueo y continuar?',
  'cli.assess.askOutput': 'Guardar las respuestas en (si el archivo de respuestas ya existe, se reanuda)',
  'cli.assess.enterFileName': 'Escriba un nombre de archivo.',
  // Issue 16, helper "start": choosing the answers file (resume by default, default folder, path errors).
  'cli.assess.pick.heading': {
    one: 'Se encontró un archivo de respuestas de la lista de verificación {id}:',
    other:
      'Se encontraron {count} archivos de respuestas de la lista de verificación {id}, del más reciente al más antiguo:',
  },
  'cli.assess.pick.item': '{number}. {file}',
  'cli.assess.pick.answered':
    '{who}; {done} de {total} respondidas ({percent}%); última respuesta: {date} {time}',
  'cli.assess.pick.modified': '{who}; {done} de {total} respondidas ({percent}%); modificado: {date} {time}',
  'cli.assess.pick.question': {
    one: '¿Desea reanudarlo o iniciar una nueva evaluación?',
    other: '¿Cuál desea reanudar?',
  },
  'cli.assess.pick.startOrQuit': '¿Desea iniciar una nueva evaluación o salir?',
  'cli.assess.pick.separator': ', ',
  'cli.assess.pick.nobody': 'aún sin datos del informante',
  'cli.assess.pick.unusable': '{file} tiene errores; compruébelo con: {cli} validate {quoted}',
  'cli.assess.pick.new': 'Iniciar una nueva evaluación (un nuevo archivo de respuestas)',
  'cli.assess.pick.quit': 'Salir',
  'cli.assess.pick.quitting': 'No se modificó nada.',
  'cli.assess.found.otherChecklist': {
    one: 'Se encontró {count} archivo de respuestas de otra lista de verificación ({id}); para reanudarlo: {cli} assess {quoted}',
    other:
      'Se encontraron {count} archivos de respuestas de otra lista de verificación ({id}); para reanudar uno: {cli} assess {quoted}',
  },
  'cli.assess.found.otherChecklists':
    'Se encontraron {count} archivos de respuestas de otras listas de verificación ({ids}); para reanudar uno: {cli} assess <checklist>',
  'cli.assess.ownFolder':
    'Esta carpeta es la de la propia herramienta ({folder}); es preferible guardar las respuestas en otro lugar, por ejemplo {better} (se crea si la elige).',
  'cli.assess.folderCreated': 'Se creó la carpeta {folder} para sus archivos de respuestas.',
  'cli.assess.cannotSave.noFolder':
    'no se pueden guardar las respuestas en {file}: la carpeta {folder} no existe',
  'cli.assess.cannotSave.notFolder':
    'no se pueden guardar las respuestas en {file}: {folder} es un archivo, no una carpeta',
  'cli.assess.cannotSave.noPermission':
    'no se pueden guardar las respuestas en {file}: no tiene permiso para escribir en la carpeta {folder}',
  // Issue 16, the kinder interview.
  'cli.assess.noDetails':
    'no pide notas ni evidencia después de cada respuesta (puede añadirlas más tarde: "Notas y evidencia…" en la pregunta)',
  'cli.compare.differentChecklists':
    'no se pueden comparar respuestas a listas de verificación distintas: {base} corresponde a "{baseId}" y {current} a "{currentId}"',
  'cli.compare.otherChecklist':
    '{ref} es la lista de verificación "{found}", pero las respuestas corresponden a "{id}"',
  'cli.compare.inferredVersion': 'advertencia: {note}',
  'cli.compare.reworded':
    'advertencia: {id} se reformuló, o cambiaron su escala o sus opciones, entre las versiones con las que se elaboraron los dos archivos; queda fuera de la comparación',
  'cli.compare.privateWithheld': '{note} (use --include-private para incluirlos).',
  'cli.report.privateWithheld': '{note} (use --include-private para incluirlos).',
  'cli.report.badBasis': '--basis admite {bases}, separados por comas, no "{value}"',
  'cli.report.badDetail': '--detail admite uno de estos valores: {details}; no "{value}"',
  'cli.report.templateNotApplicable': '--template se aplica a {formats}, no a {format}',
  'cli.score.underThreshold': 'la puntuación global de {score}% es inferior a --fail-under {threshold}',
  'cli.score.badThreshold': '--fail-under debe ser un número de 0 a 100, no "{value}"',
  // issue 17, many files in one call: score a.yaml b.yaml, report/compare -o FOLDER
  'cli.score.sort':
    'orden de las filas cuando hay varios archivos: given (por defecto, en el orden dado), file, country, organization (de la A a la Z), date (de la más antigua a la más reciente), overall, coverage (de mayor a menor); las filas sin el valor van al final y los empates, en el orden dado',
  'cli.option.outputMany':
    'escribe en un archivo en lugar de la salida estándar; con varias entradas, la carpeta donde se escribe un archivo por entrada (se crea si no existe)',
  'cli.compare.onlyBase':
    'no hay nada con qué comparar {base}: los demás archivos indicados son el propio archivo de base',
  'cli.score.badSort': '--sort admite uno de estos valores: {sorts}; no "{value}"',
  'cli.score.someFailed': {
    one: 'no se pudo puntuar {failed} de {count} archivo de respuestas (véase más arriba)',
    other: 'no se pudieron puntuar {failed} de {count} archivos de respuestas (véase más arriba)',
  },
  'cli.score.noneScored': {
    one: 'no se pudo puntuar el archivo de respuestas (véase más arriba)',
    other: 'no se pudo puntuar ninguno de los {count} archivos de respuestas (véase más arriba)',
  },
  'cli.format.scoreCsv':
    'un cuadro para hojas de cálculo: una fila por archivo de respuestas, porcentajes enteros',
  'cli.format.scoreMd':
    'un cuadro en Markdown por lista de verificación, con una fila por archivo de respuestas',
  'score.table.file': 'Archivo',
  'score.table.field': '{label}: {value}',
  'score.table.version': 'Versión',
  'cli.many.needsFolder':
    'con varias entradas se escribe un archivo por entrada: indique una carpeta con -o, por ejemplo -o {example}',
  'cli.many.notFolder':
    'no se puede escribir en {folder}: esa ruta, o una carpeta superior, es un archivo y no una carpeta',
  'cli.many.cannotCreate': 'no se puede crear la carpeta {folder} ({code})',
  'cli.many.sameName':
    '{first} y {second} se escribirían ambos como {output}: cambie el nombre de uno de ellos, o procéselos por separado',
  'cli.many.someFailed': {
    one: 'falló {failed} de {count} entrada (véase más arriba)',
    other: 'fallaron {failed} de {count} entradas (véase más arriba)',
  },
  'cli.many.noneDone': {
    one: 'la entrada falló (véase más arriba)',
    other: 'no se pudo usar ninguna de las {count} entradas (véase más arriba)',
  },
  'cli.example.scoreMany':
    'Un cuadro de muchos países, con una fila por país, de la puntuación global más alta a la más baja',
  'cli.example.scoreCsv': 'El mismo cuadro en CSV, para abrirlo en una hoja de cálculo',
  'cli.example.reportFolder':
    'Un informe HTML por archivo de respuestas, escrito en la carpeta reports/ (se crea si no existe)',
  'cli.example.compareFolder':
    'Una línea de base comparada con dos archivos posteriores: 2024-vs-2025.md y 2024-vs-2026.md, escritos en progress/',
  // issue 16, merge: opsc-audit merge
  'cli.merge.description':
    'combina en un solo archivo los archivos de respuestas de varios informantes a una misma lista de verificación',
  'cli.merge.answers':
    'archivos de respuestas de la misma versión de la lista de verificación (ponga primero el archivo del organismo coordinador)',
  'cli.merge.output': 'el archivo de respuestas combinado que se escribirá (- para la salida estándar)',
  'cli.merge.prefer':
    'resuelve todos los conflictos con una regla: latest (la respuesta dada en último lugar) o first (el archivo indicado en primer lugar)',
  'cli.merge.checklist':
    'el archivo de la lista de verificación a la que corresponden las respuestas, cuando no está incluida',
  'cli.merge.noOutput':
    'merge escribe un nuevo archivo de respuestas: indíquelo con -o, por ejemplo -o merged.yaml',
  'cli.merge.badPrefer': '--prefer admite latest o first, no "{value}"',
  'cli.merge.duplicate': '{file} es el mismo archivo que {first}: se lee una sola vez',
  'cli.merge.otherChecklist':
    '{file} corresponde a la lista de verificación {id} {version}, pero {first} corresponde a la lista de verificación {firstId} {firstVersion}: solo se pueden combinar archivos de respuestas de la misma lista de verificación',
  'cli.merge.otherVersion':
    '{file} corresponde a {id} versión {version}, pero {first} corresponde a la versión {firstVersion}: solo se pueden combinar archivos de respuestas de la misma versión de la lista de verificación (reanude el más antiguo con {cli} assess para actualizarlo)',
  'cli.merge.otherDigest':
    '{file} y {first} corresponden ambos a {id} {version}, pero se elaboraron con textos distintos de esa versión (sus resúmenes criptográficos de la lista de verificación difieren): no se pueden combinar',
  'cli.merge.unresolved': {
    one: '{count} pregunta tiene respuestas distintas y no se escribió nada: elija con --prefer latest o --prefer first, o ejecute merge en una terminal para elegir cada respuesta',
    other:
      '{count} preguntas tienen respuestas distintas y no se escribió nada: elija con --prefer latest o --prefer first, o ejecute merge en una terminal para elegir cada respuesta',
  },
  'cli.merge.conflictLine': '{id}: {sides}',
  'cli.merge.side': '“{answer}”: {who}, en {files}',
  'cli.merge.person': '{organization} ({name})',
  'cli.merge.interrupted': 'Interrumpido: no se escribió nada.',
  'cli.merge.stdout': 'salida estándar',
  'cli.merge.ask.heading': 'Conflicto {n} de {count}: {id} tiene respuestas distintas',
  'cli.merge.ask.side': '“{answer}”: {who}',
  'cli.merge.ask.in': 'en {files}',
  'cli.merge.ask.inAt': 'en {files}, respondida: {time}',
  'cli.merge.ask.notes': 'Notas: {notes}',
  'cli.merge.ask.choice': '“{answer}” ({who})',
  'cli.merge.ask.which': '¿Qué respuesta a {id} se incluye en el archivo combinado?',
  'cli.merge.summary.files': {
    one: 'Se combinó {count} archivo en {output}:',
    other: 'Se combinaron {count} archivos en {output}:',
  },
  'cli.merge.summary.single':
    'Solo hay un archivo que combinar: {output} contiene sus respuestas, cada una con el nombre de quien la dio.',
  'cli.merge.summary.file': {
    one: '{file}: {who}, {count} respuesta',
    other: '{file}: {who}, {count} respuestas',
  },
  'cli.merge.summary.answers': {
    one: '{count} pregunta respondida en el archivo combinado',
    other: '{count} preguntas respondidas en el archivo combinado',
  },
  'cli.merge.summary.agreed': {
    one: '{count} con la misma respuesta en más de un archivo: se conserva una sola vez, con el nombre de todos quienes la dieron',
    other:
      '{count} con la misma respuesta en más de un archivo: cada una se conserva una sola vez, con el nombre de todos quienes la dieron',
  },
  'cli.merge.summary.conflicts': {
    one: '{count} con respuestas distintas, resuelta como sigue:',
    other: '{count} con respuestas distintas, resueltas como sigue:',
  },
  'cli.merge.summary.noneAgreed': 'Ninguna tiene la misma respuesta en más de un archivo.',
  'cli.merge.summary.noConflicts': 'Ninguna tiene respuestas distintas.',
  'cli.merge.summary.resolved.latest':
    '{id}: se conservó {kept} en lugar de {over} (la respuesta dada en último lugar, --prefer latest)',
  'cli.merge.summary.resolved.first':
    '{id}: se conservó {kept} en lugar de {over} (el archivo indicado en primer lugar, --prefer first)',
  'cli.merge.summary.resolved.asked': '{id}: se conservó {kept} en lugar de {over} (su elección)',
  'cli.glob.tooSlow': 'la búsqueda del patrón "{pattern}" tardó más de {seconds} s; acótelo',
  'cli.glob.tooMany': 'el patrón "{pattern}" coincide con más de {count} archivos; acótelo',
  'cli.glob.noMatch': 'ningún archivo coincide con "{pattern}"',
  'cli.glob.tooLong': 'el patrón "{pattern}" tiene más de {count} caracteres',
  'cli.glob.bracesTooDeep': 'el patrón "{pattern}" anida llaves a más de {count} niveles de profundidad',
  'cli.glob.nestedGroups': 'el patrón "{pattern}" anida grupos dentro de grupos; use un solo nivel de ( )',
  'cli.glob.tooManyBraces': 'el patrón "{pattern}" tiene más de {count} grupos de llaves',
  'cli.glob.tooManyWildcards':
    'el patrón "{pattern}" tiene más de {count} comodines (* ? o grupos) en una misma parte de la ruta "{segment}"',
  'cli.list.id': 'ID',
  'cli.list.version': 'VERSIÓN',
  'cli.list.questions': 'PREGUNTAS',
  'cli.list.title': 'TÍTULO',
  'cli.validate.checklistNotFound':
    'la lista de verificación "{id}" no está incluida; indique su archivo con --checklist, o valídela en la misma ejecución',
  'cli.load.noBundledChecklist':
    'no hay ninguna lista de verificación incluida "{ref}" (véase: {cli} list), ni ningún archivo con ese nombre',
  'cli.load.unusableChecklist': '{file}: no es una lista de verificación utilizable',
  'cli.load.checklistErrors':
    '{file}: la lista de verificación tiene errores (ejecute: {cli} validate {quoted})',
  'cli.load.tooManyValues':
    '{file}: contiene más de {limit} valores YAML (claves, elementos y escalares), por encima del límite; divídalo en archivos más pequeños',
  'cli.yaml.tooDeep': 'el anidamiento supera los {count} niveles',
  'cli.yaml.forbiddenKey': 'la clave "{name}" no está permitida',
  'cli.yaml.duplicateKey': 'la clave "{name}" ya está definida en la línea {line}',
  'cli.yaml.aliasNoAnchor': 'el alias *{alias} no remite a ningún ancla definida antes de él',
  'cli.yaml.aliasCircular':
    'el alias *{alias} está dentro del nodo al que remite, lo que haría circulares los datos',
  'cli.yaml.otherVersion':
    'solo se lee YAML 1.2 (donde 010 es diez y yes es texto): elimine la línea "%YAML {version}"',
  'cli.yaml.aliasLimit':
    'los alias se expanden a demasiados datos (más de {count} expansiones; ¿un archivo del tipo “billion laughs”?)',
  'cli.yaml.multipleDocuments':
    'un archivo contiene un solo documento YAML: elimine el segundo "---" y lo que le sigue',
  'cli.read.notRegular': '{file}: no es un archivo normal',
  'cli.read.tooLarge': 'el archivo ocupa {size}, por encima del límite de {limit}',
  'cli.read.binary': 'el archivo contiene bytes NUL: no es un archivo de texto',
  'cli.read.encoding': 'el archivo no está en UTF-8 válido; guárdelo como UTF-8',
  'cli.read.empty': 'el archivo está vacío',
  'cli.read.mebibytes': '{size} MiB',
  'cli.read.kibibytes': '{size} KiB',
  'cli.read.templateProblem': '{file}: {problem}',
  'cli.fs.noSuchFile': '{file}: no existe ese archivo',
  'cli.fs.permissionDenied': '{file}: permiso denegado',
  'cli.fs.directory': '{file}: es una carpeta, no un archivo',
  'cli.fs.cannotRead': '{file}: no se puede leer ({code})',
  'cli.fs.cannotCreate': '{file}: no se puede crear ({code})',
  'cli.fs.cannotWrite': '{file}: no se puede escribir ({code})',
  'cli.fs.unknownError': 'error desconocido',
  'cli.write.standardOutput': 'salida estándar',
  'cli.write.failedBecause': '{file}: no se puede escribir: {reason} ({code})',
  'cli.write.noFolder': 'no existe esa carpeta',
  'cli.write.permissionDenied': 'permiso denegado',
  'cli.write.directory': 'es una carpeta, no un archivo',
  'cli.write.noSpace': 'no queda espacio en el dispositivo',
  'cli.write.quota': 'se superó la cuota de disco',
  'cli.write.tooLarge': 'archivo demasiado grande',
  'cli.write.readOnly': 'sistema de archivos de solo lectura',
  'cli.write.noReader': 'ya no hay nada que lo esté leyendo',
  'cli.write.io': 'error de entrada/salida',
  'cli.write.danglingLink': '{file}: es un enlace a un archivo que no existe',
  'cli.write.overwritesInput':
    '-o {output} sobrescribiría el archivo de entrada {input}; escriba la salida en otro archivo',
  // Issue 16, helper "start": an -o whose folder is missing, is a file, or may not be written.
  'cli.write.target.noFolder': 'no se puede escribir {file}: la carpeta {folder} no existe',
  'cli.write.target.notFolder': 'no se puede escribir {file}: {folder} es un archivo, no una carpeta',
  'cli.write.target.noPermission':
    'no se puede escribir {file}: no tiene permiso para escribir en la carpeta {folder}',
  'cli.load.nameChecklist': '{message} (indique el archivo de la lista de verificación con {option})',
  'cli.answers.use.notYaml': '{file}: no es un archivo de respuestas utilizable',
  'cli.answers.use.hasErrors':
    '{file}: el archivo de respuestas tiene errores (ejecute: {cli} validate {quoted})',
  'cli.answers.use.notAnswers':
    '{file}: no es un archivo de respuestas (se esperaba "format: opsc-audit/answers@1")',
  'cli.answers.resume.notYaml':
    '{file} no se puede leer como YAML; corrija {file} donde se indica más arriba (compruébelo con: {cli} validate {quoted}) y vuelva a ejecutar el mismo comando; sus respuestas en ese archivo se conservan',
  'cli.answers.resume.yamlError':
    '{file} tiene un error de YAML (¿un error de tecleo al editarlo?); corrija {file} donde se indica más arriba (compruébelo con: {cli} validate {quoted}) y vuelva a ejecutar el mismo comando; sus respuestas en ese archivo se conservan',
  'cli.answers.resume.yamlErrorAt':
    '{file} tiene un error de YAML en {file}:{line}:{col} (¿un error de tecleo al editarlo?); corrija {file} donde se indica más arriba (compruébelo con: {cli} validate {quoted}) y vuelva a ejecutar el mismo comando; sus respuestas en ese archivo se conservan',
  'cli.answers.resume.checklist':
    '{file} es una lista de verificación, no un archivo de respuestas; para responderla: {cli} assess {quoted} -o answers.yaml',
  'cli.answers.resume.notAnswers':
    '{file} existe y no es un archivo de respuestas (se esperaba "format: opsc-audit/answers@1"); elija otro nombre de archivo',
  'cli.answers.resume.hasErrors':
    '{file}: el archivo de respuestas tiene errores; corrija {file} donde se indica más arriba (compruébelo con: {cli} validate {quoted}) y vuelva a ejecutar el mismo comando; sus respuestas en ese archivo se conservan',
  'cli.answers.misfit': '{file}: las respuestas no corresponden a la lista de verificación {id} {version}',
  'cli.save.conflictChanged':
    'otro programa u otra persona modificó {file} en el disco ({time}) mientras esta entrevista lo tenía abierto; no se sobrescribió nada. La otra versión: {file}. La versión de esta entrevista: {ours}. Compárelas ({cli} compare {quoted} {quotedOurs}), conserve la correcta como {file} y reanude con: {command}',
  'cli.save.conflictGone':
    'otro programa u otra persona eliminó o movió {file} mientras esta entrevista lo tenía abierto; no se sobrescribió nada. La otra versión: {file}. La versión de esta entrevista: {ours}. Compárelas ({cli} compare {quoted} {quotedOurs}), conserve la correcta como {file} y reanude con: {command}',
  'cli.lock.unreadable':
    '{file} está bloqueado por {lock}, que no se puede leer; si ninguna entrevista está usando {file}, elimine {lock} e inténtelo de nuevo',
  'cli.lock.inUse':
    '{file} está abierto en otra entrevista (proceso {pid} en {host}, iniciada el {started}); termine primero esa entrevista o, si ninguna entrevista está usando {file}, elimine {lock} e inténtelo de nuevo',
  'cli.lock.stale':
    '{file} está bloqueado por {lock}, que quedó de una entrevista que ya no está en curso (proceso {pid} en {host}, iniciada el {started}); elimine {lock} e inténtelo de nuevo',
  'cli.lock.raced': 'otra entrevista acaba de bloquear {file}; inténtelo de nuevo',
  'cli.lock.cannotCreate':
    '{reason} (el bloqueo que impide que dos entrevistas escriban en un mismo archivo de respuestas)',
  'cli.validate.fileCount': { one: '{count} archivo', other: '{count} archivos' },
  'cli.validate.problemCount': { one: '{count} problema', other: '{count} problemas' },
  'cli.validate.errorCount': { one: '{count} error', other: '{count} errores' },
  'cli.validate.warningCount': { one: '{count} advertencia', other: '{count} advertencias' },
  'cli.validate.clean': '✔ {files} sin problemas',
  'cli.validate.summary': '✖ {problems} ({errors}, {warnings}) en {files}',
  'cli.error.unknownLanguage': 'OPSC_LANG: no hay mensajes en el idioma "{language}"',
  'cli.error.internal': 'error interno: {message}; ejecute con --debug para ver los detalles',
  // Spreadsheets out and in (issue 16, part "sheets"): export, import, the workbook's own words and problems.
  'cli.export.description':
    'escribe un libro (xlsx) o un archivo CSV con las preguntas, para que un ministerio lo complete sin esta herramienta',
  'cli.export.source':
    'id de una lista de verificación incluida o ruta, o un archivo de respuestas del que se toman las respuestas para prellenar',
  'cli.export.actor': 'solo las preguntas de este actor (su id, p. ej., parliament)',
  'cli.export.section': 'solo las preguntas de esta sección (su id)',
  'cli.export.checklist':
    'para un archivo de respuestas: exporta con esta lista de verificación (id incluido o ruta)',
  'cli.export.unknownActor':
    'la lista de verificación {id} no tiene el actor "{actor}"; sus actores: {actors}',
  'cli.export.unknownSection':
    'la lista de verificación {id} no tiene la sección "{section}"; sus secciones: {sections}',
  'cli.export.noQuestions':
    'ninguna pregunta de la lista de verificación {id} corresponde a --actor y --section',
  'cli.format.xlsx':
    'un libro de Excel con listas desplegables y celdas bloqueadas (requiere -o ARCHIVO o una canalización)',
  'cli.format.csv': 'las preguntas en CSV (UTF-8), para cualquier programa de hojas de cálculo',
  'cli.import.description':
    'convierte un libro (xlsx) o un archivo CSV completado en un archivo de respuestas',
  'cli.import.file': 'el libro (.xlsx) o el archivo CSV (.csv) generado por opsc-audit export',
  'cli.import.output':
    'el archivo de respuestas que se escribirá (se rechaza si ya existe, salvo con --force)',
  'cli.import.force': 'reemplaza el archivo indicado con -o si ya existe',
  'cli.import.checklist':
    'lo lee con esta lista de verificación (id incluido o ruta), no con la que indica el archivo',
  'cli.import.exists': '{file} ya existe: elija otro nombre o añada --force para reemplazarlo',
  'cli.import.notWritten': {
    one: '{count} problema; no se escribió {file}',
    other: '{count} problemas; no se escribió {file}',
  },
  'cli.import.written': {
    one: 'Se escribió {file}: {count} respuesta.',
    other: 'Se escribió {file}: {count} respuestas.',
  },
  'cli.import.unknownType': 'no es un libro (.xlsx) ni un archivo CSV (.csv)',
  'sheet.name.instructions': 'Instrucciones',
  'sheet.name.questions': 'Preguntas',
  'sheet.name.lists': 'Listas de respuestas',
  'sheet.title': '{title}: autoevaluación',
  'sheet.intro': {
    one: 'Lista de verificación {id}, versión {version}: {count} pregunta en este archivo.',
    other: 'Lista de verificación {id}, versión {version}: {count} preguntas en este archivo.',
  },
  'sheet.part.actor': 'Esta parte contiene las preguntas dirigidas a: {actor}.',
  'sheet.part.section': 'Esta parte contiene la sección: {section}.',
  'sheet.part.both': 'Esta parte contiene las preguntas dirigidas a {actor} en la sección {section}.',
  'sheet.howTo.heading': 'Qué hacer',
  'sheet.howTo.details': 'Complete sus datos a continuación, en las celdas amarillas.',
  'sheet.howTo.answer':
    'En la hoja “{sheet}”, responda cada pregunta en la columna amarilla “{column}”: haga clic en la celda y elija en su lista. Si se pide un número, escriba el número; si se pide una respuesta escrita, escriba el texto.',
  'sheet.howTo.read':
    'Las columnas grises no se pueden modificar: lea en la misma fila la pregunta, su orientación y las respuestas posibles.',
  'sheet.howTo.leave':
    'Deje la respuesta vacía si no puede responder una pregunta; otra persona podrá responderla.',
  'sheet.howTo.levelsHeading': 'Cómo elegir un nivel',
  'sheet.howTo.levels':
    'Elija el nivel que describe la situación actual, en la práctica y en todo el país, no lo que está previsto. La columna “{column}” indica lo que significa cada nivel para esa pregunta. Si la situación se sitúa entre dos niveles, elija el más bajo y explíquelo en las notas.',
  'sheet.howTo.multi':
    'Cuando puedan corresponder varias respuestas, escriba cada una tal como figura en la columna “{column}”, separadas por punto y coma (;).',
  'sheet.howTo.na':
    '“{na}”: la medida no puede aplicarse en su país; explique por qué en la columna “{column}”. No es una forma de eludir una pregunta difícil.',
  'sheet.howTo.dk':
    '“{dk}”: nadie a quien usted pueda consultar conoce la respuesta. Se registra como una laguna de datos, lo cual también es útil saber.',
  'sheet.howTo.evidence':
    'Evidencia: el título de una ley, un informe u otro documento, su enlace, su fecha (AAAA-MM-DD) y si puede publicarse (Sí o No). Si hay varios documentos, escriba uno por línea en cada celda de evidencia (Alt+Intro inicia una nueva línea dentro de una celda).',
  'sheet.howTo.returnHeading': 'Cómo devolverlo',
  'sheet.howTo.return':
    'Guarde el archivo como libro de Excel (.xlsx) y envíelo a la persona que se lo remitió. No cambie el nombre de las hojas, filas o columnas, ni las mueva o elimine: las respuestas se leen según su posición.',
  'sheet.respondent.heading': 'Sus datos',
  'sheet.column.id': 'ID de la pregunta',
  'sheet.column.section': 'Sección',
  'sheet.column.question': 'Pregunta',
  'sheet.column.guidance': 'Orientación (resumen)',
  'sheet.column.choices': 'Respuestas posibles',
  'sheet.column.answer': 'Su respuesta',
  'sheet.column.notes': 'Notas',
  'sheet.column.naReason': 'Motivo, si no es aplicable',
  'sheet.column.evidenceTitle': 'Evidencia: título',
  'sheet.column.evidenceLink': 'Evidencia: enlace',
  'sheet.column.evidenceDate': 'Evidencia: fecha (AAAA-MM-DD)',
  'sheet.column.evidencePublic': '¿Se puede publicar la evidencia? (Sí/No)',
  'sheet.column.responsible': 'Entidad responsable',
  'sheet.column.targetDate': 'Fecha prevista (AAAA-MM-DD)',
  'sheet.answer.notApplicable': 'No aplicable',
  'sheet.choice.level': '{label}: {description}',
  'sheet.choice.pickOne': 'Elija una:',
  'sheet.choice.pickMany': 'Elija una o más, separadas por punto y coma (;):',
  'sheet.choice.number': 'Un número.',
  'sheet.choice.numberUnit': 'Un número ({unit}).',
  'sheet.choice.min': 'Como mínimo {min}.',
  'sheet.choice.max': 'Como máximo {max}.',
  'sheet.choice.text': 'Una respuesta escrita.',
  'sheet.guidance.more': '{summary} …',
  'sheet.rule.listPrompt': 'Elija en la lista.',
  'sheet.rule.listError': 'Elija una de las respuestas de la lista.',
  'sheet.rule.numberPrompt': 'Escriba un número, o elija “{na}” o “{dk}” escribiéndolo.',
  'sheet.rule.numberError': 'No es un número dentro del intervalo de esta pregunta.',
  'sheet.rule.datePrompt': 'Escriba una fecha en el formato AAAA-MM-DD.',
  'sheet.rule.dateError': 'No es una fecha.',
  'sheet.problem.location': '{place}: {message}',
  'sheet.problem.tooLarge':
    'el archivo ocupa {size} bytes, más de los {limit} bytes que puede ocupar un cuestionario',
  'sheet.problem.notWorkbook': 'no es un libro de Excel (.xlsx) legible: {reason}',
  'sheet.problem.notZip':
    'no es un libro de Excel (.xlsx): un archivo .xlsx es un archivo zip, y este no lo es',
  'sheet.problem.expands':
    'el libro se descomprime en más de {limit} bytes (o {parts} partes); no es un cuestionario generado por opsc-audit export',
  'sheet.problem.noAbout':
    'no existe la hoja oculta “{sheet}”: este libro no se generó con opsc-audit export, o esa hoja se eliminó; vuelva a exportar las preguntas',
  'sheet.problem.aboutChanged':
    'la hoja oculta “{sheet}” se modificó ({what} falta o es incorrecto); vuelva a exportar las preguntas',
  'sheet.problem.otherFormat': 'generado en un formato que esta versión de opsc-audit no lee ({format})',
  'sheet.problem.otherChecklist':
    'exportado de la lista de verificación {found}, no de {expected}; impórtelo con --checklist {found}',
  'sheet.problem.otherVersion':
    'exportado de la versión {found} de la lista de verificación {id}, pero la lista de verificación está ahora en la versión {expected}; vuelva a exportar las preguntas y copie las respuestas',
  'sheet.problem.otherDigest':
    'exportado de otro texto de la lista de verificación {id} {version} (su resumen criptográfico era {found} y ahora es {expected}); vuelva a exportar las preguntas y copie las respuestas',
  'sheet.problem.noSheet':
    'no existe la hoja “{sheet}”; no se debe cambiar el nombre de las hojas ni eliminarlas',
  'sheet.problem.header':
    'el encabezado de la columna debería decir “{expected}”: no se deben mover, renombrar ni eliminar columnas',
  'sheet.problem.idChanged':
    'ID de pregunta “{found}” en la fila exportada para {expected}; no se deben mover ni editar filas',
  'sheet.problem.unknownQuestion': 'la lista de verificación {checklist} no tiene la pregunta “{id}”',
  'sheet.problem.duplicate': 'la pregunta {id} aparece de nuevo (su fila es la {row})',
  'sheet.problem.extraRow':
    'una fila que la exportación no escribió: las respuestas van en la fila de su pregunta',
  'sheet.problem.tooManyRows': 'la hoja tiene {count} filas, más de las {limit} que lee una importación',
  'sheet.problem.tooLong': 'tiene más de {limit} caracteres',
  'sheet.problem.formula': 'una fórmula ({formula}): escriba el valor mismo',
  'sheet.problem.errorValue': 'un valor de error ({error}): escriba el valor mismo',
  'sheet.problem.notInList': '“{value}” no es una respuesta de {id}; elija una de estas: {choices}',
  'sheet.problem.notNumber': '“{value}” no es un número',
  'sheet.problem.range': '{value} está fuera de lo que admite {id} (de {min} a {max})',
  'sheet.problem.notDate': '“{value}” no es una fecha; escríbala como AAAA-MM-DD (p. ej., 2025-03-31)',
  'sheet.problem.numberNotDate':
    'un número ({value}), no una fecha; escríbala como AAAA-MM-DD (p. ej., 2025-03-31)',
  'sheet.problem.dateNotText': 'una fecha ({value}) donde se espera texto',
  'sheet.problem.booleanNotText': 'un valor VERDADERO/FALSO donde se espera texto',
  'sheet.problem.notYesNo': '“{value}” no es ni “{yes}” ni “{no}”',
  'sheet.problem.notRole': '“{value}” no es una de las funciones: {roles}',
  'sheet.problem.needsAnswer':
    'hay datos completados, pero la pregunta no tiene respuesta en la columna {column}; elija una (“{dk}” si no está seguro)',
  'sheet.problem.needsReason': '“{na}” requiere un motivo en la columna {column}',
  'sheet.problem.reasonWithoutNa':
    'hay un motivo para “{na}”, pero la respuesta de la columna {column} no es “{na}”',
  'sheet.problem.evidenceNoTitle': 'la línea de evidencia {line} no tiene título en la columna {column}',
  'sheet.problem.csvQuote': 'un campo entre comillas no está cerrado',
  'sheet.problem.csvHeader':
    'la primera línea debería comenzar con {format}: este archivo CSV no se generó con opsc-audit export',
  // The interview (keys `interview.*`)
  'interview.choice.guidance': 'Ver la orientación',
  'interview.choice.notApplicable': 'No aplicable…',
  'interview.choice.notApplicableHint': 'Se le preguntará el motivo.',
  'interview.choice.dontKnow': 'No sé',
  'interview.choice.dontKnowHint': 'Se registra como laguna de datos.',
  'interview.choice.skip': 'Omitir por ahora',
  'interview.choice.skipHint': 'Queda sin responder; se le volverá a ofrecer al final.',
  'interview.choice.back': 'Atrás',
  'interview.choice.backDisabled': '(esta es la primera pregunta)',
  'interview.choice.review': 'Revisar la sección',
  'interview.choice.jump': 'Ir a una sección…',
  'interview.choice.quit': 'Guardar y salir',
  'interview.choice.enterNumber': 'Escribir un número…',
  'interview.choice.enterOptions': 'Elegir opciones…',
  'interview.choice.enterText': 'Escribir un texto…',
  'interview.choice.yes': 'Sí',
  'interview.choice.no': 'No',
  'interview.prompt.answerTo': 'Su respuesta ({id})',
  'interview.prompt.naReason': '¿Por qué no se aplica?',
  'interview.invalid.naReason': 'Se requiere un motivo.',
  'interview.prompt.options':
    'Elija todas las que correspondan (espacio para marcar o desmarcar, Intro para confirmar)',
  'interview.prompt.number': 'Número',
  'interview.prompt.numberWithUnit': 'Número ({unit})',
  'interview.prompt.numberInRange': 'Número de {min} a {max}',
  'interview.prompt.numberWithUnitInRange': 'Número ({unit}) de {min} a {max}',
  'interview.invalid.number': 'Escriba un número.',
  'interview.invalid.numberRange': 'Escriba un número de {min} a {max}.',
  'interview.prompt.answer': 'Respuesta',
  'interview.invalid.text': 'Escriba algún texto.',
  'interview.prompt.notes': 'Notas (opcional; Intro para omitir, "-" para borrar)',
  'interview.evidenceRecorded': {
    one: 'Ya hay {count} elemento de evidencia registrado.',
    other: 'Ya hay {count} elementos de evidencia registrados.',
  },
  'interview.prompt.evidenceTitle': 'Evidencia: título (opcional; Intro para omitir)',
  'interview.prompt.anotherEvidenceTitle': 'Otro elemento de evidencia: título (Intro para terminar)',
  'interview.prompt.evidenceLink': 'Evidencia: enlace o referencia (opcional)',
  'interview.prompt.evidenceDate': 'Evidencia: fecha (AAAA-MM-DD, opcional)',
  'interview.invalid.evidenceDate': 'Escriba la fecha como AAAA-MM-DD.',
  'interview.prompt.evidencePublic': '¿Se puede publicar esta evidencia?',
  'interview.progress':
    '[{position}/{total}] {where}  (sección: {sectionDone}/{sectionTotal} respondidas; {percent}% en total)',
  'interview.where': '{pillar} > {section}',
  'interview.questionIdWeighted': '{id}  ({basis}, peso {weight})',
  'interview.currentAnswer': 'Respuesta actual: {answer}',
  'interview.noGuidance': 'Esta pregunta no tiene orientación.',
  'interview.evidenceHint': 'Para respaldar su respuesta: {evidence}',
  'interview.source': '{source}, párr. {para}',
  'interview.sources': 'Fuentes: {sources}',
  'interview.scale': 'Escala:',
  'interview.scaleLevelMeaning': '{label} - {meaning}',
  'interview.answer.skipped': 'omitida por ahora',
  'interview.answer.notApplicable': 'no aplicable ({reason})',
  'interview.answer.dontKnow': 'no sé',
  'interview.answer.unanswered': 'sin responder',
  'interview.answer.kept': '{answer} [se conserva; la pregunta ya no se aplica]',
  'interview.answer.yes': 'Sí',
  'interview.answer.no': 'No',
  'interview.answer.none': '(ninguna)',
  'interview.conditionReason': 'no se aplica, dada la respuesta a {ids}',
  'interview.role.government': 'Gobierno',
  'interview.role.ngo': 'ONG u organización de la sociedad civil',
  'interview.role.nhri': 'Institución nacional de derechos humanos',
  'interview.role.un': 'Naciones Unidas',
  'interview.role.consultant': 'Consultoría',
  'interview.role.other': 'Otra',
  'interview.respondent.known': 'Informante: {country}, {organization} ({role}), {date}',
  'interview.respondent.intro':
    '\nSus datos (se registran en el archivo de respuestas y se muestran en los informes).',
  'interview.prompt.country': 'País',
  'interview.prompt.organization': 'Organización',
  'interview.prompt.role': 'Su función',
  'interview.prompt.date': 'Fecha de la evaluación (AAAA-MM-DD)',
  'interview.invalid.required': 'Escriba un valor.',
  'interview.invalid.date': 'Escriba una fecha con el formato AAAA-MM-DD.',
  'interview.changes.sameVersion': 'versión {version}, pero su contenido cambió',
  'interview.changes.newVersion': 'versión {from}; ahora es la {to}',
  'interview.changes.heading':
    '\nLa lista de verificación {id} cambió desde que se dieron estas respuestas ({version}).',
  'interview.changes.noneChanged': 'Ninguna de las preguntas que usted respondió cambió.',
  'interview.changes.changed': 'Preguntas respondidas que han cambiado desde entonces ({count}):',
  'interview.changes.removed':
    'Respuestas a preguntas que ya no figuran en la lista de verificación ({count}): {ids}.',
  'interview.changes.backup':
    'Si continúa, se eliminan del archivo; se conserva en {backup} una copia del archivo tal como está ahora.',
  'interview.changes.review': 'Continuar, volviendo a formular primero las preguntas que cambiaron',
  'interview.changes.keep':
    'Continuar, conservando tal como están las respuestas a las preguntas que cambiaron',
  'interview.changes.continue': 'Continuar con la lista de verificación actual',
  'interview.changes.quit': 'Salir sin modificar el archivo',
  'interview.changes.prompt': '¿Cómo desea continuar?',
  'interview.sectionDone': '\nSección terminada: {section}',
  'interview.sectionDone.prompt': 'Antes de seguir',
  'interview.sectionDone.continue': 'Continuar con {section}',
  'interview.sectionDone.change': 'Cambiar una respuesta de esta sección',
  'interview.end.skipped': '\nSe han visto todas las preguntas; omitidas por ahora ({count}): {ids}.',
  'interview.end.allAnswered': '\nTodas las preguntas tienen respuesta.',
  'interview.end.answerSkipped': {
    one: 'Responder ahora la pregunta omitida',
    other: 'Responder ahora las {count} preguntas omitidas',
  },
  'interview.end.finishForNow': 'Terminar por ahora (las preguntas omitidas quedan sin responder)',
  'interview.end.finish': 'Terminar',
  'interview.end.review': 'Revisar una sección',
  'interview.end.prompt': '¿Qué desea hacer ahora?',
  'interview.review.notApplicableByCondition': 'no aplicable (condición)',
  'interview.review.notAnswered': 'aún sin responder',
  'interview.review.continue': 'Continuar',
  'interview.review.prompt': 'Revisión: {section}. Elija una pregunta para cambiarla',
  'interview.jump.stay': 'Quedarse aquí',
  'interview.jump.section': '{section}  ({done}/{total} respondidas)',
  'interview.jump.prompt': 'Ir a la sección',
  'interview.summary.heading': 'Estado de la evaluación (tal como lo cuentan score y report):',
  'interview.summary.total': 'Total',
  'interview.keys.navigate': 'navegar',
  'interview.keys.select': 'seleccionar',
  'interview.keys.submit': 'confirmar',
  'interview.keys.all': 'todas',
  'interview.keys.invert': 'invertir',
  'interview.keys.space': 'espacio',
  'interview.disabledChoice': 'Esta opción está desactivada y no se puede seleccionar.',
  'interview.disabledToggle': 'Esta opción está desactivada y no se puede marcar ni desmarcar.',
  'interview.confirm.yes': 'Sí',
  'interview.confirm.no': 'No',
  'interview.confirm.invalid': 'Debe responder "{yes}" o "{no}"',
  // Issue 16, the kinder interview: editor, pasted notes, details later, respondent details, small terminals.
  'interview.prompt.notesOrEditor': 'Notas (Intro para omitir, "-" para borrar, "e" abre su editor)',
  'interview.editorFailed':
    'No se pudo abrir ningún editor (defina EDITOR o VISUAL); escriba o pegue aquí las notas.',
  'interview.invalid.notesTooLong': 'Las notas admiten como máximo {max} caracteres; estas tienen {count}.',
  'interview.invalid.tooLong': 'Como máximo {max} caracteres, por favor; este texto tiene {count}.',
  'interview.choice.details': 'Notas y evidencia…',
  'interview.choice.detailsHint': 'Añadir o cambiar las notas y la evidencia de esta respuesta.',
  'interview.choice.respondent': 'Datos del informante…',
  'interview.prompt.name': 'Su nombre (opcional)',
  'interview.respondent.knownNamed': 'Informante: {name}, {country}, {organization} ({role}), {date}',
  'interview.respondent.change': 'Cambie los datos del informante (Intro conserva cada dato tal como está).',

  // Validation diagnostics (keys `validate.*`)
  'validate.band-order.first': 'la primera franja debe empezar en 0',
  'validate.band-order': 'las franjas deben estar en orden creciente de "min" ({previous} y luego {next})',
  'validate.band-label-clash':
    'la franja "{label}" tiene el nombre del nivel de escala "{level}"; dé a las franjas nombres distintos de los niveles para que una puntuación y una respuesta nunca se lean igual',
  'validate.scale-order':
    'los niveles de la escala deben tener valores crecientes ({previous} y luego {next})',
  'validate.duplicate-id.source': 'la fuente "{name}" está declarada dos veces',
  'validate.duplicate-id.pillar': 'el pilar "{name}" está declarado dos veces',
  'validate.duplicate-id.theme': 'el tema "{name}" está declarado dos veces',
  'validate.duplicate-id.actor': 'el actor "{name}" está declarado dos veces',
  'validate.duplicate-id.section': 'el id de sección "{id}" ya lo usa la sección {number}',
  'validate.duplicate-id.question': 'el id de pregunta "{id}" ya se usa en la sección "{section}"',
  'validate.duplicate-key.level': 'el nivel "{name}" está declarado dos veces',
  'validate.duplicate-key.option': 'la opción "{name}" está declarada dos veces',
  'validate.unknown-pillar': 'el pilar "{pillar}" no está declarado en "pillars"',
  'validate.unknown-theme': 'el tema "{theme}" no está declarado en "themes"',
  'validate.unknown-actor': 'el actor "{actor}" no está declarado en "actors"',
  'validate.unknown-source': 'la fuente "{source}" no está declarada en "sources"',
  'validate.unknown-scale': 'la escala "{scale}" no está definida en "scales"',
  'validate.paragraph-malformed':
    'el párrafo "{para}" debe ser un número con subapartados opcionales, como 88(d)(iii)',
  'validate.paragraph-out-of-range':
    'el párrafo {para} está fuera de {source}, que tiene los párrafos 1-{last}',
  'validate.empty-pillar': 'el pilar "{pillar}" no tiene preguntas',
  'validate.kind-mismatch.field': '"{field}" solo se aplica a preguntas de tipo {kinds}, no {kind}',
  'validate.kind-mismatch.required': 'una pregunta de tipo {kind} necesita "{field}"',
  'validate.kind-mismatch.compare': 'no se puede comparar {id} con {value}',
  'validate.zero-top-score':
    '{id} nunca puede puntuar por encima de 0 ({why}), por lo que ninguna respuesta a ella puede contar en ninguna puntuación; asigne una puntuación positiva a su mejor respuesta o conviértala en una pregunta de texto',
  'validate.when-never-true':
    'la condición "when" de {id} nunca puede cumplirse, por lo que la pregunta nunca se formularía',
  'validate.when-undecided':
    'se abandonó tras {steps} pasos el intento de determinar si la condición "when" de {id} puede cumplirse alguna vez; simplifíquela',
  'validate.when-self-reference': 'la condición "when" de {id} remite a la propia pregunta',
  'validate.when-unknown-question': 'la condición "when" remite a la pregunta desconocida "{question}"',
  'validate.when-cycle':
    'la condición "when" de {id} remite a {other}, y las condiciones de ambas dependen una de la otra',
  'validate.when-forward-reference':
    'la condición "when" remite a {question}, que viene después; las condiciones solo pueden usar respuestas anteriores',
  'validate.when-unscored-question':
    '{id} es una pregunta de tipo {kind}; una condición "when" solo puede preguntar si está respondida',
  'validate.requires-never-true':
    'la condición "requires" de {id} nunca puede cumplirse cuando la pregunta se aplica, por lo que la medida siempre contaría como inexistente',
  'validate.requires-undecided':
    'se abandonó tras {steps} pasos el intento de determinar si la condición "requires" de {id} puede cumplirse alguna vez; simplifíquela',
  'validate.requires-self-reference': 'la condición "requires" de {id} remite a la propia pregunta',
  'validate.requires-unknown-question':
    'la condición "requires" remite a la pregunta desconocida "{question}"',
  'validate.requires-cycle':
    'la condición "requires" de {id} remite a {other}, y las condiciones de ambas dependen una de la otra',
  'validate.requires-forward-reference':
    'la condición "requires" remite a {question}, que viene después; las condiciones solo pueden usar respuestas anteriores',
  'validate.requires-unscored-question':
    '{id} es una pregunta de tipo {kind}; una condición "requires" solo puede preguntar si está respondida',
  'validate.obligation-without-article':
    '{id} es una obligación, pero sus "refs" no mencionan ningún artículo del Protocolo facultativo ("opsc") ni de la Convención ("crc")',
  'validate.weight-outside-basis.obligation':
    'el peso {weight} está fuera del intervalo de una obligación ({min} a {max})',
  'validate.weight-outside-basis.recommendation':
    'el peso {weight} está fuera del intervalo de una recomendación ({min} a {max})',
  'validate.weight-outside-basis.practice':
    'el peso {weight} está fuera del intervalo de una buena práctica ({min} a {max})',
  'validate.schema.calendarDate': '"date" {date} no es un día del calendario',
  'validate.unknown-framework-ref':
    '"{value}" en refs.{key} no corresponde a ninguna entrada de ese marco (sus entradas: {valid})',
  'validate.all-themes':
    '{id} indica todos los temas de la lista de verificación; una medida que atañe a todas las formas de explotación es transversal y no debe indicar ningún tema',
  'validate.theme-too-few-questions': {
    one: 'el tema "{theme}" figura en {count} pregunta; un tema necesita al menos {min} preguntas que lo aborden específicamente',
    other:
      'el tema "{theme}" figura en {count} preguntas; un tema necesita al menos {min} preguntas que lo aborden específicamente',
  },
  'validate.incomplete-translation':
    'no hay traducción a {languages} (otros textos de este archivo sí la tienen)',
  'validate.checklist-mismatch':
    'las respuestas corresponden a la lista de verificación "{answers}", pero se comprobaron con "{checklist}"',
  'validate.unknown-question': 'la pregunta "{id}" no figura en {checklist} {version}',
  'validate.na-without-reason': '"no aplicable" en {id} requiere un motivo',
  'validate.applicability-mismatch.inapplicable.unconditional':
    '{id} está marcada como "inapplicable", pero se aplica (no tiene condición): se ignora la marca y se puntúa la respuesta',
  'validate.applicability-mismatch.inapplicable.conditionMet':
    '{id} está marcada como "inapplicable", pero se aplica (se cumple su condición relativa a respuestas anteriores): se ignora la marca y se puntúa la respuesta',
  'validate.applicability-mismatch.naByCondition.unconditional':
    '{id} está registrada como no aplicable por condición, pero se aplica (no tiene condición): se puntúa como sin responder',
  'validate.applicability-mismatch.naByCondition.conditionMet':
    '{id} está registrada como no aplicable por condición, pero se aplica (se cumple su condición relativa a respuestas anteriores): se puntúa como sin responder',
  // issue 16, merge: who gave an answer
  'validate.unknown-contributor':
    'la respuesta a {id} tiene "by" "{key}", que no figura entre los "contributors" del archivo: se desconoce quién la dio (añada "{key}" en "contributors" o corrija la clave)',
  'validate.question-changed':
    '{id} se reformuló, o cambiaron su escala o sus opciones, desde que se respondió; la respuesta se puntúa tal como está: revísela',
  'validate.digest-missing':
    'el archivo no registra ningún resumen criptográfico de la lista de verificación, por lo que no se puede comprobar si sus puntuaciones se ven afectadas por cambios de redacción en la lista de verificación (añada "digest: {digest}" en "checklist" una vez comprobadas las respuestas con la versión {version})',
  'validate.digest-mismatch.sameVersion':
    'la lista de verificación cambió desde que se dieron estas respuestas (sigue siendo la versión {version}); no cambió ninguna pregunta respondida',
  'validate.digest-mismatch.sameVersion.changed': {
    one: 'la lista de verificación cambió desde que se dieron estas respuestas (sigue siendo la versión {version}); desde entonces cambió {count} pregunta respondida ({ids})',
    other:
      'la lista de verificación cambió desde que se dieron estas respuestas (sigue siendo la versión {version}); desde entonces cambiaron {count} preguntas respondidas ({ids})',
  },
  'validate.digest-mismatch.newVersion':
    'la lista de verificación cambió desde que se dieron estas respuestas (versión {from} -> {to}); no cambió ninguna pregunta respondida',
  'validate.digest-mismatch.newVersion.changed': {
    one: 'la lista de verificación cambió desde que se dieron estas respuestas (versión {from} -> {to}); desde entonces cambió {count} pregunta respondida ({ids})',
    other:
      'la lista de verificación cambió desde que se dieron estas respuestas (versión {from} -> {to}); desde entonces cambiaron {count} preguntas respondidas ({ids})',
  },
  'validate.digest-mismatch.version':
    'las respuestas se dieron con la versión {answers}; la lista de verificación está en la versión {checklist}',
  'validate.unknown-format.wrong': '"format" debe ser {checklist} o {answers}',
  'validate.unknown-format.missing':
    'no es un archivo de opsc-audit: añada "format: {checklist}" o "format: {answers}"',
  'validate.schema.subject.document': 'el documento',
  'validate.schema.subject.item': 'el elemento {number} de "{list}"',
  'validate.schema.subject.key': '"{key}"',
  'validate.schema.subject.answer': 'la respuesta a {id}',
  'validate.schema.subject.keyName': 'la clave "{key}"',
  'validate.schema.unknownKey': 'clave desconocida "{key}"',
  'validate.schema.unknownKey.allowed': 'clave desconocida "{key}" (claves permitidas: {keys})',
  'validate.schema.required': '{subject}: falta la clave obligatoria "{key}"',
  'validate.schema.oneOf.ambiguous': '{subject} corresponde a más de una forma',
  'validate.schema.oneOf.none': '{subject} no corresponde a ninguna forma permitida',
  'validate.schema.oneOf.localizedString':
    '{subject} debe ser un texto o un mapa de código de idioma a texto',
  'validate.schema.oneOf.category':
    '{subject} debe ser una clave (como child_marriage) o un mapa con id, label y description',
  'validate.schema.oneOf.condition':
    '{subject} debe ser una condición: {question, equals|in|atLeast|answered}, o {all: [...]}, {any: [...]} o {not: ...}',
  'validate.schema.oneOf.answer':
    '{subject} necesita exactamente uno de estos: level, value, na, unknown, skipped',
  'validate.schema.oneOf.para': '{subject} debe ser un párrafo (como "88(d)(iii)") o un localizador',
  'validate.schema.oneOf.scale':
    '{subject} debe ser el nombre de una escala de `scales` o una lista de niveles',
  'validate.schema.oneOf.value':
    '{subject} debe ser sí/no (true o false), un número, un texto o una lista de claves de opción',
  'validate.schema.pattern': '{subject} debe coincidir con {pattern}',
  'validate.schema.pattern.kebabCase':
    '{subject} debe estar en kebab-case: letras minúsculas y dígitos unidos por guiones',
  'validate.schema.pattern.key': '{subject} debe constar de letras minúsculas y dígitos, unidos por _ o -',
  'validate.schema.pattern.questionId':
    '{subject} debe tener la forma de PRV-LAW-01: letras mayúsculas y dígitos unidos por guiones',
  'validate.schema.pattern.version': '{subject} debe ser una versión semántica, como 1.0.0',
  'validate.schema.pattern.language': '{subject} debe ser una etiqueta de idioma, como en o fr',
  'validate.schema.pattern.publicationDate':
    '{subject} debe ser una fecha escrita AAAA-MM-DD, o solo el año (AAAA), o el año y el mes (AAAA-MM)',
  'validate.schema.pattern.webAddress':
    '{subject} debe ser una dirección web que empiece por https:// o http://',
  'validate.schema.pattern.digest':
    '{subject} debe ser "sha256:" seguido de 64 dígitos hexadecimales (tal como lo escribe opsc-audit)',
  'validate.schema.pattern.questionDigest':
    '{subject} debe constar de 12 dígitos hexadecimales (tal como lo escribe opsc-audit)',
  'validate.schema.pattern.symbol':
    '{subject} debe ser una signatura de documento, como A/HRC/49/51: letras, dígitos y / . _ -',
  'validate.schema.const': '{subject} debe ser {value}',
  'validate.schema.enum': '{subject} debe ser uno de estos valores: {values}',
  'validate.schema.format': '{subject} debe estar en formato {format}',
  'validate.schema.format.date': '{subject} debe ser una fecha escrita AAAA-MM-DD',
  'validate.schema.format.dateTime': '{subject} debe ser una fecha y hora, como 2026-11-22T10:15:00Z',
  'validate.schema.format.uri': '{subject} debe ser un enlace absoluto, como https://example.org/',
  'validate.schema.empty': '{subject} no puede quedar en blanco',
  'validate.schema.tooShort': '{subject}: valor demasiado corto',
  'validate.schema.tooLong': '{subject} supera el límite de {limit} caracteres',
  'validate.schema.conditionTest': '{subject} necesita "question" y exactamente uno de estos: {tests}',
  'validate.schema.keyCount': '{subject} tiene un número incorrecto de claves',
  'validate.schema.invalid': '{subject}: valor no válido',
  'validate.schema.ajv': '{subject} {problem}',
  // Checklist translation files: validate, and the text of a checklist in the command's language (issue 18).
  'validate.translation-missing.entry': '{entry} no está traducido: se muestra el texto en inglés',
  'validate.translation-missing.fields':
    '{entry}: campos sin traducir ({fields}): se muestra el texto en inglés',
  'validate.translation-outdated':
    '{entry}: el texto en inglés cambió desde que se tradujo; revise la traducción, luego borre su línea source y ejecute {cli} translate para marcarla de nuevo',
  'validate.translation-unstamped': {
    one: '{count} entrada traducida ({entry}) aún no tiene hash source: ejecute {cli} translate con la lista de verificación y el idioma de este archivo para marcarla',
    other:
      '{count} entradas traducidas (la primera: {entry}) aún no tienen hash source: ejecute {cli} translate con la lista de verificación y el idioma de este archivo para marcarlas',
  },
  'validate.translation-unknown.entry': '{entry} no está en la lista de verificación {checklist}',
  'validate.translation-unknown.key': '{entry}: el campo {field} en inglés no tiene la clave {key}',
  'validate.translation-extra-field': '{entry}: el texto en inglés no tiene {field} que traducir',
  'validate.translation-language.own':
    'el idioma {language} es el idioma propio de la lista de verificación: no hay nada que traducir',
  'validate.translation-language.unknown':
    'la herramienta no habla el idioma {language}; traduzca a {languages}',
  'validate.translation-structure.placeholders':
    '{entry}: {field} no conserva los marcadores entre llaves del texto en inglés',
  'validate.translation-structure.lists':
    '{entry}: {field} no tiene tantos elementos de lista como el texto en inglés',
  'validate.translation-structure.bold':
    '{entry}: {field} no tiene tantas marcas de negrita (**) como el texto en inglés',
  'validate.translation-file-missing':
    'no hay traducción a {languages} junto a esta lista de verificación ({cli} translate crea una); en esos idiomas se muestra el texto en inglés',
  'validate.checklist-not-found.translation':
    'no hay ninguna lista de verificación {id} junto a este archivo de traducción ({file}) ni entre las listas incluidas',
  'validate.checklist-not-found.broken':
    'la lista de verificación de esta traducción ({file}) tiene errores: valídela primero',
  'validate.checklist-mismatch.translation':
    'esta traducción es de {translation}, pero {file}, junto a ella, es {checklist}',
  'cli.translate.none':
    'no hay traducción al {language} de la lista de verificación {checklist}: su texto se muestra en su propio idioma ({own})',
  'cli.translate.unusable':
    'la traducción al {language} de la lista de verificación {checklist} ({file}) no se puede usar (ejecute {cli} validate {quoted}): su texto se muestra en su propio idioma ({own})',
  'cli.load.translationNotChecklist':
    '{file} es una traducción de la lista de verificación {checklist}, no una lista de verificación: indique la lista y elija el idioma con --lang',
  // Reports, remaining short words (keys `words.*`)
  'words.role.government': 'gobierno',
  'words.role.ngo': 'organización no gubernamental',
  'words.role.nhri': 'institución nacional de derechos humanos',
  'words.role.un': 'entidad de las Naciones Unidas',
  'words.role.consultant': 'consultoría independiente',
  'words.role.other': 'otro informante',
  'words.basis.obligation': 'obligación convencional',
  'words.basis.recommendation': 'recomendación',
  'words.basis.practice': 'buena práctica',
  'words.mode.progress': 'avances',
  'words.mode.divergence': 'divergencias',
  'words.date': '{day}/{month}/{year}',
  'words.yes': 'Sí',
  'words.no': 'No',
  'words.none': 'Ninguna',
  'words.scoreOf': '{score} de {max}',
  'words.answerScore': '{answer} ({score})',
  'words.targetScore': '{target} ({score})',
  'words.notAvailable': 'n. d.',
  'words.percent': '{percent}%',
  'words.points': '{sign}{points} pp',
  'words.baseFile': 'Base ({file})',
  'words.currentFile': 'Actual ({file})',
  'words.paragraph': 'párr. {para}',
  'words.paragraphs': 'párrs. {para}',
  'words.page': 'pág. {page}',
  'words.sources': 'Fuentes:',
  'words.conditional': 'condicional',
  // Two counts, each with its own plural forms, joined by one message so a translator can reorder them.
  'words.outlineCounts': '{questions} en {sections}',
  'words.questionCount': { one: '{count} pregunta', other: '{count} preguntas' },
  'words.sectionCount': { one: '{count} sección', other: '{count} secciones' },
  // Languages (issue 18)
  'cli.program.lang':
    'idioma de los mensajes y los informes: {languages} (por defecto: OPSC_LANG, luego LC_ALL, LC_MESSAGES o LANG, luego inglés)',
  'cli.error.unknownLangOption':
    '--lang: no hay mensajes en el idioma "{language}" (disponibles: {languages})',
  'cli.assess.otherLanguage':
    'Estas respuestas se dieron en {language}. Para continuar en ese idioma: {command}',
  // opsc-audit translate: checklist translation files (issue 18).
  'cli.translate.description':
    'crea el archivo de traducción de una lista de verificación a un idioma, o marca sus entradas traducidas con el hash del texto fuente',
  'cli.translate.checklist': 'id de una lista de verificación incluida, o ruta',
  'cli.translate.output':
    'el archivo de traducción (por defecto: junto a la lista de verificación, <checklist>.<lang>.yaml)',
  'cli.translate.ownLanguage': '--lang {language}: la lista de verificación ya está redactada en ese idioma.',
  'cli.translate.badLanguage': '--lang {language}: elija uno de estos idiomas: {languages}.',
  'cli.translate.created': {
    one: 'Se creó {file} con {count} entrada por traducir. Para traducir un campo, quite "# " de sus líneas y sustituya el texto en inglés; después ejecute {command} para marcar cada entrada traducida con el hash de su texto en inglés.',
    other:
      'Se creó {file} con {count} entradas por traducir. Para traducir un campo, quite "# " de sus líneas y sustituya el texto en inglés; después ejecute {command} para marcar cada entrada traducida con el hash de su texto en inglés.',
  },
  'cli.translate.fileHelp':
    'Traducción de una lista de verificación, entrada por entrada. Cada entrada muestra su texto en inglés como comentarios:\npara traducir un campo, quite "# " de sus líneas y sustituya el texto en inglés. Conserve todos los marcadores\nde posición entre llaves, las marcas de Markdown, los id y las claves. No escriba líneas `source:`: después de\ntraducir, ejecute\n  {command}\nque marca cada entrada traducida con el hash del texto en inglés que traduce. Cuando el texto en inglés cambia,\nvalidate señala la entrada como desactualizada: revise la traducción, elimine su línea `source:` y vuelva a ejecutarlo.',
  'cli.translate.stamped': {
    one: 'Se marcó {count} entrada de {file} con el hash de su texto en inglés.',
    other: 'Se marcaron {count} entradas de {file} con el hash de su texto en inglés.',
  },
  'cli.translate.nothing':
    'No hay nada que marcar en {file}: todas las entradas traducidas tienen su source.',
  'cli.translate.outdated': {
    one: '{count} entrada traduce un texto en inglés que ha cambiado desde entonces: {ids}. Revise su traducción con el texto en inglés, elimine su línea source y vuelva a ejecutar {command}.',
    other:
      '{count} entradas traducen un texto en inglés que ha cambiado desde entonces: {ids}. Revise cada traducción con el texto en inglés, elimine su línea source y vuelva a ejecutar {command}.',
  },
  'cli.translate.unreadable':
    'No se puede marcar {file}: no es un mapa YAML. Ejecute {command} para ver por qué.',
  'cli.example.translate':
    'Crear el archivo de traducción al francés de una lista de verificación, o marcar las entradas traducidas desde entonces',
  'words.partSeparator': '; ',
  'words.itemSeparator': ', ',
};
