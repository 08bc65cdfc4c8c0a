import { useEffect, useRef, useState } from 'react'
import { View, Text, Canvas } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { Button } from './Button'
import { TextField } from './TextField'
import { Notice } from './Notice'
import { a11y } from '@/lib/a11y'
import { isWeapp } from '@/lib/platform'
import './SignaturePad.css'

export interface SignatureImage {
  tempPath: string
  sizeBytes: number
  mimeType: 'image/png'
}

export interface SignaturePadProps {
  /** Unique on the page. */
  id: string
  /** Sentence above the pad, e.g. what is being signed. */
  label: string
  /** The typed-name alternative must match this name (after trimming) to be accepted. */
  expectedName: string
  typedName: string
  onTypedNameChange: (text: string) => void
  /** Receives the image of the signature (drawn, or rendered from the typed name). */
  onSave: (image: SignatureImage) => Promise<void> | void
  signed: boolean
  error?: string | null
}

type Ctx = CanvasRenderingContext2D
interface CanvasLike {
  width: number
  height: number
  getContext(type: '2d'): Ctx | null
  toDataURL?: (type?: string) => string
}

const WIDTH = 600
const HEIGHT = 200

function prepare(canvas: CanvasLike): Ctx | null {
  canvas.width = WIDTH
  canvas.height = HEIGHT
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, WIDTH, HEIGHT)
  ctx.strokeStyle = '#1a1a1a'
  ctx.lineWidth = 4
  ctx.lineCap = 'round'
  ctx.lineJoin = 'round'
  return ctx
}

async function exportImage(canvas: CanvasLike): Promise<SignatureImage | null> {
  if (isWeapp) {
    const r = await Taro.canvasToTempFilePath({ canvas: canvas as never, fileType: 'png' } as never)
    return { tempPath: r.tempFilePath, sizeBytes: WIDTH * HEIGHT, mimeType: 'image/png' }
  }
  const url = canvas.toDataURL?.('image/png')
  if (!url) return null
  return { tempPath: url, sizeBytes: Math.ceil((url.length * 3) / 4), mimeType: 'image/png' }
}

/**
 * An on-screen signature (Canvas type 2d on weapp, the canvas element on H5) with an accessible
 * alternative for people who cannot draw: type the full name, and the name is written into the image.
 */
