// The sandbox's `Office` global, loaded by the task pane's frame instead of Microsoft's office.js
// (this machine is offline, and the sandbox needs no Microsoft 365). It implements exactly what the
// adapter (src/office/mailbox.ts) uses, over the compose page's mailbox, so the pane code that runs
// here is the code that runs in Outlook.

import type { OfficeApi } from "../office/mailbox";
import { sandboxOffice, type SandboxOutlook } from "./sandbox-office";

declare global {
  interface Window {
    sandboxOutlook?: SandboxOutlook;
  }
}

type Ready = { host: string; platform: string };

const outlook = window.parent !== window ? window.parent.sandboxOutlook : undefined;

if (!outlook) {
  document.addEventListener("DOMContentLoaded", () => {
    document.body.textContent = "This is the task pane of the sandbox; open /sandbox to use it.";
  });
} else {
  // A (re)loaded pane starts with no handlers, as in Outlook.
  outlook.mailbox.detachPane();
  const office: OfficeApi & { onReady(callback?: (info: Ready) => void): Promise<Ready> } = {
    ...sandboxOffice(outlook),
    onReady(callback) {
      return new Promise<Ready>((resolve) => {
        const ready = () => {
          const info = { host: "Outlook", platform: "OfficeOnline" };
          callback?.(info);
          resolve(info);
        };
        if (document.readyState === "loading")
          document.addEventListener("DOMContentLoaded", ready, { once: true });
        else setTimeout(ready, 0);
      });
    },
  };
  (window as unknown as { Office: typeof office }).Office = office;
}
