import { t } from './i18n';

/** Shown when the browser has not let Vínculo read LinkedIn pages (Firefox asks the user separately). */
export function AccessNeeded({ onRequest }: { onRequest: () => void }) {
  return (
    <section class="card warning-card" role="alert">
      <p>{t('accessNeeded')}</p>
      <div class="actions">
        <button type="button" class="primary-button" onClick={onRequest}>
          {t('grantAccess')}
        </button>
      </div>
    </section>
  );
}
