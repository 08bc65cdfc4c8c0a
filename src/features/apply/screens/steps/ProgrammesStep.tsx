import { View } from '@tarojs/components'
import { ChoiceGroup } from '@/components/ChoiceGroup'
import { NavCell } from '@/components/NavCell'
import type { ProgrammeId } from '@/services/applicationPayload'
import { PROGRAMMES } from '../../model/applyVocabulary'
import type { StepProps } from './stepProps'

export function ProgrammesStep({
  answers,
  update,
  errors,
  onOpenPrecheck,
}: StepProps & { onOpenPrecheck?: () => void }) {
  return (
    <View>
      <ChoiceGroup<ProgrammeId>
        id='programmes'
        label='你想申请哪些救助？可以多选'
        hint='不确定的也可以选上，工作人员会按你家的情况分类审核。'
        multiple
        options={PROGRAMMES.map((p) => ({ value: p.id, label: p.title, description: p.explanation }))}
        value={answers.programmes}
        onChange={(programmes) => update((a) => ({ ...a, programmes }))}
        error={errors['programmes']}
      />
      {onOpenPrecheck ? (
        <View className='apply-section'>
          <NavCell title='不确定能不能申请？' description='先做一次资格预检，2 分钟' onOpen={onOpenPrecheck} />
        </View>
      ) : null}
    </View>
  )
}
