import { View, Text } from '@tarojs/components'
import { Heading } from '@/components/Heading'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { SignaturePad, type SignatureImage } from '@/components/SignaturePad'
import { maskPersonName } from '@/domain/masking'
import type { FileStore } from '@/lib/fileStore/fileStore'
import type { DraftConsents } from '@/domain/applicationDraft/draftAnswers'
import { hasIdPhotos, householdHasHealthData, membersUnder14 } from '../../model/applySteps'
import { relationLabel } from '../../model/applyVocabulary'
import type { StepProps } from './stepProps'

type ConsentKey = 'idPhotos' | 'healthAndDisability' | 'incomeAndAssets' | 'minorsData'

const CONSENTS: { key: ConsentKey; title: string; why: string }[] = [
  {
    key: 'incomeAndAssets',
    title: '同意核对全家的收入和财产',
    why: '审核必须通过省核对平台查询存款、车辆、房产、社保等，才能确认家庭经济状况。不同意就无法审核。',
  },
  {
    key: 'idPhotos',
    title: '同意使用我上传的证件照片',
    why: '证件照片属于敏感个人信息，只用于核实身份和户籍，不做其他用途。',
  },
  {
    key: 'healthAndDisability',
    title: '同意使用家人的残疾和疾病信息',
    why: '残疾和重病情况属于敏感个人信息，用于判断能否单独申请、能否增发救助金。',
  },
  {
    key: 'minorsData',
    title: '作为监护人，同意处理不满 14 周岁孩子的信息',
    why: '孩子的信息需要监护人同意，只用于计算家庭人口和收入。',
  },
]

export function ConsentStep({
  answers,
  update,
  errors,
  today,
  draftId,
  fileStore,
  now,
}: StepProps & { fileStore: FileStore; now: () => Date }) {
  const c = answers.consents
  const setConsents = (patch: Partial<DraftConsents>) =>
    update((a) => ({ ...a, consents: { ...a.consents, ...patch } }))
  const minors = membersUnder14(answers, today)
  const applies: Record<ConsentKey, boolean> = {
    incomeAndAssets: true,
    idPhotos: hasIdPhotos(answers),
    healthAndDisability: householdHasHealthData(answers),
    minorsData: minors.length > 0,
  }
  const saveSignature = async (image: SignatureImage) => {
    const result = await fileStore.save({ ...image, draftId, itemId: 'signature' }, now())
    if (!result.ok) throw new Error(result.message)
    const previous = c.signatureFileId
    setConsents({ signatureFileId: result.file.id })
    if (previous) await fileStore.remove(previous)
  }
  return (
    <View>
      <Text className='apply-card__line'>下面每一项都要你单独勾选。不勾选的，相关信息不会被使用。</Text>
      {CONSENTS.filter((x) => applies[x.key]).map((x) => (
        <ChoiceGroup<'yes'>
          key={x.key}
          id={`consent-${x.key}`}
          label={x.title}
          hint={x.why}
          multiple
          options={[{ value: 'yes', label: x.title }]}
          value={c[x.key] ? ['yes'] : []}
          onChange={(v) => setConsents({ [x.key]: v.includes('yes') } as Partial<DraftConsents>)}
          error={errors[`consents.${x.key}`]}
        />
      ))}
      {minors.map((m) => {
        const name = m.name ? maskPersonName(m.name) : relationLabel(m.relation)
        return (
          <ChoiceGroup<'yes'>
            key={m.id}
            id={`guardian-${m.id}`}
            label={`监护人确认：${name}`}
            multiple
            options={[{ value: 'yes', label: `我是${name}的监护人，同意提供孩子的信息` }]}
            value={c.guardianConfirmedFor.includes(m.id) ? ['yes'] : []}
            onChange={(v) =>
              setConsents({
                guardianConfirmedFor: v.includes('yes')
                  ? [...c.guardianConfirmedFor.filter((x) => x !== m.id), m.id]
                  : c.guardianConfirmedFor.filter((x) => x !== m.id),
              })
            }
            error={errors[`consents.guardian.${m.id}`]}
          />
        )
      })}
      <Heading level={2}>家庭经济状况核对授权书</Heading>
      <Text className='apply-card__line'>
        本人及共同生活的家庭成员授权民政部门通过信息核对平台，查询家庭的收入、存款、车辆、房产、工商登记、社会保险等信息，用于这次救助申请的审核。本人保证填写的信息真实、完整，如有隐瞒或虚报，愿意承担相应责任。
      </Text>
      <SignaturePad
        id='authorisation-signature'
        label='请申请人用手指在下面写下姓名'
        expectedName={answers.applicant.name}
        typedName={c.typedSignatureName}
        onTypedNameChange={(typedSignatureName) => setConsents({ typedSignatureName })}
        onSave={saveSignature}
        signed={c.signatureFileId !== null}
        error={errors['consents.signature']}
      />
    </View>
  )
}
