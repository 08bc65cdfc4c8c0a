import { View, Text } from '@tarojs/components'
import { useEffect, useRef, type ReactNode } from 'react'
import { a11y } from '@/lib/a11y'
import { isH5 } from '@/lib/platform'
import { Button } from './Button'
import './ConfirmDialog.css'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  children?: ReactNode
  confirmLabel: string
  cancelLabel?: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  tone?: 'danger' | 'primary'
}

let dialogCount = 0

/**
 * A modal confirmation: role dialog with aria-modal, labelled by its title. On H5 focus moves into the dialog
 * when it opens, Escape cancels, Tab stays inside, and focus returns to where it was when it closes.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel = '取消',
  onConfirm,
  onCancel,
  busy = false,
  tone = 'primary',
}: ConfirmDialogProps) {
  const idRef = useRef(`confirm-dialog-${++dialogCount}`)
  const titleId = `${idRef.current}-title`
  useEffect(() => {
    if (!open || !isH5 || typeof document === 'undefined') return undefined
    const previous = document.activeElement as HTMLElement | null
    const root = document.getElementById(idRef.current)
    const focusables = () =>
      Array.from(root?.querySelectorAll<HTMLElement>('[tabindex="0"]') ?? []).filter(
        (el) => !el.hasAttribute('disabled'),
      )
    const timer = setTimeout(() => (focusables()[0] ?? root)?.focus(), 0)
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        onCancel()
      } else if (event.key === 'Tab') {
        const list = focusables()
        if (list.length === 0) return
        const first = list[0]
        const last = list[list.length - 1]
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault()
          last.focus()
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault()
          first.focus()
        }
      }
    }
    document.addEventListener('keydown', onKey)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('keydown', onKey)
      previous?.focus?.()
    }
  }, [open, onCancel])

  if (!open) return null
  return (
    <View className='ui-dialog__backdrop'>
      <View
        id={idRef.current}
        className='ui-dialog'
        {...a11y({ role: 'dialog' })}
        {...(isH5 ? { 'aria-modal': 'true', 'aria-labelledby': titleId, tabIndex: -1 } : { 'aria-label': title })}
      >
        <Text id={titleId} className='ui-dialog__title'>
          {title}
        </Text>
        {children ? <View className='ui-dialog__body'>{children}</View> : null}
        <View className='ui-dialog__actions'>
          <Button variant='secondary' onPress={onCancel} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button variant={tone === 'danger' ? 'danger' : 'primary'} onPress={onConfirm} busy={busy} busyText='请稍候…'>
            {confirmLabel}
          </Button>
        </View>
      </View>
    </View>
  )
}
