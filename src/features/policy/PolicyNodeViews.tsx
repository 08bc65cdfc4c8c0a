/**
 * Renders the allow-listed policy node tree (src/content/policyNodes.ts) with our own components.
 * Every string is a React text child (escaped); nothing becomes HTML, and no node decides a tag name
 * or an attribute. Links are re-checked with the same allow-list the compiler used before anything opens.
 */
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState, type ReactNode } from 'react'
import { Heading } from '@/components/Heading'
import { Button } from '@/components/Button'
import { a11y, interactiveProps } from '@/lib/a11y'
import { openRoute } from '@/lib/navigation'
import { isH5 } from '@/lib/platform'
import { classifyHref } from '@/content/linkPolicy'
import { inlineText, type BlockNode, type InlineNode, type TableNode } from '@/content/policyNodes'
import { timeSeriesFromTable } from './timeSeries'
import { TimeSeriesChart } from './TimeSeriesChart'
import './PolicyNodeViews.css'

export interface RenderOptions {
  /** Stack table rows as cards (长辈版 / narrow screens) instead of a scrolling table. */
  stackTables: boolean
  /** Draw a bar chart under tables that list numbers over time. */
  chartTimeSeries: boolean
}

// ─── Inline ───────────────────────────────────────────────────────────────────────────────────────────

/** Copies a link to the clipboard (mini-programs cannot open arbitrary web pages) and says so. */
export function CopyLinkButton({ url, name }: { url: string; name: string }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle')
  const copy = () => {
    Taro.setClipboardData({ data: url })
      .then(() => setCopied('done'))
      .catch(() => setCopied('failed'))
  }
  return (
    <View className='policy-copy'>
      <Button variant='secondary' onPress={copy} label={`复制链接：${name}`} className='policy-copy__button'>
        复制链接
      </Button>
      <Text className='policy-copy__status' {...a11y({ live: 'polite' })}>
        {copied === 'done'
          ? '链接已复制，可以粘贴到浏览器里打开。'
          : copied === 'failed'
            ? '没有复制成功，请手动抄下网址。'
            : ''}
      </Text>
    </View>
  )
}

function InternalLink({ href, children }: { href: string; children: InlineNode[] }) {
  const open = () => openRoute(href)
  return (
    <Text className='policy-link' onClick={open} {...a11y({ role: 'link' })} {...interactiveProps(open)}>
      <InlineNodes nodes={children} />
    </Text>
  )
}

function ExternalLink({ href, children }: { href: string; children: InlineNode[] }) {
  return (
    <Text className='policy-external'>
      <InlineNodes nodes={children} />
      <Text className='policy-external__url'>（网址：{href}）</Text>
    </Text>
  )
}

function InlineNodeView({ node }: { node: InlineNode }): ReactNode {
  switch (node.type) {
    case 'text':
      return node.text
    case 'strong':
      return (
        <Text className='policy-strong'>
          <InlineNodes nodes={node.children} />
        </Text>
      )
    case 'emphasis':
      return (
        <Text className='policy-emphasis'>
          <InlineNodes nodes={node.children} />
        </Text>
      )
    case 'cited':
      return <Text className='policy-figure'>{node.text}</Text>
    case 'reference':
      return (
        <Text className='policy-figure policy-figure--reference'>
          {node.text}
          <Text className='policy-reference-tag'>参考值</Text>
        </Text>
      )
    case 'link': {
      const decision = classifyHref(node.href)
      if (!decision.ok) return <InlineNodes nodes={node.children} />
      return decision.external ? (
        <ExternalLink href={decision.href}>{node.children}</ExternalLink>
      ) : (
        <InternalLink href={decision.href}>{node.children}</InternalLink>
      )
    }
  }
}

export function InlineNodes({ nodes }: { nodes: readonly InlineNode[] }) {
  return (
    <>
      {nodes.map((node, i) => (
        <InlineNodeView key={i} node={node} />
      ))}
    </>
  )
}

/** External links of a run of inline nodes, for a 复制链接 button under the paragraph that holds them. */
function externalLinksIn(nodes: readonly InlineNode[]): { href: string; name: string }[] {
  const found: { href: string; name: string }[] = []
  const walk = (list: readonly InlineNode[]) => {
    for (const node of list) {
      if (node.type === 'link') {
        const decision = classifyHref(node.href)
        if (decision.ok && decision.external) found.push({ href: decision.href, name: inlineText(node.children) })
        else walk(node.children)
      } else if (node.type === 'strong' || node.type === 'emphasis') walk(node.children)
    }
  }
  walk(nodes)
  return found
}

