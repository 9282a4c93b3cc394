/**
 * Speeches for the fuzzer: built the way departments write them (title, greeting, numbered
 * parts and sections, run-in headings, items, 一要…二要, figures with units and masks, years
 * and ranges, a closing), then roughed up the way real files are (numbers skipped or
 * repeated, lines dropped or doubled, half-width brackets, full-width digits, stray markers,
 * control characters, broken surrogates, emoji, very long lines). Deterministic per seed.
 */

/** mulberry32: small, fast, and the same sequence everywhere for a seed. */
export function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]
  const chance = (p: number) => next() < p
  return { next, int, pick, chance }
}
export type Random = ReturnType<typeof random>

const CN = '一二三四五六七八九十'
const cn = (n: number) =>
  n <= 10 ? CN[n - 1] : n < 20 ? `十${CN[n - 11] ?? ''}` : `${CN[Math.floor(n / 10) - 1]}十${CN[(n % 10) - 1] ?? ''}`

const SUBJECTS = [
  '就业创业',
  '社会保障',
  '人才队伍',
  '劳动关系',
  '乡村振兴',
  '营商环境',
  '安全生产',
  '疫情防控',
  '教育质量',
  '医疗服务',
  '粮食生产',
  '生态环境',
]
const VERBS = ['全力以赴做好', '持续推进', '扎实开展', '深入实施', '不断完善', '切实加强', '稳步提升', '统筹抓好']
const PROSE = [
  '在县委县政府的正确领导下，全县上下凝心聚力、真抓实干，圆满完成了全年各项目标任务',
  '坚持以人民为中心的发展思想，统筹推进各项工作',
  '同时，我们也清醒地看到，工作中还存在一些困难和问题',
  '这些成绩来之不易，离不开各级各部门的大力支持',
  '要坚持稳中求进工作总基调，努力在危机中育新机、于变局中开新局',
  '今年以来，我们积极应对各种风险挑战',
  '去年，全县经济社会发展取得了新的成绩',
  '以优异成绩迎接党的二十大胜利召开',
  '这是全面建设社会主义现代化国家开局之年的重要一年',
  '全系统干部职工要把好用权“方向盘”，系好廉洁“安全带”',
  '推进“放管服”改革，实现群众办事“一次办”',
  '组织开展《中华人民共和国劳动法》宣传活动',
]
const LABELS = [
  '城镇新增就业',
  '发放创业担保贷款',
  '社会保险参保',
  '收缴保费',
  '新增转移农村劳动力',
  '培训',
  '粮食播种面积',
  '引进高层次人才',
  '追回被拖欠工资',
  '完成固定资产投资',
]
const UNITS = [
  '人',
  '万人',
  '亿元',
  '万元',
  '%',
  '万亩',
  '个',
  '家',
  '吨',
  '万吨',
  '人次',
  '个百分点',
  '起',
  '名',
  '张',
]

function figure(r: Random): string {
  const n = r.pick([
    () => String(r.int(10000)),
    () => `${r.int(1000)}.${r.int(100)}`,
    () => '*'.repeat(1 + r.int(5)),
    () => 'X'.repeat(1 + r.int(3)),
    () => '××',
    () => `${r.int(100)}余`,
    () => String(r.int(10)).repeat(1 + r.int(40)),
    () => `${r.int(10)}．${r.int(10)}`,
    () => '０１２３４５６７８９'.slice(r.int(5), 5 + r.int(5)),
    () => `${r.int(100)} `,
    () => '0.00001',
    () => '100000000000000000000000000',
  ])()
  return n + r.pick(UNITS)
}

function year(r: Random, base: number): string {
  return r.pick([
    () => `${base}年`,
    () => `${base + 1}年`,
    () => `${base - 1 - r.int(30)}年`,
    () => `${base - 4}—${base}年`,
    () => `${base}年至${base + 4}年`,
    () => '2035年',
    () => `“十四五”`,
    () => `${base}年${1 + r.int(12)}月${1 + r.int(28)}日`,
    () => `${1900 + r.int(300)}年`,
  ])()
}

