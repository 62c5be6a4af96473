import i18n from 'i18next'
import LanguageDetector from 'i18next-browser-languagedetector'
import { initReactI18next } from 'react-i18next'
import { LANGUAGE_STORAGE_KEY, UI_LANGUAGES, type UiLanguage } from '@/config/languages'
import { en } from '@/config/locales/en'
import { ru } from '@/config/locales/ru'
import { zh } from '@/config/locales/zh'

// The UI language: a choice made in this browser (localStorage) wins, then the browser's languages;
// English when none is supported. `zh-CN`, `ru-RU` etc. map to their base language.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, zh: { translation: zh }, ru: { translation: ru } },
    supportedLngs: UI_LANGUAGES.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: LANGUAGE_STORAGE_KEY,
      caches: ['localStorage'],
    },
    returnNull: false,
  })

function applyDocumentLanguage(language: string) {
  document.documentElement.lang = language
}
applyDocumentLanguage(currentLanguage())
i18n.on('languageChanged', applyDocumentLanguage)

/** The resolved UI language (never a regional variant). */
export function currentLanguage(): UiLanguage {
  const resolved = (i18n.resolvedLanguage ?? i18n.language ?? 'en').split('-')[0]
  return (UI_LANGUAGES.some((l) => l.code === resolved) ? resolved : 'en') as UiLanguage
}

export { i18n }
