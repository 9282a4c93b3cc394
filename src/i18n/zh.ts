/** User-facing wording in one place, so the app speaks with one voice. */
import type { PartKind } from '../core/schema'

export const PART_KIND_NAMES: Record<PartKind | 'opening' | 'closing', string> = {
  opening: '开头',
  closing: '结束语',
  review: '回顾',
  tasks: '任务',
  requirements: '要求',
  other: '其他',
}

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
  slotHint: (label: string, unit: string) => `${label}${unit ? `（${unit}）` : ''}：按回车或双击填写`,
  partKind: PART_KIND_NAMES,
  session: {
    otherTab:
      '这篇草稿正在另一个标签页（或窗口）里编辑，这里只能查看，不会保存。要在这里编辑，请点“在这里编辑”，另一个标签页会先保存再变为只读。',
    handedOver: '这篇草稿已转到另一个标签页编辑。这里的修改都已保存，现在只能查看。',
    restored: '数据已从备份恢复，这个标签页里的草稿已不是最新的，已停止保存。请点“重新打开”。',
    deleted:
      '这篇草稿已被删除（或已从备份恢复为其他内容），已停止保存。未保存的内容仍在编辑器里，可以复制或“另存为新草稿”。',
    conflict:
      '这篇草稿已在另一个标签页中修改过，这里的修改没有保存，以免覆盖较新的内容。未保存的内容仍在编辑器里，可以复制或“另存为新草稿”，或点“重新打开”查看最新内容。',
    recovered: '已恢复上次关闭前还没来得及保存的修改，并已保存。',
    notRecovered: (at: Date) =>
      `发现一份${at.toLocaleString('zh-CN', { hour12: false })}未保存的修改，但这篇草稿此后已在别处修改过，无法安全合并，已放弃这份修改。`,
    takeOver: '在这里编辑',
    reopen: '重新打开',
    saveAsNew: '另存为新草稿',
    settingsReset: (names: string[]) => `设置中的“${names.join('、')}”已损坏，已恢复为默认值。`,
  },
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
    rollover: '生成新一年草稿',
    save: '保存',
  },
  backup: {
    backup: '备份全部数据',
    restore: '从备份恢复…',
    where: '所有数据只保存在这台电脑的浏览器里。请定期备份，换电脑或清理浏览器前务必备份。',
    done: (n: number) => `已备份 ${n} 篇草稿、设置和数字库。请把备份文件保存在安全的地方。`,
    restoreTitle: '从备份恢复',
    question: (when: string, inBackup: number, here: number) =>
      `这份备份${when ? `做于 ${when}，` : ''}有 ${inBackup} 篇草稿；这里现有 ${here} 篇。请选择恢复方式：`,
    merge: '合并',
    mergeExplained:
      '加入这里没有的草稿；同一篇草稿两边都有时，保留修改时间较新的一份（一样新时保留这里的）。数字库也合并：同一项数字保留较新的（一样新时保留这里的）。设置不变。',
    replace: '替换',
    replaceExplained: '删除这里现有的全部草稿、设置和数字库，换成备份中的内容。',
    cancelled: '没有恢复，当前数据没有改动。',
    replaced: (n: number) => `已从备份恢复 ${n} 篇草稿（这里原有的草稿、设置和数字库已被替换）。`,
    merged: (r: { added: string[]; replaced: string[]; kept: number; figuresAdded: number; figuresReplaced: number }) =>
      `已合并备份：新增 ${r.added.length} 篇草稿，用备份中较新的替换 ${r.replaced.length} 篇，保留这里的 ${r.kept} 篇（这里的较新或一样新）；` +
      `数字库新增 ${r.figuresAdded} 项、更新 ${r.figuresReplaced} 项。设置未改动。`,
  },
  importPreview: {
    kind: '类型',
    kindsHint:
      '各部分的类型是程序根据标题和内容判断的，请核对；判断错了在这里改正。任务部分里的数字作为计划年的目标，其余部分里的作为回顾年的实际数。',
    figuresAs: (target: boolean, year: number | null) =>
      `数字按${year === null ? '' : `${year}年`}${target ? '目标' : '实际数'}`,
  },
  figures: {
    merge: '合并',
    confirmMerge: (drop: string, keep: string) =>
      `把“${drop}”并入“${keep}”吗？“${drop}”的数值都归到“${keep}”名下（同一年两者都有数值时保留“${keep}”的），“${drop}”成为它的另一个名称。合并后不能撤销。`,
    inSpeech: '本篇讲稿的指标',
    sameYears: '数字库中本篇年度有数的指标',
  },
  pwa: {
    updateReady: '讲稿助手有新版本，已下载好。草稿都已保存，点“更新”即换用新版本。',
    apply: '更新',
  },
  storageUnavailable: '无法使用浏览器存储。请不要使用无痕/隐私模式，并允许本网页保存数据。',
}
