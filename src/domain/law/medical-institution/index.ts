/**
 * 医疗机构执业许可证 (medicalInstitutionLicense).
 * The law: 《医疗机构管理条例》; 《互联网信息服务管理办法》第五条 (医疗保健).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, any, fact, not, sec } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const MEDICAL_INSTITUTION = book('medicalInstitutionLicense', { authority: '卫生健康行政部门（层级按推断）', sectors: ['medicalInstitution', 'internetHospital'], cites: ['wechat-community-medical-categories 医疗类目'] , verified: '2026-11-24' }, [
  {
    id: 'permit.medicalInstitution',
    when: any(sec('internetHospital'), all(sec('medicalInstitution'), not(fact('multiHospital')))),
    status: 'required',
    basis: LAW,
    text: '医疗机构（含互联网医院）提供诊疗服务要有医疗机构执业许可证；医疗保健属于备案前置审批。',
    cites: ['internet-info-services-measures 国务院令第292号 第五条（医疗保健）', 'wechat-community-medical-categories 医疗类目资质'],
    wechat: {
      text: '微信「医疗服务-公立医疗机构」类目要求《医疗机构执业许可证》和《事业单位法人证书》；「医疗服务-三级私立医疗机构」类目要求《医疗机构执业许可证》，「医疗服务-其他私立医疗机构」类目也接受《中医诊所备案证》或《诊所备案证》。',
      cites: ['wechat-categories 医疗服务-公立医疗机构、三级私立医疗机构、其他私立医疗机构 类目资质', 'wechat-community-medical-categories 医疗类目资质'],
    },
    verified: '2026-11-24',
  },
  {
    id: 'permit.medicalInstitution.booking',
    when: all(sec('medicalInstitution'), not(sec('internetHospital')), fact('multiHospital')),
    status: 'notRequired',
    basis: LAW,
    text: '只为多家医院或诊所提供预约挂号、查报告、缴费，自己不开展诊疗活动：不是医疗机构，不需要自己的《医疗机构执业许可证》（《医疗机构管理条例》第二十四条只禁止未取得许可证者开展诊疗活动；预约、查报告、缴费不属诊疗活动，这是按条文的推断）。一旦提供在线问诊、开处方或复诊，就属于互联网诊疗，须依托医疗机构（互联网医院）。',
    cites: ['medical-institutions-regulations 第二条、第二十四条'],
    fact: 'multiHospital',
    wechat: {
      text: '在微信上选「医疗服务-就医服务」类目（查报告单、挂号、缴费、医疗信息服务），三种途径任选其一：卫健委或医管局批文；合作医院名单、协议样本、该医院的《医疗机构执业许可证》和承诺书；或平台自己的承诺函加资质证明。',
      cites: ['wechat-categories 医疗服务-就医服务 类目资质（三选一）'],
    },
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
