import { v1 } from './0001-initial';
import type { Migration } from './types';

/** Every version ever released, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [v1];
