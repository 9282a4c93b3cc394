/**
 * The check engine. Block rules run per textblock and their results are cached by node, so
 * after a keystroke only the changed block is checked again; document rules combine cached
 * per-part summaries. Everything here is pure: the editor, the CLI and tests share it.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { dateOf } from '../lang/years'
import { saysYearEnds, THIS_YEAR_PLANNED } from '../lang/year-end'
import { planStageStatements } from '../lang/plan-stages'
import { firstOf, partKindOf, type PartKind } from '../schema'
import { excerptOf, viewOf } from './blocks'
import { figureView, type TypedPlace, typedPlace } from './typed-figures'
import { summarise, topFindings } from './summaries'
import { BLOCK_RULES, DOCUMENT_RULES, isIgnored, RULES } from './rules'
import { once } from '../once'
import { ownPlace, type PlaceLevel } from '../import/own-place'
import { Generations } from '../generations'
import {
  DEFAULT_CHECK_OPTIONS,
  type BlockContext,
  type BlockFinding,
  type CheckOptions,
  type Container,
  type DocumentContext,
  type Finding,
  type TopSummary,
} from './types'

const TEXT_RULES = BLOCK_RULES.filter((r) => !r.usesSlots)
const SLOT_RULES = BLOCK_RULES.filter((r) => r.usesSlots)

export interface CheckRun {
  /** Every finding, in document order, without the disabled rules and the ignored findings. */
  readonly findings: Finding[]
  /** Findings of the block rules, in document order. */
  readonly blockFindings: Finding[]
  /** Findings of the document rules (structure), a few at most. */
  readonly documentFindings: Finding[]
  /** The blocks whose results were computed afresh in this run: their ranges and visible findings. */
  readonly changed: { from: number; to: number; findings: Finding[] }[]
  /** How many findings were left out because the user ignored them or switched their rule off. */
  readonly hidden: number
}

/** The findings of a container's blocks, each block's relative to its start, the blocks' relative to `base`. */
/** Text results of blocks by their text, then by what they were checked under. */
type TextResults = Map<string, Map<string, Required<BlockFinding>[]>>

interface PlacedGroup {
  base: number
  blocks: { pos: number; findings: Finding[] }[]
}

/**
 * Text results kept for blocks with figures whose words are unchanged (a figure filled in changes
 * no words), this many in each of two generations.
 */
const TEXT_CACHE_MAX = 2_000

export class CheckEngine {
  /**
   * Each block's findings and what they were computed under: the run's context (years, speech
   * facts, options) and the block's place. Compared field by field, so a hit builds no string.
   */
  private cache = new WeakMap<
    PMNode,
    {
      runKey: string
      container: Container
      partKind: PartKind | null
      place: string
      filled: string
      findings: Finding[]
    }
  >()
  private groups = new WeakMap<
    PMNode,
    { runKey: string; partKind: PartKind | null; place: string; mostlyFilled: string; blocks: PlacedGroup['blocks'] }
  >()
  /** Text results by a block's text, then by what it was checked under. */
  private textCache = new Generations<Map<string, Required<BlockFinding>[]>>(TEXT_CACHE_MAX)
  private options: CheckOptions
  private optionsKey: string

  constructor(options: Partial<CheckOptions> = {}) {
    this.options = { ...DEFAULT_CHECK_OPTIONS, ...options }
    this.optionsKey = optionsKey(this.options)
  }

  get currentOptions(): CheckOptions {
    return this.options
  }

  /** New options; results that depend on them are recomputed on the next run. */
  setOptions(options: Partial<CheckOptions>) {
    this.options = { ...this.options, ...options }
    this.optionsKey = optionsKey(this.options)
  }

  /**
   * Check the speech. With `document: false` only the block rules run (what a keystroke needs at
   * once); the document rules, which read the whole speech, are left for a later full run.
   */
  run(doc: PMNode, { document = true }: { document?: boolean } = {}): CheckRun {
    return this.walk(doc, document, () => false).run
  }

  /**
   * Check the blocks not checked yet until `enough()` says so, keeping their results for the next
   * run; true when every block is checked. An editor checks a speech just opened this way, a slice
   * of blocks per task, so that the run which draws its marks has only the document rules left.
   */
  warm(doc: PMNode, enough: () => boolean): boolean {
    return this.walk(doc, false, enough).complete
  }

