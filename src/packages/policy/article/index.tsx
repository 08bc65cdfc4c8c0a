import { useRef } from 'react'
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro'
import '../attachPolicyLibrary'
import { PolicyArticleScreen } from '@/features/policy/PolicyArticleScreen'
import { ROUTES, withQuery } from '@/lib/routes'
import { isWeapp } from '@/lib/platform'
import type { PolicyArticle } from '@/content/policyNodes'

export default function PolicyArticlePage() {
  const { params } = useRouter()
  const slug = typeof params.id === 'string' && params.id ? decodeURIComponent(params.id) : undefined
  const loaded = useRef<PolicyArticle | null>(null)

  // Share card: the article title and a path back to the same article (the slug only; nothing personal).
  useShareAppMessage(() => ({
    title: loaded.current?.title ?? '政策解读',
    path: slug ? withQuery(ROUTES.policyArticle, { id: slug }) : ROUTES.policy,
  }))

  const onLoaded = (article: PolicyArticle) => {
    loaded.current = article
    void Taro.setNavigationBarTitle({ title: article.title }).catch(() => undefined)
  }

  return <PolicyArticleScreen slug={slug} onLoaded={onLoaded} canShare={isWeapp} />
}
