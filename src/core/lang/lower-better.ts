/**
 * Measures where less is better: deaths, accidents, unemployment, losses, cases of crime or
 * complaint, a share of drugs in costs, days and hours waited. A target of these is a ceiling
 * (控制在10/10万以内): the actual under it has met it, and a fall is good news. The figures panel
 * shows such a target as 达标 or 未达标, not as a share done, and a fall in green.
 */
export interface LowerBetterRule {
  id: string
  purpose: string
  pattern: RegExp
  matches: string[]
  rejects: string[]
}

export const LOWER_BETTER_RULES: readonly LowerBetterRule[] = [
  {
    id: 'harm',
    purpose: '死亡、发病、事故、火灾、案件、投诉、失业、欠薪：越少越好。',
    pattern: /死亡|发病|患病|事故|火灾|发案|刑事案件|命案|投诉|失业率|欠薪|违法|违章|不良贷款|隐患(?!整改)/,
    matches: [
      '孕产妇死亡率',
      '婴儿死亡率',
      '生产安全事故起数',
      '城镇调查失业率',
      '刑事案件发案数',
      '不良贷款率',
      '消费投诉',
    ],
    rejects: ['住院分娩率', '安全隐患整改率', '就业率', '破案率', '结案率'],
  },
  {
    id: 'cost-and-wait',
    purpose: '损耗、排放、能耗、药占比、次均费用、平均住院日、办理时限：越低越好。',
    pattern: /漏损率|损耗|排放|能耗|药占比|次均费用|平均住院日|办理时限|承诺时限|空置率|超限率|逾期/,
    matches: ['供水管网漏损率', '万元GDP能耗', '药占比', '门诊次均费用', '平均住院日', '平均承诺时限', '超限率'],
    rejects: ['水费回收率', '用电量', '营业收入'],
  },
]

/** Whether less of this measure is better. */
export function lowerIsBetter(label: string): boolean {
  return LOWER_BETTER_RULES.some((r) => r.pattern.test(label))
}
