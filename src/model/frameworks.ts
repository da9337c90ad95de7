import type { MessageKey } from '../i18n/en.js';

/**
 * The two frameworks States and NGOs already report against, which a question may map to in its `refs`: the
 * WeProtect Global Alliance's Model National Response (by capability number) and the Committee on the Rights of
 * the Child's guidelines on implementing the Optional Protocol, CRC/C/156 (2019, by section). Structure only: the
 * numbers of the entries and the catalog key of each one's short name, never their text.
 */
export interface Framework {
  /** The key a question uses in `refs`. */
  key: string;
  /** Catalog keys of its words: the name of a question's references, and the report table's caption and heading. */
  words: { refs: MessageKey; caption: MessageKey; heading: MessageKey };
  entries: readonly FrameworkEntry[];
}

export interface FrameworkEntry {
  /** As written in `refs`: "4" for MNR capability 4, "III.A" for a CRC/C/156 section. */
  id: string;
  /** The catalog key of its short name. */
  name: MessageKey;
}

const MNR: Framework = {
  key: 'mnr',
  words: {
    refs: 'instrument.mnr',
    caption: 'report.framework.mnr.caption',
    heading: 'report.framework.mnr.heading',
  },
  entries: [
    { id: '1', name: 'framework.mnr.1' },
    { id: '2', name: 'framework.mnr.2' },
    { id: '3', name: 'framework.mnr.3' },
    { id: '4', name: 'framework.mnr.4' },
    { id: '5', name: 'framework.mnr.5' },
    { id: '6', name: 'framework.mnr.6' },
    { id: '7', name: 'framework.mnr.7' },
    { id: '8', name: 'framework.mnr.8' },
    { id: '9', name: 'framework.mnr.9' },
    { id: '10', name: 'framework.mnr.10' },
    { id: '11', name: 'framework.mnr.11' },
    { id: '12', name: 'framework.mnr.12' },
    { id: '13', name: 'framework.mnr.13' },
    { id: '14', name: 'framework.mnr.14' },
    { id: '15', name: 'framework.mnr.15' },
    { id: '16', name: 'framework.mnr.16' },
    { id: '17', name: 'framework.mnr.17' },
    { id: '18', name: 'framework.mnr.18' },
    { id: '19', name: 'framework.mnr.19' },
    { id: '20', name: 'framework.mnr.20' },
    { id: '21', name: 'framework.mnr.21' },
  ],
};

const CRC_OPSC_GUIDELINES: Framework = {
  key: 'crc-opsc-guidelines',
  words: {
    refs: 'instrument.crcOpscGuidelines',
    caption: 'report.framework.crcOpsc.caption',
    heading: 'report.framework.crcOpsc.heading',
  },
  entries: [
    { id: 'I', name: 'framework.crcOpsc.I' },
    { id: 'II', name: 'framework.crcOpsc.II' },
    { id: 'III.A', name: 'framework.crcOpsc.IIIA' },
    { id: 'III.B', name: 'framework.crcOpsc.IIIB' },
    { id: 'III.C', name: 'framework.crcOpsc.IIIC' },
    { id: 'III.D', name: 'framework.crcOpsc.IIID' },
    { id: 'III.E', name: 'framework.crcOpsc.IIIE' },
    { id: 'III.F', name: 'framework.crcOpsc.IIIF' },
    { id: 'III.G', name: 'framework.crcOpsc.IIIG' },
    { id: 'IV.A', name: 'framework.crcOpsc.IVA' },
    { id: 'IV.B', name: 'framework.crcOpsc.IVB' },
    { id: 'IV.C', name: 'framework.crcOpsc.IVC' },
    { id: 'V', name: 'framework.crcOpsc.V' },
    { id: 'VI', name: 'framework.crcOpsc.VI' },
    { id: 'VII', name: 'framework.crcOpsc.VII' },
    { id: 'VIII', name: 'framework.crcOpsc.VIII' },
    { id: 'IX', name: 'framework.crcOpsc.IX' },
    { id: 'X', name: 'framework.crcOpsc.X' },
  ],
};

/** The frameworks in the order reports show them. */
export const FRAMEWORKS: readonly Framework[] = [MNR, CRC_OPSC_GUIDELINES];

/** The framework whose `refs` key this is, if any. */
export function frameworkByKey(key: string): Framework | undefined {
  return FRAMEWORKS.find((f) => f.key === key);
}

/** The entry a ref value names in a framework ("4" or 4 for MNR capability 4), if there is one. */
export function frameworkEntry(framework: Framework, value: string | number): FrameworkEntry | undefined {
  const id = String(value).trim();
  return framework.entries.find((e) => e.id === id);
}
