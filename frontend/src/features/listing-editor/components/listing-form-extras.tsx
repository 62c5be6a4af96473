import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { CONTENT_LANGUAGES } from '@/config/languages'
import { useCatalogCodes } from '@/features/catalog/api/get-codes'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import type { PatentForm, StepProps, TranslationForm } from './form-state'

// The structured parts of the form: translations (basics step), patents and regulatory status
// (details step), target countries (contact step).

/** Regulatory status matters for what needs registration: devices, diagnostics and drugs. */
export const REGULATED_TYPES = ['MEDICAL_DEVICE', 'DIAGNOSTIC', 'PHARMACEUTICAL']

export function TranslationsEditor({ form, set, error }: StepProps) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const [adding, setAdding] = useState('')
  const languages = Object.keys(form.translations)
  const available = CONTENT_LANGUAGES.filter((l) => l.code !== form.language && !languages.includes(l.code))
  const update = (lang: string, patch: Partial<TranslationForm>) =>
    set('translations', { ...form.translations, [lang]: { ...form.translations[lang], ...patch, source: undefined } })
  const remove = (lang: string) => {
    const { [lang]: _, ...rest } = form.translations
    set('translations', rest)
  }
  return (
    <fieldset className="form__section">
      <legend>{t('editor.translations')}</legend>
      <p className="muted">{t('editor.translationsHint')}</p>
      {languages.map((lang) => {
        const tr = form.translations[lang]
        const field = (name: keyof TranslationForm) => ({
          name: `translations.${lang}.${name}`,
          value: tr[name] ?? '',
          error: error(`translations.${lang}.${name}`),
          onChange: (e: { target: { value: string } }) => update(lang, { [name]: e.target.value }),
        })
        return (
          <div key={lang} className="form__subsection" lang={lang}>
            <h3>
              {labels.language(lang)}{' '}
              {tr.source === 'STAFF_REVIEWED' && <span className="badge">{t('editor.reviewedByStaff')}</span>}
            </h3>
            <TextField label={t('editor.title')} maxLength={300} {...field('title')} />
            <TextAreaField label={t('editor.summary')} rows={2} maxLength={500} optional {...field('summary')} />
            <TextAreaField label={t('editor.description')} rows={5} optional {...field('description')} />
            <TextField label={t('editor.keywords')} hint={t('editor.commaHint')} optional {...field('keywords')} />
            <button type="button" className="btn btn--secondary" onClick={() => remove(lang)}>
              {t('editor.removeTranslation', { language: labels.language(lang) })}
            </button>
          </div>
        )
      })}
      {available.length > 0 && (
        <div className="inline-form">
          <SelectField label={t('editor.addTranslationIn')} optional value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('editor.choose')}</option>
            {available.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <button
            type="button"
            className="btn btn--secondary"
            disabled={!adding}
            onClick={() => {
              set('translations', { ...form.translations, [adding]: { title: '', summary: '', description: '', keywords: '' } })
              setAdding('')
            }}
          >
            {t('editor.addTranslation')}
          </button>
        </div>
      )}
    </fieldset>
  )
}

export function IpEditor({ form, set, error }: StepProps) {
  const { t } = useTranslation()
  const codes = useCatalogCodes().data
  const labels = useCodeLabels()
  const patch = (index: number, change: Partial<PatentForm>) =>
    set('patents', form.patents.map((p, i) => (i === index ? { ...p, ...change } : p)))
  return (
    <fieldset className="form__section">
      <legend>{t('listing.ip')}</legend>
      {form.patents.length === 0 && <p className="muted">{t('editor.noPatents')}</p>}
      {form.patents.map((p, i) => (
        <div key={i} className="grid-3" role="group" aria-label={t('editor.patentN', { n: i + 1 })}>
          <TextField label={t('editor.patentNumber')} value={p.number} error={error(`ip.patents[${i}].number`)}
            onChange={(e) => patch(i, { number: e.target.value })} />
          <TextField label={t('editor.patentOffice')} value={p.office} error={error(`ip.patents[${i}].office`)}
            onChange={(e) => patch(i, { office: e.target.value })} />
          <SelectField label={t('editor.patentStatus')} value={p.status} error={error(`ip.patents[${i}].status`)}
            onChange={(e) => patch(i, { status: e.target.value })}>
            {(codes?.patentStatuses ?? []).map((c) => (
              <option key={c} value={c}>{labels.code('patentStatus', c)}</option>
            ))}
          </SelectField>
          <button type="button" className="btn btn--secondary" onClick={() => set('patents', form.patents.filter((_, j) => j !== i))}>
            {t('editor.removePatent')}
          </button>
        </div>
      ))}
      <button type="button" className="btn btn--secondary"
        onClick={() => set('patents', [...form.patents, { number: '', office: '', status: codes?.patentStatuses?.[0] ?? 'FILED' }])}>
        {t('editor.addPatent')}
      </button>
      {REGULATED_TYPES.includes(form.technologyType) && (
        <table className="table">
          <caption>{t('editor.regulatoryCaption')}</caption>
          <tbody>
            {(codes?.defaultTargetCountries ?? []).map((country) => (
              <tr key={country}>
                <th scope="row">{labels.country(country)}</th>
                <td>
                  <SelectField label={t('editor.regulatoryIn', { country: labels.country(country) })} optional
                    value={form.regulatoryStatus[country] ?? ''} error={error(`ip.regulatoryStatus.${country}`)}
                    onChange={(e) => set('regulatoryStatus', { ...form.regulatoryStatus, [country]: e.target.value })}>
                    <option value="">{t('editor.notStated')}</option>
                    {(codes?.regulatoryStatuses ?? []).map((c) => (
                      <option key={c} value={c}>{labels.code('regulatoryStatus', c)}</option>
                    ))}
                  </SelectField>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </fieldset>
  )
}

export function TargetCountries({ form, set, error }: StepProps) {
  const { t } = useTranslation()
  const codes = useCatalogCodes().data
  const labels = useCodeLabels()
  return (
    <>
      <CheckboxGroup
        legend={t('listing.targetCountries')}
        options={(codes?.defaultTargetCountries ?? []).map((c) => ({ value: c, label: labels.country(c) }))}
        value={form.targetCountries}
        onChange={(v) => set('targetCountries', v)}
        error={error('targetCountries')}
      />
      <p className="muted">{t('editor.targetCountriesHint')}</p>
    </>
  )
}