  private walk(doc: PMNode, document: boolean, enough: () => boolean): { run: CheckRun; complete: boolean } {
    let complete = true
    // Each block's findings, relative to its start; made absolute only when asked for. A keystroke
    // needs only the changed blocks' findings (the editor patches their marks), and the side
    // panels read the whole list later, after the frame.
    const placed: PlacedGroup[] = []
    const changed: CheckRun['changed'] = []
    // Text results made in this run, by text and key: kept in the cache at its end (see below).
    const madeText: TextResults = new Map()
    const { reviewYear, planYear } = doc.attrs
    const tops: TopSummary[] = []
    const topNodes: PMNode[] = []
    doc.forEach((top, topPos) => {
      tops.push(summarise(top, topPos))
      topNodes.push(top)
    })
    const speech = speechFacts(tops, topNodes, reviewYear, planYear)
    const runKey = `${reviewYear}|${planYear}|${speech.facts.givenInReviewYear}|${speech.facts.givenInPlanYear}|${speech.facts.givenOn?.year}-${speech.facts.givenOn?.month}|${this.optionsKey}`
    const mostlyFilled = String(speech.facts.mostlyFilled)
    const visit = (
      block: PMNode,
      pos: number,
      container: Container,
      partKind: PartKind | null,
      place: TypedPlace,
      into: PlacedGroup,
    ) => {
      // Whether most figures are filled matters only to blocks with slots: a fill elsewhere leaves the rest cached.
      const filled = viewOf(block).slots.length ? mostlyFilled : ''
      let hit = this.cache.get(block)
      if (
        !hit ||
        hit.runKey !== runKey ||
        hit.container !== container ||
        hit.partKind !== partKind ||
        hit.place !== place.key ||
        hit.filled !== filled
      ) {
        if (!complete || enough()) {
          complete = false
          return
        }
        // The opening's text results also depend on whether the speech is given in its plan year (relative-time).
        const plan = container === 'opening' ? String(speech.facts.givenInPlanYear) : ''
        const key = `${container}|${partKind}|${block.type.name}|${filled}|${runKey}|${plan}`
        const ctx: BlockContext = {
          container,
          partKind,
          blockType: block.type.name,
          reviewYear,
          planYear,
          options: this.options,
          ...speech.facts,
        }
        hit = {
          runKey,
          container,
          partKind,
          place: place.key,
          filled,
          findings: this.checkBlock(block, ctx, place, key, madeText),
        }
        this.cache.set(block, hit)
        changed.push({
          from: pos,
          to: pos + block.nodeSize,
          findings: this.visible(placedAt(hit.findings, pos)),
        })
      }
      if (hit.findings.length) into.blocks.push({ pos: pos - into.base, findings: hit.findings })
    }
    /**
     * The blocks of a container (the opening, a part, a section): taken whole from the cache
     * while the container node is the same and so is what its blocks were checked under, so a
     * key walks the blocks of the container it changed, not the whole speech's.
     */
    const group = (
      node: PMNode,
      pos: number,
      partKind: PartKind | null,
      place: TypedPlace,
      parent: PlacedGroup | null,
      walk: (into: PlacedGroup) => void,
    ) => {
      const hit = this.groups.get(node)
      let blocks: PlacedGroup['blocks']
      if (
        hit &&
        hit.runKey === runKey &&
        hit.partKind === partKind &&
        hit.place === place.key &&
        hit.mostlyFilled === mostlyFilled
      )
        blocks = hit.blocks
      else {
        const into: PlacedGroup = { base: pos, blocks: [] }
        walk(into)
        blocks = into.blocks
        // A group left part-checked (`warm`) is not kept: its next run checks the rest.
        if (complete) this.groups.set(node, { runKey, partKind, place: place.key, mostlyFilled, blocks })
      }
      if (!blocks.length) return
      if (!parent) placed.push({ base: pos, blocks })
      else for (const b of blocks) parent.blocks.push({ pos: b.pos + pos - parent.base, findings: b.findings })
    }
    const own = headPlace(tops)
    const head = typedPlace('head', reviewYear, planYear, '', own)
    doc.forEach((top, topPos) => {
      const name = top.type.name
      if (top.isTextblock) {
        const into: PlacedGroup = { base: 0, blocks: [] }
        visit(top, topPos, 'head', null, head, into)
        if (into.blocks.length) placed.push(into)
      } else if (name === 'opening' || name === 'closing') {
        const its = typedPlace(name, reviewYear, planYear, '', own)
        // Only the opening reads whether the speech is given in its plan year (relative-time): a key
        // that makes or breaks 今年是“十五五”开局之年 checks the opening again, not every block.
        const place = name === 'opening' ? { ...its, key: `${its.key}|${speech.facts.givenInPlanYear}` } : its
        group(top, topPos, null, place, null, (into) =>
          top.forEach((p, o) => {
            visit(p, topPos + 1 + o, name, null, place, into)
          }),
        )
      } else if (name === 'part') {
        const kind = partKindOf(top)
        const place = typedPlace(kind, reviewYear, planYear, viewOf(firstOf(top)).text, own)
        group(top, topPos, kind, place, null, (into) =>
          top.forEach((c, o) => {
            const cPos = topPos + 1 + o
            if (c.isTextblock) visit(c, cPos, 'part', kind, place, into)
            else
              group(c, cPos, kind, place, into, (section) =>
                c.forEach((b, bo) => {
                  visit(b, cPos + 1 + bo, 'part', kind, place, section)
                }),
              )
          }),
        )
      }
    })
    // A run that checked one block is a key, and the next key changes that block's words again:
    // its text results are not kept. A run of many (opening, a fill, a paste) keeps them.
    if (changed.length > 1)
      for (const [text, made] of madeText) {
        const byKey = this.textCache.get(text)
        if (!byKey) this.textCache.set(text, made)
        else for (const [key, findings] of made) byKey.set(key, findings)
      }
    const ctx: DocumentContext = {
      required: doc.attrs.required,
      templateId: doc.attrs.templateId,
      reviewYear,
      planYear,
      docKind: doc.attrs.docKind,
      own,
      figures: this.options.figures,
      figuresVersion: this.options.figuresVersion,
    }
    const documentFindings: Finding[] = []
    if (document) {
      for (const rule of DOCUMENT_RULES)
        for (const f of rule.check(tops, ctx)) documentFindings.push({ ...f, severity: f.severity ?? rule.severity })
      tops.forEach((t, i) => {
        for (const f of topFindings(topNodes[i]))
          documentFindings.push({ ...f, from: t.pos + f.from, to: t.pos + f.to })
      })
    }
    const allBlock = once(() => placed.flatMap((g) => g.blocks.flatMap((b) => placedAt(b.findings, g.base + b.pos))))
    const blockFindings = once(() => this.visible(allBlock()))
    const visibleDocument = this.visible(documentFindings)
    const findings = once(() => [...blockFindings(), ...visibleDocument].sort((a, b) => a.from - b.from || a.to - b.to))
    const run: CheckRun = {
      get findings() {
        return findings()
      },
      get blockFindings() {
        return blockFindings()
      },
      documentFindings: visibleDocument,
      changed,
      get hidden() {
        return allBlock().length + documentFindings.length - findings().length
      },
    }
    return { run, complete }
  }

