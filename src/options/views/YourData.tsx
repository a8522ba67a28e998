/** Placeholder: being built (issue #5). */
export function YourDataView() {
  return null;
}
