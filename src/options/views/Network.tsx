/** Placeholder: being built (issue #5). */
export function NetworkView() {
  return null;
}
