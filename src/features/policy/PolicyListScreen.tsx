import { Text } from '@tarojs/components'
import { Page } from '@/components/Page'
import { Notice } from '@/components/Notice'
import './PolicyListScreen.css'

export function PolicyListScreen() {
  return (
    <Page title='政策解读'>
      <Notice title='政策解读'>
        <Text>这里将用大白话讲清楚各项救助政策。</Text>
      </Notice>
    </Page>
  )
}
