/**
 * How people are written in these documents: a title before the name (县长张强), a short title
 * after it (张强县长, 李华主任), or 同志. Facts used by the speaker check and the fields.
 */
import type { Person } from './model'
import { COMPOUND_SURNAMES, RARER_SURNAMES, SURNAMES as COMMON_SURNAMES, SURNAMES_ALSO_WORDS } from '../lang/names'

/** Words a title ends with: 县长, 局长, 县政府办主任, 党委书记, 纪检组组长 … */
const TITLE_END = /(?:长|主任|书记|主席|委员|常委|部长|负责人|调研员|专员|经理|主管|代表)$/
/** A title right after a name: 张强县长, 李华副主任. */
const TITLE_START =
  /^(?:常务|执行)?副?(?:[县市区镇乡局处科所站院校组部厅委]长|主任|书记|主席|部长|委员|常委|秘书长|组长|局长|县长)/

/**
 * The post a title ends with, the part written after a name: 县水利局局长 → 局长, 县政府办主任 →
 * 主任, 常务副县长 → 常务副县长. The office in front of it (县水利局) is left out when the name
 * comes first: a secretary writes 周建国局长, not 周建国县水利局局长.
 */
export const POST_END =
  /(?:(?:常务|执行)?副)?(?:[县市区州镇乡局处科所站院校组部厅队庭行社馆厂台会]长|秘书长|董事长|总经理|经理|主任|书记|主席|调研员|专员)$/

/**
 * A person named the way the chair names them after they have spoken, the name first:
 * 周建国局长, 张强县长, 王明副县长. A title that ends in no post (石门镇, 负责人) stays in front
 * of the name as the record writes it.
 */
export function nameFirst(p: Person): string {
  const post = POST_END.exec(p.title)?.[0]
  return post ? p.name + post : p.title + p.name
}

/** What turns one title into another when written in front of it: 副县长 is not 县长. */
const EXTENDERS = /(?:副|常务|代|执行|原|前|名誉)$/

/** Where the words about one person start: punctuation, or a word that introduces a person. */
const BOUNDARY = /[，。、；：！？,.;:!?“”‘’（）()《》\n]/
const LEAD_WORDS = /^(?:刚才|下面|现在|接下来|首先|然后|最后|请|由|是|和|与|及|向|对|为|有)+/

/**
 * The words written in front of a name up to the last break, when they end in a title: for
 * "下面请副县长" that is "副县长". Null when no title stands there ("刚才，" or "我们").
 */
export function titleBefore(before: string): string | null {
  const trimmed = before.replace(/\s+$/, '')
  let start = trimmed.length
  while (start > 0 && !BOUNDARY.test(trimmed[start - 1])) start--
  const words = trimmed.slice(start).replace(LEAD_WORDS, '')
  if (!words || !TITLE_END.test(words)) return null
  // A title of several posts joined by 、 (县委副书记、常务副县长) is one title: all of it. Not a list
  // of people (县长张强、副县长), whose words before the 、 end in a name, not a post.
  const more = trimmed[start - 1] === '、' ? titleBefore(trimmed.slice(0, start - 1)) : null
  return more ? `${more}、${words}` : words
}

/** The short title written right after a name (张强县长 → 县长), or null. */
export function titleAfter(after: string): string | null {
  return TITLE_START.exec(after)?.[0] ?? null
}

/**
 * Whether a title written in the text names the same office as the record's: the same, or the
 * record's ending it (县政府办主任李华 written 主任李华, 李华主任), never with 副/常务 … in front.
 */
export function sameTitle(written: string, recorded: string): boolean {
  if (written === recorded) return true
  if (written.endsWith(recorded)) return !EXTENDERS.test(written.slice(0, -recorded.length))
  return recorded.endsWith(written) && !EXTENDERS.test(recorded.slice(0, -written.length))
}

/**
 * Surnames (single and compound) a name written after a title starts with: lang/names' lists, less
 * those that are also words often written after a title (和, 于, 向, 时).
 */
const SURNAMES = new Set([
  ...[...COMMON_SURNAMES, ...RARER_SURNAMES].filter((c) => !SURNAMES_ALSO_WORDS.includes(c)),
  ...COMPOUND_SURNAMES,
])

/** Whether `name` (two to four characters) starts with a common surname and leaves one or two characters after it. */
export function surnameFirst(name: string): boolean {
  const surname = SURNAMES.has(name.slice(0, 2)) ? 2 : SURNAMES.has(name[0]) ? 1 : 0
  return surname > 0 && name.length - surname >= 1 && name.length - surname <= 2
}

/** What follows a name in these documents: 同志, a verb of the agenda, or punctuation. */
const AFTER_NAME = /^(?:同志|讲话|宣读|传达|作|做|主持|致辞|为|代表|对|在|[，。、；：！？\s])/

/** A name written right after a title ("县长张刚讲话" → 张刚), or null when none stands there. */
export function nameAfterTitle(after: string): string | null {
  for (const len of [2, 3, 4]) {
    const name = after.slice(0, len)
    if (!/^[\u4e00-\u9fff]+$/.test(name) || name.length < len) return null
    const surname = SURNAMES.has(name.slice(0, 2)) ? 2 : SURNAMES.has(name[0]) ? 1 : 0
    // A given name is one or two characters.
    if (surname && len > surname && len - surname <= 2 && AFTER_NAME.test(after.slice(len))) return name
  }
  return null
}

/**
 * People written name first, as the chair names a speaker after the speech (王建国副县长的讲话,
 * 赵刚常务副县长): each name (a surname and one or two characters) with the title after it and
 * where the name starts.
 */
export function namesFirst(text: string): { name: string; title: string; at: number }[] {
  const out: { name: string; title: string; at: number }[] = []
  for (let i = 2; i < text.length; i++) {
    const title = titleAfter(text.slice(i))
    if (!title) continue
    for (const len of [3, 2, 4]) {
      const name = text.slice(i - len, i)
      if (name.length < len || !/^[\u4e00-\u9fff]+$/.test(name)) continue
      const surname = SURNAMES.has(name.slice(0, 2)) ? 2 : SURNAMES.has(name[0]) ? 1 : 0
      if (surname && len - surname >= 1 && len - surname <= 2) {
        out.push({ name, title, at: i - len })
        break
      }
    }
    i += title.length - 1
  }
  return out
}
