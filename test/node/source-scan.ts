/**
 * A small lexer for our TypeScript sources, enough to tell code from comments: the habit tests
 * (interface text only in src/i18n, every `!` and `as` cast explained) read code with comments
 * blanked out, and need comments on their own to find the reasons.
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return sourceFiles(path)
      return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : []
    })
}

/**
 * A source split in texts of the same length and line breaks: the code with comments blanked, the comments, and
 * the bare code, with the insides of strings, templates and regular expressions blanked as well.
 */
export interface Split {
  code: string
  comments: string
  bare: string
}

// After one of these (or at the start), a `/` begins a regular expression, not a division.
const BEFORE_REGEX =
  /(?:^|[(,=:[!&|?{};+\-*%<>~^]|\b(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await))\s*$/

/** Splits `text` into code and comments, keeping every offset: blanked characters become spaces (line breaks stay). */
export function split(text: string): Split {
  const code = text.split('')
  const bare = text.split('')
  const comments = text.split('').map((c): string => (c === '\n' ? '\n' : ' '))
  const literal = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (bare[k] !== '\n') bare[k] = ' '
  }
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      if (code[k] !== '\n') {
        comments[k] = code[k]
        code[k] = ' '
        bare[k] = ' '
      }
    }
  }
  // Open template literals; each entry counts the `{` nested inside its current `${…}`.
  const templates: number[] = []
  let i = 0
  const stringEnd = (quote: string, from: number) => {
    let k = from + 1
    while (k < text.length && text[k] !== quote && text[k] !== '\n') k += text[k] === '\\' ? 2 : 1
    literal(from + 1, k)
    return k + 1
  }
  /** Scans template text from `from` to its end or to a `${`; returns where code resumes. */
  const templateText = (from: number): number => {
    let k = from
    while (k < text.length) {
      if (text[k] === '\\') k += 2
      else if (text[k] === '`') {
        templates.pop()
        literal(from, k)
        return k + 1
      } else if (text[k] === '$' && text[k + 1] === '{') {
        literal(from, k)
        return k + 2
      } else k++
    }
    literal(from, k)
    return k
  }
  while (i < text.length) {
    const c = text[i]
    const next = text[i + 1]
    if (c === '/' && next === '/') {
      const end = text.indexOf('\n', i)
      const stop = end < 0 ? text.length : end
      blank(i, stop)
      i = stop
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end < 0 ? text.length : end + 2
      blank(i, stop)
      i = stop
    } else if (c === "'" || c === '"') i = stringEnd(c, i)
    else if (c === '`') {
      templates.push(0)
      i = templateText(i + 1)
    } else if (c === '{' && templates.length > 0) {
      templates[templates.length - 1]++
      i++
    } else if (c === '}' && templates.length > 0) {
      if (templates[templates.length - 1] === 0) i = templateText(i + 1)
      else {
        templates[templates.length - 1]--
        i++
      }
    } else if (c === '/' && BEFORE_REGEX.test(text.slice(Math.max(0, i - 12), i))) {
      let k = i + 1
      let inClass = false
      while (k < text.length && text[k] !== '\n' && (inClass || text[k] !== '/')) {
        if (text[k] === '\\') k++
        else if (text[k] === '[') inClass = true
        else if (text[k] === ']') inClass = false
        k++
      }
      literal(i + 1, k)
      i = k + 1
    } else i++
  }
  return { code: code.join(''), comments: comments.join(''), bare: bare.join('') }
}

/** The 1-based line of offset `at` in `text`. */
export function lineOf(text: string, at: number): number {
  let line = 1
  for (let k = 0; k < at; k++) if (text[k] === '\n') line++
  return line
}

/** Han characters and the full-width punctuation of Chinese text. */
export const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff01-\uff5e]/
