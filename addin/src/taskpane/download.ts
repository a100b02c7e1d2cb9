// Saves a file the pane fetched: the browser's own download, through an object URL and a link
// with `download`, so the file never passes through Office.js or the page's markup.

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
