import { useTranslation } from 'react-i18next'
import { UI_LANGUAGES, type UiLanguage } from '@/config/languages'
import { useUser } from '@/features/auth/api/get-me'
import { useUpdateMe } from '@/features/profile/api/update-me'
import { currentLanguage } from '@/lib/i18n'

// Switches the UI at once; the detector remembers the choice in localStorage, and a signed-in
// user's account keeps it too (PATCH /api/me), so it follows them to other devices.
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation()
  const { data: user } = useUser()
  const updateMe = useUpdateMe()
  const active = currentLanguage()

  function choose(code: UiLanguage) {
    if (code === active) return
    void i18n.changeLanguage(code)
    if (user && user.language !== code) updateMe.mutate({ language: code })
  }

  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {UI_LANGUAGES.map(({ code, name }) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-switcher__option"
          aria-pressed={code === active}
          onClick={() => choose(code)}
        >
          {name}
        </button>
      ))}
    </div>
  )
}
