// The sandbox's `Office`: Office.js's enum values as they are at run time, and the global over the
// compose page's mailbox that the pane's frame (office-standin.ts) and the page's event handlers use.

import type { OfficeApi } from "../office/mailbox";
import type { SandboxMailbox } from "./compose-item";

/** Office.js's enum values as they are at run time. */
export const ENUMS = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: {
    RecipientsChanged: "olkRecipientsChanged",
    ItemChanged: "olkItemSelectedChanged",
    InitializationContextChanged: "olkInitializationContextChanged",
  },
  CoercionType: { Text: "text", Html: "html" },
  MailboxEnums: {
    ItemNotificationMessageType: {
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    ActionType: { ShowTaskPane: "showTaskPane" },
    RestVersion: { v1_0: "v1.0", v2_0: "v2.0", Beta: "beta" },
  },
} as const;

/** What the compose page puts on its window for the task pane's frame. */
export interface SandboxOutlook {
  mailbox: SandboxMailbox;
  /** The highest Mailbox requirement set the stand-in implements. */
  mailboxVersion: string;
  /**
   * Plays Outlook on Mac (and classic Outlook on Windows): OpenBrowserWindowApi 1.1, whose
   * openBrowserWindow hands a URL to the user's browser, here a new window of this one.
   */
  browserWindow?: boolean;
}

function versionAtMost(version: string | undefined, max: string): boolean {
  const parse = (v: string) => v.split(".").map((n) => Number(n) || 0);
  const [a1 = 0, a2 = 0] = parse(version ?? "1.1");
  const [b1 = 0, b2 = 0] = parse(max);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

/** The `Office` global over the sandbox's mailbox: the pane's frame and the page's event handlers use it. */
export function sandboxOffice(outlook: SandboxOutlook): OfficeApi {
  return {
    ...ENUMS,
    context: {
      mailbox: outlook.mailbox,
      requirements: {
        isSetSupported: (name, minVersion) =>
          (name.toLowerCase() === "mailbox" && versionAtMost(minVersion, outlook.mailboxVersion)) ||
          (name.toLowerCase() === "openbrowserwindowapi" &&
            outlook.browserWindow === true &&
            versionAtMost(minVersion, "1.1")),
      },
      ui: { openBrowserWindow: (url) => void window.open(url, "_blank", "noopener") },
      // No Office theme: the pane follows prefers-color-scheme.
      officeTheme: undefined,
    },
  };
}
