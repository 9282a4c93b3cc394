/** User-facing wording in one place, so the app speaks with one voice. */
import { PART_KIND_NAMES } from '../core/schema'
import { YEAR_MIN, YEAR_MAX } from '../core/lang/years'
import type { CsvNote } from '../core/figures/csv'

export { PART_KIND_NAMES }

/** Chinese text takes a space after a Latin word or a digit before it goes on: 导出 Word 之前, not 导出 Word之前. */
const spaceAfterLatin = (words: string) => (/[A-Za-z0-9]$/.test(words) ? `${words} ` : words)

/** A slot's place in the speech (core `slotPlace`) and the figures library's number for it. */
type SlotPlace = { place: string; value: string }

/** Places one after another, the first ten of them: a long list ends in 等. */
const placeList = (list: SlotPlace[], each: (p: SlotPlace) => string) =>
  list.slice(0, 10).map(each).join('；') + (list.length > 10 ? '等' : '')

type RolloverYears = { reviewYear: number | null; planYear: number | null }

/** Reading the figures library back after a write failed: what this page shows of it may be old. */
/** What 删除本节 / 删除本部分 call what they delete. */
const BLOCK_NAMES = { section: '节', part: '部分' } as const

/** Where one of two changed copies a merge keeps came from: this computer's edits, or the backup's. */
const copiedFrom = (side: 'here' | 'backup') => (side === 'here' ? '本机修改，合并前' : '备份中的修改，合并时另存')

/**
 * A draft named in a message, in 《》 once: a name that already opens with 《 (a merge's copy,
 * 《稳中求进…》（本机修改，合并前）) is not wrapped again (tryout 13: 草稿《《稳中求进…》（…）》).
 * Every message that names a draft by its name or title goes through it.
 */
export const draftNamed = (name: string) => (name.startsWith('《') ? name : `《${name}》`)

/**
 * A library the census says was there and is gone (store/census.ts), and how to get it back: told
 * on the library (`where` 在下面) and on a page that finds no draft or record (回到草稿列表，在).
 */
const lostLibrary = (drafts: number, meetings: number, when: string, where: string) =>
  `上次（${when}）这里还有 ${drafts} 篇草稿${meetings ? `、${meetings} 份会议记录` : ''}，现在浏览器存储里一份也没有了。` +
  `可能是磁盘写满或清理浏览器数据时，浏览器丢掉了它们。请先不要新建草稿：${where}“数据”里点“从备份恢复…”，选最近的备份文件` +
  '（备份文件名以“讲稿助手备份-”开头，通常在“下载”文件夹里，或您另存的U盘、邮箱中）。'

const readBackFailed = (why: string) => `重新读取数字库失败：${why}本页显示的数字库可能不是最新的，请刷新页面后核对。`