  private visible(findings: Finding[]): Finding[] {
    const { disabledRules, ignored } = this.options
    if (!disabledRules.length && !ignored.length) return findings
    return findings.filter((f) => !disabledRules.includes(f.rule) && !isIgnored(f, ignored))
  }

  private checkBlock(
    block: PMNode,
    ctx: BlockContext,
    place: TypedPlace,
    key: string,
    madeText: TextResults,
  ): Finding[] {
    const view = viewOf(block)
    const textFindings = () =>
      TEXT_RULES.flatMap((rule) => rule.check(view, ctx).map((f) => ({ ...f, severity: f.severity ?? rule.severity })))
    // Only a block with figures can change without its words changing (a fill): only its results
    // are kept by text. Keyed by the view's own text, so a block still in the speech costs no copy.
    const kept = view.slots.length ? this.textCache.get(view.text) : undefined
    const made = view.slots.length ? madeText.get(view.text) : undefined
    let text = kept?.get(key) ?? made?.get(key)
    if (!text) {
      text = textFindings()
      if (view.slots.length) {
        const byKey = made ?? new Map()
        byKey.set(key, text)
        if (!made) madeText.set(view.text, byKey)
      }
    }
    // The figure rules read typed figures as slots (typed-figures.ts); what they find is put back on the typed words.
    const figures = figureView(view, place)
    const slotFindings = figures.view.slots.length
      ? SLOT_RULES.flatMap((rule) =>
          rule.check(figures.view, ctx).map((f) => ({
            ...f,
            from: figures.toBlock(f.from),
            to: figures.toBlock(f.to),
            severity: f.severity ?? rule.severity,
          })),
        )
      : []
    return [...text, ...slotFindings]
      .map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        from: f.from,
        to: f.to,
        excerpt: excerptOf(view, f.from, f.to),
      }))
      .sort((a, b) => a.from - b.from)
  }
}

/**
 * What block rules need to know of the speech as a whole: whether it is given in the year it
 * reviews (a December speech: its 今年 is the review year; its date line says so, or with none its
 * opening: 岁末将至), and whether most figures are filled
 * (then an empty slot is a placeholder left behind, not a figure still to come).
 */
