import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { Page } from '@/components/Page'
import { Notice } from '@/components/Notice'
import { Button } from '@/components/Button'
import { TextInputField } from '@/components/TextInputField'
import { openRoute } from '@/lib/navigation'
import { ROUTES, withQuery } from '@/lib/routes'
import { getServices } from '@/services/serviceRegistry'
import './ProgressQueryScreen.css'

/** 代办 look-up: reference number + last 6 characters of the applicant's ID number. */
export function ProgressQueryScreen() {
  const [reference, setReference] = useState('')
  const [tail, setTail] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    setBusy(true)
    setMessage(null)
    const r = await getServices().progress.query({ reference, idNumberLast6: tail })
    setBusy(false)
    if (r.ok) {
      setErrors({})
      openRoute(withQuery(ROUTES.progressDetail, { ref: r.value.reference }))
      return
    }
    setErrors(Object.fromEntries((r.error.fieldErrors ?? []).map((e) => [e.path, e.message])))
    if (!r.error.fieldErrors) setMessage(r.error.message)
  }

  return (
    <Page title='按受理编号查询'>
      <Text className='text-body progress-query__intro'>
        在乡镇（街道）窗口提交、或由村（居）委会代办的申请，可以用受理编号和申请人身份证号的后 6 位查询。
      </Text>
      {message ? (
        <Notice tone='danger' live>
          <Text>{message}</Text>
        </Notice>
      ) : null}
      <View className='card'>
        <TextInputField
          id='query-reference'
          label='受理编号'
          hint='SX 开头，例如 SX202611250001'
          value={reference}
          onChange={setReference}
          maxlength={14}
          error={errors.reference}
        />
        <TextInputField
          id='query-id-tail'
          label='身份证号后 6 位'
          value={tail}
          onChange={setTail}
          maxlength={6}
          type='idcard'
          error={errors.idNumberLast6}
        />
        <Button onPress={() => void submit()} busy={busy} busyText='正在查询…' block>
          查询
        </Button>
      </View>
    </Page>
  )
}
