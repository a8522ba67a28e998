import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInviteDialogs } from '../../../src/linkedin/read/invite';
import { hasSharedFixtures, load, SHARED_FIXTURES, expectReading, renameAttribute } from './helpers';

/*
 * The invitation-dialog reader against real LinkedIn markup (../shared/fixtures/linkedin, captured by others; see
 * its README). Only step 1 was ever captured. The shared folder sits beside the repository, so a plain checkout may
 * not have it.
 */
if (!hasSharedFixtures) console.warn('../shared/fixtures not found: real-markup invitation tests skipped');
const describeShared = hasSharedFixtures ? describe : describe.skip;
const sharedPages = hasSharedFixtures ? readdirSync(SHARED_FIXTURES).filter((file) => file.endsWith('.html')) : [];

/** The two files holding the captured dialog: alone, and inside the capturer's notes among other 2026 markup. */
const CAPTURES = ['invite_modal_2026_ember_send-invite.html', 'li_2026_activity_commentbox_profilemenu_invitemodal_excerpt.html'];
const ONLY_DIALOG = CAPTURES[0]!;


/** Rewords a button's shown text. */
function renameButtonText(root: ParentNode, from: string, to: string): void {
  for (const span of root.querySelectorAll('.artdeco-button__text')) {
    if ((span.textContent ?? '').trim() === from) span.textContent = to;
  }
}

function captured(file: string) {
  const doc = load(SHARED_FIXTURES, file);
  const dialog = doc.querySelector('[role="dialog"].send-invite')!;
  return {
    doc,
    dialog,
    addNote: dialog.querySelector('button[aria-label="Add a note"]'),
    withoutNote: dialog.querySelector('button[aria-label="Send without a note"]'),
  };
}

