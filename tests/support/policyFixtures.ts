/**
 * Hand-written policy libraries for tests: one article of each kind (programme, procedure explainer,
 * 低保标准 page) that together use every node type, and a hostile one. Independent of content/policies/.
 */
import type { BlockNode, InlineNode, PolicyArticle, PolicyLibrary } from '@/content/policyNodes'
import { buildPolicyIndex } from '@/content/policySummaries'
import { createMockBackend } from '@mock/mockBackend'
import { createKeyValueStore, createMemoryBackend } from '@/lib/storage/keyValueStore'
import type { PolicyService } from '@/services/policyService'

const t = (text: string): InlineNode => ({ type: 'text', text })
const p = (...children: InlineNode[]): BlockNode => ({ type: 'paragraph', children })
const h = (level: 2 | 3 | 4, id: string, text: string): BlockNode => ({
  type: 'heading',
  level,
  id,
  children: [t(text)],
})
const cell = (...children: InlineNode[]) => ({ type: 'cell' as const, align: null, children })

const baseArticle = {
  appliesFrom: '2021-06-11',
  appliesFromBasis: '《最低生活保障审核确认办法》印发日期',
  updated: '2026-11-25',
  sections: [],
}

export const programmeArticle: PolicyArticle = {
  ...baseArticle,
  slug: 'dibao',
  title: '最低生活保障（低保）',
  summary: '家里收入低于当地低保标准，可以申请低保，按月领钱。',
  programme: 'dibao',
  category: 'basic_living',
  order: 10,
  keywords: ['低保', '最低生活保障', '低保渐退'],
  initials: ['db', 'zdshbz', 'dbjt'],
  sources: [
    {
      id: 'law649',
      title: '《社会救助暂行办法》全文',
      url: 'https://www.gov.cn/zhengce/2014-02/27/content_2625050.htm',
      confidence: 'verified',
      note: '第9–13条',
      govDomain: true,
    },
    {
      id: 'sx2025',
      title: '山西省政府新闻发布会报道转载',
      url: 'http://blog.example.com/article/1.shtml',
      confidence: 'secondary',
      note: null,
      govDomain: false,
    },
  ],
  card: {
    category: '基本生活救助 · 最低生活保障',
    standard: [t('全省平均：城市 '), { type: 'cited', text: '669 元/人/月', sourceIds: ['sx2025'] }],
    office: [t('户籍所在地乡镇人民政府（街道办事处）')],
    supervision: [t('县民政局监督电话；也可以拨打 '), { type: 'cited', text: '12345', sourceIds: ['law649'] }],
  },
  body: [
    { type: 'note', children: [p(t('这是本服务为方便大家阅读写的说明。'))] },
    h(2, 'who', '适合谁'),
    p(
      t('家里收入很低的'),
      { type: 'strong', children: [t('城乡家庭')] },
      t('，按'),
      { type: 'emphasis', children: [t('户')] },
      t('办理。'),
    ),
    h(3, 'h-1', '单人保'),
    {
      type: 'list',
      ordered: false,
      start: 1,
      items: [
        { type: 'item', children: [p(t('重度残疾人'))] },
        { type: 'item', children: [p(t('重病患者'))] },
      ],
    },
    h(2, 'how', '怎么申请'),
    {
      type: 'list',
      ordered: true,
      start: 1,
      items: [
        { type: 'item', children: [p(t('向乡镇提出书面申请'))] },
        {
          type: 'item',
          children: [
            p(t('先用'), {
              type: 'link',
              href: '/packages/me/about/index',
              external: false,
              children: [t('关于本服务')],
            }),
          ],
        },
      ],
    },
    h(4, 'h-2', '时限'),
    p(t('公示 '), { type: 'cited', text: '7 天', sourceIds: ['law649'] }, t('，边缘倍数 '), {
      type: 'reference',
      text: '1.5 倍',
      sourceIds: [],
    }),
    p(
      t('原文见'),
      {
        type: 'link',
        href: 'https://www.gov.cn/zhengce/2014-02/27/content_2625050.htm',
        external: true,
        children: [t('中国政府网')],
      },
      t('。'),
    ),
    {
      type: 'table',
      header: [cell(t('材料')), cell(t('谁要交'))],
      rows: [
        [cell(t('户口簿')), cell(t('全家'))],
        [cell(t('残疾人证')), cell(t('有残疾的人'))],
      ],
    },
  ],
}

