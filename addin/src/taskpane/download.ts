// Hands the user a file the server makes (a consent record). Where the pane's webview saves files
// (Outlook on the web, new Outlook) it is the browser's own download, through an object URL and a
// link with `download`, so the file never passes through Office.js or the page's markup. Outlook on
// Mac and classic Outlook on Windows save nothing their webview makes; there the server gives a
// one-use link that Office opens in the user's browser, which carries no token.

import type { MailHost } from "../shared/host";

/** One file two ways: fetched with the token, or as a one-use link for the user's browser. */
export interface FileDownload {
  file: () => Promise<{ blob: Blob; fileName: string }>;
  link: () => Promise<{ url: string }>;
}

export type Deliver = (download: FileDownload) => Promise<void>;

/** The way this client takes files; with no host (or one that cannot open a browser), the download. */
export function delivery(
  host: Pick<MailHost, "canOpenBrowserWindow" | "openBrowserWindow"> | null,
  save: typeof saveFile = saveFile
): Deliver {
  return async ({ file, link }) => {
    if (host?.canOpenBrowserWindow()) {
      host.openBrowserWindow((await link()).url);
      return;
    }
    const { blob, fileName } = await file();
    save(blob, fileName);
  };
}

export function saveFile(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has handed the URL to the download already; a later revoke only keeps memory longer.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
