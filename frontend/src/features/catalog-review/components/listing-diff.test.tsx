import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import '@/lib/i18n'
import type { ListingContent } from '@/types/catalog'
import { diffRows, ListingDiff } from './listing-diff'

const content = (overrides: Partial<ListingContent> = {}): ListingContent => ({
  language: 'ru',
  title: 'Скрининг ретинопатии',
  summary: 'Кратко',
  description: 'Описание',
  keywords: ['скрининг'],
  translations: {},
  diseaseAreas: ['DIABETES'],
  technologyType: 'DIAGNOSTIC',
  trl: 7,
  transferModes: ['TRAINING'],
  requirements: { equipment: ['фундус-камера'], annualPatientVolume: 1000 },
  targetCountries: ['RU'],
  trainingLanguages: [],
  ...overrides,
})

describe('listing diff', () => {
  it('pairs the published and revised value of every field and marks the changed ones', () => {
    const rows = diffRows(content(), content({ title: 'Новое название', trl: 8, requirements: { equipment: ['фундус-камера', 'ОКТ'] } }))
    const changed = rows.filter((r) => r.changed).map((r) => r.field)
    expect(changed).toEqual(['title', 'trl', 'requirements.annualPatientVolume', 'requirements.equipment'])
    expect(rows.find((r) => r.field === 'requirements.equipment')).toMatchObject({ before: 'фундус-камера', after: 'фундус-камера, ОКТ' })
  })

  it('shows both versions side by side, as text', () => {
    const { container } = render(
      <ListingDiff published={content()} revision={content({ description: '<img src=x onerror=alert(1)>' })} />,
    )
    expect(screen.getByText('Fields changed: 1')).toBeInTheDocument()
    const row = container.querySelector('[data-changed="true"]')!
    expect(row.textContent).toContain('Description')
    expect(row.textContent).toContain('Описание')
    expect(row.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(container.querySelector('img')).toBeNull()
  })
})
