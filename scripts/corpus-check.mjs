// Checks the labels of the corpus against their speeches (test/fixtures/corpus): every figure,
// non-figure and slip is where the label says, parts match the numbered lines. It checks the
// labels only, not the program: `npm run accuracy` measures the program against them.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'test/fixtures/corpus'
const KINDS = ['review', 'tasks', 'requirements', 'other']
const PART_KINDS = [...KINDS, 'opening', 'closing']
const RULES = `required-parts empty-part numbering announced-count empty-slot placeholder-text rate-over-100 wrong-year
  older-review-year relative-time time-bound halfwidth-punct unpaired doubled-punct doubled-word repeated-phrase
  long-sentence inconsistent-figure restated-count arithmetic weekday`.split(/\s+/)
// A part's line: 一、…, or 第一部分 … on a line of its own (as Word writers number them; the importer
// reads them as src/core/import/article.ts ARTICLE_HEADINGS.ordinalPart says).
const PART_LINE =
  /^(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分(?:[\s　：:、，,.．]*[^。！？；]{2,40})?$)/
const SECTION_LINE = /^（[一二三四五六七八九十]{1,3}）/

/** Full-width digits, point and percent as ASCII, as src/core/import/normalize.ts asciiDigits makes them. */
const asciiDigits = (text) =>
  text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\d)．(?=\d)/g, '$1.')
    .replace(/％/g, '%')

let problems = 0
const say = (file, message) => {
  problems++
  console.log(`${file}: ${message}`)
}

for (const name of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const stem = name.replace(/\.json$/, '')
  let label
  let text
  try {
    label = JSON.parse(readFileSync(join(dir, name), 'utf8'))
    text = readFileSync(join(dir, `${stem}.txt`), 'utf8')
  } catch (e) {
    say(name, e.message)
    continue
  }
  const chars = text.replace(/\s/g, '').length
  if (chars < 1500 || chars > 4500) say(name, `speech has ${chars} characters (want 1,500–4,500)`)
  // Markdown left in by a chat tool (## 一、…, **（一）…**) is markup, not masks or part of a heading.
  const unmarked = text.replace(/\*\*([^*\n]+?)\*\*/g, '$1')
  if (/[*＊]{2,}|×{2,}/.test(unmarked)) say(name, 'speech has masks (***)')
  for (const k of ['about', 'reviewYear', 'planYear', 'parts', 'figures', 'notFigures', 'persons', 'slips']) {
    if (!(k in label)) say(name, `missing field ${k}`)
  }
  if (!Number.isInteger(label.reviewYear) || !Number.isInteger(label.planYear)) say(name, 'years must be integers')

  const lines = unmarked.split(/\r?\n/).map((l) => l.trim().replace(/^#{1,6}\s+/, ''))
  // A speech numbered in two levels only, （一） then 1．, with no 一、 line: its （一） lines are its
  // parts and its 1． lines their sections.
  const parenTop = !lines.some((l) => PART_LINE.test(l))
  const isPart = (l) => (parenTop ? SECTION_LINE : PART_LINE).test(l)
  const isSection = (l) => (parenTop ? /^\d{1,2}[．.](?!\d)/ : SECTION_LINE).test(l)
  const partLines = lines.filter(isPart)
  if (partLines.length !== (label.parts ?? []).length)
    say(name, `${partLines.length} lines start with 一、… or 第一部分, labels list ${(label.parts ?? []).length} parts`)
  let partIndex = -1
  const sectionCounts = []
  for (const l of lines) {
    if (isPart(l)) {
      partIndex++
      sectionCounts[partIndex] = 0
    } else if (isSection(l) && partIndex >= 0) sectionCounts[partIndex]++
  }
  ;(label.parts ?? []).forEach((p, i) => {
    if (!KINDS.includes(p.kind)) say(name, `part ${i + 1}: kind "${p.kind}" is not one of ${KINDS.join(', ')}`)
    if (partLines[i] && !partLines[i].includes(p.heading))
      say(name, `part ${i + 1}: heading "${p.heading}" is not in line "${partLines[i]}"`)
    if (sectionCounts[i] !== undefined && sectionCounts[i] !== p.sections)
      say(name, `part ${i + 1}: ${sectionCounts[i]} section lines, label says ${p.sections}`)
  })

  let at = 0
  for (const [i, f] of (label.figures ?? []).entries()) {
    const where = `figure ${i + 1} (${f.text})`
    const found = text.indexOf(f.text, at)
    if (found < 0) say(name, `${where} not found after the previous figure`)
    else at = found + f.text.length
    if (f.value !== null && !/^-?\d+(\.\d+)?$/.test(f.value)) say(name, `${where}: value "${f.value}" is not a number`)
    if (typeof f.unit !== 'string') say(name, `${where}: unit missing`)
    if (/[余多]/.test(f.unit ?? '')) say(name, `${where}: unit "${f.unit}" carries 余/多; put it in approx`)
    if (f.approx !== undefined && f.approx !== '余' && f.approx !== '多') say(name, `${where}: approx must be 余 or 多`)
    if (typeof f.label !== 'string' || !f.label) say(name, `${where}: label missing`)
    if (!PART_KINDS.includes(f.partKind)) say(name, `${where}: partKind "${f.partKind}"`)
    if (f.period !== undefined && !/^(19|20)\d{2}-(19|20)\d{2}$/.test(f.period))
      say(name, `${where}: period "${f.period}"`)
    // Another year than the part's: an earlier one anywhere, a later one only for a task (力争到2027年…),
    // the year reviewed (an actual of it restated in the tasks of a meeting that reviews the year it plans),
    // or, outside the tasks, the year planned: an actual of the year the speech is given in, so far
    // (今年1—2月, 截至目前 in the 形势 part of a March campaign that reviews last year).
    const later = f.partKind === 'tasks' && f.year > label.planYear && f.year <= label.planYear + 10
    const reviewed = f.year === label.reviewYear
    const current = f.partKind !== 'tasks' && f.year === label.planYear
    if (
      f.year !== undefined &&
      !(Number.isInteger(f.year) && f.year >= 1900 && (f.year < label.planYear || later || reviewed || current))
    )
      say(
        name,
        `${where}: year ${f.year} must be a year before the plan year, the year reviewed, the year planned outside the tasks, or a later one in the tasks`,
      )
    // The value as written, thousands separators and spaces aside ("1,286.4亿元" holds 1286.4), and
    // full-width digits read as the importer reads them ("３８６．４亿元" holds 386.4: normalize.ts asciiDigits).
    if (
      !f.optional &&
      f.value !== null &&
      !asciiDigits(f.text)
        .replace(/[,，\s]/g, '')
        .includes(f.value.replace(/^-/, ''))
    )
      say(name, `${where}: value ${f.value} is not written in the text`)
  }
  for (const n of label.notFigures ?? []) if (!text.includes(n)) say(name, `not-figure "${n}" not in the speech`)
  for (const p of label.persons ?? []) if (!text.includes(p.text)) say(name, `person "${p.text}" not in the speech`)
  for (const s of label.slips ?? []) {
    const count = text.split(s.find).length - 1
    if (count !== 1) say(name, `slip "${s.find}" occurs ${count} times (want exactly once)`)
    if (s.find === s.replace) say(name, `slip "${s.find}" replaces nothing`)
    if (!RULES.includes(s.rule)) say(name, `slip "${s.find}": unknown rule ${s.rule}`)
  }
}
console.log(problems ? `${problems} problem(s).` : 'Labels are consistent with their speeches.')
process.exit(problems ? 1 : 0)
