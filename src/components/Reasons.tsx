import { Block, View } from '@tarojs/components'
import { useState } from 'react'
import type { Reason } from '../domain'
import { citeText } from './Citation'
import ShowMore from './ShowMore'
import SourceDetail from './SourceDetail'
import { aria } from './a11y'

/**
 * A requirement's reasons, each with its citations read as text; tap one for its sources. The
 * first at once, the rest two per tap (ShowMore: each tap one small setData). One component for
 * the cards and the duties' checklist.
 */
export default function Reasons({ reasons, moreId }: { reasons: readonly Reason[]; moreId: string }) {
  const [open, setOpen] = useState<string | null>(null)
  return (
    <ShowMore
      items={reasons}
      initial={1}
      step={2}
      id={moreId}
      more={(left) => `还有 ${left} 条理由`}
      render={(r) => (
        // A Block, not a View: no node of its own; the source card is appended at its end.
        <Block key={r.rule}>
          <View
            className='card__reason'
            id={`reason-${r.rule.replace(/\./g, '-')}`}
            {...aria('button', `${r.text}${citeText(r)}（点按查看依据）`, 'h5')}
            onClick={() => setOpen(open === r.rule ? null : r.rule)}
          >
            {`${r.text}${citeText(r)}`}
          </View>
          <Block>{open === r.rule && <SourceDetail rule={r.rule} sources={r.sources} />}</Block>
        </Block>
      )}
    />
  )
}
