// The sandbox's `Office` global, loaded by the task pane's frame instead of Microsoft's office.js
// (this machine is offline, and the sandbox needs no Microsoft 365). It implements exactly what the
// adapter (src/office/mailbox.ts) uses, over the compose page's mailbox, so the pane code that runs
// here is the code that runs in Outlook.

import type { OfficeApi } from "../office/mailbox";
import { ENUMS, type SandboxOutlook } from "./compose-item";

declare global {
  interface Window {
    sandboxOutlook?: SandboxOutlook;
  }
}

type Ready = { host: string; platform: string };

function versionAtMost(version: string | undefined, max: string): boolean {
  const parse = (v: string) => v.split(".").map((n) => Number(n) || 0);
  const [a1 = 0, a2 = 0] = parse(version ?? "1.1");
  const [b1 = 0, b2 = 0] = parse(max);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

const outlook = window.parent !== window ? window.parent.sandboxOutlook : undefined;

if (!outlook) {
  document.addEventListener("DOMContentLoaded", () => {
    document.body.textContent = "This is the task pane of the sandbox; open /sandbox to use it.";
  });
} else {
  // A (re)loaded pane starts with no handlers, as in Outlook.
  outlook.mailbox.detachPane();
  const office: OfficeApi & { onReady(callback?: (info: Ready) => void): Promise<Ready> } = {
    ...ENUMS,
    context: {
      mailbox: outlook.mailbox,
      requirements: {
        isSetSupported: (name, minVersion) => name.toLowerCase() === "mailbox" && versionAtMost(minVersion, outlook.mailboxVersion),
      },
      // No Office theme: the pane follows prefers-color-scheme.
      officeTheme: undefined,
    },
    onReady(callback) {
      return new Promise<Ready>((resolve) => {
        const ready = () => {
          const info = { host: "Outlook", platform: "OfficeOnline" };
          callback?.(info);
          resolve(info);
        };
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready, { once: true });
        else setTimeout(ready, 0);
      });
    },
  };
  (window as unknown as { Office: typeof office }).Office = office;
}
