/**
 * Changing a record one value at a time, as a form does: by path ("items.1.who.0.name"),
 * returning a new record and leaving the old one untouched. Dates and times are read the way
 * people type them and stored in the record's form; a value that cannot be used throws a
 * MeetingValueError saying what to type instead.
 */
import { parseDateInput, parseTimeInput } from '../dates'
import { ACTION_IDS, emptyItem, type Meeting } from './model'
import { isOneOf, isRecord } from '../guards'

export class MeetingValueError extends Error {}

const DATE_PATH = /^(date|issued|deadlines\.\d+\.date|rolledFrom\.date)$/

/** The record with one value changed. Strings only; lists change with addEntry/removeEntry/moveEntry. */
export function setMeetingValue(m: Meeting, path: string, input: string): Meeting {
  const keys = path.split('.')
  let value: string | null = input.trim()
  if (DATE_PATH.test(path) && value) {
    value = parseDateInput(value)
    if (!value) throw new MeetingValueError(`“${input}”不是有效的日期，请写成 2027-02-12 或 2027年2月12日。`)
  } else if (path === 'start' && value) {
    value = parseTimeInput(value)
    if (!value)
      throw new MeetingValueError(
        `“${input}”不是时间，请写成 9:00、上午9:00、14:30 或 9时30分（上午、下午要和钟点对得上）。`,
      )
  } else if (/^items\.\d+\.action$/.test(path) && !isOneOf(ACTION_IDS, value)) {
    throw new MeetingValueError(`议程类型“${input}”不对；可用：${ACTION_IDS.join('、')}。`)
  } else if (/^items\.\d+\.speech$/.test(path) && !value) value = null
  // A record made before 主送机关 was a field has none: set, not changed.
  if (path === 'addressees') return { ...m, addressees: value ?? '' }
  // SetIn changes one existing field to a value checked for that field, so the result is still a Meeting.
  // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
  return setIn(m, keys, value, path) as Meeting
}

function setIn(target: unknown, keys: string[], value: unknown, path: string): unknown {
  const [key, ...rest] = keys
  if (Array.isArray(target)) {
    const i = Number(key)
    if (!Number.isInteger(i) || i < 0 || i >= target.length) throw new RangeError(`No entry ${key} in ${path}`)
    const copy = target.slice()
    copy[i] = rest.length ? setIn(target[i], rest, value, path) : checked(target[i], value, path)
    return copy
  }
  if (!isRecord(target) || !(key in target)) throw new RangeError(`No field ${path}`)
  const old = target[key]
  return { ...target, [key]: rest.length ? setIn(old, rest, value, path) : checked(old, value, path) }
}

function checked(old: unknown, value: unknown, path: string): unknown {
  if (typeof old !== 'string' && !(old === null && /speech$/.test(path)))
    throw new RangeError(`${path} is not a text field`)
  return value
}

export type ListName = 'items' | 'attendees' | 'deadlines' | 'contacts'

const EMPTY: { [K in ListName]: () => Meeting[K][number] } = {
  items: () => emptyItem(),
  attendees: () => '',
  deadlines: () => ({ date: '', what: '' }),
  contacts: () => ({ name: '', phone: '' }),
}

/** An empty entry added to a list (at the end, or at `at`). */
export function addEntry(m: Meeting, list: ListName, at = m[list].length): Meeting {
  const copy: unknown[] = m[list].slice()
  copy.splice(at, 0, EMPTY[list]())
  return { ...m, [list]: copy }
}

export function removeEntry(m: Meeting, list: ListName, index: number): Meeting {
  const copy: unknown[] = m[list].slice()
  copy.splice(index, 1)
  return { ...m, [list]: copy }
}

/** An entry moved from one place in its list to another (agenda items are reordered this way). */
export function moveEntry(m: Meeting, list: ListName, from: number, to: number): Meeting {
  const copy: unknown[] = m[list].slice()
  const [entry] = copy.splice(from, 1)
  copy.splice(to, 0, entry)
  return { ...m, [list]: copy }
}

/** A speaker added to (or removed from) an agenda item. */
export function addSpeaker(m: Meeting, item: number): Meeting {
  const items = m.items.slice()
  items[item] = { ...items[item], who: [...items[item].who, { name: '', title: '' }] }
  return { ...m, items }
}

export function removeSpeaker(m: Meeting, item: number, index: number): Meeting {
  const items = m.items.slice()
  items[item] = { ...items[item], who: items[item].who.filter((_, j) => j !== index) }
  return { ...m, items }
}
