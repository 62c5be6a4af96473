import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { CheckboxGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field'
import { ErrorAlert } from '@/components/ui/feedback'
import { CONTENT_LANGUAGES } from '@/config/languages'
import { needPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { CountrySelect } from '@/features/institutions/components/country-select'
import { isApiError } from '@/lib/api-client'
import { currentLanguage } from '@/lib/i18n'
import { CARE_SETTINGS, DISEASE_AREAS, TECHNOLOGY_TYPES, TRANSFER_MODES, VISIBILITIES, type NeedView } from '@/types/needs'
import { fromApi, type FieldMessage, type FormErrors } from '@/utils/form-errors'
import { getNeed } from '../api/get-need'
import { useOpenNeed, useSaveNeed } from '../api/save-need'
import { checkNeed, emptyNeedState, inputOf, needStateOf, toNeedForm, type NeedFormState } from './need-form-state'

/** Post a need (no `need`) or edit a draft or open one; a stale edit (409) offers the latest version. */
export function NeedForm({ need }: { need?: NeedView }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const navigate = useNavigate()
  const [form, setForm] = useState<NeedFormState>(() => (need ? needStateOf(need) : emptyNeedState(currentLanguage())))
  const [version, setVersion] = useState(need?.version)
  const [errors, setErrors] = useState<FormErrors>({})
  const save = useSaveNeed()
  const open = useOpenNeed()
  const failure = save.error ?? open.error
  const stale = isApiError(failure) && failure.status === 409 && failure.type.endsWith(':stale-version')

  const set = <K extends keyof NeedFormState>(key: K, value: NeedFormState[K]) => {
    setForm((f) => ({ ...f, [key]: value }))
    setErrors((e) => {
      const { [key]: _, ...rest } = e
      return rest
    })
  }
  const error = (key: string): FieldMessage | undefined => errors[key]
  const text = (key: keyof NeedFormState) => ({
    value: form[key] as string,
    error: error(key),
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  })

  async function submit(event: FormEvent<HTMLFormElement>, andOpen: boolean) {
    event.preventDefault()
    const own = checkNeed(form)
    if (Object.keys(own).length > 0) {
      setErrors(own)
      return
    }
    try {
      const saved = await save.mutateAsync({ id: need?.id, form: toNeedForm(form, need ? version : undefined) })
      setVersion(saved.version)
      if (andOpen && saved.status === 'DRAFT') await open.mutateAsync(saved.id)
      navigate(needPath(saved.id))
    } catch (e) {
      if (isApiError(e) && e.fieldErrors.length > 0) {
        const mapped: FormErrors = {}
        for (const [field, message] of Object.entries(fromApi(e))) {
          const input = inputOf(field)
          const existing = mapped[input]
          mapped[input] = existing && 'text' in existing && 'text' in message ? { text: `${existing.text} ${message.text}` } : message
        }
        setErrors(mapped)
      }
    }
  }

  async function loadLatest() {
    if (!need) return
    const latest = await getNeed(need.id)
    setForm(needStateOf(latest))
    setVersion(latest.version)
    save.reset()
  }

  const options = (kind: 'diseaseArea' | 'type' | 'mode', codes: readonly string[]) =>
    codes.map((c) => ({ value: c, label: labels.code(kind, c) }))
  const draft = !need || need.status === 'DRAFT'

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e, false)}>
      {failure && (
        <div className={stale ? 'alert alert--warning' : undefined}>
          <ErrorAlert error={failure} />
          {stale && (
            <>
              <p>{t('needs.form.staleHelp')}</p>
              <button type="button" className="btn btn--secondary" onClick={() => void loadLatest()}>
                {t('needs.form.loadLatest')}
              </button>
            </>
          )}
        </div>
      )}
      <fieldset className="form__section">
        <legend>{t('needs.form.problem')}</legend>
        <TextField label={t('needs.field.title')} optional maxLength={200} {...text('title')} />
        <TextAreaField label={t('needs.field.problemStatement')} hint={t('needs.form.anyLanguage')} rows={6} {...text('problemStatement')} />
        <SelectField label={t('needs.field.language')} {...text('language')}>
          {CONTENT_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>{l.name}</option>
          ))}
        </SelectField>
        <CheckboxGroup legend={t('needs.field.diseaseAreas')} options={options('diseaseArea', DISEASE_AREAS)} value={form.diseaseAreas} onChange={(v) => set('diseaseAreas', v)} error={error('diseaseAreas')} />
        <CheckboxGroup legend={t('needs.field.technologyTypes')} options={options('type', TECHNOLOGY_TYPES)} value={form.technologyTypes} onChange={(v) => set('technologyTypes', v)} error={error('technologyTypes')} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('needs.form.site')}</legend>
        <CountrySelect label={t('needs.field.country')} {...text('country')} />
        <TextField label={t('needs.field.region')} optional {...text('region')} />
        <SelectField label={t('needs.field.careSetting')} {...text('careSetting')}>
          <option value="">{t('needs.form.choose')}</option>
          {CARE_SETTINGS.map((c) => (
            <option key={c} value={c}>{t(`needs.careSetting.${c}`)}</option>
          ))}
        </SelectField>
        <TextField label={t('needs.field.patientsPerYear')} optional inputMode="numeric" {...text('patientsPerYear')} />
        <TextAreaField label={t('needs.field.equipment')} hint={t('needs.form.onePerLine')} optional {...text('equipment')} />
        <TextAreaField label={t('needs.field.specialists')} hint={t('needs.form.onePerLine')} optional {...text('specialists')} />
        <TextAreaField label={t('needs.field.it')} hint={t('needs.form.onePerLine')} optional {...text('it')} />
        <TextAreaField label={t('needs.field.lab')} hint={t('needs.form.onePerLine')} optional {...text('lab')} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('needs.form.terms')}</legend>
        <TextField label={t('needs.field.budgetMin')} optional inputMode="decimal" {...text('budgetMin')} />
        <TextField label={t('needs.field.budgetMax')} optional inputMode="decimal" {...text('budgetMax')} />
        <TextField label={t('needs.field.currency')} maxLength={3} {...text('currency')} />
        <CheckboxGroup legend={t('needs.field.transferModes')} options={options('mode', TRANSFER_MODES)} value={form.transferModes} onChange={(v) => set('transferModes', v)} error={error('transferModes')} />
        <SelectField label={t('needs.field.minimumTrl')} optional {...text('minimumTrl')}>
          <option value="">{t('needs.form.noMinimum')}</option>
          {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
            <option key={n} value={String(n)}>{n}</option>
          ))}
        </SelectField>
        <CheckboxGroup
          legend={t('needs.field.staffLanguages')}
          options={CONTENT_LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
          value={form.staffLanguages}
          onChange={(v) => set('staffLanguages', v)}
          error={error('staffLanguages')}
        />
        <TextField label={t('needs.field.timeline')} optional maxLength={200} {...text('timeline')} />
      </fieldset>
      <fieldset className="form__section">
        <legend>{t('needs.field.visibility')}</legend>
        {VISIBILITIES.map((v) => (
          <label key={v} className="choice">
            <input type="radio" name="visibility" value={v} checked={form.visibility === v} onChange={() => set('visibility', v)} />
            <span>
              <strong>{t(`needs.visibility.${v}`)}</strong> — {t(`needs.visibilityHelp.${v}`)}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="btn btn--secondary" disabled={save.isPending || open.isPending}>
          {draft ? t('needs.form.saveDraft') : t('needs.form.save')}
        </button>
        {draft && (
          <button type="button" className="btn btn--primary" disabled={save.isPending || open.isPending} onClick={(e) => void submit(e as unknown as FormEvent<HTMLFormElement>, true)}>
            {t('needs.form.saveAndOpen')}
          </button>
        )}
      </div>
    </form>
  )
}
