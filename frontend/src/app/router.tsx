import { createBrowserRouter, type RouteObject } from 'react-router-dom'
import { AppLayout } from './layout/app-layout'
import { paths } from '@/config/paths'
import { AdminUsersRoute } from './routes/admin-users'
import { CatalogRoute } from './routes/catalog'
import { CrashRoute } from './routes/crash'
import { HomeRoute } from './routes/home'
import { ListingRoute } from './routes/listing'
import { EditListingRoute, NewListingRoute } from './routes/listing-editor'
import { LoginRoute } from './routes/login'
import { MyListingsRoute } from './routes/my-listings'
import { NotFoundRoute } from './routes/not-found'
import { ProfileRoute } from './routes/profile'
import { RegisterRoute } from './routes/register'
import { CatalogImportRoute, ReviewListingRoute, ReviewQueueRoute } from './routes/review'
import { SearchRoute } from './routes/search'
import { StaffInstitutionsRoute } from './routes/staff-institutions'
import { ApplyRoute, DashboardRoute, ImpactRoute, MyTransfersRoute, NotificationsRoute, ProviderInboxRoute, StaffTransfersRoute, TransferRoute } from './routes/transfers'
import { BrokeringRoute, DemandRoute, EditNeedRoute, MyNeedsRoute, NeedRoute, NeedsBoardRoute, NewNeedRoute, SavedSearchesRoute } from './routes/needs'

export const routes: RouteObject[] = [
  {
    path: paths.home,
    element: <AppLayout />,
    errorElement: <CrashRoute />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.login, element: <LoginRoute /> },
      { path: paths.register, element: <RegisterRoute /> },
      { path: paths.profile, element: <ProfileRoute /> },
      { path: paths.staffInstitutions, element: <StaffInstitutionsRoute /> },
      { path: paths.adminUsers, element: <AdminUsersRoute /> },
      { path: paths.catalog, element: <CatalogRoute /> },
      { path: paths.listing, element: <ListingRoute /> },
      { path: paths.search, element: <SearchRoute /> },
      { path: paths.myListings, element: <MyListingsRoute /> },
      { path: paths.newListing, element: <NewListingRoute /> },
      { path: paths.editListing, element: <EditListingRoute /> },
      { path: paths.reviewQueue, element: <ReviewQueueRoute /> },
      { path: paths.review, element: <ReviewListingRoute /> },
      { path: paths.catalogImport, element: <CatalogImportRoute /> },
      // Needs and matchmaking (issue 5)
      { path: paths.needsBoard, element: <NeedsBoardRoute /> },
      { path: paths.need, element: <NeedRoute /> },
      { path: paths.myNeeds, element: <MyNeedsRoute /> },
      { path: paths.newNeed, element: <NewNeedRoute /> },
      { path: paths.editNeed, element: <EditNeedRoute /> },
      { path: paths.demand, element: <DemandRoute /> },
      { path: paths.savedSearches, element: <SavedSearchesRoute /> },
      { path: paths.brokering, element: <BrokeringRoute /> },
      // Transfers and goals (issue 6)
      { path: paths.applyTransfer, element: <ApplyRoute /> },
      { path: paths.myTransfers, element: <MyTransfersRoute /> },
      { path: paths.providerInbox, element: <ProviderInboxRoute /> },
      { path: paths.staffTransfers, element: <StaffTransfersRoute /> },
      { path: paths.transfer, element: <TransferRoute /> },
      { path: paths.dashboard, element: <DashboardRoute /> },
      { path: paths.impact, element: <ImpactRoute /> },
      { path: paths.notifications, element: <NotificationsRoute /> },
      // the server's match notifications link here
      { path: '/needs/:id/matches', element: <NeedRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]

export const createRouter = () => createBrowserRouter(routes)
