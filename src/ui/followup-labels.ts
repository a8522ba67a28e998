import type { Day } from '../core/model/interaction';
import { cadenceInUnits, type Cadence, type CadenceUnit } from '../core/relationship/cadence';
import { formatDaysAgo, t, tCount, type MessageKey } from './i18n';

/** F9's wording, shared by the Follow-ups view, the contact card's editor and the due lists. */

const EVERY: Record<CadenceUnit, [MessageKey, MessageKey]> = {
  days: ['followEveryDay', 'followEveryDays'],
  weeks: ['followEveryWeek', 'followEveryWeeks'],
  months: ['followEveryMonth', 'followEveryMonths'],
};

export const UNIT_NAMES: Record<CadenceUnit, [MessageKey, MessageKey]> = {
  days: ['followUnitDay', 'followUnitDays'],
  weeks: ['followUnitWeek', 'followUnitWeeks'],
  months: ['followUnitMonth', 'followUnitMonths'],
};

/** "every 3 months", "every 2 weeks", "every 10 days". */
export function everyText(days: number): string {
  const { count, unit } = cadenceInUnits(days);
  return tCount(count, ...EVERY[unit]);
}

/** Where a cadence comes from: "set for this person", "tag “mentor”", "stage: Relationship". */
export function cadenceSourceText(cadence: Cadence): string {
  if (cadence.source === 'tag') return t('followSourceTag', cadence.tag ?? '');
  if (cadence.source === 'stage') return t('followSourceStage', t(`stage_${cadence.stage ?? 'contact'}` as MessageKey));
  return t('followSourceContact');
}

/** "15 days overdue", "Due today", "Due in 5 days". */
export function dueText(due: Day, overdueDays: number): string {
  if (overdueDays > 0) return tCount(overdueDays, 'followOverdueDay', 'followOverdueDays');
  if (overdueDays === 0) return t('followDueToday');
  return t('followDueOn', formatDaysAgo(due));
}

/** "last real interaction 75 days ago", or that there was none. */
export function lastRealText(lastDay: Day | undefined): string {
  return lastDay ? t('followLastReal', formatDaysAgo(lastDay)) : t('followNoReal');
}
