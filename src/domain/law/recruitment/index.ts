/**
 * 人力资源服务许可证 (hrServiceLicense).
 * The law: 《人力资源服务机构管理规定》（人社部令第50号）第三条、第五条; 《网络招聘服务管理规定》.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, flag, sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const RECRUITMENT = book('hrServiceLicense', { authority: '注册地人力资源社会保障局', sectors: ['recruitment'], cites: ['mohrss-50 人社部令第50号 第三条、第五条'] , verified: '2026-11-24' }, [
  {
    id: 'permit.hr',
    when: all(sec('recruitment'), flag('recruitsForOthers')),
    status: 'required',
    basis: LAW,
    text: '为其他用人单位发布招聘信息、提供求职招聘服务，须有人力资源服务许可证（《网络招聘服务管理规定》，2026 年 1 月五部门通知再次明确）。',
    cites: ['mohrss-44 人社部令第44号', 'recruitment-info-notice-2026 2026-01 五部门招聘信息发布通知', 'mohrss-50 人社部令第50号 第三条、第五条'],
    wechat: {
      text: '微信「生活服务-求职/招聘」类目也要求《人力资源服务许可证》；涉外招聘选「生活服务-求职/招聘（涉外）」类目，还要《对外劳务合作经营资格证书》。',
      cites: ['wechat-categories 生活服务-求职/招聘、求职/招聘（涉外） 类目资质'],
    },
    effective: '2021-03-01',
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
