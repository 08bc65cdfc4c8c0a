/**
 * 个人信息处理规则 (PIPL Art. 17, 网络数据安全管理条例 Art. 21) as data: the page renders it, the consent
 * store records which version was accepted, and a change of version asks for consent again (PIPL Art. 14).
 *
 * Bump PRIVACY_NOTICE_VERSION whenever a purpose, a method, a category or the retention changes. Do not
 * bump it for wording alone. Nothing here is legal advice; the operator is a demo, not a government body.
 */

/** Date-based, compared as a plain string: any difference means "ask again". */
export const PRIVACY_NOTICE_VERSION = '2026-11-26.1'

/** Days without edits after which a draft is deleted with its photos (security.md P6, §1.6). */
export const DRAFT_RETENTION_DAYS = 30

export interface DataCategory {
  id: string
  name: string
  /** Sensitive personal information per PIPL Art. 28 and GB/T 35273 / GB/T 45574 (security.md §1.3). */
  sensitive: boolean
  examples: string
  /** Why it is needed (PIPL Art. 30: 必要性). */
  why: string
  /** How it affects the person (PIPL Art. 30: 对个人权益的影响); only for sensitive categories. */
  impact?: string
}

export interface NoticeSection {
  id: string
  title: string
  paragraphs: string[]
}

export const DEMO_OPERATOR = {
  name: '社会救助服务（演示版）开发团队',
  /** Stated plainly on every place that names the operator. */
  disclaimer: '这是一个演示程序，不是政府部门，也不会把你的申请交给任何政府部门。请不要填写真实的个人信息。',
  contact: '在“我的 → 关于本服务”里可以看到求助热线；对本演示有意见，请联系发布它的开发团队。',
} as const

export const DATA_CATEGORIES: readonly DataCategory[] = [
  {
    id: 'identity',
    name: '身份信息',
    sensitive: false,
    examples: '姓名、身份证号、性别、出生日期、户籍地',
    why: '确认申请人和家庭成员是谁，确定由哪个乡镇（街道）受理。',
  },
  {
    id: 'contact',
    name: '联系方式',
    sensitive: false,
    examples: '手机号、住址',
    why: '工作人员入户调查和通知结果时联系你。',
  },
  {
    id: 'id_photos',
    name: '证件照片',
    sensitive: true,
    examples: '身份证、户口簿、残疾证等照片',
    why: '核对身份和户籍，代替到窗口交复印件。',
    impact: '照片一旦泄露，可能被人冒用身份。所以只保存在这部手机上，提交或删除后随即清除。',
  },
  {
    id: 'health',
    name: '健康和残疾情况',
    sensitive: true,
    examples: '重病、慢性病、残疾类别和等级、医疗费用',
    why: '判断能否按重病、重残等情况单独计算或加发救助。',
    impact: '会让别人知道你和家人的身体情况。只用于审核救助，不会公开。',
  },
  {
    id: 'finance',
    name: '收入、财产和银行账户',
    sensitive: true,
    examples: '家庭收入、存款、房产、车辆、银行卡号',
    why: '救助看的是家庭收入和财产，审核通过后救助金发到银行卡。',
    impact: '会让别人知道你家的经济状况。民政部门核对时需要你签署授权书。',
  },
  {
    id: 'children',
    name: '未满十四周岁孩子的信息',
    sensitive: true,
    examples: '孩子的姓名、身份证号、上学和健康情况',
    why: '孩子是家庭成员，要算进家庭人口。',
    impact: '需要由父母或其他监护人同意并填写。',
  },
  {
    id: 'assistance_status',
    name: '救助申请和办理情况',
    sensitive: true,
    examples: '申请了哪项救助、办到了哪一步、结果',
    why: '让你随时查看进度。',
    impact: '领取救助是不宜公开的身份信息，通知里不会写明救助名称。',
  },
]

export const NOTICE_SECTIONS: readonly NoticeSection[] = [
  {
    id: 'operator',
    title: '谁在处理你的信息',
    paragraphs: [`处理者：${DEMO_OPERATOR.name}。`, DEMO_OPERATOR.disclaimer, DEMO_OPERATOR.contact],
  },
  {
    id: 'purposes',
    title: '为什么要用这些信息',
    paragraphs: [
      '只为三件事：帮你准备救助申请、让你查看办理进度、在办理中联系你。',
      '资格预检和政策阅读不需要填身份证号，也不会保存你填的内容。',
      '不用于广告，不卖给任何人。',
    ],
  },
  {
    id: 'methods',
    title: '怎么处理',
    paragraphs: [
      '你填的内容先保存在这部手机上（草稿），你点“提交”后才发送。',
      '本演示没有真正的服务器：“提交”的内容也保存在这部手机上的“模拟后端数据”里。',
      '身份证号、手机号、姓名在页面上都打了星号，只有在填写和核对时可以点“显示”。',
    ],
  },
  {
    id: 'retention',
    title: '保存多久，到期怎么办',
    paragraphs: [
      `草稿：${DRAFT_RETENTION_DAYS} 天没有修改，就连同照片一起自动删除。`,
      '提交成功后：草稿和照片立即从手机上删除，手机上只留受理编号和办理状态，方便查进度。',
      '真实办理时，民政部门按档案管理规定保存申请材料，期限以当地民政部门公布的为准（本演示不知道具体期限）。',
    ],
  },
  {
    id: 'rights',
    title: '你可以做什么',
    paragraphs: [
      '查看和复制：在“我的 → 我的数据”里看到手机上保存了什么，可以复制全部内容。',
      '更正：提交前可以随时修改草稿；提交后到受理前，可以联系乡镇（街道）更正。',
      '删除：可以删除某一份草稿，也可以“清除本机数据”。',
      '撤回同意：在“我的 → 我的数据”里一步就能撤回。撤回后手机上的草稿和照片会被删除；已经提交给办理部门的材料按规定保存，不会因此撤销已经办理的事。',
      '注销：本演示没有账号，不需要注销；清除本机数据就等于删掉这部手机上的全部记录。',
    ],
  },
  {
    id: 'complaints',
    title: '有问题找谁',
    paragraphs: ['可以拨打 12345 政务服务便民热线反映问题，或到户籍所在地乡镇（街道）咨询。'],
  },
]

export const SENSITIVE_CATEGORY_IDS: readonly string[] = DATA_CATEGORIES.filter((c) => c.sensitive).map((c) => c.id)
