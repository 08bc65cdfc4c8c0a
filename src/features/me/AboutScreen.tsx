import { View, Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Heading } from '@/components/Heading'
import { Notice } from '@/components/Notice'
import { SERVICE_HOTLINE } from '@/lib/serviceContacts'

export function AboutScreen() {
  return (
    <Page title='关于本服务'>
      <Notice tone='warning' title='这是演示版'>
        <Text>
          本服务用模拟数据演示社会救助的办理流程，不是政府官方平台，提交的内容不会送到任何部门。真正申请请到户籍所在地乡镇（街道）办理。
        </Text>
      </Notice>
      <Heading level={2}>能做什么</Heading>
      <View className='card stack'>
        <Text className='text-body'>资格预检：回答几个问题，初步看看可能符合哪些救助。</Text>
        <Text className='text-body'>救助申请：在手机上填写申请，一次申请，分类审核。</Text>
        <Text className='text-body'>进度查询：看看申请办到哪一步了。</Text>
        <Text className='text-body'>政策解读：用大白话讲清楚救助政策。</Text>
      </View>
      <Heading level={2}>求助热线</Heading>
      <View className='card stack'>
        <Text className='text-body'>{SERVICE_HOTLINE.name}</Text>
        <Text className='muted'>{SERVICE_HOTLINE.note}</Text>
      </View>
    </Page>
  )
}
