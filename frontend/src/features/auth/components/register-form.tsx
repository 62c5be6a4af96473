import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { SelectField, TextField } from '@/components/ui/field'
import { CONTENT_LANGUAGES } from '@/config/languages'
import { CountrySelect } from '@/features/institutions/components/country-select'
import { InstitutionSearch } from '@/features/institutions/components/institution-search'
import { isApiError } from '@/lib/api-client'
import { currentLanguage } from '@/lib/i18n'
import { INSTITUTION_TYPES, SELF_SERVICE_ROLES, type User } from '@/types/api'
import { fromApi, fromZod, type FormErrors } from '@/utils/form-errors'
import { registerInputSchema, useRegister } from '../api/register'

type Mode = 'existing' | 'new'
const EMPTY_INSTITUTION = { name: '', nameLatin: '', country: '', type: '', city: '', website: '' }

export function RegisterForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation()
  const registration = useRegister(onSuccess)
  const form = useRef<HTMLFormElement>(null)
  const [account, setAccount] = useState({ username: '', displayName: '', email: '', password: '', language: currentLanguage() as string })
  const [roles, setRoles] = useState<string[]>([])
  const [mode, setMode] = useState<Mode>('new')
  const [institutionId, setInstitutionId] = useState<string>()
  const [institution, setInstitution] = useState(EMPTY_INSTITUTION)
  const [errors, setErrors] = useState<FormErrors>({})

  // Move keyboard focus to the first field that needs fixing.
  useEffect(() => {
    if (Object.keys(errors).length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [errors])

  useEffect(() => {
    if (registration.error && isApiError(registration.error) && registration.error.fieldErrors.length) {
      setErrors(fromApi(registration.error))
    }
  }, [registration.error])

  const accountField = (name: keyof typeof account) => ({
    name,
    value: account[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setAccount((a) => ({ ...a, [name]: e.target.value })),
  })
  const institutionField = (name: keyof typeof institution) => ({
    name: `newInstitution.${name}`,
    value: institution[name],
    error: errors[`newInstitution.${name}`],
    onChange: (e: { target: { value: string } }) => setInstitution((i) => ({ ...i, [name]: e.target.value })),
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = registerInputSchema.safeParse({
      ...account,
      roles,
      ...(mode === 'existing' ? { institutionId } : { newInstitution: institution }),
    })
    if (!parsed.success) {
      setErrors(fromZod(parsed.error))
      return
    }
    setErrors({})
    registration.mutate(parsed.data)
  }

  return (
    <form ref={form} className="form" onSubmit={submit} noValidate>
      {registration.isError && <ErrorAlert error={registration.error} />}

      <fieldset className="form__section">
        <legend>{t('register.accountLegend')}</legend>
        <TextField label={t('register.username')} hint={t('register.usernameHint')} autoComplete="username" {...accountField('username')} />
        <TextField label={t('register.displayName')} autoComplete="name" {...accountField('displayName')} />
        <TextField label={t('register.email')} type="email" autoComplete="email" {...accountField('email')} />
        <TextField label={t('register.password')} hint={t('register.passwordRules')} type="password" autoComplete="new-password" {...accountField('password')} />
        <SelectField label={t('register.language')} {...accountField('language')}>
          {CONTENT_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.name}
            </option>
          ))}
        </SelectField>
      </fieldset>

      <fieldset className="form__section" aria-describedby={errors.roles ? 'roles-error' : undefined}>
        <legend>{t('register.rolesLegend')}</legend>
        {SELF_SERVICE_ROLES.map((role) => (
          <label key={role} className="choice">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={roles.includes(role)}
              aria-invalid={errors.roles ? true : undefined}
              onChange={(e) => setRoles((r) => (e.target.checked ? [...r, role] : r.filter((x) => x !== role)))}
            />
            <span>
              <strong>{t(`roles.${role}`)}</strong>
              <br />
              <span className="muted">{t(role === 'PROVIDER' ? 'register.roleProviderHint' : 'register.roleRequesterHint')}</span>
            </span>
          </label>
        ))}
        {errors.roles && (
          <p id="roles-error" className="field__error">
            {'key' in errors.roles ? t(errors.roles.key) : errors.roles.text}
          </p>
        )}
      </fieldset>

      <fieldset className="form__section">
        <legend>{t('register.institutionLegend')}</legend>
        <div className="segmented">
          {(['new', 'existing'] as const).map((m) => (
            <label key={m} className="choice choice--inline">
              <input type="radio" name="institutionMode" value={m} checked={mode === m} onChange={() => setMode(m)} />
              <span>{t(m === 'new' ? 'register.modeNew' : 'register.modeExisting')}</span>
            </label>
          ))}
        </div>
        {mode === 'existing' ? (
          <InstitutionSearch value={institutionId} onChange={setInstitutionId} error={errors.institutionId} />
        ) : (
          <div className="grid-2">
            <TextField label={t('register.instName')} {...institutionField('name')} />
            <TextField label={t('register.instNameLatin')} {...institutionField('nameLatin')} />
            <CountrySelect label={t('register.country')} {...institutionField('country')} />
            <SelectField label={t('register.type')} {...institutionField('type')}>
              <option value="">{t('register.typePlaceholder')}</option>
              {INSTITUTION_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`institutionType.${type}`)}
                </option>
              ))}
            </SelectField>
            <TextField label={t('register.city')} {...institutionField('city')} />
            <TextField label={t('register.website')} type="url" optional placeholder="https://" {...institutionField('website')} />
          </div>
        )}
        <p className="note">{t('register.verificationNote')}</p>
      </fieldset>

      <button type="submit" className="btn btn--primary btn--block" disabled={registration.isPending}>
        {registration.isPending ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  )
}
