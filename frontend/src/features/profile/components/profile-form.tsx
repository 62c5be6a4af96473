import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { SelectField, TextField } from '@/components/ui/field'
import { useToast } from '@/components/ui/toast'
import { CONTENT_LANGUAGES, isUiLanguage } from '@/config/languages'
import { isApiError } from '@/lib/api-client'
import { EMAIL_FREQUENCIES, type EmailFrequency, type User } from '@/types/api'
import { fromApi, fromZod, type FormErrors } from '@/utils/form-errors'
import { updateMeInputSchema, useUpdateMe } from '../api/update-me'

export function ProfileForm({ user }: { user: User }) {
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const updateMe = useUpdateMe()
  const [displayName, setDisplayName] = useState(user.displayName)
  const [language, setLanguage] = useState(user.language)
  const [emailFrequency, setEmailFrequency] = useState<EmailFrequency>(user.emailFrequency ?? 'WEEKLY')
  const [errors, setErrors] = useState<FormErrors>({})

  function submit(event: FormEvent) {
    event.preventDefault()
    const parsed = updateMeInputSchema.safeParse({ displayName, language, emailFrequency })
    if (!parsed.success) {
      setErrors(fromZod(parsed.error))
      return
    }
    setErrors({})
    updateMe.mutate(parsed.data, {
      onSuccess: async (saved) => {
        // Confirm in the language just chosen, not the one this render captured.
        if (isUiLanguage(saved.language)) await i18n.changeLanguage(saved.language)
        toast.success(i18n.t('profile.saved'))
      },
      onError: (error) => isApiError(error) && setErrors(fromApi(error)),
    })
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {updateMe.isError && <ErrorAlert error={updateMe.error} />}
      <TextField
        label={t('profile.displayName')}
        name="displayName"
        autoComplete="name"
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
      />
      <SelectField
        label={t('profile.language')}
        hint={t('profile.languageHint')}
        name="language"
        value={language}
        onChange={(e) => setLanguage(e.target.value)}
        error={errors.language}
      >
        {CONTENT_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('profile.email.frequency')}
        hint={t('profile.email.frequencyHint')}
        name="emailFrequency"
        value={emailFrequency}
        onChange={(e) => setEmailFrequency(e.target.value as EmailFrequency)}
        error={errors.emailFrequency}
      >
        {EMAIL_FREQUENCIES.map((f) => (
          <option key={f} value={f}>
            {t(`profile.email.${f}`)}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="btn btn--primary" disabled={updateMe.isPending}>
        {updateMe.isPending ? t('common.saving') : t('common.save')}
      </button>
    </form>
  )
}
