import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Heading } from '@/components/Heading'
import { Notice } from '@/components/Notice'
import { maskIdNumber, maskPersonName } from '@/domain/masking'
import { SELF_MEMBER_ID, memberIdentity, newMember, type DraftMember } from '@/domain/applicationDraft/draftAnswers'
import { relationLabel } from '../../model/applyVocabulary'
import { validateMember } from '../../model/applySteps'
import { memberCounting } from '../../model/householdCounting'
import { MemberEditor } from './MemberEditor'
import type { StepProps } from './stepProps'

let memberSequence = 0
const newMemberId = () => `m${Date.now().toString(36)}${(memberSequence++).toString(36)}`

/** Household members: the list says who counts as a 共同生活的家庭成员 and why; one member is edited at a time. */
export function HouseholdStep({ answers, update, errors, warnings, today }: StepProps) {
  const [editingId, setEditingId] = useState<string | null>(null)
  const [checkedId, setCheckedId] = useState<string | null>(null)

  const replaceMember = (member: DraftMember) =>
    update((a) => ({ ...a, members: a.members.map((m) => (m.id === member.id ? member : m)) }))
  const removeMember = (id: string) => {
    update((a) => ({
      ...a,
      members: a.members.filter((m) => m.id !== id),
      consents: { ...a.consents, guardianConfirmedFor: a.consents.guardianConfirmedFor.filter((x) => x !== id) },
    }))
    setEditingId(null)
  }
  const addMember = () => {
    const member = newMember(newMemberId())
    update((a) => ({ ...a, members: [...a.members, member] }))
    setEditingId(member.id)
    setCheckedId(null)
  }

  return (
    <View>
      <Text className='apply-card__line'>
        请把户口簿上的家人和长期一起生活的家人都填上。下面会说明每个人算不算“共同生活的家庭成员”，以及原因。
      </Text>
      {answers.members.map((member, index) => {
        const identity = memberIdentity(answers, member)
        const title = member.id === SELF_MEMBER_ID ? '申请人本人' : `家人 ${index}：${relationLabel(member.relation)}`
        if (editingId === member.id) {
          const memberErrors = checkedId === member.id ? validateMember(answers, member, today) : {}
          return (
            <MemberEditor
              key={member.id}
              member={member}
              title={member.id === SELF_MEMBER_ID ? '申请人本人的情况' : `${title}`}
              onChange={replaceMember}
              errors={{ ...errors, ...memberErrors }}
              warnings={warnings}
              onDone={() => {
                setCheckedId(member.id)
                if (Object.keys(validateMember(answers, member, today)).length === 0) setEditingId(null)
              }}
              onRemove={member.id === SELF_MEMBER_ID ? undefined : () => removeMember(member.id)}
            />
          )
        }
        const counting = memberCounting(answers, member, today)
        const memberErrorCount = Object.keys(errors).filter((k) => k.startsWith(`members.${member.id}.`)).length
        return (
          <View key={member.id} className='apply-card'>
            <Text className='apply-card__title'>{title}</Text>
            <Text className='apply-card__line'>
              {[
                identity.name ? maskPersonName(identity.name) : '（未填姓名）',
                identity.idNumber ? maskIdNumber(identity.idNumber) : '',
              ]
                .filter(Boolean)
                .join('，')}
            </Text>
            <Text className={`apply-counting ${counting.counted === false ? 'apply-counting--no' : ''}`}>
              {counting.counted === null ? '' : counting.counted ? '✓ 计入：' : '✗ 不计入：'}
              {counting.reason}
            </Text>
            {memberErrorCount > 0 ? (
              <Notice tone='danger'>这位家人还有 {memberErrorCount} 处需要修改，请点“修改”</Notice>
            ) : null}
            {warnings[`members.${member.id}.idNumber`] ? (
              <Notice tone='warning'>{warnings[`members.${member.id}.idNumber`]}</Notice>
            ) : null}
            <View className='apply-row'>
              <Button variant='secondary' onPress={() => setEditingId(member.id)} label={`修改：${title}`}>
                修改
              </Button>
              {member.id === SELF_MEMBER_ID ? null : (
                <Button variant='plain' onPress={() => removeMember(member.id)} label={`删除：${title}`}>
                  删除
                </Button>
              )}
            </View>
          </View>
        )
      })}
      {editingId === null ? (
        <View className='apply-actions'>
          <Button variant='secondary' onPress={addMember}>
            ＋ 添加家庭成员
          </Button>
        </View>
      ) : null}
      <Heading level={2}>怎样算共同生活的家庭成员</Heading>
      <Text className='muted'>
        配偶、未成年子女、在读本科及以下的子女，以及长期一起生活、有赡养抚养义务的人都算；正在服刑、强制戒毒、被宣告失踪的人不算。
      </Text>
    </View>
  )
}
