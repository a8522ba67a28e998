import { isMessaging } from '../routes';
import { composer as sel, COMPOSER_TEXT, type UiLanguage } from '../selectors';
import { closestFirst, cssString, pageLanguages, queryFirst } from './dom';
import { readRecipient, type Recipient } from './composer/recipient';
import { shownText } from './composer/shown-text';

export { draftText } from './composer/draft';
export type { Recipient } from './composer/recipient';

/**
 * A pure reader of LinkedIn's message compose boxes, for the compose guard: where the draft is typed, which
 * button sends it, whether Enter sends it, and to whom. Markers and their sources are in selectors.ts (`composer`);
 * real markup in ../shared/fixtures/linkedin/msg_overlay_2023_es.html.
 */

export type ComposeKind = 'overlay' | 'thread' | 'compose' | 'inmail' | 'unknown';
export type ComposePart = 'editor' | 'sendButton' | 'recipient';

export interface ComposeBox {
  /**
   * `overlay`: a messaging overlay bubble (on any page); `thread`: the full-page `/messaging/thread/<id>/`;
   * `compose`: a new message (`/messaging/compose/`, or a form with a recipient typeahead outside the overlay);
   * `inmail`: a form with a subject line; `unknown`: a compose form in none of these places.
   */
  kind: ComposeKind;
  /** The `form.msg-form`, or the <form> around a message editor found by its label. */
  form: Element;
  editor: Element | null;
  /** LinkedIn's own Send button, never a button another extension put in the form. */
  sendButton: Element | null;
  /**
   * Whether Enter sends (LinkedIn's "Press Enter to Send" option). True or false when the open send options show
   * the choice; true when the form has the send-options toggle but no Send button, or a Send button the page
   * does not render (that option hides Send — two independent scrapers, 2019 and 2026, depend on it);
   * otherwise undefined: a closed options popup says nothing, and a shown Send button is not taken as proof of
   * "Click Send", that direction was never observed.
   */
  enterToSend: boolean | undefined;
  /** From the conversation header; null for group conversations and when no one could be identified. */
  recipient: Recipient | null;
  /** What could not be found, for the health record. A group conversation counts its recipient as missing. */
  missing: ComposePart[];
}

/**
 * Every compose box under `root` (a document, an iframe's document, or any element), each form once.
 *
 * Does not enter iframes: LinkedIn has been reported to host the overlay in a same-origin iframe, and the
 * content script runs in each frame (all_frames) and reads its own document — entering frames from the top one
 * would find the same box twice. Never throws: on an unexpected error a form is reported with everything missing,
 * and a root that cannot be searched gives [].
 */
export function findComposeBoxes(root: ParentNode): ComposeBox[] {
  try {
    const doc = ownerDocument(root);
    const langs = doc ? pageLanguages(doc) : (Object.keys(COMPOSER_TEXT) as UiLanguage[]);
    const url = doc ? documentUrl(doc) : null;
    return composeForms(root, langs).map((form) => readBox(form, root, langs, url));
  } catch {
    return [];
  }
}

/** `.msg-form` elements, plus the forms of message editors recognised by their label; outermost, each once. */
function composeForms(root: ParentNode, langs: readonly UiLanguage[]): Element[] {
  const found = new Set<Element>();
  const self = isElement(root) ? [root] : [];
  for (const selector of sel.form) {
    for (const el of [...self.filter((r) => r.matches(selector)), ...root.querySelectorAll(selector)]) found.add(el);
  }
  for (const editor of [...self, ...root.querySelectorAll(sel.labelledEditor)]) {
    if (!editor.matches(sel.labelledEditor) || editor.closest(sel.form.join(', '))) continue;
    const label = editor.getAttribute('aria-label') ?? '';
    if (!langs.some((lang) => COMPOSER_TEXT[lang].editorLabel.test(label.trim()))) continue;
    const form = editor.closest('form');
    if (form) found.add(form);
  }
  // A `.msg-form` div inside a `form.msg-form` (or any nesting) is one box: keep the outer element.
  const forms = [...found];
  return forms.filter((form) => !forms.some((other) => other !== form && other.contains(form)));
}

function readBox(form: Element, root: ParentNode, langs: readonly UiLanguage[], url: string | null): ComposeBox {
  try {
    const editor = findEditor(form);
    const sendButton = findSendButton(form, langs);
    const scope = conversationScope(form);
    const reading = readRecipient(scope, langs);
    const recipient = reading.kind === 'person' ? reading.recipient : null;
    const missing: ComposePart[] = [];
    if (!editor) missing.push('editor');
    if (!sendButton) missing.push('sendButton');
    if (!recipient) missing.push('recipient');
    return {
      kind: kindOf(form, scope, url),
      form,
      editor,
      sendButton,
      enterToSend: enterToSend(form, root, editor, sendButton, langs),
      recipient,
      missing,
    };
  } catch {
    return { kind: 'unknown', form, editor: null, sendButton: null, enterToSend: undefined, recipient: null, missing: ['editor', 'sendButton', 'recipient'] };
  }
}

/** The editor: LinkedIn's classes first, then any contenteditable textbox of the form (see selectors.ts). */
function findEditor(form: Element): Element | null {
  for (const selector of sel.editor) {
    const editor = [...form.querySelectorAll(selector)].find((el) => !isForeign(el));
    if (editor) return editor;
  }
  return null;
}

