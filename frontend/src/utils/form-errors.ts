import type { ZodError } from 'zod'
import type { ApiError } from '@/lib/api-client'

// A field's message is either an i18n key (our own client-side checks) or text the server wrote.
// Keeping them apart means server text is never looked up as a translation key.
export type FieldMessage = { key: string } | { text: string }
export type FormErrors = Record<string, FieldMessage>

export function fromZod(error: ZodError): FormErrors {
  const errors: FormErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.')
    errors[field] ??= { key: issue.message }
  }
  return errors
}

export function fromApi(error: ApiError): FormErrors {
  const errors: FormErrors = {}
  for (const { field, message } of error.fieldErrors) {
    const existing = errors[field]
    errors[field] = existing && 'text' in existing ? { text: `${existing.text} ${message}` } : { text: message }
  }
  return errors
}
