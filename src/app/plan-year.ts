/** The year a speech drafted today would plan: from September on, next year's. */
export function defaultPlanYear(now = new Date()): number {
  return now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear()
}