function sentence(r: Random, base: number): string {
  const parts: string[] = []
  const n = 1 + r.int(4)
  for (let i = 0; i < n; i++)
    parts.push(
      r.pick([
        () => r.pick(PROSE),
        () => `${r.pick(VERBS)}${r.pick(SUBJECTS)}工作`,
        () => `全年实现${r.pick(LABELS)}${figure(r)}`,
        () => `${year(r, base)}${r.pick(LABELS)}${figure(r)}，同比增长${r.int(30)}.${r.int(10)}%`,
        () => `确保全年${r.pick(LABELS)}${figure(r)}以上`,
        () => `${'*'.repeat(1 + r.int(3))}同志`,
        () => `${'*'.repeat(2 + r.int(2))}常务副县长`,
        () => `${year(r, base)}是${r.pick(['关键之年', '收官之年', '开局之年', '重要一年'])}`,
      ])(),
    )
  return parts.join(r.pick(['，', '；', '，', '、'])) + r.pick(['。', '。', '！', '；', ''])
}

/** One speech, well formed in its bones, as a department would write it. */
export function speech(r: Random): string {
  const base = 2015 + r.int(15)
  const lines: string[] = []
  if (r.chance(0.9))
    lines.push(
      `${r.pick(['凝心聚力', '真抓实干', '砥砺奋进', '守正创新'])} ${r.pick(['推动', '奋力开创'])}${r.pick(SUBJECTS)}工作再上新台阶`,
    )
  if (r.chance(0.6)) lines.push(`——在全县${r.pick(SUBJECTS)}工作会议上的讲话`)
  if (r.chance(0.3)) lines.push(`（${base + 1}年2月${1 + r.int(28)}日）`)
  if (r.chance(0.85)) lines.push(r.pick(['同志们：', '各位领导、同志们：', '同志们:', '各位代表：']))
  for (let i = r.int(3); i >= 0; i--) lines.push(sentence(r, base))
  if (r.chance(0.5)) lines.push(`下面，我讲${cn(2 + r.int(3))}点意见：`)
  const parts = r.int(6)
  for (let p = 1; p <= parts; p++) {
    const kind = r.pick(['工作回顾', '工作任务', '有关要求', '统一思想，认清形势'])
    lines.push(
      `${cn(p)}、${r.chance(0.7) ? `${base + (kind === '工作回顾' ? 0 : 1)}年` : ''}${kind}${r.chance(0.05) ? ' #回顾' : ''}`,
    )
    for (let i = r.int(3); i > 0; i--) lines.push(sentence(r, base))
    const sections = r.int(5)
    for (let s = 1; s <= sections; s++) {
      const heading = `${r.pick(VERBS)}${r.pick(SUBJECTS)}工作`
      lines.push(r.chance(0.5) ? `（${cn(s)}）${heading}` : `（${cn(s)}）${heading}。${sentence(r, base)}`)
      for (let i = r.int(3); i > 0; i--) lines.push(sentence(r, base))
      if (r.chance(0.3))
        for (let k = 1; k <= 1 + r.int(4); k++) lines.push(`${k}${r.pick(['.', '．', '、'])}${sentence(r, base)}`)
      if (r.chance(0.15)) for (let k = 1; k <= 1 + r.int(3); k++) lines.push(`（${k}）${sentence(r, base)}`)
    }
    if (r.chance(0.3))
      lines.push(
        ['一要', '二要', '三要', '四要']
          .slice(0, 2 + r.int(3))
          .map((m) => `${m}${sentence(r, base)}`)
          .join(''),
      )
  }
  if (r.chance(0.8)) lines.push(`同志们，${sentence(r, base)}${r.chance(0.7) ? '谢谢大家！' : ''}`)
  return lines.join('\n')
}

