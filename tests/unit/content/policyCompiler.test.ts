import fc from 'fast-check'
import * as v from 'valibot'
import { compileArticle, compileMarkdown, emptyContext } from '../../../scripts/compilePolicies'
import { unmarkedNumberIn } from '../../../scripts/policyNumberRule'
import { classifyHref } from '@/content/linkPolicy'
import { inlineText, type BlockNode, type InlineNode } from '@/content/policyNodes'
import { blockNodeSchema } from '@/content/policyLibrarySchema'
import { XSS_PAYLOADS } from './xssPayloads'
import { propertyRuns } from '../../support/propertyRuns'

const ALLOWED_TYPES = new Set([
  'heading',
  'paragraph',
  'list',
  'item',
  'table',
  'cell',
  'note',
  'text',
  'strong',
  'emphasis',
  'link',
  'cited',
  'reference',
])

/** Every object in the tree, every key, every string value. */
function walk(value: unknown, visit: (obj: Record<string, unknown>) => void): void {
  if (Array.isArray(value)) value.forEach((v) => walk(v, visit))
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>)
    Object.values(value).forEach((v) => walk(v, visit))
  }
}

function allText(nodes: BlockNode[]): string {
  const parts: string[] = []
  walk(nodes, (obj) => {
    if (obj.type === 'text' || obj.type === 'cited' || obj.type === 'reference') parts.push(String(obj.text))
  })
  return parts.join('')
}

function assertNothingExecutable(nodes: BlockNode[]): void {
  expect(v.safeParse(v.array(blockNodeSchema), nodes).success).toBe(true)
  walk(nodes, (obj) => {
    expect(ALLOWED_TYPES.has(String(obj.type))).toBe(true)
    for (const key of Object.keys(obj)) {
      expect(key).not.toMatch(/^on/i)
      expect(['style', 'src', 'srcdoc', 'innerHTML', 'dangerouslySetInnerHTML', 'name', 'attrs']).not.toContain(key)
    }
    if (obj.type === 'link') {
      const href = String(obj.href)
      expect(href).not.toMatch(/^\s*(javascript|data|vbscript|file):/i)
      expect(classifyHref(href).ok).toBe(true)
      expect(href.startsWith('https://') || href.startsWith('/pages/') || href.startsWith('/packages/')).toBe(true)
    }
  })
}

describe('policy compiler: XSS corpus', () => {
  it('has at least 40 payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40)
  })

  it.each(XSS_PAYLOADS.map((p) => [p]))('nothing executable survives: %j', (payload) => {
    const nodes = compileMarkdown(payload, emptyContext(new Map([['law649', 'verified']])))
    assertNothingExecutable(nodes)
  })

  it('keeps raw HTML as literal text instead of dropping or interpreting it', () => {
    const nodes = compileMarkdown('看这里 <img src=x onerror=alert(1)> 和 <script>alert(1)</script>')
    expect(nodes).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: '看这里 <img src=x onerror=alert(1)> 和 <script>alert(1)</script>' }],
      },
    ])
  })

  it('decodes entities into literal text (never into markup)', () => {
    const nodes = compileMarkdown('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(allText(nodes)).toBe('<script>alert(1)</script>')
    expect(nodes[0].type).toBe('paragraph')
  })

  it('turns a refused link into its text and drops the url', () => {
    const ctx = emptyContext()
    const nodes = compileMarkdown('[点我](https://evil.example/) 和 [民政部](https://www.mca.gov.cn/)', ctx)
    expect(nodes).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '点我 和 ' },
          {
            type: 'link',
            href: 'https://www.mca.gov.cn/',
            external: true,
            children: [{ type: 'text', text: '民政部' }],
          },
        ],
      },
    ])
    expect(JSON.stringify(nodes)).not.toContain('evil.example')
    expect(ctx.warnings.join('\n')).toContain('evil.example')
  })

  it('keeps internal routes as non-external links', () => {
    const nodes = compileMarkdown('[先测一测](/packages/precheck/index)')
    expect(nodes[0]).toEqual({
      type: 'paragraph',
      children: [
        {
          type: 'link',
          href: '/packages/precheck/index',
          external: false,
          children: [{ type: 'text', text: '先测一测' }],
        },
      ],
    })
  })

  it('drops images, keeping only the alt text', () => {
    expect(compileMarkdown('![办事大厅](https://www.mca.gov.cn/a.png)')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '办事大厅' }] },
    ])
  })

  it('property: any string built from dangerous fragments compiles to an allow-listed tree', () => {
    const fragment = fc.constantFrom(
      '<script>',
      '</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:',
      'data:text/html,',
      '[',
      '](',
      ')',
      '![',
      '{{',
      '|参考值}}',
      '|s:x}}',
      '}}',
      '**',
      '_',
      '`',
      '\n',
      '\n\n',
      '> ',
      '- ',
      '1. ',
      '## ',
      '| a |\n|---|\n',
      '&#106;',
      '&lt;',
      '\u0000',
      '\u202e',
      'https://www.mca.gov.cn/',
      'https://evil.example/',
      '/packages/precheck/index',
      '低保',
    )
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string()), { maxLength: 30 }), (parts) => {
        assertNothingExecutable(compileMarkdown(parts.join(''), emptyContext(new Map([['x', 'secondary']]))))
      }),
      { numRuns: propertyRuns(400) },
    )
  })
})

