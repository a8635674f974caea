/**
 * 游戏版号 / 小游戏前置审批 (gameApproval).
 * The law: the NPPA's 2016 notice on mobile-game publishing; WeChat's mini-game approval rules.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, not, sec } from '../../profile/condition'
import { LAW, paysInApp, type CiteText, book, type BookRow, type Procedure } from '../book'

const MINIGAME_APPROVAL: CiteText = 'wechat-minigame-content-review 小游戏前置审批'

export const GAMES = book('gameApproval', { authority: '省级出版主管部门，报国家新闻出版署', sectors: ['games'], cites: ['nppa-mobile-games-notice-2016 移动游戏出版服务管理通知'] , verified: '2026-11-24' }, [
  {
    id: 'permit.game.iap',
    when: all(sec('games'), paysInApp),
    status: 'required',
    basis: LAW,
    text: '有内购（虚拟支付）的游戏须取得网络游戏出版物号（版号）后才能上线运营；游戏内容前置审批约 10–30 个工作日。',
    cites: ['nppa-mobile-games-notice-2016 《关于移动游戏出版服务管理的通知》（2016）', MINIGAME_APPROVAL],
    wechat: { text: '微信 IAP 游戏发布也要求先有网络游戏出版物号核发单。', cites: ['wechat-minigame-iap-guide 微信 IAP 游戏发布指引'] },
    effective: '2016-07-01',
    verified: '2026-11-24',
  },
  {
    id: 'permit.game.review',
    when: all(sec('games'), not(paysInApp)),
    status: 'required',
    basis: LAW,
    text: '只靠广告变现的游戏也要走前置审批（游戏内容介绍审核，约 10–30 个工作日），并按省级新闻出版部门要求做游戏小程序备案；法律是否也要求版号尚未核实。一旦加入内购，就必须先取得版号。',
    cites: ['wechat-minigame-content-review 游戏内容介绍审核', 'guangdong-press-minigame-filing-2023 广东省游戏小程序备案', MINIGAME_APPROVAL],
    wechat: { text: '微信对只靠广告变现的小游戏不要求版号。', cites: ['wechat-minigame-guide 微信 IAA 游戏指引'] },
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** How the approval goes (the plan's step). */
export const PROCEDURE: Procedure = {
  typical: '前置审批（游戏内容审核）10–30 个工作日',
  cites: ['wechat-minigame-content-review 游戏内容介绍审核'],
  verified: '2026-11-24',
}
