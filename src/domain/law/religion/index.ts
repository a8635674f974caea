/**
 * 互联网宗教信息服务许可证 (religionPermit).
 * The law: 《互联网宗教信息服务管理办法》（国家宗教事务局令第17号）.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, on, sec } from '../../profile/condition'
import { LAW, PLATFORM, book, type BookRow, type Holders } from '../book'

export const RELIGION = book('religionPermit', { authority: '省级宗教事务部门（民宗委、宗教局）', sectors: ['religion'], cites: ['sara-17 国家宗教事务局令第17号'] , verified: '2026-11-24' }, [
  {
    id: 'permit.religion.wechat',
    when: all(sec('religion'), on('wechat')),
    status: 'required',
    basis: PLATFORM,
    text: '微信「文娱-宗教信息」类目要求《互联网宗教信息服务许可证》，且许可的服务形式须含微信小程序、应用程序或互联网小程序。',
    cites: ['wechat-categories 文娱-宗教信息 类目资质'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.religion',
    when: sec('religion'),
    status: 'required',
    basis: LAW,
    text: '提供互联网宗教信息服务须取得省级宗教事务部门的许可，备案时须提交该前置审批文件。',
    cites: ['sara-17 国家宗教事务局令第17号', 'miit-app-filing-notice-2023 移动互联网应用程序备案通知（前置审批）'],
    effective: '2022-03-01',
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** Who may hold it (reviewed on the outside review, issue 22). */
export const HOLDERS: Holders = {
  excludes: ['individual', 'soleProprietor'],
  text: '互联网宗教信息服务许可证不发给自然人和个体工商户（浙江的实施细则明确排除）',
  cites: ['zhejiang-religious-info-rules 申请主体'],
  verified: '2026-12-06',
}
