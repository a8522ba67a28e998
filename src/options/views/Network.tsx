import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { today } from '../../core/model/interaction';
import { STAGES, type Stage } from '../../core/model/stage';
import { TAG_MAX_LENGTH } from '../../core/model/tag';
import {
  EMPTY_FILTER,
  filterNetwork,
  LAST_INTERACTION_FILTERS,
  SORTS,
  sortRows,
  tagsInUse,
  type NetworkFilter,
  type NetworkRow,
  type NetworkSort,
} from '../../core/relationship/network';
import { ContactPanel } from '../../pages/ContactPanel';
import { useSettings } from '../../pages/use-settings';
import { db } from '../../storage/db';
import { setStageMany, tagMany, untagMany } from '../../storage/network';
import { formatDay, formatNumber, t, tCount, type MessageKey } from '../../ui/i18n';
import { EmptyNetwork } from '../EmptyNetwork';
import { useNetwork } from '../use-network';
import { cellControl, VirtualRows, type GridHandle } from '../VirtualRows';
import './network.css';

/** The grid's focusable cells in a row: the select checkbox (0) and the name that opens the card (1). */
const NAME_COLUMN = 1;

/** F8: the whole network, searchable and filterable, with bulk tagging; a contact opens beside the list. */
export function NetworkView() {
  const settings = useSettings();
  const data = useNetwork(settings.recurringMinThreads);
  const [filter, setFilter] = useState<NetworkFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<NetworkSort>('name');
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // #network?open=<id>: another view (the overview, follow-ups) sends the user to one contact.
  const [open, setOpen] = useState<string | undefined>(() => new URLSearchParams(location.hash.split('?')[1]).get('open') ?? undefined);

  const sorted = useMemo(() => (data ? sortRows(data.rows, sort) : []), [data, sort]);
  const shown = useMemo(() => {
    const start = performance.now();
    const rows = filterNetwork(sorted, filter, today());
    // Read by the e2e speed check (≤ 50 ms at 30,000 contacts): the filter alone, not the render.
    performance.measure('vinculo:network-filter', { start, end: performance.now() });
    return rows;
  }, [sorted, filter]);
  const tags = useMemo(() => (data ? tagsInUse(data.rows) : []), [data]);

  const change = (patch: Partial<NetworkFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_FILTER);
  const grid = useRef<GridHandle>(null);
  /** Closes the card and gives the focus back to its contact's row, where the user opened it from. */
  const closeCard = () => {
    if (open) grid.current?.focus(open, NAME_COLUMN);
    setOpen(undefined);
  };

  if (!data) return <p class="secondary" role="status">{t('networkLoading')}</p>;
  if (data.rows.length === 0) return <EmptyNetwork />;

  return (
    <div class={`network${open ? ' with-detail' : ''}`}>
      <div class="network-main">
        <Filters filter={filter} change={change} sort={sort} setSort={setSort} tags={tags} />
        <div class="network-status">
          <span role="status" aria-live="polite">
            {filtered ? t('networkShownOf', formatNumber(shown.length), formatNumber(data.rows.length)) : tCount(data.rows.length, 'contactsCount_one', 'contactsCount_other')}
          </span>
          {filtered && (
            <button type="button" class="link" onClick={() => setFilter(EMPTY_FILTER)}>
              {t('networkClearFilters')}
            </button>
          )}
        </div>
        <BulkBar selected={selected} shown={shown} setSelected={setSelected} tags={tags} />
        <VirtualRows
          rows={shown}
          resetKey={`${sort}\n${JSON.stringify(filter)}`}
          rowHeight={56}
          label={t('networkGridLabel')}
          describedBy="network-grid-keys"
          handle={grid}
          headerColumns={1}
          columns={2}
          startColumn={NAME_COLUMN}
          header={(stop) => (
            <>
              <span role="columnheader" class="col-select">
                <input
                  type="checkbox"
                  {...cellControl(0, stop)}
                  aria-label={t('networkSelectAllShown', formatNumber(shown.length))}
                  checked={shown.length > 0 && shown.every((r) => selected.has(r.id))}
                  onChange={(e) => setSelected(e.currentTarget.checked ? new Set(shown.map((r) => r.id)) : new Set())}
                />
              </span>
              <span role="columnheader">{t('networkColumnName')}</span>
              <span role="columnheader">{t('stage')}</span>
              <span role="columnheader">{t('tags')}</span>
              <span role="columnheader">{t('networkColumnConnected')}</span>
              <span role="columnheader">{t('networkColumnLast')}</span>
            </>
          )}
          render={(row, stop) => (
            <Row
              row={row}
              stop={stop}
              selected={selected.has(row.id)}
              open={open === row.id}
              onSelect={(on) =>
                setSelected((s) => {
                  const next = new Set(s);
                  if (on) next.add(row.id);
                  else next.delete(row.id);
                  return next;
                })
              }
              onOpen={() => setOpen(row.id)}
            />
          )}
        />
        <p id="network-grid-keys" hidden>
          {t('networkGridKeys')}
        </p>
      </div>
      {open && (
        <aside
          class="network-detail"
          aria-label={t('networkDetail')}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || e.defaultPrevented) return;
            // A field being typed in saves on blur (a tag draft, a note): leave it first, then close.
            (document.activeElement as HTMLElement | null)?.blur();
            closeCard();
          }}
        >
          <button type="button" class="link close" onClick={closeCard}>
            {t('close')}
          </button>
          <ContactPanel key={open} slug={open} missing={[]} />
        </aside>
      )}
    </div>
  );
}

