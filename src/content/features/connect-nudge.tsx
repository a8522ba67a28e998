import { render } from 'preact';
import { openings, type SharedThread } from '../../core/analysis/openings';
import type { JudgementOutput } from '../../core/analysis/schema';
import type { ProfileSnapshot } from '../../core/model/profile';
import { findInviteDialogs, shadowRoots, type InviteDialog } from '../../linkedin/read/invite';
import { showsDarkTheme } from '../../linkedin/read/people';
import { readProfile } from '../../linkedin/read/profile';
import { inviteeSlugFromUrl, isProfile, profileSlugFromUrl } from '../../linkedin/routes';
import { request, tell } from '../../messages/client';
import { MAX_NOTE_LENGTH } from '../../messages/wire';
import { ChooseNudge, NoteAdvice } from '../../ui/guard/Nudge';
import css from '../../ui/guard/guard.css?inline';
import type { Feature } from '../feature-manager';
import { createShadowHost } from '../shadow-host';
import { SCAN_INTERVAL_MS, throttle } from '../throttle';
import { JUDGE_DELAY_MS } from './compose-guard';

type Recipient = { slug?: string; memberId?: string; name?: string };

/**
 * F5: in LinkedIn's invitation dialog, before a request goes without a note, a nudge with concrete openings from
 * the profile; on the note step, the note judged as it is typed (by the background worker, invite.judge: the
 * lexicons stay out of the content script). It never blocks and never touches the note: LinkedIn's buttons
 * stay the user's. Every invitation sent joins the person's timeline.
 */
export const connectNudge: Feature = {
  id: 'connect-nudge',
  inFrames: true,
  // The Connect button is on profiles, search results, My Network and people cards anywhere.
  runsOn: () => true,
  init({ signal, observer }) {
    const seen = new WeakSet<Element>();
    const scan = () => {
      // The 2026 dialog may open inside a shadow root, whose changes the document's observer does not see.
      for (const root of shadowRoots(document)) observer.watch(root);
      for (const dialog of findInviteDialogs(document)) {
        // Step 1 and step 2 are different controls inside the same dialog: each step is handled once.
        const marker = dialog.noteField ?? dialog.addNoteButton ?? dialog.dialog;
        if (seen.has(marker)) continue;
        seen.add(marker);
        tell('reader.ran', {
          reader: 'invite',
          pageKind: `invite-${dialog.step}`,
          url: location.href,
          found: [],
          missing: dialog.missing.slice(0, 40),
        });
        if (dialog.step === 'choose') nudgeChoice(dialog, signal);
        if (dialog.step === 'note') adviseNote(dialog, signal);
      }
    };
    observer.onBatch(throttle(scan, SCAN_INTERVAL_MS, signal), signal);
    scan();
  },
};

/** Who the dialog invites: the profile on screen, or the slug of the custom-invite URL, with the dialog's name. */
function invitee(dialog: InviteDialog): { recipient: Recipient; profile: ProfileSnapshot | null } {
  const url = location.href;
  const onScreen = isProfile(url) ? readProfile(document, url).record : null;
  // A dialog opened from a card beside the profile (people also viewed…) invites someone else: the profile on
  // screen counts only when the dialog names no one or names them.
  const profile = onScreen && (!dialog.inviteeName || dialog.inviteeName === onScreen.name) ? onScreen : null;
  const slug = profile?.slug ?? (onScreen ? undefined : (profileSlugFromUrl(url) ?? inviteeSlugFromUrl(url) ?? undefined));
  const name = dialog.inviteeName ?? profile?.name;
  return { recipient: { slug, memberId: profile?.memberId, name }, profile };
}

/** Dialogs whose invitation is recorded: one dialog sends one invitation, whichever of its buttons did it. */
const recorded = new WeakSet<Element>();

function recordInvitation(dialog: InviteDialog, recipient: Recipient, note: string): void {
  if (recorded.has(dialog.dialog)) return;
  recorded.add(dialog.dialog);
  tell('invite.sent', { recipient, note });
}

