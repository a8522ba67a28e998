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
});
