import { describe, expect, it } from 'vitest'
import { checkNeed, emptyNeedState, inputOf, parseAmount, splitItems, toNeedForm } from './need-form-state'

const filled = () => ({
  ...emptyNeedState('ru'),
  problemStatement: '  Нужен скрининг ретинопатии  ',
  diseaseAreas: ['DIABETES'],
  country: 'UZ',
  careSetting: 'REGIONAL_HOSPITAL',
})

describe('need form state', () => {
  it('turns the inputs into the API form: lists split, numbers read, empties null', () => {
    const form = toNeedForm({ ...filled(), equipment: 'ОКТ\nфундус-камера; ', budgetMin: '1 000', budgetMax: '25000,5', patientsPerYear: '12000' }, 4)
    expect(form).toMatchObject({
      problemStatement: 'Нужен скрининг ретинопатии',
      title: null,
      region: null,
      patientsPerYear: 12000,
      site: { equipment: ['ОКТ', 'фундус-камера'], specialists: [], it: [], lab: [] },
      budget: { min: 1000, max: 25000.5, currency: 'USD' },
      staffLanguages: ['ru'],
      visibility: 'PUBLIC',
      version: 4,
    })
    expect(toNeedForm(filled()).budget).toBeNull()
    expect('version' in toNeedForm(filled())).toBe(false)
  })

  it('reads amounts as people type them and refuses what is not a number', () => {
    expect(parseAmount('')).toBeNull()
    expect(parseAmount('1 500 000')).toBe(1_500_000)
    expect(parseAmount('abc')).toBeNaN()
    expect(splitItems('a, b，c\n\n')).toEqual(['a', 'b', 'c'])
  })

  it('names each field that is missing or wrong', () => {
    expect(checkNeed(emptyNeedState('en'))).toEqual({
      problemStatement: { key: 'validation.required' },
      diseaseAreas: { key: 'validation.chooseOne' },
      country: { key: 'validation.required' },
      careSetting: { key: 'validation.required' },
    })
    expect(checkNeed({ ...filled(), budgetMin: '-5', budgetMax: '10' })).toEqual({ budgetMin: { key: 'needs.form.notNegative' } })
    expect(checkNeed({ ...filled(), budgetMin: '50', budgetMax: '10' })).toEqual({ budgetMax: { key: 'needs.form.budgetOrder' } })
    expect(checkNeed({ ...filled(), budgetMin: '5', currency: 'dollars' })).toEqual({ currency: { key: 'needs.form.currency' } })
    expect(checkNeed({ ...filled(), patientsPerYear: 'many' })).toEqual({ patientsPerYear: { key: 'needs.form.notNegative' } })
    expect(checkNeed(filled())).toEqual({})
  })

  it('shows a server field error next to the input it belongs to', () => {
    expect(inputOf('diseaseAreas[1]')).toBe('diseaseAreas')
    expect(inputOf('budget.rangeOrdered')).toBe('budgetMax')
    expect(inputOf('site.equipment[0]')).toBe('equipment')
    expect(inputOf('country')).toBe('country')
  })
})
