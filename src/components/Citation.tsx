import { Text } from '@tarojs/components'
import { citations, type Reason } from '../domain'

/** What a reason rests on, read as text: " 依据《互联网信息服务管理办法》第四条 ›" ('' when it cites nothing). */
export const citeText = (reason: Reason): string => {
  const list = citations(reason)
  return list.length === 0 ? '' : ` 依据${list.map((c) => c.text).join('；')} ›`
}

/** The citation as its own styled text, where a node more is affordable; the cards inline `citeText` instead. */
export default function Citation({ reason }: { reason: Reason }) {
  const text = citeText(reason)
  return text === '' ? null : <Text className='card__cite'>{text}</Text>
}
