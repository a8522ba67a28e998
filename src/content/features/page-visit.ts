import { isProfile, profileSlugFromUrl } from '../../linkedin/routes';
import { request } from '../../messages/client';
import type { Feature } from '../feature-manager';

/** Tells the background which page the tab shows now, so the side panel and popup follow in-page navigation. */
export const pageVisit: Feature = {
  id: 'page-visit',
  runsOn: () => true,
  async init({ url }) {
    const slug = isProfile(url) ? profileSlugFromUrl(url) : null;
    await request('page.visited', slug ? { url, route: 'profile', slug } : { url, route: 'other' });
  },
};