export function SignaturePad(props: SignaturePadProps) {
  const { id, label, expectedName, typedName, onTypedNameChange, onSave, signed, error } = props
  const canvasRef = useRef<CanvasLike | null>(null)
  const ctxRef = useRef<Ctx | null>(null)
  const drawing = useRef(false)
  const [hasInk, setHasInk] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const canvasId = `${id}-canvas`

  useEffect(() => {
    if (isWeapp) {
      Taro.createSelectorQuery()
        .select(`#${canvasId}`)
        .fields({ node: true, size: true })
        .exec((res: { node?: CanvasLike }[]) => {
          const node = res?.[0]?.node
          if (node) {
            canvasRef.current = node
            ctxRef.current = prepare(node)
          }
        })
      return
    }
    // Taro's H5 canvas is a web component whose <canvas> appears later: find it when it is first needed.
    const host = document.getElementById(canvasId)
    if (!host) return
    const point = (e: PointerEvent) => {
      const rect = host.getBoundingClientRect()
      return { x: ((e.clientX - rect.left) / rect.width) * WIDTH, y: ((e.clientY - rect.top) / rect.height) * HEIGHT }
    }
    const down = (e: PointerEvent) => {
      resolveH5Canvas()
      const ctx = ctxRef.current
      if (!ctx) return
      drawing.current = true
      const p = point(e)
      ctx.beginPath()
      ctx.moveTo(p.x, p.y)
    }
    const move = (e: PointerEvent) => {
      const ctx = ctxRef.current
      if (!drawing.current || !ctx) return
      const p = point(e)
      ctx.lineTo(p.x, p.y)
      ctx.stroke()
      setHasInk(true)
    }
    const up = () => {
      drawing.current = false
    }
    host.addEventListener('pointerdown', down)
    host.addEventListener('pointermove', move)
    window.addEventListener('pointerup', up)
    return () => {
      host.removeEventListener('pointerdown', down)
      host.removeEventListener('pointermove', move)
      window.removeEventListener('pointerup', up)
    }
    // resolveH5Canvas only reads refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canvasId])

  function resolveH5Canvas(): CanvasLike | null {
    if (isWeapp) return canvasRef.current
    const host = document.getElementById(canvasId)
    const el = (host?.tagName === 'CANVAS' ? host : host?.querySelector('canvas')) as HTMLCanvasElement | null
    if (el && canvasRef.current !== el) {
      canvasRef.current = el
      ctxRef.current = prepare(el)
    }
    return canvasRef.current
  }

  const touch = (kind: 'start' | 'move') => (e: { touches?: { x?: number; y?: number }[] }) => {
    const ctx = ctxRef.current
    const t = e.touches?.[0]
    if (!isWeapp || !ctx || !t || t.x === undefined || t.y === undefined) return
    if (kind === 'start') {
      ctx.beginPath()
      ctx.moveTo(t.x, t.y)
    } else {
      ctx.lineTo(t.x, t.y)
      ctx.stroke()
      setHasInk(true)
    }
  }

  const clear = () => {
    if (canvasRef.current) ctxRef.current = prepare(canvasRef.current)
    setHasInk(false)
  }

  const save = async () => {
    setProblem(null)
    const canvas = resolveH5Canvas()
    if (!canvas) return setProblem('签名板没有准备好，请用下面“输入姓名确认”的方式')
    try {
      const image = await exportImage(canvas)
      if (!image) return setProblem('签名保存失败，请再试一次')
      await onSave(image)
    } catch {
      setProblem('签名保存失败，请再试一次')
    }
  }

  const signWithName = async () => {
    const name = typedName.trim()
    if (!name || name !== expectedName.trim()) {
      setProblem('请输入和申请人姓名完全一样的名字')
      return
    }
    let canvas = resolveH5Canvas()
    if (!canvas && !isWeapp) {
      // No on-screen pad (yet): write the name into a canvas of its own.
      canvas = document.createElement('canvas')
      canvasRef.current = canvas
    }
    const ctx = canvas ? prepare(canvas) : null
    if (ctx) {
      ctx.fillStyle = '#1a1a1a'
      ctx.font = '64px sans-serif'
      ctx.textBaseline = 'middle'
      ctx.fillText(name, 40, HEIGHT / 2)
      ctxRef.current = ctx
    }
    await save()
  }

  return (
    <View className='ui-signature'>
      <Text className='ui-signature__label'>{label}</Text>
      <Canvas
        id={canvasId}
        canvasId={canvasId}
        type='2d'
        className='ui-signature__pad'
        disableScroll
        onTouchStart={touch('start') as never}
        onTouchMove={touch('move') as never}
        {...a11y({ role: 'img', label: signed ? '签名区：已签名' : '签名区：用手指在这里写下姓名' })}
      />
      <View className='ui-signature__actions'>
        <Button onPress={() => void save()} disabled={!hasInk} label='保存手写签名'>
          保存手写签名
        </Button>
        <Button variant='plain' onPress={clear} label='清除重写'>
          清除重写
        </Button>
      </View>
      <TextField
        id={`${id}-typed`}
        label='不方便手写？输入申请人姓名确认签名'
        value={typedName}
        onChange={onTypedNameChange}
        maxLength={50}
      />
      <Button variant='secondary' onPress={() => void signWithName()} label='用输入的姓名签名'>
        用输入的姓名签名
      </Button>
      {signed ? (
        <Notice tone='success' live>
          已签名
        </Notice>
      ) : null}
      {problem ? (
        <Notice tone='danger' live>
          {problem}
        </Notice>
      ) : null}
      {error ? <Notice tone='danger'>{error}</Notice> : null}
    </View>
  )
}
