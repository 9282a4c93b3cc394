/**
 * Words said twice in one paragraph of a notice, agenda or script: what a field's text repeats
 * of the words around it (刚才，张强县长作了重要讲话，刚才，张强县长作了讲话，……), or a line
 * pasted twice. Read aloud by the chair, a doubled sentence is heard by the whole meeting.
 */
import { parseFieldLabel } from '../fields'
import type { ScannedBlock } from '../scan'
import { at, type MeetingFinding, type MeetingRule } from './kit'

/** A clause: the words between two of these marks. */
const CLAUSE_END = /[，,。；;！？!?：:]/
/**
 * A clause shorter than this said twice is not yet a repeat (电话：… 电话：…); the paragraph's
 * opening word (刚才， 同志们，) is.
 */
const MIN_CLAUSE = 4
/**
 * A clause this long that another one ends with says the same thing again (抓好贯彻落实。 after
 * 希望大家结合实际抓好贯彻落实。); lists that only share an ending (各乡镇分管水利工作的负责同志，
 * 县直有关部门分管水利工作的负责同志) do not.
 */
const MIN_TAIL = 6

interface Clause {
  text: string
  from: number
  /** The mark after it ('' at the paragraph's end). */
  mark: string
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = []
  let from = 0
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_END.test(text[i])) continue
    const raw = text.slice(from, i)
    const lead = raw.length - raw.trimStart().length
    const words = raw.trim()
    if (words) out.push({ text: words, from: from + lead, mark: text[i] ?? '' })
    from = i + 1
  }
  return out
}

/** What the clause at `i` repeats of the clauses before it in the paragraph, or null. */
function repeated(clauses: Clause[], i: number): string | null {
  const c = clauses[i]
  for (let j = 0; j < i; j++) {
    const d = clauses[j]
    const opening = j === 0 && /[，,]/.test(d.mark)
    if (c.text === d.text && (c.text.length >= MIN_CLAUSE || opening)) return c.text
    const [short, long] = c.text.length < d.text.length ? [c.text, d.text] : [d.text, c.text]
    if (short.length >= MIN_TAIL && long.endsWith(short)) return short
  }
  return null
}

/** The paragraph shows the chair's summary (a 议程N.小结 field). */
function hasSummary(b: ScannedBlock): boolean {
  let found = false
  b.node.descendants((n) => {
    if (n.type.name === 'slot' && n.attrs.role === 'field' && parseFieldLabel(n.attrs.label)?.name === '小结')
      found = true
    return !found
  })
  return found
}

/** A paragraph that says something twice, or says again what the paragraph before it said. */
export const repeatedWords: MeetingRule = {
  id: 'meeting-repeat',
  name: '重复的语句',
  severity: 'error',
  group: '会议',
  check(ctx) {
    const out: MeetingFinding[] = []
    for (const t of ctx.targets) {
      if (t.doc === 'speech') continue
      let previous: ScannedBlock | null = null
      for (const b of t.blocks) {
        const text = b.text.trim()
        if (previous && text.length >= MIN_CLAUSE && text === previous.text.trim()) {
          out.push({
            rule: this.id,
            severity: 'error',
            message: `这一段和上一段一字不差，请删去一段。`,
            ...at(t, b, 0, b.text.length),
          })
          previous = b
          continue
        }
        previous = b
        const clauses = clausesOf(b.text)
        const words: string[] = []
        let first: Clause | null = null
        clauses.forEach((c, i) => {
          const r = repeated(clauses, i)
          if (!r) return
          first ??= c
          if (!words.includes(r)) words.push(r)
        })
        if (!first) continue
        const c: Clause = first
        const hint = hasSummary(b)
          ? '小结在会议记录里改：只写讲话的内容，或写成完整的一句，主持词不会再重复开头和结尾'
          : '请删去重复的部分'
        out.push({
          rule: this.id,
          severity: 'error',
          message: `这一段把${words.map((w) => `“${w}”`).join('')}说了两遍：${hint}。`,
          ...at(t, b, c.from, c.from + c.text.length),
        })
      }
    }
    return out
  },
}
