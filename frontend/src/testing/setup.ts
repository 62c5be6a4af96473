import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { i18n } from '@/lib/i18n'
import { resetCsrfToken } from '@/lib/api-client'

// Pages load through several fetches; on a busy 2-core CI machine 1 s (the default) is too short to wait.
configure({ asyncUtilTimeout: 5000 })

// Every test starts in English with no remembered choice and a fresh CSRF token cache.
beforeEach(async () => {
  localStorage.clear()
  resetCsrfToken()
  await i18n.changeLanguage('en')
})

afterEach(() => {
  cleanup()
})
