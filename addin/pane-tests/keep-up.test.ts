// The pane keeps up with a draft whose body changes, which Outlook announces to no one: it reads
// the draft while visible, one read at a time, and judges it again only when it changed.

import { afterEach, describe, expect, it, vi } from "vitest";
import { createApi } from "../src/api/client";
import { PaneController, type PaneVisibility } from "../src/taskpane/controller";
import { KEEP_UP_MS, keepUp } from "../src/taskpane/keep-up";
import { fakeServer, outlookMock, person, type OutlookState } from "./outlook-mock";

const INTRO_BODY =
  "Hi Juan and Sue,\n\nI'd like to introduce you two. Juan runs the data platform team at Contoso, and Sue is an expert in fraud models. You are both deep into real-time fraud detection.\n\nJuan, meet Sue. Sue, meet Juan.\n\nBest,\nAlex";
/** To and Cc typed first, as people write: no subject or body yet. */
const RECIPIENTS_FIRST: Partial<OutlookState> = {
  to: [person("Juan Perez", "juan@example.com")],
  cc: [person("Sue Lee", "sue@example.org")],
};

/** A page whose visibility the test sets. */
function page(visible = true) {
  const listeners = new Set<() => void>();
  const visibility: PaneVisibility = {
    visible: () => visible,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    visibility,
    listeners,
    set(value: boolean) {
      visible = value;
      for (const listener of listeners) listener();
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("keepUp", () => {
  it("reads on every interval while visible, none while hidden, and at once when shown again", async () => {
    vi.useFakeTimers();
    const view = page();
    const read = vi.fn(async () => undefined);
    const stop = keepUp(read, view.visibility, 500);
    await vi.advanceTimersByTimeAsync(1500);
    expect(read).toHaveBeenCalledTimes(3);

    view.set(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(read).toHaveBeenCalledTimes(3);

    view.set(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(read).toHaveBeenCalledTimes(4);
    await vi.advanceTimersByTimeAsync(500);
    expect(read).toHaveBeenCalledTimes(5);

    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(read).toHaveBeenCalledTimes(5);
    expect(view.listeners.size).toBe(0);
  });

  it("never starts a read while the last one is still running", async () => {
    vi.useFakeTimers();
    const view = page();
    let running = 0;
    let most = 0;
    const read = vi.fn(async () => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 1800));
      running--;
    });
    keepUp(read, view.visibility, 500);
    await vi.advanceTimersByTimeAsync(600);
    // Shown again during the slow read: still one read at a time.
    view.set(false);
    view.set(true);
    await vi.advanceTimersByTimeAsync(6000);
    expect(most).toBe(1);
    // Each read takes 1.8 s, and the next starts 0.5 s after it ended.
    expect(read).toHaveBeenCalledTimes(3);
  });

  it("keeps going after a read that failed", async () => {
    vi.useFakeTimers();
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const read = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error("The item is not available."))
      .mockResolvedValue(undefined);
    keepUp(read, page().visibility, 500);
    await vi.advanceTimersByTimeAsync(1000);
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe("the pane keeping up with the draft", () => {
  async function openPane(outlook: Partial<OutlookState>) {
    const mock = outlookMock(outlook);
    const server = fakeServer(() => ({ json: [] }));
    const pane = new PaneController(mock.host, createApi({ fetch: server.fetch }));
    await pane.start();
    vi.useFakeTimers();
    const view = page();
    const stop = pane.keepUp(view.visibility);
    return { mock, pane, view, stop };
  }

  it("shows the intro verdict within a second of the body being written, with no click", async () => {
    const { mock, pane } = await openPane(RECIPIENTS_FIRST);
    expect(pane.current.draft.kind).toBe("quiet");
    mock.state.subject = "Intro: Juan <> Sue";
    mock.state.body = INTRO_BODY;
    await vi.advanceTimersByTimeAsync(1000);
    expect(pane.current.draft).toMatchObject({
      kind: "offer",
      verdict: { parties: [{ address: "juan@example.com" }, { address: "sue@example.org" }] },
    });
    expect(KEEP_UP_MS).toBeLessThan(1000);
  });

  it("redraws nothing while the draft stays the same", async () => {
    const { mock, pane } = await openPane({ ...RECIPIENTS_FIRST, body: INTRO_BODY });
    const seen = vi.fn();
    pane.subscribe(seen);
    const before = mock.state.coercions.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(mock.state.coercions.length - before).toBeGreaterThanOrEqual(8);
    expect(seen).not.toHaveBeenCalled();
  });

  it("stops reading while the pane is hidden and catches up when it is shown", async () => {
    const { mock, pane, view } = await openPane(RECIPIENTS_FIRST);
    view.set(false);
    const before = mock.state.coercions.length;
    mock.state.body = INTRO_BODY;
    await vi.advanceTimersByTimeAsync(5000);
    expect(mock.state.coercions.length).toBe(before);
    expect(pane.current.draft.kind).toBe("quiet");
    view.set(true);
    await vi.advanceTimersByTimeAsync(100);
    expect(pane.current.draft.kind).toBe("offer");
  });

  it("leaves the convert view alone while the connector edits it", async () => {
    const { mock, pane } = await openPane({ ...RECIPIENTS_FIRST, body: INTRO_BODY });
    pane.startConvert();
    const before = mock.state.coercions.length;
    mock.state.body = "Hi both, can we move Thursday's review to 3pm?";
    await vi.advanceTimersByTimeAsync(3000);
    expect(pane.current.draft.kind).toBe("convert");
    expect(mock.state.coercions.length).toBe(before);
  });

  it("recovers from a draft it could not read once the draft reads again", async () => {
    const { mock, pane } = await openPane({ ...RECIPIENTS_FIRST, body: INTRO_BODY });
    mock.state.failReads = "The item is not available.";
    const checked = pane.checkDraft();
    await vi.advanceTimersByTimeAsync(10);
    await checked;
    expect(pane.current.draft.kind).toBe("unreadable");
    mock.state.failReads = null;
    await vi.advanceTimersByTimeAsync(1000);
    expect(pane.current.draft.kind).toBe("offer");
  });
});
