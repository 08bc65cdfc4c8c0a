import { View, Text } from '@tarojs/components'
import { useEffect, useState, type ReactNode } from 'react'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { LoadingSkeleton } from '@/components/LoadingSkeleton'
import { a11y } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { ROUTES } from '@/lib/routes'
import type { AidCard, PolicyArticle, PolicySource, SourceConfidence } from '@/content/policyNodes'
import type { PolicyService } from '@/services/policyService'
import type { ServiceError } from '@/services/serviceErrors'
import { getServices } from '@/services/serviceRegistry'
import { useSettingsStore } from '@/stores/settingsStore'
import { useRecentPoliciesStore } from '@/stores/recentPoliciesStore'
import { BlockNodes, CopyLinkButton, InlineNodes } from './PolicyNodeViews'
import { applyRoute, precheckRoute } from './policyLinks'
import { ShareArticleButton } from './ShareArticleButton'
import './PolicyArticleScreen.css'

export interface PolicyArticleScreenProps {
  /** The article slug from the route (`?id=`). */
  slug: string | undefined
  /** The policy port; tests pass one built from fixtures. */
  service?: PolicyService
  /** Told when the article is on screen (the page uses it for the share title). */
  onLoaded?: (article: PolicyArticle) => void
  /** Show the 分享 button (weapp only: H5 cannot share to WeChat). */
  canShare?: boolean
}

type ArticleState =
  | { kind: 'loading' }
  | { kind: 'ready'; article: PolicyArticle; disclaimer: string }
  | { kind: 'failed'; error: ServiceError }

/** Shown if the list (which carries the library's own disclaimer) cannot be read. */
export const FALLBACK_DISCLAIMER =
  '本栏目的文章是本服务为方便大家阅读而写的解读，不是政府的正式通知或文件。具体以当地民政部门正式公布的规定为准。'

const CONFIDENCE_LABEL: Record<SourceConfidence, string> = {
  verified: '已核对原文',
  secondary: '转述或地方资料，未核对原文',
  unverified: '未核实',
}

