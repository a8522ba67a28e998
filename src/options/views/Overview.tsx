/** Placeholder: being built (issue #5). */
export function OverviewView() {
  return null;
}
