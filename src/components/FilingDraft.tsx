import { Block, Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { type FilingDraftDetail, type FilingDraftNote, nameCheck, PLATFORM_LABELS, sourcesText } from '../domain'
import CopyFallback from './CopyFallback'
import ShowMore from './ShowMore'
import { aria, control } from './a11y'
import './FilingDraft.scss'

/** What each field's 复制 puts on the clipboard (the copied text's own format, filing-draft.ts `filingDraftLines`). */
export const serviceCopy = (s: { code: number; name: string; parent: string }): string => `${s.parent}-${s.name}（${s.code}）`
export const preApprovalCopy = (x: { code: number; name: string }): string => `${x.name}（${x.code}）`

/** Every text the drafts copy: their copy failures are shown in the draft, not under the page's actions. */
export function draftCopyTexts(drafts: readonly FilingDraftDetail[]): Set<string> {
  return new Set(drafts.flatMap((d) => [...d.serviceContent.map(serviceCopy), ...d.preApprovals.map(preApprovalCopy), d.remark]))
}

/** Service types shown per tap. */
const SERVICES_STEP = 1

const label = (platform: string) => PLATFORM_LABELS[platform as keyof typeof PLATFORM_LABELS] ?? platform

interface Props {
  drafts: readonly FilingDraftDetail[]
  /** Chosen platforms without a draft (Alipay: its code lists are not public here). */
  notes: readonly FilingDraftNote[]
  onCopy: (text: string) => void
}

/**
 * The 备案 form filled in (issue 24, contract v1.2 `filingDrafts`), placed with the ICP 备案 step:
 * `filing-draft-<platform>`, folded to one line (填写备案表单) so it costs nothing until opened; open,
 * each 服务内容 type `filing-service-<code>`, each 前置审批 `filing-preapproval-<code>` and the 备注
 * `filing-remark-<platform>` with a 复制 of its own; the materials and the notes one tap further
 * (each tap one setData within 2 KB).
 */
export default function FilingDrafts({ drafts, notes, onCopy }: Props) {
  return (
    <Block>
      {drafts.map((d, i) => (
        // The notes for platforms without a draft go with the first draft's notes.
        <Draft key={d.platform} draft={d} others={i === 0 ? notes : []} onCopy={onCopy} />
      ))}
      {drafts.length === 0 && notes.map((n) => <NoteOnly key={n.platform} note={n} />)}
    </Block>
  )
}

function Toggle({ id, open, onTap, text }: { id: string; open: boolean; onTap: () => void; text: string }) {
  return (
    <View className='link link--small draft__toggle' id={id} onClick={onTap} {...control('button', onTap)}>
      {open ? `收起${text}` : `${text} ›`}
    </View>
  )
}

function CopyButton({ id, what, onTap }: { id: string; what: string; onTap: () => void }) {
  return (
    <View className='draft__copy' id={id} onClick={onTap} {...control('button', onTap)} {...aria('button', `复制${what}`)}>
      复制
    </View>
  )
}

function Draft({ draft: d, others, onCopy }: { draft: FilingDraftDetail; others: readonly FilingDraftNote[]; onCopy: (text: string) => void }) {
  const [open, setOpen] = useState(false)
  const name = label(d.platform)
  return (
    <View className='draft' id={`filing-draft-${d.platform}`}>
      <Toggle id={`toggle-filing-draft-${d.platform}`} open={open} onTap={() => setOpen(!open)} text={`填写备案表单（${name}小程序备案）`} />
      <Block>{open && <DraftBody draft={d} others={others} onCopy={onCopy} />}</Block>
    </View>
  )
}

function DraftBody({ draft: d, others, onCopy }: { draft: FilingDraftDetail; others: readonly FilingDraftNote[]; onCopy: (text: string) => void }) {
  const [pre, setPre] = useState(false)
  const [remark, setRemark] = useState(false)
  const [materials, setMaterials] = useState(false)
  const [notes, setNotes] = useState(false)
  // The mini-program's name is not an answer (the profile has none): typed here, it is checked for
  // sector words the bureau may ask about (E42) and kept nowhere.
  const [name, setName] = useState('')
  const check = nameCheck(name, d)
  const texts = draftCopyTexts([d])
  const allNotes = [...d.notes, ...others.map((n) => `${label(n.platform)}：${n.text}`)]
  return (
    <View className='draft__body'>
      <Text className='draft__muted'>{`编码快照 ${d.snapshot} · 主体性质：${d.subjectType === '' ? '按登记证书选择' : d.subjectType}`}</Text>
      <Text className='draft__label'>{`服务内容（${d.serviceContent.length} 项，主营在前）`}</Text>
      {/* One at a time (ShowMore): two with their alternatives beside the other fields reached 2,072 B in one tap. */}
      <ShowMore
        items={d.serviceContent}
        step={SERVICES_STEP}
        id={`filing-services-more-${d.platform}`}
        render={(s) => (
          <View key={s.code} className='draft__field' id={`filing-service-${s.code}`}>
            <CopyButton id={`copy-service-${s.code}`} what={`服务内容 ${s.name}`} onTap={() => onCopy(serviceCopy(s))} />
            {`${s.parent} › ${s.name}（${s.code}）${s.alternatives.length > 0 ? `\n也可选：${s.alternatives.map((a) => `${a.name}（${a.code}）`).join('、')}` : ''}${s.note !== undefined ? `\n${s.note}` : ''}`}
          </View>
        )}
      />
      {/* Each further field a tap away: opening the draft sends the service types alone (≤ 2 KB). */}
      <Toggle id={`filing-preapprovals-${d.platform}`} open={pre} onTap={() => setPre(!pre)} text={`前置审批（${d.preApprovals.length} 项）`} />
      <Block>
        {pre &&
          d.preApprovals.map((x) => (
        <View key={x.code} className='draft__field' id={`filing-preapproval-${x.code}`}>
          <CopyButton id={`copy-preapproval-${x.code}`} what={`前置审批 ${x.name}`} onTap={() => onCopy(preApprovalCopy(x))} />
          {`${x.name}（${x.code}）${x.documentedCode !== undefined ? `；微信文档示例为 ${x.documentedCode}` : ''}${x.note !== undefined ? `\n${x.note}` : ''}`}
        </View>
          ))}
      </Block>
      <Toggle id={`filing-remark-open-${d.platform}`} open={remark} onTap={() => setRemark(!remark)} text={`备注（${Array.from(d.remark).length} 字）`} />
      <Block>
        {remark && (
          <View className='draft__field'>
            <CopyButton id={`copy-remark-${d.platform}`} what='备注' onTap={() => onCopy(d.remark)} />
            <Text id={`filing-remark-${d.platform}`} selectable userSelect>
              {d.remark}
            </Text>
          </View>
        )}
      </Block>
      {/* With the 备注 (the bureau reads both first), opened by its tap: opening the draft stays ≤ 2 KB. */}
      <Block>
        {remark && (
          <Input
            id={`filing-name-${d.platform}`}
            className='draft__name'
            type='text'
            placeholder='小程序名称（选填，查名称里的行业用词）'
            ariaLabel='小程序名称'
            onInput={(e) => setName(String(e.detail.value))}
          />
        )}
      </Block>
      <Block>
        {remark && check !== null && (
          <Text className='draft__hint' id={`filing-name-hint-${d.platform}`}>
            {`${check.note}（${sourcesText(check.sources)}）`}
          </Text>
        )}
      </Block>
      <CopyFallback id={`copy-fallback-${d.platform}`} accept={(t) => texts.has(t)} />
      <Toggle id={`filing-materials-${d.platform}`} open={materials} onTap={() => setMaterials(!materials)} text={`材料（${d.materials.length} 项）`} />
      <Block>
        {materials && (
          <ShowMore
            items={d.materials}
            step={4}
            id={`filing-materials-more-${d.platform}`}
            render={(m, i) => (
              <Text key={m} className='draft__line'>
                {`${i + 1}. ${m}`}
              </Text>
            )}
          />
        )}
      </Block>
      <Block>{allNotes.length > 0 && <Toggle id={`filing-notes-${d.platform}`} open={notes} onTap={() => setNotes(!notes)} text={`说明（${allNotes.length} 条）`} />}</Block>
      <Block>
        {notes && (
          <ShowMore
            items={allNotes}
            step={2}
            id={`filing-notes-more-${d.platform}`}
            render={(n) => (
              <Text key={n} className='draft__line'>
                {n}
              </Text>
            )}
          />
        )}
      </Block>
    </View>
  )
}

/** A chosen platform whose form is not known here, and no draft to go with: its note, folded. */
function NoteOnly({ note }: { note: FilingDraftNote }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='draft' id={`filing-note-${note.platform}`}>
      <Toggle id={`toggle-filing-note-${note.platform}`} open={open} onTap={() => setOpen(!open)} text={`${label(note.platform)}小程序备案表单`} />
      <Block>{open && <Text className='draft__line'>{note.text}</Text>}</Block>
    </View>
  )
}
