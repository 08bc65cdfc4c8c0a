import { useState, type ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { Switch } from '@/components/Switch'
import { maskIdNumber, maskPersonName, maskPhone } from '@/domain/masking'
import { shanxiDivisions } from '@/content/shanxiDivisions'
import { parseYuanToFen, formatFenYuan } from '@/domain/money'
import { useHideFromScreenshots } from '@/lib/useHideFromScreenshots'
import { INCOME_KINDS, memberIdentity, SELF_MEMBER_ID } from '@/domain/applicationDraft/draftAnswers'
import type { StepId } from '@/domain/applicationDraft/draftSteps'
import { AREA_OPTIONS, INCOME_LABELS, programmeTitle, relationLabel } from '../../model/applyVocabulary'
import { recommendMaterials } from '../../model/materialsRecommendation'
import { membersUnder14, STEP_TITLES } from '../../model/applySteps'
import type { StepProps } from './stepProps'

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='apply-review__row'>
      <Text className='apply-review__label'>{label}</Text>
      <Text className='apply-review__value'>{value || '（未填）'}</Text>
    </View>
  )
}

const money = (text: string) => {
  if (text.trim() === '') return '0'
  const r = parseYuanToFen(text)
  return r.ok ? formatFenYuan(r.fen) : text
}

export function ReviewStep({ answers, today, onEdit }: StepProps & { onEdit: (step: StepId) => void }) {
  const [reveal, setReveal] = useState(false)
  // Full numbers on screen: keep them out of screenshots and recordings where WeChat supports it (D2).
  useHideFromScreenshots(reveal)
  const id = (v: string) => (reveal ? v : maskIdNumber(v))
  const phone = (v: string) => (reveal ? v : maskPhone(v))
  const name = (v: string) => (reveal ? v : maskPersonName(v))
  const a = answers.applicant
  const region = a.townCode ? (shanxiDivisions().pathOf(a.townCode) ?? '') : ''
  const minors = membersUnder14(answers, today)

  const Section = ({ step, children }: { step: StepId; children: ReactNode }) => (
    <View className='apply-card'>
      <View className='apply-row'>
        <Heading level={2}>{STEP_TITLES[step]}</Heading>
        <Button variant='plain' onPress={() => onEdit(step)} label={`修改：${STEP_TITLES[step]}`}>
          修改
        </Button>
      </View>
      {children}
    </View>
  )

  return (
    <View>
      <Text className='apply-card__line'>请逐项核对。要改哪一项，点旁边的“修改”，改完会回到这里。</Text>
      <View className='card'>
        <Switch
          label='显示完整的姓名、身份证号和手机号'
          description='只在你自己看的时候打开'
          checked={reveal}
          onChange={setReveal}
        />
      </View>
      <Section step='programmes'>
        <Row label='申请项目' value={answers.programmes.map(programmeTitle).join('、')} />
      </Section>
      <Section step='applicant'>
        <Row label='姓名' value={name(a.name)} />
        <Row label='身份证号' value={id(a.idNumber)} />
        <Row label='手机号' value={phone(a.phone)} />
        <Row label='户籍地' value={region} />
        <Row label='详细地址' value={a.address} />
        <Row label='户口类型' value={AREA_OPTIONS.find((o) => o.id === a.area)?.label ?? ''} />
        {answers.actingForOther ? (
          <Row
            label='代办人'
            value={`${name(answers.agent.name)}，${phone(answers.agent.phone)}，${answers.agent.relation}`}
          />
        ) : null}
      </Section>
      <Section step='household'>
        {answers.members.map((m) => {
          const ident = memberIdentity(answers, m)
          const extra = [
            m.livesTogether ? '' : '不住在一起',
            m.student ? '在校学生' : '',
            m.disabilityCategory ? '有残疾人证' : '',
            m.seriousIllness ? '重病' : '',
            minors.some((x) => x.id === m.id) ? '不满 14 周岁' : '',
          ].filter(Boolean)
          return (
            <Row
              key={m.id}
              label={m.id === SELF_MEMBER_ID ? '申请人本人' : relationLabel(m.relation)}
              value={`${name(ident.name)} ${id(ident.idNumber)}${extra.length ? `（${extra.join('，')}）` : ''}`}
            />
          )
        })}
      </Section>
      <Section step='income'>
        {answers.members.map((m) => {
          const parts = INCOME_KINDS.filter((k) => m.income[k].trim() !== '').map(
            (k) => `${INCOME_LABELS[k].title} ${money(m.income[k])}`,
          )
          return (
            <Row
              key={m.id}
              label={`${m.id === SELF_MEMBER_ID ? '申请人本人' : relationLabel(m.relation)}每月`}
              value={parts.length ? parts.join('，') : '没有收入'}
            />
          )
        })}
        <Row label='存款等' value={answers.assets.deposits.trim() ? money(answers.assets.deposits) : '未填'} />
        <Row label='汽车 / 房子' value={`${answers.assets.vehicles} 辆 / ${answers.assets.homes} 套`} />
        <Row label='开公司或个体户' value={answers.assets.registeredBusiness ? '有' : '没有'} />
        {answers.rigidSpendingAnnual.trim() ? (
          <Row label='近 12 个月必须花的钱' value={money(answers.rigidSpendingAnnual)} />
        ) : null}
        {answers.hasEmergency || answers.programmes.includes('temporary') ? (
          <Row label='急事' value={`${answers.emergency.date} ${answers.emergency.description}`} />
        ) : null}
      </Section>
      <Section step='materials'>
        {recommendMaterials(answers).map((item) => {
          const entry = answers.materials[item.id]
          return (
            <Row
              key={item.id}
              label={item.title}
              value={entry?.fileIds.length ? `已上传 ${entry.fileIds.length} 张` : '稍后补充'}
            />
          )
        })}
      </Section>
      <Section step='consent'>
        <Row label='核对收入和财产' value={answers.consents.incomeAndAssets ? '已同意' : '未同意'} />
        <Row label='授权书签名' value={answers.consents.signatureFileId ? '已签名' : '未签名'} />
      </Section>
    </View>
  )
}
