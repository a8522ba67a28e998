// zod/mini, as the protocol it is part of (the history popover's summaries); see profile.ts.
import * as z from 'zod/mini';

/**
 * Where a relationship stands, from "contacto no es conexión" (seed 004) to working together.
 * Order matters: the funnel counts contacts at each stage or beyond.
 */
export const STAGES = ['contact', 'conversation', 'relationship', 'collaboration'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;
export const DEFAULT_STAGE: Stage = 'contact';
