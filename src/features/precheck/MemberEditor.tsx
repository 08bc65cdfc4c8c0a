import { View, Text } from '@tarojs/components'
import type { DisabilityCategory, DisabilityGrade, Relation, StudentLevel } from '@/services/applicationPayload'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { SelectField } from '@/components/SelectField'
import { Button } from '@/components/Button'
import { Heading } from '@/components/Heading'
import { a11y } from '@/lib/a11y'
import type { FieldErrors, MemberDraft } from './precheckDraft'
import {
  DISABILITY_CATEGORY_LABELS,
  DISABILITY_GRADE_LABELS,
  RELATION_LABELS,
  STUDENT_LABELS,
} from './precheckVocabulary'

export interface MemberEditorProps {
  member: MemberDraft
  isNew: boolean
  /** Errors to show (after 保存 was pressed with gaps). */
  errors: FieldErrors
  /** YYYY-MM-DD: the latest possible birth date. */
  today: string
  onChange: (patch: Partial<MemberDraft>) => void
  onSave: () => void
  onCancel: (() => void) | null
}

const YES_NO = [
  { value: 'yes', label: '有' },
  { value: 'no', label: '没有' },
] as const

const yesNo = (value: boolean | null) => (value === null ? null : value ? 'yes' : 'no')

const OTHER_RELATIONS = (Object.keys(RELATION_LABELS) as Relation[]).filter((r) => r !== 'self')

/** Adds or changes one household member: relation, birth date, disability, serious illness, school, living together. */
export function MemberEditor({ member, isNew, errors, today, onChange, onSave, onCancel }: MemberEditorProps) {
  const isSelf = member.relation === 'self'
  const prefix = `member-${member.id}`
  const title = isSelf
    ? '申请人本人'
    : isNew
      ? '添加一位家庭成员'
      : `修改：${member.relation ? RELATION_LABELS[member.relation] : '家庭成员'}`
  return (
    <View className='card member-editor' {...a11y({ role: 'group', label: title })}>
      <Heading level={3}>{title}</Heading>
      {isSelf ? null : (
        <SelectField
          id={`${prefix}-relation`}
          mode='selector'
          label='和申请人的关系'
          options={OTHER_RELATIONS.map((r) => ({ value: r, label: RELATION_LABELS[r] }))}
          value={member.relation}
          onChange={(value) => onChange({ relation: value as Relation })}
          error={errors.relation}
        />
      )}
      <SelectField
        id={`${prefix}-birth`}
        mode='date'
        label='出生日期'
        hint='看身份证或户口簿上的日期'
        start='1900-01-01'
        end={today}
        initial='1970-01-01'
        value={member.birthDate}
        onChange={(value) => onChange({ birthDate: value })}
        error={errors.birthDate}
      />
      {isSelf ? null : (
        <ChoiceGroup
          id={`${prefix}-together`}
          label='是否和申请人长期住在一起'
          inline
          options={[
            { value: 'yes', label: '是' },
            { value: 'no', label: '否' },
          ]}
          value={member.livesTogether ? 'yes' : 'no'}
          onChange={(value) => onChange({ livesTogether: value === 'yes' })}
        />
      )}
      <ChoiceGroup
        id={`${prefix}-disability`}
        label='有没有残疾人证'
        inline
        options={YES_NO}
        value={yesNo(member.hasDisability)}
        onChange={(value) =>
          onChange(
            value === 'yes'
              ? { hasDisability: true }
              : { hasDisability: false, disabilityCategory: null, disabilityGrade: null },
          )
        }
        error={errors.hasDisability}
      />
      {member.hasDisability ? (
        <>
          <SelectField
            id={`${prefix}-disability-category`}
            mode='selector'
            label='残疾类别'
            hint='看残疾人证上写的类别'
            options={(Object.keys(DISABILITY_CATEGORY_LABELS) as DisabilityCategory[]).map((c) => ({
              value: c,
              label: DISABILITY_CATEGORY_LABELS[c],
            }))}
            value={member.disabilityCategory}
            onChange={(value) => onChange({ disabilityCategory: value as DisabilityCategory })}
            error={errors.disabilityCategory}
          />
          <ChoiceGroup
            id={`${prefix}-disability-grade`}
            label='残疾等级'
            inline
            options={([1, 2, 3, 4] as DisabilityGrade[]).map((g) => ({
              value: String(g) as '1' | '2' | '3' | '4',
              label: DISABILITY_GRADE_LABELS[g],
            }))}
            value={member.disabilityGrade ? (String(member.disabilityGrade) as '1' | '2' | '3' | '4') : null}
            onChange={(value) => onChange({ disabilityGrade: Number(value) as DisabilityGrade })}
            error={errors.disabilityGrade}
          />
        </>
      ) : null}
      <ChoiceGroup
        id={`${prefix}-illness`}
        label='有没有重病（如癌症、尿毒症等重特大疾病）'
        inline
        options={YES_NO}
        value={yesNo(member.seriousIllness)}
        onChange={(value) => onChange({ seriousIllness: value === 'yes' })}
        error={errors.seriousIllness}
      />
      <SelectField
        id={`${prefix}-student`}
        mode='selector'
        label='是否在上学（全日制）'
        options={(Object.keys(STUDENT_LABELS) as (StudentLevel | 'none')[]).map((s) => ({
          value: s,
          label: STUDENT_LABELS[s],
        }))}
        value={member.student}
        onChange={(value) => onChange({ student: value as StudentLevel | 'none' })}
      />
      {Object.keys(errors).length > 0 ? (
        <Text className='precheck-error-summary' {...a11y({ role: 'alert' })}>
          还有 {Object.keys(errors).length} 项没填好，请看上面标 ⚠ 的地方。
        </Text>
      ) : null}
      <View className='member-editor__actions'>
        <Button onPress={onSave} block>
          {isSelf ? '保存本人信息' : '保存这位成员'}
        </Button>
        {onCancel ? (
          <Button onPress={onCancel} variant='secondary' block>
            取消
          </Button>
        ) : null}
      </View>
    </View>
  )
}
