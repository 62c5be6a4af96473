import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListingView } from '@/types/catalog'
import { useCodeLabels } from './code-labels'

// The structured parts of a listing (classification, clinical data, requirements, the transfer
// package, IP). All text is rendered as text: HTML a provider typed shows as typed.

function Row({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || (Array.isArray(children) && children.length === 0)) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )
}

const list = (items?: string[] | null) => (items && items.length ? items.join(', ') : null)

export function ListingSections({ listing }: { listing: ListingView }) {
  const { t } = useTranslation()
  const labels = useCodeLabels()
  const { clinical, requirements: req, transferIncludes: pkg, ip } = listing
  return (
    <>
      <section aria-labelledby="sec-class" className="listing-section">
        <h2 id="sec-class">{t('listing.classification')}</h2>
        <dl className="facts">
          <Row label={t('listing.diseaseAreas')}>{listing.diseaseAreas.map((c) => labels.code('diseaseArea', c)).join(', ')}</Row>
          <Row label={t('listing.type')}>{listing.technologyType ? labels.code('type', listing.technologyType) : null}</Row>
          <Row label={t('listing.trl')}>{listing.trl}</Row>
          <Row label={t('listing.modes')}>{listing.transferModes.map((c) => labels.code('mode', c)).join(', ')}</Row>
          <Row label={t('listing.keywords')}>{list(listing.keywords)}</Row>
          <Row label={t('listing.targetCountries')}>{listing.targetCountries.map(labels.country).join(', ')}</Row>
          <Row label={t('listing.trainingLanguages')}>{list(listing.trainingLanguages.map(labels.language))}</Row>
        </dl>
      </section>
      {clinical && (
        <section aria-labelledby="sec-clinical" className="listing-section">
          <h2 id="sec-clinical">{t('listing.clinical')}</h2>
          <dl className="facts">
            <Row label={t('listing.indication')}>{clinical.indication}</Row>
            <Row label={t('listing.evidenceLevel')}>{clinical.evidenceLevel}</Row>
            <Row label={t('listing.outcomes')}>{clinical.outcomes}</Row>
            <Row label={t('listing.learningCurve')}>{clinical.learningCurve}</Row>
            <Row label={t('listing.minimumCaseVolume')}>{clinical.minimumAnnualCaseVolume}</Row>
            <Row label={t('listing.teamRequired')}>{clinical.teamRequired}</Row>
          </dl>
        </section>
      )}
      {req && (
        <section aria-labelledby="sec-req" className="listing-section">
          <h2 id="sec-req">{t('listing.requirements')}</h2>
          <dl className="facts">
            <Row label={t('listing.equipment')}>{list(req.equipment)}</Row>
            <Row label={t('listing.staffAndSkills')}>{req.staffAndSkills}</Row>
            <Row label={t('listing.infrastructure')}>{req.infrastructure}</Row>
            <Row label={t('listing.annualPatientVolume')}>{req.annualPatientVolume}</Row>
          </dl>
        </section>
      )}
      {pkg && (
        <section aria-labelledby="sec-pkg" className="listing-section">
          <h2 id="sec-pkg">{t('listing.includes')}</h2>
          <dl className="facts">
            <Row label={t('listing.trainingDays')}>{pkg.trainingDays}</Row>
            <Row label={t('listing.trainingPlaces')}>{pkg.trainingPlaces}</Row>
            <Row label={t('listing.equipment')}>{list(pkg.equipment)}</Row>
            <Row label={t('listing.software')}>{list(pkg.software)}</Row>
            <Row label={t('listing.documents')}>{list(pkg.documents)}</Row>
            <Row label={t('listing.remoteSupport')}>{pkg.remoteSupport}</Row>
            <Row label={t('listing.costModel')}>{pkg.costModel ? labels.code('costModel', pkg.costModel) : null}</Row>
            <Row label={t('listing.terms')}>{pkg.termsNotes}</Row>
          </dl>
        </section>
      )}
      {ip && ((ip.patents?.length ?? 0) > 0 || Object.keys(ip.regulatoryStatus ?? {}).length > 0) && (
        <section aria-labelledby="sec-ip" className="listing-section">
          <h2 id="sec-ip">{t('listing.ip')}</h2>
          <dl className="facts">
            <Row label={t('listing.patents')}>
              {ip.patents?.map((p) => `${p.number} (${p.office}, ${labels.code('patentStatus', p.status)})`).join('; ')}
            </Row>
            <Row label={t('listing.regulatory')}>
              {Object.entries(ip.regulatoryStatus ?? {})
                .map(([country, status]) => `${labels.country(country)}: ${labels.code('regulatoryStatus', status)}`)
                .join('; ')}
            </Row>
          </dl>
        </section>
      )}
    </>
  )
}
