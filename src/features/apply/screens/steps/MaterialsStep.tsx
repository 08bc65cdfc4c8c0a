import { useEffect, useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button } from '@/components/Button'
import { Notice } from '@/components/Notice'
import type { FileStore } from '@/lib/fileStore/fileStore'
import type { PickedPhoto, PhotoSource } from '@/lib/pickPhotos'
import type { DraftMaterial } from '@/domain/applicationDraft/draftAnswers'
import { recommendMaterials, type MaterialItem } from '../../model/materialsRecommendation'
import { liveEligibilityHint } from '../../model/householdCounting'
import type { StepProps } from './stepProps'

export interface MaterialsDependencies {
  fileStore: FileStore
  pickPhotos: (source: PhotoSource) => Promise<PickedPhoto[]>
  now: () => Date
}

function Thumb({
  fileStore,
  fileId,
  label,
  onRemove,
}: {
  fileStore: FileStore
  fileId: string
  label: string
  onRemove: () => void
}) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    void fileStore.displayUrl(fileId).then((u) => live && setUrl(u))
    return () => {
      live = false
    }
  }, [fileStore, fileId])
  return (
    <View>
      {url ? (
        <Image className='apply-thumb' src={url} mode='aspectFill' aria-label={label} />
      ) : (
        <Text className='muted'>{label}</Text>
      )}
      <Button variant='plain' onPress={onRemove} label={`删除：${label}`}>
        删除
      </Button>
    </View>
  )
}

function MaterialRow({
  item,
  entry,
  draftId,
  deps,
  onChange,
  error,
}: {
  item: MaterialItem
  entry: DraftMaterial | undefined
  draftId: string
  deps: MaterialsDependencies
  onChange: (entry: DraftMaterial) => void
  error?: string
}) {
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const fileIds = entry?.fileIds ?? []
  const add = async (source: PhotoSource) => {
    setBusy(true)
    setProblem(null)
    const picked = await deps.pickPhotos(source)
    const saved: string[] = []
    for (const photo of picked) {
      const result = await deps.fileStore.save({ ...photo, draftId, itemId: item.id }, deps.now())
      if (result.ok) saved.push(result.file.id)
      else setProblem(result.message)
    }
    if (saved.length) onChange({ status: 'uploaded', fileIds: [...fileIds, ...saved] })
    setBusy(false)
  }
  const remove = async (id: string) => {
    await deps.fileStore.remove(id)
    const rest = fileIds.filter((x) => x !== id)
    onChange({ status: rest.length ? 'uploaded' : null, fileIds: rest })
  }
  const statusText = fileIds.length
    ? `已上传 ${fileIds.length} 张`
    : entry?.status === 'later'
      ? '稍后补充'
      : '还没有处理'
  return (
    <View className='apply-card'>
      <Text className='apply-card__title'>{item.title}</Text>
      <Text className='apply-card__line'>{item.why}</Text>
      <Text className='apply-card__line'>状态：{statusText}</Text>
      {fileIds.length ? (
        <View className='apply-thumbs'>
          {fileIds.map((id, i) => (
            <Thumb
              key={id}
              fileStore={deps.fileStore}
              fileId={id}
              label={`${item.title}照片 ${i + 1}`}
              onRemove={() => void remove(id)}
            />
          ))}
        </View>
      ) : null}
      <View className='apply-row'>
        <Button
          variant='secondary'
          busy={busy}
          busyText='正在保存…'
          onPress={() => void add('camera')}
          label={`拍照：${item.title}`}
        >
          拍照
        </Button>
        <Button
          variant='secondary'
          busy={busy}
          busyText='正在保存…'
          onPress={() => void add('album')}
          label={`从相册选：${item.title}`}
        >
          从相册选
        </Button>
        {fileIds.length ? null : (
          <Button
            variant='plain'
            onPress={() => onChange({ status: 'later', fileIds: [] })}
            label={`稍后补充：${item.title}`}
          >
            稍后补充
          </Button>
        )}
      </View>
      {problem ? (
        <Notice tone='danger' live>
          {problem}
        </Notice>
      ) : null}
      {error ? <Notice tone='danger'>{error}</Notice> : null}
    </View>
  )
}

export function MaterialsStep({
  answers,
  update,
  errors,
  draftId,
  today,
  deps,
}: StepProps & { deps: MaterialsDependencies }) {
  const items = recommendMaterials(answers)
  const hint = liveEligibilityHint(answers, today)
  const setEntry = (itemId: string, entry: DraftMaterial) =>
    update((a) => ({ ...a, materials: { ...a.materials, [itemId]: entry } }))
  return (
    <View>
      {hint ? (
        <Notice tone='info' title='初步测算'>
          <Text>{hint}</Text>
        </Notice>
      ) : null}
      <Text className='apply-card__line apply-section'>
        根据你填的情况，需要下面这些材料。可以现在拍照上传，也可以选“稍后补充”，受理时再交。照片只能是 JPG 或
        PNG，每张不超过 10 MB。
      </Text>
      {items.map((item) => (
        <MaterialRow
          key={item.id}
          item={item}
          entry={answers.materials[item.id]}
          draftId={draftId}
          deps={deps}
          onChange={(entry) => setEntry(item.id, entry)}
          error={errors[`materials.${item.id}`]}
        />
      ))}
    </View>
  )
}
