import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorAlert } from '@/components/ui/feedback'
import { TextField } from '@/components/ui/field'
import type { User } from '@/types/api'
import { fromZod, type FormErrors } from '@/utils/form-errors'
import { loginInputSchema, useLogin } from '../api/login'

export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation()
  const login = useLogin(onSuccess)
  const [errors, setErrors] = useState<FormErrors>({})

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const parsed = loginInputSchema.safeParse({ username: data.get('username'), password: data.get('password') })
    if (!parsed.success) {
      setErrors(fromZod(parsed.error))
      return
    }
    setErrors({})
    login.mutate(parsed.data)
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      {login.isError && <ErrorAlert error={login.error} />}
      <TextField label={t('login.username')} name="username" autoComplete="username" required error={errors.username} autoFocus />
      <TextField label={t('login.password')} name="password" type="password" autoComplete="current-password" required error={errors.password} />
      <button type="submit" className="btn btn--primary btn--block" disabled={login.isPending}>
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  )
}