/** A paragraph-like run of inline nodes followed by one 复制链接 button per external link in it. */
function InlineBlock({ nodes, className }: { nodes: readonly InlineNode[]; className: string }) {
  const links = externalLinksIn(nodes)
  return (
    <View className={className}>
      <Text className='policy-inline'>
        <InlineNodes nodes={nodes} />
      </Text>
      {links.map((link, i) => (
        <CopyLinkButton key={i} url={link.href} name={link.name} />
      ))}
    </View>
  )
}

// ─── Tables ───────────────────────────────────────────────────────────────────────────────────────────

function tableName(table: TableNode): string {
  return `表格：${table.header.map((c) => inlineText(c.children)).join('、')}`
}

function ScrollTable({ table }: { table: TableNode }) {
  const name = tableName(table)
  return (
    <View
      className='policy-table-scroll'
      {...a11y({ role: 'region', label: `${name}（可以左右滑动查看）` })}
      {...(isH5 ? { tabIndex: 0 } : {})}
    >
      <View className='policy-table' {...a11y({ role: 'table', label: name })}>
        <View className='policy-table__row policy-table__row--head' {...a11y({ role: 'row' })}>
          {table.header.map((cell, i) => (
            <View key={i} className='policy-table__cell policy-table__cell--head' {...a11y({ role: 'columnheader' })}>
              <InlineNodes nodes={cell.children} />
            </View>
          ))}
        </View>
        {table.rows.map((row, r) => (
          <View key={r} className='policy-table__row' {...a11y({ role: 'row' })}>
            {row.map((cell, c) => (
              <View
                key={c}
                className={`policy-table__cell ${cell.align === 'right' ? 'is-right' : ''}`}
                {...a11y({ role: 'cell' })}
              >
                <InlineNodes nodes={cell.children} />
              </View>
            ))}
          </View>
        ))}
      </View>
    </View>
  )
}

/** Each row becomes a card of "column: value" lines: nothing to scroll sideways on a narrow phone. */
function StackedTable({ table }: { table: TableNode }) {
  return (
    <View className='policy-stack' {...a11y({ role: 'list', label: tableName(table) })}>
      {table.rows.map((row, r) => (
        <View key={r} className='policy-stack__card' {...a11y({ role: 'listitem' })}>
          {row.map((cell, c) => (
            <View key={c} className='policy-stack__line'>
              <Text className='policy-stack__label'>
                {table.header[c] ? inlineText(table.header[c].children) : ''}：
              </Text>
              <Text className='policy-stack__value'>
                <InlineNodes nodes={cell.children} />
              </Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

function PolicyTable({ table, options }: { table: TableNode; options: RenderOptions }) {
  const series = options.chartTimeSeries ? timeSeriesFromTable(table) : null
  return (
    <View className='policy-table-block'>
      {options.stackTables ? <StackedTable table={table} /> : <ScrollTable table={table} />}
      {series ? <TimeSeriesChart series={series} /> : null}
    </View>
  )
}

// ─── Blocks ───────────────────────────────────────────────────────────────────────────────────────────

function BlockNodeView({ node, options }: { node: BlockNode; options: RenderOptions }): ReactNode {
  switch (node.type) {
    case 'heading':
      return (
        <Heading level={node.level} id={`section-${node.id.replace(/[^A-Za-z0-9_-]/g, '')}`} className='policy-heading'>
          <InlineNodes nodes={node.children} />
        </Heading>
      )
    case 'paragraph':
      return <InlineBlock nodes={node.children} className='policy-paragraph' />
    case 'list':
      return (
        <View className={`policy-list ${node.ordered ? 'policy-list--ordered' : ''}`} {...a11y({ role: 'list' })}>
          {node.items.map((item, i) => (
            <View key={i} className='policy-list__item' {...a11y({ role: 'listitem' })}>
              <Text className='policy-list__marker'>{node.ordered ? `${node.start + i}.` : '•'}</Text>
              <View className='policy-list__body'>
                <BlockNodes nodes={item.children} options={options} />
              </View>
            </View>
          ))}
        </View>
      )
    case 'table':
      return <PolicyTable table={node} options={options} />
    case 'note':
      return (
        <View className='policy-note' {...a11y({ role: 'note', label: '请注意' })}>
          <Text className='policy-note__title'>请注意</Text>
          <BlockNodes nodes={node.children} options={options} />
        </View>
      )
  }
}

/** Paragraphs inside list items render tight (no extra margin) but otherwise like any block. */
export function BlockNodes({ nodes, options }: { nodes: readonly BlockNode[]; options: RenderOptions }) {
  return (
    <>
      {nodes.map((node, i) => (
        <BlockNodeView key={i} node={node} options={options} />
      ))}
    </>
  )
}
