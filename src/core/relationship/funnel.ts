import { MILESTONES, type Activity, type Milestone } from '../model/activity';
import { STAGES, type Stage } from '../model/stage';

export interface Funnel {
  total: number;
  /** Contacts at each stage exactly. */
  at: Record<Stage, number>;
  /** Contacts at each stage or beyond: the funnel's bars (everyone is at least a contact). */
  reached: Record<Stage, number>;
  /** Contacts who reached each milestone. */
  milestones: Record<Milestone, number>;
}

/** F8: how the network splits between "only a contact" and real relationships (seed 004: contacto no es conexión). */
export function funnelOf(contacts: readonly { id: string; stage: Stage }[], activity: (id: string) => Activity | undefined): Funnel {
  const at = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const milestones = Object.fromEntries(MILESTONES.map((m) => [m, 0])) as Record<Milestone, number>;
  for (const contact of contacts) {
    at[contact.stage]++;
    const row = activity(contact.id);
    if (row) for (const m of MILESTONES) if (row[m]) milestones[m]++;
  }
  const reached = { ...at };
  for (let i = STAGES.length - 2; i >= 0; i--) reached[STAGES[i]!] += reached[STAGES[i + 1]!];
  return { total: contacts.length, at, reached, milestones };
}
