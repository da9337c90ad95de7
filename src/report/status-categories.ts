import type { MessageKey } from '../i18n/en.js';
import type { StatusCounts } from '../score/types.js';

/** One way a question can stand in an assessment, as the interview's summary, `score` and reports count it. */
export interface StatusCategory {
  id: 'answered' | 'absent' | 'unknown' | 'unanswered' | 'notApplicable';
  /** The count in words: "3 not yet assessed". */
  counted: MessageKey;
  /** How many questions of a group are in it. */
  count: (c: StatusCounts) => number;
}

/**
 * The five categories, in the order every summary lists them: answered; not in place by dependency; no data
 * (don't know); not yet assessed; not applicable (answered so, or by condition). They split the scored
 * questions of a group with no overlap, so they add up to its total.
 */
export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  {
    id: 'answered',
    counted: 'status.counted.answered',
    count: (c) => c.answered,
  },
  {
    id: 'absent',
    counted: 'status.counted.absent',
    count: (c) => c.absent,
  },
  {
    id: 'unknown',
    counted: 'status.counted.unknown',
    count: (c) => c.unknown,
  },
  {
    id: 'unanswered',
    counted: 'status.counted.unanswered',
    count: (c) => c.unanswered,
  },
  {
    id: 'notApplicable',
    counted: 'status.counted.notApplicable',
    count: (c) => c.na + c.inapplicable,
  },
];
