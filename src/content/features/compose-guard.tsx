import { render } from 'preact';
import type { JudgementOutput } from '../../core/analysis/schema';
import { draftText, findComposeBoxes, type ComposeBox } from '../../linkedin/read/composer';
import { showsDarkTheme } from '../../linkedin/read/people';
import { request, tell } from '../../messages/client';
import { MAX_DRAFT_LENGTH } from '../../messages/wire';
import { Guard } from '../../ui/guard/GuardPanel';
import css from '../../ui/guard/guard.css?inline';
import type { Feature } from '../feature-manager';
import { createShadowHost } from '../shadow-host';
import { SCAN_INTERVAL_MS, throttle } from '../throttle';

/** Milliseconds after the last keystroke before the draft is judged: typing itself costs nothing. */
export const JUDGE_DELAY_MS = 300;

/**
 * How long a send made before the worker's verdict arrived waits for it. The worker answers within milliseconds,
 * even woken from sleep; past this the message goes unjudged: a guard that cannot judge must never keep the
 * user's own message from leaving.
 */
export const SEND_VERDICT_TIMEOUT_MS = 1500;

/** After a send: LinkedIn empties the editor within a few frames once the message is on its way. */
const SENT_CHECK_DELAY_MS = 400;

type Judgement = JudgementOutput;
type GuardedBox = ComposeBox & { editor: Element; sendButton: HTMLElement };

/** A verdict of the worker and exactly what it is about: it decides a send only for that text to that person. */
interface Verdict {
  text: string;
  recipientKey: string;
  judgement: Judgement;
  hold: boolean;
}

/** The verdict holds a send: the draft looks risky and the user keeps the hold on. */
const wouldHold = (verdict: Verdict) => verdict.hold && verdict.judgement.level !== 'ok';

/** `promise`, or a rejection once `ms` have passed without its answer. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Stops a send before any of LinkedIn's handlers sees it; the draft stays exactly as typed. */
function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/**
 * F6: a calm indicator beside LinkedIn's Send while the user types, and at send time (Send click, Enter when
 * LinkedIn sends on Enter, Ctrl/Cmd+Enter) a risky draft is held once with the reasons. The draft is never
 * changed by us. "Send anyway" passes the user's own send on to LinkedIn's button; every message that goes
 * becomes an interaction on the recipient's timeline (with its fingerprint, for the mass-message check).
 * The judging itself runs in the background worker (guard.context): the lexicons would not fit the content
 * script's size budget, and the worker has the history the judgement needs anyway.
 */
export const composeGuard: Feature = {
  id: 'compose-guard',
  inFrames: true,
  // The messaging overlay opens on any LinkedIn page.
  runsOn: () => true,
  init({ signal, observer }) {
    /** Each guarded form, with the controls it was guarded with and what ends its guard. */
    const guarded = new Map<Element, { editor: Element | null; sendButton: Element | null; stop: AbortController }>();
    signal.addEventListener('abort', () => guarded.forEach((g) => g.stop.abort()), { once: true });
    const scan = () => {
      // Forms LinkedIn removed (a closed bubble) or whose controls it replaced: their guard ends, listeners and all.
      for (const [form, g] of guarded) {
        if (!form.isConnected || (g.editor && !g.editor.isConnected) || (g.sendButton && !g.sendButton.isConnected)) {
          g.stop.abort();
          guarded.delete(form);
        }
      }
      for (const box of findComposeBoxes(document)) {
        if (guarded.has(box.form)) continue;
        const stop = new AbortController();
        guarded.set(box.form, { editor: box.editor, sendButton: box.sendButton, stop });
        reportHealth(box, location.href);
        if (box.editor && box.sendButton) guard(box as GuardedBox, AbortSignal.any([signal, stop.signal]));
      }
    };
    observer.onBatch(throttle(scan, SCAN_INTERVAL_MS, signal), signal);
    scan();
  },
};

const PANEL_WIDTH = 340;
const MARGIN = 8;

/**
 * Above Send, its right edge at Send's right where the window allows (the overlay sits at the screen's right).
 * When Send is not rendered (LinkedIn hides it when Enter sends), above the editor instead.
 */
function panelPosition(sendButton: Element, editor: Element): { left: number; bottom: number } {
  let r = sendButton.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) r = editor.getBoundingClientRect();
  const left = Math.min(Math.max(MARGIN, r.right - PANEL_WIDTH), window.innerWidth - PANEL_WIDTH - MARGIN);
  return { left: Math.max(MARGIN, left), bottom: Math.min(Math.max(MARGIN, window.innerHeight - r.top + MARGIN), window.innerHeight / 2) };
}

