import { t } from '../ui/i18n';

/** What the workspace's views show before there is anyone in the network: where people come from. */
export function EmptyNetwork() {
  return (
    <section class="card">
      <p>{t('networkEmpty')}</p>
      <p>
        <a href="#import">{t('networkEmptyImport')}</a>
      </p>
    </section>
  );
}
