import { invite as sel, INVITE_TEXT, type UiLanguage } from '../selectors';
import { pageLanguages, preferRendered } from './dom';

/**
 * A pure reader of LinkedIn's connection-invitation dialog, for the connect nudge: which step it is on, the buttons
 * of step 1 (before a request goes without a note), the note field and Send of step 2 with LinkedIn's length limit,
 * and the free-account quota of personalised invitations when the dialog shows it. Markers and where each comes from
 * are in selectors.ts (`invite`, `INVITE_TEXT`); real markup of step 1 in
 * ../shared/fixtures/linkedin/invite_modal_2026_ember_send-invite.html. Reads only the dialog: the Connect link that
 * opened it (whose aria-label names the person too) is the caller's business.
 */

export type InviteStep = 'choose' | 'note' | 'unknown';
export type InvitePart = 'addNoteButton' | 'sendWithoutNoteButton' | 'inviteeName' | 'noteField' | 'sendButton' | 'maxLength';

export interface InviteDialog {
  /** `choose`: step 1, "Add a note" / "Send without a note"; `note`: step 2, the note field is shown; `unknown`: neither. */
  step: InviteStep;
  /** The `div[role=dialog].send-invite`, or a dialog recognised by its note field or invitation buttons. */
  dialog: Element;
  /** As the dialog writes it ("Personalize your invitation to <strong>Name</strong> …"); step 2 may not name anyone. */
  inviteeName?: string;
  /** Step 1. */
  addNoteButton: Element | null;
  /** Step 1 (about 2022 labelled "Send now"). */
  sendWithoutNoteButton: Element | null;
  /** Step 2: `textarea#custom-message[name=message]`. */
  noteField: HTMLTextAreaElement | Element | null;
  /** Step 2: "Send invitation" (aria-label) / "Send". LinkedIn keeps it disabled while the note is empty. */
  sendButton: Element | null;
  /** Step 2: the note's length limit, from the counter ("0/300" premium, "0/200" free), else the field's maxlength. */
  maxLength?: number;
  /** Free accounts: personalised invitations left this month, when the dialog says (0 once they are spent). */
  remainingPersonalized?: number;
  /**
   * What the step should have and could not be found, for the health record: step 1 its two buttons and the
   * invitee's name; step 2 its Send button and length limit; an unknown step the controls of both steps.
   */
  missing: InvitePart[];
}

const ALL_LANGUAGES = Object.keys(INVITE_TEXT) as UiLanguage[];
const UNKNOWN_MISSING: InvitePart[] = ['addNoteButton', 'sendWithoutNoteButton', 'noteField', 'sendButton'];

/**
 * Every invitation dialog under `root` (a document, a shadow root or any element), in document order, each once;
 * those in the open shadow root of a known host (selectors.ts, `invite.shadowHosts`) after the others.
 *
 * Text is matched in the language of the page's `<html lang>`, or in every language we carry when it names none.
 * Never throws: a dialog that breaks the reader is reported as `unknown` with everything missing, and a root that
 * cannot be searched gives [].
 */
export function findInviteDialogs(root: ParentNode): InviteDialog[] {
  try {
    const doc = ownerDocument(root);
    const langs = doc ? pageLanguages(doc) : ALL_LANGUAGES;
    return dialogElements(root, langs).map((dialog) => readDialog(dialog, langs));
  } catch {
    return [];
  }
}

