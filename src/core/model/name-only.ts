import { fold } from './fold';

/**
 * Connections.csv before 2022 has no profile links: such a contact is known by name only, under an id made from
 * it ("~ana-perez"). "~" never starts a LinkedIn slug. Their profile, once visited, takes them over (its slug).
 */
export const NAME_ONLY_PREFIX = '~';

export function nameOnlyId(name: string): string | undefined {
  const words = fold(name)
    .replace(/[\s/?#]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return words ? `${NAME_ONLY_PREFIX}${words}`.slice(0, 100) : undefined;
}

export const isNameOnly = (id: string) => id.startsWith(NAME_ONLY_PREFIX);
