/**
 * 食品经营许可证 / 仅销售预包装食品备案 (foodPermit).
 * The law: 《食品安全法》 and the provincial filing notices for pre-packaged food.
 *
 * Below: the office that decides it, then one row per rule (id, condition, status, basis, reason,
 * cites to source and article, the day the row was last checked). Golden cases: ./cases.ts.
 * Row shape and how rows combine: ../book.ts and ../../engine/evaluate.ts; docs/rules.md.
 */
import { all, on, sec } from '../../profile/condition'
import { LAW, PLATFORM, sells, book, type BookRow, type CiteText } from '../book'

const S21_SHOP = 'practitioner-articles 从业者文章（商家自营类目）' as const

const FOOD_LAW_35: CiteText = 'food-safety-law 第三十五条（食品经营许可，仅销售预包装食品的备案）'

export const FOOD = book('foodPermit', { authority: '县级以上市场监督管理局', sectors: ['food'], cites: [FOOD_LAW_35], verified: '2026-12-06' }, [
  {
    id: 'permit.food.wechatAlcohol',
    when: all(sec('alcohol'), sells, on('wechat')),
    status: 'likely',
    basis: PLATFORM,
    text: '微信「商家自营-酒类」类目不要求酒类经营许可，而是三选一：含酒类的《食品生产许可证》或含预包装食品销售的《食品经营许可证》、《预包装食品销售备案凭证》（仅销售预包装食品），或口岸商店的《国境口岸卫生许可证》；口岸商店以外，很可能要先办食品经营许可或预包装食品销售备案。',
    cites: ['wechat-categories 商家自营-酒类 类目资质（3选1）'],
    verified: '2026-11-24',
  },
  {
    id: 'permit.food',
    when: all(sec('food'), sells),
    status: 'required',
    basis: LAW,
    text: '在线卖食品须有食品经营许可证（只卖预包装食品的，向县级以上市场监管部门备案即可）。',
    cites: [FOOD_LAW_35, S21_SHOP],
    wechat: {
      text: '微信「商家自营-食品饮料」类目四选一：《食品经营许可证》、《食品生产许可证》、《预包装食品销售备案凭证》（仅销售预包装食品）或口岸商店的《国境口岸卫生许可证》。',
      cites: ['wechat-categories 商家自营-食品饮料 类目资质（4选1）'],
    },
    verified: '2026-12-06',
  },
] as const satisfies readonly BookRow[])
