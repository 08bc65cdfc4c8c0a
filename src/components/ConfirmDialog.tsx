import { View } from '@tarojs/components'
import { useEffect, type ReactNode } from 'react'
import { a11y } from '@/lib/a11y'
import { isH5 } from '@/lib/platform'
import { Button } from './Button'
import { Heading } from './Heading'
import './ConfirmDialog.css'

export interface ConfirmDialogProps {
  open: boolean
  title: string
  children: ReactNode
  confirmText: string
  cancelText?: string
  /** 'danger' for deleting and withdrawing. */
  tone?: 'primary' | 'danger'
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}

let nextId = 1

/**
 * A modal question with two answers. The safe answer (取消) comes first in reading order and Escape
 * cancels on H5. The dialog is labelled by its title and described by its body.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmText,
  cancelText = '取消',
  tone = 'primary',
  busy = false,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  useEffect(() => {
    if (!open || !isH5 || typeof document === 'undefined') return undefined
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !busy) onCancel()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [open, busy, onCancel])
  if (!open) return null
  const id = `confirm-dialog-${nextId++}`
  return (
    <View className='ui-dialog__backdrop'>
      <View
        className='ui-dialog'
        {...a11y({ role: 'dialog', label: title })}
        {...(isH5 ? { 'aria-modal': 'true', 'aria-describedby': `${id}-body` } : {})}
      >
        <Heading level={2}>{title}</Heading>
        <View id={`${id}-body`} className='ui-dialog__body stack'>
          {children}
        </View>
        <View className='ui-dialog__actions'>
          <Button variant='secondary' block onPress={onCancel} disabled={busy}>
            {cancelText}
          </Button>
          <Button variant={tone} block onPress={onConfirm} busy={busy} busyText='请稍候…'>
            {confirmText}
          </Button>
        </View>
      </View>
    </View>
  )
}