/**
 * LinkedIn's Send: by its classes, else a submit button of the form whose text or aria-label is "Send"/"Enviar".
 * Buttons of other extensions are never taken (selectors.ts, `submitButton` and `foreign`).
 */
function findSendButton(form: Element, langs: readonly UiLanguage[]): Element | null {
  for (const selector of sel.sendButton) {
    const button = [...form.querySelectorAll(selector)].find((el) => !isForeign(el));
    if (button) return button;
  }
  const labelled = (button: Element) => {
    const names = [shownText(button), (button.getAttribute('aria-label') ?? '').trim()];
    return langs.some((lang) => names.some((name) => COMPOSER_TEXT[lang].send.test(name)));
  };
  return [...form.querySelectorAll(sel.submitButton)].find((button) => !isForeign(button) && labelled(button)) ?? null;
}

/**
 * Enter-to-send, from what the markup shows (see ComposeBox.enterToSend): the checked radio of the open send
 * options, by its label (en/es) or, with exactly two options and no label we know, by position — Enter first,
 * Click second, as both sources list them; then the missing (or unrendered) Send button beside the toggle.
 */
function enterToSend(form: Element, root: ParentNode, editor: Element | null, sendButton: Element | null, langs: readonly UiLanguage[]): boolean | undefined {
  const toggle = queryFirst(form, sel.sendToggle);
  const options = sendOptions(form, root, toggle);
  if (options) {
    const radios = [...options.querySelectorAll(sel.sendOption)];
    const checked = radios.find(isChecked);
    if (checked) {
      const label = optionLabel(checked, options);
      if (langs.some((lang) => COMPOSER_TEXT[lang].enterToSend.test(label))) return true;
      if (langs.some((lang) => COMPOSER_TEXT[lang].clickToSend.test(label))) return false;
      if (radios.length === 2) return checked === radios[0];
    }
  }
  if (!toggle) return undefined;
  if (!sendButton) return true;
  // Hidden rather than removed (phantombuster's sender, 2019, checks visibility). Only where the page can say
  // what is rendered (Chromium; linkedom cannot) and only while the editor itself is rendered: a minimised
  // bubble hides everything.
  if (rendered(sendButton) === false && editor && rendered(editor) === true) return true;
  return undefined;
}

/** The open send-options popup: the element the toggle's aria-controls names, else `.msg-form__hovercard`. */
function sendOptions(form: Element, root: ParentNode, toggle: Element | null): Element | null {
  const id = toggle?.getAttribute('aria-controls');
  if (id) {
    const byId = root.querySelector(`[id="${cssString(id)}"]`);
    if (byId) return byId;
  }
  return queryFirst(form, sel.sendOptions);
}

function isChecked(option: Element): boolean {
  return option.hasAttribute('checked') || (option as HTMLInputElement).checked === true || option.getAttribute('aria-checked') === 'true';
}

/** An option's label: `label[for=id]`, the label around it, its aria-label, else its parent's text. */
function optionLabel(option: Element, options: Element): string {
  const id = option.getAttribute('id');
  const byFor = id ? options.querySelector(`label[for="${cssString(id)}"]`) : null;
  const label = byFor ?? option.closest('label');
  if (label) return shownText(label);
  const aria = option.getAttribute('aria-label');
  if (aria) return aria.trim();
  return shownText(option.parentElement);
}

/**
 * Which compose box this is. InMail first (a subject line), then the overlay (a bubble can sit on any page,
 * /messaging/ included), then new messages and threads by their markup, then by the document's URL.
 */
function kindOf(form: Element, scope: Element, url: string | null): ComposeKind {
  if (queryFirst(form, sel.subject)) return 'inmail';
  if (closestFirst(form, sel.overlay)) return 'overlay';
  if (queryFirst(scope, sel.compose) || closestFirst(form, sel.compose)) return 'compose';
  if (closestFirst(form, sel.thread)) return 'thread';
  if (url && isMessaging(url)) {
    const path = new URL(url).pathname;
    if (/^\/messaging\/compose(?:\/|$)/.test(path)) return 'compose';
    if (/^\/messaging\/thread\//.test(path)) return 'thread';
  }
  return 'unknown';
}

/**
 * The conversation around a form, where its header (or a new message's recipient typeahead) is: a known container
 * (overlay bubble, thread pane), else the nearest ancestor holding a header or typeahead and no other compose form
 * (so a header is never borrowed from a neighbouring bubble), else the form itself.
 */
function conversationScope(form: Element): Element {
  const known = closestFirst(form, sel.conversation);
  if (known) return known;
  const forms = sel.form.join(', ');
  for (let el = form.parentElement; el && !el.matches('body, html'); el = el.parentElement) {
    if ([...el.querySelectorAll(forms)].some((other) => other !== form && !form.contains(other))) break;
    if (queryFirst(el, sel.header) || queryFirst(el, sel.compose)) return el;
  }
  return form;
}

/** Another extension's element, or inside one. */
function isForeign(el: Element): boolean {
  return el.closest(sel.foreign) !== null;
}

/** Whether the page renders the element; undefined where it cannot tell (linkedom has no layout). */
function rendered(el: Element): boolean | undefined {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : undefined;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

function ownerDocument(root: ParentNode): Document | null {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : node.ownerDocument;
}

/** The document's own URL where it has one (a live page or frame); null for parsed files. */
function documentUrl(doc: Document): string | null {
  try {
    const href = doc.location?.href ?? doc.URL;
    return typeof href === 'string' && href ? href : null;
  } catch {
    return null;
  }
}
