import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { STAGES, type Stage } from '../../core/model/stage';
import type { Settings } from '../../core/model/settings';
import { Tag, TAG_MAX_LENGTH } from '../../core/model/tag';
import { CADENCE_MAX_DAYS } from '../../core/model/contact';
import { addDays, CADENCE_UNITS, dayOf, type CadenceUnit } from '../../core/relationship/cadence';
import { fold } from '../../core/model/fold';
import { profileUrl } from '../../linkedin/routes';
import { PEOPLE_CHANGED_KEY } from '../../messages/protocol';
import { ContactPanel } from '../../pages/ContactPanel';
import { useLiveQuery } from '../../pages/use-live-query';
import { useSettings } from '../../pages/use-settings';
import { db } from '../../storage/db';
import {
  followUpsOverview,
  markFollowUpDone,
  SNOOZE_DAYS,
  snoozeFollowUp,
  undoFollowUpChange,
  UPCOMING_DAYS,
  type FollowUpItem,
  type LosingTouchItem,
} from '../../storage/followups';
import { saveSettings } from '../../storage/settings';
import { CadenceInput } from '../../ui/FollowUpEditor';
import { cadenceSourceText, dueText, everyText, lastRealText, UNIT_NAMES } from '../../ui/followup-labels';
import { formatDay, formatNumber, t, tCount, type MessageKey } from '../../ui/i18n';
import { UndoBar, type UndoOffer } from '../../ui/UndoBar';
import './followups.css';

/** Rows a list shows at first, and how many more each "Show more" adds: the DOM stays small at 30,000 contacts. */
const FIRST_ROWS = 50;
const MORE_ROWS = 200;

/**
 * The cadence rules decide who is due. The worker recounts the badge when this key changes (storage.onChanged
 * wakes it); pages bump it only for the people tables, so a change of rules bumps it here.
 */
async function saveRules(change: Partial<Pick<Settings, 'tagCadences' | 'stageCadences'>>): Promise<void> {
  await saveSettings(db(), change);
  await browser.storage.local.set({ [PEOPLE_CHANGED_KEY]: Date.now() });
}

/** F9: who is due now, who comes up next, who the user is losing touch with, and the cadence rules. */
export function FollowUpsView() {
  const settings = useSettings();
  const data = useLiveQuery(async () => {
    return { overview: await followUpsOverview(db(), dayOf(Date.now())) };
  }, []);
  const [open, setOpen] = useState<string>();
  const [undo, setUndo] = useState<UndoOffer>();

  if (!data) return <p class="secondary" role="status">{t('networkLoading')}</p>;
  const { overview } = data;
  const actions: RowActions = {
    open,
    onOpen: setOpen,
    onDone: async (item) => {
      // The day it is now, not when the lists loaded: a tab left open past midnight logs today.
      const change = await markFollowUpDone(db(), item.contactId, dayOf(Date.now()), t('followDoneNote'));
      setUndo({ message: t('followDoneUndo', item.name), undo: () => undoFollowUpChange(db(), change) });
    },
    onSnooze: async (item) => {
      const now = dayOf(Date.now());
      const change = await snoozeFollowUp(db(), item.contactId, now);
      setUndo({ message: t('followSnoozedUndo', item.name, formatDay(addDays(now, SNOOZE_DAYS))), undo: () => undoFollowUpChange(db(), change) });
    },
  };

  return (
    <div class={`followups${open ? ' with-detail' : ''}`}>
      <div class="followups-main">
        <section class="card" aria-labelledby="due-title">
          <h2 id="due-title" class="followups-heading">
            {t('followDueTitle')}
            {overview.due.length > 0 && <span class="count-pill">{formatNumber(overview.due.length)}</span>}
          </h2>
          {overview.due.length === 0 ? (
            <p class="secondary">{t('followDueNone')}</p>
          ) : (
            <Rows items={overview.due} render={(item) => <FollowUpRow key={item.contactId} item={item} actions={actions} />} />
          )}
        </section>

        <section class="card" aria-labelledby="upcoming-title">
          <h2 id="upcoming-title" class="followups-heading">
            {t('followUpcomingTitle')}
            <span class="secondary small">{t('followUpcomingHint', UPCOMING_DAYS)}</span>
          </h2>
          {overview.upcoming.length === 0 ? (
            <p class="secondary">{t('followUpcomingNone', UPCOMING_DAYS)}</p>
          ) : (
            <Rows items={overview.upcoming} render={(item) => <FollowUpRow key={item.contactId} item={item} actions={actions} upcoming />} />
          )}
        </section>

        <section class="card" aria-labelledby="losing-title">
          <h2 id="losing-title" class="followups-heading">
            {t('losingTouchTitle')}
            {overview.losingTouch.length > 0 && <span class="count-pill quiet">{formatNumber(overview.losingTouch.length)}</span>}
          </h2>
          {overview.losingTouch.length === 0 ? (
            <p class="secondary">{t('losingTouchNone')}</p>
          ) : (
            <>
              <p class="secondary small">{t('followLosingIntro')}</p>
              <Rows items={overview.losingTouch} render={(item) => <LosingTouchRow key={item.contactId} item={item} open={open} onOpen={setOpen} />} />
            </>
          )}
        </section>

        <RulesCard settings={settings} tags={overview.tags} />
        <UndoBar offer={undo} onDone={() => setUndo(undefined)} />
      </div>
      {open && (
        <aside class="followups-detail" aria-label={t('followDetail')}>
          <button type="button" class="link close" onClick={() => setOpen(undefined)}>
            {t('followClose')}
          </button>
          <ContactPanel key={open} slug={open} missing={[]} />
        </aside>
      )}
    </div>
  );
}

