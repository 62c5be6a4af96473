import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { isUiLanguage } from '@/config/languages'
import type { User } from '@/types/api'

/**
 * When someone signs in, show the UI in their account's language (if it is a UI language): the
 * account remembers it across devices. Runs once per signed-in user, so a later switch in the
 * header is not undone.
 */
export function useAccountLanguage(user: User | null | undefined) {
  const { i18n } = useTranslation()
  const appliedFor = useRef<string | null>(null)
  useEffect(() => {
    if (!user) {
      appliedFor.current = null
      return
    }
    if (appliedFor.current === user.id) return
    appliedFor.current = user.id
    if (isUiLanguage(user.language) && user.language !== i18n.resolvedLanguage) {
      void i18n.changeLanguage(user.language)
    }
  }, [user, i18n])
}
