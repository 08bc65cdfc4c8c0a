import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useMemo, useState } from 'react'
import { LoadFailedNotice } from '@/components/LoadFailedNotice'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { NavCell } from '@/components/NavCell'
import { a11y } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import { SERVICE_HOTLINE } from '@/lib/serviceContacts'
import { POLICY_CATEGORIES, type PolicyCategory } from '@/content/policyNodes'
import type { PolicySummary } from '@/content/policySummaries'
import type { PolicyList, PolicyService } from '@/services/policyService'
import type { ServiceError } from '@/services/serviceErrors'
import { getServices } from '@/services/serviceRegistry'
import { usePolicySearchHandoffStore } from '@/stores/policySearchHandoffStore'
import { useRecentPoliciesStore } from '@/stores/recentPoliciesStore'
import { searchPolicies } from './policySearch'
import { PolicySearchBox, PolicySearchResultList } from './PolicySearchParts'
import { HOTLINE_SLUG, PROCEDURE_SLUG, STANDARD_SLUG, articleRoute } from './policyLinks'
import './PolicyListScreen.css'

export interface PolicyListScreenProps {
  /** The policy port; tests pass one built from fixtures. */
  service?: PolicyService
  initialQuery?: string
}

type IndexState = { kind: 'loading' } | { kind: 'ready'; list: PolicyList } | { kind: 'failed'; error: ServiceError }

function SummaryLink({ summary }: { summary: PolicySummary }) {
  return (
    <View {...a11y({ role: 'listitem' })}>
      <NavCell title={summary.title} description={summary.summary} onOpen={() => openRoute(articleRoute(summary.id))} />
    </View>
  )
}

function HotlineList({ onMore }: { onMore: (() => void) | null }) {
  const call = (number: string) => () => {
    void Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined)
  }
  return (
    <View className='card policy-hotlines'>
      <View {...a11y({ role: 'list', label: '求助电话' })}>
        <View className='policy-hotline' {...a11y({ role: 'listitem' })}>
          <Text className='policy-hotline__name'>{SERVICE_HOTLINE.name}</Text>
          <Text className='policy-hotline__what'>{SERVICE_HOTLINE.what}</Text>
          <Button variant='secondary' onPress={call(SERVICE_HOTLINE.number)} label={`拨打 ${SERVICE_HOTLINE.number}`}>
            拨打 {SERVICE_HOTLINE.number}
          </Button>
        </View>
        <View className='policy-hotline' {...a11y({ role: 'listitem' })}>
          <Text className='policy-hotline__name'>紧急情况：110、119、120</Text>
          <Text className='policy-hotline__what'>
            有生命危险、火灾、急病，先打紧急电话，再找乡镇（街道）申请临时救助。
          </Text>
        </View>
        <View className='policy-hotline' {...a11y({ role: 'listitem' })}>
          <Text className='policy-hotline__name'>乡镇（街道）和县民政局</Text>
          <Text className='policy-hotline__what'>办理申请、监督投诉。号码看办事窗口或县政府公布的监督电话。</Text>
        </View>
      </View>
      {onMore ? <NavCell title='更多求助和咨询电话' onOpen={onMore} /> : null}
    </View>
  )
}