export const zh = {
  appName: '讲稿助手',
  library: '我的讲稿',
  drafts: '草稿',
  noDrafts: '还没有草稿。从下面的模板新建一篇，或导入上一年的讲稿。',
  templates: '模板',
  importSpeech: '导入上一年讲稿…',
  newFromTemplate: '新建',
  planYear: '讲话部署的年度',
  open: '打开',
  delete: '删除',
  cancel: '取消',
  confirmDelete: (title: string) => `确定删除草稿“${title}”吗？删除后无法恢复。`,
  untitled: '（无标题）',
  updated: (d: Date) => `修改于 ${d.toLocaleString('zh-CN', { hour12: false })}`,
  back: '返回列表',
  undo: '撤销',
  redo: '重做',
  addSection: '新增一节',
  addPart: '新增部分',
  moveUp: '上移',
  moveDown: '下移',
  deleteBlock: '删除本节',
  /** With the caret in a part but in none of its sections (its heading, a paragraph before its first section). */
  deletePart: '删除本部分',
  /** What 删除本节 / 删除本部分 takes away, said before (its tip) and after (a notice with the way back). */
  deleteBlockTip: (block: 'section' | 'part', heading: string, chars: number) =>
    `删除这一${BLOCK_NAMES[block]}“${heading}”及其下全部内容（约 ${chars} 字）`,
  runIn: '段首标题',
  outline: '提纲',
  total: '全文',
  chars: (n: number) => `${n} 字`,
  minutes: (m: number) => (m < 1 ? '不到 1 分钟' : `约 ${Math.round(m)} 分钟`),
  rate: '语速（字/分钟）',
  saved: '已保存',
  saving: '正在保存…',
  unsaved: '有未保存的修改',
  retrySave: '重试保存',
  loadFailed: '无法打开这篇草稿：',
  draftMissing: '找不到这篇草稿，可能已被删除。',
  /** A draft or meeting record not found while the census says the library was lost: not deleted, but gone with it. */
  missingLost: (what: 'draft' | 'meeting', drafts: number, meetings: number, when: string) =>
    `找不到这${what === 'draft' ? '篇草稿' : '份会议记录'}。草稿库可能已经丢失：${lostLibrary(drafts, meetings, when, '回到草稿列表，在')}`,
  slotHint: (label: string, unit: string) => `${label}${unit ? `（${unit}）` : ''}：按回车或双击填写`,
  partKind: PART_KIND_NAMES,
  editor: {
    saveFailed: '保存失败',
    readonly: '只读',
    saveAsNewFailed: (why: string) => `另存失败：${why}`,
    /** Closes the notice about the page (changes recovered, …). */
    dismiss: '知道了',
    /** Most of the speech went in one change: undo still brings it back, until the page closes. */
    blockDeleted: (block: 'section' | 'part', heading: string, chars: number) =>
      `已删除这一${BLOCK_NAMES[block]}“${heading}”及其下全部内容（约 ${chars} 字）。如果是误操作，请马上按 Ctrl+Z 撤销；关闭或刷新页面后就不能撤销了。`,
    /** A paste with part headings (一、……) that went into one place: its lines are paragraphs there. */
    pastedParts:
      '粘贴的文字里有“一、”这样单独成行的部分标题，现在都成了光标所在处的普通段落，没有分成部分，其中的数字会按这里的年度记。如果粘贴的是整篇讲稿，请按 Ctrl+Z 撤销，再按 Ctrl+A 全选后粘贴，就会按标题分好部分和节。',
    /** A paste of many speeches' length (core/large-cut.ts): kept, but she is told, once. */
    largePaste: (pasted: number, total: number) =>
      `刚才粘贴了约 ${pasted} 字，讲稿现在共 ${total} 字，远长于一般讲稿，检查、预览和打印都会变慢。如果粘贴错了，请马上按 Ctrl+Z 撤销。`,
    largeCut: (chars: number) =>
      `刚才一下删去了约 ${chars} 字，讲稿大部分已不在。如果是误操作，请马上按 Ctrl+Z 撤销；关闭或刷新页面后就不能撤销了。`,
    opening: '正在打开…',
    toolbar: '编辑工具',
    compare: '对照去年',
    compareClose: '回到正文',
    layout: '版式',
    print: '打印',
    exportDocx: '导出 Word',
    exportTxt: '导出文本',
    checksTab: (n: number | null) => (n === null ? '检查（…）' : `检查（${n}）`),
    rolloverTab: '换年提示',
    figuresTab: '数字',
    previewTab: '打印预览',
    body: '讲稿正文',
    headingPlaceholder: '（在此输入标题）',
    checkSettings: '检查设置',
    maxSentence: '句子最长字数',
    timeBoundPhrases: '有时效的提法（每行一个）',
  },
  gate: {
    /** What the gate calls a speech; the meeting's documents go by their kind's name. */
    speech: '讲稿',
    title: (noun: string, n: number) => `${noun}还有 ${n} 处错误`,
    explain: (action: string, marked: string) =>
      `正式${spaceAfterLatin(action)}之前请先改正。也可以作为草稿${action}，${marked}。`,
    more: (n: number) => `……还有 ${n} 处。`,
    asDraft: (action: string) => `作为草稿${action}`,
    fix: '去改正',
    /** No errors, but warnings not seen before this way out: asked once, not marked 草稿. */
    warnTitle: (noun: string, n: number) => `${noun}还有 ${n} 处警告`,
    warnExplain: (action: string) =>
      `警告不一定是错，但常常是漏改的数字、年份或前后不一致的说法。请先看一眼；确认无误，可以照常${action}，不标“草稿”。`,
    go: (action: string) => `照常${action}`,
    look: '去看看',
  },
  outlineYears: {
    label: '讲稿年度',
    review: '回顾',
    plan: '部署',
    year: '年份',
    yearAfter: '年，',
    yearEnd: '年',
  },
  partKindOf: (heading: string) => `“${heading}”是哪一类部分`,
  totalLine: (total: string, chars: string, time: string) => `${total}：${chars}，${time}`,
  slot: {
    notNumber: (typed: string, unit: string) => `“${typed}”不是数字。请只填数字，单位“${unit}”会自动加上。`,
    /** Digits with a comma where no thousands end (1,26): which number was meant cannot be told. */
    misgrouped: (typed: string) =>
      `“${typed}”里的逗号位置不对：逗号只能每三位一个（如 1,260）。请核对后重填，也可以不写逗号。`,
    /** A count typed below zero: the reason is the one every path gives (core/units.ts negativeCount). */
    negativeCount: (reason: string) => `${reason}。`,
    /** What a screen reader hears of a slot. */
    spoken: (label: string, value: string | null) => `${label}：${value ?? '未填'}`,
    /** An empty name slot shows this; its label is usually the title written right after it. */
    person: '姓名',
  },
  session: {
    otherTab:
      '这篇草稿正在另一个标签页（或窗口）里编辑，这里只能查看，不会保存。要在这里编辑，请点“在这里编辑”，另一个标签页会先保存再变为只读。',
    handedOver:
      '这篇草稿已转到另一个标签页编辑。这里的修改都已保存，现在只能查看。那边关闭后，这里自动转为可编辑并显示最新内容；要在这里接着编辑，请点“在这里编辑”。',
    /** Said after handedOver when a slot's input was open: its text went to the other tab with the draft. */
    slotHandedOver: (label: string, text: string) =>
      `空位“${label}”里输入、还没有填入的“${text}”已一起转到那个标签页，这里的输入框已关闭，请在那边接着填写。`,
    restored: '数据已从备份恢复，这个标签页里的草稿已不是最新的，已停止保存。请点“重新打开”。',
    /** The name of the draft that keeps what a tab showed unsaved when a restore replaced its draft. */
    keptOnRestoreName: (title: string) => `${draftNamed(title)}（恢复备份时这个标签页未保存的修改）`,
    /** Said after restored: what this tab showed unsaved is kept, under this name. */
    restoredKept: (name: string) => `这个标签页里还没保存的修改已另存为“${name}”，在“我的讲稿”里可以找到。`,
    restoredNotKept: (why: string) =>
      `这个标签页里还没保存的修改没能另存：${why}这些修改仍在编辑器里，请先复制出来，再点“重新打开”。`,
    deleted:
      '这篇草稿已被删除（或已从备份恢复为其他内容），已停止保存。未保存的内容仍在编辑器里，可以复制或“另存为新草稿”。',
    conflict:
      '这篇草稿已在另一个标签页中修改过，这里的修改没有保存，以免覆盖较新的内容。未保存的内容仍在编辑器里，可以复制或“另存为新草稿”，或点“重新打开”查看最新内容。',
    /** Said on opening, before the save that keeps the recovered changes: that save may fail (a full disk). */
    recovered: '已恢复上次关闭前还没来得及保存的修改。',
    /** The same, once the save that includes them has committed. */
    recoveredSaved: '已恢复上次关闭前还没来得及保存的修改，并已保存。',
    slotRecovered: (label: string, text: string) => `上次关闭前在空位“${label}”里输入、还没有填入的“${text}”已恢复。`,
    slotNotRecovered: (label: string, text: string) =>
      `上次关闭前在空位“${label}”里输入的“${text}”没能恢复：这个空位已不在原处。请在讲稿里重新填写。`,
    /** The same three, for what another tab left when this one took the draft over from it. */
    takenUp: '另一个标签页还没来得及保存的修改已带到这里。',
    slotTakenUp: (label: string, text: string) =>
      `另一个标签页在空位“${label}”里输入、还没有填入的“${text}”已带到这里。`,
    slotNotTakenUp: (label: string, text: string) =>
      `另一个标签页在空位“${label}”里输入的“${text}”没能带到这里：这个空位已不在原处。请在讲稿里重新填写。`,
    notRecovered: (at: Date) =>
      `发现一份${at.toLocaleString('zh-CN', { hour12: false })}未保存的修改，但这篇草稿此后已在别处修改过，无法安全合并，已放弃这份修改。`,
    takeOver: '在这里编辑',
    reopen: '重新打开',
    saveAsNew: '另存为新草稿',
    settingsReset: (names: string[]) => `设置中的“${names.join('、')}”已损坏，已恢复为默认值。`,
  },
  settingsNotSaved: (why: string) => `设置没有保存：${why}`,
  yearsRefused: `年份没有改：回顾年和部署年都要填 ${YEAR_MIN} 到 ${YEAR_MAX} 之间的四位年份。请改正后再试。`,
  draftList: {
    search: '查找草稿',
    searchPlaceholder: '按名称、标题、部门或年份查找',
    allYears: '全部年度',
    planYearOption: (y: number) => `部署 ${y} 年`,
    noYearOption: '未识别年度',
    years: (review: number | null, plan: number | null) =>
      review === null && plan === null ? '年度未识别' : `回顾 ${review ?? '?'} 年 · 部署 ${plan ?? '?'} 年`,
    noMatch: '没有符合条件的草稿。',
    shown: (n: number, all: number) => (n === all ? `共 ${all} 篇` : `显示 ${n} 篇，共 ${all} 篇`),
    more: (next: number, left: number) => `再显示 ${next} 篇（下面还有 ${left} 篇）`,
    fromImport: '导入的讲稿',
    fromRollover: '由上一年讲稿生成',
    templateOrigin: (name: string) => `模板：${name}`,
    chars: (n: number) => (n >= 10000 ? `${(n / 10000).toFixed(1)} 万字` : `${n} 字`),
    rename: '改名',
    renameTitle: '给草稿改名',
    renameHint: '名称只用来在列表里区分草稿，不改动讲稿的标题（打印出来的标题仍是讲稿第一行）。留空则按标题显示。',
    renameLabel: '名称',
    renamed: (name: string) => `已改名为“${name}”。`,
    renameCleared: '已去掉名称，按讲稿标题显示。',
    openElsewhere:
      '这篇草稿正在另一个标签页（或窗口）里编辑，不能在这里改名，以免两边的保存互相覆盖。请先在那个标签页返回列表或关闭它，再改名。',
    duplicate: '复制',
    copyName: (name: string) => `${name}（副本）`,
    duplicated: (name: string) => `已复制为“${name}”。`,
    copyTitle: '复制草稿',
    copyQuestion: (name: string) =>
      `复制“${name}”。\n数字库每个单位只有一个，所有草稿共用：在副本里改的数字，默认会改动数字库，原稿和明年生成的草稿都会按新数检查、填写。\n只是试着改改，请选“试改稿”：在副本里改的数字不进数字库。`,
    copyTrial: '试改稿（数字不进数字库）',
    copyShared: '正式副本（数字照常进数字库）',
    duplicatedTrial: (name: string) => `已复制为试改稿“${name}”：在这份里改的数字不进数字库。`,
    trialMark: '试改稿',
    deleted: (name: string) => `已删除“${name}”。`,
    rollover: '生成新一年草稿',
    save: '保存',
    emptySlotInTitle: (label: string) => `【${label}】`,
    templatesUnreadable: '自带的模板文件读不出来。请重新安装或更新讲稿助手。',
    templatesNotLoaded: '自带的模板没有载入。请刷新页面重试。',
    badYear: '请填写正确的年度，例如 2027。',
    rolloverFailed: (why: string) => `生成失败：${why}原来的草稿没有改动。`,
    byYear: '按年度筛选',
    yearsOf: (plan: number, midYear = false) =>
      midYear ? `（年中会议：总结 ${plan} 年上半年，部署下半年）` : `（回顾 ${plan - 1} 年，部署 ${plan} 年）`,
    level: '本单位是',
    /**
     * A level as the template list offers it (lang/levels.ts unit), with the words the template's 全县,
     * 县委县政府 become (levelWords).
     */
    levelOption: (unit: string, words: string) =>
      `${{ 县: '县直部门', 区: '区直部门', 市: '市直部门', 旗: '旗直部门', 街道: '街道办事处', 镇: '镇', 乡: '乡' }[unit] ?? unit}（${words}）`,
    data: '数据',
    notPersisted: '这个浏览器没有承诺长期保存本程序的数据：磁盘空间不足时可能被清理。请定期“备份全部数据”。',
    /**
     * Told on a start that finds the browser's storage empty where the census (store/census.ts) says
     * drafts or meeting records were: `when` is the time they were last counted.
     */
    lost: (drafts: number, meetings: number, when: string) => lostLibrary(drafts, meetings, when, '在下面'),
    lostAccept: '是我有意清空的',
    rolloverFrom: (name: string) =>
      `以“${name}”为底稿，年份顺延；数字先清空，数字库里已有的新一年数字当即填入（去年的数字留作参考）。`,
    rolloverYear: '新草稿部署的年度',
    rolloverGo: '生成',
  },
  backup: {
    backup: '备份全部数据',
    restore: '从备份恢复…',
    where: '所有数据只保存在这台电脑的浏览器里。请定期备份，换电脑或清理浏览器前务必备份。',
    done: (drafts: number, meetings: number) =>
      `已备份 ${drafts} 篇草稿、${meetings ? `${meetings} 份会议记录、` : ''}设置和数字库。请把备份文件保存在安全的地方。`,
    restoreTitle: '从备份恢复',
    question: (
      when: string,
      inBackup: number,
      here: number,
      lost: number,
      more: {
        meetings: number
        figures: number
        bothChanged?: string[]
        bothChangedMeetings?: string[]
        foreign?: { here: string[]; theirs: string[] } | null
      },
    ) =>
      (more.foreign
        ? `请注意：这份备份看来是别的单位的——它的讲稿和会议是${more.foreign.theirs.map((f) => `“${f}”`).join('、')}方面的，这里的是${more.foreign.here.map((f) => `“${f}”`).join('、')}方面的。“合并”会把它的草稿和数字加进这里，“替换”会换掉这里的全部内容；如不是有意为之，请点“取消”。`
        : '') +
      `这份备份${when ? `做于 ${when}，` : ''}有 ${inBackup} 篇草稿` +
      (more.meetings ? `、${more.meetings} 份会议记录` : '') +
      (more.figures ? `、数字库里 ${more.figures} 项数字` : '') +
      `；这里现有 ${here} 篇` +
      (lost
        ? `，其中 ${lost} 篇在备份里没有，或在这里改得比备份新：选“替换”会丢掉这些修改，要保留请选“合并”。`
        : '。') +
      (more.bothChanged?.length
        ? `有 ${more.bothChanged.length} 篇草稿（${more.bothChanged.map(draftNamed).join('、')}）在这里和备份里都改过：选“合并”两份都保留，较新的一份作原稿，另一份另存为一篇并注明来源。`
        : '') +
      (more.bothChangedMeetings?.length
        ? `有 ${more.bothChangedMeetings.length} 份会议记录（${more.bothChangedMeetings.map((t) => `“${t}”`).join('、')}）在这里和备份里都改过：选“合并”两份都保留，较新的一份作原记录，另一份另存为一份并注明来源。`
        : '') +
      '请选择恢复方式：',
    merge: '合并',
    mergeExplained:
      '加入这里没有的草稿和会议记录；同一篇草稿（或同一份会议记录）两边都有时，保留改过的一份；两边都改过（或分不清）时两份都保留，较新的作原稿，另一份另存为一篇（一份）。数字库也合并：同一项数字保留较新的（一样新时保留这里的）。设置不变。',
    /** The name of a changed copy a merge keeps beside the other: whose edits it holds. */
    copyName: (title: string, side: 'here' | 'backup') => `${draftNamed(title)}（${copiedFrom(side)}）`,
    /** The name of a meeting record's changed copy a merge keeps beside the other, as copyName. */
    meetingCopyName: (name: string, side: 'here' | 'backup') => `${name}（${copiedFrom(side)}）`,
    replace: '替换',
    replaceExplained: '删除这里现有的全部草稿、会议记录、设置和数字库，换成备份中的内容。',
    cancelled: '没有恢复，当前数据没有改动。',
    replaced: (drafts: number, meetings: number, figures: number) =>
      `已从备份恢复 ${drafts} 篇草稿、${meetings} 份会议记录和数字库里 ${figures} 项数字（这里原有的草稿、会议记录、设置和数字库已被替换）。`,
    merged: (r: {
      added: string[]
      replaced: string[]
      kept: number
      bothKept: { title: string; copy: string }[]
      alreadyHere: { title: string; here: string }[]
      meetingsBothKept: { title: string; copy: string }[]
      meetingsAlreadyHere: { title: string; here: string }[]
      meetingsAdded: number
      meetingsReplaced: number
      figuresAdded: number
      figuresReplaced: number
    }) =>
      `已合并备份：新增 ${r.added.length} 篇草稿，用备份中较新的替换 ${r.replaced.length} 篇，保留这里的 ${r.kept} 篇（这里的较新或一样新）；` +
      (r.bothKept.length
        ? `${r.bothKept.length} 篇两边都改过，两份都已保留：${r.bothKept.map((b) => `${draftNamed(b.title)}另一份另存为“${b.copy}”`).join('；')}，请对照后删去不要的一份；`
        : '') +
      (r.alreadyHere.length
        ? `备份中有 ${r.alreadyHere.length} 篇的内容已在这里，没有重复保存：${r.alreadyHere.map((a) => `“${a.title}”与这里的“${a.here}”相同`).join('；')}；`
        : '') +
      `会议记录新增 ${r.meetingsAdded} 份、更新 ${r.meetingsReplaced} 份；` +
      (r.meetingsBothKept.length
        ? `${r.meetingsBothKept.length} 份会议记录两边都改过，两份都已保留：${r.meetingsBothKept.map((b) => `“${b.title}”另一份另存为“${b.copy}”`).join('；')}，请对照后删去不要的一份；`
        : '') +
      (r.meetingsAlreadyHere.length
        ? `备份中有 ${r.meetingsAlreadyHere.length} 份会议记录已在这里，没有重复保存：${r.meetingsAlreadyHere.map((a) => `“${a.title}”与这里的“${a.here}”相同`).join('；')}；`
        : '') +
      `数字库新增 ${r.figuresAdded} 项、更新 ${r.figuresReplaced} 项。设置未改动。`,
    fileName: (day: string) => `讲稿助手备份-${day}.json`,
    failed: (why: string) => `备份失败：${why}`,
    unreadable: (file: string, why: string) => `无法读取“${file}”：${why}。当前数据没有任何改动。请换一个备份文件。`,
    unreadableWhy: '文件读不出来，可能已损坏或正被别的程序使用',
    restoreFailed: (why: string) => `恢复失败：${why}当前数据没有任何改动。`,
    unchanged: '当前数据没有任何改动。',
  },
  importPreview: {
    /** Our own button for the file picker: the browser's says “Choose File / No file chosen” in English. */
    chooseFile: '选择文件…',
    kind: '类型',
    kindsHint:
      '各部分的类型是程序根据标题和内容判断的，请核对；判断错了在这里改正。任务和要求部分里的数字作为计划年的目标，其余部分里的作为回顾年的实际数。',
    figuresAs: (target: boolean, year: number | null) =>
      `数字按${year === null ? '' : `${year}年`}${target ? '目标' : '实际数'}`,
    nothingChosen: '没有选择文件，也没有粘贴正文。请选择 .docx 或 .txt 文件，或把讲稿正文粘贴到框里。',
    title: '导入上一年的讲稿',
    recogniseFailed: '识别时出错，讲稿没有导入。请再试一次；仍不行时，请复制正文粘贴导入。',
    unreadable: (file: string, why: string) => `无法读取文件“${file}”：${why}。请重新选择文件。`,
    unreadableWhy: '文件读不出来，可能已被移走或正被别的程序使用',
    result: '识别结果',
    summary: (parts: number, figures: number, empty: number, people: number) =>
      `识别到 ${parts} 个部分、数字 ${figures} 个（其中打码或空缺 ${empty} 个）、人名 ${people} 个。`,
    speechTitle: (title: string) => `标题：${title || '（未识别到标题）'}`,
    greeting: (greeting: string) => `称呼：${greeting}`,
    noGreeting: '没有识别到称呼（如“同志们：”）。',
    partYear: (year: number) => ` · ${year}年`,
    unnumbered: (kind: string) => `【${kind}】`,
    gb18030: '文件是 GB18030/GBK 编码，已自动转换。',
    /** No part heading found (core/import/article.ts reads the article styles too): why, and what to do. */
    noParts:
      '没有找到部分标题，全文都会放进“开头”。部分标题要单独成行，以“一、二、三、”编号，节标题以“（一）（二）”编号；文章里的“【……】”“第一部分”和“▲”“■”开头的小标题也能认出。请点“重新选择”，在框里把标题改成这样再识别。',
    articleHeadings: (found: { style: string; level: 'part' | 'section'; count: number }[]) => {
      const bare = found.find((h) => h.style === '无编号')
      if (bare)
        return `原文的部分标题没有编号，已把 ${bare.count} 行单独成行的短标题当作部分标题，按“一、二、三、”编号。请核对下面的部分，认错了请在原文里给标题加上“一、”再识别。`
      const names: Record<string, string> = {
        '【】': '“【……】”',
        第X部分: '“第一部分”',
        '▲': '“▲”“■”“◆”等符号开头的行',
      }
      const each = found.map(
        (h) => `用${names[h.style] ?? h.style}作${h.level === 'part' ? '部分' : '节'}标题（${h.count} 处）`,
      )
      return `原文${each.join('，')}，已改按${found.some((h) => h.level === 'section') ? '“一、”“（一）”' : '“一、”'}编号。`
    },
    webLinesDropped: (n: number) =>
      `已略去 ${n} 行网页文字（公众号、网站上讲稿以外的署名、来源、图片说明、编辑审核、关注提示），不放进讲稿：`,
    keepWebLines: '保留这些文字',
    webLinesKept: (n: number) => `这 ${n} 行网页文字已按你的选择保留在讲稿里：`,
    dropWebLines: '还是略去',
    joinedLines: (n: number, example: [string, string]) =>
      `有 ${n} 处一句话中间断了行（网页复制来的文字常这样），已接成一段，如“…${example[0]}”接“${example[1]}…”。`,
    drop: '把 .docx 或 .txt 文件拖到这里，或',
    paste: '或把讲稿正文粘贴到这里：',
    pastePlaceholder: '在这里粘贴（Ctrl+V）',
    progress: (name: string) => `正在识别“${name}”的结构和数字…`,
    again: '重新选择',
    create: '创建草稿',
    pasted: '粘贴的文字',
    recognise: '识别',
  },
  figures: {
    merge: '合并',
    /** A metric stored under another name that holds what this line lacks (core/figures/same-metric.ts). */
    sameMetric: (other: string) => `可能就是“${other}”，合并…`,
    sameMetricTip: (other: string) =>
      `数字库里的“${other}”名称相近，又正好有这一项缺的数（今年的目标或上年的实际），很可能是同一个指标换了说法。合并后才能算完成率、比上年；合并前会再问一次。`,
    confirmMerge: (drop: string, keep: string) =>
      `把“${drop}”并入“${keep}”吗？“${drop}”的数值都归到“${keep}”名下（同一年两者都有数值时保留“${keep}”的），“${drop}”成为它的另一个名称。合并后不能撤销。`,
    inSpeech: '本篇讲稿的指标',
    sameYears: '数字库中本篇年度有数的指标',
    /** A figure's year (or a span's total) and whether it is the actual or the target: “2025年实际”, “2021—2025年累计目标”. */
    yearKind: (period: string | null, year: number | null, target: boolean) =>
      `${period ? `${period.replace('-', '—')}年累计` : `${year ?? '?'}年`}${target ? '目标' : '实际'}`,
    slots: (n: number) => ` · ${n}处`,
    /** A row whose slots hold different numbers: two figures under one name, never set as one. */
    splitMark: '「同名不同数」',
    splitTip:
      '这几处用的是同一个指标名称，但数字不同，是不同的数字（如城镇和农村的两个数），在这里不能统一修改，请在正文里逐处修改。',
    splitPlaceholder: '逐处改',
    splitValues: (values: string[]) => `讲稿里：${values.join('、')}`,
    splitRefused: (label: string, places: string[]) =>
      `没有修改：“${label}”在讲稿里有 ${places.length} 处，数字各不相同，是同名的不同数字，一个数不能同时填进去。请在正文里逐处修改：${places.map((p) => `“${p}”`).join('；')}。`,
    valueOf: (label: string, unit: string) => `${label}（${unit}）`,
    toFill: '待填',
    previousTarget: '上一年定的目标',
    previousTargetShort: (value: string) => `去年目标 ${value}`,
    below: '低于目标',
    reached: '完成目标',
    completion: (percent: string) => `完成${percent}%`,
    /** A ceiling target (控制在…以内) of a measure where less is better, met or not. */
    ceilingMet: '达标（不超过目标）',
    ceilingMissed: '未达标（超过目标）',
    mergeInto: '合并到另一个指标',
    mergeMenu: '合并到…',
    fill: '用数字库填写空位',
    importCsv: '导入 CSV…',
    exportCsv: '导出 CSV',
    csvDialog: '导入数字',
    csvRows: (file: string, rows: number, bad: number) =>
      `“${file}”：可导入 ${rows} 行。${bad ? `有 ${bad} 行写得不对或互相矛盾，不会导入：` : ''}`,
    csvLine: (line: number, message: string) => `第 ${line} 行：${message}`,
    /** Of the rows a CSV would import, those this speech's slots use (tryout 12, C4: 20,000 rows, few of them its own). */
    csvForSlots: (n: number, rows: number) =>
      n === rows
        ? `这 ${rows} 行都是本讲稿用到的指标。`
        : `其中 ${n} 行是本讲稿用到的指标，其余 ${rows - n} 行本讲稿用不到，只存入数字库${n === 0 ? '：请确认选对了文件' : ''}。`,
    /** What the CSV reader did beyond reading rows (core/figures/csv.ts CsvNote). */
    csvNote: (n: CsvNote) =>
      n.kind === 'oldExport'
        ? `这像是旧版讲稿助手导出的数字库文件（没有“累计”列）：第 ${n.lines.join('、')} 行可能是多年累计数（如 2021—2025年累计），被写成了末年的数，导入后会当作那一年的数。请在新版里重新导出后再导入；或在表里加一列“累计”，在这些行写上起止年份（如 2021-2025）。`
        : n.kind === 'title'
          ? `表头上面的 ${n.rows.length} 行当作表格标题，没有读取：${n.rows.map((r) => `第 ${r.line} 行“${r.text}”`).join('、')}。`
          : n.kind === 'byYear'
            ? `表里没有“年度”列，按列读取：${n.columns.map((c) => `“${c.name}”列是 ${c.year}年${c.kind === 'target' ? '目标' : '实际数'}`).join('，')}。请核对年度和“实际/目标”，不对就取消，在表里改列名（如“2026年目标”）后再导入。`
            : `这几列没有读取：${n.columns.map((c) => `“${c}”`).join('、')}（增减由数字库按两年的数自己算）。`,
    csvFillOffer: ({
      filled,
      updated,
      refused,
      unsure,
    }: {
      filled: number
      updated: number
      refused: number
      unsure: number
    }) =>
      `导入后可填写本讲稿 ${filled} 个空位${updated ? `，讲稿里 ${updated} 处原是数字库里的旧数，随之改为 CSV 的数` : ''}${
        refused || unsure
          ? `；${[refused ? `${refused} 个因单位不能换算` : '', unsure ? `${unsure} 个因无法确定对应哪个数字` : '']
              .filter(Boolean)
              .join('、')}，不会填入`
          : ''
      }。`,
    importAndFill: (filled: number, updated: number) =>
      filled && updated
        ? `导入并填写 ${filled} 个空位、更新 ${updated} 处`
        : updated
          ? `导入并更新讲稿 ${updated} 处`
          : `导入并填写 ${filled} 个空位`,
    /** Slots holding a number of their own that the CSV gives another: the preview names them before anything is written. */
    csvKept: (n: number) =>
      `讲稿里有 ${n} 处已填的数和 CSV 不同，不是数字库里原来的数（可能是手工填写的），不会改动，导入后请核对：`,
    csvKeptLine: (p: SlotPlace) => `“${p.place}”，CSV 是 ${p.value}`,
    importOnly: (n: number) => `只导入这 ${n} 行`,
    summary: (n: number, empty: number) => `本讲稿用到 ${n} 项数字，${empty} 项待填。`,
    /** Figures typed as words (core/typed-slots.ts): checked, but not in this list nor in the library until they are slots. */
    typedNotice: (figures: string[]) =>
      `正文里有 ${figures.length} 个直接打字写的数字，还不是数字空位，不在上面的列表里，也没有存入数字库（明年换年时就没有上年数）：${figures.slice(0, 8).join('、')}${figures.length > 8 ? ' 等' : ''}。`,
    /** What each typed figure will be kept as, by year and kind, so she can check before the step (tryout 9, finding 2). */
    typedStoreAs: (groups: [yearKind: string, figures: string[]][]) =>
      `存入数字库时记为：${groups.map(([k, list]) => `${k} ${list.length} 个（${list.slice(0, 6).join('、')}${list.length > 6 ? ' 等' : ''}）`).join('；')}。请先核对年度和“实际/目标”。`,
    typedNoYear: '年度未定',
    /** Figures of a stretch of the year (1至5月, 截至目前): made slots, not kept as the year's (tryout 16, A2). */
    typedPartOfYear: '只是年内一段时间的数（如1至5月、截至目前），变成空位但不存入数字库',
    typedPartOfYearMade: (labels: string[]) =>
      `${labels.map((l) => `“${l}”`).join('、')}是年内一段时间的数（如1至5月、截至目前），不是全年的数，已变成空位，但没有存入数字库。`,
    /** Typed figures in a speech with no numbered parts: all are read as the opening's (last year's actuals). */
    typedNoParts:
      '讲稿还没有分成部分（一、二、……），上面的数字都按开头记为上年实际，今年的目标也会被当成实际。请先用“新增部分”分好部分，或全选后重新粘贴整篇讲稿（单独成行的“一、”“二、”标题会分成部分）。',
    typedToSlots: (n: number) => `把这 ${n} 个数字变成空位并存入数字库`,
    typedToSlotsTip: '正文的文字不变，数字变成带底色的空位；按 Ctrl+Z 可撤销，数字库也改回点击前的样子。',
    typedMade: (n: number) => `已把 ${n} 个打字写的数字变成空位，并存入数字库。`,
    typedTwo: (labels: string[]) =>
      `已变成空位，但${labels.map((l) => `“${l}”`).join('、')}在讲稿里写了几个不同的数（可能一个是全市的、一个是本地的），没有存入数字库。请在正文里逐处核对，需要时改一个的名称后重新填写。`,
    columns: ['指标', '数值', '上年', '增减', '目标'],
    csvRefused: (n: number) =>
      `有 ${n} 行和数字库里同名的指标对不上（单位不能换算，或名称说了方向、数值又带负号），不会导入：`,
    csvChanges: (n: number) => `导入会改动数字库里已有的 ${n} 个数字，请核对：`,
    csvChange: (c: { label: string; year: number; kind: string; span: string; from: string; to: string }) =>
      `“${c.label}”${c.span ? `${c.span.replace('-', '—')}年累计` : `${c.year}年`}${c.kind === 'target' ? '目标' : '实际'}：数字库里是 ${c.from}，CSV 是 ${c.to}`,
    /** Other drafts that show the stored number a CSV row changes. */
    csvShownIn: (from: string, drafts: readonly string[]) =>
      `；${drafts.map((d) => `草稿${draftNamed(d)}`).join('、')}里写的是${from}`,
    csvKeepStored: (n: number) => `已有的不改，只导入其余 ${n} 行`,
    /** A figure typed in the speech that the store refused (`reason` from the core). */
    notKept: (reason: string) => `${reason}讲稿里的数字已经改好，数字库里原有的数没有改动。`,
    /** A figure in a unit its label's metric does not convert to, kept as a metric of its own (core keptLabel). */
    keptApart: (label: string, unit: string, metricUnit: string, kept: string) =>
      `数字库里的“${label}”以“${metricUnit}”计，这里的${unit}数不能换算成${metricUnit}，是另一个数：已另存为“${kept}”。`,
    notStored: (why: string) => `数字没有存入数字库：${why}讲稿里的数字已经改好。`,
    /** A write to the library committed, and reading the library back after it failed. */
    notReadBack: (why: string) => `数字已存入数字库，但${readBackFailed(why)}`,
    readBackFailed,
    othersUnread: (why: string) => `没能查看其他草稿是否也写着原来的数：${why}请打开用到这个数的草稿核对。`,
    /**
     * An undo of a figure typed, and the library's figure it was to take back (`label` and `when`
     * name it; `typed` is what she typed, `prior` what the library held before, null: nothing).
     * The write failed: the library holds what she typed.
     */
    undoNotStored: (label: string, when: string, typed: string, why: string) =>
      `讲稿里已撤销，但数字库没有跟着改回：${why}数字库里“${label}”${when}数仍是您输入的 ${typed}。要两边一致，请重做（Ctrl+Y），或在数字库表格里改。`,
    /** An undo took back what the step wrote in the library: `n` figures hold what they held before it. */
    /** A figure typed here changed the library where other drafts still show the old number. */
    shownElsewhere: (label: string, when: string, from: string, to: string, drafts: readonly string[]) =>
      `数字库里“${label}”${when}数由${from}改为${to}；${drafts.map((d) => `草稿${draftNamed(d)}`).join('、')}里写的是${from}。要是只想在这篇里改，请点“撤销”：数字库改回${from}，这篇里的${to}不变。`,
    undoShown: '撤销',
    keepShown: '知道了',
    /** A trial copy: figures typed in it stay out of the library. */
    trialNote: '试改稿：在这份里改的数字不进数字库，别的草稿不受影响。',
    /** In a trial copy, the library's own actions (导入 CSV, 合并) are refused: they would change it for every draft. */
    trialRefused: (action: 'csv' | 'merge') =>
      `这是试改稿，数字不进数字库，所以不能在这里${action === 'csv' ? '导入 CSV' : '合并指标'}：那会改动所有草稿共用的数字库。要${action === 'csv' ? '导入' : '合并'}，请回到草稿列表，打开原稿（或正式副本）再操作。数字库没有改动。`,
    undoTaken: (n: number) => `已撤销，数字库里相应的 ${n} 个数字也已改回之前的样子。`,
    /** A redo wrote `n` figures in the library again. */
    redoKept: (n: number) => `已重做，${n} 个数字又存入数字库。`,
    /** The undo's write committed; reading the library back failed. */
    undoNotReadBack: (label: string, when: string, prior: string | null, why: string) =>
      `撤销已把数字库里“${label}”${when}数${prior === null ? '删去（输入前数字库里没有这个数）' : `改回 ${prior}`}，但${readBackFailed(why)}`,
    /** The library's figure changed after she typed (an import, another tab): the undo left it. */
    undoLeft: (label: string, when: string, prior: string | null, now: string | null) =>
      `讲稿里已撤销，数字库里“${label}”${when}数没有${prior === null ? '删去' : `改回 ${prior}`}：您输入之后，数字库里的这个数${now === null ? '已被删除' : `已改为 ${now}`}（导入或另一个标签页改的），没有动它。`,
    /** The library's figure was stored again after she typed, with the number she typed (an import, another tab): the undo left it. */
    undoWrittenAgain: (label: string, when: string, prior: string | null, now: string | null) =>
      `讲稿里已撤销，数字库里“${label}”${when}数没有${prior === null ? '删去' : `改回 ${prior}`}：您输入之后，数字库里的这个数又存过一次（仍是 ${now ?? '空的'}，导入或另一个标签页存的），没有动它。`,
    /**
     * A figure typed before the page went away (recovered from the write-ahead copy) that the
     * library has had another number for since (a CSV import, another tab): not written over it.
     */
    recoveredNotKept: (label: string, when: string, typed: string, now: string | null) =>
      `恢复的“${label}”${when}数 ${typed} 没有存入数字库：输入之后数字库里的这个数${now === null ? '已被删除' : `已改为 ${now}`}（导入或另一个标签页改的），没有覆盖。讲稿里仍是您输入的 ${typed}，请核对哪个对；要以数字库为准，可点“用数字库填写”。`,
    /**
     * The same, where the library holds the number it held before, stored again since (a CSV
     * imported again, another tab): a newer write, though the number looks unchanged.
     */
    recoveredWrittenAgain: (label: string, when: string, typed: string, now: string | null) =>
      `恢复的“${label}”${when}数 ${typed} 没有存入数字库：输入之后数字库里的这个数又存过一次（仍是 ${now ?? '空的'}，导入或另一个标签页存的），比您输入的新，没有覆盖。讲稿里仍是您输入的 ${typed}，请核对哪个对；要以数字库为准，可点“用数字库填写”。`,
    /**
     * The same, from a copy written before it said what the library held and when that was
     * stored: which is newer cannot be told.
     */
    recoveredUnsure: (label: string, when: string, typed: string, now: string | null) =>
      `恢复的“${label}”${when}数 ${typed} 没有存入数字库：数字库里这个数是 ${now ?? '空的'}，这份恢复的修改没有记下输入前数字库里是哪一次存入的数，分不清哪个较新，所以没有覆盖。讲稿里仍是您输入的 ${typed}，请核对哪个对；要以数字库为准，可点“用数字库填写”。`,
    recoveredNotStored: (label: string, when: string, typed: string, why: string) =>
      `恢复的“${label}”${when}数 ${typed} 没有存入数字库：${why}讲稿里仍是您输入的 ${typed}。`,
    tipPerson: (label: string, before: string | null) =>
      `姓名（${label}）${before ? `：上年是“${before}”，人没换就照填，换了填新的姓名` : ''}：按回车或双击填写`,
    tipText: (label: string) => `${label}：按回车或双击填写`,
    tipHead: (label: string, unit: string, when: string, value: string | null) =>
      `${label}（${unit || '无单位'}）${when ? `，${when}` : ''}：${value ?? '未填'}`,
    tipPrevious: (value: string) => `上年：${value}`,
    tipChange: (diff: string, rate: string | null) =>
      `增减：${diff}${rate !== null ? `，${rate.startsWith('-') ? '下降' : '增长'}${rate.replace(/^[+-]/, '')}%` : ''}`,
    tipPreviousTarget: (value: string) => `去年目标：${value}`,
    tipTarget: (value: string) => `目标：${value}`,
    tipFill: '按回车或双击填写',
    filled: (filled: number, empty: number) => `已从数字库填写 ${filled} 个空位，还有 ${empty} 个空着。`,
    /** The slots still empty after a fill, and what each sought: the library holds no such number yet. */
    stillEmpty: (list: { label: string; year: number | null; kind: 'actual' | 'target' }[]) =>
      list.length
        ? `空着的要的是：${list
            .slice(0, 10)
            .map((s) => `“${s.label}”${s.year ?? ''}${s.year ? '年' : ''}${s.kind === 'target' ? '目标数' : '实际数'}`)
            .join(
              '；',
            )}${list.length > 10 ? '等' : ''}（数字库里还没有）。部分的类型（回顾/任务）决定要的是实际数还是目标数，不对时可在“大纲”里改。`
        : '',
    csvUnreadable: (file: string, why: string) => `无法读取“${file}”：${why}`,
    nothingImported: '没有导入任何数字。',
    importFailed: (why: string) => `导入失败：${why}数字库没有改动。`,
    importedAndFilled: (n: number, filled: number, empty: number) =>
      `已导入 ${n} 个数字，填写了 ${filled} 个空位，还有 ${empty} 个空着。`,
    imported: (n: number) => `已导入 ${n} 个数字。`,
    /** Slots a fill after an import brought from the library's old number to its new one. */
    followed: (list: SlotPlace[]) =>
      list.length
        ? `讲稿里随数字库改了 ${list.length} 处：${placeList(list, (p) => `“${p.place}”改为 ${p.value}`)}。`
        : '',
    /** Slots holding a number of their own, which a fill after an import never overwrites. */
    keptByHand: (list: SlotPlace[]) =>
      list.length
        ? `讲稿里有 ${list.length} 处填的不是数字库原来的数，没有改动，和数字库不同，请核对：${placeList(list, (p) => `“${p.place}”（数字库是 ${p.value}）`)}。`
        : '',
    /** An import without a fill: the slots that now differ from the library. */
    notFollowed: (list: SlotPlace[]) =>
      list.length
        ? `讲稿没有改动，其中 ${list.length} 处和数字库不同：${placeList(list, (p) => `“${p.place}”（数字库是 ${p.value}）`)}。要改时在下表该行填写。`
        : '',
    csvFileName: '讲稿助手数字库.csv',
    exportFailed: (why: string) => `导出失败：${why}`,
    merged: (drop: string, keep: string) => `已把“${drop}”并入“${keep}”。`,
    mergeFailed: (why: string) => `合并失败：${why}`,
  },
  checks: {
    bySeverity: '按级别筛选',
    all: (n: number) => `全部 ${n}`,
    severity: (name: string, n: number) => `${name} ${n}`,
    none: '没有发现问题。',
    checking: '正在检查…',
    list: '检查结果',
    notListed: (n: number) => `还有 ${n} 处未列出，请先处理上面的。`,
    ignored: (n: number) => `已忽略 ${n} 处。`,
    disabled: (names: string[]) => `已关闭：${names.join('、')}。`,
    restoreAll: '全部恢复',
    ignore: '忽略',
    disable: (rule: string) => `关闭“${rule}”`,
  },
  compare: {
    sides: (old: string) => `左：${old}；右：今年的草稿。`,
    oldTitle: '去年的讲稿',
    same: '黄色',
    sameMeans: '仍是去年原文',
    added: '绿色',
    addedMeans: '今年新写',
    removed: '红色',
    removedMeans: '去年有、今年删去',
    unchanged: (percent: number) => `${percent}% 仍是去年原文`,
    lastYear: '去年',
    thisYear: '今年',
  },
  rolloverReport: {
    noYears: '原稿里没有任何年份，年份没有改动；数字空位已清空，请手工核对时间表述。',
    summary: (from: RolloverYears, to: RolloverYears, open: number) =>
      `由回顾${from.reviewYear ?? ''}年、部署${from.planYear ?? ''}年的讲稿生成：现回顾${to.reviewYear ?? ''}年、部署${to.planYear ?? ''}年。还有 ${open} 处需要确认或改写。`,
    gone: '原文已改写，找不到这几个字了',
    /**
     * What the roll-over's fill from the library did, said under the summary: how many it filled
     * then, and how many are empty now (counted in the speech as it is, not at the roll-over).
     */
    fill: (filled: number, emptyNow: number) =>
      `生成时已用数字库填写 ${filled} 个空位；${emptyNow ? `现在还有 ${emptyNow} 个空着。` : '现在空位都已填好。'}`,
    /** A flag whose words the user rewrote away: dealt with by that edit. */
    rewritten: (words: string) => `已在正文里改写：“${words}”已不在讲稿中，这条不用再处理（撤销改写后会重新列出）。`,
    rewrittenCount: (n: number) => `另有 ${n} 处已在正文里改写。`,
    done: '已处理',
  },
  workers: {
    importStopped: '导入程序意外停止，没有建立草稿。请刷新页面后重试；仍不行时，请复制正文粘贴导入。',
    importFailed:
      '导入时出了意外的错误，没有建立草稿。请把文件另存为 .docx 或 .txt 后再试；仍不行时，请复制正文粘贴导入。',
    rolloverStopped: '生成新一年草稿的后台程序意外停止，原来的草稿没有改动。请刷新页面后重试。',
    rolloverRefused: (why: string) => `没有生成新草稿，原来的草稿没有改动：${why}`,
    rolloverFailed:
      '生成新一年草稿时出了意外的错误，原来的草稿没有改动。请刷新页面后重试；仍不行时，请先备份数据，再把这篇草稿复制出来另建。',
  },
  pwa: {
    updateReady: '讲稿助手有新版本，已下载好。草稿都已保存，点“更新”即换用新版本。',
    apply: '更新',
  },
  output: {
    draftMark: '（草稿）',
    /** How a speech let out with errors is marked, per way out: a .txt has no pages, only a first line. */
    draftMarked: {
      print: '每一页都会印上“草稿”',
      docx: '每一页的页眉都会标明“草稿”',
      txt: '文件第一行会标明“草稿”',
    },
    failed: (action: string, why: string) => `${action}失败：${why}。讲稿内容没有受影响，请重试。`,
    failedWhy: '生成文件时出错',
  },
  find: {
    open: '查找',
    label: '查找',
    replaceLabel: '替换为',
    prev: '上一处',
    next: '下一处',
    replace: '替换',
    replaceAll: '全部替换',
    replaceToggle: '替换…',
    inSlots: '也查空位（名称、数字）',
    close: '关闭查找（Esc）',
    none: '没有找到',
    count: (n: number, total: number, slots: number) =>
      `${n > 0 ? `第 ${n} 处，` : ''}共 ${total} 处${slots ? `（其中空位 ${slots} 处）` : ''}`,
    slotsKept: '空位只查找、不替换；空位里的数字请在“数字”里改。',
    replaced: (n: number) => `已替换 ${n} 处，按 Ctrl+Z 可一次撤销。`,
  },
  numberHint: {
    level: {
      1: (typed: string) =>
        `“${typed}”是部分的编号。部分的编号（一、二、三、……）由程序自动生成，不用手写：要新增一个部分，点“新增部分”。`,
      2: (typed: string) =>
        `“${typed}”是节的编号。节的编号（（一）（二）（三）……）由程序自动生成，不用手写：按 Ctrl+Enter 或点“新增一节”，这一段就成为新的一节（手写的编号随之去掉）。`,
      3: (typed: string) => `“${typed}”是第三层的编号，依次写作“1.”“2.”“3.”（阿拉伯数字加下脚点）。`,
      4: (typed: string) => `“${typed}”是第四层的编号，依次写作“（1）”“（2）”“（3）”（全角括号）。`,
    } satisfies Record<1 | 2 | 3 | 4, (typed: string) => string>,
    generated: (typed: string) => `这里的编号由程序自动生成，又手写了“${typed}”，印出来会重复，请删去。`,
    write: (right: string) => `这一层应写作“${right}”。`,
  },
  print: {
    range: '打印范围',
    all: '全文',
    part: '一部分',
    pages: '页码',
    pagesFrom: '从第',
    pagesTo: '页到第',
    pagesEnd: '页',
    print: '打印',
    wide: '放大',
    narrow: '还原',
    wideTitle: '预览放大到整个窗口（Esc 还原）',
    noPart: '要打印的部分已不在讲稿里，请重新选择。',
    badPages: (count: number) =>
      `页码不对：这篇讲稿在当前版式下共 ${count} 页，请填 1 到 ${count} 之间的页码，且起始页不大于结束页。`,
    partNote: '单独打印的部分从第 1 页编页码，标题编号与全文一致。',
    pageCount: (layout: string, pages: number) => `${layout}，共 ${pages} 页`,
  },
  layout: {
    outline: '提纲',
    showOutline: '显示提纲',
    hideSide: '收起右栏',
    showSide: '展开右栏',
  },
  storageUnavailable: '无法使用浏览器存储。请不要使用无痕/隐私模式，并允许本网页保存数据。',
  /** The reason added in brackets to a message, as `（…）`. */
  because: (why: string) => `（${why}）`,
  noReasonGiven: '浏览器没有说明原因',
  storage: {
    draftConflict:
      '这篇草稿已在另一个标签页中修改过（或已从备份恢复），这次修改没有保存，以免覆盖较新的内容。您的修改还在编辑器里：可以先复制，或“另存为新草稿”。',
    meetingConflict:
      '这份会议记录已在另一个标签页中修改过（或已从备份恢复），这次修改没有保存，以免覆盖较新的内容。请点“重新打开”看最新的记录，再改一次。',
    meetingGone: '这份会议记录已被删除（或已从备份恢复为其他内容），这次修改没有保存。',
    draftGone:
      '这篇草稿已被删除（或已从备份恢复为其他内容），这次修改没有保存。您的修改还在编辑器里：可以“另存为新草稿”。',
    full: '浏览器的存储空间已满，这次修改没有保存。内容还在编辑器里：请先导出或复制讲稿，再删除不用的旧草稿后重试。',
    disconnected:
      '与浏览器存储的连接已断开，这次修改没有保存。内容还在编辑器里：请刷新前先复制讲稿，或稍后点“重试保存”。',
    notWritten:
      '浏览器没能把这次修改写入磁盘（可能是磁盘已满或存储出错），这次修改没有保存。内容还在编辑器里：请先导出或复制讲稿，清理磁盘空间后点“重试保存”，再到草稿列表点“备份全部数据”（磁盘写满时，浏览器有可能连已保存的内容也丢掉）。',
    restoreOutdated:
      '就在刚才，有草稿保存过、新建了或删除了（可能是另一个标签页里在打字），和刚才问您时不一样了。为了不丢掉这些修改，这次没有替换，什么也没有改动。请按现在的情况重新选择。',
    newerVersion: '浏览器里保存的数据来自更新版本的讲稿助手。请使用最新版本打开，以免数据丢失。',
    /** `why` is an error's own Chinese message, or empty when it had none. */
    failed: (why: string) =>
      `保存失败${why ? `（${why}）` : '（浏览器没有说明原因）'}。内容还在编辑器里，请点“重试保存”；如仍失败，请先导出讲稿备份。`,
    /** The same failures away from the editor (creating a draft, the library, backups, figures): nothing typed is waiting. */
    elsewhere: {
      full: '浏览器的存储空间已满，这一步没有做成。已保存的草稿和数字都还在：请先备份，再删除不用的旧草稿后重试。',
      disconnected: '与浏览器存储的连接已断开，这一步没有做成。请刷新页面后重试；刷新后如果草稿不见了，请从备份恢复。',
      notWritten:
        '浏览器没能写入磁盘（可能是磁盘已满或存储出错），这一步没有做成。磁盘写满时，浏览器有可能连已保存的内容也丢掉：' +
        '请马上清理磁盘空间，然后立即点“备份全部数据”，把备份文件存到别的盘或U盘上。',
      failed: (why: string) =>
        `这一步没有做成${why ? `（${why}）` : '（浏览器没有说明原因）'}。请重试；如仍失败，请立即点“备份全部数据”。`,
    },
    cannotOpen: (why: string) => `无法打开浏览器存储：${why}`,
    mergeGone: '要合并的指标已不存在，请刷新后重试。',
  },
  pageLoadFailed: '这一页的程序没有载入，请刷新页面重试。已保存的草稿都在浏览器里，不受影响',
  meeting: {
    title: '会议记录',
    list: '会议',
    none: '还没有会议记录。可以在讲稿旁点“会议记录”从讲稿建立，或新建一份。',
    create: '新建会议记录',
    fromSpeech: '会议记录',
    fromSpeechHint: '建立或打开这篇讲话所在会议的记录（通知、议程、主持词由它生成）',
    open: '打开',
    untitled: '（未命名会议）',
    missing: '找不到这份会议记录，可能已被删除。',
    speechMissing: '找不到这篇讲稿，可能已被删除。',
    loadFailed: '无法打开这份会议记录：',
    confirmDelete: (name: string, docs: number) =>
      `确定删除会议记录“${name}”吗？${docs ? `由它生成的 ${docs} 份文件（通知、议程、主持词）也会一起删除；` : ''}连着的讲话稿不会删除。删除后无法恢复。`,
    readonly: {
      'other-tab':
        '这份会议记录正在另一个标签页（或窗口）里编辑，这里只能查看，不会保存。要在这里编辑，请点“在这里编辑”，另一个标签页会先保存再变为只读。',
      'handed-over':
        '这份会议记录已转到另一个标签页编辑。这里的修改都已保存，现在只能查看。那边关闭后，这里自动转为可编辑并显示最新内容；要在这里接着编辑，请点“在这里编辑”。',
      restored: '数据已从备份恢复，这里的会议记录已不是最新的，已停止保存。请点“重新打开”。',
      deleted: '这份会议记录已被删除（或已从备份恢复为其他内容），已停止保存。',
      conflict:
        '这份会议记录已在另一个标签页中修改过，这里的修改没有保存，以免覆盖较新的内容。请点“重新打开”查看最新的记录，再改一次。',
      // Widened so a session's read-only reason, a string, looks its words up.
      // biome-ignore lint/nursery/noUnsafeTypeAssertion: the reason is the comment above
    } as Record<string, string>,
    notesTitle: '从讲稿读出的内容（请核对）：',
    notesSeen: '知道了',
    rolloverTitle: '顺延一年后请核对：',
    flagDone: '已处理',
    goToField: '转到',
    sections: {
      basics: '基本信息',
      attendees: '参会人员',
      deadlines: '截止日期',
      contacts: '联系人',
      items: '会议议程',
      documents: '会议文件',
      checks: '检查',
    },
    labels: {
      name: '会议名称',
      organiser: '发文机关',
      addressees: '主送机关',
      date: '会议日期',
      start: '开始时间',
      place: '会议地点',
      issued: '通知成文日期',
      chairTitle: '主持人职务',
      chairName: '主持人姓名',
      attendee: '参会人员',
      deadlineDate: '截止日期',
      deadlineWhat: '要办的事',
      contactName: '姓名',
      contactPhone: '电话',
      action: '类型',
      what: '内容',
      whoTitle: '职务',
      whoName: '姓名',
      speech: '讲话稿',
      summary: '讲话后的小结（主持词用）',
      speaker: '发言人',
    },
    placeholders: {
      name: '如：全县农业农村工作会议',
      organiser: '如：县农业农村局',
      /** The 主送机关 the notice gets while the record has none (lang/levels.ts), or an example when the organiser's level is unknown. */
      addressees: (usual: string | null) =>
        usual ? `不填则按发文机关写：${usual}` : '如：各街道办事处、各镇人民政府，区直有关部门',
      date: '如：2027年2月12日',
      start: '如：上午9:00 或 14:30',
      place: '如：县行政中心三楼会议室',
      issued: '如：2027年2月1日',
      chairTitle: '如：副县长',
      chairName: '如：王明',
      attendee: '如：各乡镇分管农业工作的负责同志',
      deadlineWhat: '如：参会人员名单报县农业农村局办公室',
      contactPhone: '如：0795-1234567',
      whoTitle: '如：县长',
      whoName: '如：张强',
      summary: '如：深刻分析了当前形势，对今年的重点工作作了全面部署，讲得很全面、很深刻。',
    },
    add: '添加',
    addItem: '添加一项议程',
    addSpeaker: '添加发言人',
    remove: '删除',
    moveUp: '上移',
    moveDown: '下移',
    noSpeech: '（不连讲话稿）',
    /** A speech draft to link, told apart from last year's of the same title by its years and when it last changed. */
    speechChoice: (name: string, review: number | null, plan: number | null, updatedAt: number) =>
      `${name}（${zh.draftList.years(review, plan)} · ${zh.updated(new Date(updatedAt))}）`,
    speechGone: '（连着的讲话稿已删除）',
    confirmRemoveItem: (n: string) => `确定删除第${n}项议程吗？它的发言人和内容都会删除。`,
    mainSpeech: '主讲话',
    docState: {
      none: '还没有生成',
      fresh: '已生成',
      stale: '会议记录的项数有变，打开后可重新生成',
      fields: '会议信息待更新（打开时自动更新）',
    },
    generate: '生成',
    rewriteLastYear: '改写去年的',
    rewriteLastYearHint: '以去年同一份文件为底稿：年份顺延、会议信息换成今年的，您去年改写的文字保留，列出要核对的地方',
    openDoc: '打开',
    checksNone: '会议记录和各文件之间没有发现不一致。',
    inDoc: (name: string) => `${name}：`,
    record: '会议记录',
    backToDoc: '返回文件',
    panelTab: '会议',
    panelFor: (name: string) => `这份文件属于会议“${name}”。`,
    panelSpeech: (name: string) => `这篇讲话是会议“${name}”的一项议程。`,
    editRecord: '修改会议记录',
    siblings: '同一会议的文件',
    staleTitle: '需要重新生成',
    regenerate: '重新生成…',
    confirmRegenerate: (lost: string[]) =>
      `重新生成会按会议记录重写整份文件。${
        lost.length
          ? `以下 ${lost.length} 段是您改写过或会议记录里已没有的内容，将被替换：\n${lost
              .slice(0, 8)
              .map((t) => `· ${t}`)
              .join('\n')}${lost.length > 8 ? `\n……还有 ${lost.length - 8} 段` : ''}\n`
          : '文件里没有您改写过的文字。'
      }重新生成后可以点“撤销”恢复。`,
    regenerateOk: '重新生成',
    refreshed: (n: number) => `已按会议记录更新 ${n} 处会议信息（可撤销）。`,
    otherFindings: '其他文件中的问题',
    fieldHint: (label: string) => `会议信息“${label}”：由会议记录填写，按回车或双击打开会议记录修改`,
    rollWith: (name: string) => `同时顺延会议记录“${name}”（日期、届次延后一年，连上新讲稿）`,
    rolled: (n: number) => `已同时顺延 ${n} 份会议记录，请在会议记录里核对日期和发言人。`,
    createFailed: '建立会议记录失败：',
    notFilled: '未填',
    generateFailed: (why: string) => `生成失败：${why}`,
    /** A count after a heading or a link: “（3）”. */
    countOf: (n: number) => `（${n}）`,
    whatLabel: (label: string, needed: boolean) => `${label}（${needed ? '必填' : '可不填'}）`,
    itemField: (item: number, field: string) => `第${item}项${field}`,
    speakerField: (item: number, speaker: number, field: string) => `第${item}项发言人${speaker}${field}`,
    datePlace: (date: string, place: string) => `${date}${place ? `，${place}` : ''}`,
    staleFields: (n: number) => `${n} 处会议信息与会议记录不一致。`,
    refresh: '按会议记录更新',
    current: '（当前文件）',
    documentOf: (kind: string) => `会议的${kind}`,
  },
}
