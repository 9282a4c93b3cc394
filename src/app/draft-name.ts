/** The name a draft is listed under: the one the user gave it (blank names aside), else its title. */
export function shownName(d: { name?: string | null; title: string }): string {
  return d.name?.trim() || d.title
}
