/**
 * Turn a recognised speech (structure.ts) into a document of the speech schema. How a line
 * of text becomes inline content is the caller's: the importer finds figures, templates
 * read their {{…}} markers.
 */
import type { Node as PMNode } from 'prosemirror-model'
import { schema, type FigureKind, type PartKind } from '../schema'
import type { ParsedSpeech, TextBlock } from './structure'
import { figureTypeFor, WORDS_ONLY } from '../figures/context'
import { type Level, numberMark, writtenNumber } from '../lang/numbering'

export interface InlineContext {
  partKind: PartKind | 'opening' | 'closing' | 'head'
  /** What a figure here is: a target in a tasks part, an actual elsewhere. */
  kind: FigureKind
  year: number | null
  /** The heading of the part the text is in: a span it names (“十四五”以来……) reaches its 累计. */
  heading?: string
  /** The year the speech plans (a figure's 去年 counts from it where the part speaks of it). */
  planYear?: number | null
  /** The year the speech reviews (a figure's 现有 in the tasks is its standing: the same as the plan year in a mid-year meeting). */
  reviewYear?: number | null
  /** The year the speech is given in, when its date line tells (its 今年). */
  givenIn?: number | null
}

export type InlineReader = (text: string, ctx: InlineContext) => PMNode[]

export function plainInline(text: string): PMNode[] {
  return text ? [schema.text(text)] : []
}

/**
 * The number the text wrote, kept where the printed one will differ: another number (a skip,
 * "（四）" after "（二）") or half-width marks ("(二)"). A full-width variant ("一．") is just style.
 */
function sourceNumber(mark: string | undefined, level: Level, n: number): string | null {
  if (!mark) return null
  const written = writtenNumber(mark)
  if (written !== null && written !== n) return mark
  return /[(),]/.test(mark) || (level <= 2 && /\./.test(mark)) ? mark : null
}

export function buildDoc(speech: ParsedSpeech, inline: InlineReader, attrs: Record<string, unknown> = {}): PMNode {
  const { nodes } = schema
  const ctxFor = (partKind: InlineContext['partKind']): InlineContext => ({
    partKind,
    ...figureTypeFor(partKind, speech.reviewYear, speech.planYear),
    planYear: speech.planYear,
    reviewYear: speech.reviewYear,
    givenIn: speech.givenIn ?? null,
  })
  const head = ctxFor('head')
  const block = (type: string, text: string, ctx: InlineContext) =>
    WORDS_ONLY.has(type) ? plainInline(text) : inline(text, ctx)
  const para = (text: string, ctx: InlineContext) => nodes.paragraph.create(null, inline(text, ctx))
  /** The blocks of a part or section, items with the number the text wrote where it differs from the printed one. */
  const blocks = (list: TextBlock[], ctx: InlineContext): PMNode[] => {
    const counts: Record<number, number> = {}
    /** The items of each level counted across body paragraphs (text.ts itemNumber). */
    const across: Record<number, number> = {}
    return list.map((b) => {
      if (b.type !== 'item') {
        for (const level of [3, 4]) counts[level] = 0
        return para(b.text, ctx)
      }
      if (b.level === 3) {
        counts[4] = 0
        across[4] = 0
      }
      counts[b.level] = (counts[b.level] ?? 0) + 1
      across[b.level] = (across[b.level] ?? 0) + 1
      const written = b.mark ? numberMark(b.mark)?.number : undefined
      // A list the text numbers on across a paragraph of an item's body: kept so (itemNumber), the
      // number written kept to say so.
      const numbersOn = counts[b.level] !== across[b.level] && written === across[b.level]
      if (numbersOn) counts[b.level] = across[b.level]
      else across[b.level] = counts[b.level]
      return nodes.item.create(
        { level: b.level, sourceNumber: numbersOn ? (b.mark ?? null) : sourceNumber(b.mark, b.level, counts[b.level]) },
        inline(b.text, ctx),
      )
    })
  }

  const content: PMNode[] = [nodes.title.create(null, inline(speech.title, head))]
  if (speech.subtitle !== null) content.push(nodes.subtitle.create(null, inline(speech.subtitle, head)))
  for (const line of speech.bylines) content.push(nodes.byline.create(null, inline(line, head)))
  if (speech.greeting !== null) content.push(nodes.greeting.create(null, block('greeting', speech.greeting, head)))
  const opening = ctxFor('opening')
  content.push(
    nodes.opening.create(
      null,
      (speech.opening.length ? speech.opening : ['']).map((t) => para(t, opening)),
    ),
  )
  speech.parts.forEach((part, partIndex) => {
    const ctx = { ...ctxFor(part.kind), heading: part.heading }
    const children: PMNode[] = [nodes.part_heading.create(null, block('part_heading', part.heading, ctx))]
    let run: TextBlock[] = []
    let section = 0
    const flush = () => {
      children.push(...blocks(run, ctx))
      run = []
    }
    for (const b of part.blocks) {
      if (b.type === 'section') {
        flush()
        section++
        children.push(
          nodes.section.createChecked({ runIn: b.runIn, sourceNumber: sourceNumber(b.mark, 2, section) }, [
            nodes.section_heading.create(null, inline(b.heading, ctx)),
            ...blocks(b.blocks, ctx),
          ]),
        )
      } else run.push(b)
    }
    flush()
    content.push(
      nodes.part.createChecked({ kind: part.kind, sourceNumber: sourceNumber(part.mark, 1, partIndex + 1) }, children),
    )
  })
  if (speech.closing.length) {
    const closing = ctxFor('closing')
    content.push(
      nodes.closing.create(
        null,
        speech.closing.map((t) => para(t, closing)),
      ),
    )
  }
  // Attributes were validated as each node was made; createChecked checks each container's content once.
  return nodes.doc.createChecked({ reviewYear: speech.reviewYear, planYear: speech.planYear, ...attrs }, content)
}
