// Outlook tells an open pane when recipients change (RecipientsChanged, Mailbox 1.7) but raises no
// event for edits to the body or the subject (https://learn.microsoft.com/javascript/api/office/office.eventtype),
// so while the pane can be seen it reads the draft itself, one read at a time.

/** Often enough that the verdict follows a change within a second, including the read itself. */
export const KEEP_UP_MS = 500;

/** Whether the pane can be seen, and when that changes (the page's visibilityState). */
export interface PaneVisibility {
  visible(): boolean;
  /** Calls the listener on every change; returns what stops listening. */
  onChange(listener: () => void): () => void;
}

/**
 * Runs `read` every `everyMs` while the pane is visible, at once when it is shown again, never
 * while the last read is still running. Returns what stops it.
 */
export function keepUp(
  read: () => Promise<void>,
  visibility: PaneVisibility,
  everyMs = KEEP_UP_MS
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let reading = false;
  let stopped = false;

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = () => {
    cancel();
    if (!stopped && !reading && visibility.visible()) timer = setTimeout(tick, everyMs);
  };
  function tick(): void {
    timer = undefined;
    if (stopped || reading || !visibility.visible()) return;
    reading = true;
    const done = () => {
      reading = false;
      schedule();
    };
    read().then(done, (e: unknown) => {
      console.warn("Reading the draft failed; trying again shortly", e);
      done();
    });
  }

  const unlisten = visibility.onChange(() => {
    if (!visibility.visible()) cancel();
    else if (timer === undefined) tick();
  });
  schedule();
  return () => {
    stopped = true;
    cancel();
    unlisten();
  };
}
