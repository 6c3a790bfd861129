/** An article's time: `seconds` in all, up to `deadline` (a `performance.now()` time). */
export interface Budget {
  readonly seconds: number;
  readonly deadline: number;
}

/** Thrown inside a stage when an article has used up its time: the article is given up, not
 * the build. */
export class OverBudget extends Error {
  constructor(readonly seconds: number) {
    super(`stopped after ${seconds} s, the time each article is given`);
  }
}

/** A budget of `seconds` from now. */
export function startBudget(seconds: number): Budget {
  return { seconds, deadline: performance.now() + seconds * 1000 };
}

/** Throws `OverBudget` once the budget is spent. */
export function checkBudget(budget: Budget | undefined): void {
  if (budget && performance.now() > budget.deadline) throw new OverBudget(budget.seconds);
}
