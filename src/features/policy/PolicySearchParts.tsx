/**
 * The search box and the result list shared by the 政策 tab (instant search) and the 全文搜索 page in the
 * policy subpackage. Matched text is rendered as plain text spans, never HTML.
 */
import { View, Text, Input } from '@tarojs/components'
import { Button } from '@/components/Button'
import { a11y, interactiveProps } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { segmentsText, type PolicySearchHit, type TextSegment } from './policySearch'
import { articleRoute } from './policyLinks'
import './PolicySearchParts.css'

/** The typed text: Taro puts it in `detail.value`; fall back to the element's value, never undefined. */
function inputValue(event: { detail?: { value?: unknown }; target?: unknown }): string {
  const fromDetail = event.detail?.value
  if (typeof fromDetail === 'string') return fromDetail
  const fromTarget = (event.target as { value?: unknown } | null)?.value
  return typeof fromTarget === 'string' ? fromTarget : ''
}

export interface PolicySearchBoxProps {
  query: string
  onChange: (query: string) => void
  /** The visible label, also the search landmark's name. */
  label: string
  /** The input's accessible name: the label and what can be typed. */
  inputLabel: string
  placeholder: string
}

export function PolicySearchBox({ query, onChange, label, inputLabel, placeholder }: PolicySearchBoxProps) {
  return (
    <View className='policy-search' {...a11y({ role: 'search', label })}>
      <Text className='policy-search__label'>{label}</Text>
      <View className='policy-search__row'>
        <Input
          className='policy-search__input'
          type='text'
          value={query}
          placeholder={placeholder}
          confirmType='search'
          maxlength={40}
          onInput={(e) => onChange(inputValue(e))}
          {...a11y({ role: 'textbox', label: inputLabel })}
        />
        {query.trim() ? (
          <Button variant='plain' onPress={() => onChange('')} label='清除搜索' className='policy-search__clear'>
            清除
          </Button>
        ) : null}
      </View>
    </View>
  )
}

const EXCERPT_LABEL = { keyword: '关键词', summary: '简介', body: '正文' } as const

function Segments({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.hit ? (
          <Text key={i} className='policy-hit'>
            {segment.text}
          </Text>
        ) : (
          segment.text
        ),
      )}
    </>
  )
}

function SearchResult({ hit }: { hit: PolicySearchHit }) {
  const open = () => openRoute(articleRoute(hit.summary.id))
  const excerpt = hit.excerpt
  const name = [
    hit.summary.title,
    excerpt ? `${EXCERPT_LABEL[excerpt.field]}：${segmentsText(excerpt.segments)}` : hit.summary.summary,
  ].join('，')
  return (
    <View className='policy-result' {...a11y({ role: 'listitem' })}>
      <View
        className='policy-result__link'
        onClick={open}
        {...a11y({ role: 'link', label: name })}
        {...interactiveProps(open)}
      >
        <Text className='policy-result__title' {...a11y({ hidden: true })}>
          <Segments segments={hit.title} />
        </Text>
        <Text className='policy-result__excerpt' {...a11y({ hidden: true })}>
          {excerpt ? (
            <>
              {EXCERPT_LABEL[excerpt.field]}：<Segments segments={excerpt.segments} />
            </>
          ) : (
            hit.summary.summary
          )}
        </Text>
      </View>
    </View>
  )
}

/** The hits as a list named 搜索结果; each opens its article. */
export function PolicySearchResultList({ hits }: { hits: readonly PolicySearchHit[] }) {
  return (
    <View {...a11y({ role: 'list', label: '搜索结果' })}>
      {hits.map((hit) => (
        <SearchResult key={hit.summary.id} hit={hit} />
      ))}
    </View>
  )
}
