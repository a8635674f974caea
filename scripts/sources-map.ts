/**
 * Source ids named after the instrument (data only; see docs/sources-map.md). One source, one instrument.
 * - Laws of the NPC/NPCSC: a short English name (`pipl`, `ecommerce-law`, `cybersecurity-law`).
 * - State Council regulations: a short English name of the title (`telecom-regulations`, `internet-info-services-measures`).
 * - Departmental rules issued as a numbered order (令): issuer + number (`miit-42`, `mohrss-44`, `cac-1`, `samr-72`;
 *   `mofcom-2012-9` where the issuer numbers by year). Unnumbered rules, notices, catalogues, lists: a short name,
 *   with the year or edition where needed (`telecom-catalogue-2015`, `negative-list-2020`, `vats-pilot-notice-2024`).
 * - Local documents carry the place (`chongqing-…`, `guangdong-…`); platform documents the platform (`wechat-…`,
 *   `alipay-…`); practitioner and secondary sources say so (`practitioner-…`, `howtolivebetter`).
 * Ids are lowercase kebab-case ASCII, never S/A/B/E codes or telecom-catalogue codes (B21/B25), and never reused.
 * `ref` names the reference id(s) a source came from; "(part n)" marks one instrument of a split id.
 */

// The sources themselves (title, issuer, date, link, level, ref) are src/domain/law/sources.ts: this file keeps only the maps.

/** Every id of the old list → the new id of its primary instrument (for split ids, the first-named one). */
export const OLD_SOURCE_IDS: Readonly<Record<string, string>> = {
  S1: 'internet-info-services-measures',
  S2: 'miit-42',
  S3: 'telecom-regulations',
  S4: 'telecom-catalogue-2015',
  S5: 'miit-app-filing-notice-2023',
  S6: 'wechat-filing-notice-2023', // split: + wechat-filing-guide, wechat-filing-pre-approval-doc, mii-33
  S7: 'alipay-filing-open-2023', // split: + alipay-filing-agency-2023
  S8: 'inner-mongolia-ca-unfiled-apps-2024',
  S9: 'chongqing-ca-annual-report-notice-2025',
  S10: 'practitioner-annual-report-explainer',
  S11: 'ecommerce-fdi-notice-2015',
  S12: 'negative-list-2019',
  S13: 'vats-pilot-notice-2024', // same instrument as B16
  S14: 'fie-telecom-provisions',
  S15: 'ftz-negative-list', // split: + ftz-telecom-opening-opinions-2014
  S16: 'wechat-community-social-categories', // split: + medical, filing-review, live-plugin, comments posts
  S17: 'tencent-cloud-category-qualifications',
  S18: 'wechat-filing-api', // split: + wechat-minigame-content-review
  S19: 'wechat-filing-service-content-guide',
  S20: 'howtolivebetter', // same book as E16
  S21: 'practitioner-articles', // A4's two pages are in this collection
  S22: 'mohrss-44', // split: + recruitment-info-notice-2026
  S23: 'ride-hailing-measures',
  S24: 'vendor-catalogue-notes',
  S25: 'old-pre-approval-lists',
  S26: 'practitioner-market-access-list',
  A1b: 'miit-edi-service-guide', // split: + edi-business-scope-notes
  A3: 'negative-list-2020', // split: + negative-list-2024
  A4: 'practitioner-articles',
  A5: 'alipay-restricted-categories',
  A6: 'mofcom-2012-9', // split: + xinyu-prepaid-card-notice, dali-prepaid-card-notice
  A7: 'nppa-mobile-games-notice-2016', // split: + wechat-minigame-iap-guide, wechat-minigame-guide, wechat-minigame-content-review, guangdong-press-minigame-filing-2023
  A8: 'sapprft-social-av-notice-2016', // split: + wechat-community-video-category-reply
  A11: 'edi-subtype-definitions-copy', // split: its title described edi-business-scope-notes, its link and cite are this page
  B1: 'wechat-categories',
  B2: 'wechat-categories-personal',
  B3: 'wechat-deep-synthesis-category-guide', // split: + wechat-community-personal-categories-reply
  B4: 'cac-12',
  B5: 'genai-measures',
  B6: 'guangdong-cac-genai-filing-2024', // split: + cac-genai-filing-2025-04, cac-genai-filing-2025-09
  B7: 'ai-labelling-measures',
  B8: 'gb-45438-2025',
  B9: 'security-assessment-provisions',
  B10: 'algorithm-recommendation-provisions',
  B11: 'wechat-virtual-payment', // split: + news-apple-mini-apps-2025
  B12: 'wechat-virtual-payment-dev-post-2026',
  B13: 'cloudbase-faq-wechat-pay',
  B14: 'wechat-minigame-guide',
  B15: 'alipay-payment-admission',
  B16: 'vats-pilot-notice-2024',
  B17: 'services-opening-pilot-plan-2025', // split: + miit-scio-briefing-2025, beijing-pilot-adjustment-2022
  B18: 'pudong-leading-zone-opinion-2021', // split: + hainan-customs-closure-2025
  B19: 'practitioner-ai-filing-articles',
  B20: 'internet-culture-provisions', // split: + internet-av-provisions
  B21: 'online-publishing-provisions',
  B22: 'cac-1',
  B23: 'internet-drug-info-measures',
  B24: 'mohrss-50',
  B25: 'naimanqi-ride-hailing-permit-qa',
  B26: 'sara-17', // split: + zhejiang-religious-info-rules
  B27: 'guangdong-prepackaged-food-filing-2021',
  B28: 'wechat-ai-label-notice-2025', // split: + online-tutoring-approval-2021
  B29: 'ai-companion-measures', // the draft; final text is E37
  B30: 'wechat-cloud-ai-extension-faq',
}

