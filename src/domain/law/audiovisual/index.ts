/**
 * 信息网络传播视听节目许可证 (audiovisualLicense).
 * The law: 《互联网视听节目服务管理规定》第七条、第十条; closed to foreign investment.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { act, all, anySector, fact, not, open, sec } from '../../profile/condition'
import { LAW, type CiteText, book, type BookRow, type ForeignBan } from '../book'

const paidCourses = all(anySector('education', 'k12Tutoring'), act('paidContent'), not(sec('audiovisual')))
const SOCIAL_AV: CiteText = 'sapprft-social-av-notice-2016 社交应用开展视听节目服务的规定（2016-12）'

export const AUDIOVISUAL = book('audiovisualLicense', { authority: '省广电局受理，国家广播电视总局审批', sectors: ['audiovisual'], cites: ['internet-av-provisions 《互联网视听节目服务管理规定》第十条'] , verified: '2026-11-24' }, [
  {
    id: 'permit.audiovisual',
    when: sec('audiovisual'),
    status: 'required',
    basis: LAW,
    text: '提供视听节目须有信息网络传播视听节目许可证（经省广电局报国家广电总局审批）；申请者须为国有独资或国有控股单位，民营企业通常只能借助持证平台提供。',
    cites: ['howtolivebetter 视听许可证须国有独资或控股', 'internet-av-provisions 《互联网视听节目服务管理规定》第七条、第十条'],
    wechat: { text: '微信「文娱-其他视频」类目要求 6 选 1，其中面向民营企业的是该许可证或广播电视节目制作经营许可证。', cites: ['wechat-community-video-category-reply 文娱-其他视频 类目（6选1）'] },
    verified: '2026-11-24',
  },
  {
    id: 'permit.courseVideo',
    when: all(paidCourses, open('recordedCourses')),
    status: 'depends',
    basis: LAW,
    text: '付费课程只有直播课时不涉及视听节目；有录播视频课时，是否算需要视听许可证的「视听节目」尚无定论。',
    question: '付费课程里有没有录播视频课（不只是直播）？',
    fact: 'recordedCourses',
    cites: [SOCIAL_AV],
    verified: '2026-11-24',
  },
  {
    id: 'permit.courseVideo.recorded',
    when: all(paidCourses, fact('recordedCourses')),
    status: 'consult',
    basis: LAW,
    text: '付费录播课是否算需要视听许可证的「视听节目」尚无官方说法；2016 年规定把社交平台上的视听服务交给持证平台负责。请向省广电局确认。',
    cites: [SOCIAL_AV],
    wechat: {
      text: '微信「教育服务-在线视频课程」类目要求 5 选 1：事业单位法人证书、民办学校办学许可证、视听许可证、全国校外教育培训监管与服务综合平台备案或教育部门批准文件；民营企业多走平台备案路线。',
      cites: ['wechat-categories 教育服务-在线视频课程 类目资质（5选1）'],
    },
    fact: 'recordedCourses',
    unsettled: '增补 §8：录播课是否属于视听节目「Unknown」，保持视情况/咨询',
    verified: '2026-11-24',
  },
] as const satisfies readonly BookRow[])

/** Closed to foreign investment (negative list item 17): any foreign share blocks this permit. */
export const FOREIGN_BAN: ForeignBan = {
  text: '网络视听节目服务禁止外商投资：有外资的公司不能取得信息网络传播视听节目许可证。',
  cites: ['negative-list-2020 负面清单 第十七条', 'ftz-negative-list 自贸区负面清单 禁止投资项'],
  verified: '2026-11-24',
}
