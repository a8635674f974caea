/**
 * 直播平台的网信登记与公安备案 (liveStreamFiling): a mini-program in which other people or
 * merchants can live-stream is a live-streaming platform (addendum 2026-12 §3.5, §0 row 26).
 * The law: 国家网信办 2017 通知（属地网信办登记备案）; 《关于加强网络直播服务管理工作的通知》（2018，
 * 公安机关 30 日内备案）; 《网络直播营销管理办法（试行）》第五条. The audiovisual and 网络表演 permits
 * stay in their folders (../audiovisual/, ../culture/).
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { all, anyActivity, fact, open } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

const live = anyActivity('liveEntertainment', 'liveCommerce')

export const LIVE_STREAM_FILING = book('liveStreamFiling', {
  authority: '属地网信部门（登记备案）和公安机关（上线后 30 日内备案）',
  cites: ['cac-live-streaming-filing-notice-2017 属地网信办登记备案', 'live-streaming-services-notice-2018 公安机关备案'],
  verified: '2026-12-06',
}, [
  {
    id: 'live.platform',
    when: all(live, fact('othersStream')),
    status: 'required',
    basis: LAW,
    text: '别人也能在你的小程序里开直播，你就是直播平台：向属地网信部门登记备案，上线后 30 日内向公安机关备案；上线新技术、新功能前做安全评估。',
    cites: [
      'cac-live-streaming-filing-notice-2017 属地网信办登记备案（2017-07-15 起）',
      'live-streaming-services-notice-2018 上线 30 日内向公安机关备案',
      'live-marketing-measures 第五条（备案手续、安全评估）',
    ],
    fact: 'othersStream',
    verified: '2026-12-06',
  },
  {
    id: 'live.open',
    when: all(live, open('othersStream')),
    status: 'depends',
    basis: LAW,
    text: '能让其他用户、主播或商家开播的是直播平台，要向属地网信部门登记备案、向公安机关备案；只有你自己的员工直播则不是。',
    cites: ['cac-live-streaming-filing-notice-2017 属地网信办登记备案', 'live-streaming-services-notice-2018 公安机关备案'],
    question: '其他用户、主播或商家能否在你的小程序里开直播？',
    fact: 'othersStream',
    verified: '2026-12-06',
  },
  {
    id: 'live.own',
    when: all(live, fact('othersStream', 'no')),
    status: 'notRequired',
    basis: LAW,
    text: '只有你自己的员工直播（用平台官方直播组件时，直播服务由平台提供），你不是直播平台，通常不需要网信登记和公安备案；自建直播技术的请咨询属地网信部门。',
    cites: ['cac-live-streaming-filing-notice-2017 登记备案的对象（直播服务提供者）'],
    fact: 'othersStream',
    fallback: true,
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
