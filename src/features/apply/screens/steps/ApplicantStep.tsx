import { View, Text } from '@tarojs/components'
import { Heading } from '@/components/Heading'
import { TextField } from '@/components/TextField'
import { SelectField } from '@/components/SelectField'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { Switch } from '@/components/Switch'
import { shanxiDivisions } from '@/content/shanxiDivisions'
import type { HukouArea } from '@/services/applicationPayload'
import { readIdNumberFields } from '@/domain/validation/idNumber'
import type { DraftAgent, DraftApplicant } from '@/domain/applicationDraft/draftAnswers'
import { AREA_OPTIONS } from '../../model/applyVocabulary'
import type { StepProps } from './stepProps'

const SEX_WORDS = { male: '男', female: '女' } as const

/** Reads back what the ID number says (birth date, sex) so the person can check it: the cross-field check. */
export function IdReadback({ idNumber }: { idNumber: string }) {
  const fields = readIdNumberFields(idNumber)
  if (!fields) return null
  return (
    <Text className='muted'>
      号码显示：出生日期 {fields.birthDate}，性别{SEX_WORDS[fields.sex]}。如果不对，请核对号码。
    </Text>
  )
}

export function ApplicantStep({ answers, update, errors }: StepProps) {
  const a = answers.applicant
  const setApplicant = (patch: Partial<DraftApplicant>) =>
    update((x) => ({ ...x, applicant: { ...x.applicant, ...patch } }))
  const setAgent = (patch: Partial<DraftAgent>) => update((x) => ({ ...x, agent: { ...x.agent, ...patch } }))
  const divisions = shanxiDivisions()
  const toOptions = (list: { code: string; name: string }[]) => list.map((d) => ({ value: d.code, label: d.name }))
  return (
    <View>
      <TextField
        id='applicant-name'
        label='申请人姓名'
        value={a.name}
        onChange={(name) => setApplicant({ name })}
        error={errors['applicant.name']}
        maxLength={50}
      />
      <TextField
        id='applicant-id'
        label='申请人身份证号'
        hint='18 位，最后一位可能是 X'
        value={a.idNumber}
        onChange={(idNumber) => setApplicant({ idNumber })}
        error={errors['applicant.idNumber']}
        maxLength={24}
      />
      <IdReadback idNumber={a.idNumber} />
      <TextField
        id='applicant-phone'
        label='手机号'
        hint='办理进度会打这个电话通知'
        inputMode='tel'
        value={a.phone}
        onChange={(phone) => setApplicant({ phone })}
        error={errors['applicant.phone']}
        maxLength={20}
      />

      <Heading level={2}>户籍所在地</Heading>
      <Text className='muted'>申请由户籍所在的乡镇（街道）受理。</Text>
      <SelectField
        id='applicant-city'
        mode='selector'
        label='市'
        options={toOptions(divisions.cities())}
        value={a.cityCode || null}
        onChange={(cityCode) => setApplicant({ cityCode, countyCode: '', townCode: '' })}
        error={errors['applicant.cityCode']}
      />
      <SelectField
        id='applicant-county'
        mode='selector'
        label='县（市、区）'
        options={toOptions(a.cityCode ? divisions.countiesOf(a.cityCode) : [])}
        value={a.countyCode || null}
        disabled={!a.cityCode}
        placeholder={a.cityCode ? '请选择' : '请先选市'}
        onChange={(countyCode) => setApplicant({ countyCode, townCode: '' })}
        error={errors['applicant.countyCode']}
      />
      <SelectField
        id='applicant-town'
        mode='selector'
        label='乡镇（街道）'
        options={toOptions(a.countyCode ? divisions.townsOf(a.countyCode) : [])}
        value={a.townCode || null}
        disabled={!a.countyCode}
        placeholder={a.countyCode ? '请选择' : '请先选县'}
        onChange={(townCode) => setApplicant({ townCode })}
        error={errors['applicant.townCode']}
      />
      <TextField
        id='applicant-address'
        label='现在住的详细地址'
        hint='例如：某某村 3 组 12 号'
        value={a.address}
        onChange={(address) => setApplicant({ address })}
        error={errors['applicant.address']}
        maxLength={80}
      />
      <ChoiceGroup<HukouArea>
        id='applicant-area'
        label='户口类型'
        inline
        options={AREA_OPTIONS.map((o) => ({ value: o.id, label: o.label }))}
        value={a.area}
        onChange={(area) => setApplicant({ area })}
        error={errors['applicant.area']}
      />

      <View className='apply-section card'>
        <Switch
          label='我是替别人代办'
          description='例如村委会工作人员或亲属帮忙申请'
          checked={answers.actingForOther}
          onChange={(actingForOther) => update((x) => ({ ...x, actingForOther }))}
        />
      </View>
      {answers.actingForOther ? (
        <View>
          <Heading level={2}>代办人信息</Heading>
          <TextField
            id='agent-name'
            label='代办人姓名'
            value={answers.agent.name}
            onChange={(name) => setAgent({ name })}
            error={errors['agent.name']}
            maxLength={50}
          />
          <TextField
            id='agent-phone'
            label='代办人手机号'
            inputMode='tel'
            value={answers.agent.phone}
            onChange={(phone) => setAgent({ phone })}
            error={errors['agent.phone']}
            maxLength={20}
          />
          <TextField
            id='agent-relation'
            label='代办人和申请人的关系'
            hint='例如：村委会工作人员、儿子'
            value={answers.agent.relation}
            onChange={(relation) => setAgent({ relation })}
            error={errors['agent.relation']}
          />
          <ChoiceGroup<'yes'>
            id='agent-consent'
            label='申请人本人同意'
            multiple
            options={[{ value: 'yes', label: '申请人本人知道并同意由我代办这次申请' }]}
            value={answers.agent.applicantConsentConfirmed ? ['yes'] : []}
            onChange={(v) => setAgent({ applicantConsentConfirmed: v.includes('yes') })}
            error={errors['agent.applicantConsentConfirmed']}
          />
        </View>
      ) : null}
    </View>
  )
}
