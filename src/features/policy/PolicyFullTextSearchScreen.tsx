/**
 * 全文搜索 (policy subpackage): searches the titles, summaries, keywords and the body text of every article
 * and shows where the text was found. The body text comes from the full library, which only this subpackage
 * bundles; the 政策 tab in the main package searches its small index instantly and links here.
 */
import { View, Text } from '@tarojs/components'
import { useEffect, useMemo, useState } from 'react'
import { LoadFailedNotice } from '@/components/LoadFailedNotice'
import { Page } from '@/components/Page'
import { a11y } from '@/lib/a11y'
import { SERVICE_HOTLINE } from '@/lib/serviceContacts'
import type { PolicyFullTextList, PolicyService } from '@/services/policyService'
import type { ServiceError } from '@/services/serviceErrors'
import { getServices } from '@/services/serviceRegistry'
import { searchPolicyFullText } from './policyFullTextSearch'
import { PolicySearchBox, PolicySearchResultList } from './PolicySearchParts'
import './PolicyFullTextSearchScreen.css'

export interface PolicyFullTextSearchScreenProps {
  /** The policy port; tests pass one built from fixtures. */
  service?: PolicyService
  /** The text typed on the 政策 tab (handed over in memory). */
  initialQuery?: string
}

type TextState =
  { kind: 'loading' } | { kind: 'ready'; list: PolicyFullTextList } | { kind: 'failed'; error: ServiceError }

export function PolicyFullTextSearchScreen({ service, initialQuery = '' }: PolicyFullTextSearchScreenProps) {
  const policies = service ?? getServices().policies
  const [state, setState] = useState<TextState>({ kind: 'loading' })
  const [query, setQuery] = useState(initialQuery)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    setState({ kind: 'loading' })
    void policies.fullText().then((result) => {
      if (!live) return
      setState(result.ok ? { kind: 'ready', list: result.value } : { kind: 'failed', error: result.error })
    })
    return () => {
      live = false
    }
  }, [policies, attempt])

  const hits = useMemo(
    () => (state.kind === 'ready' ? searchPolicyFullText(state.list.items, query) : []),
    [state, query],
  )
  const shown = query.trim()

  return (
    <Page title='全文搜索'>
      <Text className='policy-fulltext__intro'>在所有政策解读的标题和正文里找，找到的地方会标出来。</Text>

      <PolicySearchBox
        query={query}
        onChange={setQuery}
        label='在全文中搜索'
        inputLabel='在全文中搜索：可以输入正文里的词，比如 授权书、残疾人证'
        placeholder='比如：授权书、残疾人证'
      />

      {state.kind === 'loading' ? (
        <Text className='muted' {...a11y({ role: 'status', live: 'polite' })}>
          正在打开政策全文…
        </Text>
      ) : null}
      {state.kind === 'failed' ? (
        <LoadFailedNotice
          title='没有打开政策全文'
          message={state.error.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      ) : null}

      {state.kind === 'ready' ? (
        <View className='policy-results'>
          <Text className='policy-results__count' {...a11y({ role: 'status', live: 'polite' })}>
            {!shown
              ? '输入要找的词，比如“授权书”。'
              : hits.length
                ? `全文中找到 ${hits.length} 篇提到“${shown}”的说明`
                : `全文中也没有找到“${shown}”`}
          </Text>
          {hits.length ? <PolicySearchResultList hits={hits} /> : null}
          {shown && !hits.length ? (
            <View className='card policy-fulltext__empty'>
              <Text className='policy-fulltext__tip'>换个短一点的词试试，比如“低保”“特困”“临时救助”。</Text>
              <Text className='policy-fulltext__tip'>
                还是找不到，可以拨打 {SERVICE_HOTLINE.number} 问问，或者去乡镇（街道）咨询。
              </Text>
            </View>
          ) : null}
        </View>
      ) : null}
    </Page>
  )
}