/** The first rows of a long list, and a button for more. */
function Rows<T>({ items, render }: { items: readonly T[]; render: (item: T) => ComponentChild }) {
  const [shown, setShown] = useState(FIRST_ROWS);
  const rest = items.length - shown;
  return (
    <>
      <ul class="followup-list">{items.slice(0, shown).map(render)}</ul>
      {rest > 0 && (
        <button type="button" class="link more" onClick={() => setShown(shown + MORE_ROWS)}>
          {t('followShowMore', formatNumber(Math.min(rest, MORE_ROWS)))}
        </button>
      )}
    </>
  );
}

interface RowActions {
  open: string | undefined;
  onOpen: (contactId: string) => void;
  onDone: (item: FollowUpItem) => Promise<void>;
  onSnooze: (item: FollowUpItem) => Promise<void>;
}

function Who({ contactId, name, headline, open, onOpen }: { contactId: string; name: string; headline?: string | undefined; open: string | undefined; onOpen: (id: string) => void }) {
  return (
    <>
      <button type="button" class="followup-name" aria-expanded={open === contactId} onClick={() => onOpen(contactId)}>
        {name}
      </button>
      {headline && <span class="followup-headline">{headline}</span>}
    </>
  );
}

function ProfileLink({ contactId, name }: { contactId: string; name: string }) {
  return (
    <a class="link" href={profileUrl(contactId)} target="_blank" rel="noreferrer" aria-label={t('followProfileOf', name)}>
      {t('followProfile')}
    </a>
  );
}

