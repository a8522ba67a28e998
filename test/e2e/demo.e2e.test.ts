import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDemo, formatCheck } from '../demo/demo';
import { REPO_ROOT } from './harness';

const OWN = 'test/fixtures/linkedin';
const SHARED = resolve(REPO_ROOT, '../shared/fixtures/linkedin');

describe('npm run demo -- --check', () => {
  it('serves every saved page as linkedin.com, offline, with the extension running in each and reading the profiles', async () => {
    const result = await checkDemo();
    console.log(formatCheck(result));
    if (!existsSync(SHARED)) console.log(`[demo] ${SHARED} is absent: only our own pages were served.`);

    // Every page of ours is served (a new fixture needs its URL in test/e2e/saved-pages.ts), and linked from the start page.
    const ownFiles = readdirSync(resolve(REPO_ROOT, OWN)).filter((name) => name.endsWith('.html')).map((name) => `${OWN}/${name}`);
    expect(result.pages.filter((page) => page.source === 'own').map((page) => page.file).sort()).toEqual(ownFiles.sort());
    expect(new Set(result.pages.map((page) => page.url)).size).toBe(result.pages.length);
    expect(result.start).toEqual({ status: 200, contentScript: true });
    for (const page of result.pages) expect(page, page.url).toMatchObject({ status: 200, linked: true, contentScript: true, errors: [] });

    // The extension read the profile pages: each contact stored under its slug with the name on the page.
    const read = Object.fromEntries(result.pages.filter((page) => page.contact).map((page) => [page.contact!.slug, page.contact!.name]));
    expect(read).toMatchObject({
      'lucía-fernández-ortega-4b7e21': 'Lucía Fernández Ortega',
      'kwame-asante-lindqvist': 'Kwame Asante-Lindqvist',
      'ingrid-solberg-mendez-09a1b2': 'Ingrid Solberg Méndez',
      'rafael-okonkwo-duarte-5c3a90': 'Rafael Okonkwo-Duarte',
      'noor-haddad-pereira-3f9a12': 'Noor Haddad-Pereira',
    });
    if (existsSync(SHARED)) expect(read['shiva-singh-genai-llm']).toBe('Shiva Singh');

    expect(result.externalRequests).toEqual([]);
    expect(result.unservedPages).toEqual([]);
    expect(result.ok).toBe(true);
  });
});
