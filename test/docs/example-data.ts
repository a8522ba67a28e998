/*
 * The invented network the README's screenshots show: a dozen people (the ones our LinkedIn fixtures name, so the
 * pages and the data meet), with notes, tags, stages, interactions and follow-ups, as a "Your data" export file
 * (src/core/model/backup.ts) that the screenshot script imports through the Data view, as a user would. Days are
 * relative to today, so something is always due; ids are fixed, so every run draws the same pictures.
 */
import type { Backup } from '../../src/core/model/backup';

export type Language = 'en' | 'es';

const DAY = 86_400_000;

/** A calendar day `offset` days from `now`, in this machine's time zone (Chromium runs in the same one). */
function dayFrom(now: number, offset: number): string {
  const d = new Date(now);
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Fixed ids (the backup wants UUIDs): the same file every run. */
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The profile of the side panel and popup pictures (test/fixtures/linkedin/profile_sdui_2026_{en,es}.html). */
export const LUCIA = { slug: 'lucía-fernández-ortega-4b7e21', url: 'https://www.linkedin.com/in/luc%C3%ADa-fern%C3%A1ndez-ortega-4b7e21/' };

/** The thread the history badges and the side panel's participants are shown on (its fixture's own header names them). */
export const THREAD = {
  id: 'urn:li:activity:7460207198208434201',
  url: 'https://www.linkedin.com/feed/update/urn:li:activity:7460207198208434201/',
  file: 'test/fixtures/linkedin/thread_feed_update_ember_2026_en.html',
};

interface Person {
  id: string;
  name: string;
  headline: [string, string];
  company?: string;
  position?: [string, string];
  location: string;
  stage: 'contact' | 'conversation' | 'relationship' | 'collaboration';
  tags?: [string[], string[]];
  connectedDaysAgo: number;
  cadenceDays?: number;
  remindInDays?: number;
  reviewed?: boolean;
}

const PEOPLE: Person[] = [
  {
    id: LUCIA.slug,
    name: 'Lucía Fernández Ortega',
    // As her fixture shows her (the visit refreshes what LinkedIn says; the rest is the user's).
    headline: ['Community nurse at Hospital Clínico del Turia', 'Community nurse at Hospital Clínico del Turia'],
    company: 'Hospital Clínico del Turia',
    position: ['Community nurse', 'Enfermera comunitaria'],
    location: 'Valencia, Valencian Community, Spain',
    stage: 'relationship',
    tags: [['community health', 'Valencia'], ['salud comunitaria', 'Valencia']],
    connectedDaysAgo: 420,
    cadenceDays: 45,
    reviewed: true,
  },
  {
    id: 'nadia-benali-ortega',
    name: 'Nadia Benali-Ortega',
    headline: ['Service designer · research ops', 'Diseñadora de servicios · research ops'],
    company: 'Civic Lab',
    position: ['Service designer', 'Diseñadora de servicios'],
    location: 'Barcelona',
    stage: 'conversation',
    tags: [['design critique'], ['crítica de diseño']],
    connectedDaysAgo: 60,
    remindInDays: 0,
  },
  {
    id: 'camille-durand-okafor',
    name: 'Camille Durand-Okafor',
    headline: ['Head of Design at Northwind Studio', 'Directora de Diseño en Northwind Studio'],
    company: 'Northwind Studio',
    position: ['Head of Design', 'Directora de Diseño'],
    location: 'Lyon',
    stage: 'collaboration',
    tags: [['mentor'], ['mentora']],
    connectedDaysAgo: 900,
    reviewed: true,
  },
  {
    id: 'tomasz-wisniewski-adeyemi',
    name: 'Tomasz Wiśniewski-Adeyemi',
    headline: ['Engineering manager, remote-first teams', 'Responsable de ingeniería, equipos en remoto'],
    company: 'Baltic Rail',
    position: ['Engineering manager', 'Responsable de ingeniería'],
    location: 'Gdańsk',
    stage: 'relationship',
    tags: [['remote teams'], ['equipos remotos']],
    connectedDaysAgo: 700,
    reviewed: true,
  },
  {
    id: 'greta-lindqvist-mora',
    name: 'Greta Lindqvist Mora',
    headline: ['UX researcher', 'Investigadora UX'],
    company: 'Nordic Health',
    position: ['UX researcher', 'Investigadora UX'],
    location: 'Stockholm',
    stage: 'contact',
    connectedDaysAgo: 12,
    remindInDays: 5,
  },
  {
    id: 'sami-virtanen-ux',
    name: 'Sami Virtanen',
    headline: ['Design systems lead', 'Líder de sistemas de diseño'],
    company: 'Aalto Works',
    position: ['Design systems lead', 'Líder de sistemas de diseño'],
    location: 'Helsinki',
    stage: 'conversation',
    tags: [['design critique'], ['crítica de diseño']],
    connectedDaysAgo: 150,
  },
  {
    id: 'irene-castell-9f8e7d',
    name: 'Irene Castell',
    headline: ['Midwife at Hospital de la Ribera', 'Midwife at Hospital de la Ribera'],
    company: 'Hospital de la Ribera',
    position: ['Midwife', 'Matrona'],
    location: 'Alzira',
    stage: 'relationship',
    tags: [['Valencia'], ['Valencia']],
    connectedDaysAgo: 300,
    reviewed: true,
  },
  {
    id: 'pau-serrano-gil',
    name: 'Pau Serrano Gil',
    headline: ['Paramedic | Emergency care trainer', 'Paramedic | Emergency care trainer'],
    company: 'SAMU Valencia',
    position: ['Emergency care trainer', 'Formador en emergencias'],
    location: 'Valencia',
    stage: 'contact',
    connectedDaysAgo: 30,
  },
  {
    id: 'kofi-mensah-lindgren',
    name: 'Kofi Mensah-Lindgren',
    headline: ['Product lead, health apps', 'Responsable de producto, apps de salud'],
    company: 'Accra Digital',
    position: ['Product lead', 'Responsable de producto'],
    location: 'Accra',
    stage: 'contact',
    connectedDaysAgo: 45,
  },
  {
    id: 'aoife-brennan-sato',
    name: 'Aoife Brennan-Sato',
    headline: ['Tidal sensor engineer', 'Ingeniera de sensores mareomotrices'],
    company: 'Cork Marine Lab',
    position: ['Sensor engineer', 'Ingeniera de sensores'],
    location: 'Cork',
    stage: 'conversation',
    tags: [['mentor'], ['mentora']],
    connectedDaysAgo: 200,
    reviewed: true,
  },
  {
    id: 'ingrid-solberg-mendez',
    name: 'Ingrid Solberg Méndez',
    headline: ['Researcher in public health', 'Investigadora en salud pública'],
    company: 'Universidad de Granada',
    position: ['Researcher', 'Investigadora'],
    location: 'Granada',
    stage: 'contact',
    connectedDaysAgo: 5,
  },
  {
    id: 'rafael-okonkwo-duarte',
    name: 'Rafael Okonkwo-Duarte',
    headline: ['Founder, Porto Studio', 'Fundador de Porto Studio'],
    company: 'Porto Studio',
    position: ['Founder', 'Fundador'],
    location: 'Porto',
    stage: 'collaboration',
    connectedDaysAgo: 1200,
    reviewed: true,
  },
];

/** What happened with whom: [person, kind, days ago, direction, text en, text es]. */
type Logged = [string, Backup['interactions'][number]['kind'], number, 'out' | 'in' | undefined, string, string];
const INTERACTIONS: Logged[] = [
  [LUCIA.slug, 'message', 52, 'out', 'Loved your talk on home visits. Would you share your patient checklist?', 'Me encantó tu charla sobre visitas a domicilio. ¿Compartirías tu lista para pacientes?'],
  [LUCIA.slug, 'message', 51, 'in', 'Of course! Attached. Tell me how it works for your team.', '¡Claro! Te la adjunto. Cuéntame cómo le va a tu equipo.'],
  [LUCIA.slug, 'video_call', 30, undefined, 'Compared patient education programmes; her team is hiring a data manager.', 'Comparamos programas de educación para pacientes; su equipo busca una gestora de datos.'],
  [LUCIA.slug, 'introduction', 21, undefined, 'Introduced her to Irene Castell.', 'Le presenté a Irene Castell.'],
  [LUCIA.slug, 'in_person', 6, undefined, 'Coffee at the Valencia community health meetup.', 'Café en el encuentro de salud comunitaria de Valencia.'],
  ['nadia-benali-ortega', 'comment', 14, 'out', 'Replied to her point on the third question teams skip.', 'Respondí a su comentario sobre la tercera pregunta que los equipos se saltan.'],
  ['nadia-benali-ortega', 'message', 10, 'out', 'Thanks for the discussion! Could I send you our survey template?', '¡Gracias por el debate! ¿Te puedo enviar nuestra plantilla de encuesta?'],
  ['nadia-benali-ortega', 'message', 9, 'in', 'Yes please, I would love to see it.', 'Sí, por favor, me encantaría verla.'],
  ['camille-durand-okafor', 'call', 38, undefined, 'Mentoring call: hiring the first design ops role.', 'Llamada de mentoría: contratar el primer puesto de design ops.'],
  ['camille-durand-okafor', 'help_received', 60, undefined, 'Reviewed my portfolio.', 'Revisó mi portafolio.'],
  ['tomasz-wisniewski-adeyemi', 'message', 110, 'out', 'How did the async stand-ups work out?', '¿Qué tal os fueron las reuniones asíncronas?'],
  ['tomasz-wisniewski-adeyemi', 'message', 108, 'in', 'Better than expected, I will write it up.', 'Mejor de lo esperado, lo pondré por escrito.'],
  ['sami-virtanen-ux', 'message', 3, 'in', 'Sharing the token naming guide we talked about.', 'Te paso la guía de nombres de tokens que comentamos.'],
  ['sami-virtanen-ux', 'message', 3, 'out', 'Thank you, Sami!', '¡Gracias, Sami!'],
  ['irene-castell-9f8e7d', 'in_person', 80, undefined, 'Met at the hospital open day.', 'Nos vimos en la jornada de puertas abiertas del hospital.'],
  ['aoife-brennan-sato', 'email', 25, 'out', 'Sent the paper on tidal sensor drift.', 'Le envié el artículo sobre la deriva de los sensores.'],
  ['rafael-okonkwo-duarte', 'help_given', 18, undefined, 'Reviewed the Porto Studio pitch deck.', 'Revisé la presentación de Porto Studio.'],
  ['rafael-okonkwo-duarte', 'video_call', 12, undefined, 'Planning the joint workshop.', 'Planificamos el taller conjunto.'],
];

const NOTES: [string, number, string, string][] = [
  [LUCIA.slug, 6, 'Prefers Tuesday mornings for calls. Ask how the new patient checklist went.', 'Prefiere los martes por la mañana para hablar. Preguntarle cómo fue la nueva lista para pacientes.'],
  [LUCIA.slug, 30, 'Met through the community health network. Interested in survey tooling.', 'Nos conocimos en la red de salud comunitaria. Le interesan las herramientas de encuestas.'],
  ['nadia-benali-ortega', 9, 'Send her the survey template and the notes from the workshop.', 'Enviarle la plantilla de encuesta y las notas del taller.'],
  ['camille-durand-okafor', 38, 'Suggested reading: "The Design Ops Handbook".', 'Lectura recomendada: «The Design Ops Handbook».'],
  ['tomasz-wisniewski-adeyemi', 108, 'Writing up async stand-ups; ask for the draft.', 'Está escribiendo sobre reuniones asíncronas; pedirle el borrador.'],
];

/** Threads the user read, each with an invented title; Nadia took part in three (a recurring participant). */
const THREADS: { id: string; title: [string, string]; author: string; daysAgo: number; people: [string, string, string][] }[] = [
  {
    id: THREAD.id,
    title: ['Five years of running a remote-first design team, in three lessons.', 'Cinco años dirigiendo un equipo de diseño en remoto, en tres lecciones.'],
    author: 'Camille Durand-Okafor',
    daysAgo: 15,
    people: [
      ['nadia-benali-ortega', 'Nadia Benali-Ortega', 'The third question is the one teams skip. Printing this.'],
      ['camille-durand-okafor', 'Camille Durand-Okafor', ''],
    ],
  },
  {
    id: 'urn:li:activity:7459905208323345003',
    title: ['Research ops without a research ops team', 'Research ops sin equipo de research ops'],
    author: 'Greta Lindqvist Mora',
    daysAgo: 40,
    people: [
      ['nadia-benali-ortega', 'Nadia Benali-Ortega', 'We started with a shared intake form and nothing else.'],
      ['greta-lindqvist-mora', 'Greta Lindqvist Mora', ''],
      [LUCIA.slug, 'Lucía Fernández Ortega', 'A checklist beats a platform in the first year.'],
      ['noor-haddad-pereira-3f9a12', 'Noor Haddad Pereira', 'Flood maps taught us the same: start with one form.'],
      ['itziar-goikoetxea-ruiz', 'Itziar Goikoetxea Ruiz', 'En Bilbao empezamos igual, con un solo formulario.'],
    ],
  },
  {
    id: 'urn:li:activity:7459603218432472822',
    title: ['What a design critique is for', 'Para qué sirve una crítica de diseño'],
    author: 'Dario Esposito Nakamura',
    daysAgo: 70,
    people: [['nadia-benali-ortega', 'Nadia Benali-Ortega', 'Critique the work, not the person, and write it down.']],
  },
];

/** The export file, in `language` (the texts, and the language setting the workspace then speaks). */
export function exampleBackup(language: Language, now = Date.now()): Backup {
  const pick = <T>(pair: [T, T]): T => pair[language === 'en' ? 0 : 1];
  let n = 0;
  const contacts = PEOPLE.map((p, index) => ({
    id: p.id,
    profile: { name: p.name, headline: pick(p.headline), location: p.location, degree: '1st' as const, ...(p.company && { company: p.company }), ...(p.position && { position: pick(p.position) }) },
    profileSeenAt: now - (index + 1) * DAY,
    connectedAt: now - p.connectedDaysAgo * DAY,
    stage: p.stage,
    tags: p.tags ? pick(p.tags) : [],
    ...(p.cadenceDays && { cadenceDays: p.cadenceDays }),
    ...(p.remindInDays !== undefined && { remindOn: dayFrom(now, p.remindInDays) }),
    ...(p.reviewed && { reviewedAt: now - 2 * DAY }),
    editedAt: now - 2 * DAY,
    createdAt: now - p.connectedDaysAgo * DAY,
    updatedAt: now - DAY,
  }));
  const interactions = INTERACTIONS.map(([contactId, kind, daysAgo, direction, en, es]) => ({
    id: uuid(++n),
    contactId,
    kind,
    day: dayFrom(now, -daysAgo),
    text: language === 'en' ? en : es,
    ...(direction && { direction }),
    createdAt: now - daysAgo * DAY + n,
    updatedAt: now - daysAgo * DAY + n,
  }));
  const notes = NOTES.map(([contactId, daysAgo, en, es]) => ({ id: uuid(++n), contactId, text: language === 'en' ? en : es, createdAt: now - daysAgo * DAY, updatedAt: now - daysAgo * DAY }));
  const threads = THREADS.map((thread) => ({
    id: thread.id,
    url: `https://www.linkedin.com/feed/update/${thread.id}/`,
    title: pick(thread.title),
    authorName: thread.author,
    participants: thread.people.length,
    firstSeenAt: now - thread.daysAgo * DAY,
    lastSeenAt: now - thread.daysAgo * DAY,
  }));
  const sightings = THREADS.flatMap((thread) =>
    thread.people.map(([slug, name, excerpt]) => ({
      id: `${thread.id}|${slug}`,
      threadId: thread.id,
      keys: [slug],
      name,
      slug,
      author: name === thread.author,
      comments: excerpt ? 1 : 0,
      ...(excerpt && { excerpt }),
      firstSeenAt: now - thread.daysAgo * DAY,
      lastSeenAt: now - thread.daysAgo * DAY,
    })),
  );
  return {
    format: 'vinculo-export',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    contacts,
    notes,
    interactions,
    threads,
    sightings,
    settings: {
      language,
      sentMessageText: 'snippet',
      guard: { hold: true, newConnectionDays: 14, massMinRecipients: 3, massSimilarity: 0.8, massWindowDays: 14 },
      recurringMinThreads: 3,
      tagCadences: { [language === 'en' ? 'mentor' : 'mentora']: 60 },
      stageCadences: { conversation: null, relationship: 90, collaboration: 30 },
      notifyDue: false,
      backupEvery: 'off',
    },
  };
}

/** A small LinkedIn Connections.csv (2024 columns) for the Import view's report: four new people, one already kept, one unreadable row. */
export function exampleConnectionsCsv(now = Date.now()): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const on = (daysAgo: number) => {
    const d = new Date(now - daysAgo * DAY);
    return `${String(d.getDate()).padStart(2, '0')} ${months[d.getMonth()]} ${d.getFullYear()}`;
  };
  const rows = [
    ['Lucía', 'Fernández Ortega', `https://www.linkedin.com/in/${encodeURIComponent(LUCIA.slug)}`, '', 'Hospital Clínico del Turia', 'Community nurse', on(420)],
    ['Mateo', 'Ibarra Quispe', 'https://www.linkedin.com/in/mateo-ibarra-quispe', '', 'Andes Data', 'Data engineer', on(90)],
    ['Hana', 'Kobayashi Ruiz', 'https://www.linkedin.com/in/hana-kobayashi-ruiz', '', 'Kyoto Labs', 'Product designer', on(75)],
    ['Olumide', 'Berg', 'https://www.linkedin.com/in/olumide-berg', '', 'Lagos Health', 'Epidemiologist', on(40)],
    ['Sofía', 'Marín Costa', 'https://www.linkedin.com/in/sofia-marin-costa', '', 'Porto Studio', 'Illustrator', on(8)],
    ['', '', '', '', '', '', 'not a date'],
  ];
  const csv = (cells: string[]) => cells.map((c) => (/[",\n]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c)).join(',');
  return ['Notes:', '"An invented note standing in for the one LinkedIn writes above the columns."', '', 'First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows.map(csv)].join('\n') + '\n';
}
