import browser from 'webextension-polyfill';
import { ContactPanel } from '../pages/ContactPanel';
import { ThreadPanel } from '../pages/ThreadPanel';
import { tabStateKey } from '../messages/protocol';
import { useSettings } from '../pages/use-settings';
import { useFollowedPage, useFollowedTab } from '../pages/use-tab-state';
import { t } from '../ui/i18n';
import { useLasting } from '../pages/use-lasting';
import { useLinkedInAccess } from '../pages/use-linkedin-access';
import { AccessNeeded } from '../ui/AccessNeeded';
import { DueNow } from '../pages/DueNow';

const SILENT_HINT_DELAY_MS = 2000;

/**
 * F3: follows the tab. On a profile, the contact card; on a thread page, its participants (F2); someone opened
 * from the history popover (F7) until the user goes back; elsewhere, how to get there.
 */
export function App() {
  useSettings();
  const tabId = useFollowedTab();
  const page = useFollowedPage(tabId);
  const state = page.kind === 'linkedin' ? page.state : undefined;
  const focus = state?.focus?.contactId;
  const slug = state?.route === 'profile' ? state.slug : undefined;
  const leaveFocus = () => {
    if (tabId === undefined || !state) return;
    const { focus: _leaving, ...rest } = state;
    void browser.storage.session.set({ [tabStateKey(tabId)]: rest });
  };
  // A LinkedIn page reports within moments; only one that stays silent gets the hint to reload it.
  const longSilent = useLasting(page.kind === 'silent', SILENT_HINT_DELAY_MS);
  const access = useLinkedInAccess();
  if (page.kind === 'unknown') return <main class="page sidepanel" />;
  return (
    <main class="page sidepanel">
      {access.granted === false && <AccessNeeded onRequest={() => void access.request()} />}
      {focus ? (
        <>
          <div class="focus-bar">
            <button type="button" class="secondary-button" onClick={leaveFocus}>
              {t('focusBack')}
            </button>
          </div>
          <ContactPanel key={focus} slug={focus} missing={[]} />
        </>
      ) : slug ? (
        <ContactPanel key={slug} slug={slug} missing={state?.read?.missing} />
      ) : state?.threads?.length ? (
        <ThreadPanel threadIds={state.threads} />
      ) : (
        <section class="card empty-state">
          <h1>{t('appName')}</h1>
          <p>{t('openAProfile')}</p>
          {longSilent && <p class="secondary">{t('reloadIfSilent')}</p>}
          <p class="secondary small">{t('privacyPromise')}</p>
          <DueNow />
        </section>
      )}
    </main>
  );
}