/** "2021-06-11" → "2021年6月11日"; reduced precision ("2021", "2021-06") is kept as it is. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  if (!month) return `${year}年`
  if (!day) return `${year}年${Number(month)}月`
  return `${year}年${Number(month)}月${Number(day)}日`
}

function AidCardView({ card }: { card: AidCard }) {
  const rows: { label: string; value: ReactNode }[] = [
    { label: '类别', value: card.category },
    { label: '标准', value: <InlineNodes nodes={card.standard} /> },
    { label: '经办单位', value: <InlineNodes nodes={card.office} /> },
    { label: '监督电话', value: <InlineNodes nodes={card.supervision} /> },
  ]
  return (
    <View className='card policy-aidcard' {...a11y({ role: 'region', label: '救助明白卡' })}>
      <Heading level={2} className='policy-aidcard__title'>
        救助明白卡
      </Heading>
      <View {...a11y({ role: 'list', label: '救助明白卡' })}>
        {rows.map((row) => (
          <View key={row.label} className='policy-aidcard__row' {...a11y({ role: 'listitem' })}>
            <Text className='policy-aidcard__label'>{row.label}</Text>
            <Text className='policy-aidcard__value'>{row.value}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function SourceItem({ source }: { source: PolicySource }) {
  return (
    <View className='policy-source' {...a11y({ role: 'listitem' })}>
      <Text className='policy-source__title'>{source.title}</Text>
      <Text className='policy-source__confidence'>可信程度：{CONFIDENCE_LABEL[source.confidence]}</Text>
      {source.note ? <Text className='policy-source__note'>说明：{source.note}</Text> : null}
      <Text className='policy-source__url'>
        {source.govDomain ? '政府网站' : '网页（不是政府网站）'}：{source.url}
      </Text>
      {source.govDomain ? <CopyLinkButton url={source.url} name={source.title} /> : null}
    </View>
  )
}

function ArticleBody({
  article,
  disclaimer,
  canShare,
}: {
  article: PolicyArticle
  disclaimer: string
  canShare: boolean
}) {
  const elderMode = useSettingsStore((s) => s.elderMode)
  const precheck = article.programme ? precheckRoute(article.programme) : null
  const apply = article.programme ? applyRoute(article.programme) : null
  return (
    <>
      <Notice tone='info' title='这是解读，不是官方通知'>
        <Text>{disclaimer}</Text>
      </Notice>

      <Text className='policy-article__summary'>{article.summary}</Text>

      {article.card ? <AidCardView card={article.card} /> : null}

      {precheck || apply ? (
        <View className='policy-actions'>
          {precheck ? (
            <Button onPress={() => openRoute(precheck)} block>
              这项政策适合我吗？
            </Button>
          ) : null}
          {apply ? (
            <Button variant='secondary' onPress={() => openRoute(apply)} block>
              我要申请
            </Button>
          ) : null}
        </View>
      ) : null}

      <View className='policy-dates'>
        <Text className='policy-dates__line'>
          这些规定从 {formatIsoDate(article.appliesFrom)} 起适用。依据：{article.appliesFromBasis}
        </Text>
        <Text className='policy-dates__line muted'>本文最后核对：{formatIsoDate(article.updated)}</Text>
      </View>

      <View className='policy-article__body'>
        <BlockNodes nodes={article.body} options={{ stackTables: elderMode, chartTimeSeries: true }} />
      </View>

      <View className='section'>
        <Heading level={2}>信息来源</Heading>
        <Text className='muted'>标着“参考值”的数字，是我们还没有核实的山西数字，只能作参考。</Text>
        <View className='policy-sources' {...a11y({ role: 'list', label: '信息来源' })}>
          {article.sources.map((source) => (
            <SourceItem key={source.id} source={source} />
          ))}
        </View>
      </View>

      <View className='policy-actions'>
        {canShare ? <ShareArticleButton /> : null}
        <Button variant='plain' onPress={() => openRoute(ROUTES.policy)} block>
          看其他政策
        </Button>
      </View>
    </>
  )
}

export function PolicyArticleScreen({ slug, service, onLoaded, canShare = false }: PolicyArticleScreenProps) {
  const policies = service ?? getServices().policies
  const [state, setState] = useState<ArticleState>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const markRead = useRecentPoliciesStore((s) => s.markRead)

  useEffect(() => {
    let live = true
    if (!slug) {
      setState({ kind: 'failed', error: { code: 'not_found', message: '没有找到这篇政策说明。' } })
      return
    }
    setState({ kind: 'loading' })
    void Promise.all([policies.get(slug), policies.list()]).then(([result, list]) => {
      if (!live) return
      if (result.ok) {
        const disclaimer = list.ok ? list.value.disclaimer : FALLBACK_DISCLAIMER
        setState({ kind: 'ready', article: result.value, disclaimer })
        markRead(result.value.slug)
        onLoaded?.(result.value)
      } else {
        setState({ kind: 'failed', error: result.error })
      }
    })
    return () => {
      live = false
    }
    // onLoaded is a notification, not an input: a new function identity must not reload the article.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [policies, slug, attempt, markRead])

  const title = state.kind === 'ready' ? state.article.title : '政策说明'
  return (
    <Page title={title}>
      {state.kind === 'loading' ? <LoadingSkeleton shape='lines' blocks={6} text='正在打开这篇说明…' /> : null}
      {state.kind === 'failed' ? (
        <Notice tone={state.error.code === 'not_found' ? 'warning' : 'danger'} title='没有打开这篇说明' live>
          <Text>{state.error.message}</Text>
          <View className='policy-actions'>
            {state.error.code === 'not_found' ? null : (
              <Button variant='secondary' onPress={() => setAttempt((n) => n + 1)}>
                再试一次
              </Button>
            )}
            <Button variant='plain' onPress={() => openRoute(ROUTES.policy)}>
              回到政策列表
            </Button>
          </View>
        </Notice>
      ) : null}
      {state.kind === 'ready' ? (
        <ArticleBody article={state.article} disclaimer={state.disclaimer} canShare={canShare} />
      ) : null}
    </Page>
  )
}
