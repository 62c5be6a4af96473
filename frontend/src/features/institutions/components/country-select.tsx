import { useMemo, type SelectHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import { SelectField } from '@/components/ui/field'
import { currentLanguage } from '@/lib/i18n'
import type { CountryGroup } from '@/types/api'
import type { FieldMessage } from '@/utils/form-errors'
import { countryName } from '@/utils/format'
import { useCountries } from '../api/get-countries'

const GROUP_ORDER: CountryGroup[] = ['MEMBER', 'OBSERVER', 'DIALOGUE_PARTNER', 'OTHER']

type Props = { label: string; error?: FieldMessage } & SelectHTMLAttributes<HTMLSelectElement>

/** Countries grouped SCO members first, each group sorted by its name in the UI language. */
export function CountrySelect({ label, error, ...select }: Props) {
  const { t } = useTranslation()
  const countries = useCountries()
  const language = currentLanguage()

  const groups = useMemo(() => {
    const collator = new Intl.Collator(language)
    return GROUP_ORDER.map((group) => ({
      group,
      options: (countries.data ?? [])
        .filter((c) => c.group === group)
        .map((c) => ({ code: c.code, name: countryName(c.code, language) }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    })).filter((g) => g.options.length > 0)
  }, [countries.data, language])

  return (
    <SelectField label={label} error={error} disabled={countries.isPending} {...select}>
      <option value="">{countries.isPending ? t('common.loading') : t('register.countryPlaceholder')}</option>
      {groups.map(({ group, options }) => (
        <optgroup key={group} label={t(`countryGroups.${group}`)}>
          {options.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  )
}
