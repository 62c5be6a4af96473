import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { i18n } from '@/lib/i18n'
import { resetCsrfToken } from '@/lib/api-client'

// Every test starts in English with no remembered choice and a fresh CSRF token cache.
beforeEach(async () => {
  localStorage.clear()
  resetCsrfToken()
  await i18n.changeLanguage('en')
})

afterEach(() => {
  cleanup()
})
