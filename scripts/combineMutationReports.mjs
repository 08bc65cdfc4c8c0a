// Combines Stryker JSON reports measured at different commits into one score for the source as it is now.
// Why: a full `npm run test:mutation` takes hours on 2 cores, so we measure per group and then re-run only what
// changed or survived (README "Mutation testing").
//
//   node scripts/combineMutationReports.mjs plan  --bases a.json,b.json [--statics s.json] [--out ranges.json]
//   node scripts/combineMutationReports.mjs score --bases a.json,b.json [--statics s.json] --targeted t.json
//
// plan:  writes the `mutate` ranges a targeted run must cover (stryker.config.mjs `mutate` accepts them):
//        every line changed since its base report, and every mutant that survived or had no coverage.
// score: prints the score table (markdown) of the base results carried over to the current source, with the
//        targeted run's results replacing them; the survivors go to reports/mutation/survivors.txt.
// Rules: a base mutant is carried over only if every line it spans is unchanged (its lines are shifted);
// a block or table mutant of 4+ lines that did not survive keeps its result although a line inside it changed
// (re-running it would re-run every mutant nested in it; the count is printed); a static mutant that a static
// report of the same source detected counts as killed.
import fs from 'node:fs'
import path from 'node:path'

const DETECTED = new Set(['Killed', 'Timeout'])
const UNDETECTED = new Set(['Survived', 'NoCoverage'])

const mutantKey = (m) =>
  `${m.mutatorName}|${m.replacement}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}`

/**
 * Maps each unchanged line of `oldSource` (1-based) to its line in `newSource` (longest common subsequence of lines;
 * source files are small) and lists the new lines that changed (the lines around a region that only deletes).
 */
export function mapLines(oldSource, newSource) {
  const a = oldSource.split('\n')
  const b = newSource.split('\n')
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  const map = new Map()
  const changed = new Set()
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      map.set(i + 1, j + 1)
      i++
      j++
      continue
    }
    // One changed region: the lines it adds are changed; a region that only deletes marks the lines around it.
    let added = 0
    while ((i < a.length || j < b.length) && !(i < a.length && j < b.length && a[i] === b[j])) {
      if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
        changed.add(j + 1)
        added++
        j++
      } else {
        i++
      }
    }
    if (added === 0) {
      if (j > 0) changed.add(j)
      if (j < b.length) changed.add(j + 1)
    }
  }
  return { map, changed: [...changed].sort((x, y) => x - y) }
}

/** Carries the mutants of one file's base report over to the current source. */
export function carryOver(baseFile, currentSource, staticDetected) {
  const { map, changed } = mapLines(baseFile.source, currentSource)
  const ranges = changed.map((l) => `${l}-${l}`)
  const kept = []
  let dropped = 0
  let keptDespiteChange = 0
  for (const old of baseFile.mutants) {
    const start = old.location.start.line
    const end = old.location.end.line
    let unchanged = map.has(start) && map.has(end)
    for (let l = start; unchanged && l <= end; l++) unchanged = map.get(l) - l === map.get(start) - start
    if (!unchanged) {
      const mappable = map.has(start) && map.has(end)
      if (!(mappable && !UNDETECTED.has(old.status) && end - start >= 3)) {
        dropped++
        if (mappable) ranges.push(`${map.get(start)}-${map.get(end)}`)
        continue
      }
      keptDespiteChange++
    }
    const mutant = {
      ...old,
      location: {
        start: { ...old.location.start, line: map.get(start) },
        end: { ...old.location.end, line: map.get(end) },
      },
    }
    if (mutant.static && !DETECTED.has(mutant.status) && staticDetected?.has(mutantKey(old))) {
      mutant.status = 'Killed'
    }
    if (UNDETECTED.has(mutant.status)) {
      const { start: s, end: e } = mutant.location
      ranges.push(`${s.line}:${s.column - 1}-${e.line}:${e.column}`)
    }
    kept.push(mutant)
  }
  return { kept, ranges, dropped, keptDespiteChange }
}

/** Detected share of detected + survived + no coverage, in percent with two decimals. */
export function mutationScore(counts) {
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0)
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0)
  return detected + undetected === 0 ? '100.00' : ((100 * detected) / (detected + undetected)).toFixed(2)
}

const GROUPS = ['validation, masking, money', 'storage and submission', 'eligibility']
const groupOf = (file) =>
  file.includes('/eligibility/')
    ? GROUPS[2]
    : file.includes('/storage/') || file.includes('submitApplicationDraft')
      ? GROUPS[1]
      : GROUPS[0]

