import { useTranslation } from 'react-i18next'
import { CONTENT_LANGUAGES } from '@/config/languages'
import { currentLanguage } from '@/lib/i18n'
import { countryName } from '@/utils/format'

export type CodeKind = 'diseaseArea' | 'type' | 'mode' | 'status' | 'costModel' | 'patentStatus' | 'regulatoryStatus'

/** Labels for the API's codes in the UI language; an unknown (newer) code shows as itself. */
export function useCodeLabels() {
  const { t } = useTranslation()
  const lang = currentLanguage()
  return {
    code: (kind: CodeKind, code: string) => t(`codes.${kind}.${code}`, { defaultValue: code }),
    country: (code: string) => countryName(code, lang),
    language: (code: string) => languageName(code),
  }
}

/** A content language by its own name (data, not translated); other tags as they are. */
export function languageName(code: string): string {
  return CONTENT_LANGUAGES.find((l) => l.code === code.split('-')[0])?.name ?? code
}