function Filters({
  filter,
  change,
  sort,
  setSort,
  tags,
}: {
  filter: NetworkFilter;
  change: (patch: Partial<NetworkFilter>) => void;
  sort: NetworkSort;
  setSort: (sort: NetworkSort) => void;
  tags: { tag: string; count: number }[];
}) {
  const search = useRef<HTMLInputElement>(null);
  // "/" focuses the search, as on LinkedIn and most list tools.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || (e.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
      e.preventDefault();
      search.current?.focus();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <form class="network-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <input
        ref={search}
        type="search"
        class="network-search"
        value={filter.text}
        placeholder={t('networkSearchPlaceholder')}
        aria-label={t('networkSearch')}
        onInput={(e) => change({ text: e.currentTarget.value })}
      />
      <label class="field">
        <span>{t('tags')}</span>
        <select value={filter.tag} onChange={(e) => change({ tag: e.currentTarget.value })}>
          <option value="">{t('networkAny')}</option>
          {tags.map(({ tag, count }) => (
            <option key={tag} value={tag}>{`${tag} (${formatNumber(count)})`}</option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('stage')}</span>
        <select value={filter.stage} onChange={(e) => change({ stage: e.currentTarget.value as Stage | '' })}>
          <option value="">{t('networkAny')}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage_${stage}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <InputField label={t('networkCompany')} type="text" value={filter.company} onValue={(company) => change({ company })} />
      <InputField label={t('networkPosition')} type="text" value={filter.position} onValue={(position) => change({ position })} />
      <InputField label={t('networkConnectedFrom')} type="date" value={filter.connectedFrom} onValue={(connectedFrom) => change({ connectedFrom })} />
      <InputField label={t('networkConnectedTo')} type="date" value={filter.connectedTo} onValue={(connectedTo) => change({ connectedTo })} />
      <label class="field">
        <span>{t('networkColumnLast')}</span>
        <select value={filter.lastInteraction} onChange={(e) => change({ lastInteraction: e.currentTarget.value as NetworkFilter['lastInteraction'] })}>
          {LAST_INTERACTION_FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`networkLast_${f}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        <span>{t('networkSort')}</span>
        <select value={sort} onChange={(e) => setSort(e.currentTarget.value as NetworkSort)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`networkSort_${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={filter.recurringOnly} onChange={(e) => change({ recurringOnly: e.currentTarget.checked })} />
        <span>{t('networkRecurringOnly')}</span>
      </label>
      <label class="check">
        <input type="checkbox" checked={filter.unreviewedOnly} onChange={(e) => change({ unreviewedOnly: e.currentTarget.checked })} />
        <span>{t('networkUnreviewedOnly')}</span>
      </label>
    </form>
  );
}

/** A labelled text or date filter; it filters as the user types. */
function InputField({ label, type, value, onValue }: { label: string; type: 'text' | 'date'; value: string; onValue: (value: string) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      {type === 'date' ? (
        <input type="date" value={value} onInput={(e) => onValue(e.currentTarget.value)} />
      ) : (
        <input type="text" value={value} onInput={(e) => onValue(e.currentTarget.value)} />
      )}
    </label>
  );
}

/** Actions on the selected contacts: add or remove a tag, set the stage. */
function BulkBar({
  selected,
  shown,
  setSelected,
  tags,
}: {
  selected: ReadonlySet<string>;
  shown: readonly NetworkRow[];
  setSelected: (s: ReadonlySet<string>) => void;
  tags: { tag: string; count: number }[];
}) {
  const [tag, setTag] = useState('');
  const [done, setDone] = useState('');
  if (selected.size === 0) {
    return (
      <p class="secondary small bulk-hint">
        {t('networkBulkHint')}
        {shown.length > 0 && (
          <button type="button" class="link" onClick={() => setSelected(new Set(shown.map((r) => r.id)))}>
            {t('networkSelectAllShown', formatNumber(shown.length))}
          </button>
        )}
      </p>
    );
  }
  const ids = [...selected];
  const report = (count: number) => setDone(tCount(count, 'networkBulkDone_one', 'networkBulkDone_other'));
  return (
    <div class="bulk-bar" role="region" aria-label={t('networkBulk')}>
      <strong>{tCount(selected.size, 'networkSelected_one', 'networkSelected_other')}</strong>
      <form
        class="bulk-tag"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) void tagMany(db(), ids, tag).then(report);
        }}
      >
        <input type="text" list="network-tags" value={tag} maxLength={TAG_MAX_LENGTH} aria-label={t('networkBulkTag')} placeholder={t('networkBulkTag')} onInput={(e) => setTag(e.currentTarget.value)} />
        <datalist id="network-tags">
          {tags.map(({ tag: known }) => (
            <option key={known} value={known} />
          ))}
        </datalist>
        <button type="submit" class="secondary-button" disabled={!tag.trim()}>
          {t('networkBulkAddTag')}
        </button>
        <button type="button" class="secondary-button" disabled={!tag.trim()} onClick={() => void untagMany(db(), ids, tag).then(report)}>
          {t('networkBulkRemoveTag')}
        </button>
      </form>
      <label class="field inline">
        <span>{t('networkBulkStage')}</span>
        <select
          value=""
          onChange={(e) => {
            const stage = e.currentTarget.value as Stage;
            if (stage) void setStageMany(db(), ids, stage).then(report);
          }}
        >
          <option value="">—</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage_${stage}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" class="link" onClick={() => setSelected(new Set())}>
        {t('networkClearSelection')}
      </button>
      {done && (
        <span class="secondary small" role="status">
          {done}
        </span>
      )}
    </div>
  );
}

