import { View, Text } from '@tarojs/components'
import { Heading } from '@/components/Heading'
import { Notice } from '@/components/Notice'
import { NavCell } from '@/components/NavCell'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { PRIVACY_NOTICE_VERSION } from '@/domain/privacyNotice'

export interface NoticeStepProps {
  /** needsReconsent(): nothing accepted, consent withdrawn, or the rules changed since the acceptance. */
  askConsent: boolean
  /** An older version of the rules was accepted (they changed since). */
  rulesChanged: boolean
  agreed: boolean
  onAgreedChange: (agreed: boolean) => void
  onOpenRules: () => void
  error: string | null
}

/**
 * 申请须知 and the summary of the 个人信息处理规则 (security.md P1). When the current version of the rules
 * has not been accepted, the person ticks an (unticked) box before going on; nothing else is collected here.
 */
export function NoticeStep({ askConsent, rulesChanged, agreed, onAgreedChange, onOpenRules, error }: NoticeStepProps) {
  const rules: [string, string][] = [
    [
      '谁处理你的信息',
      '演示运营方“社会救助服务（演示）”。这是一个演示程序，不是政府官方平台，信息只保存在你的手机里和模拟服务器中。',
    ],
    ['为什么要收集', '为了受理你的救助申请、核对家庭经济状况、通知你办理进度。'],
    [
      '收集哪些信息',
      '申请人和共同生活家人的姓名、身份证号、电话、户籍地址、收入和财产、残疾和疾病情况、证件照片和签名。',
    ],
    ['保存多久', '没提交的草稿在最后一次修改后 30 天自动删除；提交后，手机里只留申请编号和进度。'],
    [
      '怎样撤回或删除',
      '你可以随时删除草稿；在“我的”里可以撤回同意、清除本机数据。撤回不影响已经提交的申请按规定办理。',
    ],
  ]
  return (
    <View>
      <Notice tone='info' title='办理前请了解'>
        <Text className='apply-card__line'>
          低保、特困、低保边缘、刚性支出困难和临时救助可以一次申请，由户籍所在地的乡镇人民政府（街道办事处）受理，分类审核。
        </Text>
      </Notice>
      <Heading level={2}>个人信息处理规则（摘要）</Heading>
      <View className='apply-list'>
        {rules.map(([title, text]) => (
          <View key={title} className='apply-card'>
            <Text className='apply-card__title'>{title}</Text>
            <Text className='apply-card__line'>{text}</Text>
          </View>
        ))}
      </View>
      <NavCell title='查看完整的个人信息处理规则' description={`版本 ${PRIVACY_NOTICE_VERSION}`} onOpen={onOpenRules} />
      {askConsent ? (
        <View className='apply-section'>
          {rulesChanged ? (
            <Notice tone='info' title='个人信息处理规则更新了'>
              <Text>你以前同意的是旧版本。请看一下新的规则，同意后再继续。</Text>
            </Notice>
          ) : null}
          <ChoiceGroup<'yes'>
            id='privacy-consent'
            label='同意个人信息处理规则'
            hint='开始填写前需要你同意。不同意也可以先看政策、做资格预检。'
            multiple
            options={[{ value: 'yes', label: '我已阅读并同意《个人信息处理规则》' }]}
            value={agreed ? ['yes'] : []}
            onChange={(v) => onAgreedChange(v.includes('yes'))}
            error={error}
          />
        </View>
      ) : null}
      <Text className='apply-card__line apply-section'>
        大约需要 10 分钟。填写的内容会自动保存在手机上，随时可以回来接着填。
      </Text>
    </View>
  )
}
