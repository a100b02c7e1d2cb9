// How events.js gets MSAL on a page: events-auth.js from the add-in's origin, loaded once and only
// when asked for, a failed load reported as "offline" (nothing for the connector to do) and tried
// again by the next event.

import { beforeEach, describe, expect, it, vi } from "vitest";

const ORIGIN = "https://intros.contoso.com";

function page() {
  const scripts: Array<{ src: string; onload?: () => void; onerror?: () => void }> = [];
  return {
    scripts,
    createElement: () => {
      const script = {} as (typeof scripts)[number];
      return script as unknown as HTMLScriptElement;
    },
    head: {
      appendChild: (node: HTMLScriptElement) =>
        scripts.push(node as unknown as (typeof scripts)[number]),
    },
  };
}

describe("the sign-in script of the event handlers", () => {
  let loader: typeof import("../src/events/auth-script");
  beforeEach(async () => {
    vi.resetModules();
    loader = await import("../src/events/auth-script");
  });

  it("is loaded once from the add-in's origin, when first asked for", async () => {
    const p = page();
    const broker = vi.fn();
    const global: Record<string, unknown> = {};
    const first = loader.loadNaaBroker(ORIGIN, p, global);
    const second = loader.loadNaaBroker(ORIGIN, p, global);
    expect(p.scripts.map((s) => s.src)).toEqual([`${ORIGIN}/events-auth.js`]);
    global[loader.AUTH_GLOBAL] = broker;
    p.scripts[0]?.onload?.();
    expect(await first).toBe(broker);
    expect(await second).toBe(broker);
  });

  it("reports a failed load as offline, and tries again next time", async () => {
    const p = page();
    const global: Record<string, unknown> = {};
    const failed = loader.loadNaaBroker(ORIGIN, p, global);
    p.scripts[0]?.onerror?.();
    await expect(failed).rejects.toMatchObject({ name: "SignInError", kind: "offline" });

    const again = loader.loadNaaBroker(ORIGIN, p, global);
    expect(p.scripts).toHaveLength(2);
    // Loaded, but left nothing behind: not MSAL after all.
    p.scripts[1]?.onload?.();
    await expect(again).rejects.toMatchObject({ kind: "offline" });
  });
});
