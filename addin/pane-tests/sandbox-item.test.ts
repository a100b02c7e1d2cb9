// The sandbox's stand-in compose item behaves as Outlook documents it: custom properties stay with
// the saved draft, session data lasts one compose session, both within their documented sizes, and
// a button pressed while the pane is open reaches it as InitializationContextChanged.

import { describe, expect, it } from "vitest";
import { officeMailHost, type CustomPropertiesLike } from "../src/office/mailbox";
import { SandboxMailbox, type ItemObserver } from "../src/sandbox/compose-item";
import { CUSTOM_PROPERTIES_LIMIT, SESSION_DATA_LIMIT } from "../src/sandbox/item-data";
import { sandboxOffice } from "../src/sandbox/sandbox-office";

const quiet: ItemObserver = {
  noticesChanged: () => undefined,
  recipientsChanged: () => undefined,
  closed: () => undefined,
};

function sandbox() {
  const mailbox = new SandboxMailbox(quiet, () => Promise.resolve(false));
  const host = officeMailHost(sandboxOffice({ mailbox, mailboxVersion: "1.15" }));
  return { mailbox, host };
}

describe("the sandbox's compose item", () => {
  it("keeps custom properties with a draft that is saved and reopened, and drops its session data", async () => {
    const { mailbox, host } = sandbox();
    mailbox.draft?.subject.setAsync("Intro: Juan <> Sue");
    await host.keepWithDraft("doubleOptIn", '{"introId":"i1"}');
    await host.remember("introVerdict", '{"isIntro":true}');

    expect(mailbox.reopenDraft()).not.toBeNull();
    await expect(host.recall("introVerdict")).resolves.toBeNull();
    await expect(host.recall("doubleOptIn")).resolves.toBeNull();
    await expect(host.keptWithDraft("doubleOptIn")).resolves.toBe('{"introId":"i1"}');
    await expect(host.readDraft()).resolves.toMatchObject({ subject: "Intro: Juan <> Sue" });
  });

  it("opens a message by the EWS form of its REST id, and not by an immutable id", async () => {
    const shown: string[] = [];
    const restId = "AQMkADZHJhZnRz-L0FBTWtBRzE_";
    const mailbox = new SandboxMailbox(quiet, (id) => {
      shown.push(id);
      return Promise.resolve(id === restId);
    });
    const host = officeMailHost(sandboxOffice({ mailbox, mailboxVersion: "1.15" }));

    expect(mailbox.convertToEwsId(restId)).toBe("AQMkADZHJhZnRz/L0FBTWtBRzE+");
    await host.openMessage(restId);
    await expect(host.openMessage("AAMkAG1")).rejects.toThrow("does not exist");
    expect(shown).toEqual([restId, "AAMkAG1"]);
  });

  it("keeps Outlook's notification limits: 32-character keys, 150-character messages, 5 at a time", async () => {
    const { mailbox } = sandbox();
    const item = mailbox.draft!;
    const replace = (key: string, message: string) =>
      new Promise<string>((resolve) =>
        item.notificationMessages.replaceAsync(
          key,
          { type: "informationalMessage", message, icon: "Icon.16x16", persistent: false },
          (r) => resolve(String(r.status))
        )
      );

    expect(await replace("k".repeat(33), "Hello")).toBe("failed");
    expect(await replace("k", "x".repeat(151))).toBe("failed");
    for (const key of ["a", "b", "c", "d", "e"])
      expect(await replace(key, "Hello")).toBe("succeeded");
    expect(await replace("f", "Hello")).toBe("failed");
    expect(await replace("a", "Replaced")).toBe("succeeded");
  });

  it("gives a new message none of the last draft's custom properties", async () => {
    const { mailbox, host } = sandbox();
    await host.keepWithDraft("doubleOptIn", '{"introId":"i1"}');
    mailbox.newItem();
    await expect(host.keptWithDraft("doubleOptIn")).resolves.toBeNull();
  });

  it("writes custom properties only on saveAsync, and refuses more than 2,500 characters", async () => {
    const { mailbox } = sandbox();
    const item = mailbox.draft!;
    const load = () =>
      new Promise<CustomPropertiesLike>((resolve) =>
        item.loadCustomPropertiesAsync((r) => resolve(r.value))
      );
    const save = (p: CustomPropertiesLike) =>
      new Promise<string>((resolve) => p.saveAsync((r) => resolve(String(r.status))));

    const first = await load();
    first.set("k", "v");
    expect((await load()).get("k")).toBeUndefined();
    expect(await save(first)).toBe("succeeded");
    expect((await load()).get("k")).toBe("v");

    const big = await load();
    big.set("big", "x".repeat(CUSTOM_PROPERTIES_LIMIT));
    expect(await save(big)).toBe("failed");
    expect((await load()).get("big")).toBeUndefined();
  });

  it("refuses session data past 50,000 characters for the add-in", async () => {
    const { mailbox } = sandbox();
    const item = mailbox.draft!;
    const set = (name: string, value: string) =>
      new Promise<string>((resolve) =>
        item.sessionData.setAsync(name, value, (r) => resolve(String(r.status)))
      );
    expect(await set("a", "x".repeat(SESSION_DATA_LIMIT - 100))).toBe("succeeded");
    expect(await set("b", "x".repeat(200))).toBe("failed");
    expect(await set("b", "x".repeat(50))).toBe("succeeded");
  });

  it("hands a button's context to the open pane, and tells the page to open one when none listens", async () => {
    const { mailbox, host } = sandbox();
    expect(mailbox.draft?.relaunch('{"source":"banner"}')).toBe(false);
    const heard: string[] = [];
    await host.onRelaunch((data) => heard.push(data));
    expect(mailbox.draft?.relaunch('{"source":"banner"}')).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual(['{"source":"banner"}']);
    // A reloaded pane leaves no listener behind.
    mailbox.detachPane();
    expect(mailbox.draft?.relaunch('{"source":"send"}')).toBe(false);
  });
});
