/**
 * 平台隐私声明与接口申请 (privacyDeclaration): a platform's own privacy gate (addendum 2026-12
 * §1.2–1.3, §0 rows 9–13). On WeChat: the 《小程序用户隐私保护指引》, one declaration per category
 * of user information (an undeclared privacy API fails with errno 112), the location APIs' 准入,
 * the phone-number components; on Alipay: the privacy policy in the console and the phone-number
 * application. Each category the answers imply is its own row, so the verdict lists them.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { PD_UNANSWERED, all, anyPd, on, op, pd } from '../../profile/condition'
import { PLATFORM, book, type BookRow } from '../book'

export const PRIVACY_DECLARATION = book('privacyDeclaration', {
  authority: '小程序平台（微信公众平台、支付宝开放平台）审核',
  cites: ['wechat-privacy-guide 用户隐私保护指引', 'alipay-privacy-docs 隐私政策配置'],
  verified: '2026-12-06',
}, [
  {
    id: 'privacy.wechat',
    when: on('wechat'),
    status: 'required',
    basis: PLATFORM,
    text: '在微信公众平台「设置 - 功能设置 - 用户隐私保护指引」填写指引，声明收集的每一类用户信息和用途（经微信接口或自己的表单收集的都要声明），调用隐私接口前先取得并同步用户同意；未声明的接口直接被禁用（errno 112），提审时核对指引与代码是否一致。',
    cites: [
      'wechat-privacy-guide 用户隐私保护指引与隐私设置接口',
      'wechat-privacy-authorize-guide 未声明的接口禁用（errno 112）',
      'wechat-privacy-guide-notice-2021 提审时核对指引（2021-11-01 起）',
    ],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.wechat.open',
    when: all(on('wechat'), PD_UNANSWERED),
    status: 'required',
    basis: PLATFORM,
    text: '要声明哪些类别取决于收集什么：手机号→「手机号」，收货地址→「地址」，定位→「位置信息」（并申请位置接口准入），用户上传照片视频→「照片或视频信息」「摄像头」，身份证号→「身份证号码」。在向导「小程序收集用户的哪些信息」中选择后，这里会逐项列出。',
    cites: ['wechat-privacy-guide 指引类别与隐私接口对照'],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.wechat.phone',
    when: all(on('wechat'), pd('phone')),
    status: 'required',
    basis: PLATFORM,
    text: '声明「手机号」。手机号快速验证组件（每次成功调用 0.03 元）和实时验证组件（0.04 元）只对已认证的非个人主体开放（政务民生类目的机关、事业单位、公立医院和学校免费）。',
    cites: ['wechat-phone-number-components 开放范围与收费（2023-08-28 起）'],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.wechat.phone.individual',
    when: all(on('wechat'), pd('phone'), op('individual')),
    status: 'required',
    basis: PLATFORM,
    text: '个人主体不能使用微信手机号组件：改用短信验证码收集手机号，或以个体户、公司主体注册小程序。',
    cites: ['wechat-phone-number-components 仅限已认证的非个人主体'],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.wechat.location',
    when: all(on('wechat'), pd('location')),
    status: 'required',
    basis: PLATFORM,
    text: '声明「位置信息」（选点用「选择的位置信息」），并在公众平台为用到的每个位置接口（getLocation、onLocationChange、chooseLocation、choosePoi）申请开通，写明与类目相符的使用场景。',
    cites: ['wechat-location-api-admission 位置接口准入（2022-04-18 起）', 'wechat-privacy-guide 位置信息类别'],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.wechat.address',
    when: all(on('wechat'), pd('address')),
    status: 'required',
    basis: PLATFORM,
    text: '声明「地址」；用微信收货地址（chooseAddress）也须申请接口准入。',
    cites: ['wechat-privacy-guide 地址类别', 'wechat-location-api-admission chooseAddress 准入'],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.wechat.media',
    when: all(on('wechat'), anyPd('userMedia', 'face', 'idDocument')),
    status: 'required',
    basis: PLATFORM,
    text: '声明用到的「照片或视频信息」「摄像头」「麦克风」「选中的文件」；收集身份证号的还要声明「身份证号码」。',
    cites: ['wechat-privacy-guide 照片或视频、摄像头、麦克风、文件、身份证号码类别'],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.alipay',
    when: on('alipay'),
    status: 'required',
    basis: PLATFORM,
    text: '在支付宝开放平台「小程序信息 - 基础设置」配置小程序隐私政策；隐私检查在 app.json 中开启（读到的副本为 useprivacycheck，键名以支付宝现行文档为准）；未声明的接口是否会被禁用，未找到依据。',
    cites: ['alipay-privacy-docs 隐私政策配置与隐私检查（2024-10-23 副本）'],
    verified: '2026-12-06',
  },
  {
    id: 'privacy.alipay.phone',
    when: all(on('alipay'), pd('phone')),
    status: 'required',
    basis: PLATFORM,
    text: '获取会员手机号（my.getPhoneNumber）须在开放平台申请敏感信息权限，只对企业支付宝账号开放，滥用可能被永久收回。',
    cites: ['alipay-privacy-docs 获取会员手机号申请（2020 副本）'],
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