/** One health run per compose box found: a Send or editor the reader no longer finds shows up in the options page. */
function reportHealth(box: ComposeBox, url: string): void {
  const parts = ['editor', 'sendButton', 'recipient'] as const;
  const missing = parts.filter((p) => box.missing.includes(p));
  tell('reader.ran', { reader: 'composer', pageKind: `composer-${box.kind}`, url, found: parts.filter((p) => !missing.includes(p)), missing: [...missing] });
}

function guard(box: GuardedBox, signal: AbortSignal): void {
  const { editor, sendButton } = box;
  const ui = createShadowHost(sendButton, css, 'beforebegin');

  /** The worker's newest verdict: what the indicator shows, and what a send decides on when it is for that draft. */
  let latest: Verdict | undefined;
  /** What the indicator and panel show, and the text it is about (the panel highlights in that text). */
  let judgement: Judgement | undefined;
  let text = '';
  let open = false;
  let held = false;
  /** The draft last held: once the user has seen why, the same text goes through ("held once"). */
  let released: string | undefined;
  /** The draft last recorded as sent: one draft joins the timeline once, whichever way it was sent. */
  let recorded: string | undefined;
  /** A draft whose send was stopped to wait for the worker's verdict: one answer passes on one send. */
  let awaiting: string | undefined;
  let requests = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener(
    'abort',
    () => {
      clearTimeout(timer);
      ui.remove();
    },
    { once: true },
  );

  /** This form as the page shows it now: the full-page thread keeps its form when the conversation changes. */
  const current = () => findComposeBoxes(document).find((b) => b.form === box.form) ?? box;
  const keyOf = (r: ComposeBox['recipient']) => (r ? `${r.slug ?? ''}|${r.memberId ?? ''}|${r.name ?? ''}` : 'group');
  /** The draft as the worker judges it (the protocol takes at most MAX_DRAFT_LENGTH characters). */
  const judged = (draft: string) => draft.slice(0, MAX_DRAFT_LENGTH);

  const paint = () =>
    render(
      <Guard
        judgement={judgement}
        text={text}
        open={open}
        held={held ? { onEdit: edit, onSendAnyway: sendAnyway } : undefined}
        dark={showsDarkTheme(document)}
        onToggle={() => ((open = !open), paint())}
        onClose={() => ((open = false), paint())}
        position={() => panelPosition(sendButton, editor)}
      />,
      ui.root,
    );

  /**
   * Asks the worker for its verdict on `draft` to `recipient` (history, settings and judgement in one answer).
   * The newest answer becomes the latest verdict and is shown, unless a held panel is open (the user is reading
   * it); a slower, older answer only answers whoever asked.
   */
  const ask = async (draft: string, recipient: ComposeBox['recipient']): Promise<Verdict> => {
    const mine = ++requests;
    let reply;
    try {
      reply = await request('guard.context', { recipient, text: draft });
    } catch (error) {
      // Nothing is known about this draft: a mark left from an earlier text would speak for the wrong one.
      if (mine === requests && !signal.aborted && !held) {
        latest = undefined;
        judgement = undefined;
        paint();
      }
      throw error;
    }
    const verdict: Verdict = { text: draft, recipientKey: keyOf(recipient), judgement: reply.judgement, hold: reply.guard.hold };
    if (mine === requests && !signal.aborted) {
      latest = verdict;
      if (!held) {
        text = draft;
        judgement = verdict.judgement;
        paint();
      }
    }
    return verdict;
  };

  const evaluate = async (): Promise<void> => {
    await ask(judged(draftText(editor)), current().recipient).catch((error: unknown) => console.debug('[Vínculo] guard.context failed', error));
  };

  const edit = () => {
    held = false;
    open = false;
    paint();
    (editor as HTMLElement).focus();
  };

  const sendAnyway = () => {
    held = false;
    open = false;
    paint();
    // The user asked for this send by clicking "Send anyway": hand it on to LinkedIn's own button, once.
    sendButton.click();
    // The panel and its button are gone: the focus goes back to the conversation, as after any send.
    (editor as HTMLElement).focus();
  };

  const onInput = () => {
    const draft = draftText(editor);
    if (draft !== released) released = undefined;
    if (draft !== recorded) recorded = undefined;
    clearTimeout(timer);
    timer = setTimeout(() => void evaluate(), JUDGE_DELAY_MS);
  };
  editor.addEventListener('input', onInput, { signal });
  // A pasted or dropped text is judged at once: Send may follow immediately.
  editor.addEventListener('paste', () => setTimeout(() => void evaluate()), { signal });
  editor.addEventListener('drop', () => setTimeout(() => void evaluate()), { signal });

  /** Holds the send with the reasons, once: the same text, sent again, goes ("held once"). */
  const hold = (draft: string, verdict: Judgement) => {
    text = draft;
    judgement = verdict;
    released = draft;
    held = true;
    open = true;
    paint();
  };

  /**
   * The user's own send, stopped while we asked the worker, handed on to LinkedIn's Send as "Send anyway" does:
   * marked released so that our listener lets it through (and records it, once), as a send the user made.
   */
  const passOn = (draft: string) => {
    released = draft;
    sendButton.click();
  };

  /**
   * A send that may have gone: recorded once the editor no longer holds the draft (LinkedIn empties it when the
   * message leaves; the user may already be typing the next one), so only a real send counts. An Enter that
   * only started a new line leaves the draft in place, with the new line after it.
   */
  const recordIfSent = (draft: string, recipient: ComposeBox['recipient']) => {
    setTimeout(() => {
      if (!draft.trim() || draftText(editor).startsWith(draft.trim()) || recorded === draft) return;
      recorded = draft;
      tell('message.sent', { recipient, text: draft.slice(0, MAX_DRAFT_LENGTH) });
    }, SENT_CHECK_DELAY_MS);
  };

  /**
   * A send stopped because the verdict was not in yet: ask at once, then hold it or pass it on. Why not let it
   * go: the sends made right after typing (within JUDGE_DELAY_MS, or before the worker answered) are exactly the
   * least considered ones, and the guard would miss every one of them.
   */
  const decideThenSend = async (draft: string, recipient: ComposeBox['recipient']) => {
    let verdict: Verdict | undefined;
    try {
      verdict = await within(ask(judged(draft), recipient), SEND_VERDICT_TIMEOUT_MS);
    } catch (error) {
      // Fail open: no verdict (the worker failed or is too slow) must never trap the user's message.
      console.debug('[Vínculo] no verdict at send time; the message goes unjudged', error);
    }
    // Another answer already handled this send (the same draft sent twice, a later send of another draft).
    if (awaiting !== draft || signal.aborted) return;
    awaiting = undefined;
    // The user sent this text to this person: if they have changed either since, that send is void and the draft
    // waits in the editor, as typed, for their next Send; passing it on would send what they did not confirm.
    if (draftText(editor) !== draft || keyOf(current().recipient) !== keyOf(recipient)) return;
    if (verdict && wouldHold(verdict)) hold(draft, verdict.judgement);
    else passOn(draft);
  };

  /**
   * Decides at send time. The verdict comes from the worker, so the latest one may be for another text or
   * another person (or not in yet): it decides on the spot only when it is for exactly this draft to this
   * recipient. Otherwise the send is stopped and decideThenSend carries it on.
   */
  const onSend = (event: Event) => {
    const draft = draftText(editor);
    const recipient = current().recipient;
    if (!draft.trim() || released === draft) return recordIfSent(draft, recipient);
    if (latest && latest.text === judged(draft) && latest.recipientKey === keyOf(recipient)) {
      if (!wouldHold(latest)) return recordIfSent(draft, recipient);
      stop(event);
      return hold(draft, latest.judgement);
    }
    stop(event);
    // A second Send while the first waits for its verdict (a double click, Enter pressed twice) is the same send.
    if (awaiting === draft) return;
    awaiting = draft;
    // Asked now, for this very draft: the judging the last keystroke scheduled would only repeat the question.
    clearTimeout(timer);
    void decideThenSend(draft, recipient);
  };

  // On the window in the capture phase: the very first listener of all, so we decide before any of LinkedIn's
  // handlers (Ember delegates at its root, React listens at its container in both phases) can send.
  window.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Node && sendButton.contains(event.target)) onSend(event);
    },
    { capture: true, signal },
  );
  window.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.isComposing || !(e.target instanceof Node) || !editor.contains(e.target)) return;
      // Whether Enter sends is read now: the send options may have been opened since the form was found.
      const enterToSend = current().enterToSend;
      if (e.ctrlKey || e.metaKey || enterToSend === true) return onSend(e);
      // The page does not say whether Enter sends: never hold a key that may only start a new line, but if the
      // draft is gone a moment later, it was sent.
      if (enterToSend === undefined) recordIfSent(draftText(editor), current().recipient);
    },
    { capture: true, signal },
  );
  void evaluate();
}
