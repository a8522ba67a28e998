import { LANGUAGES, type Settings } from '../core/model/settings';
import { isEssentialField, missingCounts } from '../core/model/health';
import { db } from '../storage/db';
import { healthRecords } from '../storage/health';
import { saveSettings } from '../storage/settings';
import { missingFieldsText } from '../ui/ContactHeader';
import { formatAgo, t, type MessageKey } from '../ui/i18n';
import { useLiveQuery } from '../pages/use-live-query';
import { useSettings } from '../pages/use-settings';

/** F11 (first part): settings, and the health of the readers so a LinkedIn markup change shows up here. */
export function App() {
  const settings = useSettings();
  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
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
      </section>
      <Health />
    </main>
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
                  <td title={new Date(record.lastSeen).toLocaleString()}>{formatAgo(record.lastSeen)}</td>
                  <td>
                    {missing.length === 0
                      ? t('healthAllFound', record.runs.length)
                      : missing.map((m) => (
                          <div key={m.field} class={essential(m.field) ? 'error' : 'secondary'}>
                            {t(essential(m.field) ? 'healthFieldMissed' : 'healthOptionalMissed', missingFieldsText([m.field]), m.missed, m.of)}
                          </div>
                        ))}
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