/** The level of the speech's own place, from the lines that name its meeting, as the importer reads it. */
function headPlace(tops: TopSummary[]): PlaceLevel | null {
  const lines = (type: string) => tops.filter((t) => t.type === type).map((t) => t.text)
  return ownPlace([...lines('subtitle'), ...lines('byline'), ...lines('title')])
}

function speechFacts(tops: TopSummary[], nodes: PMNode[], reviewYear: number | null, planYear: number | null) {
  const spoken = tops
    .filter((t) => t.type === 'byline')
    .map((t) => dateOf(t.text))
    .find((d) => d !== null)
  let filled = 0
  let empty = 0
  for (const t of tops) {
    filled += t.filled
    empty += t.empty
  }
  // The speech may say which year its 今年 is (今年是“十五五”开局之年), in its opening or closing.
  const said = tops
    .flatMap((t, i) => (t.type === 'opening' || t.type === 'closing' ? statedIn(nodes[i], t) : []))
    .find((s) => s.subject === '今年')
  // With no date line, the opening may say the year is ending (岁末将至, 今年即将过去): a December speech.
  const yearEnds = () => tops.some((t, i) => t.type === 'opening' && openingSaysYearEnds(nodes[i], t))
  // Or a review's heading may call the year it reviews 去年 (一、去年春运工作总体平稳有序, 一、去年“五一”
  // 假期全县旅游市场平稳有序): the speech is given in the year after it, the one it plans.
  const reviewIsLastYear = () =>
    reviewYear !== null &&
    reviewYear === (planYear ?? 0) - 1 &&
    tops.some((t, i) => t.type === 'part' && t.kind === 'review' && LAST_YEAR_NAMED.test(headingOf(nodes[i])))
  // Or the opening says it plans this year's work (全面部署今年防汛抗旱工作): given in the year it plans.
  const opensOnThisYear = () =>
    tops.some((t, i) => t.type === 'opening' && openingPlansThisYear(nodes[i], t)) && reviewYear === (planYear ?? 0) - 1
  const facts = {
    givenInReviewYear: spoken !== undefined ? spoken.year === reviewYear : reviewYear !== null && yearEnds(),
    givenInPlanYear:
      planYear !== null &&
      (spoken !== undefined
        ? spoken.year === planYear
        : said?.year === planYear || reviewIsLastYear() || opensOnThisYear()),
    mostlyFilled: filled > empty,
    ...(spoken ? { givenOn: { year: spoken.year, month: spoken.month } } : {}),
  }
  return { facts }
}

/** 去年 naming a time, not the start of a span or a comparison (去年以来, 去年同期). */
const LAST_YEAR_NAMED = /去年(?!以来|同期|底|末)/

/** The heading of a part node, or ''. */
function headingOf(part: PMNode): string {
  const first = part.firstChild
  return first?.type.name === 'part_heading' ? first.textContent : ''
}

/** What an opening or closing says of its years, by node: every check run asks, each key included. */
const stated = new WeakMap<PMNode, ReturnType<typeof planStageStatements>>()
function statedIn(node: PMNode, top: TopSummary): ReturnType<typeof planStageStatements> {
  let s = stated.get(node)
  if (s === undefined) {
    // The summary's text is made when read: only here, once per node.
    s = planStageStatements(top.text)
    stated.set(node, s)
  }
  return s
}

/** Whether an opening says the year is ending, by node: read once per node. */
const yearEndsIn = new WeakMap<PMNode, boolean>()
function openingSaysYearEnds(node: PMNode, top: TopSummary): boolean {
  let says = yearEndsIn.get(node)
  if (says === undefined) {
    says = saysYearEnds(top.text)
    yearEndsIn.set(node, says)
  }
  return says
}

/** Whether an opening says it plans this year's work (THIS_YEAR_PLANNED), by node: read once per node. */
const plansThisYearIn = new WeakMap<PMNode, boolean>()
function openingPlansThisYear(node: PMNode, top: TopSummary): boolean {
  let says = plansThisYearIn.get(node)
  if (says === undefined) {
    says = THIS_YEAR_PLANNED.pattern.test(top.text)
    plansThisYearIn.set(node, says)
  }
  return says
}

/** A block's findings (relative to its start) at the block's position. */
function placedAt(findings: Finding[], pos: number): Finding[] {
  return findings.map((f) => ({ ...f, from: pos + 1 + f.from, to: pos + 1 + f.to }))
}

function optionsKey(o: CheckOptions): string {
  return JSON.stringify([o.timeBoundPhrases, o.maxSentenceChars, o.figuresVersion ?? 0])
}

/** Check a whole document once (the CLI and tests). */
export function checkDocument(doc: PMNode, options: Partial<CheckOptions> = {}): Finding[] {
  return new CheckEngine(options).run(doc).findings
}

export { RULES }
