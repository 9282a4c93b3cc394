/**
 * The templates bundled with the app (templates/*.txt at the project's top level).
 * To add one, drop the file in templates/ and list it here.
 */
import { parseTemplate, type Template } from '../core/template'
import hrss from '../../templates/hrss-annual.txt?raw'
import generic from '../../templates/generic-annual.txt?raw'

const SOURCES: [id: string, source: string][] = [
  ['hrss-annual', hrss],
  ['generic-annual', generic],
]

export function bundledTemplates(): Template[] {
  return SOURCES.map(([id, source]) => parseTemplate(source, id, `${id}.txt`))
}

/** The year a speech drafted today would plan: from September on, next year's. */
export function defaultPlanYear(now = new Date()): number {
  return now.getMonth() >= 8 ? now.getFullYear() + 1 : now.getFullYear()
}