function FollowUpRow({ item, actions, upcoming = false }: { item: FollowUpItem; actions: RowActions; upcoming?: boolean }) {
  const { followUp } = item;
  const why =
    followUp.reason === 'remind'
      ? t('followRemindedOn', formatDay(followUp.due))
      : t('followKeepInTouch', everyText(followUp.cadence!.days), cadenceSourceText(followUp.cadence!));
  const [busy, setBusy] = useState(false);
  const act = (action: (item: FollowUpItem) => Promise<void>) => async () => {
    setBusy(true);
    try {
      await action(item);
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="followup-item">
      <div class="followup-who">
        <Who contactId={item.contactId} name={item.name} headline={item.headline} open={actions.open} onOpen={actions.onOpen} />
        <span class="followup-why">
          {why} · {lastRealText(item.lastDay)}
        </span>
      </div>
      <span class={`followup-when${item.overdueDays > 0 ? ' late' : ''}`}>{upcoming ? formatDay(followUp.due) : dueText(followUp.due, item.overdueDays)}</span>
      <div class="followup-actions">
        {!upcoming && (
          <>
            <button type="button" class="secondary-button" disabled={busy} title={t('followDoneHelp')} onClick={act(actions.onDone)}>
              {t('followDone')}
            </button>
            <button type="button" class="link" disabled={busy} onClick={act(actions.onSnooze)}>
              {t('followSnooze')}
            </button>
          </>
        )}
        <ProfileLink contactId={item.contactId} name={item.name} />
      </div>
    </li>
  );
}

function LosingTouchRow({ item, open, onOpen }: { item: LosingTouchItem; open: string | undefined; onOpen: (id: string) => void }) {
  return (
    <li class="followup-item">
      <div class="followup-who">
        <Who contactId={item.contactId} name={item.name} headline={item.headline} open={open} onOpen={onOpen} />
        <span class="followup-why">
          {t('followLosingLine', capitalise(lastRealText(item.lastDay)), everyText(item.cadence.days), cadenceSourceText(item.cadence))}
        </span>
      </div>
      <span class="followup-when late">{tCount(item.overdueDays, 'followOverdueDay', 'followOverdueDays')}</span>
      <div class="followup-actions">
        <ProfileLink contactId={item.contactId} name={item.name} />
      </div>
    </li>
  );
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const UNITS = Object.keys(CADENCE_UNITS) as CadenceUnit[];

/** The cadences by tag and by stage (F9, F11: every threshold a setting). */
function RulesCard({ settings, tags }: { settings: Settings; tags: { tag: string; count: number }[] }) {
  const [error, setError] = useState(false);
  const rules = Object.entries(settings.tagCadences).sort(([a], [b]) => a.localeCompare(b));
  const ruled = new Set(rules.map(([tag]) => fold(tag)));
  const countOf = (tag: string) => tags.find((entry) => fold(entry.tag) === fold(tag))?.count ?? 0;
  const setTagRule = (tag: string, days: number | undefined) => {
    const next = { ...settings.tagCadences };
    if (days === undefined) delete next[tag];
    else next[tag] = days;
    void saveRules({ tagCadences: next });
  };
  return (
    <section class="card" aria-labelledby="rules-title">
      <h2 id="rules-title">{t('followRulesTitle')}</h2>
      <p class="secondary small">{t('followRulesIntro')}</p>

      <h3 class="followups-subheading">{t('followByTag')}</h3>
      {rules.length === 0 ? (
        <p class="secondary small">{t('followByTagNone')}</p>
      ) : (
        <ul class="rule-list">
          {rules.map(([tag, days]) => (
            <li key={tag} class="rule">
              <span class="rule-name">
                <span class="chip">{tag}</span>
                <span class="secondary small">{tCount(countOf(tag), 'followContactsOne', 'followContactsOther')}</span>
              </span>
              <span class="rule-value">
                <span class="secondary">{t('followEvery')}</span>
                <CadenceInput days={days} label={t('followEveryOf', tag)} onChange={(value) => setTagRule(tag, value)} />
                <button type="button" class="link danger" aria-label={t('followTagRemove', tag)} title={t('followTagRemove', tag)} onClick={() => setTagRule(tag, undefined)}>
                  ×
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        class="rule-add"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const values = new FormData(form);
          const tag = Tag.safeParse(values.get('tag'));
          const count = Number(values.get('count'));
          const days = count * CADENCE_UNITS[values.get('unit') as CadenceUnit];
          if (!tag.success || !Number.isInteger(count) || count < 1 || !(days <= CADENCE_MAX_DAYS)) return setError(true);
          setError(false);
          // The spelling already used for this tag, if any, so a rule never splits into two.
          const existing = rules.find(([name]) => fold(name) === fold(tag.data))?.[0] ?? tags.find((entry) => fold(entry.tag) === fold(tag.data))?.tag;
          setTagRule(existing ?? tag.data, days);
          // Ready for the next tag; the unit stays as chosen.
          for (const name of ['tag', 'count']) (form.elements.namedItem(name) as HTMLInputElement).value = '';
        }}
      >
        <input name="tag" type="text" list="followup-tag-list" maxLength={TAG_MAX_LENGTH} placeholder={t('followTag')} aria-label={t('followTag')} />
        <datalist id="followup-tag-list">
          {tags
            .filter((entry) => !ruled.has(fold(entry.tag)))
            .map((entry) => (
              <option key={entry.tag} value={entry.tag} />
            ))}
        </datalist>
        <span class="secondary">{t('followEvery')}</span>
        <input name="count" type="number" min={1} max={CADENCE_MAX_DAYS} aria-label={t('followKeepEvery')} />
        <select name="unit" aria-label={t('followUnit')}>
          {UNITS.map((u) => (
            <option key={u} value={u} selected={u === 'weeks'}>
              {tCount(2, ...UNIT_NAMES[u])}
            </option>
          ))}
        </select>
        <button type="submit" class="secondary-button">
          {t('followTagAdd')}
        </button>
        {error && (
          <span class="error" role="alert">
            {t('followTagInvalid')}
          </span>
        )}
      </form>

      <h3 class="followups-subheading">{t('followByStage')}</h3>
      <ul class="rule-list">
        {STAGES.filter((s): s is Exclude<Stage, 'contact'> => s !== 'contact').map((stage) => {
          const days = settings.stageCadences[stage] ?? undefined;
          const name = t(`stage_${stage}` as MessageKey);
          return (
            <li key={stage} class="rule">
              <span class="rule-name">{name}</span>
              <span class="rule-value">
                <span class="secondary">{t('followEvery')}</span>
                <CadenceInput days={days} label={t('followEveryOf', name)} onChange={(value) => void saveRules({ stageCadences: { ...settings.stageCadences, [stage]: value ?? null } })} />
                {days === undefined && <span class="secondary small">{t('followNever')}</span>}
              </span>
            </li>
          );
        })}
      </ul>

      <NotificationsToggle enabled={settings.notifyDue} />
    </section>
  );
}

const NOTIFICATIONS: browser.Permissions.Permissions = { permissions: ['notifications'] };

/**
 * The notifications toggle. The permission is optional (PRODUCT.md: asked only when the user turns the feature on)
 * and must be requested from the click itself; refused, the toggle stays off and says why.
 */
function NotificationsToggle({ enabled }: { enabled: boolean }) {
  const [granted, setGranted] = useState<boolean>();
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    void browser.permissions.contains(NOTIFICATIONS).then(setGranted);
  }, []);
  const on = enabled && granted === true;
  return (
    <div class="notify-toggle">
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          disabled={granted === undefined}
          onChange={(e) => {
            const wanted = e.currentTarget.checked;
            // Shown as it is until the browser answers (a refusal must leave it off).
            e.currentTarget.checked = on;
            if (!wanted) {
              void saveSettings(db(), { notifyDue: false });
              void browser.permissions.remove(NOTIFICATIONS).then(() => setGranted(false));
              return;
            }
            // Requested first, synchronously in the click: the browser grants a prompt only to a user gesture.
            void browser.permissions.request(NOTIFICATIONS).then(async (ok) => {
              setGranted(ok);
              setRefused(!ok);
              if (ok) await saveSettings(db(), { notifyDue: true });
            });
          }}
        />
        <span>{t('followNotify')}</span>
      </label>
      <p class="secondary small">{t('followNotifyHint')}</p>
      {refused && (
        <p class="warning" role="alert">
          {t('followNotifyRefused')}
        </p>
      )}
      {!refused && enabled && granted === false && (
        <p class="warning" role="note">
          {t('followNotifyRevoked')}
        </p>
      )}
    </div>
  );
}
