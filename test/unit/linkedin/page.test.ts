import { describe, expect, it } from 'vitest';
import { inferPageUrl, readPage } from '../../../src/linkedin/read/page';
import { load, OWN_FIXTURES, parse } from './helpers';

describe('inferPageUrl', () => {
  it('prefers the canonical link, then og:url (LinkedIn\'s server HTML)', () => {
    const head = (tags: string) => parse(`<!DOCTYPE html><html lang="en"><head>${tags}</head><body></body></html>`);
    expect(inferPageUrl(head('<link rel="canonical" href="https://www.linkedin.com/in/ana-garcia-1a2b"><meta property="og:url" content="https://www.linkedin.com/in/other/">'))).toEqual({
      url: 'https://www.linkedin.com/in/ana-garcia-1a2b',
      source: 'canonical link',
    });
    expect(inferPageUrl(head('<meta property="og:url" content="https://es.linkedin.com/in/ana-garcia-1a2b/">'))).toEqual({
      url: 'https://es.linkedin.com/in/ana-garcia-1a2b/',
      source: 'og:url',
    });
  });

  it('ignores a declared URL that is not LinkedIn\'s and falls back to the top card\'s self link', () => {
    const doc = load(OWN_FIXTURES, 'profile_sdui_2026_en_2nd-degree.html');
    const link = doc.createElement('link');
    link.setAttribute('rel', 'canonical');
    link.setAttribute('href', 'https://web.archive.org/web/2026/https://www.linkedin.com/in/kwame-asante-lindqvist/');
    doc.head.append(link);
    expect(inferPageUrl(doc)).toEqual({ url: 'https://www.linkedin.com/in/kwame-asante-lindqvist/', source: 'top-card self link' });
  });

  it('percent-encodes a non-ASCII slug, which reads back to the same slug', () => {
    expect(inferPageUrl(load(OWN_FIXTURES, 'profile_sdui_2026_es.html'))).toEqual({
      url: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/',
      source: 'top-card self link',
    });
  });

  it('finds nothing on a page that says nothing about itself', () => {
    expect(inferPageUrl(load(OWN_FIXTURES, 'authwall_2026_en.html'))).toBeNull();
  });
});

describe('readPage', () => {
  it('runs the profile reader on profile URLs, output in a fixed key order', () => {
    const [run, ...others] = readPage(load(OWN_FIXTURES, 'profile_ember_2020_en.html'), 'https://www.linkedin.com/in/rafael-okonkwo-duarte-5c3a90/');
    expect(others).toEqual([]);
    expect(Object.keys(run!)).toEqual(['reader', 'pageKind', 'record', 'found', 'missing', 'stale']);
    expect(run).toMatchObject({ reader: 'profile', pageKind: 'profile-ember-2020', stale: false, record: { name: 'Rafael Okonkwo-Duarte' } });
  });

  it('runs no reader where none applies', () => {
    expect(readPage(load(OWN_FIXTURES, 'profile_ember_2020_en.html'), 'https://www.linkedin.com/mynetwork/')).toEqual([]);
  });
});
