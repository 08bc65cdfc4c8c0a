import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from '@/components/Button'
import type { ServiceContact } from '@/lib/serviceContacts'

/** The service hotline with a call button (the phone's dialler opens; nothing is dialled automatically). */
export function HotlineCard({ contact }: { contact: ServiceContact }) {
  const call = () => {
    void Taro.makePhoneCall({ phoneNumber: contact.number }).catch(() => undefined)
  }
  return (
    <View className='card home-hotline'>
      <Text className='home-hotline__name'>{contact.name}</Text>
      <Text className='home-hotline__what'>{contact.what}</Text>
      <Button onPress={call} variant='secondary' label={`拨打 ${contact.number}`}>
        拨打 {contact.number}
      </Button>
      <Text className='muted'>{contact.note}</Text>
    </View>
  )
}
