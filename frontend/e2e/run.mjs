// Browser end-to-end tests against a running TransferHub (the real jar), driven by playwright-core
// with Debian's chromium. Usage: BASE_URL=http://localhost:8080 node e2e/run.mjs [filter]
// Runs every `*.e2e.mjs` file in this folder; prints one line per test and, last, exactly
// "N passed, M failed"; exits non-zero when anything failed (or nothing ran).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { launchBrowser, screenshot, SCREENSHOT_DIR } from './support.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const baseUrl = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '')
const filter = process.argv[2]
// The Maven build runs the tests in integration-test (where a failure must not skip stopping the
// portal) and fails the build in verify by reading this file (e2e/verify-result.mjs).
const resultFile = process.env.E2E_RESULT_FILE
if (resultFile) rmSync(resultFile, { force: true })

const files = readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort()
const tests = []
for (const file of files) {
  const module = await import(pathToFileURL(join(here, file)).href)
  for (const test of module.tests ?? []) tests.push({ ...test, file })
}
const selected = filter ? tests.filter((t) => `${t.file} ${t.name}`.includes(filter)) : tests

console.log(`Running ${selected.length} browser tests against ${baseUrl} (screenshots in ${SCREENSHOT_DIR})`)
let browser
try {
  browser = await launchBrowser()
} catch (error) {
  console.error(`Cannot start chromium (${process.env.CHROMIUM ?? '/usr/bin/chromium'}): install it with`)
  console.error('  apt-get install -y chromium    (never `npx playwright install`)')
  console.error(String(error?.message ?? error).split('\n')[0])
  if (resultFile) writeFileSync(resultFile, `0 passed, ${selected.length} failed\n`)
  console.log(`0 passed, ${selected.length} failed`)
  process.exit(1)
}
let passed = 0
let failed = 0
try {
  for (const test of selected) {
    const contexts = []
    // Each test gets fresh browser contexts (no shared cookies or storage) from this factory.
    const newPage = async (options = {}) => {
      const context = await browser.newContext({ baseURL: baseUrl, locale: 'en-US', ...options })
      contexts.push(context)
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      return page
    }
    const started = Date.now()
    try {
      await test.run({ newPage, baseUrl })
      passed++
      console.log(`  ✓ ${test.file} › ${test.name} (${Date.now() - started} ms)`)
    } catch (error) {
      failed++
      console.log(`  ✗ ${test.file} › ${test.name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 6).join('\n      ')}`)
      for (const [i, context] of contexts.entries()) {
        for (const page of context.pages()) {
          await screenshot(page, `FAILED-${test.file.replace('.e2e.mjs', '')}-${i}`).catch(() => {})
        }
      }
    } finally {
      for (const context of contexts) await context.close().catch(() => {})
    }
  }
} finally {
  await browser.close()
}
if (selected.length === 0) failed++
const summary = `${passed} passed, ${failed} failed`
if (resultFile) {
  mkdirSync(dirname(resultFile), { recursive: true })
  writeFileSync(resultFile, `${summary}\n`)
}
console.log(summary)
process.exit(failed > 0 ? 1 : 0)