function ownerDocument(root: ParentNode): Document | null {
  const node = root as Node;
  return node.nodeType === 9 ? (node as Document) : (node.ownerDocument ?? null);
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

/** Known dialogs plus unknown ones that hold an invitation's controls; outermost, each once. */
function dialogElements(root: ParentNode, langs: readonly UiLanguage[]): Element[] {
  const known = sel.dialog.join(', ');
  const found: Element[] = [];
  for (const scope of [root, ...shadowRoots(root)]) {
    const self = isElement(scope) ? [scope] : [];
    // One query for every kind, so that the results come in document order.
    for (const el of [...self, ...scope.querySelectorAll(`${known}, ${sel.anyDialog}`)]) {
      if (el.matches(known) || (el.matches(sel.anyDialog) && holdsInvitationControls(el, langs))) found.push(el);
    }
  }
  const unique = [...new Set(found)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}

/** Open shadow roots of the hosts LinkedIn has been seen to render the dialog in (DOM observers must watch them too). */
export function shadowRoots(root: ParentNode): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (const selector of sel.shadowHosts) {
    const hosts = [...(isElement(root) && root.matches(selector) ? [root] : []), ...root.querySelectorAll(selector)];
    for (const host of hosts) if (host.shadowRoot) roots.push(host.shadowRoot);
  }
  return roots;
}

/** A note field, or a button only an invitation dialog has ("Send" and "Send now" are too common to count). */
function holdsInvitationControls(dialog: Element, langs: readonly UiLanguage[]): boolean {
  if (dialog.matches(sel.notInvitation) || dialog.querySelector(sel.notInvitation)) return false;
  if (sel.noteField.some((selector) => dialog.querySelector(selector))) return true;
  const markers = langs.flatMap((lang) => [INVITE_TEXT[lang].addNote, INVITE_TEXT[lang].sendWithoutNote, INVITE_TEXT[lang].sendInvitation]);
  return findButton([...dialog.querySelectorAll(sel.button)], markers) !== null;
}

function readDialog(dialog: Element, langs: readonly UiLanguage[]): InviteDialog {
  try {
    return read(dialog, langs);
  } catch {
    return {
      step: 'unknown',
      dialog,
      addNoteButton: null,
      sendWithoutNoteButton: null,
      noteField: null,
      sendButton: null,
      missing: [...UNKNOWN_MISSING],
    };
  }
}

function read(dialog: Element, langs: readonly UiLanguage[]): InviteDialog {
  const texts = langs.map((lang) => INVITE_TEXT[lang]);
  const buttons = [...dialog.querySelectorAll(sel.button)];
  const noteField = findNoteField(dialog);
  const addNote = findButton(buttons, texts.map((t) => t.addNote));
  const withoutNote = findButton(buttons, texts.map((t) => t.sendWithoutNote));
  // A note field the page does not render (LinkedIn may keep it while step 1 shows) does not make this step 2.
  const onNoteStep = noteField !== null && (rendered(noteField) !== false || (!addNote && !withoutNote));
  const step: InviteStep = onNoteStep ? 'note' : addNote || withoutNote ? 'choose' : 'unknown';

  const reading: InviteDialog = {
    step,
    dialog,
    addNoteButton: null,
    sendWithoutNoteButton: null,
    noteField: null,
    sendButton: null,
    missing: [],
  };
  const name = inviteeName(dialog, langs);
  if (name) reading.inviteeName = name;
  const remaining = remainingPersonalized(dialog, langs);
  if (remaining !== undefined) reading.remainingPersonalized = remaining;

  if (step === 'choose') {
    reading.addNoteButton = addNote;
    // "Send now" was step 1's send-without-a-note about 2022; step 2 uses the same words for the note's Send.
    reading.sendWithoutNoteButton = withoutNote ?? findButton(buttons, texts.map((t) => t.sendNow));
    if (!reading.addNoteButton) reading.missing.push('addNoteButton');
    if (!reading.sendWithoutNoteButton) reading.missing.push('sendWithoutNoteButton');
    if (!reading.inviteeName) reading.missing.push('inviteeName');
  } else if (step === 'note') {
    reading.noteField = noteField;
    // The aria-label LinkedIn gives it first, then the 2022 label, then the bare shown text.
    reading.sendButton =
      findButton(buttons, texts.map((t) => t.sendInvitation)) ??
      findButton(buttons, texts.map((t) => t.sendNow)) ??
      findButton(buttons, texts.map((t) => t.send));
    const limit = maxLength(dialog, noteField);
    if (limit !== undefined) reading.maxLength = limit;
    if (!reading.sendButton) reading.missing.push('sendButton');
    if (reading.maxLength === undefined) reading.missing.push('maxLength');
  } else {
    reading.missing.push(...UNKNOWN_MISSING);
  }
  return reading;
}

function findNoteField(dialog: Element): Element | null {
  for (const selector of sel.noteField) {
    const fields = [...dialog.querySelectorAll(selector)];
    const field = preferRendered(fields);
    if (field) return field;
  }
  return null;
}

/**
 * The button whose aria-label matches one of `patterns` whole, else the one whose shown text does: the aria-label
 * is what LinkedIn keeps stable (the capture's labels equal the texts, but a text can gain an icon's words).
 * Among several, the rendered one.
 */
function findButton(buttons: readonly Element[], patterns: readonly RegExp[]): Element | null {
  const matches = (value: string) => value !== '' && patterns.some((pattern) => pattern.test(value));
  const byLabel = buttons.filter((button) => matches(collapse(button.getAttribute('aria-label') ?? '')));
  if (byLabel.length) return preferRendered(byLabel) ?? null;
  const byText = buttons.filter((button) => matches(shownText(button)));
  return preferRendered(byText) ?? null;
}

/**
 * The invitee's name. The emphasised name of the invitation sentence first (exact, dots and all); else the name a
 * sentence pattern captures from the shortest text block holding one (the shortest, so that a pattern ending at
 * the end of a text never runs on into the sentences after it).
 */
function inviteeName(dialog: Element, langs: readonly UiLanguage[]): string | undefined {
  const patterns = langs.flatMap((lang) => INVITE_TEXT[lang].invitee);
  const capture = (value: string): string | undefined => {
    for (const pattern of patterns) {
      const name = pattern.exec(value)?.[1]?.trim();
      if (name && plausibleName(name)) return name;
    }
    return undefined;
  };
  for (const emphasis of dialog.querySelectorAll(sel.emphasis)) {
    const name = shownText(emphasis);
    const captured = emphasis.parentElement ? capture(shownText(emphasis.parentElement)) : undefined;
    if (name && captured?.includes(name) && plausibleName(name)) return name;
  }
  const blocks = [...dialog.querySelectorAll(sel.textBlock)]
    .filter((block) => !block.closest(sel.notText))
    .map((block) => shownText(block))
    .filter((value) => value !== '')
    .sort((a, b) => a.length - b.length);
  for (const block of blocks) {
    const name = capture(block);
    if (name) return name;
  }
  return undefined;
}

/** A name, not a sentence a pattern ran into: LinkedIn names are short and single-line. */
function plausibleName(name: string): boolean {
  return name.length > 0 && name.length <= 100 && !/[?!]/.test(name);
}

/** "N personalized invitations remaining for this month." (free accounts), or 0 when the dialog says none is left. */
function remainingPersonalized(dialog: Element, langs: readonly UiLanguage[]): number | undefined {
  const all = shownText(dialog);
  for (const lang of langs) {
    const texts = INVITE_TEXT[lang];
    if (texts.noneRemaining.test(all)) return 0;
    for (const pattern of texts.remaining) {
      const count = pattern.exec(all)?.[1];
      if (count !== undefined) return Number(count);
    }
  }
  return undefined;
}

/**
 * The length limit: the counter LinkedIn shows ("0/300") first, being what the user sees, then the field's
 * `maxlength`. The field's aria-label ("Please limit personal note to 300 characters.") is not used: one source
 * pairs that wording with a "0/200" counter, so it may not follow the account's plan.
 */
function maxLength(dialog: Element, noteField: Element | null): number | undefined {
  for (const el of dialog.querySelectorAll('*')) {
    if (el.matches(sel.notText) || el.closest(sel.notText) || el.closest(sel.screenReaderOnly)) continue;
    const counter = sel.counterText.exec(shownText(el));
    if (counter) {
      const limit = Number(counter[2]);
      if (limit > 0) return limit;
    }
  }
  const attribute = Number(noteField?.getAttribute('maxlength') ?? '');
  return Number.isInteger(attribute) && attribute > 0 ? attribute : undefined;
}

/** Tags whose text flows into the next without a space: around anything else, a space keeps words apart. */
const INLINE = new Set(['A', 'ABBR', 'B', 'EM', 'I', 'SMALL', 'SPAN', 'STRONG']);

/**
 * An element's shown text, whitespace collapsed: no screen-reader-only phrases, nothing of the note field (it is the
 * user's draft, not the dialog's words) nor of scripts or icons. "" for no element. Reads the DOM, changes nothing.
 */
function shownText(el: Element | null): string {
  if (!el) return '';
  const parts: string[] = [];
  const skip = `${sel.screenReaderOnly}, ${sel.notText}`;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) {
        const block = !INLINE.has((child as Element).tagName.toUpperCase());
        if (block) parts.push(' ');
        walk(child);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  return collapse(parts.join(''));
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Whether the page renders the element: true/false in Chromium, undefined where it cannot tell (linkedom). */
function rendered(el: Element): boolean | undefined {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : undefined;
}
