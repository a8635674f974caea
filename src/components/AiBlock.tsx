import { Block, Text, View } from '@tarojs/components'
import { type AiBlock as AiBlockData, REQUIREMENT_LABELS, sourcesText, STATUS_LABELS } from '../domain'
import './Status.scss'
import './AiBlock.scss'

/** The "AI" block (addendum 2026-11b §7.1): algorithm filing, 备案/登记, labelling, then what goes with them. */
export default function AiBlock({ block }: { block: AiBlockData }) {
  return (
    // The title is the section's own text (.section--head), no node of its own (result-nodes budget).
    <View className='section section--head ai-block' id='ai-block'>
      AI 生成内容：备案、登记与标识
      {block.lines.map((l) => {
        // A filing line with a requirement card says its status in words and points to the card
        // rather than repeating its reasons: an answer that changes the model then changes one text.
        const status = l.status === undefined ? undefined : STATUS_LABELS[l.status]
        const card = l.requirement !== undefined && status !== undefined
        const pill = !card && status !== undefined
        const name = l.requirement !== undefined ? REQUIREMENT_LABELS[l.requirement] : l.title
        // A line that points to its card: one node, its name and status in words.
        if (card) {
          return (
            <View key={l.id} className='ai-block__line ai-block__pointer' id={`ai-${l.id}`}>
              {`${name}：${status} · 理由和办理见同名卡片`}
            </View>
          )
        }
        return (
          <View key={l.id} className={`ai-block__line${pill ? ` status-${l.status}` : ''}`} id={`ai-${l.id}`}>
            {/* The name as the head's own text: one node less per line (result-nodes budget). */}
            <View className='ai-block__head'>
              {name}
              <Block>{pill && <Text className={`ai-block__status pill pill--${l.status}`}>{status}</Text>}</Block>
            </View>
            <Text className='section__line'>{l.text}</Text>
            <Block>{l.authority !== undefined && <Text className='section__line section__muted'>{`办理或咨询：${l.authority}`}</Text>}</Block>
            <Block>{l.sources.length > 0 && <Text className='section__line section__muted'>{sourcesText(l.sources)}</Text>}</Block>
          </View>
        )
      })}
    </View>
  )
}
