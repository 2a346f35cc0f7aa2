/**
 * Hands `blob` to the browser as a download named `name`: a hidden link to a Blob URL,
 * clicked from `parent` (in the document or a shadow root, so every browser follows it),
 * then removed. The URL is revoked a second later: the download has started by then.
 */
export function saveFile(blob: Blob, name: string, parent: ParentNode = document.body): void {
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.hidden = true;
  parent.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  }
}
