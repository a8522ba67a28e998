import { ContactPanel } from '../pages/ContactPanel';
import { useSettings } from '../pages/use-settings';
import { useFollowedPage, useFollowedTab } from '../pages/use-tab-state';
import { t } from '../ui/i18n';
import { useLasting } from '../pages/use-lasting';
import { useLinkedInAccess } from '../pages/use-linkedin-access';
import { AccessNeeded } from '../ui/AccessNeeded';

const SILENT_HINT_DELAY_MS = 2000;

/** F3: follows the tab; on a profile shows the contact card, elsewhere says how to get one. */
export function App() {
  useSettings();
  const page = useFollowedPage(useFollowedTab());
  const state = page.kind === 'linkedin' ? page.state : undefined;
  const slug = state?.route === 'profile' ? state.slug : undefined;
  // A LinkedIn page reports within moments; only one that stays silent gets the hint to reload it.
  const longSilent = useLasting(page.kind === 'silent', SILENT_HINT_DELAY_MS);
  const access = useLinkedInAccess();
  if (page.kind === 'unknown') return <main class="page sidepanel" />;
  return (
    <main class="page sidepanel">
      {access.granted === false && <AccessNeeded onRequest={() => void access.request()} />}
      {slug ? (
        <ContactPanel key={slug} slug={slug} missing={state?.read?.missing} />
      ) : (
        <section class="card empty-state">
          <h1>{t('appName')}</h1>
          <p>{t('openAProfile')}</p>
          {longSilent && <p class="secondary">{t('reloadIfSilent')}</p>}
          <p class="secondary small">{t('privacyPromise')}</p>
        </section>
      )}
    </main>
  );
}
