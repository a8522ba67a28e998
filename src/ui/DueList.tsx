import type { Day } from '../core/model/interaction';
import { profileUrl } from '../linkedin/routes';
import { dueText } from './followup-labels';
import { formatNumber, t } from './i18n';
import './followups.css';

export interface DueListItem {
  contactId: string;
  name: string;
  followUp: { due: Day };
  overdueDays: number;
}

interface Props {
  items: readonly DueListItem[];
  /** How many to list; the rest are counted. */
  max?: number;
  /** How many are due in all, when `items` names only the first of them. */
  total?: number;
  /** The workspace's Follow-ups view. */
  allHref: string;
}

/** F9 in the popup and the side panel: who is due, each a link to their LinkedIn profile, and the way to all of them. */
export function DueList({ items, max = 5, total = items.length, allHref }: Props) {
  if (!items.length) return null;
  const rest = total - Math.min(max, items.length);
  return (
    <section class="due-list" aria-labelledby="due-list-title">
      <h2 id="due-list-title">{t('followDueHeading', formatNumber(total))}</h2>
      <ul>
        {items.slice(0, max).map((item) => (
          <li key={item.contactId}>
            <a href={profileUrl(item.contactId)} target="_blank" rel="noreferrer" title={t('followProfileOf', item.name)}>
              {item.name}
            </a>
            <span class={item.overdueDays > 0 ? 'due-when late' : 'due-when'}>{dueText(item.followUp.due, item.overdueDays)}</span>
          </li>
        ))}
      </ul>
      <p class="due-list-foot small">
        {rest > 0 && <span class="secondary">{t('followMore', rest)}</span>}
        <a href={allHref} target="_blank" rel="noreferrer">
          {t('followSeeAll')}
        </a>
      </p>
    </section>
  );
}
