import { View, Text } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { formatFenAsYuan } from '@/domain/fenFormat'

export interface IncomeBarProps {
  perCapitaFen: number
  dibaoLineFen: number
  dibaoLineVerified: boolean
  edgeLine: { perCapitaFen: number; verified: boolean } | null
}

const yuan = (fen: number) => `${formatFenAsYuan(fen)} 元`
const mark = (verified: boolean) => (verified ? '' : '（参考值）')

/**
 * Per-person monthly income drawn against the 低保 line and the 低保边缘 line. For screen readers the drawing
 * is one image whose name states the numbers; the same numbers are also written out below it.
 */
export function IncomeBar({ perCapitaFen, dibaoLineFen, dibaoLineVerified, edgeLine }: IncomeBarProps) {
  const top = Math.max(perCapitaFen, dibaoLineFen, edgeLine?.perCapitaFen ?? 0) * 1.15 || 1
  const pct = (fen: number) => `${Math.min(100, (fen / top) * 100).toFixed(1)}%`
  const where =
    perCapitaFen < dibaoLineFen
      ? '低于低保标准'
      : edgeLine && perCapitaFen < edgeLine.perCapitaFen
        ? '不低于低保标准，低于低保边缘线'
        : edgeLine
          ? '不低于低保边缘线'
          : '不低于低保标准'
  const label = [
    `人均月收入 ${yuan(perCapitaFen)}，${where}`,
    `低保标准 ${yuan(dibaoLineFen)}${mark(dibaoLineVerified)}`,
    edgeLine ? `低保边缘线 ${yuan(edgeLine.perCapitaFen)}${mark(edgeLine.verified)}` : '',
  ]
    .filter(Boolean)
    .join('；')
  return (
    <View className='income-bar'>
      <View className='income-bar__chart' {...a11y({ role: 'img', label })}>
        <View className='income-bar__track'>
          <View className='income-bar__fill' style={{ width: pct(perCapitaFen) }} />
          <View className='income-bar__line income-bar__line--dibao' style={{ left: pct(dibaoLineFen) }} />
          {edgeLine ? (
            <View className='income-bar__line income-bar__line--edge' style={{ left: pct(edgeLine.perCapitaFen) }} />
          ) : null}
        </View>
      </View>
      <View className='income-bar__legend'>
        <Text className='income-bar__item'>
          <Text className='income-bar__key income-bar__key--income' {...a11y({ hidden: true })} />
          人均月收入：{yuan(perCapitaFen)}
        </Text>
        <Text className='income-bar__item'>
          <Text className='income-bar__key income-bar__key--dibao' {...a11y({ hidden: true })} />
          低保标准（实线）：{yuan(dibaoLineFen)}
          {mark(dibaoLineVerified)}
        </Text>
        {edgeLine ? (
          <Text className='income-bar__item'>
            <Text className='income-bar__key income-bar__key--edge' {...a11y({ hidden: true })} />
            低保边缘线（虚线）：{yuan(edgeLine.perCapitaFen)}
            {mark(edgeLine.verified)}
          </Text>
        ) : null}
      </View>
    </View>
  )
}