/** The ways real text goes wrong, each applied with some chance. */
const NOISE: ((r: Random, lines: string[]) => void)[] = [
  (r, l) => l.splice(r.int(l.length + 1), 0, ...l.slice(r.int(l.length), r.int(l.length) + 1 + r.int(3))), // lines doubled
  (r, l) => l.splice(r.int(l.length), 1 + r.int(2)), // lines dropped
  (r, l) => {
    const i = r.int(l.length)
    l[i] = (l[i] ?? '').replace(
      /^[一二三四五六七八九十]+、/,
      () => `${r.pick(['一', '三', '五', '十', '一百', '九百九十九'])}、`,
    ) // numbers skipped or repeated
  },
  (r, l) => {
    const i = r.int(l.length)
    l[i] = (l[i] ?? '').replace(/（/g, '(').replace(/）/g, ')') // half-width brackets
  },
  (r, l) => l.splice(r.int(l.length + 1), 0, r.pick(['', '   ', '\u3000\u3000', '\t'])), // blank lines
  (r, l) => {
    const i = r.int(l.length)
    l[i] = `${r.pick(['  ', '\u3000\u3000', '\t', ''])}${l[i] ?? ''}${r.pick(['  ', '\u3000', ''])}` // indents
  },
  (r, l) => {
    const i = r.int(l.length)
    const at = r.int((l[i] ?? '').length + 1)
    const junk = r.pick(['{{', '}}', '{{城镇新增就业|人}}', '{{@县长}}', '{{a|b|c|d}}', '{{回顾年}}', '{{|}}', '{{@}}'])
    l[i] = (l[i] ?? '').slice(0, at) + junk + (l[i] ?? '').slice(at) // stray markers
  },
  (r, l) => {
    const i = r.int(l.length)
    const at = r.int((l[i] ?? '').length + 1)
    const junk = r.pick([
      '\uFFFE',
      '\uFFFF',
      '\u0001',
      '\u000B',
      '\uD800',
      '\uDC00',
      '😀',
      '𠀀',
      '\u200B',
      '\u00A0',
      '\u2028',
      '\r',
      '\u202E',
      '\uFEFF',
    ])
    l[i] = (l[i] ?? '').slice(0, at) + junk + (l[i] ?? '').slice(at) // control characters, broken surrogates, emoji
  },
  (r, l) => {
    const i = r.int(l.length)
    l[i] = (l[i] ?? '').repeat(2 + r.int(30)) // very long lines
  },
  (r, l) =>
    l.splice(
      r.int(l.length + 1),
      0,
      r.pick(['同志们，', '谢谢大家！', '同志们，我们要努力。', '一、', '（一）', '1.', '——', '（2025年）']),
    ), // structure words alone
  (r, l) => {
    const i = r.int(l.length)
    l[i] = (l[i] ?? '').replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) // full-width digits
  },
  (r, l) =>
    l.splice(
      r.int(l.length + 1),
      0,
      `${r.pick(['http://example.org/', 'A'.repeat(r.int(200)), '1'.repeat(r.int(200))])}`,
    ), // long Latin runs
  (r, l) => l.reverse().splice(0, r.int(3)), // order upside down
]

/** A speech with noise: most cases get a little, some a lot. */
export function roughSpeech(r: Random): string {
  const lines = speech(r).split('\n')
  const rounds = r.chance(0.2) ? 0 : r.chance(0.8) ? 1 + r.int(3) : 5 + r.int(20)
  for (let i = 0; i < rounds; i++) r.pick(NOISE)(r, lines)
  return lines.join(r.pick(['\n', '\n', '\r\n', '\r']))
}

/** Damage to a file's bytes: bit flips, cuts, overwritten runs, zip header fields changed. */
export function damage(r: Random, bytes: Uint8Array): Uint8Array {
  const out = bytes.slice()
  switch (r.int(4)) {
    case 0:
      for (let i = 1 + r.int(20); i > 0; i--) out[r.int(out.length)] ^= 1 << r.int(8)
      return out
    case 1:
      return out.subarray(0, r.int(out.length))
    case 2: {
      const at = r.int(out.length)
      out.fill(r.int(256), at, at + r.int(200))
      return out
    }
    default: {
      // A size or offset field of some directory entry set to something else.
      const view = new DataView(out.buffer)
      for (let i = out.length - 46; i >= 0; i--) {
        if (view.getUint32(i, true) === 0x02014b50 && r.chance(0.3)) {
          view.setUint32(i + r.pick([20, 24, 42]), r.pick([0, 1, 0xffffffff, r.int(2 ** 32)]), true)
          break
        }
      }
      return out
    }
  }
}