function onClickOf(target: Element, run: () => void, signal: AbortSignal): void {
  // Capture on the window: we only note the click, LinkedIn's handlers run as always. The path, not the target:
  // the 2026 dialog can sit in an open shadow root, where the window sees only its host as the target.
  window.addEventListener('click', (e) => e.composedPath().includes(target) && run(), { capture: true, signal });
}

function nudgeChoice(dialog: InviteDialog, signal: AbortSignal): void {
  const { recipient, profile } = invitee(dialog);
  const next = dialog.addNoteButton ?? dialog.sendWithoutNoteButton;
  const anchor = next?.parentElement;
  if (!anchor) return;
  const ui = createShadowHost(anchor, css, 'beforebegin');
  let dismissed = false;
  const dismiss = () => {
    dismissed = true;
    render(null, ui.root);
    ui.remove();
    // The focus was in the tip: it goes on to LinkedIn's next step, the button right after where the tip was.
    (next as HTMLElement).focus();
  };
  signal.addEventListener('abort', () => ui.remove(), { once: true });
  let reminded = false;
  let seenIn: SharedThread[] = [];
  const dark = showsDarkTheme(document);
  const paint = () =>
    render(
      <ChooseNudge
        openings={openings({ ...profile, name: recipient.name }, seenIn)}
        remaining={dialog.remainingPersonalized}
        reminded={reminded}
        onRemind={() => {
          reminded = true;
          paint();
          tell('invite.remind', { recipient });
        }}
        dark={dark}
        onDismiss={dismiss}
      />,
      ui.root,
    );
  paint();
  // A debate where the user saw them makes the best opening: asked for once, painted when it comes.
  if (recipient.slug || recipient.memberId) {
    request('person.threads', { person: { slug: recipient.slug, memberId: recipient.memberId } })
      .then(({ threads }) => {
        if (signal.aborted || dismissed || !threads.length) return;
        seenIn = threads;
        paint();
      })
      .catch((error: unknown) => console.debug('[Vínculo] person.threads failed', error));
  }
  if (dialog.sendWithoutNoteButton) {
    onClickOf(dialog.sendWithoutNoteButton, () => recordInvitation(dialog, recipient, ''), signal);
  }
}

/** What the protocol takes of a text the page shows (RecipientInput's limits): LinkedIn's own are lower. */
const clip = (text: string | undefined, max: number) => text?.slice(0, max);

function adviseNote(dialog: InviteDialog, signal: AbortSignal): void {
  const field = dialog.noteField;
  if (!field) return;
  const { recipient, profile } = invitee(dialog);
  const ui = createShadowHost(field, css, 'afterend');
  signal.addEventListener('abort', () => ui.remove(), { once: true });
  const note = () => (field as HTMLTextAreaElement).value ?? '';
  const dark = showsDarkTheme(document);
  const about = { name: clip(recipient.name, 300), headline: clip(profile?.headline, 1000), company: clip(profile?.company, 300) };
  /** The worker's judgement of the note as last asked about. */
  let advice: JudgementOutput | undefined;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const paint = () =>
    render(
      <NoteAdvice
        judgement={note().trim() ? advice : undefined}
        length={note().length}
        maxLength={dialog.maxLength}
        remaining={dialog.remainingPersonalized}
        dark={dark}
      />,
      ui.root,
    );
  const judgeNote = async () => {
    const mine = ++asked;
    const text = note().slice(0, MAX_NOTE_LENGTH);
    if (text.trim()) {
      // Advice only (nothing is held here): when the worker cannot answer, the note simply gets none.
      const reply = await request('invite.judge', { invitee: about, note: text }).catch((error: unknown) => {
        console.debug('[Vínculo] invite.judge failed', error);
        return undefined;
      });
      // A slower answer about an older text must not replace a newer one.
      if (mine !== asked || signal.aborted) return;
      advice = reply?.judgement;
    }
    paint();
  };
  field.addEventListener(
    'input',
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => void judgeNote(), JUDGE_DELAY_MS);
    },
    { signal },
  );
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  void judgeNote();
  if (dialog.sendButton) onClickOf(dialog.sendButton, () => recordInvitation(dialog, recipient, note()), signal);
}
