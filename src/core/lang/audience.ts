/**
 * The names a speech calls its audience by. The greeting line lists them ("各位执委、同志们：")
 * and the closing turns to the audience with them again ("各位执委、同志们，……"): one table
 * serves both, so a council or congress whose greeting is known has its closing known too.
 */

/**
 * One name of the audience: 同志们 and 各位… as councils, committees, congresses and meetings of
 * retired cadres say it (各位理事, 各位委员, 各位执委, 各位会员代表, 各位老同志), and as a school,
 * a hospital or a company says it to its own staff (老师们, 同学们, 各位老师, 各位职工, 同事们).
 */
export const AUDIENCE =
  /(?:同志们|各位同志|各位(?:会员|职工|人大|政协)?代表|各位领导|各位来宾|各位嘉宾|各位(?:常务)?(?:理事|委员|执委|常委|监事|董事)|各位老(?:同志|领导|干部)|(?:老师|同学|同事|家长)们|各位(?:老师|同学|同事|家长|(?:教)?职工|员工|医护人员))/

/** Who may be named after the audience, never alone: "同志们、朋友们". */
export const AUDIENCE_COMPANION = /(?:朋友们)/

/**
 * The start of a paragraph that turns to the audience: its names, listed, then a comma or an
 * exclamation, and what the speaker tells them ("各位执委、同志们，民营经济大有可为").
 */
export const AUDIENCE_ADDRESSED = new RegExp(
  `^${AUDIENCE.source}(?:[、，,](?:${AUDIENCE.source}|${AUDIENCE_COMPANION.source})){0,3}[，,！!]`,
)

/**
 * A greeting run in with the opening's first words, its colon kept ("同志们：今天，区委、区政府召开
 * ……", "各位领导、同志们：今天召开……"): the speech greets its audience as a greeting line does.
 */
export const AUDIENCE_GREETED = new RegExp(
  `^${AUDIENCE.source}(?:[、，,](?:${AUDIENCE.source}|${AUDIENCE_COMPANION.source})){0,3}[：:]`,
)
