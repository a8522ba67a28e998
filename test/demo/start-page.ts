/*
 * The demo's own pages, served at https://www.linkedin.com/vinculo-demo/ and for any LinkedIn page the demo does
 * not have. Developer tooling, not the extension's UI: English with a line of Spanish, not _locales.
 *
 * The extension's content script runs here too (it matches every www.linkedin.com page). What it finds is
 * harmless: no profile, post or compose box, and every link sits in a <nav>, which the history badges skip
 * (selectors.ts people.ignoredAreas), so no badge lands beside a page's title. The visit is recorded as a
 * page that is not a profile, as for any LinkedIn page.
 */
import type { PageKind, SavedPage } from '../e2e/saved-pages';

export const START_URL = 'https://www.linkedin.com/vinculo-demo/';

/** What to try on each kind of page, in English and Spanish. */
const TRY: Record<PageKind, { heading: string; en: string; es: string }> = {
  profile: {
    heading: 'Profiles',
    en: 'Open the side panel: the person is read from the page. Take a note, set a stage, add a tag, log an interaction.',
    es: 'Abre el panel lateral: la persona se lee de la página. Escribe una nota, elige una etapa, añade una etiqueta, anota una interacción.',
  },
  thread: {
    heading: 'Posts and the feed',
    en: 'Open the side panel: who took part, recurring people first. Once you have a note on someone, a badge follows their name on these pages.',
    es: 'Abre el panel lateral: quién participó, primero quien se repite. Cuando tengas una nota sobre alguien, su nombre lleva una insignia en estas páginas.',
  },
  messaging: {
    heading: 'Messages',
    en: 'Type a pitch in the message box — “We help agencies like yours book 3x more demos. 15 minutes this week? https://calendly.com/x” — and watch the mark beside Send; Send holds it once. Sending here only empties the box.',
    es: 'Escribe un mensaje de venta en el cuadro y mira la marca junto a Enviar; al enviar, se retiene una vez. Aquí enviar solo vacía el cuadro.',
  },
  invitation: {
    heading: 'Invitations',
    en: 'The invitation dialog is open: the nudge suggests how to start a note. On the note step, type one and see it judged. Nothing is sent.',
    es: 'El diálogo de invitación está abierto: la sugerencia propone cómo empezar una nota. En el paso de la nota, escribe una y mira la valoración. No se envía nada.',
  },
  'signed-out': {
    heading: 'Signed out',
    en: 'Nothing to read: Vínculo stays out of the way.',
    es: 'Nada que leer: Vínculo no interviene.',
  },
};

const STYLE = `
  :root { color-scheme: light dark; --bg: #f4f2ee; --surface: #fff; --border: #e0dfdc; --text: rgba(0,0,0,.9); --muted: rgba(0,0,0,.6); --accent: #0a66c2; }
  @media (prefers-color-scheme: dark) { :root { --bg: #000; --surface: #1b1f23; --border: #38434f; --text: rgba(255,255,255,.9); --muted: rgba(255,255,255,.6); --accent: #71b7fb; } }
  body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.45 -apple-system, system-ui, 'Segoe UI', Roboto, Ubuntu, Cantarell, sans-serif; }
  main { max-width: 880px; margin: 0 auto; padding: 24px 16px; display: flex; flex-direction: column; gap: 16px; }
  section { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 16px; }
  h1 { font-size: 22px; margin: 0; } h2 { font-size: 16px; margin: 0 0 4px; }
  p { margin: 4px 0; } .muted, .es { color: var(--muted); } .es { font-style: italic; }
  ul { margin: 8px 0 0; padding-left: 20px; } li { margin: 4px 0; }
  a { color: var(--accent); } code { font-size: 12px; color: var(--muted); word-break: break-all; }
  .tag { font-size: 11px; border: 1px solid var(--border); border-radius: 4px; padding: 0 4px; margin-left: 4px; }
`;

/** Escapes text for HTML content and attribute values. */
function escape(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

export interface StartPageOptions {
  /** Where the demo keeps its browser profile, if it keeps one between runs. */
  profileDir?: string;
}

/** The start page: every page served, by kind, with what to try there; how to reach the extension; what is (not) real. */
export function startPageHtml(pages: readonly (SavedPage & { label: string })[], { profileDir }: StartPageOptions = {}): string {
  const sections = (Object.keys(TRY) as PageKind[]).map((kind) => {
    const rows = pages
      .filter((page) => page.kind === kind)
      .map((page) => {
        const path = page.url.replace('https://www.linkedin.com', '');
        const real = page.source === 'shared' ? '<span class="tag">real capture</span>' : '';
        return `<li><a href="${escape(page.url)}">${escape(page.label)}</a>${page.label.toLowerCase() === page.about.toLowerCase() ? '' : ` — ${escape(page.about)}`}${real}<br><code>${escape(decodeURI(path))}</code></li>`;
      });
    if (rows.length === 0) return '';
    const tryThis = TRY[kind];
    return `<section><h2>${tryThis.heading}</h2><p>${escape(tryThis.en)}</p><p class="es" lang="es">${escape(tryThis.es)}</p><nav aria-label="${tryThis.heading}"><ul>${rows.join('')}</ul></nav></section>`;
  });
  const own = pages.filter((page) => page.source === 'own').length;
  const profile = profileDir
    ? `<p>Your notes stay in this demo's browser profile (<code>${escape(profileDir)}</code>) for the next run; <code>npm run demo -- --fresh</code> starts clean.</p>`
    : '<p>This run uses a temporary browser profile: what you write goes when the browser closes.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vínculo demo</title><style>${STYLE}</style></head><body><main>
<section>
  <h1>Vínculo demo</h1>
  <p>${pages.length} saved LinkedIn pages (${own} of our own with invented people, ${pages.length - own} real captures), served by <code>npm run demo</code> as if from linkedin.com, with the extension loaded. No LinkedIn account needed.</p>
  <p class="es" lang="es">Páginas de LinkedIn guardadas, servidas como si vinieran de linkedin.com, con la extensión cargada. No necesitas cuenta de LinkedIn.</p>
  <p><strong>Nothing here is LinkedIn and nothing leaves this browser:</strong> the demo answers every request itself — these pages, empty answers for LinkedIn's scripts and images — and refuses every other host. It works offline.</p>
  <p class="es" lang="es">Nada de esto es LinkedIn y nada sale de este navegador: la demo responde a cada petición y rechaza cualquier otro servidor. Funciona sin conexión.</p>
  <p>Vínculo's icon is under the puzzle piece in the toolbar (pin it). Its popup opens the side panel and your network.</p>
  <p class="es" lang="es">El icono de Vínculo está bajo la pieza de puzle de la barra de herramientas; su ventana abre el panel lateral y tu red.</p>
  ${profile}
</section>
${sections.join('\n')}
<p class="muted">Links inside these pages lead to pages the demo does not have: those say so, with a link back here.</p>
</main></body></html>`;
}

/** What any other https://www.linkedin.com page shows (with a 404). */
export function notInDemoHtml(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not in the Vínculo demo</title><style>${STYLE}</style></head><body><main><section>
<h1>Not in the demo</h1><p>The demo has no saved page at this address.</p><p class="es" lang="es">La demo no tiene ninguna página guardada en esta dirección.</p>
<p><a href="${START_URL}">Back to the demo's pages</a> · <a href="${START_URL}" lang="es">Volver a las páginas de la demo</a></p>
</section></main></body></html>`;
}
