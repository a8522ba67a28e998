import { isLinkedInUrl, isProfile, isThreadPage } from '../routes';
import { page as sel } from '../selectors';
import { profileOnPage, readProfile, type ProfileReading } from './profile';
import { readThreads, type ThreadReading } from './thread';

export type UrlSource = 'canonical link' | 'og:url' | 'top-card self link';

/**
 * The URL a saved page was at, from what the page says about itself: LinkedIn's server HTML carries a canonical
 * link and og:url; a page saved from DevTools (the rendered 2026 UI) has neither, but its top card links to itself.
 */
export function inferPageUrl(doc: Document): { url: string; source: UrlSource } | null {
  const declared: [UrlSource, string | null | undefined][] = [
    ['canonical link', doc.querySelector(sel.canonical)?.getAttribute('href')],
    ['og:url', doc.querySelector(sel.ogUrl)?.getAttribute('content')],
  ];
  for (const [source, url] of declared) if (url && isLinkedInUrl(url)) return { url, source };
  const slug = profileOnPage(doc)?.slug;
  return slug ? { url: `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`, source: 'top-card self link' } : null;
}

export type ReaderOutput = ({ reader: 'profile' } & ProfileReading) | ({ reader: 'thread' } & ThreadReading);

/** Runs every page reader whose route matches the URL (the composer and invitation readers run on dialogs). */
export function readPage(doc: Document, url: string): ReaderOutput[] {
  if (isProfile(url)) {
    const { pageKind, record, found, missing, stale } = readProfile(doc, url);
    return [{ reader: 'profile', pageKind, record, found, missing, stale }];
  }
  if (isThreadPage(url)) return [{ reader: 'thread', ...readThreads(doc, url) }];
  return [];
}
