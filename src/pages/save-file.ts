/** Hands `parts` to the browser as a file download: an object URL and <a download>, nothing leaves the machine. */
export function saveFile(name: string, parts: BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own reference by the time the click returns; a delay is a margin, not a need.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
