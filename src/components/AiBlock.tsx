import { Block, Text, View } from '@tarojs/components'
import type { AiBlock as AiBlockData } from '../domain/ai'
import { sourcesText } from '../domain/citations'
import { REQUIREMENT_LABELS, STATUS_LABELS } from '../domain/labels'
import './AiBlock.scss'

/** The "AI" block (addendum 2026-11b §7.1): algorithm filing, 备案/登记, labelling, then what goes with them. */
export default function AiBlock({ block }: { block: AiBlockData }) {
  return (
    <View className='section ai-block' id='ai-block'>
      <Text className='section__title'>AI 生成内容：备案、登记与标识</Text>
      {block.lines.map((l) => (
        <View key={l.id} className={`ai-block__line${l.status !== undefined ? ` status-${l.status}` : ''}`} id={`ai-${l.id}`}>
          <View className='ai-block__head'>
            <Text className='ai-block__name'>{l.title}</Text>
            {l.status !== undefined && <Text className={`ai-block__status ai-block__status--${l.status}`}>{STATUS_LABELS[l.status]}</Text>}
          </View>
          {/* A filing line with a requirement card points to it rather than repeating its reasons; the
              parts sit in fixed slots, so an answer that changes the model sends the status only. */}
          <Text className='section__line'>{l.requirement !== undefined ? `理由、办理部门和依据见「${REQUIREMENT_LABELS[l.requirement]}」卡片。` : l.text}</Text>
          <Block>{l.requirement === undefined && l.authority !== undefined && <Text className='section__line section__muted'>{`办理或咨询：${l.authority}`}</Text>}</Block>
          <Block>{l.requirement === undefined && l.sources.length > 0 && <Text className='section__line section__muted'>{sourcesText(l.sources)}</Text>}</Block>
        </View>
      ))}
    </View>
  )
}
