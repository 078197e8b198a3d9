/**
 * A goal marked achieved, and a setback noted since: a later lapse can contradict "Achieved" (a
 * goal of staying sober), and the plan never hides that. Said as a fact, never as a failure:
 * "marked achieved on 4 Dec 2025; a lapse on 12 Nov 2026 since".
 */
export interface GoalAchievement {
  goalId: string;
  /** The day the goal was marked achieved (its milestone's date). */
  achievedOn: string;
  /** The latest setback day after that, or null when there has been none since. */
  setbackSince: string | null;
}

/**
 * For each goal marked achieved: when (the date of the milestone marking it made), and the latest
 * setback after that day. `setbackDays` are the days a lapse (or flare-up…) was noted.
 */
export function goalAchievements(
  goals: readonly { id: string; status: string }[],
  milestones: readonly { goalId: string | null; date: string }[],
  setbackDays: readonly string[],
): GoalAchievement[] {
  return goals.flatMap((goal) => {
    if (goal.status !== 'achieved') return [];
    const achievedOn = milestones
      .filter((milestone) => milestone.goalId === goal.id)
      .map((milestone) => milestone.date)
      .sort()[0];
    if (!achievedOn) return [];
    const since = setbackDays.filter((day) => day > achievedOn).sort();
    return [{ goalId: goal.id, achievedOn, setbackSince: since.at(-1) ?? null }];
  });
}