/**
 * Every cite string in src/domain whose old id was split → the new id it belongs to, by its article text.
 * Bare ids (in `sources: [...]` lists and `source:` fields) are listed too; look a cite up here first, then fall back
 * to OLD_SOURCE_IDS by its leading id. Three cite strings name two instruments; they are mapped to the first one and
 * should become two cites (see docs/sources-map.md): the S22, A7 (游戏内容介绍审核；广东…) and B6 (2024-04 …；2025) ones.
 * Bare 'B3' has two readings: ai.ts (wechatCategory) = the deep-synthesis guide (mapped here); personal.ts
 * (`categories`, and in part `closed`) rests on the official reply on the personal list, wechat-community-personal-categories-reply.
 */
export const SPLIT_CITES: Readonly<Record<string, string>> = {
  // S6: WeChat filing notice / filing guide / 《非经营性互联网信息服务备案管理办法》 quoted in the guide
  S6: 'wechat-filing-guide', // result/plan.ts: filing review times (平台初审 1–2 日、管局 1–20 日) are the guide's
  'S6 关于开展微信小程序备案的通知': 'wechat-filing-notice-2023',
  'S6 微信备案通知': 'wechat-filing-notice-2023',
  'S6 小程序备案指引': 'wechat-filing-guide',
  'S6 《非经营性互联网信息服务备案管理办法》第十一条（文化、广播电影电视节目），见小程序备案指引': 'mii-33',
  // S7: Alipay 2023-08-10 agency filing / 2023-11-22 full opening
  S7: 'alipay-filing-open-2023',
  'S7 全面开放代备案公告（2023-11-22）': 'alipay-filing-open-2023',
  'S7 全面开放代备案公告': 'alipay-filing-open-2023',
  // S15: FTZ negative list / 2014 MIIT–Shanghai opinions
  'S15 自贸区负面清单 禁止投资项': 'ftz-negative-list',
  // S16: WeChat community posts
  'S16 社交-社区/论坛 类目与报备审核': 'wechat-community-social-categories',
  'S16 社交-陌生人交友/熟人交友 类目资质': 'wechat-community-social-categories',
  'S16 医疗类目': 'wechat-community-medical-categories',
  'S16 医疗类目资质': 'wechat-community-medical-categories',
  'S16 报备类目与内容安全接口': 'wechat-community-filing-review',
  // S18: filing API (前置审批类型) / mini-game content review
  S18: 'wechat-minigame-content-review', // result/plan.ts gameApproval: 前置审批（游戏内容审核）10–30 个工作日
  'S18 小游戏前置审批': 'wechat-minigame-content-review',
  'S18 前置审批类型（queryIcpNrlxTypes）': 'wechat-filing-api',
  'S18 前置审批类型（网络预约车）': 'wechat-filing-api',
  'S18 前置审批类型（互联网金融）': 'wechat-filing-api',
  'S18 前置审批类型（校外培训）': 'wechat-filing-api',
  // S22: 人社部令第44号 / 2026-01 five-department notice (this cite names both)
  'S22 人社部令第44号；2026-01 五部门通知': 'mohrss-44',
  // A1b: MIIT service guide (申办条件) / 业务界定 notes
  'A1b 办事指南 申办条件（一）（二）：第三方交易平台、双方在平台上在线完成交易': 'miit-edi-service-guide',
  'A1b 业务界定：物联网应用平台（自建第三方平台为他人服务）': 'edi-business-scope-notes',
  'A1b 业务界定：案例（滴滴出行）与注意3（神州专车）': 'edi-business-scope-notes',
  'A1b 业务界定：案例（滴滴出行）': 'edi-business-scope-notes',
  'A1b 业务界定 注意3（神州专车）': 'edi-business-scope-notes',
  'A1b 业务界定 注意2（只收平台占用费或佣金）': 'edi-business-scope-notes',
  'A1b 业务界定 注意1（销售渠道的延伸）': 'edi-business-scope-notes',
  // A3: items 16 and 17 were read in the 2020 wording; the 2024 wording was not read
  'A3 负面清单 第十六条': 'negative-list-2020',
  'A3 负面清单 第十七条': 'negative-list-2020',
  'A3 负面清单 第十七条（音乐除外）': 'negative-list-2020',
  // A6: the Measures / local 商务局 notices
  A6: 'mofcom-2012-9', // result/plan.ts prepaidCardFiling: 30 日内备案 (Art. 7)
  'A6 第七条': 'mofcom-2012-9',
  'A6 《单用途商业预付卡管理办法（试行）》第二条、第七条': 'mofcom-2012-9',
  'A6 《单用途商业预付卡管理办法（试行）》第二条（企业法人）': 'mofcom-2012-9',
  // A7: 2016 notice / WeChat IAP guide / WeChat mini-game guide (IAA) / content review / Guangdong filing
  'A7 《关于移动游戏出版服务管理的通知》（2016）': 'nppa-mobile-games-notice-2016',
  'A7 移动游戏出版服务管理通知': 'nppa-mobile-games-notice-2016',
  'A7 微信 IAP 游戏发布指引': 'wechat-minigame-iap-guide',
  'A7 微信 IAA 游戏指引': 'wechat-minigame-guide',
  'A7 游戏内容介绍审核；广东省游戏小程序备案': 'wechat-minigame-content-review', // names both; second is guangdong-press-minigame-filing-2023
  // A8: 2016-12 SAPPRFT notice / WeChat reply on video categories
  'A8 社交应用开展视听节目服务的规定（2016-12）': 'sapprft-social-av-notice-2016',
  'A8 文娱-其他视频 类目（6选1）': 'wechat-community-video-category-reply',
  // A11: catalogue sub-definitions as copied by dsgzf.cn (addendum 2026-11 §1)
  'A11 B21 子类定义：网络/电子设备数据处理业务': 'edi-subtype-definitions-copy',
  // B3: deep-synthesis guide / reply on the personal list (bare 'B3': see the comment above)
  B3: 'wechat-deep-synthesis-category-guide',
  // B6: Guangdong 2024 / CAC 2025-04 / CAC 2025-09
  B6: 'guangdong-cac-genai-filing-2024', // result/ai.ts modelDisplay and the genAi fallback
  'B6 备案与登记公告': 'guangdong-cac-genai-filing-2024',
  'B6 显著位置展示模型名称、备案号或上线编号': 'cac-genai-filing-2025-04', // 上线编号 is the 2025 wording
  'B6 生成式人工智能服务备案与登记公告（2024-04 广东省网信办；2025）': 'guangdong-cac-genai-filing-2024', // names both; second is cac-genai-filing-2025-04
  // B11: WeChat virtual-payment docs / news on Apple's programme
  B11: 'wechat-virtual-payment',
  'B11 虚拟支付（企业/个体户）：虚拟商品须接入小程序虚拟支付': 'wechat-virtual-payment',
  'B11 虚拟支付 iOS 端接入（微信 ≥8.0.68、iOS ≥15、最低 1 元、仅 App Store 退款）': 'wechat-virtual-payment',
  // B20: 《互联网文化管理暂行规定》 / 《互联网视听节目服务管理规定》
  B20: 'internet-culture-provisions', // result/plan.ts networkCultureLicense: 20 日, 3 年
  'B20 《互联网文化管理暂行规定》第八条': 'internet-culture-provisions',
  'B20 《互联网视听节目服务管理规定》第七条、第十条': 'internet-av-provisions',
  'B20 《互联网视听节目服务管理规定》第十条': 'internet-av-provisions',
  // B26: SARA order 17 / Zhejiang rules
  B26: 'zhejiang-religious-info-rules', // result/personal.ts religion: 浙江的实施细则明确排除自然人和个体工商户
  'B26 国家宗教事务局令第17号': 'sara-17',
  // B28: WeChat AI-label notice / online tutoring 备案→审批
  B28: 'wechat-ai-label-notice-2025', // result/ai.ts userPosts: 自 2025-08-31 起用户发布 AI 内容须声明
  'B28 (b) 由备案改为审批': 'online-tutoring-approval-2021',
  'B28 (b) 线上学科类培训机构由备案改为审批': 'online-tutoring-approval-2021',
}

