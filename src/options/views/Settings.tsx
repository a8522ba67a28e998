import { LANGUAGES, type Settings } from '../../core/model/settings';
import { isEssentialField, missingCounts } from '../../core/model/health';
import { db } from '../../storage/db';
import { healthRecords } from '../../storage/health';
import { saveSettings } from '../../storage/settings';
import { missingFieldsText } from '../../ui/field-labels';
import { formatAgo, formatDateTime, formatNumber, formatPercent, t, type MessageKey } from '../../ui/i18n';
import { useLiveQuery } from '../../pages/use-live-query';
import { useSettings } from '../../pages/use-settings';

/** F11 (first part): settings, and the health of the readers so a LinkedIn markup change shows up here. */
export function SettingsView() {
  const settings = useSettings();
  return (
    <>
      <section class="card" aria-labelledby="settings-title">
        <h2 id="settings-title">{t('settings')}</h2>
        <label class="field inline">
          <span>{t('language')}</span>
          <select
            value={settings.language}
            onChange={(e) => void saveSettings(db(), { language: e.currentTarget.value as Settings['language'] })}
          >
            <option value="auto">{t('languageAuto')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language_${l}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label class="field inline">
          <span>{t('recurringMinThreadsLabel')}</span>
          <input
            type="number"
            min={2}
            max={50}
            value={settings.recurringMinThreads}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (Number.isInteger(value) && value >= 2 && value <= 50) void saveSettings(db(), { recurringMinThreads: value });
            }}
          />
        </label>
      </section>
      <GuardSettingsCard settings={settings} />
      <Health />
    </>
  );
}

/** F6/F11: the compose guard's behaviour and thresholds, and what is kept of sent messages. */
function GuardSettingsCard({ settings }: { settings: Settings }) {
  const guard = settings.guard;
  const setGuard = (change: Partial<Settings['guard']>) => void saveSettings(db(), { guard: { ...guard, ...change } });
  const number = (key: 'newConnectionDays' | 'massMinRecipients' | 'massWindowDays', min: number, max: number) => (
    <input
      type="number"
      min={min}
      max={max}
      value={guard[key]}
      onChange={(e) => {
        const value = Number(e.currentTarget.value);
        if (Number.isInteger(value) && value >= min && value <= max) setGuard({ [key]: value });
      }}
    />
  );
  return (
    <section class="card" aria-labelledby="guard-title">
      <h2 id="guard-title">{t('guardSettings')}</h2>
      <label class="check">
        <input type="checkbox" checked={guard.hold} onChange={(e) => setGuard({ hold: e.currentTarget.checked })} />
        <span>{t('guardSettingHold')}</span>
      </label>
      <label class="field inline">
        <span>{t('guardSettingNewConnectionDays')}</span>
        {number('newConnectionDays', 0, 365)}
      </label>
      <label class="field inline">
        <span>{t('guardSettingMassRecipients')}</span>
        {number('massMinRecipients', 2, 100)}
      </label>
      <label class="field inline">
        <span>{t('guardSettingMassWindowDays')}</span>
        {number('massWindowDays', 1, 365)}
      </label>
      <label class="field inline">
        <span>{t('guardSettingMassSimilarity')}</span>
        <select value={String(guard.massSimilarity)} onChange={(e) => setGuard({ massSimilarity: Number(e.currentTarget.value) })}>
          {[0.6, 0.7, 0.8, 0.9, 1].map((v) => (
            <option key={v} value={String(v)}>
              {formatPercent(v)}
            </option>
          ))}
        </select>
      </label>
      <label class="field inline">
        <span>{t('settingSentText')}</span>
        <select value={settings.sentMessageText} onChange={(e) => void saveSettings(db(), { sentMessageText: e.currentTarget.value as Settings['sentMessageText'] })}>
          <option value="full">{t('settingSentText_full')}</option>
          <option value="snippet">{t('settingSentText_snippet')}</option>
          <option value="none">{t('settingSentText_none')}</option>
        </select>
      </label>
    </section>
  );
}

function Health() {
  const records = useLiveQuery(() => healthRecords(db()), []);
  return (
    <section class="card" aria-labelledby="health-title">
      <h2 id="health-title">{t('health')}</h2>
      <p class="secondary">{t('healthIntro')}</p>
      {records?.length === 0 && <p class="secondary empty">{t('healthEmpty')}</p>}
      {records && records.length > 0 && (
        <table class="health">
          <thead>
            <tr>
              <th scope="col">{t('healthReader')}</th>
              <th scope="col">{t('healthPageKind')}</th>
              <th scope="col">{t('healthLastSeen')}</th>
              <th scope="col">{t('healthMissing')}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record) => {
              // Fields every profile has first: those are the ones that say a reader broke.
              const essential = (field: string) => isEssentialField(record.reader, field);
              const missing = missingCounts(record).sort((a, b) => Number(essential(b.field)) - Number(essential(a.field)));
              const broken = missing.some((m) => essential(m.field));
              return (
                <tr key={record.id} class={broken ? 'degraded' : 'healthy'}>
                  <td>{t(`reader_${record.reader}` as MessageKey)}</td>
                  <td>
                    <code>{record.pageKind}</code>
                  </td>
                  <td title={formatDateTime(record.lastSeen)}>{formatAgo(record.lastSeen)}</td>
                  <td>
                    {missing.length === 0
                      ? t('healthAllFound', record.runs.length)
                      : missing.map((m) => (
                          <div key={m.field} class={essential(m.field) ? 'error' : 'secondary'}>
                            {t(essential(m.field) ? 'healthFieldMissed' : 'healthOptionalMissed', missingFieldsText([m.field]), m.missed, m.of)}
                          </div>
                        ))}
                    {record.runs[0]?.skipped?.length ? (
                      <div class="secondary">
                        {t('healthSkipped', record.runs[0].skipped.map((k) => `${formatNumber(k.count)} × ${t(`skip_${k.reason.replaceAll('-', '_')}` as MessageKey)}`).join(', '))}
                      </div>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
