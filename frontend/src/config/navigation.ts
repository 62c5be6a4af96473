import type { Policy } from '@/lib/authorization'
import { paths } from './paths'

// Main navigation, declared once. A later feature (Catalog, Search, Needs, Transfers) adds one
// entry here with the policy that shows it; the layout needs no change.
export type NavItem = {
  to: string
  /** i18n key of the label */
  label: string
  /** shown only to users for whom this policy holds; omitted = everyone */
  policy?: Policy
  /** match only the exact path (for the home link) */
  end?: boolean
}

export const NAV_ITEMS: NavItem[] = [
  { to: paths.home, label: 'nav.home', end: true },
  { to: paths.catalog, label: 'nav.catalog' },
  { to: paths.impact, label: 'transfers.nav.impact' },
  { to: paths.myListings, label: 'nav.myListings', policy: 'catalog:mine' },
  { to: paths.reviewQueue, label: 'nav.reviewQueue', policy: 'catalog:review' },
  { to: paths.catalogImport, label: 'nav.catalogImport', policy: 'catalog:import' },
  { to: paths.staffInstitutions, label: 'nav.verification', policy: 'institutions:verify' },
  { to: paths.adminUsers, label: 'nav.users', policy: 'users:manage' },
  // Needs and matchmaking (issue 5)
  { to: paths.myNeeds, label: 'needs.nav.myNeeds', policy: 'needs:mine' },
  { to: paths.needsBoard, label: 'needs.nav.board', policy: 'needs:board' },
  { to: paths.demand, label: 'needs.nav.demand', policy: 'needs:demand' },
  { to: paths.brokering, label: 'needs.nav.brokering', policy: 'matching:broker' },
  // Transfers and goals (issue 6)
  { to: paths.myTransfers, label: 'transfers.nav.mine', policy: 'transfers:mine' },
  { to: paths.providerInbox, label: 'transfers.nav.inbox', policy: 'transfers:inbox' },
  { to: paths.staffTransfers, label: 'transfers.nav.queue', policy: 'transfers:review' },
  { to: paths.dashboard, label: 'transfers.nav.dashboard', policy: 'transfers:review' },
  { to: paths.savedSearches, label: 'needs.nav.savedSearches', policy: 'searches:save' },
]
