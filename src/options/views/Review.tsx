/** Placeholder: being built (issue #5). */
export function ReviewView() {
  return null;
}
