import { Text } from '@tarojs/components'
import { citations } from '../domain/plan'
import type { Reason } from '../domain/types'

/** What a reason rests on, read as text: "依据《互联网信息服务管理办法》第四条". Its parent opens the source card on tap. */
export default function Citation({ reason }: { reason: Reason }) {
  const list = citations(reason)
  if (list.length === 0) return null
  return <Text className='card__cite'> 依据{list.map((c) => c.text).join('；')} ›</Text>
}
