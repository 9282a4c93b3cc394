/**
 * Names and titles as official writing puts them: a surname and one or two given characters
 * before a title ("王海燕同志", "周明主任", "龚常务"), or a placeholder for a name (某某, ***).
 */

/** The commonest Chinese surnames: they cover most names a meeting speech mentions. */
export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'

/**
 * Of SURNAMES, those that are also words often written right after a title (县长和…, 主任于…,
 * 书记向…, 局长时…): the meeting's reading of a name right after a title leaves them out.
 */
export const SURNAMES_ALSO_WORDS = '于向时和'

/**
 * Surnames less common, many also everyday words (区, 海, 国, 平, 强, 原…): the meeting's reading
 * of a name written right after a title or before 同志 takes them; the import, which finds names in
 * running text, does not.
 */
export const RARER_SURNAMES =
  '柯官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬扈晁芮普阎戈'

/** Compound surnames: 欧阳, 司马, 诸葛 … */
export const COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
]

/** A name left as a placeholder: 某, 某某, or a run of mask characters (lang/masks: a lone X is a letter). */
export const NAME_PLACEHOLDER = '(?:某{1,3}|[*＊×]{1,4}|X{2,4})'

/**
 * Titles that follow a name, longest first so 常务副县长 wins over 县长. 常务 alone is how
 * speeches call the executive deputy ("龚常务"). Besides the offices of government and party,
 * the heads who speak at a department's meeting: of a bank branch (行长), an archive or library
 * (馆长), a cooperative (理事长, 社长), an association (会长), a provincial department (厅长), a
 * procuratorate or court (检察长, 庭长), a command set up for floods, fires or epidemics
 * (防汛抗旱指挥部指挥长, 总指挥).
 */
export const TITLES: readonly string[] = [
  '常务副县长',
  '常务副区长',
  '常务副市长',
  '常务副省长',
  '常务副主任',
  '副秘书长',
  '秘书长',
  // the chair of a committee that a leader heads beside his post (住房公积金管理委员会主任委员,
  // 人大专门委员会主任委员, 民主党派市委主任委员)
  '副主任委员',
  '主任委员',
  '总经理',
  '董事长',
  '副县长',
  '副区长',
  '副市长',
  '副省长',
  '副镇长',
  '副乡长',
  '副局长',
  '副主任',
  '副书记',
  '副部长',
  '副主席',
  '副处长',
  '副科长',
  '副所长',
  '副站长',
  '副校长',
  '副院长',
  '副组长',
  '副行长',
  '副馆长',
  '副社长',
  '副会长',
  '副厅长',
  '副庭长',
  '理事长',
  '副检察长',
  // the political commissar of a county's military department (县人武部政委), who speaks at 征兵 and 民兵 meetings
  '副政委',
  '政委',
  '副理事长',
  '副总指挥',
  '副指挥长',
  '总指挥',
  '指挥长',
  '检察长',
  // the chiefs of the 林长制, 河湖长制 and 田长制 (县总林长, 总河长, 县级副总田长), a party secretary's or
  // county head's second title; the party secretary's is the first chief's (县第一总河长); a village's
  // 第一书记 is sent to it
  '第一总林长',
  '第一总河长',
  '第一总田长',
  '第一书记',
  '副总林长',
  '总林长',
  '副总河长',
  '总河长',
  '副总湖长',
  '总湖长',
  '副总田长',
  '总田长',
  '县长',
  '区长',
  '市长',
  '省长',
  '镇长',
  '乡长',
  '局长',
  '主任',
  '书记',
  '部长',
  '主席',
  '处长',
  '科长',
  '所长',
  '站长',
  '校长',
  '院长',
  // of a kindergarten: 县第一幼儿园园长
  '园长',
  '组长',
  '队长',
  '经理',
  '行长',
  '馆长',
  '社长',
  '会长',
  '厅长',
  '庭长',
  '常务',
  '同志',
].sort((a, b) => b.length - a.length)
