import { useTranslation } from 'react-i18next'
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { CONTENT_LANGUAGES } from '@/config/languages'
import { useCatalogCodes } from '@/features/catalog/api/get-codes'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import type { StepProps, TextKey } from './form-state'
import { IpEditor, TargetCountries, TranslationsEditor } from './listing-form-extras'

export type { StepProps } from './form-state'

/** Props for a text input bound to one key of the form. */
function useBind({ form, set, error }: StepProps) {
  return (key: TextKey) => ({
    name: key,
    value: form[key],
    error: error(key),
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
  })
}

export function BasicsStep(props: StepProps) {
  const { t } = useTranslation()
  const bind = useBind(props)
  return (
    <>
      <SelectField label={t('editor.language')} hint={t('editor.languageHint')} {...bind('language')}>
        {CONTENT_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </SelectField>
      <TextField label={t('editor.title')} maxLength={300} {...bind('title')} />
      <TextAreaField label={t('editor.summary')} hint={t('editor.summaryHint')} rows={3} maxLength={500} {...bind('summary')} />
      <TextAreaField label={t('editor.description')} rows={8} {...bind('description')} />
      <TextField label={t('editor.keywords')} hint={t('editor.commaHint')} optional {...bind('keywords')} />
      <TranslationsEditor {...props} />
    </>
  )
}

export function ClassificationStep(props: StepProps) {
  const { t } = useTranslation()
  const { form, set, error } = props
  const codes = useCatalogCodes().data
  const labels = useCodeLabels()
  const bind = useBind(props)
  return (
    <>
      <CheckboxGroup
        legend={t('listing.diseaseAreas')}
        options={(codes?.diseaseAreas ?? []).map((c) => ({ value: c, label: labels.code('diseaseArea', c) }))}
        value={form.diseaseAreas}
        onChange={(v) => set('diseaseAreas', v)}
        error={error('diseaseAreas')}
      />
      <SelectField label={t('listing.type')} {...bind('technologyType')}>
        <option value="">{t('editor.choose')}</option>
        {(codes?.technologyTypes ?? []).map((c) => (
          <option key={c} value={c}>
            {labels.code('type', c)}
          </option>
        ))}
      </SelectField>
      <SelectField label={t('listing.trl')} hint={t('editor.trlHint')} {...bind('trl')}>
        <option value="">{t('editor.choose')}</option>
        {(codes?.trl ?? []).map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend={t('listing.modes')}
        options={(codes?.transferModes ?? []).map((c) => ({ value: c, label: labels.code('mode', c) }))}
        value={form.transferModes}
        onChange={(v) => set('transferModes', v)}
        error={error('transferModes')}
      />
    </>
  )
}

export function DetailsStep(props: StepProps) {
  const { t } = useTranslation()
  const codes = useCatalogCodes().data
  const labels = useCodeLabels()
  const bind = useBind(props)
  return (
    <>
      <fieldset className="form__section">
        <legend>{t('listing.requirements')}</legend>
        <TextAreaField label={t('listing.equipment')} hint={t('editor.linesHint')} optional {...bind('requirements.equipment')} />
        <TextAreaField label={t('listing.staffAndSkills')} optional {...bind('requirements.staffAndSkills')} />
        <TextAreaField label={t('listing.infrastructure')} optional {...bind('requirements.infrastructure')} />
        <TextField label={t('listing.annualPatientVolume')} inputMode="numeric" optional {...bind('requirements.annualPatientVolume')} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('listing.includes')}</legend>
        <div className="grid-2">
          <TextField label={t('listing.trainingDays')} inputMode="numeric" optional {...bind('transferIncludes.trainingDays')} />
          <TextField label={t('listing.trainingPlaces')} inputMode="numeric" optional {...bind('transferIncludes.trainingPlaces')} />
        </div>
        <TextAreaField label={t('listing.remoteSupport')} optional {...bind('transferIncludes.remoteSupport')} />
        <SelectField label={t('listing.costModel')} optional {...bind('transferIncludes.costModel')}>
          <option value="">{t('editor.choose')}</option>
          {(codes?.costModels ?? []).map((c) => (
            <option key={c} value={c}>
              {labels.code('costModel', c)}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t('listing.terms')} optional {...bind('transferIncludes.termsNotes')} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('listing.clinical')}</legend>
        <TextAreaField label={t('listing.indication')} optional {...bind('clinical.indication')} />
        <TextField label={t('listing.evidenceLevel')} optional {...bind('clinical.evidenceLevel')} />
        <TextAreaField label={t('listing.outcomes')} optional {...bind('clinical.outcomes')} />
      </fieldset>
      <IpEditor {...props} />
    </>
  )
}

export function ContactStep(props: StepProps) {
  const { t } = useTranslation()
  const bind = useBind(props)
  return (
    <>
      <p className="muted">{t('editor.contactHint')}</p>
      <TextField label={t('editor.contactName')} autoComplete="name" optional {...bind('contact.name')} />
      <TextField label={t('editor.contactPosition')} optional {...bind('contact.position')} />
      <TextField label={t('editor.contactEmail')} type="email" autoComplete="email" optional {...bind('contact.email')} />
      <TextField label={t('editor.contactPhone')} type="tel" autoComplete="tel" optional {...bind('contact.phone')} />
      <TextField label={t('listing.trainingLanguages')} hint={t('editor.languagesHint')} optional {...bind('trainingLanguages')} />
      <TargetCountries {...props} />
    </>
  )
}
