/**
 * Moving along a tour. The overview (`undefined`) stands before the first step; moving on
 * from the last step stays there, and moving back from the first returns to the overview.
 * A step that is not in the tour (a stale link) counts as the overview.
 *
 * @example
 * nextStep(['a', 'b'], undefined) // 'a'
 * previousStep(['a', 'b'], 'a')   // undefined (the overview)
 */
export function nextStep(order: readonly string[], step: string | undefined): string | undefined {
  const at = step === undefined ? -1 : order.indexOf(step);
  return order[Math.min(at + 1, order.length - 1)];
}

/** The step before `step`: the overview before the first. See {@link nextStep}. */
export function previousStep(
  order: readonly string[],
  step: string | undefined,
): string | undefined {
  const at = step === undefined ? -1 : order.indexOf(step);
  return at <= 0 ? undefined : order[at - 1];
}

/** "3 / 21" for the third of 21 steps, "Overview · 21 steps" before the first. */
export function stepCounter(order: readonly string[], step: string | undefined): string {
  const at = step === undefined ? -1 : order.indexOf(step);
  if (at < 0) return `Overview · ${order.length} ${order.length === 1 ? 'step' : 'steps'}`;
  return `${at + 1} / ${order.length}`;
}
