import type { Diagnostic, Finding } from '../model/diagnostic.js';
import type { AnswersFile, Checklist, ChecklistIndex, ChecklistTranslation } from '../model/checklist.js';
import type { ParsedYaml } from '../parse/parsed.js';
import { schemaDocument, schemaErrors, type SchemaName } from './schemas.js';
import { schemaFindings } from './schema-findings.js';
import { checkChecklist } from './checklist-rules.js';
import { checkAnswers } from './answers-rules.js';
import { neverTrueFindings } from './condition-rules.js';
import { indexChecklist } from '../model/checklist.js';
import { translator } from '../i18n/format.js';
import { TRANSLATION_FORMAT } from '../translate/file-name.js';
import { translationFileFindings } from './translation-file-rules.js';

export const CHECKLIST_FORMAT = 'opsc-audit/checklist@1';
export const ANSWERS_FORMAT = 'opsc-audit/answers@1';

/** What kind of file a parsed document declares itself to be. */
export function documentKind(data: unknown): SchemaName | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const format = (data as { format?: unknown }).format;
  if (format === CHECKLIST_FORMAT) return 'checklist';
  if (format === ANSWERS_FORMAT) return 'answers';
  if (format === TRANSLATION_FORMAT) return 'checklist-translation';
  return undefined;
}

/** Result of validating one document: the typed value when it has no errors, and all diagnostics. */
export interface Validated<T> {
  value: T | undefined;
  diagnostics: Diagnostic[];
}

/** Diagnostics from parsing, positioned and tied to the file. */
export function parseDiagnostics(parsed: ParsedYaml, file: string): Diagnostic[] {
  return parsed.problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    message: p.message,
    file,
    line: p.line,
    col: p.col,
  }));
}

/** Ties findings to a file and to the positions of the nodes they name. */
export function positionFindings(
  parsed: ParsedYaml,
  file: string,
  findings: readonly Finding[],
): Diagnostic[] {
  return findings.map((f) => {
    const { line, col } = parsed.locate(f.path, f.atKey);
    return {
      code: f.code,
      severity: f.severity,
      message: f.message,
      file,
      line,
      col,
      pointer: toPointer(f.path),
    };
  });
}

function schemaCheck(name: SchemaName, parsed: ParsedYaml): Finding[] {
  const errors = schemaErrors(name, parsed.data);
  return errors.length === 0 ? [] : schemaFindings(errors, parsed.data, schemaDocument(name));
}

/** How thoroughly a checklist is checked. */
export interface ChecklistCheckOptions {
  /**
   * Also decide whether each condition can ever be true (`when-never-true`, `requires-never-true`). The search
   * can cost up to a second per condition, so only `validate` (and the build) ask for it; loading a checklist to
   * use it does not.
   */
  neverTrue?: boolean;
}

function checklistRules(checklist: Checklist, options: ChecklistCheckOptions): Finding[] {
  const findings = checkChecklist(checklist);
  if (options.neverTrue !== true) return findings;
  return [...findings, ...neverTrueFindings(indexChecklist(checklist))];
}

/** Validates a parsed checklist: schema, then semantic rules once the shape is right. */
export function validateChecklistDocument(
  parsed: ParsedYaml,
  file: string,
  options: ChecklistCheckOptions = {},
): Validated<Checklist> {
  return validateDocument<Checklist>(
    parsed,
    file,
    'checklist',
    (checklist) => checklistRules(checklist, options),
    {
      usableWithErrors: false,
    },
  );
}

/**
 * A translation file checked against the schema, and against its checklist when there is one. A translation with
 * an unknown id is still used: the entries that match are shown.
 */
export function validateTranslationDocument(
  parsed: ParsedYaml,
  file: string,
  checklist: Checklist | undefined,
  languages: readonly string[],
): Validated<ChecklistTranslation> {
  const rules = (data: ChecklistTranslation): Finding[] =>
    checklist === undefined ? [] : translationFileFindings(data, checklist, languages);
  return validateDocument(parsed, file, 'checklist-translation', rules, { usableWithErrors: true });
}

/**
 * A parsed document checked against its schema, then, once its shape is right, against its rules. Quickly read
 * data is accepted only when nothing at all is found; anything else is reported from the exact parse, with
 * positions.
 */
