import { Text, View } from '@tarojs/components'
import dayjs from 'dayjs'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Notice } from '@/components/Notice'
import { Button } from '@/components/Button'
import { DATA_CATEGORIES, DEMO_OPERATOR, NOTICE_SECTIONS, PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'
import { consentIsCurrent, useConsentStore } from '@/stores/consentStore'
import './privacyScreens.css'

export interface PrivacyRulesScreenProps {
  now?: () => Date
  /** Called after the person agrees (the page goes back to the application). */
  onAccepted?: () => void
}

/**
 * 个人信息处理规则 (PIPL Art. 17; 条例 Art. 21): who, why, how, which data (sensitive ones marked, with
 * why and what it means for you), how long, your rights. Reading it never requires agreeing (PIPL Art. 16).
 */
export function PrivacyRulesScreen({ now = () => new Date(), onAccepted }: PrivacyRulesScreenProps) {
  const acceptedVersion = useConsentStore((s) => s.acceptedVersion)
  const acceptedAt = useConsentStore((s) => s.acceptedAt)
  const accept = useConsentStore((s) => s.accept)
  const current = consentIsCurrent({ acceptedVersion }, PRIVACY_NOTICE_VERSION)
  return (
    <Page title='个人信息处理规则'>
      <Notice tone='warning' title='这是演示版'>
        <Text>处理者是{DEMO_OPERATOR.name}，数据都是模拟的。</Text>
      </Notice>
      <Text className='muted'>版本：{PRIVACY_NOTICE_VERSION}</Text>

      {NOTICE_SECTIONS.slice(0, 2).map((section) => (
        <View key={section.id}>
          <Heading level={2}>{section.title}</Heading>
          <View className='card stack'>
            {section.paragraphs.map((p) => (
              <Text key={p} className='text-body'>
                {p}
              </Text>
            ))}
          </View>
        </View>
      ))}

      <Heading level={2}>会用到哪些信息</Heading>
      <Text className='muted'>标着“敏感”的信息，一旦泄露对你影响较大，我们会单独问你同意。</Text>
      <View className='card'>
        {DATA_CATEGORIES.map((c) => (
          <View key={c.id} className='privacy-category stack'>
            <Text className='text-body' style={{ fontWeight: 700 }}>
              {c.name}
              {c.sensitive ? <Text className='privacy-tag'>敏感</Text> : null}
            </Text>
            <Text className='muted'>例如：{c.examples}</Text>
            <Text className='text-body'>为什么需要：{c.why}</Text>
            {c.impact ? <Text className='text-body'>对你的影响：{c.impact}</Text> : null}
          </View>
        ))}
      </View>

      {NOTICE_SECTIONS.slice(2).map((section) => (
        <View key={section.id}>
          <Heading level={2}>{section.title}</Heading>
          <View className='card stack'>
            {section.paragraphs.map((p) => (
              <Text key={p} className='text-body'>
                {p}
              </Text>
            ))}
          </View>
        </View>
      ))}

      <Heading level={2}>你的同意</Heading>
      {current && acceptedAt ? (
        <Notice tone='success' title='你已同意本版规则'>
          <Text>同意时间：{dayjs(acceptedAt).format('YYYY年M月D日 HH:mm')}。想撤回，请到“我的 → 我的数据”。</Text>
        </Notice>
      ) : (
        <View className='stack'>
          <Text className='text-body'>
            {acceptedVersion
              ? '规则有了变化，请重新阅读后再决定是否同意。'
              : '你还没有同意。不同意也可以看政策和做资格预检。'}
          </Text>
          <Button
            block
            onPress={() => {
              accept(now())
              onAccepted?.()
            }}
          >
            我已阅读并同意
          </Button>
        </View>
      )}
    </Page>
  )
}
