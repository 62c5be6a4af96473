import { describe, expect, it } from 'vitest'
import type { ListingContent } from '@/types/catalog'
import { fromContent, toContent } from './form-state'

const content: ListingContent = {
  language: 'zh', title: '眼底筛查', summary: '筛查', description: '说明', keywords: ['眼底'],
  translations: { ru: { title: 'Скрининг', summary: 'Кратко', description: null, keywords: ['сетчатка'], source: 'STAFF_REVIEWED' } },
  diseaseAreas: ['DIABETES'], technologyType: 'DIAGNOSTIC', trl: 8, transferModes: ['TRAINING'],
  ip: { patents: [{ number: 'CN1', office: 'CNIPA', status: 'GRANTED' }], regulatoryStatus: { CN: 'REGISTERED' } },
  targetCountries: ['CN', 'KZ'], trainingLanguages: ['zh'],
}

describe('listing form state', () => {
  it('round-trips translations, patents, regulatory status and target countries', () => {
    const back = toContent(fromContent(content), content)
    expect(back.translations).toEqual({ ru: { title: 'Скрининг', summary: 'Кратко', description: null, keywords: ['сетчатка'], source: 'STAFF_REVIEWED' } })
    expect(back.ip).toEqual(content.ip)
    expect(back.targetCountries).toEqual(['CN', 'KZ'])
  })

  it('drops the staff review of a translation the provider changed', () => {
    const form = fromContent(content)
    form.translations.ru = { ...form.translations.ru, title: 'Скрининг сетчатки' }
    expect(toContent(form, content).translations.ru).not.toHaveProperty('source')
  })

  it('leaves out empty patent rows and unstated regulatory statuses, and IP altogether when nothing is left', () => {
    const form = fromContent({ ...content, ip: null })
    form.patents = [{ number: ' ', office: '', status: 'FILED' }]
    form.regulatoryStatus = { KZ: '' }
    expect(toContent(form, content).ip).toBeNull()
    form.regulatoryStatus = { KZ: 'PENDING' }
    expect(toContent(form, content).ip).toEqual({ patents: [], regulatoryStatus: { KZ: 'PENDING' } })
  })
})