function validateDocument<T>(
  parsed: ParsedYaml,
  file: string,
  schema: SchemaName,
  rules: (data: T) => Finding[],
  options: { usableWithErrors: boolean },
): Validated<T> {
  if (parsed.exact) {
    const clean = schemaCheck(schema, parsed).length === 0 && rules(parsed.data as T).length === 0;
    return clean
      ? { value: parsed.data as T, diagnostics: [] }
      : validateDocument(parsed.exact(), file, schema, rules, options);
  }
  const diagnostics = parseDiagnostics(parsed, file);
  if (parsed.data === undefined || diagnostics.some((d) => d.severity === 'error'))
    return { value: undefined, diagnostics };
  const shape = schemaCheck(schema, parsed);
  if (shape.length > 0)
    return { value: undefined, diagnostics: [...diagnostics, ...positionFindings(parsed, file, shape)] };
  const data = parsed.data as T;
  const all = [...diagnostics, ...positionFindings(parsed, file, rules(data))];
  const usable = options.usableWithErrors || !all.some((d) => d.severity === 'error');
  return { value: usable ? data : undefined, diagnostics: all };
}

declare const shapeChecked: unique symbol;

/**
 * An answers document that passed the schema: the parse it passed on (the exact one whenever anything was
 * reported), its typed data and its warnings. Only validateAnswersShape makes one, so holding one is the proof
 * that the schema check is done, and the next step does not run it again.
 */
export interface ShapedAnswers {
  readonly parsed: ParsedYaml;
  readonly file: string;
  readonly answers: AnswersFile;
  readonly diagnostics: Diagnostic[];
  readonly [shapeChecked]: true;
}

/** Validates a parsed answers file against the schema: the first of the two steps, before any checklist. */
export function validateAnswersShape(parsed: ParsedYaml, file: string): Validated<ShapedAnswers> {
  if (parsed.exact) {
    // Quickly read data is accepted only when nothing at all is found; anything else is reported from the exact parse.
    if (schemaCheck('answers', parsed).length > 0) return validateAnswersShape(parsed.exact(), file);
    return { value: shaped(parsed, file, []), diagnostics: [] };
  }
  const diagnostics = parseDiagnostics(parsed, file);
  if (parsed.data === undefined || diagnostics.some((d) => d.severity === 'error'))
    return { value: undefined, diagnostics };
  const shape = schemaCheck('answers', parsed);
  if (shape.length > 0)
    return { value: undefined, diagnostics: [...diagnostics, ...positionFindings(parsed, file, shape)] };
  return { value: shaped(parsed, file, diagnostics), diagnostics };
}

/** Checks answers that passed the schema against a checklist: the second step; all diagnostics of both. */
export function validateAnswersFit(shape: ShapedAnswers, index: ChecklistIndex): Validated<AnswersFile> {
  const { parsed, file, answers } = shape;
  if (parsed.exact) {
    if (checkAnswers(answers, index).length === 0) return { value: answers, diagnostics: [] };
    const exact = validateAnswersShape(parsed.exact(), file);
    return exact.value
      ? validateAnswersFit(exact.value, index)
      : { value: undefined, diagnostics: exact.diagnostics };
  }
  const rules = positionFindings(parsed, file, checkAnswers(answers, index));
  const all = [...shape.diagnostics, ...rules];
  return { value: all.some((d) => d.severity === 'error') ? undefined : answers, diagnostics: all };
}

/** Validates a parsed answers file in both steps: the schema, then the checklist when one is given. */
export function validateAnswersDocument(
  parsed: ParsedYaml,
  file: string,
  index: ChecklistIndex | undefined,
): Validated<AnswersFile> {
  const shape = validateAnswersShape(parsed, file);
  if (!shape.value) return { value: undefined, diagnostics: shape.diagnostics };
  return index
    ? validateAnswersFit(shape.value, index)
    : { value: shape.value.answers, diagnostics: shape.diagnostics };
}

function shaped(parsed: ParsedYaml, file: string, diagnostics: Diagnostic[]): ShapedAnswers {
  return { parsed, file, answers: parsed.data as AnswersFile, diagnostics } as ShapedAnswers;
}

/** A diagnostic for a document whose `format` names neither a checklist nor an answers file. */
export function unknownFormat(parsed: ParsedYaml, file: string): Diagnostic {
  const data = parsed.data as { format?: unknown } | null;
  const has = data !== null && typeof data === 'object' && !Array.isArray(data) && 'format' in data;
  const { line, col } = parsed.locate(has ? ['format'] : []);
  const formats = { checklist: CHECKLIST_FORMAT, answers: ANSWERS_FORMAT };
  return {
    code: 'unknown-format',
    severity: 'error',
    message: translator()(has ? 'validate.unknown-format.wrong' : 'validate.unknown-format.missing', formats),
    file,
    line,
    col,
  };
}

function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