function Row({
  row,
  stop,
  selected,
  open,
  onSelect,
  onOpen,
}: {
  row: NetworkRow;
  /** The column holding the grid's Tab stop, when this row has it. */
  stop: number | undefined;
  selected: boolean;
  open: boolean;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
}) {
  return (
    <>
      <span role="gridcell" class="col-select">
        <input type="checkbox" {...cellControl(0, stop)} checked={selected} aria-label={t('networkSelect', row.name)} onChange={(e) => onSelect(e.currentTarget.checked)} />
      </span>
      <span role="gridcell" class="col-name">
        <button type="button" class="row-open" {...cellControl(NAME_COLUMN, stop)} aria-expanded={open} onClick={onOpen}>
          {row.name}
        </button>
        <span class="secondary small ellipsis">{[row.position, row.company].filter(Boolean).join(' · ')}</span>
      </span>
      <span role="gridcell" class={`stage-chip stage-${row.stage}`}>
        {t(`stage_${row.stage}` as MessageKey)}
      </span>
      <span role="gridcell" class="col-tags ellipsis">
        {row.recurring && <span class="chip recurring">{t('networkRecurring')}</span>}
        {row.tags.map((tag) => (
          <span key={tag} class="chip">
            {tag}
          </span>
        ))}
      </span>
      <span role="gridcell" class="secondary small">
        {row.connectedOn ? formatDay(row.connectedOn) : '—'}
      </span>
      <span role="gridcell" class="secondary small">
        {row.lastDay ? formatDay(row.lastDay) : t('networkNever')}
      </span>
    </>
  );
}
