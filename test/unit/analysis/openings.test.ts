import { describe, expect, it } from 'vitest';
import { leadingRole, openings } from '../../../src/core/analysis/openings';

describe('connection-note openings', () => {
  it('take the role a headline leads with', () => {
    expect(leadingRole('Urban hydrologist · Flood-risk maps for small towns')).toBe('Urban hydrologist');
    expect(leadingRole('Enfermera comunitaria | Investigación en cuidados')).toBe('Enfermera comunitaria');
    expect(leadingRole('Head of Data - Lumen Labs')).toBe('Head of Data');
    expect(leadingRole('x'.repeat(30) + ' ' + 'y'.repeat(40))).toBe(`${'x'.repeat(30)}…`);
  });

  it('build from role and company, then where you met; a bare profile gets the peer and where openings', () => {
    expect(openings({ name: 'Noor Haddad', headline: 'Urban hydrologist · Flood maps', company: 'Aguaviva' })).toEqual([
      { key: 'nudgeOpeningRole', params: ['Noor', 'Urban hydrologist'] },
      { key: 'nudgeOpeningCompany', params: ['Noor', 'Aguaviva'] },
      { key: 'nudgeOpeningWhere', params: [] },
    ]);
    expect(openings({ name: 'Ana' })).toEqual([
      { key: 'nudgeOpeningPeer', params: ['Ana'] },
      { key: 'nudgeOpeningWhere', params: [] },
    ]);
    expect(openings({ name: 'Bea', position: 'Product designer', headline: 'ignored · when a position is known' })[0]).toEqual({ key: 'nudgeOpeningRole', params: ['Bea', 'Product designer'] });
  });

  it('a thread where the user saw them comes first, and replaces "where you came across them"', () => {
    const seen = [{ title: '  Five years of running a remote-first design team, in three lessons that took me far too long  ' }];
    expect(openings({ name: 'Nadia Benali', company: 'Lumen' }, seen)).toEqual([
      { key: 'nudgeOpeningThread', params: ['Nadia', 'Five years of running a remote-first design team, in three lessons…'] },
      { key: 'nudgeOpeningCompany', params: ['Nadia', 'Lumen'] },
    ]);
    expect(openings({ name: 'Omar' }, [{ authorName: 'Camille Durand' }])).toEqual([
      { key: 'nudgeOpeningThreadBy', params: ['Omar', 'Camille Durand'] },
      { key: 'nudgeOpeningPeer', params: ['Omar'] },
    ]);
    expect(openings({ name: 'Omar' }, [{}])).toEqual(openings({ name: 'Omar' }));
  });
});
