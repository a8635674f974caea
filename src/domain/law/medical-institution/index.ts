/**
 * 医疗机构执业许可证 (medicalInstitutionLicense).
 * The law: 《医疗机构管理条例》; 《互联网信息服务管理办法》第五条 (医疗保健).
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { anySector } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const MEDICAL_INSTITUTION = book('medicalInstitutionLicense', { authority: '卫生健康行政部门（层级按推断）', sectors: ['medicalInstitution', 'internetHospital'], cites: ['wechat-community-medical-categories 医疗类目'] , verified: '2026-11-24' }, [
  {
    id: 'permit.medicalInstitution',
    when: anySector('medicalInstitution', 'internetHospital'),
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
] as const satisfies readonly BookRow[])
