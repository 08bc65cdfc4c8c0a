import { View, Text } from '@tarojs/components'
import { Heading } from '@/components/Heading'
import { TextField } from '@/components/TextField'
import { TextAreaField } from '@/components/TextAreaField'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { Switch } from '@/components/Switch'
import { maskPersonName } from '@/domain/masking'
import type { EmergencyType } from '@/services/applicationPayload'
import {
  INCOME_KINDS,
  SELF_MEMBER_ID,
  memberIdentity,
  type DraftAssets,
  type DraftEmergency,
  type DraftMember,
  type IncomeKind,
} from '@/domain/applicationDraft/draftAnswers'
import { EMERGENCY_TYPES, INCOME_LABELS, relationLabel } from '../../model/applyVocabulary'
import { EMERGENCY_DESCRIPTION_MAX, needsEmergency } from '../../model/applySteps'
import type { StepProps } from './stepProps'

const COUNTED: IncomeKind[] = INCOME_KINDS.filter((k) => k !== 'exempt')

export function IncomeStep({ answers, update, errors }: StepProps) {
  const setIncome = (member: DraftMember, kind: IncomeKind, text: string) =>
    update((a) => ({
      ...a,
      members: a.members.map((m) => (m.id === member.id ? { ...m, income: { ...m.income, [kind]: text } } : m)),
    }))
  const setAssets = (patch: Partial<DraftAssets>) => update((a) => ({ ...a, assets: { ...a.assets, ...patch } }))
  const setEmergency = (patch: Partial<DraftEmergency>) =>
    update((a) => ({ ...a, emergency: { ...a.emergency, ...patch } }))
  const emergencyRequired = answers.programmes.includes('temporary')

  return (
    <View>
      <Text className='apply-card__line'>按最近 12 个月平均每月多少钱填写，单位是元。没有这项收入就空着。</Text>
      {answers.members.map((member) => {
        const name = memberIdentity(answers, member).name
        const who = member.id === SELF_MEMBER_ID ? '申请人本人' : relationLabel(member.relation)
        const whoLabel = `${who}${name ? `（${maskPersonName(name)}）` : ''}`
        return (
          <View key={member.id} className='apply-card'>
            <Heading level={2}>{whoLabel}每月收入</Heading>
            {COUNTED.map((kind) => (
              <TextField
                key={kind}
                id={`income-${member.id}-${kind}`}
                label={`${who}的${INCOME_LABELS[kind].title}`}
                hint={INCOME_LABELS[kind].hint}
                inputMode='decimal'
                suffix='元/月'
                optional
                value={member.income[kind]}
                onChange={(t) => setIncome(member, kind, t)}
                error={errors[`income.${member.id}.${kind}`]}
              />
            ))}
            <TextField
              id={`income-${member.id}-exempt`}
              label={`${who}的${INCOME_LABELS.exempt.title}`}
              hint={INCOME_LABELS.exempt.hint}
              inputMode='decimal'
              suffix='元/月'
              optional
              value={member.income.exempt}
              onChange={(t) => setIncome(member, 'exempt', t)}
              error={errors[`income.${member.id}.exempt`]}
            />
          </View>
        )
      })}

      <Heading level={2}>家庭财产</Heading>
      <TextField
        id='assets-deposits'
        label='全家存款、理财等合计'
        hint='包括银行存款、股票、基金、别人欠你家的钱'
        inputMode='decimal'
        suffix='元'
        optional
        value={answers.assets.deposits}
        onChange={(deposits) => setAssets({ deposits })}
        error={errors['assets.deposits']}
      />
      <TextField
        id='assets-vehicles'
        label='家里有几辆汽车'
        hint='残疾人代步车不算'
        inputMode='numeric'
        suffix='辆'
        value={answers.assets.vehicles}
        onChange={(vehicles) => setAssets({ vehicles })}
        error={errors['assets.vehicles']}
        maxLength={2}
      />
      <TextField
        id='assets-homes'
        label='家里有几套房子'
        inputMode='numeric'
        suffix='套'
        value={answers.assets.homes}
        onChange={(homes) => setAssets({ homes })}
        error={errors['assets.homes']}
        maxLength={2}
      />
      <View className='card'>
        <Switch
          label='家里有人开公司或办了个体户'
          checked={answers.assets.registeredBusiness}
          onChange={(registeredBusiness) => setAssets({ registeredBusiness })}
        />
      </View>

      <Heading level={2}>必须花的钱和急事</Heading>
      <TextField
        id='rigid-spending'
        label='近 12 个月看病、上学、康复等必须花的钱'
        hint='自己掏的部分，报销的不算'
        inputMode='decimal'
        suffix='元'
        optional={!answers.programmes.includes('rigid_expense')}
        value={answers.rigidSpendingAnnual}
        onChange={(rigidSpendingAnnual) => update((a) => ({ ...a, rigidSpendingAnnual }))}
        error={errors['rigidSpendingAnnual']}
      />
      {emergencyRequired ? null : (
        <View className='card'>
          <Switch
            label='最近遇到了火灾、事故、突发重病等急事'
            checked={answers.hasEmergency}
            onChange={(hasEmergency) => update((a) => ({ ...a, hasEmergency }))}
          />
        </View>
      )}
      {needsEmergency(answers) ? (
        <View>
          <ChoiceGroup<EmergencyType>
            id='emergency-type'
            label='遇到了什么急事'
            inline
            options={EMERGENCY_TYPES.map((e) => ({ value: e.id, label: e.label }))}
            value={answers.emergency.type}
            onChange={(type) => setEmergency({ type })}
            error={errors['emergency.type']}
          />
          <TextField
            id='emergency-date'
            label='发生日期'
            hint='例如 2026-01-31'
            value={answers.emergency.date}
            onChange={(date) => setEmergency({ date })}
            error={errors['emergency.date']}
            maxLength={10}
          />
          <TextAreaField
            id='emergency-description'
            label='简单说说发生了什么'
            value={answers.emergency.description}
            onChange={(description) => setEmergency({ description })}
            error={errors['emergency.description']}
            maxLength={EMERGENCY_DESCRIPTION_MAX}
          />
        </View>
      ) : null}
    </View>
  )
}
