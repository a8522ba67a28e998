import { v1 } from './0001-initial';
import { v2 } from './0002-sent-fingerprints';
import { v3 } from './0003-threads';
import { v4 } from './0004-activity';
import { v5 } from './0005-lean-interactions';
import type { Migration } from './types';

/** Every version ever released, in order. Append only. */
export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4, v5];
