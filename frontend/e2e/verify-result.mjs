// Fails (exit 1) unless the browser tests ran and none failed. Used by the Maven build's verify
// phase, after the portal started for the tests has been stopped.
import { existsSync, readFileSync } from 'node:fs'

const file = process.argv[2] ?? process.env.E2E_RESULT_FILE
if (!file || !existsSync(file)) {
  console.error(`Browser tests did not report a result (${file ?? 'no result file given'}): see the integration-test output.`)
  process.exit(1)
}
const summary = readFileSync(file, 'utf8').trim()
const match = /^(\d+) passed, (\d+) failed$/.exec(summary)
if (!match || Number(match[2]) > 0 || Number(match[1]) === 0) {
  console.error(`Browser tests failed: ${summary}`)
  process.exit(1)
}
console.log(`Browser tests: ${summary}`)
