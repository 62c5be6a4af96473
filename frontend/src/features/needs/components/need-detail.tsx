import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ErrorAlert } from '@/components/ui/feedback'
import { editNeedPath, listingPath } from '@/config/paths'
import { useCodeLabels } from '@/features/catalog/components/code-labels'
import { currentLanguage } from '@/lib/i18n'
import type { NeedView } from '@/types/needs'
import { formatDate, formatNumber } from '@/utils/format'
import { useOpenNeed } from '../api/save-need'
import { CLOSABLE, CloseNeedForm } from './close-need-form'
import { NeedBadges } from './need-status'

/** A need as its viewer may see it (the server hides what they may not), with the owner's actions. */
export function NeedDetail({ need }: { need: NeedView }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const open = useOpenNeed()
  const lang = currentLanguage()
  const c = need.content
  const site = [...c.site.equipment, ...c.site.specialists, ...c.site.it, ...c.site.lab]
  const rows: [string, string | null][] = [
    [t('needs.field.diseaseAreas'), c.diseaseAreas.map((a) => labels.code('diseaseArea', a)).join(', ')],
    [t('needs.field.technologyTypes'), c.technologyTypes.map((a) => labels.code('type', a)).join(', ') || null],
    [t('needs.field.country'), [labels.country(c.country), c.region].filter(Boolean).join(' · ')],
    [t('needs.field.careSetting'), t(`needs.careSetting.${c.careSetting}`)],
    [t('needs.field.patientsPerYear'), c.patientsPerYear === null ? null : formatNumber(c.patientsPerYear, lang)],
    [t('needs.form.site'), site.join(', ') || null],
    [
      t('needs.field.budget'),
      c.budget ? `${c.budget.min === null ? '…' : formatNumber(c.budget.min, lang)} – ${c.budget.max === null ? '…' : formatNumber(c.budget.max, lang)} ${c.budget.currency}` : null,
    ],
    [t('needs.field.transferModes'), c.transferModes.map((m) => labels.code('mode', m)).join(', ') || null],
    [t('needs.field.minimumTrl'), c.minimumTrl === null ? null : String(c.minimumTrl)],
    [t('needs.field.staffLanguages'), c.staffLanguages.map(labels.language).join(', ') || null],
    [t('needs.field.timeline'), c.timeline],
    [t('needs.field.expires'), need.status === 'OPEN' && need.expiresAt ? formatDate(need.expiresAt, lang) : null],
    [t('needs.close.outcome'), need.outcome ? t(`needs.outcome.${need.outcome}`) : null],
    [t('needs.close.note'), need.outcomeNote],
  ]
  return (
    <section className="need-detail">
      <p>
        <NeedBadges status={need.status} visibility={need.visibility} />
      </p>
      <p className="need-detail__statement" lang={c.language}>{c.problemStatement}</p>
      <dl className="facts">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {need.status === 'MATCHED' && need.matchedListingId && (
        <p className="need-detail__matched">
          {t('needs.matchedWith')} <Link to={listingPath(need.matchedListingId)}>{t('needs.viewMatchedListing')}</Link>
        </p>
      )}
      {need.own && (
        <p className="actions">
          {(need.status === 'DRAFT' || need.status === 'OPEN') && (
            <Link className="btn btn--secondary" to={editNeedPath(need.id)}>{t('needs.edit')}</Link>
          )}{' '}
          {(need.status === 'DRAFT' || need.status === 'EXPIRED') && (
            <button type="button" className="btn btn--primary" disabled={open.isPending} onClick={() => open.mutate(need.id)}>
              {t('needs.open')}
            </button>
          )}
        </p>
      )}
      {need.own && CLOSABLE.includes(need.status) && <CloseNeedForm key={need.status} need={need} />}
      {open.isError && <ErrorAlert error={open.error} />}
    </section>
  )
}
