/**
 * The administrative level an office belongs to (县, 区, 市, 旗), read from its name, and the
 * words that follow from it: a district office's notice goes to 各街道办事处、各镇人民政府，区直有关部门,
 * not to a county's 各乡镇人民政府，县直有关部门 (tryout 6, finding 6).
 *
 * A 市 read here is a city that has counties (地级市): a 县级市's office whose notice goes to its
 * 乡镇 and 街道 writes its own 主送机关 in the meeting record.
 */

export interface Level {
  /** What names the level in an office's name: 区住房和城乡建设局, 东湖街道办事处, 龙泉镇人民政府. */
  unit: '县' | '区' | '市' | '旗' | '街道' | '镇' | '乡'
  /** 主送机关 of a notice the level's office sends to the meeting's usual attendees. */
  addressees: string
  /**
   * A template's county words (COUNTY_WORDS) as this level says them, where they are not the
   * county's with its unit put for 县: a 街道 has a 党工委 and a 办事处, not a 街道委 and a 街道政府.
   */
  words?: Partial<Record<CountyWord, string>>
}

/** A county's words for its own level that a template uses, longest first. */
type CountyWord = '县委、县政府' | '县委县政府' | '县领导' | '县政府' | '全县' | '县直' | '县委'

/** A township's words (镇, 乡): its 党委 and 政府. */
const township = (u: '镇' | '乡'): Partial<Record<CountyWord, string>> => ({
  '县委、县政府': `${u}党委、${u}政府`,
  县委县政府: `${u}党委${u}政府`,
  县委: `${u}党委`,
})

/** The levels, each with the notice's usual 主送机关. */
export const LEVELS: readonly Level[] = [
  { unit: '县', addressees: '各乡镇人民政府，县直有关部门' },
  { unit: '区', addressees: '各街道办事处、各镇人民政府，区直有关部门' },
  { unit: '市', addressees: '各县（市、区）人民政府，市直有关部门' },
  { unit: '旗', addressees: '各苏木乡镇人民政府，旗直有关部门' },
  {
    unit: '街道',
    addressees: '各社区居委会，街道各科室、各站所，驻街各单位',
    words: {
      '县委、县政府': '街道党工委、办事处',
      县委县政府: '街道党工委办事处',
      县领导: '街道领导',
      县政府: '街道办事处',
      全县: '全街道',
      县直: '驻街',
      县委: '街道党工委',
    },
  },
  { unit: '镇', addressees: '各村（居）民委员会，镇直各单位', words: township('镇') },
  { unit: '乡', addressees: '各村民委员会，乡直各单位', words: township('乡') },
]

/**
 * Words in an office's name where 县, 区 or 市 is no level: 市场监督管理局, 城市管理局, 市政,
 * 社区, 园区, 区域, 县域, 市民.
 */
const NOT_A_LEVEL =
  /市场|城市|市政|市容|市民|都市|社区|园区|景区|校区|区域|县域|片区|辖区|老区|山区|库区|牧区|灾区|城乡|乡村|乡镇|下乡|返乡|家乡|城镇|集镇|村镇/g

/** The level of an office by its name (the last level named: 某某市某某区住建局 is a district's), or null. */
export function levelOf(office: string): Level | null {
  const name = office.replace(NOT_A_LEVEL, (w) => '　'.repeat(w.length))
  let found: Level | null = null
  let at = -1
  for (const level of LEVELS) {
    const i = name.lastIndexOf(level.unit)
    if (i > at) {
      at = i
      found = level
    }
  }
  return found
}

/**
 * Words a county's text uses for its own level, each with the words of another level: a speech
 * begun from a template (written for a 县) by a district office says 全区 and 区委区政府
 * (tryout 6, finding 9). Longest first, so that 县委县政府 is one phrase, not 县委 and 县政府.
 */
const COUNTY_WORDS: readonly [county: CountyWord, as: (unit: Level['unit']) => string][] = [
  ['县委、县政府', (u) => `${u}委、${u}政府`],
  ['县委县政府', (u) => `${u}委${u}政府`],
  ['县领导', (u) => `${u}领导`],
  ['县政府', (u) => `${u}政府`],
  ['全县', (u) => `全${u}`],
  ['县直', (u) => `${u}直`],
  ['县委', (u) => `${u}委`],
]
const COUNTY_WORD = new RegExp(COUNTY_WORDS.map(([w]) => w).join('|'), 'g')

/** A county's text in the words of `level` (a county's is returned as it is). */
export function inLevel(text: string, level: Level): string {
  if (level.unit === '县') return text
  return text.replace(COUNTY_WORD, (w) => {
    const entry = COUNTY_WORDS.find(([c]) => c === w)
    return entry ? (level.words?.[entry[0]] ?? entry[1](level.unit)) : w
  })
}

/** How the template list shows a level's words: 全县、县委县政府 for a county, 全街道、街道党工委办事处 for a 街道. */
export const levelWords = (level: Level): string => inLevel('全县、县委县政府', level)

/** A county's words and what they become for a district, and words that stay (县域, 强县). */
export const IN_LEVEL_EXAMPLES: readonly [county: string, district: string][] = [
  ['——在全县住房和城乡建设工作会议上的讲话', '——在全区住房和城乡建设工作会议上的讲话'],
  ['在县委县政府的坚强领导下', '在区委区政府的坚强领导下'],
  ['县委、县政府高度重视', '区委、区政府高度重视'],
  ['县直各部门', '区直各部门'],
  ['发展县域经济，实施人才强县战略', '发展县域经济，实施人才强县战略'],
]

/** The same words for a 街道 and a 镇 (tryout 10 #11: a 街道办's secretary found only 县直 … 旗直). */
export const IN_TOWN_EXAMPLES: readonly [county: string, unit: Level['unit'], town: string][] = [
  ['——在全县住房和城乡建设工作会议上的讲话', '街道', '——在全街道住房和城乡建设工作会议上的讲话'],
  ['在县委县政府的坚强领导下', '街道', '在街道党工委办事处的坚强领导下'],
  ['县委、县政府高度重视', '街道', '街道党工委、办事处高度重视'],
  ['县直各部门', '街道', '驻街各部门'],
  ['在县委县政府的坚强领导下', '镇', '在镇党委镇政府的坚强领导下'],
  ['全县上下', '镇', '全镇上下'],
  ['县直各部门', '乡', '乡直各部门'],
  ['发展县域经济，实施人才强县战略', '镇', '发展县域经济，实施人才强县战略'],
]

/** Office names and their level's unit (null: no level), for the tests and the README. */
export const LEVEL_EXAMPLES: readonly [string, Level['unit'] | null][] = [
  ['县农业农村局', '县'],
  ['会昌县市场监督管理局', '县'],
  ['区住房和城乡建设局', '区'],
  ['赣州市章贡区住房和城乡建设局', '区'],
  ['区城市管理局', '区'],
  ['市人力资源和社会保障局', '市'],
  ['赣州市城市管理局', '市'],
  ['达拉特旗教育体育局', '旗'],
  ['农业农村局', null],
  ['社区服务中心', null],
  ['东湖街道办事处', '街道'],
  ['武汉市武昌区中南路街道办事处', '街道'],
  ['龙泉镇人民政府', '镇'],
  ['会昌县筠门岭镇人民政府', '镇'],
  ['长岭乡人民政府', '乡'],
  ['县住房和城乡建设局', '县'],
  ['区乡村振兴局', '区'],
  ['镇江市人力资源和社会保障局', '市'],
  ['县城镇化工作办公室', '县'],
]
