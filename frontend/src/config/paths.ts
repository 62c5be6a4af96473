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
} as const

export type AppPath = (typeof paths)[keyof typeof paths]

const withId = (path: string, id: string) => path.replace(':id', encodeURIComponent(id))
export const listingPath = (id: string) => withId(paths.listing, id)
export const editListingPath = (id: string) => withId(paths.editListing, id)
export const reviewPath = (id: string) => withId(paths.review, id)
export const searchPath = (q: string) => `${paths.search}?${new URLSearchParams({ q })}`
