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

/** Server messages may be fragments ("must not be blank"): show them as sentences. */
function sentence(message: string): string {
  const text = message.trim()
  return text.charAt(0).toLocaleUpperCase() + text.slice(1)
}

export function fromApi(error: ApiError): FormErrors {
  const errors: FormErrors = {}
  for (const { field, message: raw } of error.fieldErrors) {
    const message = sentence(raw)
    const existing = errors[field]
    errors[field] = existing && 'text' in existing ? { text: `${existing.text} ${message}` } : { text: message }
  }
  return errors
}
