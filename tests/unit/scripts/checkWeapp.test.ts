import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const script = join(__dirname, '../../../scripts/checkWeapp.mjs')

function run(dir: string): { status: number; output: string } {
  try {
    const out = execFileSync('node', [script, dir], { encoding: 'utf8', stdio: 'pipe' })
    return { status: 0, output: out }
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string }
    return { status: e.status, output: e.stdout + e.stderr }
  }
}

function writePage(dir: string, page: string, exts = ['js', 'wxml', 'json', 'wxss']) {
  mkdirSync(join(dir, page, '..'), { recursive: true })
  for (const ext of exts) writeFileSync(join(dir, `${page}.${ext}`), '')
}

function fixture({ subPackages = true, aria = true, missingWxss = false } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-'))
  const app = {
    pages: ['pages/home/index', 'pages/me/index'],
    subPackages: subPackages ? [{ root: 'packages/me', pages: ['settings/index'] }] : [],
    tabBar: { list: [{ pagePath: 'pages/home/index' }, { pagePath: 'pages/me/index' }] },
  }
  writeFileSync(join(dir, 'app.json'), JSON.stringify(app))
  writePage(dir, 'pages/home/index')
  writePage(dir, 'pages/me/index', missingWxss ? ['js', 'wxml', 'json'] : undefined)
  writePage(dir, 'packages/me/settings/index')
  const attrs = aria
    ? 'aria-role="{{i.p1}}" aria-label="{{i.p2}}" aria-hidden="{{i.p3}}" aria-checked="{{i.p4}}" aria-live="{{i.p5}}"'
    : ''
  writeFileSync(join(dir, 'base.wxml'), `<template name="tmpl_0_view"><view ${attrs}></view></template>`)
  return dir
}

describe('scripts/checkWeapp.mjs', () => {
  it('passes a complete build', () => {
    expect(run(fixture())).toMatchObject({ status: 0 })
  })

  it('fails without subpackages', () => {
    const r = run(fixture({ subPackages: false }))
    expect(r.status).toBe(1)
    expect(r.output).toContain('没有分包')
  })

  it('fails when the aria attributes are missing from the templates', () => {
    const r = run(fixture({ aria: false }))
    expect(r.status).toBe(1)
    expect(r.output).toContain('aria-role')
  })

  it('fails when a page has no .wxss', () => {
    const r = run(fixture({ missingWxss: true }))
    expect(r.status).toBe(1)
    expect(r.output).toContain('pages/me/index 缺少 .wxss')
  })
})
