import { View, Text } from '@tarojs/components'
import { Heading } from '@/components/Heading'
import { TextField } from '@/components/TextField'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { Switch } from '@/components/Switch'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import { a11y } from '@/lib/a11y'
import type { DisabilityCategory, ExcludedReason, Relation, StudentLevel } from '@/services/applicationPayload'
import { SELF_MEMBER_ID, type DraftMember } from '@/domain/applicationDraft/draftAnswers'
import {
  DISABILITY_CATEGORIES,
  DISABILITY_GRADES,
  EXCLUDED_REASONS,
  MEMBER_RELATIONS,
  STUDENT_LEVELS,
} from '../../model/applyVocabulary'
import type { FieldErrors, FieldWarnings } from '../../model/applySteps'
import { IdReadback } from './ApplicantStep'

export interface MemberEditorProps {
  member: DraftMember
  /** Every change goes straight into the draft, so nothing typed is lost if the app is closed. */
  onChange: (member: DraftMember) => void
  onDone: () => void
  onRemove?: () => void
  errors: FieldErrors
  warnings: FieldWarnings
  /** Shown as the editor's heading, e.g. 添加家庭成员 / 修改：配偶. */
  title: string
}

const NONE = 'none'

/** Edits one household member: relation, name, ID number, living together, study, disability, illness. */
export function MemberEditor({ member, onChange, onDone, onRemove, errors, warnings, title }: MemberEditorProps) {
  const p = `members.${member.id}`
  const set = (patch: Partial<DraftMember>) => onChange({ ...member, ...patch })
  const isSelf = member.id === SELF_MEMBER_ID
  const idPrefix = `member-${member.id}`
  return (
    <View className='apply-card' {...a11y({ role: 'group', label: title })}>
      <Heading level={2}>{title}</Heading>
      {isSelf ? null : (
        <View>
          <ChoiceGroup<Exclude<Relation, 'self'>>
            id={`${idPrefix}-relation`}
            label='和申请人的关系'
            inline
            options={MEMBER_RELATIONS.map((r) => ({ value: r.id, label: r.label }))}
            value={member.relation === 'self' ? null : member.relation}
            onChange={(relation) => set({ relation })}
            error={errors[`${p}.relation`]}
          />
          <TextField
            id={`${idPrefix}-name`}
            label='姓名'
            value={member.name}
            onChange={(name) => set({ name })}
            error={errors[`${p}.name`]}
            maxLength={50}
          />
          <TextField
            id={`${idPrefix}-id`}
            label='身份证号'
            hint='孩子的身份证号在户口簿上'
            value={member.idNumber}
            onChange={(idNumber) => set({ idNumber })}
            error={errors[`${p}.idNumber`]}
            maxLength={24}
          />
          <IdReadback idNumber={member.idNumber} />
          {warnings[`${p}.idNumber`] ? <Notice tone='warning'>{warnings[`${p}.idNumber`]}</Notice> : null}
          <View className='card'>
            <Switch
              label='和申请人长期住在一起'
              checked={member.livesTogether}
              onChange={(livesTogether) => set({ livesTogether })}
            />
          </View>
        </View>
      )}
      <ChoiceGroup<StudentLevel | typeof NONE>
        id={`${idPrefix}-student`}
        label='是不是全日制在校学生'
        inline
        options={[{ value: NONE, label: '不是' }, ...STUDENT_LEVELS.map((s) => ({ value: s.id, label: s.label }))]}
        value={member.student ?? NONE}
        onChange={(v) => set({ student: v === NONE ? null : v })}
      />
      <ChoiceGroup<DisabilityCategory | typeof NONE>
        id={`${idPrefix}-disability`}
        label='有没有残疾人证'
        inline
        options={[
          { value: NONE, label: '没有' },
          ...DISABILITY_CATEGORIES.map((d) => ({ value: d.id, label: d.label })),
        ]}
        value={member.disabilityCategory ?? NONE}
        onChange={(v) =>
          set(v === NONE ? { disabilityCategory: null, disabilityGrade: null } : { disabilityCategory: v })
        }
      />
      {member.disabilityCategory !== null ? (
        <ChoiceGroup<string>
          id={`${idPrefix}-grade`}
          label='残疾等级'
          inline
          options={DISABILITY_GRADES.map((g) => ({ value: String(g.id), label: g.label }))}
          value={member.disabilityGrade === null ? null : String(member.disabilityGrade)}
          onChange={(v) => set({ disabilityGrade: Number(v) as DraftMember['disabilityGrade'] })}
          error={errors[`${p}.disabilityGrade`]}
        />
      ) : null}
      <View className='card'>
        <Switch
          label='患有重特大疾病'
          description='例如癌症、尿毒症等需要长期治疗的病'
          checked={member.seriousIllness}
          onChange={(seriousIllness) => set({ seriousIllness })}
        />
      </View>
      {isSelf ? null : (
        <ChoiceGroup<ExcludedReason | typeof NONE>
          id={`${idPrefix}-excluded`}
          label='是否有下面的特殊情况'
          hint='有这些情况的人不算共同生活的家庭成员'
          options={[
            { value: NONE, label: '都没有' },
            ...EXCLUDED_REASONS.map((r) => ({ value: r.id, label: r.label })),
          ]}
          value={member.excluded ?? NONE}
          onChange={(v) => set({ excluded: v === NONE ? null : v })}
        />
      )}
      <View className='apply-actions'>
        <Button onPress={onDone} label={`填好了：${title}`}>
          填好了
        </Button>
        {onRemove ? (
          <Button variant='danger' onPress={onRemove}>
            删除这位家人
          </Button>
        ) : null}
      </View>
      <Text className='muted'>填写的内容会自动保存。</Text>
    </View>
  )
}
