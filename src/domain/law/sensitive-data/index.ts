/**
 * 敏感个人信息 (sensitiveData): face, health, financial accounts, ID documents, children under 14
 * (addendum 2026-12 §1.1, §1.4, §0 rows 3, 4, 8).
 * The law: 《个人信息保护法》第二十八条至第三十一条、第五十五条、第五十六条; 《人脸识别技术应用安全管理办法》;
 * 《未成年人网络保护条例》第三十一条至第三十七条.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { PD_UNANSWERED, all, anyPd, anySector, pd } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const SENSITIVE_DATA = book('sensitiveData', {
  authority: '网信部门',
  cites: ['pipl 第六十条'],
  verified: '2026-12-06',
}, [
  {
    id: 'sensitive.core',
    when: anyPd('face', 'health', 'financial'),
    status: 'required',
    basis: LAW,
    text: '人脸、健康医疗、银行卡和金融账户信息是敏感个人信息：只在有特定目的、确有必要时处理；单独取得同意，告知必要性和对个人的影响；处理前做个人信息保护影响评估，报告和处理记录至少保存 3 年。',
    cites: ['pipl 第二十八条至第三十条（敏感个人信息、单独同意）', 'pipl 第五十五条、第五十六条（影响评估，保存 3 年）'],
    verified: '2026-12-06',
  },
  {
    id: 'sensitive.face',
    when: pd('face'),
    status: 'required',
    basis: LAW,
    text: '人脸识别另有专门规定：单独同意，不满 14 周岁须监护人同意；人脸信息原则上存在用户设备上，用户单独同意才可上传保存；保存人脸信息达到 10 万人的，30 个工作日内向省级网信部门备案（达到规模前后的时点请咨询网信部门）。微信人脸核身只对所列类目和资质开放，一般商家不宜依赖。',
    cites: ['cac-19 《人脸识别技术应用安全管理办法》单独同意、本地存储、10 万人备案（条款号未读）', 'wechat-facial-verification 开放类目与资质'],
    verified: '2026-12-06',
  },
  {
    id: 'sensitive.children',
    when: pd('children'),
    status: 'required',
    basis: LAW,
    text: '不满 14 周岁儿童的个人信息都是敏感个人信息：取得父母或其他监护人同意，制定专门的儿童个人信息处理规则；每年对处理未成年人个人信息的情况做合规审计，并向网信部门报送。',
    cites: ['pipl 第三十一条', 'minors-online-protection-regulations 第三十一条至第三十七条（未成年人个人信息）'],
    verified: '2026-12-06',
  },
  {
    id: 'sensitive.idDocument',
    when: pd('idDocument'),
    status: 'likely',
    basis: LAW,
    text: '身份证号、证件照很可能属于敏感个人信息（特定身份；国家标准原文未核实）：按敏感信息处理——单独同意、影响评估；只在法律要求实名时收集。',
    cites: ['pipl 第二十八条（特定身份）'],
    verified: '2026-12-06',
  },
  {
    id: 'sensitive.healthSector',
    when: all(PD_UNANSWERED, anySector('medicalInstitution', 'internetHospital')),
    status: 'likely',
    basis: LAW,
    text: '挂号、问诊、查报告的服务通常收集健康医疗信息，属于敏感个人信息：单独同意、处理前做影响评估。',
    cites: ['pipl 第二十八条（医疗健康）', 'pipl 第五十五条'],
    verified: '2026-12-06',
  },
  {
    id: 'sensitive.open',
    when: PD_UNANSWERED,
    status: 'depends',
    basis: LAW,
    text: '收集人脸、身份证号、健康医疗、银行卡信息，或 14 岁以下儿童的信息时，须单独同意并事先做影响评估；都不收集就没有这项义务。',
    cites: ['pipl 第二十八条至第三十一条'],
    question: '小程序是否收集人脸、身份证号、健康医疗、银行卡信息，或 14 岁以下儿童的信息？',
    fact: 'personalData',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
