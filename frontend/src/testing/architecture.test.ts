import { readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The layering rules of HOUSE_STYLE's frontend (bulletproof-react), checked on the import graph:
// shared code (components, config, lib, testing helpers aside, types, utils) never imports
// features or app; features never import app; and no module imports itself through a cycle.
// (ESLint's no-restricted-paths and import/no-cycle would do this, but typescript-eslint does not
// support TypeScript 7 yet.)

const src = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : []
  })
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string
  if (specifier.startsWith('@/')) base = join(src, specifier.slice(2))
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier)
  else return null // a package
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`]) {
    try {
      if (statSync(candidate).isFile()) return candidate
    } catch {
      // try the next extension
    }
  }
  return null
}

const files = sourceFiles(src).filter((f) => !relative(src, f).startsWith('testing'))
const graph = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8')
    const specifiers = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1])
    const targets = specifiers
      .map((s) => resolveImport(file, s))
      .filter((t): t is string => t !== null)
    return [file, targets]
  }),
)

const layer = (file: string) => relative(src, file).split(/[\\/]/)[0]

describe('frontend architecture', () => {
  it('keeps shared code free of features and app imports', () => {
    const shared = new Set(['components', 'config', 'lib', 'types', 'utils'])
    const violations = [...graph].flatMap(([file, targets]) =>
      shared.has(layer(file))
        ? targets.filter((t) => ['features', 'app'].includes(layer(t))).map((t) => `${relative(src, file)} -> ${relative(src, t)}`)
        : [],
    )
    // lib/i18n and lib/authorization read config and types only; nothing shared reaches up.
    expect(violations).toEqual([])
  })

  it('keeps features free of app imports', () => {
    const violations = [...graph].flatMap(([file, targets]) =>
      layer(file) === 'features'
        ? targets.filter((t) => layer(t) === 'app').map((t) => `${relative(src, file)} -> ${relative(src, t)}`)
        : [],
    )
    expect(violations).toEqual([])
  })

  it('has no import cycles', () => {
    const cycles: string[] = []
    const state = new Map<string, 'visiting' | 'done'>()
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' -> '))
        return
      }
      state.set(file, 'visiting')
      for (const target of graph.get(file) ?? []) visit(target, [...path, file])
      state.set(file, 'done')
    }
    for (const file of graph.keys()) visit(file, [])
    expect(cycles).toEqual([])
  })

  it('names files in kebab-case and has no barrel files', () => {
    const bad = sourceFiles(src)
      .map((f) => relative(src, f))
      .filter((f) => !/^[a-z0-9-/\\.]+$/.test(f) || /(^|[\\/])index\.tsx?$/.test(f))
    expect(bad).toEqual([])
  })
})