function readReport(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'))
}

function main(argv) {
  const [mode] = argv
  const option = (name) => {
    const i = argv.indexOf(`--${name}`)
    return i > 0 ? argv[i + 1] : undefined
  }
  const list = (name) => (option(name) ?? '').split(',').filter(Boolean)
  if ((mode !== 'plan' && mode !== 'score') || list('bases').length === 0) {
    console.error(
      'usage: combineMutationReports.mjs plan|score --bases a.json[,b.json] [--statics s.json] [--targeted t.json] [--out ranges.json]',
    )
    return 2
  }
  const staticDetectedByFile = new Map()
  for (const report of list('statics').map(readReport)) {
    for (const [file, data] of Object.entries(report.files)) {
      const set = staticDetectedByFile.get(`${file}\n${data.source}`) ?? new Set()
      for (const m of data.mutants) if (DETECTED.has(m.status)) set.add(mutantKey(m))
      staticDetectedByFile.set(`${file}\n${data.source}`, set)
    }
  }
  const byFile = new Map()
  const ranges = []
  let dropped = 0
  let keptDespiteChange = 0
  for (const report of list('bases').map(readReport)) {
    for (const [file, data] of Object.entries(report.files)) {
      const current = fs.readFileSync(path.resolve(file), 'utf8')
      const result = carryOver(data, current, staticDetectedByFile.get(`${file}\n${data.source}`))
      byFile.set(file, [...(byFile.get(file) ?? []), ...result.kept])
      ranges.push(...result.ranges.map((r) => `${file}:${r}`))
      dropped += result.dropped
      keptDespiteChange += result.keptDespiteChange
    }
  }
  console.log(
    `carried over; dropped (changed code) ${dropped}; kept although a line inside changed ${keptDespiteChange}`,
  )
  if (mode === 'plan') {
    const out = option('out') ?? 'reports/mutation/targeted-ranges.json'
    fs.writeFileSync(out, JSON.stringify([...new Set(ranges)].sort(), null, 1))
    console.log(`${new Set(ranges).size} ranges written to ${out}`)
    return 0
  }
  const targetedFile = option('targeted')
  if (!targetedFile) {
    console.error('score needs --targeted <report of the targeted run>')
    return 2
  }
  for (const [file, data] of Object.entries(readReport(targetedFile).files)) {
    if (data.source !== fs.readFileSync(path.resolve(file), 'utf8')) {
      console.error(`the targeted run saw another version of ${file}; run plan and the targeted run again`)
      return 1
    }
    const merged = new Map((byFile.get(file) ?? []).map((m) => [mutantKey(m), m]))
    for (const m of data.mutants) merged.set(mutantKey(m), m)
    byFile.set(file, [...merged.values()])
  }
  const tally = {}
  const survivors = []
  for (const [file, mutants] of byFile) {
    const lines = fs.readFileSync(path.resolve(file), 'utf8').split('\n')
    for (const m of mutants) {
      for (const g of [groupOf(file), 'all']) {
        tally[g] ??= {}
        tally[g][m.status] = (tally[g][m.status] ?? 0) + 1
      }
      if (UNDETECTED.has(m.status)) {
        const { line, column } = m.location.start
        const original = lines[line - 1]
          .slice(column - 1)
          .trim()
          .slice(0, 70)
        survivors.push(
          `${file}:${line} ${m.static ? '[static] ' : ''}${m.mutatorName}: ${original} => ${m.replacement}`,
        )
      }
    }
  }
  const n = (x) => (x ?? 0).toLocaleString('en-US')
  console.log('| group | mutants | killed | timed out | survived | no coverage | errors | score |')
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|')
  for (const g of [...GROUPS, 'all']) {
    const c = tally[g]
    if (!c) continue
    const total = Object.values(c).reduce((a, b) => a + b, 0)
    const errors = (c.RuntimeError ?? 0) + (c.CompileError ?? 0)
    console.log(
      `| ${g} | ${n(total)} | ${n(c.Killed)} | ${n(c.Timeout)} | ${n(c.Survived)} | ${n(c.NoCoverage)} | ${n(errors)} | **${mutationScore(c)} %** |`,
    )
  }
  fs.mkdirSync('reports/mutation', { recursive: true })
  fs.writeFileSync('reports/mutation/survivors.txt', survivors.sort().join('\n') + '\n')
  console.log(`${survivors.length} survivors listed in reports/mutation/survivors.txt`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  process.exitCode = main(process.argv.slice(2))
}