describeShared('findInviteDialogs on real LinkedIn markup', () => {
  it.each(CAPTURES)('%s: step 1, both buttons, the invitee as the dialog writes it', (file) => {
    const { doc, dialog, addNote, withoutNote } = captured(file);
    expect(addNote).not.toBeNull();
    expect(withoutNote).not.toBeNull();
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expectReading(readings[0], {
      step: 'choose',
      dialog,
      inviteeName: 'Jeremy Harbour',
      addNoteButton: addNote,
      sendWithoutNoteButton: withoutNote,
      noteField: null,
      sendButton: null,
      missing: [],
    });
  });

  it('finds a dialog in those two files only, and throws on none of the shared pages', () => {
    const counts = Object.fromEntries(sharedPages.map((file) => [file, findInviteDialogs(load(SHARED_FIXTURES, file)).length]));
    const expected = Object.fromEntries(sharedPages.map((file) => [file, CAPTURES.includes(file) ? 1 : 0]));
    expect(counts).toEqual(expected);
    // The messaging overlay is a [role=dialog] with a "Send"/"Enviar" button: it must not pass for an invitation.
    expect(sharedPages).toContain('msg_overlay_2023_es.html');
  });

  it('reads the dialog from an element root, and from the dialog itself', () => {
    const { doc, dialog } = captured(ONLY_DIALOG);
    const fromOutlet = findInviteDialogs(doc.querySelector('#artdeco-modal-outlet')!);
    expect(fromOutlet).toHaveLength(1);
    expect(fromOutlet[0]?.dialog).toBe(dialog);
    const fromItself = findInviteDialogs(dialog);
    expect(fromItself).toHaveLength(1);
    expect(fromItself[0]?.dialog).toBe(dialog);
    expect(fromItself[0]?.step).toBe('choose');
  });

  it('without its buttons: still the dialog, step unknown, both steps\' controls reported missing', () => {
    const { doc, dialog, addNote, withoutNote } = captured(ONLY_DIALOG);
    addNote!.remove();
    withoutNote!.remove();
    expectReading(findInviteDialogs(doc)[0], {
      step: 'unknown',
      dialog,
      inviteeName: 'Jeremy Harbour',
      addNoteButton: null,
      sendWithoutNoteButton: null,
      noteField: null,
      sendButton: null,
      missing: ['addNoteButton', 'sendWithoutNoteButton', 'noteField', 'sendButton'],
    });
  });

  it('without "Add a note" (as when LinkedIn withholds notes): step 1, the missing button reported', () => {
    const { doc, dialog, addNote, withoutNote } = captured(ONLY_DIALOG);
    addNote!.remove();
    expectReading(findInviteDialogs(doc)[0], {
      step: 'choose',
      dialog,
      inviteeName: 'Jeremy Harbour',
      addNoteButton: null,
      sendWithoutNoteButton: withoutNote,
      noteField: null,
      sendButton: null,
      missing: ['addNoteButton'],
    });
  });

  it('with aria-label renamed: the buttons by their shown text', () => {
    const { doc, dialog, addNote, withoutNote } = captured(ONLY_DIALOG);
    renameAttribute(doc, 'aria-label', 'data-label');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.dialog).toBe(dialog);
    expect(reading?.addNoteButton).toBe(addNote);
    expect(reading?.sendWithoutNoteButton).toBe(withoutNote);
    expect(reading?.missing).toEqual([]);
  });

  it('with aria-label renamed and the texts reworded: nothing guessed, everything reported', () => {
    const { doc, dialog } = captured(ONLY_DIALOG);
    renameAttribute(doc, 'aria-label', 'data-label');
    renameButtonText(doc, 'Add a note', 'Write something');
    renameButtonText(doc, 'Send without a note', 'Just send');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.dialog).toBe(dialog);
    expect(reading?.step).toBe('unknown');
    expect(reading?.missing).toEqual(['addNoteButton', 'sendWithoutNoteButton', 'noteField', 'sendButton']);
  });

  it('with the send-invite class and its ids renamed: recognised as a [role=dialog] holding invitation buttons', () => {
    const { doc, dialog, addNote, withoutNote } = captured(ONLY_DIALOG);
    dialog.classList.remove('send-invite');
    renameAttribute(doc, 'data-test-modal-id', 'data-test-id');
    renameAttribute(doc, 'aria-labelledby', 'data-labelledby');
    expectReading(findInviteDialogs(doc)[0], {
      step: 'choose',
      dialog,
      inviteeName: 'Jeremy Harbour',
      addNoteButton: addNote,
      sendWithoutNoteButton: withoutNote,
      noteField: null,
      sendButton: null,
      missing: [],
    });
  });

  it('with no known hook left: found by its buttons\' shown text; with those reworded too, no dialog at all', () => {
    const { doc, dialog, addNote } = captured(ONLY_DIALOG);
    dialog.classList.remove('send-invite');
    renameAttribute(doc, 'data-test-modal-id', 'data-test-id');
    renameAttribute(doc, 'aria-labelledby', 'data-labelledby');
    renameAttribute(doc, 'aria-label', 'data-label');
    const [reading] = findInviteDialogs(doc);
    expect(reading?.dialog).toBe(dialog);
    expect(reading?.addNoteButton).toBe(addNote);
    renameButtonText(doc, 'Add a note', 'Write something');
    renameButtonText(doc, 'Send without a note', 'Just send');
    expect(findInviteDialogs(doc)).toEqual([]);
  });

  it('without the <strong> around the name: the name from the sentence', () => {
    const { doc } = captured(ONLY_DIALOG);
    const strong = doc.querySelector('.send-invite strong')!;
    strong.replaceWith(doc.createTextNode(strong.textContent ?? ''));
    expect(findInviteDialogs(doc)[0]?.inviteeName).toBe('Jeremy Harbour');
  });

  it('inside the open shadow root of #interop-outlet (where a 2026 scraper meets the modal)', () => {
    const source = captured(ONLY_DIALOG);
    const doc = load(SHARED_FIXTURES, 'profile_more_menu_2026_sdui.html');
    const host = doc.createElement('div');
    host.id = 'interop-outlet';
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(source.doc.querySelector('#artdeco-modal-outlet')!);
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
    const readings = findInviteDialogs(doc);
    expect(readings).toHaveLength(1);
    expectReading(readings[0], {
      step: 'choose',
      dialog: source.dialog,
      inviteeName: 'Jeremy Harbour',
      addNoteButton: source.addNote,
      sendWithoutNoteButton: source.withoutNote,
      noteField: null,
      sendButton: null,
      missing: [],
    });
  });
});
