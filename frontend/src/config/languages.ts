// Languages of the UI (fully translated) and languages a person may prefer for content (the portal's
// search and listings cover all SCO languages). Names are endonyms: each is written in itself, so
// they are data, not translatable text.

export const UI_LANGUAGES = [
  { code: 'zh', name: '中文' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
] as const

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code']

export const CONTENT_LANGUAGES = [
  { code: 'zh', name: '中文' },
  { code: 'ru', name: 'Русский' },
  { code: 'en', name: 'English' },
  { code: 'kk', name: 'Қазақша' },
  { code: 'uz', name: 'Oʻzbekcha' },
  { code: 'ky', name: 'Кыргызча' },
  { code: 'tg', name: 'Тоҷикӣ' },
  { code: 'fa', name: 'فارسی' },
  { code: 'hi', name: 'हिन्दी' },
  { code: 'ur', name: 'اردو' },
  { code: 'be', name: 'Беларуская' },
] as const

export function isUiLanguage(code: string | undefined | null): code is UiLanguage {
  return UI_LANGUAGES.some((l) => l.code === code)
}

/** localStorage key that remembers the UI language chosen in this browser. */
export const LANGUAGE_STORAGE_KEY = 'transferhub.language'