export const procedureArticle: PolicyArticle = {
  ...baseArticle,
  slug: 'procedure',
  title: '低保等救助的申请流程',
  summary: '从申请到发钱，每一步做什么、要多久。',
  programme: null,
  category: 'guide',
  order: 90,
  keywords: ['申请流程', '入户调查'],
  initials: ['sqlc', 'rhdc'],
  sources: [programmeArticle.sources[0]],
  card: null,
  body: [
    h(2, 'h-1', '第一步：申请'),
    p(t('到乡镇（街道）提出申请，签家庭经济状况核对授权书。')),
    h(2, 'h-2', '第二步：入户调查'),
    p(t('工作人员到家里看一看，问一问。')),
  ],
}

export const standardArticle: PolicyArticle = {
  ...baseArticle,
  slug: 'dibao-standard',
  title: '山西的低保标准是怎么定的',
  summary: '低保标准怎么算，全省平均是多少。',
  programme: null,
  category: 'guide',
  order: 91,
  keywords: ['低保标准'],
  initials: ['dbbz'],
  sources: programmeArticle.sources,
  card: null,
  body: [
    h(2, 'h-1', '全省平均标准'),
    {
      type: 'table',
      header: [cell(t('时间')), cell(t('城市（元/人/月）')), cell(t('农村（元/人/月）'))],
      rows: [
        [
          cell(t('2021-07-28')),
          cell({ type: 'reference', text: '615', sourceIds: [] }),
          cell({ type: 'reference', text: '471.5', sourceIds: [] }),
        ],
        [
          cell(t('2025-11-19')),
          cell({ type: 'cited', text: '669', sourceIds: ['sx2025'] }),
          cell({ type: 'cited', text: '555', sourceIds: ['sx2025'] }),
        ],
      ],
    },
  ],
}

export const HOSTILE = {
  script: '<script>window.__xss = 1</script>',
  img: '<img src=x onerror="window.__xss = 2">',
  jsUrl: 'javascript:window.__xss=3',
}

export const hostileArticle: PolicyArticle = {
  ...baseArticle,
  slug: 'hostile',
  title: `标题${HOSTILE.script}`,
  summary: HOSTILE.img,
  programme: null,
  category: 'guide',
  order: 99,
  keywords: [HOSTILE.img],
  initials: [],
  sources: [
    {
      id: 's',
      title: HOSTILE.script,
      url: 'https://www.gov.cn/x',
      confidence: 'unverified',
      note: HOSTILE.img,
      govDomain: true,
    },
  ],
  card: {
    category: HOSTILE.script,
    standard: [t(HOSTILE.img)],
    office: [{ type: 'strong', children: [t(HOSTILE.script)] }],
    supervision: [{ type: 'link', href: HOSTILE.jsUrl, external: true, children: [t('点我领钱')] }],
  },
  body: [
    { type: 'heading', level: 2, id: '<img src=x onerror=alert(1)>', children: [t(HOSTILE.script)] },
    p(t(HOSTILE.img)),
    p({ type: 'link', href: HOSTILE.jsUrl, external: false, children: [t('内部链接')] }),
    p({ type: 'link', href: 'https://evil.example.com/', external: true, children: [t('外部链接')] }),
    p({ type: 'link', href: 'data:text/html,<script>alert(1)</script>', external: true, children: [t('数据链接')] }),
    {
      type: 'table',
      header: [cell(t(HOSTILE.script))],
      rows: [[cell(t(HOSTILE.img))]],
    },
    { type: 'note', children: [p({ type: 'emphasis', children: [t(HOSTILE.img)] })] },
  ],
}

export const DISCLAIMER = '本栏目的文章是本服务为方便大家阅读而写的解读，不是政府的正式通知或文件。'

export function fixtureLibrary(
  articles: PolicyArticle[] = [programmeArticle, procedureArticle, standardArticle],
): PolicyLibrary {
  return { format: 1, disclaimer: DISCLAIMER, articles }
}

/** Initials for the fixture keywords (the build uses scripts/pinyinInitials.ts). */
const FIXTURE_INITIALS: Record<string, string> = {
  低保: 'db',
  最低生活保障: 'zdshbz',
  低保渐退: 'dbjt',
  申请流程: 'sqlc',
  入户调查: 'rhdc',
  低保标准: 'dbbz',
}

export function fixtureIndex(library: PolicyLibrary = fixtureLibrary()) {
  return buildPolicyIndex(library, (keyword) => FIXTURE_INITIALS[keyword] ?? '')
}

/** The real mock backend's policy port over fixture content (index + library), in memory, no latency. */
export function fixtureService(
  library: PolicyLibrary = fixtureLibrary(),
  data: { index?: (() => unknown) | null; library?: () => PolicyLibrary } = {},
): PolicyService {
  return createMockBackend({
    store: createKeyValueStore(createMemoryBackend()),
    deviceToken: 'f'.repeat(32),
    seed: false,
    policyIndex: data.index === null ? undefined : (data.index ?? (() => fixtureIndex(library))),
    policyLibrary: data.library ?? (() => library),
  }).services.policies
}
