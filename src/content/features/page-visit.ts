import { isProfile, profileSlugFromUrl } from '../../linkedin/routes';
import { request } from '../../messages/client';
import { pageOf } from '../../messages/wire';
import type { Feature } from '../feature-manager';

/**
 * Tells the background which page the tab shows now, so the side panel and popup follow in-page navigation
 * (named by origin and path, see pageOf).
 */
export const pageVisit: Feature = {
  id: 'page-visit',
  runsOn: () => true,
  async init({ url }) {
    const page = pageOf(url) ?? url;
    const slug = profileSlugFromUrl(url) ?? undefined;
    await request('page.visited', isProfile(url) ? { url: page, route: 'profile', slug } : { url: page, route: 'other' });
  },
};
