/*
 * Our LinkedIn fixtures are LinkedIn's markup without its stylesheets (never served offline), so on their own
 * they render as bare HTML. For the README's pictures of the injected UI, the screenshot script dresses them in a
 * few rules of LinkedIn's look (its page and card colours, type, links) and sets the theme class LinkedIn puts on
 * <html> (src/linkedin/selectors.ts `theme`), so the badge, the guard and the nudge are seen on the background
 * they sit on in each theme. Only the screenshot script uses this; the e2e tests serve the fixtures as they are.
 */

export type Theme = 'light' | 'dark';

/** Boxes that LinkedIn draws as cards, in the fixtures we photograph (feed post, comments, dialog, message overlay). */
const CARDS = [
  '.feed-shared-update-v2',
  '[role="dialog"]',
  '.artdeco-modal',
  '.msg-overlay-conversation-bubble',
  '.msg-form',
  'main > section',
].join(', ');

const COLOURS: Record<Theme, { page: string; card: string; text: string; secondary: string; link: string; border: string }> = {
  light: { page: '#f4f2ee', card: '#ffffff', text: 'rgba(0, 0, 0, 0.9)', secondary: 'rgba(0, 0, 0, 0.6)', link: '#0a66c2', border: '#e0dfdc' },
  dark: { page: '#000000', card: '#1b1f23', text: 'rgba(255, 255, 255, 0.9)', secondary: 'rgba(255, 255, 255, 0.6)', link: '#71b7fb', border: '#38434f' },
};

function styleFor(theme: Theme): string {
  const c = COLOURS[theme];
  return `<style id="vinculo-docs-linkedin-look">
  html { color-scheme: ${theme}; }
  body { margin: 0; padding: 16px 24px; background: ${c.page}; color: ${c.text};
    font: 14px/1.43 -apple-system, system-ui, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', 'Fira Sans', Ubuntu, Oxygen, Cantarell, 'Droid Sans', sans-serif; }
  a { color: ${c.text}; font-weight: 600; text-decoration: none; }
  ${CARDS} { background: ${c.card}; color: ${c.text}; border: 1px solid ${c.border}; border-radius: 8px; padding: 12px 16px; margin: 8px 0; }
  .artdeco-modal-overlay { position: fixed; inset: 0; z-index: 1000; display: flex; justify-content: center; align-items: flex-start; padding-top: 48px; background: rgba(0, 0, 0, 0.6); }
  .artdeco-modal-overlay [role="dialog"] { width: 520px; margin: 0; max-height: calc(100vh - 96px); overflow: auto; }
  button { font: inherit; font-weight: 600; color: ${c.secondary}; background: transparent; border: 1px solid ${c.border}; border-radius: 16px; padding: 4px 12px; margin: 2px; }
  button.artdeco-button--primary, .msg-form__send-button:not([disabled]) { background: ${c.link}; color: ${theme === 'dark' ? '#000' : '#fff'}; border-color: ${c.link}; }
  textarea, [contenteditable="true"] { color: ${c.text}; background: ${theme === 'dark' ? '#38434f' : '#f4f2ee'}; border: 1px solid ${c.border}; border-radius: 8px; padding: 8px; min-height: 60px; }
  .visually-hidden, .a11y-text { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  header#global-nav, .global-nav { display: none; }
  img, svg { max-width: 48px; max-height: 48px; }
  img { display: none; }
  /* The messaging overlay: a conversation docked at the bottom right, its compose box and Send at the bottom. */
  .msg-overlay-list-bubble { display: none; }
  .msg-overlay-conversation-bubble { position: fixed; right: 24px; bottom: 0; width: 400px; margin: 0; padding: 0; border-radius: 8px 8px 0 0; box-shadow: 0 0 0 1px ${c.border}, 0 4px 12px rgba(0, 0, 0, 0.15); }
  .msg-overlay-conversation-bubble-header { display: flex; padding: 8px 12px; border-bottom: 1px solid ${c.border}; }
  .msg-overlay-conversation-bubble-header h2 { margin: 0; font-size: 14px; }
  .msg-overlay-bubble-header__controls, .msg-s-message-list__top-of-list, .msg-s-event-listitem--group-a11y-heading { display: none; }
  .msg-s-message-list { padding: 0 12px; max-height: 200px; overflow: hidden; }
  .msg-s-message-list-content { list-style: none; margin: 0; padding: 0; }
  .msg-s-message-list__time-heading { display: block; text-align: center; font-size: 12px; color: ${c.secondary}; margin: 8px 0; }
  .msg-s-message-group__timestamp { color: ${c.secondary}; font-size: 12px; margin-left: 4px; }
  .msg-s-event-listitem__body { margin: 4px 0 8px; }
  .msg-overlay-conversation-bubble .msg-form { margin: 0; border: 0; border-top: 1px solid ${c.border}; border-radius: 0; padding: 8px 12px; }
  .msg-form__attachment-drag-and-drop, .msg-form__expand-btn-wrapper, .msg-form__placeholder, .msg-form__left-actions, .msg-form__send-toggle, input[type="file"] { display: none; }
  .msg-form__right-actions { display: flex; align-items: center; gap: 8px; }
  .msg-form__contenteditable { min-height: 80px; }
  .msg-form__footer { display: flex; justify-content: flex-end; align-items: center; gap: 4px; margin-top: 8px; }
  /* Icon-only buttons whose icons are not served offline. */
  button:empty, .artdeco-modal__dismiss svg { display: none; }
  .artdeco-modal__dismiss { float: right; border: 0; font-size: 18px; }
  .artdeco-modal__dismiss::after { content: '✕'; }
</style>`;
}

/** The fixture's markup with LinkedIn's theme class on <html> and LinkedIn's look for that theme. */
export function dressAsLinkedIn(html: string, theme: Theme): string {
  const themeClass = `theme theme--${theme}`;
  const withClass = html.replace(/<html\b([^>]*)>/iu, (_, attributes: string) => {
    const cleaned = attributes.replace(/\btheme--\w+/gu, '');
    return /\bclass="/u.test(cleaned) ? `<html${cleaned.replace(/\bclass="/u, `class="${themeClass} `)}>` : `<html${cleaned} class="${themeClass}">`;
  });
  return /<\/head>/iu.test(withClass) ? withClass.replace(/<\/head>/iu, `${styleFor(theme)}</head>`) : `${styleFor(theme)}${withClass}`;
}