/** E1–E46 of licensing-addendum-2026-12 §14 → the new id of its (primary) instrument. */
export const E_SOURCE_IDS: Readonly<Record<string, string>> = {
  E1: 'pipl',
  E2: 'network-data-security-regulations',
  E3: 'pi-compliance-audit-measures',
  E4: 'pi-officer-reporting-announcement-2025',
  E5: 'necessary-pi-scope-provisions',
  E6: 'cac-19', // + face-recognition-filing-announcement-2025
  E7: 'wechat-privacy-authorize-guide',
  E8: 'wechat-privacy-guide',
  E9: 'wechat-privacy-guide-notice-2021',
  E10: 'wechat-location-api-admission',
  E11: 'wechat-phone-number-components',
  E12: 'wechat-facial-verification',
  E13: 'alipay-privacy-docs',
  E14: 'ecommerce-law',
  E15: 'consumer-protection-law',
  E16: 'howtolivebetter', // same book as S20
  E17: 'cfda-27', // + practitioner-online-catering-filing
  E18: 'cfda-38',
  E19: 'medical-devices-regulations', // + samr-54
  E20: 'drug-device-info-filing-provisions',
  E21: 'samr-58',
  E22: 'live-marketing-measures',
  E23: 'cac-live-streaming-filing-notice-2017', // + live-streaming-services-notice-2018, live-streaming-guidance-2021
  E24: 'samr-117',
  E25: 'advertising-law',
  E26: 'samr-72', // + internet-ad-identifiability-guide-2024
  E27: 'samr-21',
  E28: 'minors-online-protection-regulations',
  E29: 'minors-protection-law',
  E30: 'nppa-minors-gaming-notice-2019', // + nppa-minors-gaming-notice-2021
  E31: 'cac-tipping-notice-2026',
  E32: 'non-bank-payment-regulations',
  E33: 'wechat-virtual-payment', // same docs as B11 (part 1); + wechat-minigame-cash-rewards
  E34: 'cybersecurity-law',
  E35: 'mlps-measures', // + internet-hospital-measures
  E36: 'practitioner-licence-application-materials',
  E37: 'ai-companion-measures', // final text of B29
  E38: 'wechat-filing-api', // includes S18's queryIcpNrlxTypes page
  E39: 'wechat-filing-lists-capture',
  E40: 'wechat-filing-sdk-field-notes',
  E41: 'miit-filing-bitmask-sample',
  E42: 'filing-remarks-practice',
  E43: 'double-reduction-opinion-2021', // + shanghai-tutoring-implementation-2021, jinan-tutoring-subject-list-2021, tutoring-non-profit-registration-2021
  E44: 'medical-institutions-regulations', // + private-education-law
  E45: 'moh-66',
  E46: 'alipay-filing-api',
}
