import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useSettings } from '../pages/use-settings';
import { t, type MessageKey } from '../ui/i18n';
import { FollowUpsView } from './views/FollowUps';
import { ImportView } from './views/Import';
import { NetworkView } from './views/Network';
import { OverviewView } from './views/Overview';
import { ReviewView } from './views/Review';
import { VIEW_IDS, type ViewId } from './view-ids';
import { SettingsView } from './views/Settings';
import { YourDataView } from './views/YourData';

const VIEWS: Record<ViewId, ComponentType> = {
  overview: OverviewView,
  network: NetworkView,
  review: ReviewView,
  followups: FollowUpsView,
  import: ImportView,
  data: YourDataView,
  settings: SettingsView,
};

function viewOfHash(): ViewId {
  const id = location.hash.slice(1).split('?')[0] ?? '';
  return (VIEW_IDS as readonly string[]).includes(id) ? (id as ViewId) : 'overview';
}

/** F8–F11: the full-tab workspace (the extension's options page). */
export function App() {
  // Applies the language setting to the whole workspace.
  useSettings();
  const [view, setView] = useState<ViewId>(viewOfHash);
  useEffect(() => {
    const follow = () => setView(viewOfHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const View = VIEWS[view];
  return (
    <div class="workspace">
      <nav class="workspace-nav" aria-label={t('workspaceNav')}>
        <span class="workspace-brand">{t('appName')}</span>
        {VIEW_IDS.map((id) => (
          <a key={id} href={`#${id}`} aria-current={id === view ? 'page' : undefined}>
            {t(`view_${id}` as MessageKey)}
          </a>
        ))}
      </nav>
      <main class="page options" aria-labelledby="view-title">
        <h1 id="view-title">{t(`view_${view}` as MessageKey)}</h1>
        <View />
      </main>
    </div>
  );
}
