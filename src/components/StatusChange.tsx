import { Text } from '@tarojs/components'
import { type Change, REQUIREMENT_LABELS, STATUS_LABELS } from '../domain'

/** "EDI 许可证：很可能需要 → 必须": one status change, the same wherever one is shown. */
export const changeText = (c: Change): string =>
  `${REQUIREMENT_LABELS[c.id]}：${c.from === null ? '不涉及' : STATUS_LABELS[c.from]} → ${c.to === null ? '不涉及' : STATUS_LABELS[c.to]}`

export default function StatusChange({ change }: { change: Change }) {
  return <Text className='section__line'>{changeText(change)}</Text>
}
