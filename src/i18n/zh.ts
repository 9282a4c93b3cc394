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
  output: {
    draftMark: '（草稿）',
  },
  storageUnavailable: '无法使用浏览器存储。请不要使用无痕/隐私模式，并允许本网页保存数据。',
}
