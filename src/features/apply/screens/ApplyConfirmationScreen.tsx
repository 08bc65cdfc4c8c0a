import { View, Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Button } from '@/components/Button'
import { Heading } from '@/components/Heading'
import { Notice } from '@/components/Notice'
import { useApplicationDraftStore } from '@/stores/applicationDraftStore'
import { shanxiDivisions } from '@/content/shanxiDivisions'
import { SERVICE_HOTLINE } from '@/lib/serviceContacts'
import { programmeTitle } from '../model/applyVocabulary'
import './applyScreens.css'

const NEXT_STEPS: [string, string][] = [
  ['受理', '乡镇（街道）收到后检查材料。材料不全的，会一次性告诉你还缺什么。'],
  ['家庭经济状况核对', '受理后 3 个工作日内开始：信息核对、入户调查（至少 2 名工作人员）、邻里走访。'],
  ['公示', '初审意见在村（社区）公示 7 天。'],
  ['审核确认', '一般在受理后 30 个工作日内办完，特殊情况可以延长到 45 个工作日。不批准的，会书面告诉你理由。'],
]

/** GOV.UK-style confirmation page: reference, what was applied for, who receives it, what happens next. */
export function ApplyConfirmationScreen({
  reference,
  editsNotIncluded = false,
  onOpenProgress,
  onHome,
}: {
  reference: string | null
  /** The office got what was sent at an earlier press; changes made after it are not in the application. */
  editsNotIncluded?: boolean
  onOpenProgress: () => void
  onHome: () => void
}) {
  const receipts = useApplicationDraftStore((s) => s.receipts)
  const receipt = receipts.find((r) => r.reference === reference) ?? receipts[0]
  if (!receipt) {
    return (
      <Page title='申请已提交'>
        <Notice tone='info'>没有找到这份申请的记录，可以在“进度”里查看。</Notice>
        <Button onPress={onOpenProgress}>查看办理进度</Button>
      </Page>
    )
  }
  const office = receipt.receivingOfficeName ?? shanxiDivisions().pathOf(receipt.townCode) ?? '户籍所在地的乡镇（街道）'
  return (
    <Page title='申请已提交'>
      <Notice tone='success' title='提交成功'>
        <Text>你的申请编号</Text>
        <Text className='apply-reference'>{receipt.reference}</Text>
        <Text>请记下这个编号，查询进度和打电话咨询时会用到。</Text>
      </Notice>
      {editsNotIncluded ? (
        <Notice tone='warning' title='后来改的内容没有包含在申请里'>
          <Text className='apply-card__line'>
            乡镇（街道）收到的是你第一次点“提交”时的内容。那之后你改过的地方，没有包含在这份申请里。
          </Text>
          <Text className='apply-card__line'>
            要更正，请带上申请编号联系受理的乡镇（街道）；也可以在“进度”里撤回这份申请，再重新申请。
          </Text>
        </Notice>
      ) : null}
      <View className='apply-card'>
        <Text className='apply-card__line'>申请项目：{receipt.programmes.map(programmeTitle).join('、')}</Text>
        <Text className='apply-card__line'>受理单位：{office}</Text>
        <Text className='muted'>一门受理、协同办理：由户籍所在地乡镇（街道）统一受理，转给相关部门一起办。</Text>
      </View>
      <Heading level={2}>接下来会怎样</Heading>
      {NEXT_STEPS.map(([title, text], i) => (
        <View key={title} className='apply-card'>
          <Text className='apply-card__title'>
            {i + 1}. {title}
          </Text>
          <Text className='apply-card__line'>{text}</Text>
        </View>
      ))}
      <View className='apply-card'>
        <Text className='apply-card__title'>有问题可以打电话</Text>
        <Text className='apply-card__line'>
          {SERVICE_HOTLINE.name}：{SERVICE_HOTLINE.number}
        </Text>
      </View>
      <View className='apply-actions'>
        <Button onPress={onOpenProgress} block>
          查看办理进度
        </Button>
        <Button variant='secondary' onPress={onHome} block>
          回到首页
        </Button>
      </View>
    </Page>
  )
}
