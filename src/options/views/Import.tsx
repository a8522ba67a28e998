/** Placeholder: being built (issue #5). */
export function ImportView() {
  return null;
}
