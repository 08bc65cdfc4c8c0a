import { View, Text } from '@tarojs/components'
import { LoadFailedNotice } from '@/components/LoadFailedNotice'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { NavCell } from '@/components/NavCell'
import { EmptyState } from '@/components/EmptyState'
import { LoadingSkeleton } from '@/components/LoadingSkeleton'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { a11y } from '@/lib/a11y'
import { useServiceResult } from '@/lib/useServiceResult'
import { getServices } from '@/services/serviceRegistry'
import { dateOf } from './progressText'
import './ProgressScreen.css'
import './ProgressTabScreen.css'

/** The 进度 tab: my applications (masked), newest first, and the query by reference for 代办. */
export function ProgressScreen({ refreshKey = 0 }: { refreshKey?: number }) {
  const { result, reload } = useServiceResult(() => getServices().progress.listMine(), refreshKey)
  return (
    <Page title='进度查询'>
      <Heading level={2}>我的申请</Heading>
      {result.state === 'loading' ? (
        <LoadingSkeleton blocks={2} />
      ) : result.state === 'error' ? (
        <LoadFailedNotice message={result.error.message} onRetry={reload} retryLabel='重新读取' />
      ) : result.value.length === 0 ? (
        <EmptyState
          title='还没有申请记录'
          replacesList
          action={{ label: '开始申请', onPress: () => openRoute(ROUTES.applyStart) }}
        >
          <Text>
            点下面的“开始申请”，按提示填写家里的情况就可以申请。也可以到户籍所在地的乡镇（街道）或请村（居）委会帮忙代办。提交后，可以在这里看到每一步的办理情况。
          </Text>
        </EmptyState>
      ) : (
        <View className='progress-list' {...a11y({ role: 'list', label: '我的申请' })}>
          {result.value.map((a) => (
            <View key={a.reference} className='card progress-item' {...a11y({ role: 'listitem' })}>
              <NavCell
                title={`${a.programmeLabel} · ${a.statusLabel}`}
                description={`${a.applicantNameMasked}（${a.idNumberMasked}）· ${dateOf(a.submittedAt)} 提交 · 编号 ${a.reference}`}
                onOpen={() => openRoute(withQuery(ROUTES.progressDetail, { ref: a.reference }))}
              />
              <Text className='progress-item__next'>下一步：{a.nextStep}</Text>
              {a.openSupplementItems.length > 0 ? (
                <Text className='progress-item__todo'>待补材料：{a.openSupplementItems.join('、')}</Text>
              ) : null}
            </View>
          ))}
        </View>
      )}
      <Heading level={2}>查别人的申请</Heading>
      <View className='card' style={{ padding: 0 }}>
        <NavCell
          title='按受理编号查询'
          description='在窗口或由村（居）委会代办的申请，用受理编号和身份证号后 6 位查询'
          onOpen={() => openRoute(ROUTES.progressQuery)}
        />
      </View>
    </Page>
  )
}
