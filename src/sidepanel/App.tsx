import { ContactPanel } from '../pages/ContactPanel';
import { useSettings } from '../pages/use-settings';
import { useFollowedTab, useTabState } from '../pages/use-tab-state';
import { t } from '../ui/i18n';

/** F3: follows the tab; on a profile shows the contact card, elsewhere says how to get one. */
export function App() {
  useSettings();
  const state = useTabState(useFollowedTab());
  const slug = state?.route === 'profile' ? state.slug : undefined;
  return (
    <main class="page sidepanel">
      {slug ? (
        <ContactPanel key={slug} slug={slug} missing={state?.read?.missing} />
      ) : (
        <section class="card empty-state">
          <h1>{t('appName')}</h1>
          <p>{t('openAProfile')}</p>
          <p class="secondary small">{t('privacyPromise')}</p>
        </section>
      )}
    </main>
  );
}
