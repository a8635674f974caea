/**
 * 个人信息合规审计与个人信息保护负责人 (piGovernance) (addendum 2026-12 §1.1, §0 rows 5–7).
 * The law: 《个人信息保护法》第五十二条、第五十四条; 《个人信息保护合规审计管理办法》;
 * 《网络数据安全管理条例》第二十七条、第二十八条、第三十条. The thresholds (1 million and 10
 * million people) decide only where the merchant answered `largeScale`; otherwise the reason names them.
 *
 * Below: the office, then one row per rule. Golden cases: ./cases.ts. Shapes: ../book.ts.
 */
import { ALWAYS, fact } from '../../profile/condition'
import { LAW, book, type BookRow } from '../book'

export const PI_GOVERNANCE = book('piGovernance', {
  authority: '网信部门（个人信息保护负责人报送：设区的市级网信部门）',
  cites: ['pipl 第六十条', 'pi-officer-reporting-announcement-2025 报送机关'],
  verified: '2026-12-06',
}, [
  {
    id: 'pi.audit',
    when: ALWAYS,
    status: 'required',
    basis: LAW,
    text: '定期对处理个人信息遵守法律的情况做合规审计（自己做或委托专业机构）；处理 1000 万人以上的至少每两年一次，规模以下的频率请咨询网信部门。处理 100 万人以上个人信息的，还须指定个人信息保护负责人并报送。',
    cites: ['pipl 第五十四条', 'pi-compliance-audit-measures 审计频率（1000 万人以上每两年）', 'network-data-security-regulations 第二十七条'],
    verified: '2026-12-06',
  },
  {
    id: 'pi.officer',
    when: fact('largeScale'),
    status: 'required',
    basis: LAW,
    text: '处理 100 万人以上的个人信息：指定个人信息保护负责人，公开其联系方式，30 个工作日内报送设区的市级网信部门；达到 1000 万人的，还有网络数据安全负责人和管理机构等重要数据处理者义务，请咨询网信部门。',
    cites: ['pipl 第五十二条', 'pi-officer-reporting-announcement-2025 30 个工作日内报送', 'network-data-security-regulations 第二十八条、第三十条'],
    fact: 'largeScale',
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