export function PolicyListScreen({ service, initialQuery = '' }: PolicyListScreenProps) {
  const policies = service ?? getServices().policies
  const [state, setState] = useState<IndexState>({ kind: 'loading' })
  const [query, setQuery] = useState(initialQuery)
  const [attempt, setAttempt] = useState(0)
  const recentSlugs = useRecentPoliciesStore((s) => s.slugs)

  useEffect(() => {
    let live = true
    setState({ kind: 'loading' })
    void policies.list().then((result) => {
      if (!live) return
      setState(result.ok ? { kind: 'ready', list: result.value } : { kind: 'failed', error: result.error })
    })
    return () => {
      live = false
    }
  }, [policies, attempt])

  const summaries = useMemo(() => (state.kind === 'ready' ? state.list.items : []), [state])
  const hits = useMemo(() => searchPolicies(summaries, query), [summaries, query])
  const bySlug = useMemo(() => new Map(summaries.map((s) => [s.id, s])), [summaries])
  const searching = query.trim().length > 0
  const setHandoffQuery = usePolicySearchHandoffStore((s) => s.setQuery)
  // Body text is not in the tab's small index: 全文搜索 opens a page in the policy subpackage.
  const fullTextLink = (
    <View className='card policy-cells policy-fulltext-link'>
      <NavCell
        title={`在全文中搜索“${query.trim()}”`}
        description='也找正文里提到它的说明'
        onOpen={() => {
          setHandoffQuery(query.trim())
          openRoute(ROUTES.policySearch)
        }}
      />
    </View>
  )

  const categories = (Object.keys(POLICY_CATEGORIES) as PolicyCategory[])
    .map((category) => ({ category, items: summaries.filter((s) => s.category === category) }))
    .filter((group) => group.items.length > 0)
  const recent = recentSlugs.map((slug) => bySlug.get(slug)).filter((s): s is PolicySummary => Boolean(s))
  const quickLinks = [
    { slug: STANDARD_SLUG, title: '低保标准', description: '山西的低保标准怎么定、全省平均多少' },
    { slug: PROCEDURE_SLUG, title: '申请流程', description: '从申请到发钱，每一步做什么、要多久' },
  ].filter((link) => bySlug.has(link.slug))

  return (
    <Page title='政策解读'>
      <Text className='policy-intro'>用大白话讲清楚各项救助政策。这些是本服务写的解读，不是官方通知。</Text>

      <PolicySearchBox
        query={query}
        onChange={setQuery}
        label='搜索政策'
        inputLabel='搜索政策：可以输入标题、简介、关键词或拼音首字母'
        placeholder='比如：低保、临时救助、db'
      />

      {state.kind === 'loading' ? (
        <Text className='muted' {...a11y({ role: 'status', live: 'polite' })}>
          正在打开政策列表…
        </Text>
      ) : null}
      {state.kind === 'failed' ? (
        <LoadFailedNotice
          title='没有打开政策列表'
          message={state.error.message}
          onRetry={() => setAttempt((n) => n + 1)}
        />
      ) : null}

      {state.kind === 'ready' && searching ? (
        <View className='policy-results'>
          <Text className='policy-results__count' {...a11y({ role: 'status', live: 'polite' })}>
            {hits.length
              ? `找到 ${hits.length} 篇和“${query.trim()}”有关的说明`
              : `标题、简介和关键词里没有找到“${query.trim()}”`}
          </Text>
          {hits.length ? (
            <>
              <PolicySearchResultList hits={hits} />
              {fullTextLink}
            </>
          ) : (
            <>
              {fullTextLink}
              <View className='card policy-empty'>
                <Text className='policy-empty__title'>可以这样试试：</Text>
                <View {...a11y({ role: 'list' })}>
                  <Text className='policy-empty__tip' {...a11y({ role: 'listitem' })}>
                    换个短一点的词，比如“低保”“特困”“临时救助”“残疾”。
                  </Text>
                  <Text className='policy-empty__tip' {...a11y({ role: 'listitem' })}>
                    打拼音首字母也行，比如 db 就是低保。
                  </Text>
                  <Text className='policy-empty__tip' {...a11y({ role: 'listitem' })}>
                    还是找不到，可以拨打 {SERVICE_HOTLINE.number} 问问，或者去乡镇（街道）咨询。
                  </Text>
                </View>
                <Button variant='secondary' onPress={() => setQuery('')}>
                  看全部政策
                </Button>
              </View>
            </>
          )}
        </View>
      ) : null}

      {state.kind === 'ready' && !searching ? (
        <>
          {recent.length ? (
            <View className='section'>
              <Heading level={2}>最近看过</Heading>
              <View className='card policy-cells' {...a11y({ role: 'list', label: '最近看过' })}>
                {recent.map((summary) => (
                  <View key={summary.id} {...a11y({ role: 'listitem' })}>
                    <NavCell title={summary.title} onOpen={() => openRoute(articleRoute(summary.id))} />
                  </View>
                ))}
              </View>
            </View>
          ) : null}

          {quickLinks.length ? (
            <View className='section'>
              <Heading level={2}>先看这些</Heading>
              <View className='card policy-cells' {...a11y({ role: 'list', label: '先看这些' })}>
                {quickLinks.map((link) => (
                  <View key={link.slug} {...a11y({ role: 'listitem' })}>
                    <NavCell
                      title={link.title}
                      description={link.description}
                      onOpen={() => openRoute(articleRoute(link.slug))}
                    />
                  </View>
                ))}
              </View>
            </View>
          ) : null}

          {categories.map((group) => (
            <View key={group.category} className='section'>
              <Heading level={2}>{POLICY_CATEGORIES[group.category]}</Heading>
              <View className='card policy-cells' {...a11y({ role: 'list', label: POLICY_CATEGORIES[group.category] })}>
                {group.items.map((summary) => (
                  <SummaryLink key={summary.id} summary={summary} />
                ))}
              </View>
            </View>
          ))}
        </>
      ) : null}

      <View className='section'>
        <Heading level={2}>求助电话</Heading>
        <HotlineList onMore={bySlug.has(HOTLINE_SLUG) ? () => openRoute(articleRoute(HOTLINE_SLUG)) : null} />
      </View>
    </Page>
  )
}
