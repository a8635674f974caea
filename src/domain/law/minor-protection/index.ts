/**
 * 未成年人保护 (minorProtection): games, and services minors use (addendum 2026-12 §5, §0 rows 30–32).
 * The law: 《未成年人网络保护条例》第四十二条至第四十七条; 《未成年人保护法》第七十五条; 国家新闻出版署
 * 2019、2021 年防沉迷通知. The 2026 tipping notice is a single report: the rule stays "no tipping by minors".
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { all, any, anyActivity, anySector, fact, open, pd, sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

/** Features the minors' rules name: live streaming, audio-video, social and user content, games. */
const minorsUse = any(anyActivity('liveEntertainment', 'ugc', 'messaging', 'dating'), anySector('audiovisual', 'games'))

export const MINOR_PROTECTION = book('minorProtection', {
  authority: '网信部门和行业主管部门（游戏：出版主管部门）',
  cites: ['minors-online-protection-regulations 第三条（职责分工）'],
  verified: '2026-12-06',
}, [
  {
    id: 'minors.games',
    when: sec('games'),
    status: 'required',
    basis: LAW,
    text: '网络游戏（含小游戏）须防沉迷：接入国家新闻出版署实名验证，未成年人只能在周五、周六、周日和法定节假日 20:00–21:00 游戏，按年龄限制充值金额，标注适龄提示。',
    cites: ['nppa-minors-gaming-notice-2019 实名注册、消费限额', 'nppa-minors-gaming-notice-2021 时段限制', 'minors-protection-law 第七十五条'],
    wechat: { text: '微信小游戏的防沉迷由开发者自行接入实名系统还是依托平台能力，请向微信和出版主管部门确认。', cites: ['nppa-minors-gaming-notice-2021 时段限制（小游戏适用方式待确认）'] },
    verified: '2026-12-06',
  },
  {
    id: 'minors.audience',
    when: any(all(any(minorsUse, sec('education')), fact('minors')), pd('children'), sec('k12Tutoring')),
    status: 'required',
    basis: LAW,
    text: '未成年人是你的用户：提供未成年人模式，按年龄管理使用时长和消费，不得向未成年人提供打赏、不得组织应援集资；未成年人个人信息另定处理规则，每年做合规审计。',
    cites: ['minors-online-protection-regulations 第四十二条至第四十七条（防沉迷、消费）', 'minors-online-protection-regulations 第三十一条至第三十七条（个人信息）', 'cac-tipping-notice-2026 打赏（据报道分年龄）'],
    fact: 'minors',
    verified: '2026-12-06',
  },
  {
    id: 'minors.open',
    when: all(any(minorsUse, sec('education')), open('minors')),
    status: 'depends',
    basis: LAW,
    text: '直播、视听、社交、社区和游戏类服务有未成年人使用的，须提供未成年人模式、管理时长和消费、禁止未成年人打赏。',
    cites: ['minors-online-protection-regulations 第四十二条至第四十七条'],
    question: '未成年人（18 岁以下）是否在你的目标用户里？',
    fact: 'minors',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
