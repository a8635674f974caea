import { Block, Text, View } from '@tarojs/components'
import { type AiBlock as AiBlockData, REQUIREMENT_LABELS, sourcesText, STATUS_LABELS } from '../domain'
import './Status.scss'
import './AiBlock.scss'

/** The "AI" block (addendum 2026-11b §7.1): algorithm filing, 备案/登记, labelling, then what goes with them. */
export default function AiBlock({ block }: { block: AiBlockData }) {
  return (
    <View className='section ai-block' id='ai-block'>
      <Text className='section__title'>AI 生成内容：备案、登记与标识</Text>
      {block.lines.map((l) => {
        // A filing line with a requirement card says its status in words and points to the card
        // rather than repeating its reasons: an answer that changes the model then changes one text.
        const status = l.status === undefined ? undefined : STATUS_LABELS[l.status]
        const card = l.requirement !== undefined && status !== undefined
        const pill = !card && status !== undefined
        return (
          <View key={l.id} className={`ai-block__line${pill ? ` status-${l.status}` : ''}`} id={`ai-${l.id}`}>
            <View className='ai-block__head'>
              <Text className='ai-block__name'>{l.requirement !== undefined ? REQUIREMENT_LABELS[l.requirement] : l.title}</Text>
              <Block>{pill && <Text className={`ai-block__status pill pill--${l.status}`}>{status}</Text>}</Block>
            </View>
            <Text className='section__line'>
              {card ? `${status} · 理由和办理见同名卡片` : l.text}
            </Text>
            <Block>{!card && l.authority !== undefined && <Text className='section__line section__muted'>{`办理或咨询：${l.authority}`}</Text>}</Block>
            <Block>{!card && l.sources.length > 0 && <Text className='section__line section__muted'>{sourcesText(l.sources)}</Text>}</Block>
          </View>
        )
      })}
    </View>
  )
}
