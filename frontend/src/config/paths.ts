// Every route of the app in one place; links and the router both read from here.
export const paths = {
  home: '/',
  login: '/login',
  register: '/register',
  profile: '/profile',
  staffInstitutions: '/staff/institutions',
  adminUsers: '/admin/users',
  catalog: '/catalog',
  listing: '/catalog/:id',
  search: '/search',
  myListings: '/my/listings',
  newListing: '/my/listings/new',
  editListing: '/my/listings/:id/edit',
  reviewQueue: '/staff/review',
  review: '/staff/review/:id',
  catalogImport: '/staff/import',
  // Needs and matchmaking (issue 5)
  needsBoard: '/needs',
  need: '/needs/:id',
  myNeeds: '/my/needs',
  newNeed: '/my/needs/new',
  editNeed: '/my/needs/:id/edit',
  demand: '/my/demand',
  savedSearches: '/my/searches',
  brokering: '/staff/brokering',
  // Transfers and goals (issue 6)
  applyTransfer: '/catalog/:id/apply',
  myTransfers: '/my/applications',
  providerInbox: '/my/inbox',
  staffTransfers: '/staff/transfers',
  transfer: '/transfers/:id',
  dashboard: '/staff/dashboard',
  impact: '/impact',
  notifications: '/notifications',
} as const

export type AppPath = (typeof paths)[keyof typeof paths]

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))
export const listingPath = (id: string) => withId(paths.listing, id)
export const editListingPath = (id: string) => withId(paths.editListing, id)
export const reviewPath = (id: string) => withId(paths.review, id)
export const searchPath = (q: string) => `${paths.search}?${new URLSearchParams({ q })}`

// Needs and matchmaking (issue 5)
export const needPath = (id: string) => withId(paths.need, id)
export const editNeedPath = (id: string) => withId(paths.editNeed, id)

// Transfers and goals (issue 6)
export const transferPath = (id: string) => withId(paths.transfer, id)
export const applyPath = (listingId: string, needId?: string) =>
  withId(paths.applyTransfer, listingId) + (needId ? `?${new URLSearchParams({ need: needId })}` : '')
