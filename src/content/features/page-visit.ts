import { isProfile, profileSlugFromUrl } from '../../linkedin/routes';
import { request } from '../../messages/client';
import type { Feature } from '../feature-manager';

/**
 * Tells the background which page the tab shows now, so the side panel and popup follow in-page navigation.
 * Only origin and path: they name the page; LinkedIn's query strings (tracking ids) can run past any limit.
 */
export const pageVisit: Feature = {
  id: 'page-visit',
  runsOn: () => true,
  async init({ url }) {
    const { origin, pathname } = new URL(url);
    const page = origin + pathname;
    const slug = profileSlugFromUrl(url) ?? undefined;
    await request('page.visited', isProfile(url) ? { url: page, route: 'profile', slug } : { url: page, route: 'other' });
  },
};
