import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type { FieldMessage } from '@/utils/form-errors'

type FieldFrameProps = {
  label: string
  hint?: string
  error?: FieldMessage
  optional?: boolean
  children: (ids: { id: string; describedBy?: string; invalid: boolean }) => ReactNode
}

// Label, control, hint and error wired together for screen readers: the hint and error are the
// control's description, and aria-invalid marks a field the user must fix.
function FieldFrame({ label, hint, error, optional, children }: FieldFrameProps) {
  const { t } = useTranslation()
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      {children({ id, describedBy, invalid: !!error })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {'key' in error ? t(error.key) : error.text}
        </p>
      )}
    </div>
  )
}

type CommonProps = { label: string; hint?: string; error?: FieldMessage; optional?: boolean }

export function TextField({ label, hint, error, optional, ...input }: CommonProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />
      )}
    </FieldFrame>
  )
}

export function SelectField({
  label,
  hint,
  error,
  optional,
  children,
  ...select
}: CommonProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  )
}

export function TextAreaField({
  label,
  hint,
  error,
  optional,
  ...textarea
}: CommonProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame label={label} hint={hint} error={error} optional={optional}>
      {({ id, describedBy, invalid }) => (
        <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} rows={4} {...textarea} />
      )}
    </FieldFrame>
  )
}

/** Checkboxes for a multiple choice, as one fieldset whose error describes the group. */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  error,
}: {
  legend: string
  options: { value: string; label: string }[]
  value: string[]
  onChange: (value: string[]) => void
  error?: FieldMessage
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <fieldset className={`form__section checkbox-group${error ? ' field--invalid' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="choice choice--inline">
            <input
              type="checkbox"
              value={option.value}
              checked={value.includes(option.value)}
              aria-invalid={error ? true : undefined}
              onChange={(e) => onChange(e.target.checked ? [...value, option.value] : value.filter((v) => v !== option.value))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {'key' in error ? t(error.key) : error.text}
        </p>
      )}
    </fieldset>
  )
}
