import { render } from 'preact';
import browser from 'webextension-polyfill';
import { text } from '../../linkedin/read/dom';
import { findPeopleMentions, showsDarkTheme, type PersonMention } from '../../linkedin/read/people';
import { request } from '../../messages/client';
import type { PersonSummary } from '../../messages/protocol';
import { MAX_LOOKUP, PEOPLE_CHANGED_KEY } from '../../messages/wire';
import { HistoryBadge } from '../../ui/history/HistoryBadge';
import css from '../../ui/history/history.css?inline';
import type { Feature } from '../feature-manager';
import { createShadowHost, type ShadowHost } from '../shadow-host';
import { SCAN_INTERVAL_MS, throttle } from '../throttle';

/** More names than any screen shows; a page that lists more gets badges for the first ones. */
const MAX_MENTIONS = 2000;
/** Changes reported within this time of one another are one change. */
const CHANGE_SETTLE_MS = 150;

const keyOf = (m: Pick<PersonMention, 'slug' | 'memberId'>) => (m.slug ?? m.memberId)!;

/**
 * F7: wherever LinkedIn lists people, a badge beside each person the user has a history with. Names found in
 * a DOM batch are looked up together (one message per batch, never one per name); answers are cached for the
 * page and dropped when the user's data changes (PEOPLE_CHANGED_KEY).
 */
export const historyBadges: Feature = {
  id: 'history-badges',
  runsOn: () => true,
  init({ signal, observer }) {
    /** What the worker answered, by slug and by member id: null means no history (no badge). */
    const cache = new Map<string, PersonSummary | null>();
    const asked = new Set<string>();
    /** Every mention on the page, by its link; badges by the name element they follow. */
    const mentions = new Map<Element, PersonMention>();
    const badges = new Map<Element, ShadowHost>();
    /** Removes a badge with its popover (unmounted first: its listeners and timers go too). */
    const unbadge = (nameElement: Element) => {
      const badge = badges.get(nameElement);
      if (!badge) return;
      render(null, badge.root);
      badge.remove();
      badges.delete(nameElement);
    };
    signal.addEventListener('abort', () => [...badges.keys()].forEach(unbadge), { once: true });
    /** Bumped when the user's data changes: an answer to an older question must not land in the fresh cache. */
    let generation = 0;

    /** LinkedIn's theme, read once per round of paints: reading it queries the document. */
    let dark: boolean | undefined;
    const paint = (mention: PersonMention) => {
      const summary = cache.get(keyOf(mention));
      let badge = badges.get(mention.nameElement);
      if (!summary) {
        unbadge(mention.nameElement);
        return;
      }
      if (!badge) {
        // Beside the name; outside LinkedIn's link when the link is the name itself.
        badge = createShadowHost(mention.nameElement, css, 'afterend');
        badges.set(mention.nameElement, badge);
      }
      render(
        <HistoryBadge
          name={mention.name}
          summary={summary}
          dark={(dark ??= showsDarkTheme(document))}
          onOpenPanel={async () => (await request('panel.open', { person: { slug: mention.slug, memberId: mention.memberId } })).opened}
        />,
        badge.root,
      );
    };

    const lookup = async (wanted: PersonMention[]) => {
      const fresh = new Map<string, PersonMention>();
      for (const m of wanted) if (!cache.has(keyOf(m)) && !asked.has(keyOf(m))) fresh.set(keyOf(m), m);
      const batch = [...fresh.values()];
      if (!batch.length) return;
      const mine = generation;
      for (const m of batch) asked.add(keyOf(m));
      for (let i = 0; i < batch.length; i += MAX_LOOKUP) {
        const chunk = batch.slice(i, i + MAX_LOOKUP);
        const answer = await request('people.lookup', { people: chunk.map((m) => ({ slug: m.slug, memberId: m.memberId })) }).catch((error: unknown) => {
          console.debug('[Vínculo] people.lookup failed', error);
          return undefined;
        });
        if (signal.aborted || mine !== generation) return;
        const answered = new Set<string>();
        chunk.forEach((m, j) => {
          asked.delete(keyOf(m));
          if (!answer) return;
          const summary = answer.people[j] ?? null;
          for (const key of [m.slug, m.memberId]) if (key) cache.set(key, summary);
          answered.add(keyOf(m));
        });
        dark = undefined;
        for (const m of mentions.values()) if (answered.has(keyOf(m)) && m.nameElement.isConnected) paint(m);
      }
    };

    const scan = () => {
      // A mention whose link or name LinkedIn reused for someone else (React keeps nodes across in-page
      // navigation) is gone: its badge goes, and the link is read again below as the new person.
      for (const [link, m] of mentions) {
        if (link.isConnected && m.nameElement.isConnected && link.getAttribute('href') === m.href && text(m.nameElement) === m.name) continue;
        mentions.delete(link);
        unbadge(m.nameElement);
      }
      const found = findPeopleMentions(document, MAX_MENTIONS - mentions.size, (link) => mentions.has(link));
      for (const m of found) mentions.set(m.link, m);
      dark = undefined;
      for (const m of found) if (cache.has(keyOf(m))) paint(m);
      void lookup(found);
    };

    // The user changed someone's notes, stage, tags or timeline (side panel, popup, another tab): ask again
    // about everyone on the page, in one batch.
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local' || !(PEOPLE_CHANGED_KEY in changes)) return;
      // Several contexts may report the same change: one new question for the page.
      clearTimeout(refresh);
      refresh = setTimeout(() => {
        generation += 1;
        cache.clear();
        asked.clear();
        void lookup([...mentions.values()]);
      }, CHANGE_SETTLE_MS);
    };
    signal.addEventListener('abort', () => clearTimeout(refresh), { once: true });
    browser.storage.onChanged.addListener(onChanged);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });

    observer.onBatch(throttle(scan, SCAN_INTERVAL_MS, signal), signal);
    scan();
  },
};
