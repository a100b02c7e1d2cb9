// To and Cc as typed in the sandbox's compose window: `Name <address>; Name <address>`, a bare
// address, or commas. Like Outlook, only entries with a valid address resolve.

import type { RecipientLike } from "../office/mailbox";

const ADDRESS = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:".]{2,}$/;

export interface ParsedRecipients {
  resolved: RecipientLike[];
  unresolved: string[];
}

export function parseRecipients(text: string): ParsedRecipients {
  const resolved: RecipientLike[] = [];
  const unresolved: string[] = [];
  // Commas inside a quoted display name ("Lee, Sue" <sue@x.org>) do not separate entries.
  const entries = text.match(/(?:"[^"]*"|[^;,])+/g) ?? [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const angled = /^(.*?)<\s*([^<>\s]+)\s*>$/.exec(entry);
    const name = (angled ? (angled[1] ?? "") : "")
      .trim()
      .replace(/^"(.*)"$/, "$1")
      .trim();
    const address = (angled ? (angled[2] ?? "") : entry).trim();
    if (!ADDRESS.test(address)) {
      unresolved.push(entry);
      continue;
    }
    // Outlook shows the address as the display name when there is none.
    resolved.push({ displayName: name || address, emailAddress: address });
  }
  return { resolved, unresolved };
}
