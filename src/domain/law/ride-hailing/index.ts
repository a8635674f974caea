/**
 * 网络预约出租汽车经营许可证 (rideHailingPermit).
 * The law: 《网络预约出租汽车经营服务管理暂行办法》第五条、第十条.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const RIDE_HAILING = book('rideHailingPermit', { authority: '注册地市或县交通运输局（出租汽车行政主管部门）', sectors: ['rideHailing'], cites: ['naimanqi-ride-hailing-permit-qa 网约车经营许可证向哪里申请'] , verified: '2026-11-24' }, [
  {
    id: 'permit.rideHailing',
    when: sec('rideHailing'),
    status: 'required',
    basis: LAW,
    text: '网约车平台须先取得网络预约出租汽车经营许可证，再办理备案；网约车也是备案前置审批类型。',
    cites: ['ride-hailing-measures 第十条', 'naimanqi-ride-hailing-permit-qa 网约车经营许可证向哪里申请', 'wechat-filing-api 前置审批类型（网络预约车）'],
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])
