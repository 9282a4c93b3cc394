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

export { defaultPlanYear } from './plan-year'
