/** Short, code-looking and deterministic, like Stamps' "7LXJ7"; distinct ids give distinct codes. */
export function referralCode(membershipId: number): string {
  return (membershipId * 7919 + 104729).toString(36).toUpperCase();
}
