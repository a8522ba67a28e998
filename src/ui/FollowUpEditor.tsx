import { useEffect, useId, useState } from 'preact/hooks';
import { CADENCE_MAX_DAYS } from '../core/model/contact';
import { Day } from '../core/model/interaction';
import { CADENCE_UNITS, cadenceInUnits, daysBetween, type Cadence, type CadenceUnit, type FollowUp } from '../core/relationship/cadence';
import { cadenceSourceText, everyText, UNIT_NAMES } from './followup-labels';
import { formatDay, formatDaysAgo, t, tCount } from './i18n';
import './followups.css';

const UNITS = Object.keys(CADENCE_UNITS) as CadenceUnit[];

interface CadenceInputProps {
  /** The cadence set here, in days; undefined: none. */
  days: number | undefined;
  /** What applies when none is set here, shown greyed in the empty field. */
  fallbackDays?: number | undefined;
  /** The number field's id (for a <label for>) or, without one, its accessible name. */
  id?: string;
  label?: string;
  onChange: (days: number | undefined) => void;
}

/**
 * A cadence as a number and a unit (days, weeks, months), kept in days. Saved when the number is committed (Enter,
 * leaving the field, the arrows) or the unit changes; emptied, it removes the cadence.
 */
export function CadenceInput({ days, fallbackDays, id, label, onChange }: CadenceInputProps) {
  const [count, setCount] = useState(days ? String(cadenceInUnits(days).count) : '');
  const [unit, setUnit] = useState<CadenceUnit>(cadenceInUnits(days ?? fallbackDays ?? 1).unit);
  const [invalid, setInvalid] = useState(false);
  // The cadence may change elsewhere (another panel, an undo): follow it.
  useEffect(() => {
    setCount(days ? String(cadenceInUnits(days).count) : '');
    setUnit(cadenceInUnits(days ?? fallbackDays ?? 1).unit);
    setInvalid(false);
  }, [days, fallbackDays]);

  const commit = (text: string, inUnit: CadenceUnit) => {
    if (!text.trim()) {
      setInvalid(false);
      if (days !== undefined) onChange(undefined);
      return;
    }
    const n = Number(text);
    const total = n * CADENCE_UNITS[inUnit];
    if (!Number.isInteger(n) || n < 1 || total > CADENCE_MAX_DAYS) return setInvalid(true);
    setInvalid(false);
    if (total !== days) onChange(total);
  };
  const placeholder = !days && fallbackDays ? String(cadenceInUnits(fallbackDays).count) : '';
  const shownCount = Number(count || placeholder || 2);
  return (
    <span class="cadence-input">
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={Math.floor(CADENCE_MAX_DAYS / CADENCE_UNITS[unit])}
        aria-label={id ? undefined : label}
        aria-invalid={invalid || undefined}
        value={count}
        placeholder={placeholder}
        onInput={(e) => setCount(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value, unit)}
      />
      <select
        aria-label={t('followUnit')}
        value={unit}
        onChange={(e) => {
          const next = e.currentTarget.value as CadenceUnit;
          setUnit(next);
          commit(count, next);
        }}
      >
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {tCount(shownCount, ...UNIT_NAMES[u])}
          </option>
        ))}
      </select>
      {invalid && (
        <span class="error" role="alert">
          {t('followInvalid')}
        </span>
      )}
    </span>
  );
}

interface Props {
  /** The contact's own cadence in days. */
  own?: number | undefined;
  /** The cadence from their tags or stage, which applies without their own. */
  inherited: Cadence | null;
  /** The "remind me on" day while it stands. */
  remindOn?: Day | undefined;
  next: FollowUp | null;
  today: Day;
  onCadence: (days: number | undefined) => void;
  onRemindOn: (day: Day | undefined) => void;
}

/** F9 on the contact card: how often to keep in touch with this person, a "remind me on" day, and when is next. */
export function FollowUpEditor({ own, inherited, remindOn, next, today, onCadence, onRemindOn }: Props) {
  const ids = useId();
  const hint = own
    ? inherited
      ? t('followOwnHint', everyText(inherited.days), cadenceSourceText(inherited))
      : t('followOwnHintAlone')
    : inherited
      ? t('followInheritedHint', everyText(inherited.days), cadenceSourceText(inherited))
      : t('followNoCadenceHint');
  return (
    <section class="followup-editor" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('followEditorTitle')}</h2>
      <div class="followup-editor-row">
        <label for={`${ids}-every`}>{t('followKeepEvery')}</label>
        <CadenceInput id={`${ids}-every`} days={own} fallbackDays={inherited?.days} onChange={onCadence} />
        {own !== undefined && (
          <button type="button" class="chip-remove" aria-label={t('followUseDefault')} title={t('followUseDefaultHelp')} onClick={() => onCadence(undefined)}>
            ×
          </button>
        )}
      </div>
      <p class="secondary small">{hint}</p>
      <div class="followup-editor-row">
        <label for={`${ids}-remind`}>{t('followRemindOn')}</label>
        <input
          id={`${ids}-remind`}
          type="date"
          value={remindOn ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (!value) onRemindOn(undefined);
            else if (Day.safeParse(value).success) onRemindOn(value);
          }}
        />
        {remindOn && (
          <button type="button" class="chip-remove" aria-label={t('followRemindClear')} title={t('followRemindClear')} onClick={() => onRemindOn(undefined)}>
            ×
          </button>
        )}
      </div>
      <p class={`followup-next${next && next.due <= today ? ' is-due' : ''}`} role="status">
        {nextText(next, today)}
      </p>
    </section>
  );
}

function nextText(next: FollowUp | null, today: Day): string {
  if (!next) return t('followNextNone');
  const late = daysBetween(next.due, today);
  const when =
    late > 0
      ? t('followNextLate', formatDay(next.due), tCount(late, 'followOverdueDay', 'followOverdueDays'))
      : late === 0
        ? t('followNextToday')
        : t('followNext', formatDay(next.due), formatDaysAgo(next.due));
  return next.reason === 'remind' ? `${when} · ${t('followNextRemind')}` : when;
}