describe('classifyHref', () => {
  it.each([
    ['https://www.mca.gov.cn/', true],
    ['https://www.gov.cn/zhengce/', true],
    ['https://mzt.shanxi.gov.cn/', true],
    ['https://sxzd.stats.gov.cn/sjfbyjd/', true],
    ['/packages/precheck/index', true],
    ['/pages/policy/index?slug=dibao', true],
    ['http://www.mca.gov.cn/', false],
    ['https://gov.cn.evil.example/', false],
    ['https://evilgov.cn/', false],
    ['https://www.gov.cn@evil.example/', false],
    ['https://user:pw@www.mca.gov.cn/', false],
    ['https://www.mca.gov.cn:444/', false],
    ['https://www.gоv.cn/', false],
    ['https://anything.gov.cn/', false],
    ['//www.mca.gov.cn/', false],
    ['/pages/../x', false],
    ['/other/route', false],
    ['javascript:alert(1)', false],
    [' https://www.mca.gov.cn/', false],
    ['https://www.mca.gov.cn\\@evil.example/', false],
    ['data:text/html,x', false],
  ])('%s → %s', (href, ok) => {
    expect(classifyHref(href).ok).toBe(ok)
  })
})

describe('figure markers', () => {
  const sources = new Map<string, 'verified' | 'secondary' | 'unverified'>([
    ['law', 'verified'],
    ['blog', 'unverified'],
  ])

  it('compiles cited and reference figures', () => {
    const ctx = emptyContext(sources)
    const nodes = compileMarkdown('公示 {{7 天|s:law}}，约 {{1.5 倍|参考值}}，或 {{6 个月|参考值 s:blog}}。', ctx)
    expect(ctx.errors).toEqual([])
    const inline = (nodes[0] as { children: InlineNode[] }).children
    expect(inline).toEqual([
      { type: 'text', text: '公示 ' },
      { type: 'cited', text: '7 天', sourceIds: ['law'] },
      { type: 'text', text: '，约 ' },
      { type: 'reference', text: '1.5 倍', sourceIds: [] },
      { type: 'text', text: '，或 ' },
      { type: 'reference', text: '6 个月', sourceIds: ['blog'] },
      { type: 'text', text: '。' },
    ])
    expect(inlineText(inline)).toBe('公示 7 天，约 1.5 倍，或 6 个月。')
  })

  it.each([
    ['{{7 天|s:nope}}', 'unknown source id'],
    ['{{7 天|s:blog}}', 'only unverified sources'],
    ['{{7 天|大概}}', 'unknown annotation'],
    ['{{7 天| }}', 'needs s:<sourceId> or 参考值'],
  ])('%s is a build error', (markdown, message) => {
    const ctx = emptyContext(sources)
    compileMarkdown(markdown, ctx)
    expect(ctx.errors.join('\n')).toContain(message)
  })
})

describe('number rule', () => {
  it.each([
    '低保金每月 500 元',
    '公示七天后',
    '要等十五个工作日',
    '不超过三个月',
    '约１０００元', // full-width digits
    '拨打 12345',
    '第3步',
  ])('flags %s', (text) => {
    expect(unmarkedNumberIn(text)).not.toBeNull()
  })

  it.each([
    '2021年6月11日起',
    '自 2025-11-19 起',
    '民发〔2021〕57号',
    '国务院令第649号',
    '暂行办法第11条、第47–49条',
    '一次性告知要补的材料',
    '千万不要相信收费代办',
    '老百姓',
  ])('allows %s', (text) => {
    expect(unmarkedNumberIn(text)).toBeNull()
  })
})

const GOOD = `---
{"title":"测试","summary":"一篇测试文章","programme":"dibao","category":"basic_living","order":1,"appliesFrom":"2021-06","appliesFromBasis":"测试","updated":"2026-11-25","keywords":["低保"],
 "sources":[{"id":"law","title":"社会救助暂行办法","url":"https://www.gov.cn/x","confidence":"verified"}],
 "card":{"category":"基本生活救助","standard":"按当地标准","office":"乡镇人民政府","supervision":"拨打 {{12345|参考值}}"}}
---
## 适合谁
谁都行。
## 条件
公示 {{7 天|s:law}}。
## 能得到什么
钱。
## 怎么申请
去乡镇。
## 要准备的材料
身份证。
## 办理时限
很快。
## 常见问题
没有。
`

describe('compileArticle', () => {
  it('accepts a complete article', () => {
    const result = compileArticle('test', GOOD)
    expect(result.errors).toEqual([])
    expect(result.article?.sections.map((s) => s.id)).toEqual([
      'who',
      'conditions',
      'benefits',
      'how',
      'materials',
      'time',
      'faq',
    ])
    expect(result.article?.initials).toEqual(['db'])
    expect(result.article?.sources[0].govDomain).toBe(true)
  })

  it('fails on a bare number in the body', () => {
    const result = compileArticle('test', GOOD.replace('钱。', '每月 300 元。'))
    expect(result.article).toBeNull()
    expect(result.errors.join('\n')).toContain('number without source or 参考值 in body')
  })

  it('fails on a bare number in the 明白卡', () => {
    const result = compileArticle('test', GOOD.replace('按当地标准', '每月 555 元'))
    expect(result.errors.join('\n')).toContain('card.standard')
  })

  it('fails on a missing required section', () => {
    const result = compileArticle('test', GOOD.replace('## 常见问题', '## 其他'))
    expect(result.errors.join('\n')).toContain('missing section "## 常见问题"')
  })

  it('fails on a javascript: source url and on a keyword without initials', () => {
    const bad = GOOD.replace('https://www.gov.cn/x', 'javascript:alert(1)').replace('["低保"]', '["低保","龘"]')
    const errors = compileArticle('test', bad).errors.join('\n')
    expect(errors).toContain('url refused')
    expect(errors).toContain('add 龘 to scripts/pinyinInitials.ts')
  })

  it('fails on front matter with unknown fields', () => {
    const result = compileArticle('test', GOOD.replace('"order":1,', '"order":1,"html":"<b>x</b>",'))
    expect(result.errors.join('\n')).toContain('front matter')
  })
})
