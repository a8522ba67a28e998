/** Placeholder: being built (issue #5). */
export function FollowUpsView() {
  return null;
}
