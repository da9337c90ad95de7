import type { Category, Checklist, Question } from '../../src/model/checklist.js';

/**
 * A small checklist written in a test: one source (A/HRC/49/51), a two-level scale, one pillar and one section
 * holding these questions. `themes` are the declared themes (default: `online`).
 */
export function inlineChecklist(
  questions: Question[],
  { id = 'inline', themes = ['online'] }: { id?: string; themes?: Category[] } = {},
): Checklist {
  return {
    format: 'opsc-audit/checklist@1',
    id,
    version: '1.0.0',
    title: 'Inline',
    language: 'en',
    sources: [{ id: 'A/HRC/49/51', title: 'Report', paragraphs: 94 }],
    scale: [
      { key: 'none', value: 0, label: 'None' },
      { key: 'full', value: 1, label: 'Full' },
    ],
    bands: [{ min: 0, label: 'Low' }],
    pillars: ['prevention'],
    themes,
    sections: [{ id: 's1', pillar: 'prevention', title: 'Section', questions }],
  };
}
