import { View, Text } from '@tarojs/components'
import { a11y } from '@/lib/a11y'
import { describeTimeSeries, type TimeSeries } from './timeSeries'

/**
 * A plain bar chart made of Views: one group per period, one bar per series, with the number written next
 * to each bar and the series named in words (never colour alone). Screen readers get one image with every
 * number in its name; the table above is the full accessible source.
 */
export function TimeSeriesChart({ series }: { series: TimeSeries }) {
  return (
    <View className='policy-chart' {...a11y({ role: 'img', label: describeTimeSeries(series) })}>
      <View {...a11y({ hidden: true })}>
        {series.rows.map((row) => (
          <View key={row.period} className='policy-chart__group'>
            <Text className='policy-chart__period'>{row.period}</Text>
            {row.values.map((value, i) => (
              <View key={i} className='policy-chart__row'>
                <Text className='policy-chart__name'>{series.seriesNames[i].replace(/（.*）/, '')}</Text>
                <View className='policy-chart__track'>
                  <View
                    className={`policy-chart__bar policy-chart__bar--${i % 3}`}
                    style={{ width: `${Math.max(2, Math.round((value.value / series.max) * 100))}%` }}
                  />
                </View>
                <Text className='policy-chart__value'>
                  {value.text}
                  {value.reference ? <Text className='policy-reference-tag'>参考值</Text> : null}
                </Text>
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}
